/**
 * Extents of the rhetoric stage: a raw match is widened to its rule's extent (the match, a noun
 * phrase, a chunk between commas, the clause or the sentence), never across a line break.
 */
import type { Sentence } from "../analysis.js";
import type { Article } from "../article.js";
import type { Token } from "../language/index.js";
import type { Hit } from "./matchers.js";
import type { Extent } from "./rules.js";
import { partitionPoint } from "../util/sorted.js";

/** Index of the last item whose start is <= pos (items sorted by start), or -1. */
export function lastStartingAtOrBefore(items: readonly { start: number }[], pos: number): number {
  return partitionPoint(items, (item) => item.start <= pos) - 1;
}

/** The sentence around `pos`, cut at line breaks and without surrounding spaces. */
function sentenceBounds(text: string, sentences: readonly Sentence[], pos: number): [number, number] {
  const i = lastStartingAtOrBefore(sentences, pos);
  let [s0, s1] = i >= 0 && sentences[i].end > pos ? [sentences[i].start, sentences[i].end] : [0, text.length];
  s0 = Math.max(s0, pos - 1000);
  s1 = Math.min(s1, pos + 1000);
  let a = pos;
  while (a > s0 && text[a - 1] !== "\n") a--;
  let b = pos;
  while (b < s1 && text[b] !== "\n") b++;
  s0 = a;
  s1 = b;
  while (s0 < s1 && /\s/.test(text[s0])) s0++;
  while (s1 > s0 && /\s/.test(text[s1 - 1])) s1--;
  return [s0, s1];
}

const CLAUSE_MARK = /[;:—–()\n]/u;
const CHUNK_MARK = /[,;:—–()\n"“”]/u;
const PHRASE_POS = new Set(["ADJ", "NOUN", "PROPN", "NUM"]);
const MODIFIER_POS = new Set(["ADJ", "ADV"]);

/**
 * The phrase around a match: modifiers before it (adjectives, adverbs) and the noun phrase after
 * it, with one "of"-complement ("firestorm of outrage"); never across a line break.
 */
function phrase(article: Article, start: number, end: number): [number, number] {
  const { text, tokens } = article;
  if (tokens.length === 0) {
    const m = /^\s+[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(text.slice(end, end + 60));
    return [start, m ? end + m[0].length : end];
  }
  const first = lastStartingAtOrBefore(tokens, start);
  for (let i = first - 1, taken = 0; i >= 0 && taken < 2; i--, taken++) {
    const t: Token = tokens[i];
    if (!MODIFIER_POS.has(t.pos) || /\n/.test(text.slice(t.end, start))) break;
    start = t.start;
  }
  let i = lastStartingAtOrBefore(tokens, end - 1) + 1;
  let usedOf = false;
  for (let taken = 0; i < tokens.length && taken < 5; i++, taken++) {
    const t: Token = tokens[i];
    if (/\n/.test(text.slice(end, t.start))) break;
    if (PHRASE_POS.has(t.pos)) {
      end = t.end;
      continue;
    }
    const next = tokens[i + 1];
    if (!usedOf && text.slice(t.start, t.end).toLowerCase() === "of" && next && PHRASE_POS.has(next.pos)) {
      usedOf = true;
      continue;
    }
    if (t.pos === "DET" && usedOf) continue;
    break;
  }
  return [start, end];
}

const WORD_BEFORE = /[A-Za-z0-9À-ÖØ-öø-ɏ'’-]+\s+$/;

export function widen(article: Article, hit: Hit, extent: Extent): [number, number] {
  const { text, sentences } = article;
  let { start, end } = hit;
  // `leftWords`: the subject word(s) before the match ("Japan" in "Japan is not a sovereign country").
  for (let k = hit.rule.spec.leftWords ?? 0; k > 0; k--) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!m) break;
    start -= m[0].length;
  }
  if (extent === "match") return [start, end];
  if (extent === "phrase") return phrase(article, start, end);
  const [s0, s1] = sentenceBounds(text, sentences, start);
  if (extent === "sentence") return [s0, Math.max(s1, end)];
  const mark = extent === "chunk" ? CHUNK_MARK : CLAUSE_MARK;
  while (start > s0 && !mark.test(text[start - 1])) start--;
  while (end < s1 && !mark.test(text[end])) end++;
  while (start < end && /[\s"“”'‘’,]/u.test(text[start])) start++;
  while (end > start && /[\s,]/u.test(text[end - 1])) end--;
  return [start, end];
}
