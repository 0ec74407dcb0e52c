/**
 * The analysis thread of `dossier serve` (a piscina worker): the pipeline is CPU work of up to
 * seconds per article, which would stall every other request if it ran on the server's thread.
 */
import type { Analysis } from "../analysis.js";
import { analyze } from "../analyze.js";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";

export interface AnalyzeTask {
  document: DocumentInput;
  date?: string;
}

/** The Analysis, or the one-line reason the article could not be analysed. */
export type AnalyzeOutcome = { analysis: Analysis } | { error: string; input: boolean };

export default function analyzeTask({ document, date }: AnalyzeTask): AnalyzeOutcome {
  try {
    return { analysis: analyze(document, { date }) };
  } catch (error) {
    return error instanceof InputError
      ? { error: error.message, input: true }
      : { error: (error as Error).message, input: false };
  }
}
