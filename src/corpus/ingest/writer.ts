/**
 * The single writer of an ingest: analysed articles are collected and stored in batched
 * transactions (one commit per batch, each article whole inside it), so a killed ingest loses at
 * most the last batch and never leaves half an article.
 */
import type { CorpusStore } from "../store/types.js";
import type { IngestCounts } from "./progress.js";
import type { SourceArticle } from "./sources.js";
import type { AnalyzeResult } from "./worker.js";

/** A batch is committed when it has this many articles, or is this old. */
const BATCH_ARTICLES = 100;
const BATCH_MS = 1000;

export type Report = (line: string) => void;

export class BatchWriter {
  private batch: { item: SourceArticle; result: Extract<AnalyzeResult, { analysis: unknown }> }[] = [];
  private since = 0;
  /** Commits a batch that waits for more articles than arrive (a slow input stream). */
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown = null;

  constructor(
    private readonly store: CorpusStore,
    private readonly counts: IngestCounts,
    private readonly report: Report,
    /** Told which items are stored (or failed), so their ids no longer count as in flight. */
    private readonly settled: (item: SourceArticle) => void,
  ) {}

  add(item: SourceArticle, result: AnalyzeResult): void {
    if (this.failure) throw this.failure;
    if ("error" in result) {
      this.fail(item.where, result.error);
      this.settled(item);
    } else {
      if (this.batch.length === 0) {
        this.since = performance.now();
        this.timer = setTimeout(() => this.timedFlush(), BATCH_MS);
      }
      this.batch.push({ item, result });
    }
    if (this.batch.length >= BATCH_ARTICLES || performance.now() - this.since >= BATCH_MS) this.flush();
  }

  fail(where: string, error: string): void {
    this.counts.failed++;
    this.report(`${where}: ${error}; skipped`);
  }

  /** A commit from the timer: a failure (a full disk) is kept and thrown to the ingest loop. */
  private timedFlush(): void {
    try {
      this.flush();
    } catch (error) {
      this.failure = error;
    }
  }

  /** No more timed commits (the caller flushes one last time, or gives up). */
  stop(): void {
    clearTimeout(this.timer);
  }

  flush(): void {
    if (this.failure) throw this.failure;
    clearTimeout(this.timer);
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    const outcomes = this.store.putArticles(
      batch.map(({ item, result }) => ({ ...result, sourceHash: item.sourceHash })),
    );
    outcomes.forEach((outcome, i) => {
      const { item, result } = batch[i];
      if (outcome instanceof Error) this.fail(item.where, `could not be stored (${outcome.message})`);
      else {
        this.counts[outcome]++;
        if (outcome === "replaced")
          this.report(`${item.where}: replaced the stored article ${result.analysis.id} (its input changed)`);
      }
      this.settled(item);
    });
  }
}
