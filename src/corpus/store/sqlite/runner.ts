/** The shared queries (../sql) on a better-sqlite3 database: statements prepared once, run at once. */
import type Database from "better-sqlite3";
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

  async *rows<T>(sql: string, params: Params = {}): AsyncGenerator<T> {
    yield* this.statement(sql).iterate(...bind(params)) as Iterable<T>;
  }

  async columns(sql: string): Promise<string[]> {
    return this.statement(sql)
      .columns()
      .map((c) => c.name);
  }
}
