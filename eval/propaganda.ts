/** Scorer for the propaganda dataset (see its README in ../shared/data/propaganda). */
import type { EvalOptions, EvalReport } from "./report.js";

export function runPropaganda(options: EvalOptions): EvalReport {
  return {
    task: "propaganda",
    data: options.dataDir,
    figures: {},
    table: [["figure", "value"]],
    notes: ["not implemented yet"],
  };
}
