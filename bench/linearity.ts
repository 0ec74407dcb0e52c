/**
 * Linearity check (`npm run bench:linearity`): the whole pipeline on one long article (the example
 * article repeated) and on hostile paragraphs at growing sizes. Linear stages keep ms per KB flat
 * as the input grows; a quadratic one multiplies it. A benchmark, not a test: it prints a table.
 */
import { analyze } from "../src/analyze.js";
import { HOSTILE_CASES as CASES, type HostileCase as Case } from "./hostile.js";

const SIZES = [32_000, 128_000, 512_000, 2_048_000];

function time(c: Case, chars: number): number {
  const input = c.make(chars);
  const t0 = performance.now();
  analyze(c.html ? { html: input } : { text: input });
  return performance.now() - t0;
}

console.log(`| input | ${SIZES.map((s) => `${s / 1000} KB`).join(" | ")} | growth per 4x |`);
console.log(`|---|${SIZES.map(() => "---:").join("|")}|---:|`);
time(CASES[0], 8_000); // warm-up: lexicons loaded, code compiled
for (const c of CASES) {
  const ms = SIZES.map((s) => time(c, s));
  const growth = (ms[ms.length - 1] / ms[0]) ** (1 / (SIZES.length - 1));
  console.log(`| ${c.name} | ${ms.map((m) => `${Math.round(m)} ms`).join(" | ")} | ${growth.toFixed(1)}x |`);
}
