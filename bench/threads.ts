/**
 * How the analysis alone scales over worker threads (`npm run bench:threads [-- --articles N]
 * [-- --data DIR]`): each thread runs `analyze` over the same first N PolNeAR dev articles
 * (default 150), with 1 and then 2 threads at once, alternating, no store and no ingest. Run it
 * also as `node --single-threaded dist/bench/threads.js` to see the scaling without V8's
 * background threads (garbage collection, compilation), which let a single analysing thread use
 * part of a second core. A diagnostic for docs/PERFORMANCE.md, not a test.
 */
import { cpus } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { analyze } from "../src/analyze.js";
import { dataOption, polnearRecords } from "./polnear.js";

interface Job {
  data: string;
  articles: number;
}

function analyseAll(job: Job): void {
  for (const r of polnearRecords(job.data).slice(0, job.articles)) analyze(r);
}

/** Seconds for `threads` threads to do the job each, all at once. */
function timed(threads: number, job: Job): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    let done = 0;
    for (let i = 0; i < threads; i++)
      new Worker(new URL(import.meta.url), { workerData: job }).on("error", reject).on("message", () => {
        if (++done === threads) resolve((performance.now() - t0) / 1000);
      });
  });
}

async function main(): Promise<void> {
  const i = process.argv.indexOf("--articles");
  const job: Job = { data: dataOption(process.argv), articles: i >= 0 ? Number(process.argv[i + 1]) : 150 };
  const rate: Record<number, number[]> = { 1: [], 2: [] };
  for (const threads of [1, 2, 1, 2, 1, 2])
    rate[threads].push((threads * job.articles) / (await timed(threads, job)));
  const best = (xs: number[]) => Math.max(...xs);
  const v8 = process.execArgv.includes("--single-threaded") ? "V8 single-threaded" : "V8 defaults";
  process.stdout.write(
    `${cpus().length} CPUs, ${v8}, ${job.articles} articles per thread (best of 3):\n` +
      `  1 thread:  ${best(rate[1]).toFixed(1)} articles/s\n` +
      `  2 threads: ${best(rate[2]).toFixed(1)} articles/s (${(best(rate[2]) / best(rate[1])).toFixed(2)}x)\n`,
  );
}

if (isMainThread) await main();
else {
  analyseAll(workerData as Job);
  parentPort?.postMessage("done");
}
