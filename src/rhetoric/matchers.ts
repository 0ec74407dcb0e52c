/**
 * Matchers of the rhetoric stage: lexicon look-ups token by token, regular expressions over a
 * block, and the two general mechanisms (scare quotes, repeated phrases). Each appends raw hits;
 * widening and voice come later (./spans.ts, ./voice.ts).
 */
import type { Quote } from "../analysis.js";
import type { Token } from "../language/index.js";
import type { GatedScan } from "../util/gated-regex.js";
import { loadSet } from "../util/lexicon.js";
import type { CompiledRule, RulePack } from "./rules.js";
import { lastStartingAtOrBefore } from "./spans.js";
import { innermostQuote } from "./voice.js";

/** Latin words (English news); no `u` flag, which V8 matches much faster. */
const WORD = /[A-Za-z0-9À-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ'’-]*/g;
export const STOPWORDS = loadSet("rhetoric/stopwords");

export interface Hit {
  start: number;
  end: number;
  rule: CompiledRule;
}

export interface WordToken {
  start: number;
  end: number;
  lower: string;
}

/** An apostrophe (straight or curly) or a hyphen. */
const isWordMark = (c: number) => c === 39 || c === 0x2019 || c === 45;

/** Lower-cased word tokens of one block, offsets into the article text. */
export function wordTokens(text: string, start: number, end: number): WordToken[] {
  const out: WordToken[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const w = m[0];
    let len = w.length;
    // Trailing apostrophes/hyphens are punctuation; a possessive 's is not part of the word.
    while (len > 0 && isWordMark(w.charCodeAt(len - 1))) len--;
    let lower = (len === w.length ? w : w.slice(0, len)).toLowerCase();
    const n = lower.length;
    if (n > 2 && lower[n - 1] === "s" && (lower[n - 2] === "'" || lower[n - 2] === "’"))
      lower = lower.slice(0, n - 2);
    out.push({ start: start + m.index, end: start + m.index + len, lower });
  }
  return out;
}

/** A word listed in the rule's `posOnly` counts only with one of the parts of speech given there. */
function posAllowed(rule: CompiledRule, word: string, start: number, tokens: readonly Token[]): boolean {
  const allowed = rule.spec.posOnly?.[word];
  if (!allowed || tokens.length === 0) return true;
  const k = lastStartingAtOrBefore(tokens, start);
  return k >= 0 && allowed.includes(tokens[k].pos);
}

export function lexiconHits(pack: RulePack, words: WordToken[], tokens: readonly Token[], hits: Hit[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i].lower;
    const entries = pack.words.get(w);
    if (entries) {
      for (const e of entries) {
        let j = 0;
        for (; j < e.rest.length; j++) {
          const next = words[i + 1 + j];
          if (!next) break;
          const want = e.rest[j];
          const isLast = j === e.rest.length - 1;
          if (!(next.lower === want || (isLast && e.stem && next.lower.startsWith(want)))) break;
        }
        if (j === e.rest.length && posAllowed(e.rule, w, words[i].start, tokens))
          hits.push({ start: words[i].start, end: words[i + e.rest.length].end, rule: e.rule });
      }
    }
    const top = Math.min(pack.maxStem, w.length);
    for (let len = pack.minStem; len <= top; len++) {
      const stemmed = pack.stems.get(w.slice(0, len));
      if (stemmed)
        for (const e of stemmed)
          if (posAllowed(e.rule, w, words[i].start, tokens))
            hits.push({ start: words[i].start, end: words[i].end, rule: e.rule });
    }
  }
}

/** The rule's regex matches in a block (`scan`: the pack's patterns scanned over the block's text). */
export function patternHits(rule: CompiledRule, scan: GatedScan, offset: number, hits: Hit[]): void {
  for (const id of rule.patternIds)
    scan.forEachMatch(id, (m) => {
      const span = m.indices?.groups?.span ?? m.indices?.[0];
      if (span) hits.push({ start: offset + span[0], end: offset + span[1], rule });
    });
}

