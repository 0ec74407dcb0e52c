/**
 * Reading and writing CoNLL-U (https://universaldependencies.org/format.html). Only word lines are
 * parsed; comments, multiword token lines (`1-2`) and empty nodes (`8.1`) are kept verbatim so a
 * sentence can be written back with only the predicted columns changed.
 */

export interface ConlluWord {
  form: string;
  upos: string;
  /** 0 = root; 1-based index of the head word, or -1 when the column is not a number (`_`). */
  head: number;
  deprel: string;
}

export interface ConlluSentence {
  /** Every line of the sentence as read (without the blank line that ends it). */
  lines: string[];
  words: ConlluWord[];
  /** For each word, the index of its line in `lines`. */
  wordLines: number[];
}

const WORD_ID = /^\d+$/;

/** Splits CoNLL-U text into sentences; a line with a malformed word is reported with its number. */
export function readConllu(
  text: string,
  onBadLine?: (lineNumber: number, line: string) => void,
): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { lines: [], words: [], wordLines: [] };
  const flush = () => {
    if (current.lines.length) sentences.push(current);
    current = { lines: [], words: [], wordLines: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      flush();
      continue;
    }
    current.lines.push(line);
    if (line.startsWith("#")) continue;
    const cols = line.split("\t");
    if (!WORD_ID.test(cols[0])) continue; // multiword token or empty node
    if (cols.length !== 10) {
      onBadLine?.(i + 1, line);
      continue;
    }
    const head = WORD_ID.test(cols[6]) ? Number(cols[6]) : -1;
    current.wordLines.push(current.lines.length - 1);
    current.words.push({ form: cols[1], upos: cols[3], head, deprel: cols[7] });
  }
  flush();
  return sentences;
}

/** The sentence's lines with columns 4 (UPOS), 7 (HEAD) and 8 (DEPREL) replaced by `words`. */
export function writeConlluSentence(
  sentence: ConlluSentence,
  words: readonly Pick<ConlluWord, "upos" | "head" | "deprel">[],
): string {
  const lines = sentence.lines.slice();
  sentence.wordLines.forEach((lineIndex, w) => {
    const cols = lines[lineIndex].split("\t");
    cols[3] = words[w].upos;
    cols[6] = String(words[w].head);
    cols[7] = words[w].deprel;
    lines[lineIndex] = cols.join("\t");
  });
  return `${lines.join("\n")}\n\n`;
}
