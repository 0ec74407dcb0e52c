/**
 * Opening a corpus store by its location. Today a SQLite file; a `postgres://` URL will open the
 * PostgreSQL implementation of the same interface.
 */
import { InputError } from "../../document/errors.js";
import { type OpenOptions, openSqliteStore } from "./sqlite/store.js";
import type { CorpusStore } from "./types.js";

export const DEFAULT_DB = "dossier.db";

export function openStore(location: string, options: OpenOptions = {}): CorpusStore {
  if (/^postgres(ql)?:\/\//i.test(location))
    throw new InputError("PostgreSQL stores are not supported yet: give a SQLite file with --db FILE");
  return openSqliteStore(location, options);
}

export type * from "./types.js";
