/**
 * The PostgreSQL store's schema, as versioned migrations like the SQLite file's: `schema_version`
 * holds the database's version; a newer one is refused. The tables and columns are the SQLite
 * store's (so that the queries in ../sql serve both), with BIGSERIAL ids, foreign keys that
 * delete an article's rows with it, and `tsvector` columns with GIN indexes for full-text search
 * (titles weigh more than text).
 */
import type pg from "pg";
import { InputError } from "../../../document/errors.js";
import { LOCKS } from "./locks.js";

interface Migration {
  version: number;
  sql: string;
}

const ARTICLE = "BIGINT NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE";

/** Typographic quotation marks, which PostgreSQL's text parser would keep as parts of words. */
const QUOTATION_MARKS = "“”„‟«»‹›‘’‚‛";

/** A text column as it is indexed and highlighted: quotation marks read as spaces. */
export const searchable = (column: string) =>
  `translate(${column}, '${QUOTATION_MARKS}', '${" ".repeat(QUOTATION_MARKS.length)}')`;

const BASE = `
CREATE TABLE articles (
  rowid BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source_hash TEXT NOT NULL,
  outlet TEXT, url TEXT, title TEXT, published TEXT,
  date TEXT,
  language TEXT NOT NULL,
  generator TEXT,
  text TEXT NOT NULL,
  analysis BYTEA NOT NULL,
  search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('english', ${searchable("coalesce(title, '')")}), 'A') ||
    setweight(to_tsvector('english', ${searchable("text")}), 'B')
  ) STORED
);
CREATE INDEX articles_source ON articles(source_hash);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_search ON articles USING GIN (search);

CREATE TABLE actors (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (name, kind)
);

CREATE TABLE entities (
  article ${ARTICLE}, eid TEXT NOT NULL, actor BIGINT NOT NULL,
  roles TEXT NOT NULL, aliases TEXT NOT NULL, country TEXT, caption_only INTEGER NOT NULL,
  PRIMARY KEY (article, eid)
);
CREATE INDEX entities_actor ON entities(actor);

CREATE TABLE mentions (
  article ${ARTICLE}, eid TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, metonymy INTEGER NOT NULL,
  PRIMARY KEY (article, start, eid)
);

CREATE TABLE quotes (
  rowid BIGSERIAL PRIMARY KEY,
  article ${ARTICLE}, qid TEXT NOT NULL, kind TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, paragraphs INTEGER NOT NULL,
  speaker_actor BIGINT, speaker_start INTEGER, speaker_end INTEGER, resolved_by TEXT,
  cue TEXT, cue_type TEXT, cue_start INTEGER, cue_end INTEGER,
  via TEXT NOT NULL, medium TEXT,
  search TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', ${searchable("text")})) STORED
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);
CREATE INDEX quotes_kind ON quotes(kind);
CREATE INDEX quotes_search ON quotes USING GIN (search);

CREATE TABLE timexes (
  article ${ARTICLE}, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT,
  PRIMARY KEY (article, idx)
);

CREATE TABLE timeline (
  article ${ARTICLE}, idx INTEGER NOT NULL, date TEXT NOT NULL, timex INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, summary TEXT NOT NULL, source TEXT NOT NULL,
  PRIMARY KEY (article, idx)
);
CREATE INDEX timeline_date ON timeline(date);
CREATE TABLE timeline_actors (
  actor BIGINT NOT NULL, article ${ARTICLE}, idx INTEGER NOT NULL,
  PRIMARY KEY (actor, article, idx)
);
CREATE INDEX timeline_actors_article ON timeline_actors(article);

CREATE TABLE techniques (
  article ${ARTICLE}, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  text TEXT NOT NULL, technique TEXT NOT NULL, voice TEXT NOT NULL, explanation TEXT NOT NULL, rule TEXT,
  PRIMARY KEY (article, idx)
);

-- quote clusters (see ../cluster-candidates.ts and cluster-index.ts)
CREATE TABLE cluster_keys (
  key BIGINT NOT NULL, quote BIGINT NOT NULL REFERENCES quotes(rowid) ON DELETE CASCADE,
  PRIMARY KEY (key, quote)
);
CREATE INDEX cluster_keys_quote ON cluster_keys(quote);
CREATE TABLE clusters (id BIGSERIAL PRIMARY KEY, size INTEGER NOT NULL);
CREATE INDEX clusters_size ON clusters(size);
CREATE TABLE cluster_members (
  quote BIGINT PRIMARY KEY REFERENCES quotes(rowid) ON DELETE CASCADE,
  cluster BIGINT NOT NULL, relation TEXT NOT NULL
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster);
`;

const MIGRATIONS: Migration[] = [{ version: 1, sql: BASE }];
export const PG_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/**
 * Brings the database to this dossier's version, in one transaction under a lock, so that many
 * workers starting at once migrate it once; refuses a newer database.
 */
export async function migrate(client: pg.PoolClient, where: string): Promise<number> {
  await client.query("BEGIN");
  try {
    await client.query("SELECT pg_advisory_xact_lock($1, 0)", [LOCKS.migrate]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    const { rows } = await client.query("SELECT coalesce(max(version), 0) AS version FROM schema_version");
    const version = rows[0].version as number;
    if (version > PG_SCHEMA_VERSION)
      throw new InputError(
        `the PostgreSQL store at ${where} is of version ${version}, newer than this dossier reads (${PG_SCHEMA_VERSION}): upgrade dossier`,
      );
    for (const step of MIGRATIONS.filter((m) => m.version > version)) {
      await client.query(step.sql);
      await client.query("INSERT INTO schema_version(version) VALUES ($1)", [step.version]);
    }
    await client.query("COMMIT");
    return PG_SCHEMA_VERSION;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