const QUOTE_MARKS = /["“”]/g;
const SPEECH_END = /[.,!?;:…]$/;
const SPEECH_BEFORE =
  /(?:\b(?:said|says|say|told|tells|wrote|writes|added|adds|stated|states|declared|asked|replied|answered|noted|called\s+(?:it|them|him|her|this|that)|calls\s+(?:it|them|him|her|this|that))|[:,])\s*$/i;

/** "called X ...": the quoted words are someone's naming, reported, not the writer's distance. */
const NAMING_BEFORE =
  /\b(?:call(?:s|ed|ing)?|dub(?:s|bed)?|term(?:s|ed)?|label(?:s|ed|led)?|brand(?:s|ed)?|describ(?:es|ed|ing)\s+(?:\S+\s+){0,4}as|referr?(?:s|ed|ing)?\s+to\s+(?:\S+\s+){0,4}as|known\s+as|so-called)\b[^.;:!?,"“”]*$/i;

/**
 * Scare quotes: a short quoted fragment (at most `maxWords` words, lower-case start, no closing
 * punctuation inside) that is not speech: no speech verb, colon or comma right before it, and not
 * a quote of its own in the quotes layer. Quotation marks are paired in one pass (curly marks by
 * direction, straight ones alternately).
 */
export function scareQuoteHits(
  rule: CompiledRule,
  text: string,
  region: { start: number; end: number },
  quotes: readonly Quote[],
  hits: Hit[],
): void {
  const maxWords = rule.spec.maxWords ?? 2;
  const slice = text.slice(region.start, region.end);
  let open = -1;
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(slice); m; m = QUOTE_MARKS.exec(slice)) {
    const mark = m[0];
    if (mark === "“" || (mark === '"' && open < 0)) {
      open = m.index;
      continue;
    }
    if (open < 0) continue;
    const innerStart = open + 1;
    const innerEnd = m.index;
    open = -1;
    const inner = slice.slice(innerStart, innerEnd);
    if (inner.length === 0 || inner.length > 40 || inner.trim() !== inner || inner.includes("\n")) continue;
    if (SPEECH_END.test(inner) || !/^[a-z]/.test(inner)) continue;
    if (inner.split(/\s+/).length > maxWords) continue;
    const start = region.start + innerStart - 1;
    const end = region.start + innerEnd + 1;
    if (/[A-Za-z]/.test(text[end] ?? "") || /[A-Za-z]/.test(text[start - 1] ?? "")) continue;
    const lead = text.slice(Math.max(0, start - 60), start);
    if (SPEECH_BEFORE.test(lead) || NAMING_BEFORE.test(lead)) continue;
    const own = innermostQuote(quotes, start + 1, end - 1, null);
    if (own && own.start >= start && own.end <= end) continue;
    hits.push({ start, end, rule });
  }
}

const SENTENCE_MARKS = new Set([".", "!", "?", ";", ":", "\n"]);

/** Whether text[from, to) holds a sentence mark (no slice: called for every pair of words). */
function hasSentenceMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SENTENCE_MARKS.has(text[k])) return true;
  return false;
}

/**
 * Phrases of `minWords`..`maxWords` words, repeated `minCount` times or more, not made of stopwords
 * or names; with `charged`, only phrases holding a word that a lexicon rule flagged (a charged word).
 */
export function repetitionHits(
  rule: CompiledRule,
  words: WordToken[],
  text: string,
  charged: ReadonlySet<string> | null,
  hits: Hit[],
): void {
  const minWords = rule.spec.minWords ?? 2;
  const maxWords = rule.spec.maxWords ?? 4;
  const minCount = rule.spec.minCount ?? 3;
  const seen = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    if (STOPWORDS.has(words[i].lower)) continue;
    let key = words[i].lower;
    let names = /^\p{Lu}/u.test(text[words[i].start]) ? 1 : 0;
    let hot = !charged || charged.has(key);
    if (minWords === 1 && hot) {
      const list = seen.get(key);
      if (list) list.push(i * 8 + 1);
      else seen.set(key, [i * 8 + 1]);
    }
    for (let n = 2; n <= maxWords && i + n - 1 < words.length; n++) {
      const w = words[i + n - 1];
      // A phrase does not run across a sentence mark.
      if (hasSentenceMark(text, words[i + n - 2].end, w.start)) break;
      key += ` ${w.lower}`;
      if (/^\p{Lu}/u.test(text[w.start])) names++;
      if (charged?.has(w.lower)) hot = true;
      if (n < minWords || !hot || STOPWORDS.has(w.lower) || names === n) continue;
      const list = seen.get(key);
      if (list) list.push(i * 8 + n);
      else seen.set(key, [i * 8 + n]);
    }
  }
  for (const list of seen.values()) {
    if (list.length < minCount) continue;
    for (let k = rule.spec.skipFirst ? 1 : 0; k < list.length; k++) {
      const code = list[k];
      const i = Math.floor(code / 8);
      const n = code % 8;
      hits.push({ start: words[i].start, end: words[i + n - 1].end, rule });
    }
  }
}
