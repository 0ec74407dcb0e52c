/**
 * `dossier ingest`: inputs are read in order on the main thread, analysed on a pool of worker
 * threads, and stored by one writer in input order. At most a few articles per worker are in
 * flight, so memory stays flat whatever the size of the input. An input already stored (same id
 * and same input, or the same input without an id) is not analysed again: a re-run after a kill
 * does only what is missing.
 */
import { Piscina } from "piscina";
import { openStore } from "../store/index.js";
import type { CorpusStore } from "../store/types.js";
import { articlesDone, type IngestCounts, ingestProgress } from "./progress.js";
import { inputBytes, type SourceArticle, sourceItems } from "./sources.js";
import { BatchWriter, type Report } from "./writer.js";
import type { AnalyzeResult } from "./worker.js";
import { ANALYSIS_WORKER_LIMITS } from "../../util/heap.js";

export interface IngestOptions {
  db: string;
  workers: number;
  /** Where one-line notes go (failures, replacements). */
  report: Report;
}

export interface IngestSummary extends IngestCounts {
  articles: number;
  seconds: number;
  articlesPerSec: number;
  db: string;
  workers: number;
}

/**
 * Articles in flight per worker: enough that a long article at the head of the queue (which is
 * written first, to keep input order) does not leave the other workers idle; few enough to bound
 * memory (an article and its Analysis are some 100 KB).
 */
const IN_FLIGHT_PER_WORKER = 16;

/** The key an article is known by before analysis: its given id, else its input's hash. */
const keyOf = (item: SourceArticle) => item.givenId ?? item.sourceHash;

async function alreadyStored(store: CorpusStore, item: SourceArticle): Promise<boolean> {
  return item.givenId !== null
    ? (await store.sourceHashOf(item.givenId)) === item.sourceHash
    : store.hasSource(item.sourceHash);
}

/** A count per key of the articles sent for analysis and not yet stored. */
class InFlight {
  private readonly counts = new Map<string, number>();
  has = (item: SourceArticle) => this.counts.has(keyOf(item));
  add(item: SourceArticle): void {
    this.counts.set(keyOf(item), (this.counts.get(keyOf(item)) ?? 0) + 1);
  }
  remove(item: SourceArticle): void {
    const n = (this.counts.get(keyOf(item)) ?? 1) - 1;
    if (n > 0) this.counts.set(keyOf(item), n);
    else this.counts.delete(keyOf(item));
  }
}

function newPool(workers: number): Piscina {
  return new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    // the articles in flight wait in the worker's own queue, not on this thread: a worker keeps
    // analysing while this thread is busy committing a batch (with one task each, the workers
    // sat idle for a sixth of the run)
    concurrentTasksPerWorker: IN_FLIGHT_PER_WORKER,
    idleTimeout: 30_000,
    resourceLimits: ANALYSIS_WORKER_LIMITS,
  });
}

/**
 * Articles sent for analysis, oldest first. Results are written in input order as soon as the
 * oldest is ready, whether or not more input arrives.
 */
class Pipeline {
  private readonly queue: { item: SourceArticle; result: Promise<AnalyzeResult>; value?: AnalyzeResult }[] =
    [];
  private failure: unknown = null;

  constructor(
    private readonly pool: Piscina,
    private readonly writer: BatchWriter,
  ) {}

  get length(): number {
    return this.queue.length;
  }

  send(item: SourceArticle): void {
    const result = (this.pool.run(item.document) as Promise<AnalyzeResult>).catch((error: Error) => ({
      error: `could not be analysed (the worker stopped: ${error.message})`,
    }));
    const entry: (typeof this.queue)[number] = { item, result };
    this.queue.push(entry);
    result.then((value) => {
      entry.value = value;
      try {
        this.writeReady();
      } catch (error) {
        this.failure ??= error; // a store fault (a full disk): thrown to the ingest loop
      }
    });
  }

  /** Throws what went wrong while writing from a callback. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  private writeReady(): void {
    while (this.queue[0]?.value) {
      const { item, value } = this.queue.shift()!;
      this.writer.add(item, value!);
    }
  }

  /** Waits until the oldest article is written. */
  async writeOldest(): Promise<void> {
    await this.queue[0]?.result;
    this.check();
    this.writeReady();
  }
}

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const store = await openStore(options.db, { create: true });
  const counts: IngestCounts = { stored: 0, unchanged: 0, replaced: 0, failed: 0, ignored: 0 };
  const progress = ingestProgress(await inputBytes(paths));
  const pool = newPool(options.workers);
  const inFlight = new InFlight();
  const writer = new BatchWriter(store, counts, options.report, (item) => inFlight.remove(item));
  const pipeline = new Pipeline(pool, writer);
  let bytesRead = 0;
  try {
    for await (const item of sourceItems(paths)) {
      if ("ignored" in item) {
        counts.ignored++;
        continue;
      }
      bytesRead += item.bytes;
      if ("error" in item) writer.fail(item.where, item.error);
      else if (!inFlight.has(item) && (await alreadyStored(store, item))) counts.unchanged++;
      else {
        inFlight.add(item);
        pipeline.send(item);
      }
      while (pipeline.length >= options.workers * IN_FLIGHT_PER_WORKER) await pipeline.writeOldest();
      pipeline.check();
      await writer.keepUp();
      progress.update(counts, bytesRead);
    }
    while (pipeline.length) await pipeline.writeOldest();
    await writer.flush();
  } finally {
    progress.stop();
    writer.stop();
    await writer.idle();
    await pool.destroy();
    await store.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  const articles = articlesDone(counts);
  return {
    ...counts,
    articles,
    seconds,
    articlesPerSec: articles / seconds,
    db: options.db,
    workers: options.workers,
  };
}
