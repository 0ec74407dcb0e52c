/**
 * The scale-out commands: `dossier worker` (analyse and store from the queue) and `dossier queue
 * status|retry-failed`. `dossier ingest --queue` (ingest-command.ts) fills the queue.
 */
import type { Command } from "commander";
import { InputError } from "../document/errors.js";
import { storeLocation } from "../corpus/store/index.js";
import { Output } from "./output.js";

const QUEUE_HELP = "the Redis server of the queue: redis://HOST:PORT[/DB] (also: DOSSIER_QUEUE)";
const report = (line: string) => process.stderr.write(`dossier: ${line}\n`);

/** --queue, else DOSSIER_QUEUE; one of them is needed. */
export function queueLocation(option: string | undefined): string {
  const url = option ?? process.env.DOSSIER_QUEUE;
  if (!url) throw new InputError("give the queue: --queue redis://HOST:PORT (or set DOSSIER_QUEUE)");
  return url;
}

function wholeNumber(value: string | undefined, option: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max)
    throw new InputError(`${option} '${value}' is not a whole number from 1 to ${max}`);
  return n;
}

function addWorker(program: Command): void {
  program
    .command("worker")
    .description("analyse articles from the queue and store them (run one or more per machine)")
    .option("--queue <url>", QUEUE_HELP)
    .option(
      "--db <url>",
      "the store: postgres://USER@HOST:PORT/DB (also: DOSSIER_DB); a SQLite file serves workers on one machine",
    )
    .option("--concurrency <n>", "articles analysed at once, one thread each (default 1)")
    .option("--stalled-after <seconds>", "deliver again the jobs of a worker silent this long (default 30)")
    .addHelpText(
      "after",
      `
Examples:
  dossier ingest news/ --queue redis://10.0.0.5:6379
  dossier worker --queue redis://10.0.0.5:6379 --db postgres://dossier@10.0.0.6/news --concurrency 4

Each article is stored in one transaction, whole; an article delivered twice (a worker died,
a job was retried) is stored once. An analysis error fails its job at once; other errors are
retried 5 times with growing pauses, then the job stays in the failed set with its error
(dossier queue status shows it; dossier queue retry-failed runs it again). While Redis or
PostgreSQL is away the worker waits and reconnects; no job is lost. SIGTERM or Ctrl-C: the
worker finishes its active jobs and exits (a second signal exits at once).
Exit status 69: Redis or PostgreSQL cannot be reached at the start.
`,
    )
    .action(async (options) => {
      const { runWorker } = await import("../queue/worker.js");
      await runWorker({
        queue: queueLocation(options.queue),
        db: storeLocation(options.db),
        concurrency: wholeNumber(options.concurrency, "--concurrency", 1, 64),
        stalledAfter: wholeNumber(options.stalledAfter, "--stalled-after", 30, 3600),
        report,
      });
    });
}

function addQueue(program: Command): void {
  const queue = program
    .command("queue")
    .description("the work queue: status (waiting, active, completed, failed, throughput) | retry-failed");
  queue
    .command("status")
    .description("how many articles wait, run, are done or failed; throughput; the latest failures")
    .option("--queue <url>", QUEUE_HELP)
    .option("-f, --format <format>", "text (default) | json")
    .addHelpText("after", "\nExample:\n  dossier queue status --queue redis://127.0.0.1:6379 --format json\n")
    .action(async (options) => {
      const format = options.format ?? "text";
      if (format !== "text" && format !== "json")
        throw new InputError(`--format '${format}' is not one of text, json`);
      const { queueStatus, statusText } = await import("../queue/status.js");
      const status = await queueStatus(queueLocation(options.queue));
      await new Output().write(format === "json" ? `${JSON.stringify(status)}\n` : `${statusText(status)}\n`);
    });
  queue
    .command("retry-failed")
    .description("move every failed job back to the queue, to be analysed again")
    .option("--queue <url>", QUEUE_HELP)
    .action(async (options) => {
      const { retryFailed } = await import("../queue/status.js");
      const n = await retryFailed(queueLocation(options.queue));
      await new Output().write(`${n} failed job${n === 1 ? "" : "s"} moved back to the queue\n`);
    });
}

export function addQueueCommands(program: Command): void {
  addWorker(program);
  addQueue(program);
}
