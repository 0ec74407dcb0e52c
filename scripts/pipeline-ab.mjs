// Compares the whole pipeline of two builds in one process (docs/PERFORMANCE.md): both builds'
// analyze() run over the benchmark's timed texts, alternating pass by pass, and the median words per
// CPU-second and quotes-stage time of each are printed. In one process both see the same load, so
// the ratio holds on a busy machine where two separate bench runs differ by more than the builds.
//   npm run build && node scripts/pipeline-ab.mjs DIST_A DIST_B [--passes N] [--data DIR]
// DIST_A / DIST_B: the dist folders of two builds (e.g. a worktree of the session start's
// `dist` and this checkout's `dist`).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { defaultDataDir } from "../dist/eval/data.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { passes: { type: "string", default: "6" }, data: { type: "string" } },
});
if (positionals.length !== 2) {
  process.stderr.write("pipeline-ab: give two dist folders: node scripts/pipeline-ab.mjs DIST_A DIST_B\n");
  process.exit(2);
}
const dists = positionals.map((d) => resolve(d));
for (const d of dists)
  if (!existsSync(`${d}/src/index.js`)) {
    process.stderr.write(`pipeline-ab: no build in ${d} (expected ${d}/src/index.js; run npm run build there)\n`);
    process.exit(2);
  }
const passes = Math.max(2, Number(values.passes) || 6);
const { loadSources } = await import(pathToFileURL(`${dists[0]}/bench/corpus.js`).href);
const { articles } = loadSources(values.data ?? defaultDataDir());
if (articles.length === 0) {
  process.stderr.write("pipeline-ab: no benchmark texts found (see docs/EVALUATION.md for the data root)\n");
  process.exit(2);
}
const words = articles.reduce((n, a) => n + a.words, 0);
const builds = [];
for (const d of dists) builds.push((await import(pathToFileURL(`${d}/src/index.js`).href)).analyze);

/** One pass of `analyze` over every text: [words per CPU-second, quotes-stage ms]. */
function pass(analyze) {
  let quotes = 0;
  const before = process.cpuUsage();
  for (const a of articles) {
    const timings = {};
    analyze({ id: a.id, text: a.text, dct: a.dct ?? null }, { timings });
    quotes += timings.quotes ?? 0;
  }
  const cpu = process.cpuUsage(before);
  return [words / ((cpu.user + cpu.system) / 1e6), quotes];
}

// warm-up (the compiler, the lexicons, the syntax model), then alternate which build goes first
for (const analyze of builds) for (const a of articles.slice(0, 200)) analyze({ id: a.id, text: a.text });
const runs = [[], []];
for (let p = 0; p < passes; p++) {
  const order = p % 2 ? [1, 0] : [0, 1];
  for (const b of order) runs[b].push(pass(builds[b]));
}
const median = (rows, k) => rows.map((r) => r[k]).sort((x, y) => x - y)[Math.floor(rows.length / 2)];
const [a, b] = runs.map((rows) => [median(rows, 0), median(rows, 1)]);
console.log(`A ${dists[0]}: ${a[0].toFixed(0)} words per CPU-second, quotes stage ${a[1].toFixed(0)} ms`);
console.log(`B ${dists[1]}: ${b[0].toFixed(0)} words per CPU-second, quotes stage ${b[1].toFixed(0)} ms`);
console.log(`B/A ${(b[0] / a[0]).toFixed(3)} (${articles.length} texts, ${words} words, median of ${passes} passes)`);
