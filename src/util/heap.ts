/**
 * V8 lets the old generation grow to up to four times what survived the last full collection
 * before collecting again. The pipeline keeps some 60 MB alive (models, lexicons) and allocates
 * fast, so a worker's resident memory climbed to ~290 MB. Growing by 30% at most, with a young
 * generation of 24 MB instead of 32 MB on the worker threads, keeps one worker's process near
 * 245 MB for about 2% more CPU time (measured over the 1,029 bench texts, `npm run bench`: 277 MB
 * with 50% and 32 MB; 238 MB with 20% and 24 MB for 3.5% more CPU; 8 MB of young generation
 * cost 8% of the speed). A process-wide setting: the command line and the worker threads call
 * this, the library leaves its host's heap alone.
 */
import { setFlagsFromString } from "node:v8";
import type { ResourceLimits } from "node:worker_threads";

let moderated = false;

export function moderateHeapGrowth(): void {
  if (moderated) return;
  moderated = true;
  setFlagsFromString("--heap-growing-percent=30");
}

/** The limits every analysing worker thread starts with (see above). */
export const ANALYSIS_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 24 };
