/** `dossier queue status` and `dossier queue retry-failed`: what the queue holds, and failed jobs run again. */
import { checkRedis } from "./connection.js";
import { articleQueue } from "./jobs.js";

export interface QueueStatus {
  waiting: number;
  active: number;
  delayed: number;
  /** Completed jobs since the workers started counting (the queue keeps only the latest 1,000). */
  completed: number;
  failed: number;
  /** Workers connected now. */
  workers: number;
  /**
   * Articles completed per minute: in the minute under way (extrapolated from its start) and on
   * average over the last 15 whole minutes (BullMQ's metrics, kept by the workers).
   */
  perMinute: { now: number; last15: number };
  /** The most recent failures, with their reasons. */
  failures: { job: string; reason: string; attempts: number }[];
}

/** Failures listed by `queue status`. */
const FAILURES_SHOWN = 10;

export async function queueStatus(url: string): Promise<QueueStatus> {
  await checkRedis(url);
  const queue = articleQueue(url);
  try {
    const counts = await queue.getJobCounts(
      "waiting",
      "active",
      "delayed",
      "completed",
      "failed",
      "prioritized",
    );
    const metrics = await queue.getMetrics("completed", 0, 14);
    const recent = await queue.getFailed(0, FAILURES_SHOWN - 1);
    const minutes = metrics.data.slice(0, 15);
    const { count, prevTS, prevCount } = metrics.meta;
    const sinceMs = Date.now() - prevTS;
    return {
      waiting: counts.waiting + counts.prioritized,
      active: counts.active,
      delayed: counts.delayed,
      completed: Math.max(metrics.meta.count, counts.completed),
      failed: counts.failed,
      workers: await queue.getWorkersCount(),
      perMinute: {
        now: prevTS && sinceMs > 5_000 ? Math.round(((count - prevCount) * 60_000) / sinceMs) : 0,
        last15: minutes.length ? Math.round(minutes.reduce((a, b) => a + b, 0) / minutes.length) : 0,
      },
      failures: recent.map((job) => ({
        job: job.id ?? "?",
        reason: job.failedReason,
        attempts: job.attemptsMade,
      })),
    };
  } finally {
    await queue.close();
  }
}

/** Moves every failed job back to waiting; returns how many. */
export async function retryFailed(url: string): Promise<number> {
  await checkRedis(url);
  const queue = articleQueue(url);
  try {
    const failed = await queue.getFailedCount();
    await queue.retryJobs({ state: "failed" });
    return failed;
  } finally {
    await queue.close();
  }
}

export function statusText(s: QueueStatus): string {
  const lines = [
    `waiting ${s.waiting}, active ${s.active}, delayed (retry pending) ${s.delayed}, completed ${s.completed}, failed ${s.failed}`,
    `workers connected: ${s.workers}; throughput: ${s.perMinute.now} articles/min now, ${s.perMinute.last15}/min over the last 15 minutes`,
  ];
  if (s.failures.length) {
    lines.push(`latest failures (dossier queue retry-failed runs them again):`);
    for (const f of s.failures) lines.push(`  ${f.job}: ${f.reason} (${f.attempts} attempts)`);
  }
  return lines.join("\n");
}
