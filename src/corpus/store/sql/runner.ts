/**
 * What the shared queries (views, clusters, export, stats) need from a database: run a statement
 * with named parameters (`@name`), all rows at once or streamed, and the names of its columns.
 * SQLite (better-sqlite3) and PostgreSQL (pg) each provide one, so the query text and the shaping
 * of rows are written once; `Dialect` holds the few places where their SQL differs.
 */
export type Params = Record<string, string | number | null>;

export interface Dialect {
  /** Case-insensitive LIKE: SQLite's LIKE ignores case, PostgreSQL's needs ILIKE. */
  like: "LIKE" | "ILIKE";
  /** An aggregate of `expression` as a JSON array in text ('[]' when there are no rows). */
  jsonArray(expression: string): string;
}

export interface Sql {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: Params): Promise<T[]>;
  /** The rows one by one, without holding them all in memory. */
  rows<T>(sql: string, params?: Params): AsyncIterable<T>;
  /** The names of the columns the statement returns, in order. */
  columns(sql: string): Promise<string[]>;
}

export const SQLITE_DIALECT: Dialect = {
  like: "LIKE",
  jsonArray: (expression) => `json_group_array(${expression})`,
};

export const POSTGRES_DIALECT: Dialect = {
  like: "ILIKE",
  jsonArray: (expression) => `coalesce(json_agg(${expression}), '[]'::json)::text`,
};

/** A flag read back from either database: SQLite gives 0/1, PostgreSQL true/false; null is false. */
export const flag = (value: unknown): boolean => value === true || value === 1;

/** A JSON array stored as text. */
export const jsonList = (value: unknown): string[] =>
  typeof value === "string" ? JSON.parse(value) : ((value as string[] | null) ?? []);
