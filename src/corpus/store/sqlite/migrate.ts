/**
 * Versioned migrations: `schema_version` holds the file's version; an older file is brought up to
 * date one step at a time, each step in its own transaction; a newer file is refused.
 */
import type Database from "better-sqlite3";
import { InputError } from "../../../document/errors.js";
import { CLUSTERED_KINDS } from "../cluster-candidates.js";
import { ClusterIndex } from "./cluster-index.js";
import { BASE_MIGRATION, CLUSTER_TABLES, type Migration, SEARCH_INDEXES } from "./schema.js";

/** Clusters every stored direct and mixed quote again, in the order they were stored. */
function clusterStoredQuotes(db: Database.Database): void {
  const index = new ClusterIndex(db);
  const stored = db.prepare(
    `SELECT q.rowid, q.kind, a.id AS article, q.text, ac.name AS speaker FROM quotes q
     JOIN articles a ON a.rowid = q.article LEFT JOIN actors ac ON ac.id = q.speaker_actor ORDER BY q.rowid`,
  );
  const rows = stored.all() as {
    rowid: number;
    kind: string;
    article: string;
    text: string;
    speaker: string | null;
  }[];
  for (const q of rows) if (CLUSTERED_KINDS.has(q.kind)) index.add({ ...q, id: String(q.rowid) });
}

/**
 * Version 2 adds the quote clusters; a version-1 file has its direct and mixed quotes clustered
 * in the order they were stored.
 */
const CLUSTERS_MIGRATION: Migration = {
  version: 2,
  up(db) {
    db.exec(CLUSTER_TABLES);
    clusterStoredQuotes(db);
  },
};

/**
 * Version 3 brings files made by earlier builds of version 2 to what this one writes: the search
 * indexes with their outlet and speaker columns (without the triggers of the first build), the
 * index on the quote kind, and clusters keyed and chosen by the clustering algorithm (the first
 * builds had a stand-in and other key hashes). In a new file it only rebuilds empty indexes.
 */
const REINDEX_MIGRATION: Migration = {
  version: 3,
  up(db) {
    db.exec(`
      DROP TRIGGER IF EXISTS articles_fts_insert; DROP TRIGGER IF EXISTS articles_fts_delete;
      DROP TRIGGER IF EXISTS quotes_fts_insert; DROP TRIGGER IF EXISTS quotes_fts_delete;
      DROP TABLE IF EXISTS articles_fts; DROP TABLE IF EXISTS quotes_fts; DROP VIEW IF EXISTS quote_search;
      ${SEARCH_INDEXES}
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
      INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
      CREATE INDEX IF NOT EXISTS quotes_kind ON quotes(kind);
      DELETE FROM cluster_keys; DELETE FROM cluster_members; DELETE FROM clusters;
    `);
    clusterStoredQuotes(db);
  },
};

export const MIGRATIONS: Migration[] = [BASE_MIGRATION, CLUSTERS_MIGRATION, REINDEX_MIGRATION];
export const SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;

/** The file's schema version: 0 for a new, empty file. */
export function schemaVersion(db: Database.Database, path: string): number {
  const hasVersion = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
    .get();
  if (hasVersion) return (db.prepare("SELECT max(version) FROM schema_version").pluck().get() as number) ?? 0;
  const tables = db.prepare("SELECT count(*) FROM sqlite_master").pluck().get() as number;
  if (tables > 0)
    throw new InputError(`'${path}' is an SQLite file but not a dossier store: give another --db file`);
  return 0;
}

/** Brings the file to `target` (default: this dossier's version); refuses a newer file. */
export function migrate(db: Database.Database, path: string, target = SCHEMA_VERSION): number {
  const version = schemaVersion(db, path);
  if (version > SCHEMA_VERSION)
    throw new InputError(
      `'${path}' is a dossier store of version ${version}, newer than this dossier reads (${SCHEMA_VERSION}): upgrade dossier`,
    );
  for (const step of MIGRATIONS)
    if (step.version > version && step.version <= target)
      db.transaction(() => {
        if (step.version === 1) db.exec("CREATE TABLE schema_version (version INTEGER NOT NULL)");
        step.up(db);
        db.prepare("INSERT INTO schema_version(version) VALUES (?)").run(step.version);
      })();
  return Math.max(version, Math.min(target, SCHEMA_VERSION));
}
