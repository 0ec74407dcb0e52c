/**
 * Versioned migrations: `schema_version` holds the file's version; an older file is brought up to
 * date one step at a time, each step in its own transaction; a newer file is refused.
 */
import type Database from "better-sqlite3";
import { InputError } from "../../../document/errors.js";
import { CLUSTERED_KINDS, ClusterIndex } from "./cluster-index.js";
import { BASE_MIGRATION, CLUSTER_TABLES, type Migration } from "./schema.js";

/**
 * Version 2 adds the quote clusters; a version-1 file has its direct and mixed quotes clustered
 * in the order they were stored.
 */
const CLUSTERS_MIGRATION: Migration = {
  version: 2,
  up(db) {
    db.exec(CLUSTER_TABLES);
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
  },
};

export const MIGRATIONS: Migration[] = [BASE_MIGRATION, CLUSTERS_MIGRATION];
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
