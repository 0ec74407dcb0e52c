/**
 * Ingest rate with 1 and with 2 workers (`npm run bench:ingest [-- --repeat N] [-- --workers 1,2]
 * [-- --copies N] [-- --data DIR]`): `dossier ingest` of the PolNeAR dev split (402 articles;
 * `--copies 3`: three copies with new ids, so that start-up weighs less) into a new store, as a
 * user runs it (worker start-up and the final commit included). The worker counts alternate
 * run by run, so that each sees the same load from other processes on a shared machine; the
 * figures are the median of the repeats. A benchmark, not a test: Markdown for
 * docs/PERFORMANCE.md, then one JSON line.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { runDossier } from "./child.js";
import { cycled, dataOption, polnearRecords } from "./polnear.js";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

interface Run {
  workers: number;
  seconds: number;
  articlesPerSec: number;
  cpuSeconds: number;
  mainCpuSeconds: number;
  load1: number;
}

async function ingestOnce(input: string, dir: string, workers: number, articles: number): Promise<Run> {
  const db = join(dir, `w${workers}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
  const load1 = loadavg()[0];
  const run = await runDossier(
    ["ingest", input, "--db", db, "--workers", String(workers), "--format", "json"],
    dir,
  );
  const summary = JSON.parse(run.stdout.trim());
  if (run.status !== 0 || summary.stored !== articles)
    throw new Error(`ingest failed (status ${run.status}): ${run.stderr.slice(0, 500)}`);
  const { seconds, cpuSeconds, mainCpuSeconds } = run;
  return { workers, seconds, articlesPerSec: articles / seconds, cpuSeconds, mainCpuSeconds, load1 };
}

async function main(): Promise<void> {
  const repeat = Number(option("--repeat", "3"));
  const counts = option("--workers", "1,2").split(",").map(Number);
  const dev = polnearRecords(dataOption(process.argv));
  const records = Array.from({ length: dev.length * Number(option("--copies", "1")) }, (_, i) =>
    cycled(dev, i),
  );
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-ingest-"));
  const input = join(dir, "polnear-dev.jsonl");
  writeFileSync(input, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const runs: Run[] = [];
  try {
    for (let r = 0; r < repeat; r++)
      // alternate the order too: 1,2 then 2,1, so neither always runs first
      for (const workers of r % 2 ? [...counts].reverse() : counts) {
        const run = await ingestOnce(input, dir, workers, records.length);
        runs.push(run);
        process.stderr.write(
          `bench: ${workers} worker(s): ${run.seconds.toFixed(2)} s, ${run.articlesPerSec.toFixed(1)} articles/s, load ${run.load1.toFixed(2)}\n`,
        );
      }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  report(runs, counts, records.length);
}

function report(runs: Run[], counts: number[], articles: number): void {
  const log = (s = "") => process.stdout.write(`${s}\n`);
  const rate = Object.fromEntries(
    counts.map((w) => [w, median(runs.filter((r) => r.workers === w).map((r) => r.articlesPerSec))]),
  );
  log(`Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), Node ${process.version}.`);
  log(
    `Input: PolNeAR dev (cycled with new ids past 402), ${articles} articles, into a new store each run.\n`,
  );
  log(
    "| run | workers | seconds | articles/s | CPU seconds | CPU / wall | main thread CPU s | 1-min load at start |",
  );
  log("|---:|---:|---:|---:|---:|---:|---:|---:|");
  runs.forEach((r, i) => {
    log(
      `| ${i + 1} | ${r.workers} | ${r.seconds.toFixed(2)} | ${r.articlesPerSec.toFixed(1)} | ${r.cpuSeconds.toFixed(1)} | ${(r.cpuSeconds / r.seconds).toFixed(2)} | ${r.mainCpuSeconds.toFixed(1)} | ${r.load1.toFixed(2)} |`,
    );
  });
  log();
  for (const w of counts) log(`- median with ${w} worker(s): ${rate[w].toFixed(1)} articles/s`);
  const speedup = counts.length >= 2 ? rate[counts[1]] / rate[counts[0]] : null;
  if (speedup !== null)
    log(`- speedup ${counts[1]} vs ${counts[0]} workers (medians): ${speedup.toFixed(2)}x`);
  log(
    JSON.stringify({
      articles,
      articlesPerSec: Object.fromEntries(counts.map((w) => [w, round(rate[w], 1)])),
      speedup: speedup === null ? null : round(speedup),
      runs: runs.map((r) => ({
        ...r,
        seconds: round(r.seconds),
        articlesPerSec: round(r.articlesPerSec, 1),
      })),
    }),
  );
}

await main();
