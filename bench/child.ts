/**
 * Runs `dossier ...` as a user does, in a child process, and measures it from outside: wall time,
 * the CPU time of all its threads and its peak resident memory (reported by the child itself as
 * it exits, through a preloaded hook), and its resident memory sampled while it runs.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/util/lexicon.js";

export const CLI = join(packageRoot(), "dist/src/cli/main.js");

// Preloaded into the child with --import; only the main thread reports (workers load it too).
// The main thread's CPU time is what reading the input and the single writer cost.
const USAGE_HOOK = `import { readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
if (isMainThread) process.on("exit", () => {
  const u = process.resourceUsage();
  // the main thread's own CPU time (Linux: utime + stime of its task, in clock ticks of 10 ms)
  const task = readFileSync("/proc/self/task/" + process.pid + "/stat", "utf8").split(") ")[1].split(" ");
  const mainCpuSeconds = (Number(task[11]) + Number(task[12])) / 100;
  const cpuSeconds = (u.userCPUTime + u.systemCPUTime) / 1e6;
  process.stderr.write("bench-usage " + JSON.stringify({ cpuSeconds, peakRssMb: u.maxRSS / 1024, mainCpuSeconds }) + "\\n");
});
`;

export interface ChildRun {
  status: number | null;
  seconds: number;
  stdout: string;
  stderr: string;
  cpuSeconds: number;
  /** CPU time of the child's main thread (reading the input, the single writer). */
  mainCpuSeconds: number;
  peakRssMb: number;
  /** Resident memory (MB) every `sampleMs` while the child ran. */
  rssMb: number[];
}

function rssMbOf(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Runs the CLI with `args`; `input` (a stream) is piped to its standard input. */
export function runDossier(
  args: string[],
  workDir: string,
  input?: Readable,
  sampleMs = 2000,
): Promise<ChildRun> {
  const hook = join(workDir, "usage-hook.mjs");
  writeFileSync(hook, USAGE_HOOK);
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, NODE_OPTIONS: `--import=${pathToFileURL(hook).href}` },
    stdio: [input ? "pipe" : "ignore", "pipe", "pipe"],
  });
  if (input && child.stdin) input.pipe(child.stdin);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const rssMb: number[] = [];
  const sampler = setInterval(() => {
    const rss = child.pid ? rssMbOf(child.pid) : null;
    if (rss !== null) rssMb.push(Math.round(rss));
  }, sampleMs);
  return new Promise((resolve) => {
    child.on("close", (status) => {
      clearInterval(sampler);
      const usage = /bench-usage (.*)/.exec(stderr);
      const none = { cpuSeconds: Number.NaN, peakRssMb: Number.NaN, mainCpuSeconds: Number.NaN };
      const { cpuSeconds, peakRssMb, mainCpuSeconds } = usage ? JSON.parse(usage[1]) : none;
      resolve({
        status,
        seconds: (performance.now() - t0) / 1000,
        stdout,
        stderr: stderr.replace(/bench-usage .*\n?/, ""),
        cpuSeconds,
        mainCpuSeconds,
        peakRssMb,
        rssMb,
      });
    });
  });
}
