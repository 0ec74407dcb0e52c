/** What a store holds, counted the same way in SQLite and PostgreSQL. */
import type { Stats } from "../types.js";
import type { Sql } from "./runner.js";

const COUNTS = `SELECT
  (SELECT count(*) FROM articles) AS articles,
  (SELECT count(*) FROM actors ac WHERE EXISTS (SELECT 1 FROM entities e WHERE e.actor = ac.id)) AS entities,
  (SELECT count(*) FROM mentions) AS mentions,
  (SELECT count(DISTINCT speaker_actor) FROM quotes) AS speakers,
  (SELECT count(*) FROM timexes) AS timexes,
  (SELECT count(*) FROM techniques) AS techniques,
  (SELECT count(*) FROM clusters WHERE size >= 2) AS clusters,
  (SELECT coalesce(sum(size), 0) FROM clusters WHERE size >= 2) AS "clusteredQuotes",
  (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
  (SELECT min(date) FROM articles) AS "from",
  (SELECT max(date) FROM articles) AS "to"`;

type Counts = Omit<Stats, "quotes" | "direct" | "mixed" | "indirect" | "schemaVersion">;

export async function stats(db: Sql, schemaVersion: number): Promise<Stats> {
  const kinds = await db.all<{ kind: string; n: number }>(
    "SELECT kind, count(*) AS n FROM quotes GROUP BY kind",
  );
  const byKind = Object.fromEntries(kinds.map((r) => [r.kind, Number(r.n)]));
  const [counts] = await db.all<Counts>(COUNTS);
  const [direct, mixed, indirect] = [byKind.direct ?? 0, byKind.mixed ?? 0, byKind.indirect ?? 0];
  return {
    articles: counts.articles,
    quotes: direct + mixed + indirect,
    direct,
    mixed,
    indirect,
    entities: counts.entities,
    mentions: counts.mentions,
    speakers: counts.speakers,
    timexes: counts.timexes,
    techniques: counts.techniques,
    clusters: counts.clusters,
    clusteredQuotes: Number(counts.clusteredQuotes),
    outlets: counts.outlets,
    from: counts.from,
    to: counts.to,
    schemaVersion,
  };
}
