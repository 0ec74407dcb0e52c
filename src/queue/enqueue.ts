/**
 * `dossier ingest PATH... --queue redis://...`: reads the inputs as ingest does and adds one job
 * per article to the queue, in batches (one round trip per batch). The job id makes it
 * idempotent: enqueuing the same articles again adds nothing that is still queued, and a worker
 * that meets an article already stored leaves it unchanged.
 */
import { inputBytes, sourceItems } from "../corpus/ingest/sources.js";
import { redactedUrl } from "../util/service-error.js";
import { checkRedis } from "./connection.js";
import { type ArticleJob, articleQueue, jobId } from "./jobs.js";

/** Jobs added per round trip to Redis. */
const BATCH_JOBS = 500;
/** Seconds between progress lines. */
const PROGRESS_EVERY_S = 5;

export interface EnqueueSummary {
  enqueued: number;
  /** Inputs that could not be read (each reported). */
  failed: number;
  /** Files in folders that are not articles. */
  ignored: number;
  batches: number;
  seconds: number;
  queue: string;
}

type Batch = { name: string; data: ArticleJob; opts: { jobId: string } }[];

function progressLine(startedAt: number, enqueued: number, bytes: number, total: number | null): string {
  const seconds = (performance.now() - startedAt) / 1000;
  const read = total
    ? `${((100 * bytes) / total).toFixed(0)}% of the input`
    : `${(bytes / 1048576).toFixed(1)} MB`;
  return `enqueue: ${enqueued} articles (${(enqueued / seconds).toFixed(0)}/s), ${read} read`;
}

export async function enqueue(
  paths: string[],
  url: string,
  report: (line: string) => void,
): Promise<EnqueueSummary> {
  await checkRedis(url);
  const startedAt = performance.now();
  const total = await inputBytes(paths);
  const queue = articleQueue(url);
  const summary: EnqueueSummary = {
    enqueued: 0,
    failed: 0,
    ignored: 0,
    batches: 0,
    seconds: 0,
    queue: redactedUrl(url),
  };
  let batch: Batch = [];
  let bytes = 0;
  let lastLine = startedAt;
  const send = async () => {
    if (batch.length === 0) return;
    await queue.addBulk(batch);
    summary.enqueued += batch.length;
    summary.batches++;
    batch = [];
  };
  try {
    for await (const item of sourceItems(paths)) {
      if ("ignored" in item) summary.ignored++;
      else if ("error" in item) {
        summary.failed++;
        report(`${item.where}: ${item.error}; skipped`);
      } else {
        const data = { document: item.document, sourceHash: item.sourceHash, where: item.where };
        batch.push({ name: "analyze", data, opts: { jobId: jobId(item) } });
      }
      if ("bytes" in item) bytes += item.bytes;
      if (batch.length >= BATCH_JOBS) await send();
      if (performance.now() - lastLine > PROGRESS_EVERY_S * 1000) {
        lastLine = performance.now();
        report(progressLine(startedAt, summary.enqueued, bytes, total));
      }
    }
    await send();
  } finally {
    await queue.close();
  }
  summary.seconds = (performance.now() - startedAt) / 1000;
  return summary;
}
