/**
 * The corpus store's interface: what ingest and the queue workers write and what the query
 * commands read. The SQLite file (sqlite/) is the embedded default; PostgreSQL (postgres/) is the
 * store for many machines, behind the same interface.
 */
import type { Analysis } from "../../analysis.js";
import type { Relation } from "../clusters/index.js";
import type { VariantChanges } from "../diff.js";

/** An analysed article ready to store, with what ingest knows about its input. */
export interface ArticleToStore {
  analysis: Analysis;
  /** Hash of the input (text or HTML and the record's fields): the same input again is a no-op. */
  sourceHash: string;
  /** `packAnalysis(analysis)`, when already computed off the writer's thread. */
  packed?: Uint8Array;
}

/** What storing one article did: a new article, the same one again, or new text for a known id. */
export type PutOutcome = "stored" | "unchanged" | "replaced";

/** Filters shared by the query commands; dates are ISO (`2016`, `2016-03`, `2016-03-12`). */
export interface QueryFilters {
  /** Speakers whose name contains this (case-insensitive). */
  speaker?: string;
  /** Outlets whose name contains this (case-insensitive). */
  outlet?: string;
  from?: string;
  to?: string;
  /** At most this many rows; undefined or 0: all. */
  limit?: number;
}

export interface Stats {
  articles: number;
  quotes: number;
  direct: number;
  mixed: number;
  indirect: number;
  /** Distinct actors (type + canonical name) across the corpus. */
  entities: number;
  mentions: number;
  /** Distinct speaker names that have at least one quote. */
  speakers: number;
  timexes: number;
  techniques: number;
  /** Statements reported at least twice (clusters of two or more quotes). */
  clusters: number;
  /** Quotes that belong to such a cluster. */
  clusteredQuotes: number;
  outlets: number;
  /** The earliest and latest article dates, ISO. */
  from: string | null;
  to: string | null;
  schemaVersion: number;
}

export interface SearchHit {
  article: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  date: string | null;
  /** The matching words in context, matches between [ and ]. */
  snippet: string;
  /** Relevance, lower is better: bm25 in SQLite (FTS5's convention), minus ts_rank_cd in PostgreSQL. */
  score: number;
  /** With --speaker: the matching quote. */
  quote?: { id: string; start: number; end: number; text: string; speaker: string | null };
}

export interface QuoteRow {
  article: string;
  id: string;
  kind: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  anonymous: boolean;
  cue: string | null;
  via: string[];
  medium: string | null;
  outlet: string | null;
  published: string | null;
  date: string | null;
  cluster: number | null;
}

export interface SpeakerRow {
  name: string;
  /** person, organization, ... for an entity; anonymous for a group ("sources"); other otherwise. */
  kind: string;
  quotes: number;
  articles: number;
  roles: string[];
  outlets: { outlet: string; quotes: number }[];
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface TimelineRow {
  date: string;
  summary: string;
  article: string;
  outlet: string | null;
  start: number;
  end: number;
  actors: string[];
}

export interface ClusterMember {
  article: string;
  quote: string;
  start: number;
  end: number;
  text: string;
  outlet: string | null;
  published: string | null;
  date: string | null;
  speaker: string | null;
  /** How this member relates to the canonical (longest) member. */
  relation: Relation;
  /** What this member cut, changed or added relative to the canonical one; null for the canonical itself. */
  changes: VariantChanges | null;
}

export interface ClusterView {
  id: string;
  canonical: string;
  speaker: string | null;
  first: { article: string; outlet: string | null; published: string | null; date: string | null };
  members: ClusterMember[];
  speakers: { name: string; quotes: number }[];
  /** Members credit different (named) speakers. */
  misattributed: boolean;
}

export interface ClusterOptions {
  speaker?: string;
  minSize: number;
  limit?: number;
}

export type Layer = "articles" | "quotes" | "entities" | "timexes" | "techniques";
export const LAYERS: Layer[] = ["articles", "quotes", "entities", "timexes", "techniques"];

/** One exported row: column name to a scalar (CSV) or an array of strings (JSON Lines). */
export type ExportRow = Record<string, string | number | boolean | null | string[]>;

/**
 * A corpus store. Every method is asynchronous, so that a store on a server (PostgreSQL) fits the
 * same interface as the embedded file (SQLite); long listings are async iterables, read row by
 * row (`for await`), so a million quotes never sit in memory at once.
 */
export interface CorpusStore {
  /** The source hash stored for an article id, or null when the id is not stored. */
  sourceHashOf(id: string): Promise<string | null>;
  /** Whether some stored article came from an input with this hash. */
  hasSource(sourceHash: string): Promise<boolean>;
  /**
   * Stores the articles, each whole (its quotes, entities, ... with it or none of them); an
   * article that throws is rolled back alone. Quotes are clustered as they come.
   */
  putArticles(articles: ArticleToStore[]): Promise<(PutOutcome | Error)[]>;
  stats(): Promise<Stats>;
  search(query: string, filters: QueryFilters): Promise<SearchHit[]>;
  quotes(filters: QueryFilters): AsyncIterable<QuoteRow>;
  speakers(filters: QueryFilters): Promise<SpeakerRow[]>;
  timeline(filters: QueryFilters & { entity?: string }): AsyncIterable<TimelineRow>;
  clusters(options: ClusterOptions): AsyncIterable<ClusterView>;
  exportLayer(layer: Layer): AsyncIterable<ExportRow>;
  /** The columns of a layer's rows, in order (a CSV header even when there are no rows). */
  layerColumns(layer: Layer): Promise<string[]>;
  /** The stored Analysis of an article, or null. */
  article(id: string): Promise<Analysis | null>;
  close(): Promise<void>;
}
