/** `dossier analyze`: one article (file, URL, stdin) or a JSON Lines file of many. */
import type { Analysis } from "../analysis.js";
import { analyze } from "../analyze.js";
import { requireIsoDate } from "../document/dct.js";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";
import { fetchUrlDocument, isUrl, readFileDocument, readStdinDocument } from "../document/read.js";
import { type Format, render } from "../render/index.js";
import { moderateHeapGrowth } from "../util/heap.js";
import { checkOutPath, Output, useColor } from "./output.js";
import { chosenFormat } from "./format-option.js";
import { NO_TEXT } from "./jsonl-record.js";

export interface AnalyzeCommandOptions {
  format?: string;
  date?: string;
  out?: string;
  jsonl?: string;
  strictLanguage?: boolean;
  color?: boolean;
  /** --jsonl: analysis threads (default: the number of cores). */
  workers?: string;
}

/** Exit status of `--strict-language` for an article in a language dossier does not analyse. */
export const EXIT_UNSUPPORTED_LANGUAGE = 3;

/** The Analysis's warnings on stderr, one line each, naming the record when there are many. */
function warn(analysis: Analysis, record?: string): void {
  for (const w of analysis.meta.warnings ?? [])
    process.stderr.write(`dossier: ${record ? `${record} (id ${analysis.id}): ` : ""}${w}\n`);
}

async function loadDocument(input: string): Promise<DocumentInput> {
  if (input === "-") return readStdinDocument();
  if (isUrl(input)) return fetchUrlDocument(input);
  return readFileDocument(input);
}

/**
 * A text, Markdown or HTML report. Such a report is one string; one too long for JavaScript
 * (hundreds of megabytes, from a dense article near the 20 MB cap) is refused with a pointer to
 * JSON, which is written piece by piece.
 */
function report(analysis: Analysis, format: Format, color: boolean): string {
  try {
    return render(analysis, format, { color });
  } catch (error) {
    if (error instanceof RangeError && /string length/i.test(error.message))
      throw new InputError(
        `the ${format} report of this article is too large to build (over 500 MB): use --format json, which is written piece by piece`,
      );
    throw error;
  }
}

/** Runs the command on the inputs given (none with --jsonl); returns the exit status. */
export async function analyzeCommand(inputs: string[], options: AnalyzeCommandOptions): Promise<number> {
  moderateHeapGrowth();
  const date = options.date ? requireIsoDate(options.date) : undefined;
  if (options.out) checkOutPath(options.out, options.jsonl ? [options.jsonl, ...inputs] : inputs);
  if (options.jsonl) {
    const format = options.format ?? "jsonl";
    if (format !== "jsonl" && format !== "json")
      throw new InputError(`--jsonl writes one Analysis per line: use --format jsonl (not '${format}')`);
    // the worker pool and progress bar load only for a batch
    const { analyzeJsonl } = await import("./jsonl-batch.js");
    return analyzeJsonl({ path: options.jsonl, date, out: options.out, workers: options.workers });
  }
  if (inputs.length === 0)
    throw new InputError(
      "give an article: a file, an http(s) URL, or - for standard input (see dossier analyze --help)",
    );
  for (const input of inputs)
    if (/\.jsonl$/i.test(input))
      throw new InputError(
        `'${input}' looks like JSON Lines: use dossier analyze --jsonl ${input} --format jsonl`,
      );
  const format = chosenFormat(options.format, options.out, "text");
  if (inputs.length > 1) return analyzeMany(inputs, format, date, options);
  const analysis = await analyzeInput(inputs[0], date);
  const output = new Output(options.out);
  if (format === "json") await output.writeJson(analysis, 2);
  else await output.write(report(analysis, format, useColor(options.color, options.out)));
  await output.close();
  warn(analysis);
  return options.strictLanguage && analysis.meta.language !== "en" ? EXIT_UNSUPPORTED_LANGUAGE : 0;
}

async function analyzeInput(input: string, date: string | undefined): Promise<Analysis> {
  const analysis = analyze(await loadDocument(input), { date });
  if (analysis.text.trim() === "") throw new InputError(`'${input}' ${NO_TEXT}`);
  return analysis;
}

/**
 * Several articles in turn: JSON becomes JSON Lines (one Analysis per line, in order), text and
 * Markdown reports follow each other; one HTML page per article needs one command per article.
 * An input that cannot be read or analysed is reported and skipped, the others go on (exit 1).
 */
async function analyzeMany(
  inputs: string[],
  format: Format,
  date: string | undefined,
  options: AnalyzeCommandOptions,
): Promise<number> {
  if (format === "html")
    throw new InputError("--format html makes one page per article: give one input, or use --format md");
  const output = new Output(options.out);
  let bad = 0;
  let foreign = false;
  for (const input of inputs) {
    let analysis: Analysis;
    try {
      analysis = await analyzeInput(input, date);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      bad++;
      process.stderr.write(`dossier: ${error.message}; skipped\n`);
      continue;
    }
    if (format === "json") await output.writeJson(analysis);
    else await output.write(`${report(analysis, format, useColor(options.color, options.out))}\n`);
    warn(analysis, input);
    foreign ||= analysis.meta.language !== "en";
  }
  await output.close();
  if (bad) process.stderr.write(`dossier: ${bad} of ${inputs.length} inputs skipped\n`);
  return bad ? 1 : options.strictLanguage && foreign ? EXIT_UNSUPPORTED_LANGUAGE : 0;
}
