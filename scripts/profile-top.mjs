// The functions the pipeline spends its time in (docs/PERFORMANCE.md, "Where the time goes"): a
// CPU profile (V8's sampling profiler through node:inspector) of `analyze` over PolNeAR dev texts
// after a warm-up, printed as the top functions by self time.
//   npm run build && node scripts/profile-top.mjs [--data DIR] [--articles N] [--top K]
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../dist/eval/data.js";
import { analyze } from "../dist/src/index.js";

const { values } = parseArgs({
  options: { data: { type: "string" }, articles: { type: "string", default: "300" }, top: { type: "string", default: "10" } },
});
const file = join(values.data ?? defaultDataDir(), "quotes/polnear-dev.jsonl");
let records;
try {
  records = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
} catch (error) {
  process.stderr.write(`profile-top: cannot read ${file}: ${error.message} (pass --data DIR)\n`);
  process.exit(2);
}
const warm = records.slice(0, 100);
const timed = records.slice(100, 100 + Number(values.articles));
for (const r of warm) analyze({ id: r.id, text: r.text });

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
for (const r of timed) analyze({ id: r.id, text: r.text });
const { profile } = await session.post("Profiler.stop");

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  const where = url ? `${url.split("/").slice(-2).join("/")}:${lineNumber + 1}` : "";
  const key = `${functionName || "(anonymous)"} ${where}`.trim();
  self.set(key, (self.get(key) ?? 0) + dt);
  total += dt;
});
console.log(`${timed.length} articles, ${(total / 1e6).toFixed(2)} s profiled; self time:`);
for (const [key, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${key}`);
