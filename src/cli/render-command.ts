/** `dossier render ANALYSIS.json`: a saved Analysis as a terminal report, Markdown or one HTML page. */
import { readFileSync, statSync } from "node:fs";
import { Analysis, contractProblems } from "../analysis.js";
import { InputError } from "../document/errors.js";
import { render } from "../render/index.js";
import { chosenFormat } from "./format-option.js";
import { checkOutPath, Output, useColor } from "./output.js";

export interface RenderCommandOptions {
  format?: string;
  out?: string;
  color?: boolean;
}

/** A saved Analysis is one JSON document; past this size it is no single article's. */
const MAX_ANALYSIS_BYTES = 512 * 1024 * 1024;

function readAnalysis(path: string): Analysis {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new InputError(`'${path}' does not exist: give a file written by dossier analyze --format json`);
  }
  if (size > MAX_ANALYSIS_BYTES) throw new InputError(`'${path}' is over 512 MB: it is not one Analysis`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new InputError(
      `'${path}' is not JSON (${(error as Error).message}): give dossier analyze --format json output`,
    );
  }
  const parsed = Analysis.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(
      `'${path}' is not a dossier.analysis/1 Analysis: ${issue.path.join(".")}: ${issue.message}`,
    );
  }
  const problems = contractProblems(parsed.data);
  if (problems.length > 0)
    throw new InputError(`'${path}' has a span that does not fit its text: ${problems[0]}`);
  return parsed.data;
}

export async function renderCommand(path: string, options: RenderCommandOptions): Promise<number> {
  const format = chosenFormat(options.format, options.out, "text");
  if (options.out) checkOutPath(options.out, [path]);
  const analysis = readAnalysis(path);
  const output = new Output(options.out);
  if (format === "json") await output.writeJson(analysis, 2);
  else await output.write(render(analysis, format, { color: useColor(options.color, options.out) }));
  await output.close();
  return 0;
}
