/**
 * Language layer: sentences and tokens with character offsets into the article text.
 * wink-nlp (with its English lite model) sits behind this small interface so that the rest of the
 * pipeline never touches the library directly. Each block is read on its own, so sentences never
 * cross block boundaries.
 */
import type { ItemSentence, WinkMethods } from "wink-nlp";
import type { Block, Sentence } from "../analysis.js";
import { tokenStarts } from "./offsets.js";
import { tokenizerCopy } from "./tokenizer-copy.js";
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
