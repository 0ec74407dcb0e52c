/**
 * The corpus at scale (`npm run bench:corpus [-- --articles N] [-- --workers N] [-- --db FILE]
 * [-- --keep] [-- --reuse] [-- --data DIR]`): builds a store of N articles (default 100,000) by
 * cycling the PolNeAR dev texts with new ids, streamed into `dossier ingest -` as a user would
 * pipe them, while sampling the process's resident memory; then times searches on it. The store
 * goes to the temporary folder (or --db) and is deleted unless --keep (never commit it); --reuse
 * times the searches on a store kept by an earlier run. Markdown for docs/PERFORMANCE.md, then a
 * JSON line.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { openSqliteStore } from "../src/corpus/store/sqlite/store.js";
import { runDossier } from "./child.js";
import { cycled, dataOption, type IngestRecord, polnearRecords } from "./polnear.js";
import { type BenchQuery, benchQueries } from "./queries.js";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(name);
const log = (s = "") => process.stdout.write(`${s}\n`);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** JSON Lines of `n` cycled records, produced as the child reads them (nothing held in memory). */
function recordStream(records: IngestRecord[], n: number): Readable {
  return Readable.from(
    (function* () {
      for (let i = 0; i < n; i++) yield `${JSON.stringify(cycled(records, i))}\n`;
    })(),
  );
}

async function buildStore(records: IngestRecord[], n: number, db: string, workers: string, dir: string) {
  const load = loadavg()[0];
  const run = await runDossier(
    ["ingest", "-", "--db", db, "--workers", workers, "--format", "json"],
    dir,
    recordStream(records, n),
    5000,
  );
  if (run.status !== 0) throw new Error(`ingest failed (status ${run.status}): ${run.stderr.slice(0, 500)}`);
  const summary = JSON.parse(run.stdout.trim());
  const rss = [...run.rssMb].sort((a, b) => a - b);
  const tenth = Math.max(1, Math.floor(run.rssMb.length / 10));
  log(
    `Ingest of ${n.toLocaleString("en-US")} articles (${summary.workers} workers, 1-min load ${load.toFixed(2)} at start):\n`,
  );
  log("| figure | value |\n|---|---:|");
  log(`| seconds | ${round(run.seconds)} |`);
  log(`| articles/s | ${round(summary.articlesPerSec)} |`);
  log(`| stored / failed | ${summary.stored} / ${summary.failed} |`);
  log(`| CPU seconds (all threads) | ${round(run.cpuSeconds)} |`);
  log(`| main thread (reader + writer) CPU seconds | ${round(run.mainCpuSeconds)} |`);
  log(`| peak RSS (whole process) | ${round(run.peakRssMb)} MB |`);
  log(`| RSS sampled every 5 s: min / median / max | ${rss[0]} / ${quantile(rss, 0.5)} / ${rss.at(-1)} MB |`);
  const mean = (xs: number[]) => Math.round(xs.reduce((s, x) => s + x, 0) / xs.length);
  log(
    `| RSS, mean of the first and of the last tenth of the run | ${mean(run.rssMb.slice(0, tenth))} / ${mean(run.rssMb.slice(-tenth))} MB |`,
  );
  const curve = Array.from({ length: 20 }, (_, k) => run.rssMb[Math.floor((k * run.rssMb.length) / 20)]);
  log(`\nRSS (MB) at each twentieth of the run: ${curve.join(", ")}`);
  return {
    seconds: run.seconds,
    articlesPerSec: summary.articlesPerSec,
    peakRssMb: run.peakRssMb,
    rssMb: run.rssMb,
  };
}

async function timeSearches(db: string, queries: BenchQuery[], passes: number) {
  const store = openSqliteStore(db);
  const ms: { kind: string; ms: number; query: BenchQuery }[] = [];
  for (const q of queries) await store.search(q.query, q.filters); // one untimed pass: statements prepared, pages cached
  for (let p = 0; p < passes; p++)
    for (const q of queries) {
      const t0 = performance.now();
      await store.search(q.query, { limit: 20, ...q.filters });
      ms.push({ kind: q.kind, ms: performance.now() - t0, query: q });
    }
  const stats = await store.stats();
  await store.close();
  return { ms, stats };
}

function reportSearches(
  ms: { kind: string; ms: number; query: BenchQuery }[],
  queries: number,
  passes: number,
) {
  log(
    `\nSearch: ${queries} queries × ${passes} passes, \`store.search(query, { limit: 20 })\` in process (milliseconds):\n`,
  );
  log("| queries | n | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|");
  const row = (name: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    log(
      `| ${name} | ${s.length} | ${round(quantile(s, 0.5), 2)} | ${round(quantile(s, 0.95), 2)} | ${round(quantile(s, 0.99), 2)} | ${round(s.at(-1)!, 2)} |`,
    );
    return { p50: round(quantile(s, 0.5), 2), p95: round(quantile(s, 0.95), 2), max: round(s.at(-1)!, 2) };
  };
  const all = row(
    "all",
    ms.map((m) => m.ms),
  );
  for (const kind of [...new Set(ms.map((m) => m.kind))])
    row(
      kind,
      ms.filter((m) => m.kind === kind).map((m) => m.ms),
    );
  log("\nThe five slowest:");
  for (const m of [...ms].sort((a, b) => b.ms - a.ms).slice(0, 5))
    log(`- ${round(m.ms)} ms: \`${m.query.query}\` ${JSON.stringify(m.query.filters)}`);
  return all;
}

async function main(): Promise<void> {
  const n = Number(option("--articles", "100000"));
  const workers = option("--workers", String(cpus().length));
  const dir = mkdtempSync(join(tmpdir(), "dossier-bench-corpus-"));
  const db = option("--db", join(tmpdir(), "dossier-bench-corpus.db"));
  const records = polnearRecords(dataOption(process.argv));
  log(`Machine: ${cpus().length} CPUs (${cpus()[0]?.model ?? "?"}), Node ${process.version}.\n`);
  let ingest = null;
  if (flag("--reuse") && existsSync(db)) log(`Reusing ${db}.\n`);
  else {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
    ingest = await buildStore(records, n, db, workers, dir);
  }
  const size = (path: string) => (existsSync(path) ? statSync(path).size : 0);
  const dbMb = (size(db) + size(`${db}-wal`)) / 1048576;
  const queries = await benchQueries(records, db);
  const passes = 3;
  const { ms, stats } = await timeSearches(db, queries, passes);
  log(
    `\nStore: ${stats.articles.toLocaleString("en-US")} articles, ${stats.quotes.toLocaleString("en-US")} quotes, ${stats.clusters.toLocaleString("en-US")} clusters; ${round(dbMb / 1024, 2)} GB on disk.`,
  );
  const search = reportSearches(ms, queries.length, passes);
  log(
    JSON.stringify({
      articles: stats.articles,
      dbGb: round(dbMb / 1024, 2),
      ingest: ingest && { ...ingest, rssMb: undefined },
      search,
    }),
  );
  rmSync(dir, { recursive: true, force: true });
  if (flag("--keep")) log(`\nStore kept: ${db} (delete it when done; never commit it).`);
  else for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
}

await main();
