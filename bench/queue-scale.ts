/**
 * Throughput of the scale-out path with 1 and with 2 workers (`npm run bench:scale [-- --articles
 * N] [-- --polnear [--data DIR]]`, which starts Redis and PostgreSQL first): N articles (the
 * examples cycled, see examples-corpus.ts; with --polnear the PolNeAR dev articles of
 * ../shared/data, cycled) enqueued, then `dossier worker` processes (one analysis thread each) started
 * on an empty database and timed until the queue reports all N completed (worker start-up
 * included). The embedded path (`dossier ingest --workers W` into a SQLite file) of the same
 * corpus is timed next to it. A benchmark, not a test: Markdown for docs/SCALING.md, then one
 * JSON line.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { queueStatus } from "../src/queue/status.js";
import { CLI } from "./child.js";
import { exampleRecords } from "./examples-corpus.js";
import { cycled, dataOption, polnearRecords } from "./polnear.js";

const REDIS_URL = process.env.DOSSIER_TEST_REDIS;
const PG_URL = process.env.DOSSIER_TEST_PG;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function dossier(args: string[]): void {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`dossier ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
}

async function newDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Seconds for `workers` worker processes to complete the `n` jobs of a freshly filled queue. */
async function queueRun(corpus: string, n: number, workers: number): Promise<number> {
  const queue = `${REDIS_URL}/${10 + workers}`;
  spawnSync("redis-cli", ["-u", queue, "flushdb"]);
  const db = await newDatabase(`bench_scale_${workers}`);
  dossier(["ingest", corpus, "--queue", queue]);
  const t0 = performance.now();
  const children = Array.from({ length: workers }, () =>
    spawn(process.execPath, [CLI, "worker", "--queue", queue, "--db", db], { stdio: "ignore" }),
  );
  while ((await queueStatus(queue)).completed < n) await sleep(200);
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(
    children.map((child) => new Promise((resolve) => child.on("exit", resolve).kill("SIGTERM"))),
  );
  return seconds;
}

function sqliteRun(corpus: string, dir: string, workers: number): number {
  const db = join(dir, `bench-${workers}.db`);
  const t0 = performance.now();
  dossier(["ingest", corpus, "--db", db, "--workers", String(workers)]);
  return (performance.now() - t0) / 1000;
}

async function main(): Promise<void> {
  if (!REDIS_URL || !PG_URL)
    throw new Error("run it as npm run bench:scale (it starts Redis and PostgreSQL)");
  const n = Number(option("--articles", "600"));
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-scale-"));
  const corpus = join(dir, "corpus.jsonl");
  const polnear = process.argv.includes("--polnear") ? polnearRecords(dataOption(process.argv)) : null;
  const records = polnear ? Array.from({ length: n }, (_, i) => cycled(polnear, i)) : exampleRecords(n);
  writeFileSync(corpus, `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
  const load = loadavg()[0].toFixed(2);
  const rows: { workers: number; queue: number; sqlite: number }[] = [];
  for (const workers of [1, 2])
    rows.push({
      workers,
      queue: n / (await queueRun(corpus, n, workers)),
      sqlite: n / sqliteRun(corpus, dir, workers),
    });
  rmSync(dir, { recursive: true, force: true });
  const r = (x: number) => x.toFixed(1);
  console.log(
    `Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), Node ${process.version}, 1-minute load ${load} at start.`,
  );
  const source = polnear ? "the PolNeAR dev articles" : "the examples";
  console.log(`Corpus: ${n} articles (${source} cycled with new ids).\n`);
  console.log(
    "| workers | queue → PostgreSQL (articles/s) | ingest → SQLite (articles/s) |\n|---:|---:|---:|",
  );
  for (const row of rows) console.log(`| ${row.workers} | ${r(row.queue)} | ${r(row.sqlite)} |`);
  const speedup = rows[1].queue / rows[0].queue;
  console.log(`\n2 workers / 1 worker on the queue: ${speedup.toFixed(2)}x\n`);
  console.log(JSON.stringify({ articles: n, rows, queueSpeedup: speedup }));
}

await main();
