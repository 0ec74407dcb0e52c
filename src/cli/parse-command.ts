/** `dossier parse FILE.conllu`: predicted UPOS, HEAD and DEPREL for gold-tokenised CoNLL-U. */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { InputError } from "../document/errors.js";
import { readConllu, writeConlluSentence } from "../syntax/conllu.js";
import { parseWords } from "../syntax/index.js";

export interface ParseCommandOptions {
  format?: string;
  out?: string;
}

function readInput(path: string): string {
  if (path === "-") return readFileSync(0, "utf8");
  if (!existsSync(path)) throw new InputError(`no such file '${path}'`);
  if (!statSync(path).isFile()) throw new InputError(`'${path}' is not a file`);
  return readFileSync(path, "utf8");
}

/** Runs the command; returns the exit status. */
export function parseCommand(path: string, options: ParseCommandOptions): number {
  const format = options.format ?? "conllu";
  if (format !== "conllu") throw new InputError(`unknown --format '${format}': use conllu`);
  const sentences = readConllu(readInput(path), (line) => {
    throw new InputError(`${path}:${line}: a word line needs 10 tab-separated columns (CoNLL-U)`);
  });
  if (sentences.length === 0) throw new InputError(`'${path}' has no CoNLL-U sentences`);
  const out = sentences.map((s) => writeConlluSentence(s, parseWords(s.words.map((w) => w.form)))).join("");
  if (options.out) writeFileSync(options.out, out);
  else process.stdout.write(out);
  return 0;
}
