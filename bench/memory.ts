/**
 * Peak memory at the caps (`npm run bench:memory [-- --scale F]`): the `dossier analyze` command,
 * as a user runs it, on hostile inputs just under the caps (text inputs: the 5 million characters
 * one article may have; HTML inputs: the 20 MB read cap), one child process each, with the JSON
 * written to a temporary file. Each child reports its own peak resident set size on exit.
 * `--scale 0.1` runs everything at a tenth of the caps (a quick look).
 * A benchmark, not a test: it prints a Markdown table for docs/RELIABILITY.md.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MAX_TEXT_CHARS } from "../src/document/index.js";
import { MAX_FILE_BYTES } from "../src/document/read.js";
import { packageRoot } from "../src/util/lexicon.js";
import { HOSTILE_CASES } from "./hostile.js";

const scaleArg = process.argv.indexOf("--scale");
const SCALE = scaleArg > 0 ? Number(process.argv[scaleArg + 1]) : 1;
/** Just under each cap: a little room for the cases whose unit does not divide the size. */
const TEXT_CHARS = Math.floor((MAX_TEXT_CHARS - 1000) * SCALE);
const HTML_BYTES = Math.floor((MAX_FILE_BYTES - 100_000) * SCALE);
const CLI = join(packageRoot(), "dist/src/cli/main.js");
// Loaded into each child with --import: it prints its own peak RSS (KB) as it exits.
const REPORT_RSS =
  "process.on('exit', () => process.stderr.write('peak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'));\n";

interface Row {
  name: string;
  seconds: number;
  peakMb: number;
  outMb: number;
  status: number | null;
  error: string;
}

function measure(name: string, input: string, html: boolean, dir: string, hook: string): Row {
  const file = join(dir, html ? "input.html" : "input.txt");
  const out = join(dir, "out.json");
  writeFileSync(file, input);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, "analyze", file, "--format", "json", "--out", out], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    maxBuffer: 1 << 24,
  });
  const seconds = (performance.now() - t0) / 1000;
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr);
  let outMb = 0;
  try {
    outMb = statSync(out).size / 1e6;
  } catch {}
  rmSync(out, { force: true });
  const error =
    r.stderr
      .replace(/peak-rss-kb \d+\n?/, "")
      .trim()
      .split("\n")[0] ?? "";
  return { name, seconds, peakMb: rss ? Number(rss[1]) / 1024 : Number.NaN, outMb, status: r.status, error };
}

const dir = mkdtempSync(join(tmpdir(), "dossier-memory-"));
const hook = join(dir, "report-rss.mjs");
writeFileSync(hook, REPORT_RSS);
try {
  console.log(
    `Text cases: ${TEXT_CHARS.toLocaleString("en")} characters; HTML cases: ${HTML_BYTES.toLocaleString("en")} bytes; node ${process.version}.\n`,
  );
  console.log("| input | seconds | peak RSS | JSON out | exit |");
  console.log("|---|---:|---:|---:|---|");
  for (const c of HOSTILE_CASES) {
    const row = measure(c.name, c.make(c.html ? HTML_BYTES : TEXT_CHARS), c.html ?? false, dir, hook);
    const exit = row.status === 0 ? "0" : `${row.status}: ${row.error}`;
    console.log(
      `| ${row.name} | ${row.seconds.toFixed(1)} | ${row.peakMb.toFixed(0)} MB | ${row.outMb.toFixed(1)} MB | ${exit} |`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
