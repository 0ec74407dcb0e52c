/**
 * Connections to Redis for the work queue (BullMQ over ioredis). A URL names the server and,
 * optionally, the database number (`redis://host:6379/2`), so that several corpora can share one
 * server. Connections reconnect on their own with a growing pause when Redis goes away.
 */
import type { RedisOptions } from "bullmq";
import { Redis } from "ioredis";
import { InputError } from "../document/errors.js";
import { redactedUrl, ServiceError } from "../util/service-error.js";

/** The BullMQ queue that holds the articles to analyse. */
export const QUEUE_NAME = "dossier-articles";

/** The longest pause between two reconnection attempts. */
const MAX_RECONNECT_MS = 10_000;

/** Waits 100 ms, 200 ms, 400 ms ... up to MAX_RECONNECT_MS between attempts, for ever. */
export const reconnectDelay = (attempt: number): number =>
  Math.min(100 * 2 ** Math.min(attempt, 10), MAX_RECONNECT_MS);

export function redisOptions(url: string): RedisOptions {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(
      `--queue '${url}' is not a URL: give redis://HOST:PORT (e.g. redis://127.0.0.1:6379)`,
    );
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:")
    throw new InputError(`--queue '${redactedUrl(url)}' is not a redis:// URL: give redis://HOST:PORT`);
  const db = parsed.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d+$/.test(db))
    throw new InputError(
      `--queue '${redactedUrl(url)}': the path must be a database number (redis://HOST:PORT/2)`,
    );
  return {
    host: parsed.hostname || "127.0.0.1",
    port: Number(parsed.port || 6379),
    db: db === "" ? 0 : Number(db),
    username: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    tls: parsed.protocol === "rediss:" ? {} : undefined,
    // BullMQ's workers block on Redis and must wait through an outage rather than fail a command
    maxRetriesPerRequest: null,
    retryStrategy: reconnectDelay,
  };
}

/**
 * Checks at once that Redis answers, so that a wrong URL or a stopped server is one line rather
 * than a command that waits for ever.
 */
export async function checkRedis(url: string): Promise<void> {
  const probe = new Redis({
    ...redisOptions(url),
    lazyConnect: true,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    connectTimeout: 5_000,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new ServiceError(
      `cannot reach Redis at ${redactedUrl(url)} (${(error as Error).message}): start it or check --queue`,
    );
  } finally {
    probe.disconnect();
  }
}
