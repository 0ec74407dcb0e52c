/** The WHERE clauses of the query commands' shared filters (--speaker, --outlet, --from, --to). */
import type { QueryFilters } from "../types.js";

export interface Where {
  clauses: string[];
  params: Record<string, string | number>;
}

/** A LIKE pattern that matches names containing `s` (case-insensitive for ASCII); % and _ are literal. */
export function containing(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Actors whose name contains @speaker: a subquery of actor ids. */
export const SPEAKER_ACTORS = "SELECT id FROM actors WHERE name LIKE @speaker ESCAPE '\\'";

/**
 * The clauses for `filters` over an `articles a` row (outlet and dates) and, when given, a column
 * holding a speaker's actor. `date` is what --from/--to compare: an ISO date, so a prefix compare
 * makes `--to 2016-03` include the whole of March.
 */
export function filterClauses(
  filters: QueryFilters,
  columns: { speaker?: string; date?: string } = {},
): Where {
  const where: Where = { clauses: [], params: {} };
  const date = columns.date ?? "a.date";
  if (filters.speaker && columns.speaker) {
    where.clauses.push(`${columns.speaker} IN (${SPEAKER_ACTORS})`);
    where.params.speaker = containing(filters.speaker);
  }
  if (filters.outlet) {
    where.clauses.push("a.outlet LIKE @outlet ESCAPE '\\'");
    where.params.outlet = containing(filters.outlet);
  }
  if (filters.from) {
    where.clauses.push(`${date} >= @from`);
    where.params.from = filters.from;
  }
  if (filters.to) {
    where.clauses.push(`substr(${date}, 1, length(@to)) <= @to`);
    where.params.to = filters.to;
  }
  return where;
}

export function whereSql(where: Where, extra: string[] = []): string {
  const all = [...extra, ...where.clauses];
  return all.length ? `WHERE ${all.join(" AND ")}` : "";
}

export function limitSql(limit: number | undefined): string {
  return limit && limit > 0 ? `LIMIT ${Math.floor(limit)}` : "";
}
