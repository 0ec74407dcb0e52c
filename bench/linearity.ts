/**
 * Linearity check (`npm run bench:linearity`): the whole pipeline on one long article (the example
 * article repeated) and on hostile paragraphs at growing sizes. Linear stages keep ms per KB flat
 * as the input grows; a quadratic one multiplies it. A benchmark, not a test: it prints a table.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../src/analyze.js";
import { packageRoot } from "../src/util/lexicon.js";

interface Case {
  name: string;
  make: (chars: number) => string;
  html?: boolean;
}

const seed = readFileSync(join(packageRoot(), "examples/russia-japan-peace-treaty.txt"), "utf8");
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

const CASES: Case[] = [
  {
    name: "example article repeated",
    make: (n) =>
      Array(Math.max(1, Math.round(n / seed.length)))
        .fill(seed)
        .join("\n\n"),
  },
  { name: "one enormous token", make: (n) => fill("a", n) },
  { name: 'a run of " marks', make: (n) => fill('"', n) },
  { name: "Capitalised Words, no full stop", make: (n) => fill("The Big Red Company Of The North ", n) },
  { name: "dates and digits, no full stop", make: (n) => fill("1234 5678 2022 1999 March 3, ", n) },
  {
    name: "HTML nested deeper each time",
    make: (n) => `${"<div>".repeat(n / 11)}text${"</div>".repeat(n / 11)}`,
    html: true,
  },
];
const SIZES = [32_000, 128_000, 512_000];

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
