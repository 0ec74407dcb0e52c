/**
 * Running the pipeline for the server: on a worker thread (`dossier serve`), so a long article
 * never stalls the other requests, or in this thread (tests, embedding).
 */
import { Piscina } from "piscina";
import type { Analysis } from "../analysis.js";
import { analyze } from "../analyze.js";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";
import type { AnalyzeOutcome, AnalyzeTask } from "./analyze-worker.js";
import { ANALYSIS_WORKER_LIMITS } from "../util/heap.js";

/** Analyses one article; an article that cannot be analysed rejects with an InputError. */
export type Analyzer = (document: DocumentInput, date?: string) => Promise<Analysis>;

export const inThreadAnalyzer: Analyzer = async (document, date) => analyze(document, { date });

export interface ThreadAnalyzer {
  analyze: Analyzer;
  close(): Promise<void>;
}

/** Analyses on up to `threads` worker threads (one is kept warm, with the model loaded). */
export function threadAnalyzer(threads = 1): ThreadAnalyzer {
  const pool = new Piscina<AnalyzeTask, AnalyzeOutcome>({
    filename: new URL("./analyze-worker.js", import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: ANALYSIS_WORKER_LIMITS,
  });
  return {
    async analyze(document, date) {
      const outcome = await pool.run({ document, date });
      if ("analysis" in outcome) return outcome.analysis;
      throw outcome.input ? new InputError(outcome.error) : new Error(outcome.error);
    },
    close: () => pool.destroy(),
  };
}
