/** The shared queries (../sql) on a better-sqlite3 database: statements prepared once, run at once. */
import Database from "better-sqlite3";
import { type Params, SQLITE_DIALECT, type Sql } from "../sql/runner.js";

/** Statements kept prepared, at most (then the cache starts again): LIMITs make new statement texts. */
const STATEMENT_CACHE = 200;

/** better-sqlite3 binds named parameters from an object, and nothing when there are none. */
const bind = (params: Params) => (Object.keys(params).length ? [params] : []);

export class SqliteSql implements Sql {
  readonly dialect = SQLITE_DIALECT;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: Params = {}): Promise<T[]> {
    return this.statement(sql).all(...bind(params)) as T[];
  }

  /**
   * Streamed rows come from a read-only connection of their own: while a better-sqlite3 iterator
   * is open its connection runs nothing else, and a listing's consumer awaits between rows (a
   * server answering several requests, a writer draining to a pipe). WAL lets the readers see the
   * last committed state while the store writes. An in-memory database has no second connection:
   * its rows are read at once.
   */
  async *rows<T>(sql: string, params: Params = {}): AsyncGenerator<T> {
    if (this.db.memory) {
      yield* this.statement(sql).all(...bind(params)) as T[];
      return;
    }
    const reader = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      reader.pragma("busy_timeout = 10000");
      yield* reader.prepare(sql).iterate(...bind(params)) as Iterable<T>;
    } finally {
      reader.close();
    }
  }

  async columns(sql: string): Promise<string[]> {
    return this.statement(sql)
      .columns()
      .map((c) => c.name);
  }
}
