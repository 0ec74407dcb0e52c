/** Scorer for the ner dataset (see its README in ../shared/data/ner). */
import type { EvalOptions, EvalReport } from "./report.js";

export function runNer(options: EvalOptions): EvalReport {
  return {
    task: "ner",
    data: options.dataDir,
    figures: {},
    table: [["figure", "value"]],
    notes: ["not implemented yet"],
  };
}
