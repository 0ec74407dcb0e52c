/**
 * One JSON Lines record of `analyze --jsonl`, analysed into what the command writes: the
 * Analysis's JSON (in chunks, ./json-stream.ts) and its warnings, or why it is skipped. The same
 * function runs in the command's process (one worker) and on the pool's threads (./jsonl-worker.ts),
 * so the output is the same whatever the number of workers.
 */
import { analyze } from "../analyze.js";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";
import { jsonChunks } from "./json-stream.js";

export type RecordOutcome = { json: string[]; id: string; warnings: string[] } | { skipped: string };

export const NO_TEXT =
  "has no article text that could be extracted (only frames, scripts, images or page furniture?): give the article's own page or its text";

/** A bad record never stops the batch, whatever the reason (no text, over the text cap, a bug). */
export function analyzeRecord(document: DocumentInput, date: string | undefined): RecordOutcome {
  try {
    const analysis = analyze(document, { date });
    if (analysis.text.trim() === "") return { skipped: NO_TEXT };
    return { json: [...jsonChunks(analysis)], id: analysis.id, warnings: analysis.meta.warnings ?? [] };
  } catch (error) {
    return {
      skipped:
        error instanceof InputError ? error.message : `could not be analysed (${(error as Error).message})`,
    };
  }
}
