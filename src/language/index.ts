/**
 * Language layer: sentences and tokens with character offsets into the article text.
 * wink-nlp (with its English lite model) sits behind this small interface so that the rest of the
 * pipeline never touches the library directly. Each block is read on its own, so sentences never
 * cross block boundaries.
 */
import type { ItemSentence, WinkMethods } from "wink-nlp";
import type { Block, Sentence } from "../analysis.js";
import { loadSet } from "../util/lexicon.js";
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
  const copy = tokenizerCopy(slice);
  const doc = nlp.readDoc(copy);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const starts = tokenStarts(copy, values, spaces);
  const spans: [number, number][] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    if (first !== undefined && last !== undefined && first <= last) spans.push([first, last]);
  });
  for (const [first, last] of splitAfterCompanyEnds(joinFalseEnds(spans, values, spaces, pos), values)) {
    const sentence = layer.sentences.length;
    layer.sentences.push({
      start: offset + starts[first],
      end: offset + starts[last] + values[last].length,
      block,
    });
    for (let i = first; i <= last; i++) {
      // (a line break inside a sentence, as in hard-wrapped wire copy, is no word: "a CGT
      // leader,\nsaid on local television")
      if (pos[i] === "SPACE") continue;
      const start = offset + starts[i];
      const j = oneTokenEnd(values, spaces, pos, i, last);
      if (j > i) {
        layer.tokens.push({ start, end: offset + starts[j] + values[j].length, pos: "PROPN", sentence });
        i = j;
      } else layer.tokens.push({ start, end: start + values[i].length, pos: pos[i], sentence });
    }
  }
}

/**
 * The last of the tokens from `i` that make one word: a web name ("Polygraph.info"), an
 * abbreviation with its dot ("Cos." in "Acme Cos. said"), a name with its "'s" before a verb
 * ("McDonald's said"); `i` when none.
 */
function oneTokenEnd(
  values: readonly string[],
  spaces: readonly string[],
  pos: readonly string[],
  i: number,
  last: number,
): number {
  if (i >= last) return i;
  const next = values[i + 1];
  // (checked on the next token first: this runs for every token of every article)
  if (next === ".") {
    const web = webNameEnd(values, spaces, i, last);
    if (web > i) return web;
    return abbreviationBeforeLowerCase(values, spaces, i + 1, i + 2) ? i + 1 : i;
  }
  const nameWithS =
    (next === "'s" || next === "’s") &&
    i + 2 <= last &&
    pos[i] === "PROPN" &&
    spaces[i + 1] === "" &&
    VERBS_AFTER_NAMES.has(values[i + 2].toLowerCase());
  return nameWithS ? i + 1 : i;
}

/** lexicons/language/verbs-after-names.txt */
const VERBS_AFTER_NAMES = loadSet("language/verbs-after-names");

/**
 * Sentence ends wink puts where there is none: at the dot of "Polygraph.info" (inside a web name),
 * after an abbreviated title before a name ("Cmdr. Sean Robertson") and before a comma. Such spans
 * are joined.
 */
