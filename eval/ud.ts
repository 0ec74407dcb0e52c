/**
 * Scorer for Universal Dependencies (UD English EWT; see ../shared/data/ud/README.md): UPOS
 * accuracy, UAS and LAS of our tagger and parser on gold-tokenised words, punctuation included
 * (CoNLL 2018 definitions; LAS ignores relation subtypes, and "LAS full" counts them too).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { InputError } from "../src/document/errors.js";
import { type ConlluSentence, readConllu } from "../src/syntax/conllu.js";
import { scoreTrees } from "../src/syntax/evaluate.js";
import { type ParsedWord, parseWordsWith, syntaxModel } from "../src/syntax/index.js";
import type { EvalOptions, EvalReport } from "./report.js";

export const UD_TRAIN_FILE = "ud/en_ewt-ud-train.conllu";
export const UD_DEV_FILE = "ud/en_ewt-ud-dev.conllu";

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** `dataDir` may be the data root (with ud/), the ud folder itself, or a .conllu file. */
export function udFile(dataDir: string, file: string): string {
  if (isFile(dataDir)) return dataDir;
  for (const candidate of [join(dataDir, file), join(dataDir, basename(file))]) {
    if (isFile(candidate)) return candidate;
  }
  throw new InputError(
    `no '${basename(file)}' under '${dataDir}': pass --data DIR (the data folder with ud/, or ud/ itself) or a .conllu file`,
  );
}

/** Reads a CoNLL-U file; an unreadable file or a malformed word line is an InputError. */
export function readUd(path: string): ConlluSentence[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new InputError(`cannot read '${path}': ${(error as Error).message}`);
  }
  return readConllu(text, (line) => {
    throw new InputError(`${path}:${line}: a word line needs 10 tab-separated columns`);
  });
}

/** Words per second of tagging and parsing `sentences` once more (the JIT is warm by then). */
function timeParsing(sentences: readonly string[][]): number {
  const model = syntaxModel();
  const started = process.hrtime.bigint();
  let words = 0;
  for (const sentence of sentences) {
    parseWordsWith(model, sentence);
    words += sentence.length;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return Math.round(words / Math.max(seconds, 1e-9));
}

export function runUd(options: EvalOptions): EvalReport {
  const path = udFile(options.dataDir, UD_DEV_FILE);
  const sentences = readUd(path).slice(0, options.limit);
  const forms = sentences.map((s) => s.words.map((w) => w.form));
  const model = syntaxModel();
  const predicted: ParsedWord[][] = [];
  forms.forEach((words, i) => {
    predicted.push(parseWordsWith(model, words));
    if (i % 100 === 99) options.progress?.(i + 1, sentences.length);
  });
  options.progress?.(sentences.length, sentences.length);
  const wordsPerSecond = timeParsing(forms);
  const scores = scoreTrees(
    sentences.map((s) => s.words),
    predicted,
  );
  return {
    task: "ud",
    data: path,
    figures: { ...scores, wordsPerSecond },
    table: [
      ["metric", "score"],
      ["UPOS", scores.upos],
      ["UAS", scores.uas],
      ["LAS", scores.las],
      ["LAS (full deprel)", scores.lasFull],
      ["words", scores.words],
      ["words/s (tag+parse, one core, second pass)", wordsPerSecond],
    ],
  };
}
