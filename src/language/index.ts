/**
 * Language layer: sentences and tokens with character offsets into the article text.
 * wink-nlp (with its English lite model) sits behind this small interface so that the rest of the
 * pipeline never touches the library directly. Each block is read on its own, so sentences never
 * cross block boundaries.
 */
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Block, Sentence } from "../analysis.js";

export interface Token {
  start: number;
  end: number;
  /** Universal POS tag from the model (NOUN, PROPN, VERB, PUNCT, ...). */
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface LanguageLayer {
  sentences: Sentence[];
  tokens: Token[];
}

// Only sentence boundaries and POS tags are used downstream; wink's default pipe also runs negation,
// sentiment and its own (date/number-only) entity recogniser, which would double the cost of this stage.
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
/** Bare tokenisation and sentence boundaries: the floor the benchmark compares against. */
const floor = winkNLP(model, ["sbd"]);

/** Runs of non-space characters longer than this are cut for the tokenizer (see `breakLongRuns`). */
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");
// Code units, not code points (no "u" flag), so that the copy keeps the text's length exactly.
const EVERY_MAX_RUN = new RegExp(`([^]{${MAX_RUN - 1}})[^]`, "g");

/**
 * wink's tokenizer is superlinear in the length of one token (a 40k-character "word" takes
 * seconds), so pathological runs (base64, minified code, repeated characters) are cut into pieces
 * by putting a space every MAX_RUN characters. The copy has the same length as the text, so every
 * offset stays valid; stages read token text from the original.
 */
function breakLongRuns(s: string): string {
  if (s.length <= MAX_RUN) return s;
  return s.replace(LONG_RUN, (run) => run.replace(EVERY_MAX_RUN, "$1 "));
}

/** Splits every block of `text` into sentences and tokens. */
export function segment(text: string, blocks: readonly Block[]): LanguageLayer {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  blocks.forEach((block, blockIndex) => {
    const slice = text.slice(block.start, block.end);
    if (slice.trim() === "") return;
    const doc = nlp.readDoc(breakLongRuns(slice));
    const values = doc.tokens().out(its.value) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    // wink keeps the text losslessly: preceding spaces plus token values rebuild it, which gives offsets.
    const starts: number[] = new Array(values.length);
    let at = block.start;
    for (let i = 0; i < values.length; i++) {
      at += spaces[i].length;
      starts[i] = at;
      at += values[i].length;
    }
    doc.sentences().each((s: ItemSentence) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      if (first === undefined || last === undefined || first > last) return;
      const sentenceIndex = sentences.length;
      sentences.push({ start: starts[first], end: starts[last] + values[last].length, block: blockIndex });
      for (let i = first; i <= last; i++) {
        tokens.push({
          start: starts[i],
          end: starts[i] + values[i].length,
          pos: pos[i],
          sentence: sentenceIndex,
        });
      }
    });
  });
  return { sentences, tokens };
}

/** Bare tokenisation and sentence split of a text: the floor the benchmark compares against. */
export function tokenizeOnly(text: string): { tokens: number; sentences: number } {
  const doc = floor.readDoc(text);
  return { tokens: doc.tokens().length(), sentences: doc.sentences().length() };
}
