/**
 * Connections to PostgreSQL (a pg Pool) and how their faults read: a server that cannot be reached
 * or went away is a ServiceError (one line; the caller may wait and try again), a login or a
 * database that is refused is an InputError (fix --db).
 */
import pg from "pg";
import { InputError } from "../../../document/errors.js";
import { redactedUrl, ServiceError } from "../../../util/service-error.js";

/** Counts and ids are BIGINT: read them as numbers (exact up to 2^53, far beyond any corpus). */
const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Node's socket errors and PostgreSQL's SQLSTATEs (class 08, 57P0x) for a connection that failed or went. */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/** pg's own messages for a connection that ended or never opened. */
const CONNECTION_MESSAGES =
  /Connection terminated|connection error|timeout exceeded when trying to connect|Connection ended|Client was closed|the database system is (starting up|shutting down)/i;

export function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (code !== undefined && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGES.test(message ?? "");
}

/** A deadlock or a serialization failure: the transaction can simply run again. */
export const isRetryable = (error: unknown): boolean =>
  ["40P01", "40001"].includes((error as { code?: string })?.code ?? "");

/** SQLSTATEs of a login or a database the server refuses: fix the URL, waiting will not help. */
const REFUSED: Record<string, string> = {
  "28P01": "the password was refused",
  "28000": "the login was refused",
  "3D000": "the database does not exist (create it: createdb NAME)",
  "42501": "the user may not do this (grant it CREATE on the database)",
};

/** The error as one line for the user, when it is a fault of the connection or the login. */
export function connectionFault(url: string, error: unknown): Error | null {
  const where = redactedUrl(url);
  const code = (error as { code?: string })?.code ?? "";
  if (REFUSED[code]) return new InputError(`PostgreSQL at ${where}: ${REFUSED[code]}`);
  if (!isConnectionError(error)) return null;
  const reason = (error as Error).message || code;
  return new ServiceError(
    `cannot reach PostgreSQL at ${where} (${reason}): start it or check --db / DOSSIER_DB; every article committed so far is whole`,
  );
}

const ignore = () => {};

/**
 * A connection of the pool for a transaction or a cursor. A connection that the server closes
 * while it is checked out emits 'error' (which would end the process without a listener); the
 * query under way fails too, and that is what the caller handles.
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  if (client.listenerCount("error") === 0) client.on("error", ignore);
  return client;
}

export function newPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, types: TYPES, connectionTimeoutMillis: 10_000 });
  // an idle connection that the server closes (a restart) is dropped by the pool; without a
  // listener its 'error' event would end the process
  pool.on("error", ignore);
  return pool;
}
