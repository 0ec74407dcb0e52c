/**
 * The stores that the store tests run against: SQLite always; PostgreSQL when DOSSIER_TEST_PG
 * holds the URL of a server (npm run test:scale starts one), each store in a new database.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { openPostgresStore } from "../src/corpus/store/postgres/store.js";
import { openSqliteStore } from "../src/corpus/store/sqlite/store.js";
import type { CorpusStore } from "../src/corpus/store/types.js";
import { tempDir } from "./helpers.js";

export const PG_URL = process.env.DOSSIER_TEST_PG;

export interface StoreKind {
  name: "sqlite" | "postgres";
  /** A new, empty store, and where it is (a file or a URL). */
  open(): Promise<{ store: CorpusStore; location: string }>;
  /** Rows in each table of the store at `location`. */
  count(location: string, tables: string[]): Promise<Record<string, number>>;
}

const sqlite: StoreKind = {
  name: "sqlite",
  async open() {
    const location = join(tempDir(), "corpus.db");
    return { store: openSqliteStore(location, { create: true }), location };
  },
  async count(location, tables) {
    const db = new Database(location, { readonly: true });
    const counts = Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number]),
    );
    db.close();
    return counts;
  },
};

/** A URL of a new database on the test server. */
export async function newPostgresDatabase(url = PG_URL!): Promise<string> {
  const name = `dossier_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = new URL(url);
  database.pathname = `/${name}`;
  return database.toString();
}

const postgres: StoreKind = {
  name: "postgres",
  async open() {
    const location = await newPostgresDatabase();
    return { store: await openPostgresStore(location), location };
  },
  async count(location, tables) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    const counts: Record<string, number> = {};
    for (const t of tables)
      counts[t] = Number((await client.query(`SELECT count(*) FROM ${t}`)).rows[0].count);
    await client.end();
    return counts;
  },
};

export const STORE_KINDS: StoreKind[] = PG_URL ? [sqlite, postgres] : [sqlite];
