/**
 * The pipeline on N worker threads, as `analyze --jsonl --workers N` and `ingest` run it: run by
 * bench/run.ts in a child process of its own (`node dist/bench/parallel.js --workers N --data DIR
 * --warmup-mb X [--mb Y]`), so that its peak resident memory is that of the pool alone. Each
 * worker warms up on the warm-up texts, then the timed texts are handed out a few at a time to
 * whichever worker is free; the time runs from the first hand-out to the last result. Prints one
 * JSON line.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { ANALYSIS_WORKER_LIMITS, moderateHeapGrowth } from "../src/util/heap.js";
import { type BenchArticle, cycleTo, loadSources, prefixOf, totals } from "./corpus.js";
import { loadWarmup } from "./warmup.js";

const MB = 1024 * 1024;
/** Articles handed to a worker at a time. */
const BATCH = 4;

interface Job {
  data: string;
  warmupMb: number;
  mb: number;
}

function timedTexts(job: Job): BenchArticle[] {
  return prefixOf(loadSources(job.data).articles, job.mb * MB);
}

/** The worker thread: the pipeline is loaded there only, not on the main thread that hands out. */
async function workerMain(job: Job): Promise<void> {
  moderateHeapGrowth(); // as the ingest and analyze --jsonl workers do
  const { analyze } = await import("../src/analyze.js");
  const analyseAll = (articles: readonly BenchArticle[]) => {
    for (const a of articles) analyze({ id: a.id, text: a.text, dct: a.dct ?? null });
  };
  const articles = timedTexts(job);
  analyseAll(cycleTo(loadWarmup(job.data), job.warmupMb * MB));
  parentPort?.on("message", (batch: number[]) => {
    analyseAll(batch.map((i) => articles[i]));
    parentPort?.postMessage("done");
  });
  parentPort?.postMessage("ready");
}

/** Starts the workers and resolves when every one has warmed up. */
function startWorkers(n: number, job: Job): Promise<Worker[]> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let ready = 0;
    for (let i = 0; i < n; i++) {
      const w = new Worker(new URL(import.meta.url), {
        workerData: job,
        resourceLimits: ANALYSIS_WORKER_LIMITS, // as the pools of the product start theirs
      });
      w.once("error", reject).once("message", () => {
        if (++ready === n) resolve(workers);
      });
      workers.push(w);
    }
  });
}

/** Hands out `count` article indices in batches to free workers; resolves when all are analysed. */
function handOut(workers: Worker[], count: number): Promise<void> {
  let next = 0;
  let busy = 0;
  return new Promise((resolve) => {
    const feed = (w: Worker) => {
      if (next >= count) {
        if (busy === 0) resolve();
        return;
      }
      const batch = Array.from({ length: Math.min(BATCH, count - next) }, (_, i) => next + i);
      next += batch.length;
      busy++;
      w.postMessage(batch);
    };
    for (const w of workers) {
      w.on("message", () => {
        busy--;
        feed(w);
      });
      feed(w);
    }
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workers: { type: "string" },
      data: { type: "string" },
      "warmup-mb": { type: "string" },
      mb: { type: "string" },
    },
  });
  const n = Number(values.workers ?? 1);
  const job: Job = {
    data: values.data ?? "",
    warmupMb: Number(values["warmup-mb"] ?? 2),
    mb: Number(values.mb ?? Infinity),
  };
  const texts = timedTexts(job);
  const size = totals(texts);
  const articles = texts.length;
  const workers = await startWorkers(n, job);
  const load1 = loadavg()[0];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await handOut(workers, articles);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await Promise.all(workers.map((w) => w.terminate()));
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(
    `${JSON.stringify({
      workers: n,
      articles,
      words: size.words,
      seconds,
      wordsPerSec: size.words / seconds,
      articlesPerSec: articles / seconds,
      cpuSeconds,
      cpuPerWall: cpuSeconds / seconds,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      loadavg1m: load1,
    })}\n`,
  );
}

if (isMainThread) await main();
else await workerMain(workerData as Job);
