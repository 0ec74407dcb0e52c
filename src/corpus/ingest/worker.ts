/**
 * The ingest worker (a piscina thread): analyses one article. Runs the same pure `analyze` as
 * every other command; a failure is returned as a message, so one bad article never stops a batch.
 */
import type { Analysis } from "../../analysis.js";
import { analyze } from "../../analyze.js";
import { InputError } from "../../document/errors.js";
import type { DocumentInput } from "../../document/input.js";
import { moderateHeapGrowth } from "../../util/heap.js";
import { packAnalysis } from "../store/pack.js";

moderateHeapGrowth();

/** The Analysis, and its stored form (packed here, off the single writer's thread). */
export type AnalyzeResult = { analysis: Analysis; packed: Uint8Array } | { error: string };

export const NO_TEXT =
  "has no article text that could be extracted (only frames, scripts, images or page furniture?)";

export default function analyzeTask(document: DocumentInput): AnalyzeResult {
  try {
    const analysis = analyze(document);
    if (analysis.text.trim() === "") return { error: NO_TEXT };
    return { analysis, packed: packAnalysis(analysis) };
  } catch (error) {
    return {
      error:
        error instanceof InputError ? error.message : `could not be analysed (${(error as Error).message})`,
    };
  }
}
