/**
 * How the analysis worker threads are made (ingest, analyze --jsonl --workers, the benchmark).
 * A larger young generation than V8's default for a worker: the pipeline allocates a great deal
 * of short-lived data per article, and fewer scavenges mean less work for the garbage collector's
 * helper threads, which otherwise take part of the other core from a second worker.
 */
import type { ResourceLimits } from "node:worker_threads";

export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 48 };
