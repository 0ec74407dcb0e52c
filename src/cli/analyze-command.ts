/** `dossier analyze`: one article (file, URL, stdin) or a JSON Lines file of many. */
import { statSync } from "node:fs";
import type { Analysis } from "../analysis.js";
import { analyze } from "../analyze.js";
import { requireIsoDate } from "../document/dct.js";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";
import { readJsonl } from "../document/jsonl.js";
import { fetchUrlDocument, isUrl, readFileDocument, readStdinDocument } from "../document/read.js";
import { type Format, render } from "../render/index.js";
import { checkOutPath, Output, useColor } from "./output.js";
import { chosenFormat } from "./render-command.js";
import { progressBar } from "./progress.js";

export interface AnalyzeCommandOptions {
  format?: string;
  date?: string;
  out?: string;
  jsonl?: string;
  strictLanguage?: boolean;
  color?: boolean;
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

const NO_TEXT =
  "has no article text that could be extracted (only frames, scripts, images or page furniture?): give the article's own page or its text";

/** Runs the command on the inputs given (none with --jsonl); returns the exit status. */
export async function analyzeCommand(inputs: string[], options: AnalyzeCommandOptions): Promise<number> {
  const date = options.date ? requireIsoDate(options.date) : undefined;
  if (options.out) checkOutPath(options.out, options.jsonl ? [options.jsonl, ...inputs] : inputs);
  if (options.jsonl) return analyzeJsonl(options.jsonl, options.format ?? "jsonl", date, options.out);
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

/** The size of a JSON Lines file (for the progress bar), refusing folders and missing files. */
function jsonlSize(path: string): number {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`'${path}' is a directory: give a .jsonl file`);
    return stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`'${path}' does not exist: check the path of the JSON Lines file`);
  }
}

/**
 * One JSONL record analysed, or null when it cannot be (reported on stderr at `where`): a bad
 * record never stops the batch, whatever the reason (no text, over the text cap, a bug).
 */
function analyzeRecord(document: DocumentInput, date: string | undefined, where: string): Analysis | null {
  try {
    const analysis = analyze(document, { date });
    if (analysis.text.trim() !== "") return analysis;
    process.stderr.write(`dossier: ${where}: ${NO_TEXT}; skipped\n`);
  } catch (error) {
    const why =
      error instanceof InputError ? error.message : `could not be analysed (${(error as Error).message})`;
    process.stderr.write(`dossier: ${where}: ${why}; skipped\n`);
  }
  return null;
}

async function analyzeJsonl(
  path: string,
  format: string,
  date: string | undefined,
  out?: string,
): Promise<number> {
  if (format !== "jsonl" && format !== "json")
    throw new InputError(`--jsonl writes one Analysis per line: use --format jsonl (not '${format}')`);
  const size = path === "-" ? 0 : jsonlSize(path);
  const where = path === "-" ? "standard input" : path;
  const output = new Output(out);
  let bad = 0;
  let done = 0;
  const bar = progressBar("analyze", "MB");
  const mb = (bytes: number) => Math.round(bytes / 10_485.76) / 100;
  for await (const item of readJsonl(path)) {
    if ("error" in item) {
      bad++;
      process.stderr.write(`dossier: ${where}:${item.line}: ${item.error}; skipped\n`);
      continue;
    }
    const analysis = analyzeRecord(item.document, date, `${where}:${item.line}`);
    if (analysis) {
      await output.writeJson(analysis);
      warn(analysis, `${where}:${item.line}`);
      done++;
    } else bad++;
    bar.update(mb(item.bytes ?? 0), mb(size));
  }
  bar.stop();
  await output.close();
  if (bad) process.stderr.write(`dossier: ${bad} line(s) of ${where} skipped, ${done} analysed\n`);
  return bad ? 1 : 0;
}
