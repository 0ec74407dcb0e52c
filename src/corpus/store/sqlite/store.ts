/**
 * The embedded corpus store: one SQLite file (better-sqlite3), WAL journal with synchronous=NORMAL,
 * so a killed process never leaves a half-written article: a transaction is in the file whole or
 * not at all.
 */
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import type { Analysis } from "../../../analysis.js";
import { InputError } from "../../../document/errors.js";
import { unpackAnalysis } from "../pack.js";
import { clusters } from "../sql/cluster-reads.js";
import { exportLayer, layerColumns } from "../sql/export.js";
import { stats } from "../sql/stats.js";
import { quotes, speakers, timeline } from "../sql/views.js";
import type {
  ArticleToStore,
  ClusterOptions,
  CorpusStore,
  Layer,
  PutOutcome,
  QueryFilters,
  Stats,
} from "../types.js";
import { migrate } from "./migrate.js";
import { SqliteSql } from "./runner.js";
import { search } from "./search.js";
import { ArticleWriter } from "./write.js";

export interface OpenOptions {
  /** Create the file when it does not exist (ingest); otherwise a missing file is refused. */
  create?: boolean;
}

/** Opens the file and checks that it is SQLite at all (the header is read lazily). */
function openDatabase(path: string, options: OpenOptions): Database.Database {
  if (!options.create && !existsSync(path))
    throw new InputError(
      `'${path}' does not exist: ingest articles first (dossier ingest FOLDER --db ${path})`,
    );
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
      throw new InputError(`'${path}' is not a dossier store (not an SQLite file): give another --db file`);
    throw new InputError(`'${path}' cannot be opened as a store: ${(error as Error).message}`);
  }
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 10000");
  return db;
}

/** Faults of the file or the machine, not of one article: no later article could be stored either. */
const STORE_FAULTS: [RegExp, string][] = [
  [/^SQLITE_FULL/, "the disk is full"],
  [/^SQLITE_IOERR/, "input/output error"],
  [/^SQLITE_READONLY/, "it is read-only"],
  [/^SQLITE_CORRUPT|^SQLITE_NOTADB/, "the file is damaged"],
  [/^SQLITE_BUSY|^SQLITE_LOCKED/, "another process keeps it locked"],
  [/^SQLITE_NOMEM/, "out of memory"],
  [/^SQLITE_CANTOPEN|^SQLITE_PERM/, "it cannot be opened for writing"],
];

/** The error as one line for the user when it is a fault of the store, else null. */
function storeFault(path: string, error: unknown): InputError | null {
  const code = (error as { code?: unknown }).code;
  const reason =
    typeof code === "string" ? STORE_FAULTS.find(([pattern]) => pattern.test(code))?.[1] : undefined;
  return reason
    ? new InputError(
        `cannot write the store '${path}': ${reason} (${code}); every article committed so far is whole: run the same command again once this is fixed`,
      )
    : null;
}

/**
 * The SQLite store. better-sqlite3 is synchronous: each call runs at once on this thread and its
 * result is handed back as the interface's promise.
 */
export class SqliteStore implements CorpusStore {
  readonly version: number;
  private readonly writer: ArticleWriter;
  private readonly sql: SqliteSql;
  private readonly bySource: Database.Statement;
  private readonly packed: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    target?: number,
  ) {
    this.version = migrate(db, path, target);
    this.writer = new ArticleWriter(db, this.version);
    this.sql = new SqliteSql(db);
    this.bySource = db.prepare("SELECT 1 FROM articles WHERE source_hash = ? LIMIT 1");
    this.packed = db.prepare("SELECT text, analysis FROM articles WHERE id = ?");
  }

  async sourceHashOf(id: string): Promise<string | null> {
    return this.writer.sourceHashOf(id);
  }

  async hasSource(sourceHash: string): Promise<boolean> {
    return this.bySource.get(sourceHash) !== undefined;
  }

  async putArticles(articles: ArticleToStore[]): Promise<(PutOutcome | Error)[]> {
    // One transaction for the batch, without a savepoint per article: FTS5 writes its pending
    // index data out at every savepoint, which would double the cost of a write. When an article
    // throws (a bug), the batch is undone and its articles are stored one per transaction.
    try {
      return this.db.transaction(() => articles.map((article) => this.writer.put(article)))();
    } catch (error) {
      this.writer.forgetCachedActors();
      const fault = storeFault(this.path, error);
      if (fault) throw fault;
      return articles.map((article) => {
        try {
          return this.db.transaction(() => this.writer.put(article))();
        } catch (error) {
          this.writer.forgetCachedActors();
          return error as Error;
        }
      });
    }
  }

  stats(): Promise<Stats> {
    return stats(this.sql, this.version);
  }

  async search(query: string, filters: QueryFilters) {
    return search(this.db, query, filters);
  }

  quotes(filters: QueryFilters) {
    return quotes(this.sql, filters);
  }

  speakers(filters: QueryFilters) {
    return speakers(this.sql, filters);
  }

  timeline(filters: QueryFilters & { entity?: string }) {
    return timeline(this.sql, filters);
  }

  clusters(options: ClusterOptions) {
    return clusters(this.sql, options);
  }

  exportLayer(layer: Layer) {
    return exportLayer(this.sql, layer);
  }

  layerColumns(layer: Layer) {
    return layerColumns(this.sql, layer);
  }

  async article(id: string): Promise<Analysis | null> {
    const row = this.packed.get(id) as { text: string; analysis: Buffer } | undefined;
    return row ? unpackAnalysis(row.analysis, row.text) : null;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

/**
 * Opens (or, with `create`, makes) a store file, migrating an older one. `target` stops the
 * migrations at that version (for testing the migration of old files).
 */
export function openSqliteStore(path: string, options: OpenOptions = {}, target?: number): SqliteStore {
  const db = openDatabase(path, options);
  try {
    return new SqliteStore(db, path, target);
  } catch (error) {
    db.close();
    throw error;
  }
}
