/**
 * The pipeline on 1 and on N worker threads (bench/parallel.ts), each count in a child process of
 * its own, alternating 1, N, N, 1, ... so that both see the same load from other processes.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { packageRoot } from "../src/util/lexicon.js";

export interface PoolRun {
  workers: number;
  articles: number;
  words: number;
  seconds: number;
  wordsPerSec: number;
  articlesPerSec: number;
  cpuSeconds: number;
  cpuPerWall: number;
  peakRssMb: number;
  loadavg1m: number;
}

const PARALLEL = join(packageRoot(), "dist/bench/parallel.js");

function poolRun(workers: number, data: string, warmupMb: number, mb: number): PoolRun {
  const args = [PARALLEL, "--workers", String(workers), "--data", data, "--warmup-mb", String(warmupMb)];
  if (Number.isFinite(mb)) args.push("--mb", String(mb));
  const r = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 });
  const last = r.stdout.trim().split("\n").pop() ?? "";
  if (r.status !== 0 || !last.startsWith("{"))
    throw new Error(`bench/parallel.js --workers ${workers} failed: ${r.stderr}`);
  return JSON.parse(last) as PoolRun;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Every run, and the median words/s of each worker count. */
export function poolFigures(
  counts: readonly number[],
  options: { data: string; warmupMb: number; mb: number; repeat: number; note: (s: string) => void },
): { runs: PoolRun[]; wordsPerSec: Record<number, number> } {
  const runs: PoolRun[] = [];
  for (let r = 0; r < options.repeat; r++)
    for (const workers of r % 2 ? [...counts].reverse() : counts) {
      const run = poolRun(workers, options.data, options.warmupMb, options.mb);
      options.note(
        `bench: ${workers} worker(s): ${Math.round(run.wordsPerSec)} words/s, cpu/wall ${run.cpuPerWall.toFixed(2)}, load ${run.loadavg1m.toFixed(2)}`,
      );
      runs.push(run);
    }
  const wordsPerSec: Record<number, number> = {};
  for (const w of counts)
    wordsPerSec[w] = Math.round(median(runs.filter((r) => r.workers === w).map((r) => r.wordsPerSec)));
  return { runs, wordsPerSec };
}
