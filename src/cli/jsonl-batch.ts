/**
 * `analyze --jsonl`: records are read in order, analysed in this process (one worker) or on a
 * pool of worker threads, and written in input order as soon as the oldest is ready. At most a
 * few records per worker are in flight, so memory is bounded by the queue, not by the input.
 * Everything a record prints (its Analysis, its warnings, why it was skipped) is printed at its
 * turn, so the output and the messages are the same whatever the number of workers.
 */
import { statSync } from "node:fs";
import { Piscina } from "piscina";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";
import { type JsonlItem, readJsonl } from "../document/jsonl.js";
import { analyzeRecord, type RecordOutcome } from "./jsonl-record.js";
import { Output } from "./output.js";
import { progressBar } from "./progress.js";
import { workerCount } from "./workers-option.js";
import { ANALYSIS_WORKER_LIMITS } from "../util/heap.js";

export interface JsonlOptions {
  path: string;
  date?: string;
  out?: string;
  /** --workers as given (default: see `defaultWorkers`). */
  workers?: string;
}

/**
 * A file smaller than this is analysed in this process: starting a thread (loading the models,
 * warming its compiler) costs about what it would save on half a megabyte of text.
 */
const SMALL_FILE = 512 * 1024;

/** The number of cores, but one for a small file. */
const defaultWorkers = (size: number) => (size > 0 && size < SMALL_FILE ? "1" : undefined);

/**
 * Records in flight per worker: enough that a long record at the head of the queue (written
 * first, to keep input order) does not leave the other workers idle; few enough to bound memory.
 */
const IN_FLIGHT_PER_WORKER = 8;

type Analyse = (document: DocumentInput) => Promise<RecordOutcome>;

/** Records analysed here, one at a time, or on `workers` threads. */
function analyser(workers: number, date: string | undefined): { analyse: Analyse; close(): Promise<void> } {
  if (workers === 1)
    return { analyse: async (document) => analyzeRecord(document, date), close: async () => {} };
  const pool = new Piscina({
    filename: new URL("./jsonl-worker.js", import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    resourceLimits: ANALYSIS_WORKER_LIMITS,
  });
  return {
    analyse: (document) =>
      (pool.run({ document, date }) as Promise<RecordOutcome>).catch((error: Error) => ({
        skipped: `could not be analysed (the worker stopped: ${error.message})`,
      })),
    close: () => pool.destroy(),
  };
}

/** The size of a JSON Lines file (for the progress bar), refusing folders and missing files. */
function jsonlSize(path: string): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`'${path}' is a directory: give a .jsonl file`);
    return stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`'${path}' does not exist: check the path of the JSON Lines file`);
  }
}

type Counts = { bad: number; done: number };

interface Pending {
  item: JsonlItem;
  outcome: Promise<RecordOutcome> | null;
  value?: RecordOutcome | null;
}

/**
 * The records in flight, written in input order as soon as the oldest is ready, whether or not
 * more input arrives (a slow stream on standard input still gets each result at once).
 */
class OrderedOutput {
  private readonly queue: Pending[] = [];
  /** The writes, one after another (a write waits for the output to drain). */
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly write: (item: JsonlItem, outcome: RecordOutcome | null) => Promise<void>) {}

  get length(): number {
    return this.queue.length;
  }

  push(item: JsonlItem, outcome: Promise<RecordOutcome> | null): void {
    const entry: Pending = { item, outcome };
    this.queue.push(entry);
    if (!outcome) entry.value = null;
    const settle = (value: RecordOutcome | null) => {
      entry.value = value;
      this.chain = this.chain.then(() => this.writeReady());
    };
    if (outcome) outcome.then(settle);
    else settle(null);
  }

  private async writeReady(): Promise<void> {
    while (this.queue.length && this.queue[0].value !== undefined) {
      const { item, value } = this.queue.shift() as Pending;
      await this.write(item, value ?? null);
    }
  }

  /** Waits until the oldest record is written (and throws what went wrong writing). */
  async writeOldest(): Promise<void> {
    const oldest = this.queue[0];
    if (!oldest) return;
    // its `settle` was registered first, so by now the chain holds its write
    await oldest.outcome;
    await this.chain;
  }
}

/** Returns the exit status: 1 when a record was skipped (each one reported on stderr). */
export async function analyzeJsonl(options: JsonlOptions): Promise<number> {
  const { path } = options;
  const size = path === "-" ? 0 : jsonlSize(path);
  const where = path === "-" ? "standard input" : path;
  const workers = workerCount(options.workers ?? defaultWorkers(size));
  const output = new Output(options.out);
  const { analyse, close } = analyser(workers, options.date);
  const bar = progressBar("analyze", "MB");
  const mb = (bytes: number) => Math.round(bytes / 10_485.76) / 100;
  const counts: Counts = { bad: 0, done: 0 };
  const ordered = new OrderedOutput(async (item, outcome) => {
    await writeRecord(item, outcome, { output, where, counts });
    bar.update(mb(item.bytes ?? 0), mb(size));
  });
  try {
    for await (const item of readJsonl(path)) {
      ordered.push(item, "error" in item ? null : analyse(item.document));
      while (ordered.length >= workers * IN_FLIGHT_PER_WORKER) await ordered.writeOldest();
    }
    while (ordered.length) await ordered.writeOldest();
  } finally {
    bar.stop();
    await close();
  }
  await output.close();
  if (counts.bad)
    process.stderr.write(`dossier: ${counts.bad} line(s) of ${where} skipped, ${counts.done} analysed\n`);
  return counts.bad ? 1 : 0;
}

/** One record's turn: its Analysis on the output and its warnings, or why it was skipped. */
async function writeRecord(
  item: JsonlItem,
  outcome: RecordOutcome | null,
  run: { output: Output; where: string; counts: Counts },
): Promise<void> {
  const at = `${run.where}:${item.line}`;
  const skipped = "error" in item ? item.error : outcome && "skipped" in outcome ? outcome.skipped : null;
  if (skipped !== null || !outcome || !("json" in outcome)) {
    run.counts.bad++;
    process.stderr.write(`dossier: ${at}: ${skipped}; skipped\n`);
    return;
  }
  for (const chunk of outcome.json) await run.output.write(chunk);
  await run.output.write("\n");
  for (const w of outcome.warnings) process.stderr.write(`dossier: ${at} (id ${outcome.id}): ${w}\n`);
  run.counts.done++;
}
