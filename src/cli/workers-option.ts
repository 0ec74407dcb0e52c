/** `--workers N` of the commands that analyse on a pool of threads (analyze --jsonl, ingest). */
import { availableParallelism } from "node:os";
import { InputError } from "../document/errors.js";

/** Beyond this many worker threads, memory (a few hundred MB each) grows with no gain. */
const MAX_WORKERS = 64;

/** The number of analysis threads asked for: the number of cores when not given. */
export function workerCount(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WORKERS)
    throw new InputError(`--workers '${value}' is not a number of threads from 1 to ${MAX_WORKERS}`);
  return n;
}
