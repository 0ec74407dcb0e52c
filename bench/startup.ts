/**
 * Start-up as a user meets it: `dossier --version`, and `dossier analyze` of one paragraph (on
 * standard input, as JSON), each run in a new process; the best of a few runs, since a shared
 * machine only ever makes a run slower.
 */
import { spawnSync } from "node:child_process";
import { CLI } from "./child.js";

/** The paragraph of the one-paragraph analysis: an ordinary news paragraph with a quote. */
export const PARAGRAPH =
  "“Japanese-Russian relations are in a difficult state due to the situation in Ukraine, but our " +
  "country will adhere to a policy aimed at solving the territorial problem and concluding a peace " +
  "treaty,” Prime Minister Fumio Kishida told parliament on Friday, TASS reported.\n";

function bestWallMs(args: string[], runs: number, input?: string): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: "utf8" });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`dossier ${args.join(" ")} failed: ${r.stderr}`);
    best = Math.min(best, ms);
  }
  return best;
}

export function startupFigures(runs = 5): { startupMs: number; oneParagraphMs: number } {
  return {
    startupMs: Math.round(bestWallMs(["--version"], runs)),
    oneParagraphMs: Math.round(bestWallMs(["analyze", "-", "--format", "json"], runs, PARAGRAPH)),
  };
}
