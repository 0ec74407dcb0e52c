/** Scorer for the html dataset (see its README in ../shared/data/html). */
import type { EvalOptions, EvalReport } from "./report.js";

export function runHtml(options: EvalOptions): EvalReport {
  return {
    task: "html",
    data: options.dataDir,
    figures: {},
    table: [["figure", "value"]],
    notes: ["not implemented yet"],
  };
}
