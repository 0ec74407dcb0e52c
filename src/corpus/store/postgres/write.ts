/**
 * Writing one analysed article into PostgreSQL, inside the caller's transaction: the article row,
 * each layer as one multi-row insert, then its quotes into their clusters under the cluster lock.
 * The article's id is locked first, so two deliveries of one article (a queue re-delivers after a
 * crash) are stored one after the other: the second finds the first and changes nothing.
 */
import type pg from "pg";
import type { Analysis } from "../../../analysis.js";
import { CLUSTERED_KINDS } from "../cluster-candidates.js";
import {
  ARTICLE_COLUMNS,
  articleRow,
  entityRow,
  mentionRows,
  QUOTE_COLUMNS,
  quoteRow,
  type Row,
  techniqueRows,
  timelineActorRows,
  timelineRows,
  timexRows,
  unlinkedSpeaker,
} from "../rows.js";
import type { ArticleToStore, PutOutcome } from "../types.js";
import { addQuote, lockClusters, removeArticle } from "./cluster-index.js";
import { LOCKS } from "./locks.js";

/** PostgreSQL takes at most 65,535 parameters in one statement. */
const MAX_PARAMETERS = 60_000;

/** Inserts rows in as few statements as the parameter limit allows; returns RETURNING's rows. */
async function insertRows(
  client: pg.PoolClient,
  into: string,
  rows: Row[],
  tail = "",
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const width = rows[0].length;
  const perStatement = Math.floor(MAX_PARAMETERS / width);
  const returned: Record<string, unknown>[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.map((_, r) => `(${chunk[r].map((_v, c) => `$${r * width + c + 1}`).join(", ")})`);
    const result = await client.query(
      `INSERT INTO ${into} VALUES ${values.join(", ")} ${tail}`,
      chunk.flat(),
    );
    returned.push(...result.rows);
  }
  return returned;
}

const actorKey = (kind: string, name: string) => `${kind}\u0000${name}`;

interface Actor {
  kind: string;
  name: string;
}

/** Each quote's speaker as an actor: its entity's, else the group or name as written (null: none). */
function quoteSpeakers(a: Analysis): Map<string, Actor | null> {
  const entities = new Map(a.entities.map((e) => [e.id, { kind: e.type, name: e.name }]));
  return new Map(
    a.quotes.map((q) => [q.id, (q.speaker?.entity && entities.get(q.speaker.entity)) || unlinkedSpeaker(q)]),
  );
}

/**
 * The ids of the article's actors (entities and speakers), added when new. They are inserted in
 * one sorted statement, so that concurrent writers lock new names in the same order.
 */
async function actorIds(client: pg.PoolClient, wanted: Actor[]): Promise<Map<string, number>> {
  const unique = new Map(wanted.map((w) => [actorKey(w.kind, w.name), w]));
  const sorted = [...unique.keys()].sort().map((key) => unique.get(key)!);
  const [kinds, names] = [sorted.map((w) => w.kind), sorted.map((w) => w.name)];
  await client.query(
    "INSERT INTO actors(kind, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING",
    [kinds, names],
  );
  const { rows } = await client.query(
    `SELECT ac.id, ac.kind, ac.name FROM actors ac
     JOIN unnest($1::text[], $2::text[]) AS w(kind, name) ON ac.kind = w.kind AND ac.name = w.name`,
    [kinds, names],
  );
  return new Map(rows.map((r) => [actorKey(r.kind, r.name), r.id as number]));
}

/** The article's layers; returns each quote's rowid by its id in the Analysis. */
async function putLayers(
  client: pg.PoolClient,
  rowid: number,
  a: Analysis,
  speakers: Map<string, Actor | null>,
): Promise<Map<string, number>> {
  const entityActors = a.entities.map((e) => ({ kind: e.type, name: e.name }));
  const speakerActors = [...speakers.values()].filter((s): s is Actor => s !== null);
  const actors = await actorIds(client, [...entityActors, ...speakerActors]);
  const idOf = (actor: Actor) => actors.get(actorKey(actor.kind, actor.name))!;
  const byEntity = new Map(a.entities.map((e, i) => [e.id, idOf(entityActors[i])]));
  const actorOf = (eid: string) => byEntity.get(eid);
  await insertRows(
    client,
    "entities",
    a.entities.map((e) => entityRow(rowid, e, actorOf(e.id)!)),
  );
  const mentions = a.entities.flatMap((e) => mentionRows(rowid, e));
  await insertRows(client, "mentions", mentions, "ON CONFLICT DO NOTHING");
  const quoteRows = a.quotes.map((q) => {
    const speaker = speakers.get(q.id);
    return quoteRow(rowid, q, speaker ? idOf(speaker) : null);
  });
  const columns = `quotes(${QUOTE_COLUMNS.join(", ")})`;
  const quotes = await insertRows(client, columns, quoteRows, "RETURNING rowid, qid");
  await insertRows(client, "timexes", timexRows(rowid, a));
  await insertRows(client, "timeline", timelineRows(rowid, a));
  const timelineActors = timelineActorRows(rowid, a, actorOf);
  await insertRows(client, "timeline_actors", timelineActors, "ON CONFLICT DO NOTHING");
  await insertRows(client, "techniques", techniqueRows(rowid, a));
  return new Map(quotes.map((r) => [r.qid as string, r.rowid as number]));
}

/** Stores one article; the caller holds the transaction. */
export async function putArticle(client: pg.PoolClient, article: ArticleToStore): Promise<PutOutcome> {
  const a = article.analysis;
  await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCKS.article, a.id]);
  const found = await client.query("SELECT rowid, source_hash FROM articles WHERE id = $1", [a.id]);
  const existing = found.rows[0] as { rowid: number; source_hash: string } | undefined;
  if (existing?.source_hash === article.sourceHash) return "unchanged";
  if (existing) {
    await lockClusters(client);
    await removeArticle(client, existing.rowid);
    await client.query("DELETE FROM articles WHERE rowid = $1", [existing.rowid]);
  }
  const [{ rowid }] = await insertRows(
    client,
    `articles(${ARTICLE_COLUMNS.join(", ")})`,
    [articleRow(article)],
    "RETURNING rowid",
  );
  const speakers = quoteSpeakers(a);
  const quotes = await putLayers(client, rowid as number, a, speakers);
  await lockClusters(client);
  for (const q of a.quotes.filter((quote) => CLUSTERED_KINDS.has(quote.kind))) {
    const quoteRowid = quotes.get(q.id)!;
    const speaker = speakers.get(q.id)?.name ?? null;
    await addQuote(client, {
      id: String(quoteRowid),
      rowid: quoteRowid,
      article: a.id,
      text: q.text,
      speaker,
    });
  }
  return existing ? "replaced" : "stored";
}
