/**
 * `dossier worker`: takes articles from the queue, analyses them on a pool of threads (the same
 * task as `dossier ingest`) and stores each in one transaction. Delivery is at least once (a job
 * whose worker died is delivered again once its lock expires); storing is idempotent by article
 * id, so the effect is exactly once.
 */
import { DelayedError, type Job, MetricsTime, UnrecoverableError, Worker } from "bullmq";
import { Redis } from "ioredis";
import { Piscina } from "piscina";
import type { AnalyzeResult } from "../corpus/ingest/worker.js";
import { openStore } from "../corpus/store/index.js";
import type { CorpusStore } from "../corpus/store/types.js";
import { checkRedis, QUEUE_NAME, redisOptions } from "./connection.js";
import type { ArticleJob, ArticleResult } from "./jobs.js";
import { Stopping, untilReachable } from "./store-retry.js";
import { ANALYSIS_WORKER_LIMITS } from "../util/heap.js";

export interface WorkerOptions {
  queue: string;
  db: string;
  /** Articles analysed at once (one thread each). */
  concurrency: number;
  /** Seconds after which the jobs of a worker that stopped answering are delivered again. */
  stalledAfter: number;
  report: (line: string) => void;
}

/** Seconds between progress lines. */
const PROGRESS_EVERY_S = 10;
/** Times a job may be found stalled (its worker gone) before it is failed. */
const MAX_STALLED = 3;
/**
 * Jobs held per analysis thread: while one job's article is being stored (a round trip to the
 * database, a third of the analysis time), the thread analyses the next.
 */
const JOBS_PER_THREAD = 2;

interface Tally {
  stored: number;
  unchanged: number;
  replaced: number;
  failed: number;
}

/** The job's processor: analyse, store, report the outcome; an analysis error fails at once. */
function processor(pool: Piscina, store: CorpusStore, stopping: AbortSignal, options: WorkerOptions) {
  let waiting = false;
  const onWait = (error: Error) => {
    if (!waiting) options.report(`${error.message}; waiting for it, the jobs stay in the queue`);
    waiting = true;
  };
  return async (job: Job<ArticleJob, ArticleResult>, token?: string): Promise<ArticleResult> => {
    const result = (await pool.run(job.data.document)) as AnalyzeResult;
    // the same input fails the same way every time: no retries
    if ("error" in result) throw new UnrecoverableError(`${job.data.where}: ${result.error}`);
    const article = { ...result, sourceHash: job.data.sourceHash };
    try {
      const [outcome] = await untilReachable(() => store.putArticles([article]), stopping, onWait);
      if (waiting) options.report("the store is back; storing again");
      waiting = false;
      if (outcome instanceof Error) throw outcome;
      return { article: result.analysis.id, outcome };
    } catch (error) {
      if (!(error instanceof Stopping)) throw error;
      // hand the job back untouched (no attempt spent): another worker takes it
      await job.moveToDelayed(Date.now(), token);
      throw new DelayedError();
    }
  };
}

function startWorker(
  options: WorkerOptions,
  connection: Redis,
  pool: Piscina,
  store: CorpusStore,
  stopping: AbortSignal,
) {
  const lockDuration = options.stalledAfter * 1000;
  return new Worker<ArticleJob, ArticleResult>(QUEUE_NAME, processor(pool, store, stopping, options), {
    connection,
    concurrency: options.concurrency * JOBS_PER_THREAD,
    lockDuration,
    stalledInterval: lockDuration,
    maxStalledCount: MAX_STALLED,
    metrics: { maxDataPoints: MetricsTime.ONE_WEEK },
  });
}

/** Reports a lost connection to Redis once per outage, and its return. */
function watchRedis(connection: Redis, worker: Worker, report: (line: string) => void): void {
  let down = false;
  const lost = (reason: string) => {
    if (!down) report(`lost Redis (${reason}); reconnecting`);
    down = true;
  };
  connection.on("error", () => {}); // each outage is reported once, below
  connection.on("reconnecting", () => lost("connection closed"));
  connection.on("ready", () => {
    if (down) report("Redis is back");
    down = false;
  });
  worker.on("error", (error) => lost(error.message));
}

/** Counts outcomes, reports failures and progress. */
function watch(worker: Worker<ArticleJob, ArticleResult>, report: (line: string) => void): () => void {
  const tally: Tally = { stored: 0, unchanged: 0, replaced: 0, failed: 0 };
  const startedAt = performance.now();
  worker.on("completed", (_job, result) => {
    tally[result.outcome]++;
  });
  worker.on("failed", (job, error) => {
    if (!job || error instanceof DelayedError || error.name === "DelayedError") return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error instanceof UnrecoverableError;
    if (final) tally.failed++;
    report(`job ${job.id}: ${error.message}${final ? "; left in the failed set" : "; will be retried"}`);
  });
  const timer = setInterval(() => {
    const done = tally.stored + tally.unchanged + tally.replaced;
    const rate = done / ((performance.now() - startedAt) / 1000);
    report(
      `worker: ${done} articles (${tally.stored} stored, ${tally.unchanged} unchanged, ${tally.replaced} replaced), ${tally.failed} failed, ${rate.toFixed(1)}/s`,
    );
  }, PROGRESS_EVERY_S * 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs until SIGTERM or SIGINT: then takes no new job, finishes the active ones (or hands back
 * those waiting for the database) and exits. A second signal exits at once.
 */
export async function runWorker(options: WorkerOptions): Promise<void> {
  await checkRedis(options.queue);
  const store = await openStore(options.db, { create: true });
  const pool = new Piscina({
    filename: new URL("../corpus/ingest/worker.js", import.meta.url).href,
    minThreads: options.concurrency,
    maxThreads: options.concurrency,
    resourceLimits: ANALYSIS_WORKER_LIMITS,
  });
  const stop = new AbortController();
  const connection = new Redis(redisOptions(options.queue));
  const worker = startWorker(options, connection, pool, store, stop.signal);
  watchRedis(connection, worker, options.report);
  const unwatch = watch(worker, options.report);
  options.report(
    `worker: taking articles from ${QUEUE_NAME} (${options.concurrency} at a time); stop with SIGTERM`,
  );
  const stopped = new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      if (stop.signal.aborted) process.exit(130);
      options.report(`worker: ${signal}: finishing the active jobs (again to stop at once)`);
      stop.abort();
      resolve();
    };
    process.on("SIGTERM", onSignal);
    process.on("SIGINT", onSignal);
  });
  await stopped;
  await worker.close();
  connection.disconnect();
  unwatch();
  await pool.destroy();
  await store.close();
  options.report("worker: stopped");
}
