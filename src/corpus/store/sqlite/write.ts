/**
 * Writing one analysed article into the SQLite store: the article row, then each layer, then its
 * quotes into their clusters. The caller runs it inside a transaction, so an article is stored
 * whole or not at all; a known id with a new input replaces the old rows first.
 */
import type Database from "better-sqlite3";
import type { Analysis, Entity, Quote } from "../../../analysis.js";
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
import { CLUSTERED_KINDS } from "../cluster-candidates.js";
import { ClusterIndex } from "./cluster-index.js";

/** An actor's id and the name it is stored under. */
interface ActorRef {
  id: number;
  name: string;
}

/** Actor ids kept in memory, at most (then the cache starts again). */
const ACTOR_CACHE = 100_000;

const LAYER_TABLES = ["entities", "mentions", "timexes", "timeline", "timeline_actors", "techniques"];

const placeholders = (n: number) => new Array(n).fill("?").join(", ");

/** The statements of the write path, prepared once per open store. */
function prepare(db: Database.Database) {
  const s = (sql: string) => db.prepare(sql);
  return {
    find: s("SELECT rowid, source_hash FROM articles WHERE id = ?"),
    article: s(
      `INSERT INTO articles(${ARTICLE_COLUMNS.join(", ")}) VALUES (${placeholders(ARTICLE_COLUMNS.length)})`,
    ),
    findActor: s("SELECT id FROM actors WHERE name = ? AND kind = ?").pluck(),
    newActor: s("INSERT INTO actors(kind, name) VALUES (?, ?)"),
    entity: s("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)"),
    mention: s("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)"),
    quote: s(
      `INSERT INTO quotes(${QUOTE_COLUMNS.join(", ")}) VALUES (${placeholders(QUOTE_COLUMNS.length)})`,
    ),
    timex: s("INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    timeline: s("INSERT INTO timeline VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
    timelineActor: s("INSERT OR IGNORE INTO timeline_actors VALUES (?, ?, ?)"),
    technique: s("INSERT INTO techniques VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
    articleFts: s("INSERT INTO articles_fts(rowid, title, text, outlet) VALUES (?, ?, ?, ?)"),
    quoteFts: s("INSERT INTO quotes_fts(rowid, text, speaker) VALUES (?, ?, ?)"),
    unindexArticle: s(`INSERT INTO articles_fts(articles_fts, rowid, title, text, outlet)
      SELECT 'delete', rowid, title, text, outlet FROM articles WHERE rowid = ?`),
    unindexQuotes: s(`INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker)
      SELECT 'delete', id, text, speaker FROM quote_search WHERE article = ?`),
    deleteQuotes: s("DELETE FROM quotes WHERE article = ?"),
    deleteLayers: LAYER_TABLES.map((table) => s(`DELETE FROM ${table} WHERE article = ?`)),
    deleteArticle: s("DELETE FROM articles WHERE rowid = ?"),
  };
}

const runAll = (statement: Database.Statement, rows: Row[]) => {
  for (const row of rows) statement.run(...row);
};

export class ArticleWriter {
  private readonly st: ReturnType<typeof prepare>;
  /** Null in a version-1 store, which has no cluster tables. */
  private readonly clusters: ClusterIndex | null;
  /** Actor ids by kind and name: most names recur from article to article. */
  private readonly actorIds = new Map<string, number>();

  constructor(db: Database.Database, version: number) {
    this.st = prepare(db);
    this.clusters = version >= 2 ? new ClusterIndex(db) : null;
  }

  sourceHashOf(id: string): string | null {
    const row = this.st.find.get(id) as { source_hash: string } | undefined;
    return row?.source_hash ?? null;
  }

  /** Stores one article (the caller holds the transaction). */
  put(article: ArticleToStore): PutOutcome {
    const a = article.analysis;
    const existing = this.st.find.get(a.id) as { rowid: number; source_hash: string } | undefined;
    if (existing?.source_hash === article.sourceHash) return "unchanged";
    if (existing) this.delete(existing.rowid);
    const rowid = Number(this.st.article.run(...articleRow(article)).lastInsertRowid);
    this.st.articleFts.run(rowid, a.meta.title, a.text, a.meta.outlet);
    const actors = this.putEntities(rowid, a.entities);
    this.putQuotes(rowid, a, actors);
    runAll(this.st.timex, timexRows(rowid, a));
    runAll(this.st.timeline, timelineRows(rowid, a));
    runAll(
      this.st.timelineActor,
      timelineActorRows(rowid, a, (eid) => actors.get(eid)?.id),
    );
    runAll(this.st.technique, techniqueRows(rowid, a));
    return existing ? "replaced" : "stored";
  }

  private delete(rowid: number): void {
    this.clusters?.removeArticle(rowid);
    this.st.unindexQuotes.run(rowid);
    this.st.unindexArticle.run(rowid);
    this.st.deleteQuotes.run(rowid);
    for (const statement of this.st.deleteLayers) statement.run(rowid);
    this.st.deleteArticle.run(rowid);
  }

  /** The actor of this kind and name, added when new. */
  private actor(kind: string, name: string): number {
    const key = `${kind}\u0000${name}`;
    const cached = this.actorIds.get(key);
    if (cached !== undefined) return cached;
    const id =
      (this.st.findActor.get(name, kind) as number | undefined) ??
      Number(this.st.newActor.run(kind, name).lastInsertRowid);
    if (this.actorIds.size >= ACTOR_CACHE) this.actorIds.clear();
    this.actorIds.set(key, id);
    return id;
  }

  /** After an article was rolled back: actors it added are gone, so their cached ids are wrong. */
  forgetCachedActors(): void {
    this.actorIds.clear();
  }

  /** Entities and their mentions; returns each entity id's actor. */
  private putEntities(rowid: number, entities: Entity[]): Map<string, ActorRef> {
    const actors = new Map<string, ActorRef>();
    for (const e of entities) {
      const actor = this.actor(e.type, e.name);
      actors.set(e.id, { id: actor, name: e.name });
      this.st.entity.run(...entityRow(rowid, e, actor));
      runAll(this.st.mention, mentionRows(rowid, e));
    }
    return actors;
  }

  /** The speaker's actor: its entity's, else the group or name as written. */
  private speakerActor(q: Quote, actors: Map<string, ActorRef>): ActorRef | null {
    const linked = q.speaker?.entity ? actors.get(q.speaker.entity) : undefined;
    const unlinked = unlinkedSpeaker(q);
    if (linked || !unlinked) return linked ?? null;
    return { id: this.actor(unlinked.kind, unlinked.name), name: unlinked.name };
  }

  private putQuotes(rowid: number, a: Analysis, actors: Map<string, ActorRef>): void {
    for (const q of a.quotes) {
      const speaker = this.speakerActor(q, actors);
      const quoteRowid = Number(
        this.st.quote.run(...quoteRow(rowid, q, speaker?.id ?? null)).lastInsertRowid,
      );
      // the speaker as the index's 'delete' will read it back (quote_search): the actor's name
      this.st.quoteFts.run(quoteRowid, q.text, speaker?.name ?? null);
      if (CLUSTERED_KINDS.has(q.kind)) {
        const quote = { id: String(quoteRowid), article: a.id, text: q.text, speaker: speaker?.name ?? null };
        this.clusters?.add({ ...quote, rowid: quoteRowid });
      }
    }
  }
}
