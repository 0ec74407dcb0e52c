/**
 * Language layer: sentences and tokens with character offsets into the article text.
 * wink-nlp (with its English lite model) sits behind this small interface so that the rest of the
 * pipeline never touches the library directly. Each block is read on its own, so sentences never
 * cross block boundaries.
 */
import type { ItemSentence, WinkMethods } from "wink-nlp";
import type { Block, Sentence } from "../analysis.js";
import { tokenStarts } from "./offsets.js";
import { ForgetfulWink } from "./wink.js";

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
const wink = new ForgetfulWink(["sbd", "pos"]);
const its = wink.nlp.its;
/** Bare tokenisation and sentence boundaries: the floor the benchmark compares against. */
const floor = new ForgetfulWink(["sbd"]);

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

/**
 * Invisible and unusual space characters (format characters such as U+FEFF and U+200B, the Unicode
 * spaces and separators, form feed, vertical tab) become plain spaces in the copy the tokenizer
 * reads: wink would otherwise glue some of them to the next word or drop them from its offsets.
 * Each is one code unit, so the copy keeps the text's length and every offset.
 */
const INVISIBLE = /[\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

function tokenizerCopy(s: string): string {
  return breakLongRuns(s.replace(INVISIBLE, " "));
}

/** Splits every block of `text` into sentences and tokens. */
export function segment(text: string, blocks: readonly Block[]): LanguageLayer {
  const layer: LanguageLayer = { sentences: [], tokens: [] };
  wink.withArticle((nlp) => {
    blocks.forEach((block, blockIndex) => {
      const slice = text.slice(block.start, block.end);
      if (slice.trim() !== "") segmentBlock(nlp, slice, block.start, blockIndex, layer);
    });
  });
  return layer;
}

function segmentBlock(
  nlp: WinkMethods,
  slice: string,
  offset: number,
  block: number,
  layer: LanguageLayer,
): void {
  const doc = nlp.readDoc(tokenizerCopy(slice));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts = tokenStarts(slice, values, spaces);
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    if (first === undefined || last === undefined || first > last) return;
    const sentence = layer.sentences.length;
    layer.sentences.push({
      start: offset + starts[first],
      end: offset + starts[last] + values[last].length,
      block,
    });
    for (let i = first; i <= last; i++) {
      const start = offset + starts[i];
      layer.tokens.push({ start, end: start + values[i].length, pos: pos[i], sentence });
    }
  });
}

/** Bare tokenisation and sentence split of a text: the floor the benchmark compares against. */
export function tokenizeOnly(text: string): { tokens: number; sentences: number } {
  return floor.withArticle((nlp) => {
    const doc = nlp.readDoc(text);
    return { tokens: doc.tokens().length(), sentences: doc.sentences().length() };
  });
}
