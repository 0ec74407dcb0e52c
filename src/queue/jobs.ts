/**
 * The jobs of the work queue: one article each, with what ingest knows about its input. A job's
 * id is made from the article's id (or its input's hash) and the hash of its input, so the same
 * article enqueued twice is one job, while new text for a known id is a new job that replaces the
 * stored article.
 */
import { createHash } from "node:crypto";
import { type DefaultJobOptions, Queue } from "bullmq";
import type { DocumentInput } from "../document/input.js";
import type { SourceArticle } from "../corpus/ingest/sources.js";
import { QUEUE_NAME, redisOptions } from "./connection.js";

export interface ArticleJob {
  document: DocumentInput;
  sourceHash: string;
  /** Where the article came from (path and line), for messages. */
  where: string;
}

/** What a worker returns for a job (kept with the completed job). */
export interface ArticleResult {
  article: string;
  outcome: "stored" | "unchanged" | "replaced";
}

/** Tries per job, and the first pause before a retry (then doubled each time). */
export const ATTEMPTS = 5;
const FIRST_RETRY_MS = 2_000;

export const JOB_OPTIONS: DefaultJobOptions = {
  attempts: ATTEMPTS,
  backoff: { type: "exponential", delay: FIRST_RETRY_MS },
  // completed jobs hold their article's text: keep only the latest, for `queue status`
  removeOnComplete: { count: 1_000 },
  // failed jobs stay, with their error, until `dossier queue retry-failed`
  removeOnFail: false,
};

/**
 * The job id: readable (the article id, URL-encoded since BullMQ ids may not hold ':' and may not
 * be integers) and unique to the input (a prefix of its hash).
 */
export function jobId(item: Pick<SourceArticle, "givenId" | "sourceHash">): string {
  const input = item.sourceHash.slice(0, 16);
  if (item.givenId === null) return `text.${input}`;
  const id = createHash("sha256").update(item.givenId).digest("hex").slice(0, 8);
  const readable = encodeURIComponent(item.givenId).slice(0, 200);
  return `${readable}.${input}.${id}`;
}

export function articleQueue(url: string): Queue {
  return new Queue(QUEUE_NAME, {
    connection: redisOptions(url),
    defaultJobOptions: JOB_OPTIONS,
  });
}