function joinFalseEnds(
  spans: [number, number][],
  values: readonly string[],
  spaces: readonly string[],
  pos: readonly string[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    const lastWord = prev ? prev[1] - 1 : -1;
    const webName = lastWord >= 0 && webNameEnd(values, spaces, lastWord, span[1]) >= span[0];
    if (
      prev &&
      lastWord >= prev[0] &&
      (webName ||
        // (no sentence begins with a comma or semicolon: "Rep. Elijah Cummings (D-Md.), chair of")
        values[span[0]] === "," ||
        values[span[0]] === ";" ||
        // (nor inside an initialism: "Lindsey Graham, R-S.C., now saying", split after "S.")
        initialismGoesOn(values, spaces, prev[1], span[0]) ||
        titleBeforeName(values, spaces, pos, prev[1], span[0]) ||
        abbreviationBeforeLowerCase(values, spaces, prev[1], span[0]) ||
        inParenthesis(values, prev, span))
    )
      prev[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}

/** A short capitalised word ("Cos", "Ill", "Bros"), as abbreviations are written. */
const ABBREVIATION = /^\p{Lu}\p{Ll}{0,3}$/u;

/**
 * "Anheuser-Busch Cos. said ...", "Smith Bros. agreed": a dot right after a short capitalised
 * word, with the next span opening on a lower-case word, is an abbreviation's (news sentences
 * open with a capital).
 */
function abbreviationBeforeLowerCase(
  values: readonly string[],
  spaces: readonly string[],
  dot: number,
  next: number,
): boolean {
  return dotAfter(values, spaces, dot, (w) => ABBREVIATION.test(w)) && /^\p{Ll}/u.test(values[next] ?? "");
}

/** Is the token at `dot` a full stop written right after a word that `word` accepts? */
function dotAfter(
  values: readonly string[],
  spaces: readonly string[],
  dot: number,
  word: (w: string) => boolean,
): boolean {
  return values[dot] === "." && spaces[dot] === "" && word(values[dot - 1] ?? "");
}

/**
 * A dot inside a short parenthesis ("Sen. Lindsey Graham (R-S.C.) told ...", "Rep. Jim McDermott
 * (D-Wash.) said ..."): an abbreviation, no sentence end, when the parenthesis closes at the
 * start of the next span, or closes the span and a lower-case word goes on.
 */
function inParenthesis(values: readonly string[], prev: [number, number], span: [number, number]): boolean {
  const closedHere = values[prev[1]] === ")" && /\.$/.test(values[prev[1] - 1] ?? "");
  const last = closedHere ? prev[1] - 1 : prev[1];
  let open = -1;
  for (let k = last; k >= prev[0] && k > last - 8; k--) {
    if (values[k] === ")") return false;
    if (values[k] === "(") {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  if (closedHere) return /^\p{Ll}/u.test(values[span[0]] ?? "");
  for (let k = span[0]; k <= span[1] && k < span[0] + 3; k++) if (values[k] === ")") return true;
  return false;
}

/** Does the letter at `next`, written right after the dot at `dot`, continue an initialism ("S.C.")? */
function initialismGoesOn(
  values: readonly string[],
  spaces: readonly string[],
  dot: number,
  next: number,
): boolean {
  return values[dot] === "." && spaces[next] === "" && /^\p{Lu}\.?$/u.test(values[next] ?? "");
}

/**
 * Abbreviated legal forms that end a company's name ("Ltd.", "Inc."): the entity layer's list
 * (lexicons/entities/company-suffixes.txt), lower case, those written with a dot.
 */
const COMPANY_ENDS = new Set([...loadSet("entities/company-suffixes")].filter((w) => w.endsWith(".")));

/**
 * A sentence end wink misses: after a company's legal form, a title before a name starts a new
 * sentence ("... dealer McDermid St. Lawrence Ltd. Mr. Panet-Raymond said": a name never has a
 * title inside it after its legal form).
 */
function splitAfterCompanyEnds(spans: [number, number][], values: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [first, last] of spans) {
    let start = first;
    for (let k = first; k + 2 <= last; k++) {
      const title =
        values[k + 1].endsWith(".") && TITLE_ABBREVIATIONS.has(values[k + 1].slice(0, -1).toLowerCase());
      if (COMPANY_ENDS.has(values[k].toLowerCase()) && title && /^\p{Lu}/u.test(values[k + 2])) {
        out.push([start, k]);
        start = k + 1;
      }
    }
    out.push([start, last]);
  }
  return out;
}

/** Abbreviated titles (lexicons/language/title-abbreviations.txt), lower case, without the dot. */
const TITLE_ABBREVIATIONS = loadSet("language/title-abbreviations");

/** Does the sentence ending with the dot at `dot` end on a title, with a name starting at `next`? */
function titleBeforeName(
  values: readonly string[],
  spaces: readonly string[],
  pos: readonly string[],
  dot: number,
  next: number,
): boolean {
  return (
    dotAfter(values, spaces, dot, (w) => TITLE_ABBREVIATIONS.has(w.toLowerCase())) &&
    (pos[next] === "PROPN" || TITLE_ABBREVIATIONS.has(values[next]?.replace(/\.$/, "").toLowerCase() ?? ""))
  );
}

/** Domain names that end a web name ("Moneycontrol.com"): lexicons/language/web-suffixes.txt. */
const WEB_SUFFIXES = loadSet("language/web-suffixes");
const NAME_PART = /^[\p{L}\p{N}-]+$/u;

/**
 * The last token of a web name written as words and dots with no space ("Polygraph.info",
 * "theguardian.co.uk"), which wink splits in three or more, starting at token `i`; `i` when none.
 */
function webNameEnd(values: readonly string[], spaces: readonly string[], i: number, last: number): number {
  if (values[i + 1] !== "." || spaces[i + 1] !== "" || !NAME_PART.test(values[i])) return i;
  let end = i;
  for (
    let k = i + 2;
    k <= last && values[k - 1] === "." && spaces[k - 1] === "" && spaces[k] === "";
    k += 2
  ) {
    if (!NAME_PART.test(values[k])) break;
    if (WEB_SUFFIXES.has(values[k].toLowerCase())) end = k;
  }
  return end;
}
