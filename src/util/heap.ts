/**
 * V8 lets the old generation grow to up to four times what survived the last full collection
 * before collecting again. The pipeline keeps some 60 MB alive (models, lexicons) and allocates
 * fast, so a worker's resident memory climbed to ~290 MB; growing by half at most keeps it near
 * 210 MB for the same CPU time (measured over the 1,029 bench texts). A process-wide setting:
 * the command line and the worker threads call this, the library leaves its host's heap alone.
 */
import { setFlagsFromString } from "node:v8";

let moderated = false;

export function moderateHeapGrowth(): void {
  if (moderated) return;
  moderated = true;
  setFlagsFromString("--heap-growing-percent=50");
}
