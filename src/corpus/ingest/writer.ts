/**
 * The single writer of an ingest: analysed articles are collected and stored in batched
 * transactions (one commit per batch, each article whole inside it), so a killed ingest loses at
 * most the last batches and never leaves half an article. Commits run one after another while
 * the analysis goes on.
 */
import type { CorpusStore } from "../store/types.js";
import type { IngestCounts } from "./progress.js";
import type { SourceArticle } from "./sources.js";
import type { AnalyzeResult } from "./worker.js";

/** A batch is committed when it has this many articles, or is this old. */
const BATCH_ARTICLES = 100;
const BATCH_MS = 1000;

export type Report = (line: string) => void;

/** Articles handed to commits not yet done, at most, before ingest waits for the store. */
const BACKLOG_ARTICLES = 4 * BATCH_ARTICLES;

type Analysed = { item: SourceArticle; result: Extract<AnalyzeResult, { analysis: unknown }> };

export class BatchWriter {
  private batch: Analysed[] = [];
  private since = 0;
  /** Commits a batch that waits for more articles than arrive (a slow input stream). */
  private timer: NodeJS.Timeout | undefined;
  private failure: unknown = null;
  /** The commits started, one after another: the last one's promise. */
  private writing: Promise<void> = Promise.resolve();
  private committing = 0;

  constructor(
    private readonly store: CorpusStore,
    private readonly counts: IngestCounts,
    private readonly report: Report,
    /** Told which items are stored (or failed), so their ids no longer count as in flight. */
    private readonly settled: (item: SourceArticle) => void,
  ) {}

  add(item: SourceArticle, result: AnalyzeResult): void {
    this.check();
    if ("error" in result) {
      this.fail(item.where, result.error);
      this.settled(item);
    } else {
      if (this.batch.length === 0) {
        this.since = performance.now();
        this.timer = setTimeout(() => this.commit(), BATCH_MS);
      }
      this.batch.push({ item, result });
    }
    if (this.batch.length >= BATCH_ARTICLES || performance.now() - this.since >= BATCH_MS) this.commit();
  }

  fail(where: string, error: string): void {
    this.counts.failed++;
    this.report(`${where}: ${error}; skipped`);
  }

  /** Throws a fault of the store (a full disk) met by an earlier commit. */
  check(): void {
    if (this.failure) throw this.failure;
  }

  /** Waits while many articles wait for their commit (a store slower than the analysis). */
  async keepUp(): Promise<void> {
    while (this.committing > BACKLOG_ARTICLES) await this.writing;
    this.check();
  }

  /** No more timed commits (the caller flushes one last time, or gives up). */
  stop(): void {
    clearTimeout(this.timer);
  }

  /** Resolves when the commits started are done (without throwing their fault). */
  idle(): Promise<void> {
    return this.writing;
  }

  /** Commits what is collected and waits for every commit. */
  async flush(): Promise<void> {
    this.commit();
    await this.writing;
    this.check();
  }

  /** Starts the commit of the collected batch, after the commits before it. */
  private commit(): void {
    clearTimeout(this.timer);
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.committing += batch.length;
    this.writing = this.writing
      .then(() => (this.failure ? undefined : this.write(batch)))
      .catch((error) => {
        this.failure ??= error;
      })
      .finally(() => {
        this.committing -= batch.length;
      });
  }

  private async write(batch: Analysed[]): Promise<void> {
    const outcomes = await this.store.putArticles(
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
