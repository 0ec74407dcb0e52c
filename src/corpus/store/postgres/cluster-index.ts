/**
 * Incremental quote clustering in PostgreSQL: the algorithm of src/corpus/clusters, given the
 * stored quotes that share a lookup key with a new quote. Called inside the article's transaction
 * once it holds the cluster lock (locks.ts): under READ COMMITTED each statement after the lock
 * sees every cluster that earlier writers committed, so concurrent writers build the same kind of
 * partition as one writer would, one article after another.
 */
import type pg from "pg";
import { assignCluster, type ClusterQuote, clusterKeys } from "../../clusters/index.js";
import { CANDIDATES_PER_KEY, keyNumber, MEMBERS_PER_CLUSTER, pickCandidates } from "../cluster-candidates.js";
import { LOCKS } from "./locks.js";

/**
 * The newest quotes under each key (key by key, in the order given), with their clusters. Of one
 * cluster, a key's first MEMBERS_PER_CLUSTER quotes are enough: pickCandidates never takes more
 * of a cluster, and a quote beyond them under this key comes after that many of its cluster.
 */
const KEY_QUOTES = `
SELECT c.quote, c.cluster FROM unnest($1::bigint[]) WITH ORDINALITY AS keys(key, n)
CROSS JOIN LATERAL (
  SELECT quote, cluster FROM (
    SELECT k.quote, m.cluster, row_number() OVER (PARTITION BY m.cluster ORDER BY k.quote DESC) AS nth
    FROM (SELECT quote FROM cluster_keys WHERE key = keys.key ORDER BY quote DESC LIMIT ${CANDIDATES_PER_KEY}) k
    JOIN cluster_members m ON m.quote = k.quote
  ) per_cluster WHERE nth <= ${MEMBERS_PER_CLUSTER}
) c ORDER BY keys.n, c.quote DESC`;

const CANDIDATES = `
SELECT q.rowid, a.id AS article, q.text, ac.name AS speaker, m.cluster
FROM quotes q JOIN articles a ON a.rowid = q.article JOIN cluster_members m ON m.quote = q.rowid
LEFT JOIN actors ac ON ac.id = q.speaker_actor WHERE q.rowid = ANY($1::bigint[])`;

const SHRINK = `
UPDATE clusters c SET size = c.size - gone.n FROM (
  SELECT m.cluster, count(*) AS n FROM cluster_members m JOIN quotes q ON q.rowid = m.quote
  WHERE q.article = $1 GROUP BY m.cluster
) gone WHERE c.id = gone.cluster`;

export async function lockClusters(client: pg.PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_xact_lock($1, 0)", [LOCKS.clusters]);
}

async function candidates(client: pg.PoolClient, keys: number[]) {
  const found = await client.query<{ quote: number; cluster: number }>(KEY_QUOTES, [keys]);
  const picked = [...pickCandidates(found.rows.map((r) => [r.quote, r.cluster] as const))];
  if (picked.length === 0) return [];
  const rows = await client.query(CANDIDATES, [picked]);
  return rows.rows.map((r) => ({
    id: String(r.rowid),
    article: r.article as string,
    text: r.text as string,
    speaker: r.speaker as string | null,
    cluster: String(r.cluster),
  }));
}

/** Moves the members of cluster `from` into cluster `into` and drops `from`. */
async function merge(client: pg.PoolClient, from: number, into: number): Promise<void> {
  if (from === into) return;
  const moved = await client.query("UPDATE cluster_members SET cluster = $1 WHERE cluster = $2", [
    into,
    from,
  ]);
  await client.query("UPDATE clusters SET size = size + $1 WHERE id = $2", [moved.rowCount, into]);
  await client.query("DELETE FROM clusters WHERE id = $1", [from]);
}

/** Puts a newly stored quote into the cluster of the statement it repeats, or a new cluster. */
export async function addQuote(
  client: pg.PoolClient,
  quote: ClusterQuote & { rowid: number },
): Promise<void> {
  const keys = clusterKeys(quote.text).map(keyNumber);
  const found = keys.length ? await candidates(client, keys) : [];
  const assigned = assignCluster(quote, { candidates: () => found });
  if (keys.length)
    await client.query(
      "INSERT INTO cluster_keys(key, quote) SELECT unnest($1::bigint[]), $2 ON CONFLICT DO NOTHING",
      [keys, quote.rowid],
    );
  let cluster: number;
  if (assigned) {
    cluster = Number(assigned.cluster);
    // two parts of one statement that founded two clusters before a fuller report joined them
    for (const other of assigned.merges) await merge(client, Number(other), cluster);
    await client.query("UPDATE clusters SET size = size + 1 WHERE id = $1", [cluster]);
  } else cluster = (await client.query("INSERT INTO clusters(size) VALUES (1) RETURNING id")).rows[0].id;
  await client.query("INSERT INTO cluster_members(quote, cluster, relation) VALUES ($1, $2, $3)", [
    quote.rowid,
    cluster,
    assigned?.relation ?? "exact",
  ]);
}

/** Takes an article's quotes out of their clusters (its members and keys go with its quotes). */
export async function removeArticle(client: pg.PoolClient, article: number): Promise<void> {
  await client.query(SHRINK, [article]);
  await client.query("DELETE FROM clusters WHERE size <= 0");
}
