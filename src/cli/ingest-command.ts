/** `dossier ingest`: analyse articles into a corpus store, in parallel, resumable after a kill. */
import { InputError } from "../document/errors.js";
import { ingest, type IngestSummary } from "../corpus/ingest/run.js";
import { storeLocation } from "../corpus/store/index.js";
import { redactedUrl } from "../util/service-error.js";
import { Output } from "./output.js";
import { workerCount } from "./workers-option.js";

export interface IngestCommandOptions {
  db?: string;
  queue?: string;
  workers?: string;
  format?: string;
}

function summaryText(s: IngestSummary): string {
  const ignored = s.ignored ? `; ${s.ignored} other files in the folders ignored` : "";
  return (
    `ingest: ${s.articles} articles in ${s.seconds.toFixed(1)} s (${s.articlesPerSec.toFixed(1)}/s, ` +
    `${s.workers} worker${s.workers === 1 ? "" : "s"}) into ${s.db}: ${s.stored} stored, ${s.unchanged} unchanged, ` +
    `${s.replaced} replaced, ${s.failed} failed${ignored}`
  );
}

/** `ingest --queue`: the articles become jobs for `dossier worker`s; 1 when some input failed. */
async function enqueueCommand(paths: string[], queue: string, options: IngestCommandOptions, format: string) {
  if (options.db !== undefined || options.workers !== undefined)
    throw new InputError(
      "--queue only enqueues: give --db and the threads to dossier worker (--concurrency)",
    );
  const { enqueue } = await import("../queue/enqueue.js");
  const report = (line: string) => process.stderr.write(`dossier: ${line}\n`);
  const s = await enqueue(paths, queue, report);
  const ignored = s.ignored ? `; ${s.ignored} other files in the folders ignored` : "";
  const text = `enqueue: ${s.enqueued} articles in ${s.seconds.toFixed(1)} s (${s.batches} batches) into ${redactedUrl(queue)}, ${s.failed} failed${ignored}`;
  await new Output().write(format === "json" ? `${JSON.stringify(s)}\n` : `${text}\n`);
  return s.failed ? 1 : 0;
}

/** Returns the exit status: 1 when some input failed (each one reported on stderr). */
export async function ingestCommand(paths: string[], options: IngestCommandOptions): Promise<number> {
  const format = options.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new InputError(`--format '${format}' is not one of text, json`);
  if (paths.length === 0)
    throw new InputError(
      "give articles to ingest: files, folders, .jsonl files, or - for JSON Lines on standard input",
    );
  if (paths.filter((p) => p === "-").length > 1)
    throw new InputError("standard input (-) can be read only once");
  if (options.queue !== undefined) return enqueueCommand(paths, options.queue, options, format);
  const summary = await ingest(paths, {
    db: storeLocation(options.db),
    workers: workerCount(options.workers),
    report: (line) => process.stderr.write(`dossier: ${line}\n`),
  });
  const out = new Output();
  await out.write(format === "json" ? `${JSON.stringify(summary)}\n` : `${summaryText(summary)}\n`);
  return summary.failed ? 1 : 0;
}
