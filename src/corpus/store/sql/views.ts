/** The corpus views: quotes, speakers ranked by quotes, the dated timeline (on either database). */
import type { QueryFilters, QuoteRow, SpeakerRow, TimelineRow } from "../types.js";
import { filterClauses, limitSql, matchingActors, whereSql } from "./filters.js";
import { flag, jsonList, type Sql } from "./runner.js";

const QUOTES = `
SELECT a.id AS article, q.qid AS id, q.kind, q.start, q."end", q.text, ac.name AS speaker,
  ac.kind = 'anonymous' AS anonymous, q.cue, q.via, q.medium, a.outlet, a.published, a.date,
  CASE WHEN c.size >= 2 THEN c.id END AS cluster
FROM quotes q JOIN articles a ON a.rowid = q.article
LEFT JOIN actors ac ON ac.id = q.speaker_actor
LEFT JOIN cluster_members m ON m.quote = q.rowid LEFT JOIN clusters c ON c.id = m.cluster`;

type RawQuote = Omit<QuoteRow, "via" | "anonymous"> & { via: string; anonymous: unknown };

/** Quotes with their article, in date order, undated last (then ingest order, then position). */
export async function* quotes(db: Sql, filters: QueryFilters): AsyncGenerator<QuoteRow> {
  const where = filterClauses(db.dialect.like, filters, { speaker: "q.speaker_actor" });
  const sql = `${QUOTES} ${whereSql(where)} ORDER BY a.date IS NULL, a.date, a.rowid, q.start ${limitSql(filters.limit)}`;
  for await (const row of db.rows<RawQuote>(sql, where.params))
    yield { ...row, anonymous: flag(row.anonymous), via: jsonList(row.via) };
}

/**
 * The most frequent items of lists (roles over a speaker's articles), most frequent first; items
 * that differ only in case are one ("Chief engineer", "chief engineer"), shown as first met.
 */
function topItems(lists: string[][], n: number): string[] {
  const counts = new Map<string, { item: string; n: number }>();
  for (const list of lists)
    for (const item of new Set(list)) {
      const entry = counts.get(item.toLowerCase()) ?? { item, n: 0 };
      entry.n++;
      counts.set(item.toLowerCase(), entry);
    }
  return [...counts.values()]
    .sort((x, y) => y.n - x.n || x.item.localeCompare(y.item))
    .slice(0, n)
    .map(({ item }) => item);
}

interface OutletShare {
  outlet: string | null;
  quotes: number;
  articles: number;
  first: string | null;
  last: string | null;
}

/**
 * Speakers ranked by their quotes, with roles, the outlets that quote them most, first and last
 * seen. Ranking reads only the index of quotes by speaker (unless --outlet or dates ask for the
 * articles); the details then read each ranked speaker's quotes once, outlet by outlet.
 */
export async function speakers(db: Sql, filters: QueryFilters): Promise<SpeakerRow[]> {
  const { like } = db.dialect;
  // the articles that pass --outlet and the dates are picked once, not tested quote by quote
  const articleWhere = filterClauses(like, { outlet: filters.outlet, from: filters.from, to: filters.to });
  const where = filterClauses(like, { speaker: filters.speaker }, { speaker: "q.speaker_actor" });
  const inArticles = articleWhere.clauses.length
    ? [`q.article IN (SELECT a.rowid FROM articles a ${whereSql(articleWhere)})`]
    : [];
  Object.assign(where.params, articleWhere.params);
  const counted = `SELECT q.speaker_actor AS actor, count(*) AS quotes FROM quotes q
    ${whereSql(where, ["q.speaker_actor IS NOT NULL", ...inArticles])} GROUP BY q.speaker_actor`;
  const ranked = await db.all<{ actor: number; name: string; kind: string; quotes: number }>(
    `SELECT c.actor, ac.name, ac.kind, c.quotes FROM (${counted}) c JOIN actors ac ON ac.id = c.actor
     ORDER BY c.quotes DESC, ac.name ${limitSql(filters.limit ?? 50)}`,
    where.params,
  );
  const shares = `SELECT a.outlet, count(*) AS quotes, count(DISTINCT q.article) AS articles,
      min(a.date) AS first, max(a.date) AS last FROM quotes q JOIN articles a ON a.rowid = q.article
    ${whereSql(articleWhere, ["q.speaker_actor = @actor"])} GROUP BY a.outlet`;
  const rows: SpeakerRow[] = [];
  for (const { actor, ...row } of ranked) {
    const byOutlet = await db.all<OutletShare>(shares, { ...articleWhere.params, actor });
    const roles = await db.all<{ roles: string }>(
      "SELECT roles FROM entities WHERE actor = @actor LIMIT 1000",
      { actor },
    );
    rows.push(
      speakerRow(
        row,
        byOutlet,
        roles.map((r) => jsonList(r.roles)),
      ),
    );
  }
  return rows;
}

/** A ranked speaker with the details of its quotes outlet by outlet and its roles. */
function speakerRow(
  row: { name: string; kind: string; quotes: number },
  byOutlet: OutletShare[],
  roles: string[][],
): SpeakerRow {
  const dates = byOutlet
    .flatMap((o) => [o.first, o.last])
    .filter((d): d is string => d !== null)
    .sort();
  return {
    ...row,
    articles: byOutlet.reduce((n, o) => n + o.articles, 0),
    roles: topItems(roles, 3),
    outlets: byOutlet
      .filter((o): o is OutletShare & { outlet: string } => o.outlet !== null)
      .sort((x, y) => y.quotes - x.quotes || x.outlet.localeCompare(y.outlet))
      .slice(0, 5)
      .map(({ outlet, quotes }) => ({ outlet, quotes })),
    firstSeen: dates[0] ?? null,
    lastSeen: dates.at(-1) ?? null,
  };
}

const TIMELINE = (db: Sql) => `
SELECT t.date, t.summary, a.id AS article, a.outlet, t.start, t."end",
  (SELECT ${db.dialect.jsonArray("ac.name")} FROM timeline_actors ta JOIN actors ac ON ac.id = ta.actor
   WHERE ta.article = t.article AND ta.idx = t.idx) AS actors
FROM timeline t JOIN articles a ON a.rowid = t.article`;

/**
 * Dated events across the corpus in date order; with `entity`, those whose clause names an actor
 * that matches it. --from/--to compare the event's date, not the article's.
 */
export async function* timeline(
  db: Sql,
  filters: QueryFilters & { entity?: string },
): AsyncGenerator<TimelineRow> {
  const where = filterClauses(db.dialect.like, filters, { date: "t.date" });
  const extra: string[] = [];
  if (filters.entity)
    extra.push(`(t.article, t.idx) IN (SELECT article, idx FROM timeline_actors
      WHERE actor IN (${matchingActors(where, filters.entity, "entity", "--entity")}))`);
  const sql = `${TIMELINE(db)} ${whereSql(where, extra)} ORDER BY t.date, a.rowid, t.idx ${limitSql(filters.limit)}`;
  for await (const row of db.rows<TimelineRow & { actors: string }>(sql, where.params))
    yield { ...row, actors: jsonList(row.actors) };
}
