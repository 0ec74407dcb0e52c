/** The corpus views: quotes, speakers ranked by quotes, the dated timeline. */
import type Database from "better-sqlite3";
import type { QueryFilters, QuoteRow, SpeakerRow, TimelineRow } from "../types.js";
import { filterClauses, limitSql, matchingActors, whereSql } from "./filters.js";

const QUOTES = `
SELECT a.id AS article, q.qid AS id, q.kind, q.start, q."end", q.text, ac.name AS speaker,
  ac.kind = 'anonymous' AS anonymous, q.cue, q.via, q.medium, a.outlet, a.published, a.date,
  CASE WHEN c.size >= 2 THEN c.id END AS cluster
FROM quotes q JOIN articles a ON a.rowid = q.article
LEFT JOIN actors ac ON ac.id = q.speaker_actor
LEFT JOIN cluster_members m ON m.quote = q.rowid LEFT JOIN clusters c ON c.id = m.cluster`;

type RawQuote = Omit<QuoteRow, "via" | "anonymous"> & { via: string; anonymous: number | null };

/** Quotes with their article, in date order, undated last (then ingest order, then position). */
export function* quotes(db: Database.Database, filters: QueryFilters): Generator<QuoteRow> {
  const where = filterClauses(filters, { speaker: "q.speaker_actor" });
  const sql = `${QUOTES} ${whereSql(where)} ORDER BY a.date IS NULL, a.date, a.rowid, q.start ${limitSql(filters.limit)}`;
  for (const row of db.prepare(sql).iterate(where.params) as Iterable<RawQuote>)
    yield { ...row, anonymous: row.anonymous === 1, via: JSON.parse(row.via) };
}

interface RawSpeaker {
  actor: number;
  name: string;
  kind: string;
  quotes: number;
  articles: number;
  firstSeen: string | null;
  lastSeen: string | null;
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

/** Speakers ranked by their quotes, with roles, the outlets that quote them most, first and last seen. */
export function speakers(db: Database.Database, filters: QueryFilters): SpeakerRow[] {
  const where = filterClauses(filters, { speaker: "q.speaker_actor" });
  const rows = db
    .prepare(
      `SELECT ac.id AS actor, ac.name, ac.kind, count(*) AS quotes, count(DISTINCT q.article) AS articles,
         min(a.date) AS firstSeen, max(a.date) AS lastSeen
       FROM quotes q JOIN actors ac ON ac.id = q.speaker_actor JOIN articles a ON a.rowid = q.article
       ${whereSql(where)} GROUP BY ac.id ORDER BY quotes DESC, ac.name ${limitSql(filters.limit ?? 50)}`,
    )
    .all(where.params) as RawSpeaker[];
  const roles = db.prepare("SELECT roles FROM entities WHERE actor = ? LIMIT 1000").pluck();
  const outlets = db.prepare(
    `SELECT a.outlet, count(*) AS quotes FROM quotes q JOIN articles a ON a.rowid = q.article
     WHERE q.speaker_actor = ? AND a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY quotes DESC, a.outlet LIMIT 5`,
  );
  return rows.map(({ actor, ...row }) => ({
    ...row,
    roles: topItems(
      (roles.all(actor) as string[]).map((r) => JSON.parse(r)),
      3,
    ),
    outlets: outlets.all(actor) as SpeakerRow["outlets"],
  }));
}

const TIMELINE = `
SELECT t.date, t.summary, a.id AS article, a.outlet, t.start, t."end",
  (SELECT json_group_array(ac.name) FROM timeline_actors ta JOIN actors ac ON ac.id = ta.actor
   WHERE ta.article = t.article AND ta.idx = t.idx) AS actors
FROM timeline t JOIN articles a ON a.rowid = t.article`;

/**
 * Dated events across the corpus in date order; with `entity`, those whose clause names an actor
 * that matches it. --from/--to compare the event's date, not the article's.
 */
export function* timeline(
  db: Database.Database,
  filters: QueryFilters & { entity?: string },
): Generator<TimelineRow> {
  const where = filterClauses(filters, { date: "t.date" });
  const extra: string[] = [];
  if (filters.entity)
    extra.push(`(t.article, t.idx) IN (SELECT article, idx FROM timeline_actors
      WHERE actor IN (${matchingActors(where, filters.entity, "entity", "--entity")}))`);
  const sql = `${TIMELINE} ${whereSql(where, extra)} ORDER BY t.date, a.rowid, t.idx ${limitSql(filters.limit)}`;
  for (const row of db.prepare(sql).iterate(where.params) as Iterable<TimelineRow & { actors: string }>)
    yield { ...row, actors: JSON.parse(row.actors) };
}
