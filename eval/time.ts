/** Scorer for the time dataset (see its README in ../shared/data/time). */
import type { EvalOptions, EvalReport } from "./report.js";

export function runTime(options: EvalOptions): EvalReport {
  return {
    task: "time",
    data: options.dataDir,
    figures: {},
    table: [["figure", "value"]],
    notes: ["not implemented yet"],
  };
}
