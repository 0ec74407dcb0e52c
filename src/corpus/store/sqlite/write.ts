/**
 * Writing one analysed article into the SQLite store: the article row, then each layer, then its
 * quotes into their clusters. The caller runs it inside a transaction, so an article is stored
 * whole or not at all; a known id with a new input replaces the old rows first.
 */
import type Database from "better-sqlite3";
import type { Analysis, Entity, Quote } from "../../../analysis.js";
import { packAnalysis } from "../pack.js";
import type { ArticleToStore, PutOutcome } from "../types.js";
import { CLUSTERED_KINDS, ClusterIndex } from "./cluster-index.js";

/** An actor's id and the name it is stored under. */
interface ActorRef {
  id: number;
  name: string;
}

/** Actor ids kept in memory, at most (then the cache starts again). */
const ACTOR_CACHE = 100_000;

const LAYER_TABLES = ["entities", "mentions", "timexes", "timeline", "timeline_actors", "techniques"];

/** The statements of the write path, prepared once per open store. */
function prepare(db: Database.Database) {
  const s = (sql: string) => db.prepare(sql);
  return {
    find: s("SELECT rowid, source_hash FROM articles WHERE id = ?"),
    article:
      s(`INSERT INTO articles(id, source_hash, outlet, url, title, published, date, language, generator, text, analysis)
      VALUES (@id, @sourceHash, @outlet, @url, @title, @published, @dct, @language, @generator, @text, @analysis)`),
    findActor: s("SELECT id FROM actors WHERE name = ? AND kind = ?").pluck(),
    newActor: s("INSERT INTO actors(kind, name) VALUES (?, ?)"),
    entity: s("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)"),
    mention: s("INSERT OR IGNORE INTO mentions VALUES (?, ?, ?, ?, ?, ?)"),
    quote:
      s(`INSERT INTO quotes(article, qid, kind, start, "end", text, paragraphs, speaker_actor, speaker_start,
      speaker_end, resolved_by, cue, cue_type, cue_start, cue_end, via, medium)
      VALUES (@article, @id, @kind, @start, @end, @text, @paragraphs, @actor, @speakerStart,
      @speakerEnd, @resolvedBy, @cue, @cueType, @cueStart, @cueEnd, @via, @medium)`),
    timex: s(
      "INSERT INTO timexes VALUES (@article, @idx, @start, @end, @text, @type, @value, @mod, @anchor)",
    ),
    timeline: s(
      "INSERT INTO timeline VALUES (@article, @idx, @date, @timex, @start, @end, @summary, @source)",
    ),
    timelineActor: s("INSERT OR IGNORE INTO timeline_actors VALUES (?, ?, ?)"),
    technique: s(`INSERT INTO techniques
      VALUES (@article, @idx, @start, @end, @text, @technique, @voice, @explanation, @rule)`),
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
  put({ analysis: a, sourceHash, packed }: ArticleToStore): PutOutcome {
    const existing = this.st.find.get(a.id) as { rowid: number; source_hash: string } | undefined;
    if (existing?.source_hash === sourceHash) return "unchanged";
    if (existing) this.delete(existing.rowid);
    const { meta } = a;
    const rowid = Number(
      this.st.article.run({
        ...meta,
        id: a.id,
        sourceHash,
        dct: meta.dct ?? null,
        generator: meta.generator ?? null,
        text: a.text,
        analysis: packed ?? packAnalysis(a),
      }).lastInsertRowid,
    );
    this.st.articleFts.run(rowid, meta.title, a.text, meta.outlet);
    const actors = this.putEntities(rowid, a.entities);
    this.putQuotes(rowid, a, actors);
    this.putTime(rowid, a, actors);
    a.techniques.forEach((t, idx) => {
      this.st.technique.run({ ...t, article: rowid, idx, rule: t.rule ?? null });
    });
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
      const [roles, aliases] = [JSON.stringify(e.roles), JSON.stringify(e.aliases)];
      this.st.entity.run(rowid, e.id, actor, roles, aliases, e.country, e.captionOnly ? 1 : 0);
      for (const mention of e.mentions)
        this.st.mention.run(rowid, e.id, mention.start, mention.end, mention.text, mention.metonymy ? 1 : 0);
    }
    return actors;
  }

  /** The speaker's actor: its entity's, else the group or name as written. */
  private speakerActor(q: Quote, actors: Map<string, ActorRef>): ActorRef | null {
    const sp = q.speaker;
    if (!sp) return null;
    const linked = sp.entity ? actors.get(sp.entity) : undefined;
    return linked ?? { id: this.actor(sp.anonymous ? "anonymous" : "other", sp.name), name: sp.name };
  }

  private putQuotes(rowid: number, a: Analysis, actors: Map<string, ActorRef>): void {
    for (const q of a.quotes) {
      const sp = q.speaker;
      const speaker = this.speakerActor(q, actors);
      const quoteRowid = Number(
        this.st.quote.run({
          ...q,
          article: rowid,
          actor: speaker?.id ?? null,
          speakerStart: sp?.start ?? null,
          speakerEnd: sp?.end ?? null,
          resolvedBy: sp?.resolvedBy ?? null,
          cue: q.cue?.text ?? null,
          cueType: q.cue?.type ?? null,
          cueStart: q.cue?.start ?? null,
          cueEnd: q.cue?.end ?? null,
          via: JSON.stringify(q.via),
        }).lastInsertRowid,
      );
      // the speaker as the index's 'delete' will read it back (quote_search): the actor's name
      this.st.quoteFts.run(quoteRowid, q.text, speaker?.name ?? null);
      if (CLUSTERED_KINDS.has(q.kind)) {
        const quote = { id: String(quoteRowid), article: a.id, text: q.text, speaker: speaker?.name ?? null };
        this.clusters?.add({ ...quote, rowid: quoteRowid });
      }
    }
  }

  private putTime(rowid: number, a: Analysis, actors: Map<string, ActorRef>): void {
    a.timexes.forEach((t, idx) => {
      this.st.timex.run({ ...t, article: rowid, idx, anchor: t.anchor ?? null });
    });
    a.timeline.forEach((item, idx) => {
      this.st.timeline.run({ ...item, article: rowid, idx });
      for (const eid of item.actors) {
        const actor = actors.get(eid);
        if (actor !== undefined) this.st.timelineActor.run(actor.id, rowid, idx);
      }
    });
  }
}
