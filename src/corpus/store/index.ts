/**
 * Opening a corpus store by its location: a `postgres://` (or `postgresql://`) URL opens the
 * PostgreSQL store, anything else is a SQLite file.
 */
import type { OpenOptions } from "./sqlite/store.js";
import type { CorpusStore } from "./types.js";

export const DEFAULT_DB = "dossier.db";

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** The store a command uses: its --db, else $DOSSIER_DB, else ./dossier.db. */
export function storeLocation(option: string | undefined): string {
  return option ?? (process.env.DOSSIER_DB || DEFAULT_DB);
}

export async function openStore(location: string, options: OpenOptions = {}): Promise<CorpusStore> {
  if (isPostgresUrl(location)) {
    // loaded only when used: the embedded default starts without the PostgreSQL client
    const { openPostgresStore } = await import("./postgres/store.js");
    return openPostgresStore(location);
  }
  // imported when opened: commands that only name the store (queue, ingest --queue) and analysis
  // start without better-sqlite3
  const { openSqliteStore } = await import("./sqlite/store.js");
  return openSqliteStore(location, options);
}

export type * from "./types.js";
