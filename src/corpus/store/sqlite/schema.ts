/**
 * The SQLite store's schema, as versioned migrations: a file records its version in
 * `schema_version`; opening an older file runs the missing steps, each in its own transaction.
 *
 * Articles are keyed by an integer rowid that every layer table points to (compact, and what the
 * FTS5 indexes use); `id` is the article's own id. `actors` are the people, organisations and
 * groups across the corpus (type + canonical name), so that "Jane Roe" in two articles is
 * one row that quotes, entities and timeline items point to.
 */
import type Database from "better-sqlite3";

export interface Migration {
  version: number;
  up(db: Database.Database): void;
}

/** The full-text indexes (also rebuilt by version 3, see migrate.ts). */
export const SEARCH_INDEXES = `
-- Full-text search over article titles and text, and over quote text. External content: the
-- indexes hold no second copy of the text. The outlet and the speaker are indexed too, so that a
-- search narrowed to an outlet or a speaker is an intersection inside the index, not a filter on
-- every match. The writer adds and removes index rows itself (from triggers, an FTS5 insert costs
-- three times as much).
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, outlet, content='articles', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIEW quote_search AS
  SELECT q.rowid AS id, q.article, q.text, ac.name AS speaker
  FROM quotes q LEFT JOIN actors ac ON ac.id = q.speaker_actor;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
  text, speaker, content='quote_search', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
`;

const ARTICLES_AND_LAYERS = `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source_hash TEXT NOT NULL,
  outlet TEXT, url TEXT, title TEXT, published TEXT,
  date TEXT,            -- the ISO date the article is dated (meta.dct): what --from/--to compare
  language TEXT NOT NULL,
  generator TEXT,
  text TEXT NOT NULL,
  analysis BLOB NOT NULL -- the whole Analysis without its text, JSON deflated
);
CREATE INDEX articles_source ON articles(source_hash);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet);

CREATE TABLE actors (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,   -- an entity type, 'anonymous' for a group ('sources'), 'other' for an unlinked name
  name TEXT NOT NULL,
  UNIQUE (name, kind)
);

CREATE TABLE entities (
  article INTEGER NOT NULL, eid TEXT NOT NULL, actor INTEGER NOT NULL,
  roles TEXT NOT NULL, aliases TEXT NOT NULL, country TEXT, caption_only INTEGER NOT NULL,
  PRIMARY KEY (article, eid)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE mentions (
  article INTEGER NOT NULL, eid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, metonymy INTEGER NOT NULL,
  PRIMARY KEY (article, start, eid)
) WITHOUT ROWID;

CREATE TABLE quotes (
  rowid INTEGER PRIMARY KEY,
  article INTEGER NOT NULL, qid TEXT NOT NULL, kind TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, paragraphs INTEGER NOT NULL,
  speaker_actor INTEGER, speaker_start INTEGER, speaker_end INTEGER, resolved_by TEXT,
  cue TEXT, cue_type TEXT, cue_start INTEGER, cue_end INTEGER,
  via TEXT NOT NULL, medium TEXT
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);
CREATE INDEX quotes_kind ON quotes(kind);

CREATE TABLE timexes (
  article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;

CREATE TABLE timeline (
  article INTEGER NOT NULL, idx INTEGER NOT NULL, date TEXT NOT NULL, timex INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, summary TEXT NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX timeline_date ON timeline(date);
CREATE TABLE timeline_actors (
  actor INTEGER NOT NULL, article INTEGER NOT NULL, idx INTEGER NOT NULL,
  PRIMARY KEY (actor, article, idx)
) WITHOUT ROWID;
CREATE INDEX timeline_actors_article ON timeline_actors(article);

CREATE TABLE techniques (
  article INTEGER NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, technique TEXT NOT NULL, voice TEXT NOT NULL, explanation TEXT NOT NULL, rule TEXT,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;

${SEARCH_INDEXES}
`;

/**
 * Quote clusters: `cluster_keys` is the candidate index (a hashed key of src/corpus/clusters ->
 * the quotes that have it), so a new quote is compared only with quotes that share a key.
 */
export const CLUSTER_TABLES = `
CREATE TABLE cluster_keys (
  key INTEGER NOT NULL, quote INTEGER NOT NULL,
  PRIMARY KEY (key, quote)
) WITHOUT ROWID;
CREATE INDEX cluster_keys_quote ON cluster_keys(quote);
CREATE TABLE clusters (id INTEGER PRIMARY KEY, size INTEGER NOT NULL);
CREATE INDEX clusters_size ON clusters(size);
CREATE TABLE cluster_members (
  quote INTEGER PRIMARY KEY, cluster INTEGER NOT NULL, relation TEXT NOT NULL
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster);
`;

export const BASE_MIGRATION: Migration = {
  version: 1,
  up: (db) => db.exec(ARTICLES_AND_LAYERS),
};
