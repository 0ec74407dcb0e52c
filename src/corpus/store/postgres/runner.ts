/** The shared queries (../sql) on a PostgreSQL pool: `@name` parameters become `$n`. */
import type pg from "pg";
import { type Params, POSTGRES_DIALECT, type Sql } from "../sql/runner.js";
import { checkOut } from "./connect.js";

/** Rows fetched at a time from a streamed query. */
const FETCH_ROWS = 500;

/** The statement with `$1, $2, ...` for its `@name` parameters, and their values in that order. */
export function positional(sql: string, params: Params = {}): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/(?<![@\w])@([A-Za-z_]\w*)/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`no value for the parameter @${name}`);
    const at = order.indexOf(name);
    return `$${at >= 0 ? at + 1 : order.push(name)}`;
  });
  return { text, values: order.map((name) => params[name]) };
}

export class PostgresSql implements Sql {
  readonly dialect = POSTGRES_DIALECT;

  constructor(private readonly pool: pg.Pool) {}

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    const { text, values } = positional(sql, params);
    return (await this.pool.query(text, values)).rows as T[];
  }

  /** Streamed through a cursor, on one connection of the pool, in a read-only transaction. */
  async *rows<T>(sql: string, params?: Params): AsyncGenerator<T> {
    const { text, values } = positional(sql, params);
    const client = await checkOut(this.pool);
    let finished = false;
    try {
      await client.query("BEGIN READ ONLY");
      await client.query(`DECLARE listing NO SCROLL CURSOR FOR ${text}`, values);
      for (;;) {
        const { rows } = await client.query(`FETCH ${FETCH_ROWS} FROM listing`);
        yield* rows as T[];
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query("COMMIT");
      finished = true;
    } finally {
      // a listing that failed or was left early (`break` in the caller) ends with its connection
      client.release(!finished);
    }
  }

  async columns(sql: string): Promise<string[]> {
    const { fields } = await this.pool.query(`SELECT * FROM (${sql}) columns LIMIT 0`);
    return fields.map((f) => f.name);
  }
}
