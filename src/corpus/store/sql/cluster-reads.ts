/** Reading the quote clusters that ingest built: largest first, members in date order. */
import { clusterView, type StoredMember } from "../../cluster-view.js";
import type { ClusterOptions, ClusterView } from "../types.js";
import { limitSql, matchingActors, newWhere } from "./filters.js";
import { flag, type Sql } from "./runner.js";

const MEMBERS = `
SELECT a.id AS article, q.qid AS quote, q.start, q."end", q.text, a.outlet, a.published, a.date,
  ac.name AS speaker, ac.kind = 'anonymous' AS anonymous, m.relation AS "storedRelation"
FROM cluster_members m JOIN quotes q ON q.rowid = m.quote JOIN articles a ON a.rowid = q.article
LEFT JOIN actors ac ON ac.id = q.speaker_actor
WHERE m.cluster = @cluster ORDER BY a.date IS NULL, a.date, a.rowid, q.start`;

export async function* clusters(db: Sql, options: ClusterOptions): AsyncGenerator<ClusterView> {
  const where = newWhere(db.dialect.like);
  where.params.minSize = options.minSize;
  const bySpeaker = options.speaker
    ? `AND id IN (SELECT m.cluster FROM cluster_members m JOIN quotes q ON q.rowid = m.quote
         WHERE q.speaker_actor IN (${matchingActors(where, options.speaker, "speaker", "--speaker")}))`
    : "";
  const ids = await db.all<{ id: number }>(
    `SELECT id FROM clusters WHERE size >= @minSize ${bySpeaker} ORDER BY size DESC, id ${limitSql(options.limit)}`,
    where.params,
  );
  for (const { id } of ids) {
    const rows = await db.all<Omit<StoredMember, "anonymous"> & { anonymous: unknown }>(MEMBERS, {
      cluster: id,
    });
    if (rows.length)
      yield clusterView(
        String(id),
        rows.map((r) => ({ ...r, anonymous: flag(r.anonymous) })),
      );
  }
}
