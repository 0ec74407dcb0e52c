/**
 * The query commands' shared filters (--speaker, --outlet, --entity, --from, --to). A name filter
 * matches names that have a word starting with each of its words, ignoring case: "jane ro"
 * finds "Jane Roe", and "Roe" finds "Jane Roe" but not "Monroe". The same rule is
 * used in SQL (LIKE) and in the full-text indexes (prefix queries), so search and the listings
 * agree on who matches. The SQL is the same in SQLite and PostgreSQL but for the LIKE that
 * ignores case (`like`).
 */
import { InputError } from "../../../document/errors.js";
import type { QueryFilters } from "../types.js";
import type { Dialect } from "./runner.js";

export interface Where {
  clauses: string[];
  params: Record<string, string | number>;
  like: Dialect["like"];
}

export const newWhere = (like: Dialect["like"]): Where => ({ clauses: [], params: {}, like });

/** The words of a name filter; a filter without any is refused. */
export function nameWords(name: string, option: string): string[] {
  const words = name.match(/[\p{L}\p{N}]+/gu);
  if (!words) throw new InputError(`${option} '${name}' has no letters or digits to look for`);
  return words;
}

/** Word boundaries in SQL: the characters besides spaces that split names into words. */
const SQL_WORDS = (column: string) =>
  `(' ' || replace(replace(replace(replace(${column}, '-', ' '), '.', ' '), '''', ' '), '’', ' '))`;

/** Adds to `where` the condition that `column` matches the name filter `name`. */
export function addNameMatch(where: Where, column: string, name: string, key: string, option: string): void {
  nameWords(name, option).forEach((word, i) => {
    where.clauses.push(`${SQL_WORDS(column)} ${where.like} @${key}${i} ESCAPE '\\'`);
    where.params[`${key}${i}`] = `% ${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  });
}

/** A subquery of the ids of the actors that match a name filter (its parameters added to `where`). */
export function matchingActors(where: Where, name: string, key: string, option: string): string {
  const inner = newWhere(where.like);
  addNameMatch(inner, "name", name, key, option);
  Object.assign(where.params, inner.params);
  return `SELECT id FROM actors WHERE ${inner.clauses.join(" AND ")}`;
}

/**
 * The clauses for `filters` over an `articles a` row (outlet and dates) and, when given, a column
 * holding a speaker's actor. `date` is what --from/--to compare: an ISO date, so a prefix compare
 * makes `--to 2016-03` include the whole of March.
 */
export function filterClauses(
  like: Dialect["like"],
  filters: QueryFilters,
  columns: { speaker?: string; date?: string; outlet?: boolean } = {},
): Where {
  const where = newWhere(like);
  const date = columns.date ?? "a.date";
  if (filters.speaker && columns.speaker)
    where.clauses.push(
      `${columns.speaker} IN (${matchingActors(where, filters.speaker, "speaker", "--speaker")})`,
    );
  if (filters.outlet && columns.outlet !== false)
    addNameMatch(where, "a.outlet", filters.outlet, "outlet", "--outlet");
  if (filters.from) {
    where.clauses.push(`${date} >= @from`);
    where.params.from = filters.from;
  }
  if (filters.to) {
    where.clauses.push(`substr(${date}, 1, length(CAST(@to AS TEXT))) <= @to`);
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
