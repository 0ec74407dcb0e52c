/** Scorer for the quotes dataset (see its README in ../shared/data/quotes). */
import type { EvalOptions, EvalReport } from "./report.js";

export function runQuotes(options: EvalOptions): EvalReport {
  return {
    task: "quotes",
    data: options.dataDir,
    figures: {},
    table: [["figure", "value"]],
    notes: ["not implemented yet"],
  };
}
