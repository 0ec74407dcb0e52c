/**
 * Storing through an outage of the database: a write that fails because PostgreSQL cannot be
 * reached is tried again with a growing pause until it succeeds, so a restarted server costs no
 * job an attempt; a worker that is stopping gives up at once and hands the job back.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { ServiceError } from "../util/service-error.js";

const FIRST_PAUSE_MS = 250;
const MAX_PAUSE_MS = 15_000;

export class Stopping extends Error {
  constructor() {
    super("the worker is stopping");
  }
}

export async function untilReachable<T>(
  work: () => Promise<T>,
  stopping: AbortSignal,
  onWait: (error: ServiceError, pauseMs: number) => void,
): Promise<T> {
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(2 * pause, MAX_PAUSE_MS)) {
    if (stopping.aborted) throw new Stopping();
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      onWait(error, pause);
      await sleep(pause, undefined, { signal: stopping }).catch(() => {});
    }
  }
}
