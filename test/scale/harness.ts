/**
 * What the scale-out tests share: a corpus of the repository's own example articles cycled with
 * new ids, the servers that `npm run test:scale` started (their URLs in the environment), and
 * `dossier worker` processes run as an operator would.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type ExampleRecord, exampleRecords } from "../../bench/examples-corpus.js";
import { analyze } from "../../src/analyze.js";
import type { QueueStatus } from "../../src/queue/status.js";
import { CLI, dossier, ROOT, tempDir } from "../helpers.js";

export const REDIS_URL = process.env.DOSSIER_TEST_REDIS;
export const SERVERS_DIR = process.env.DOSSIER_TEST_SERVERS;

/** `n` articles (ids scale-0 ...) cycling the examples, and a `poison` record that cannot be analysed. */
export function scaleCorpus(n: number, poison = false): { path: string; records: ExampleRecord[] } {
  const records = exampleRecords(n);
  const lines = records.map((r) => JSON.stringify(r));
  const unreadable = { id: "poison", html: "<html><body><script>var x;</script></body></html>" };
  if (poison) lines.splice(Math.floor(n / 2), 0, JSON.stringify(unreadable));
  const path = join(tempDir(), "scale.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return { path, records };
}

/** The quotes that the records hold once each, counted by analysing each distinct example once. */
export function expectedQuotes(records: ExampleRecord[]): number {
  const perText = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    const key = r.text ?? r.html ?? "";
    if (!perText.has(key)) perText.set(key, analyze({ ...r, id: "count" }).quotes.length);
    total += perText.get(key)!;
  }
  return total;
}

export interface RunningWorker {
  process: ChildProcess;
  log: string[];
  exited: Promise<number | null>;
}

const started = new Set<ChildProcess>();

/** Kills (SIGKILL) the workers a test started and left running: a failed test leaves no process. */
export function killLeftWorkers(): void {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  started.clear();
}

/** Starts `dossier worker` as a child process. */
export function startWorker(queue: string, db: string, extra: string[] = []): RunningWorker {
  const child = spawn(process.execPath, [CLI, "worker", "--queue", queue, "--db", db, ...extra], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
  });
  started.add(child);
  const log: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => log.push(...chunk.trim().split("\n")));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { process: child, log, exited };
}

/** Stops a worker with SIGTERM and returns its exit status. */
export async function stopWorker(worker: RunningWorker): Promise<number | null> {
  worker.process.kill("SIGTERM");
  return worker.exited;
}

export function json<T>(args: string[]): T {
  const r = dossier([...args, "--format", "json"]);
  if (r.status !== 0) throw new Error(`dossier ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** `dossier queue status --format json`, as a user reads it. */
export const queueStatus = (queue: string) => json<QueueStatus>(["queue", "status", "--queue", queue]);

/** Polls `check` until it holds; fails after `seconds`. */
export async function waitFor(what: string, check: () => Promise<boolean>, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

/** Restarts one of the servers (scripts/scale-servers.sh) while the workers run. */
export function restart(server: "redis" | "postgres"): void {
  const script = join(ROOT, "scripts/scale-servers.sh");
  const r = spawnSync("bash", [script, `restart-${server}`, SERVERS_DIR!], { stdio: "inherit" });
  if (r.status !== 0) throw new Error(`could not restart ${server}`);
}

export const queueUrl = (db: number) => `${REDIS_URL}/${db}`;
