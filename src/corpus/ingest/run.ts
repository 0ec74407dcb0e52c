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

/** Articles in flight per worker: enough to keep every worker busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/** The key an article is known by before analysis: its given id, else its input's hash. */
const keyOf = (item: SourceArticle) => item.givenId ?? item.sourceHash;

function alreadyStored(store: CorpusStore, item: SourceArticle): boolean {
  return item.givenId !== null
    ? store.sourceHashOf(item.givenId) === item.sourceHash
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
    idleTimeout: 30_000,
  });
}

export async function ingest(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now();
  const store = openStore(options.db, { create: true });
  const counts: IngestCounts = { stored: 0, unchanged: 0, replaced: 0, failed: 0, ignored: 0 };
  const progress = ingestProgress(await inputBytes(paths));
  const pool = newPool(options.workers);
  const inFlight = new InFlight();
  const writer = new BatchWriter(store, counts, options.report, (item) => inFlight.remove(item));
  const pending: { item: SourceArticle; result: Promise<AnalyzeResult> }[] = [];
  const writeOldest = async () => {
    const { item, result } = pending.shift()!;
    writer.add(item, await result);
  };
  let bytesRead = 0;
  try {
    for await (const item of sourceItems(paths)) {
      if ("ignored" in item) {
        counts.ignored++;
        continue;
      }
      bytesRead += item.bytes;
      if ("error" in item) writer.fail(item.where, item.error);
      else if (!inFlight.has(item) && alreadyStored(store, item)) counts.unchanged++;
      else {
        inFlight.add(item);
        const result = pool.run(item.document).catch((error: Error) => ({
          error: `could not be analysed (the worker stopped: ${error.message})`,
        }));
        pending.push({ item, result });
      }
      while (pending.length >= options.workers * IN_FLIGHT_PER_WORKER) await writeOldest();
      progress.update(counts, bytesRead);
    }
    while (pending.length) await writeOldest();
    writer.flush();
  } finally {
    progress.stop();
    await pool.destroy();
    store.close();
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
