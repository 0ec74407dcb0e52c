/** Reading the quote clusters that ingest built: largest first, members in date order. */
import type Database from "better-sqlite3";
import { clusterView, type StoredMember } from "../../cluster-view.js";
import type { ClusterView } from "../types.js";
import { limitSql, matchingActors, type Where } from "./filters.js";

const MEMBERS = `
SELECT a.id AS article, q.qid AS quote, q.start, q."end", q.text, a.outlet, a.published, a.date,
  ac.name AS speaker, ac.kind = 'anonymous' AS anonymous, m.relation AS storedRelation
FROM cluster_members m JOIN quotes q ON q.rowid = m.quote JOIN articles a ON a.rowid = q.article
LEFT JOIN actors ac ON ac.id = q.speaker_actor
WHERE m.cluster = ? ORDER BY a.date IS NULL, a.date, a.rowid, q.start`;

export function* clusters(
  db: Database.Database,
  options: { speaker?: string; minSize: number; limit?: number },
): Generator<ClusterView> {
  const where: Where = { clauses: [], params: { minSize: options.minSize } };
  const bySpeaker = options.speaker
    ? `AND id IN (SELECT m.cluster FROM cluster_members m JOIN quotes q ON q.rowid = m.quote
         WHERE q.speaker_actor IN (${matchingActors(where, options.speaker, "speaker", "--speaker")}))`
    : "";
  const ids = db
    .prepare(
      `SELECT id FROM clusters WHERE size >= @minSize ${bySpeaker} ORDER BY size DESC, id ${limitSql(options.limit)}`,
    )
    .pluck()
    .all(where.params);
  const members = db.prepare(MEMBERS);
  for (const id of ids as number[]) {
    const rows = (members.all(id) as (Omit<StoredMember, "anonymous"> & { anonymous: number | null })[]).map(
      (r) => ({
        ...r,
        anonymous: r.anonymous === 1,
      }),
    );
    if (rows.length) yield clusterView(String(id), rows);
  }
}
