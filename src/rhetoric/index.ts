/**
 * Rhetoric stage: persuasion techniques and vague attribution, each in its voice.
 *
 * Rules are data (`lexicons/rhetoric/<technique>.json`, see ./rules.ts): word lists looked up token
 * by token, regular expressions run once over every body block, and two general mechanisms (scare
 * quotes, repeated phrases). A match is widened to its rule's extent (the match, a noun phrase, the
 * clause or the sentence), overlapping items of one technique are folded into the longest, and
 * each item gets its voice: the speaker of the quote that contains it, or "author" for narration.
 * Everything is a constant number of passes over the text: linear in article length.
 */
import type { Technique } from "../analysis.js";
import type { Article } from "../article.js";
import { loadSet } from "../util/lexicon.js";
import {
  type Hit,
  lexiconHits,
  patternHits,
  repetitionHits,
  STOPWORDS,
  scareQuoteHits,
  type WordToken,
  wordTokens,
} from "./matchers.js";
import { type CompiledRule, type RulePack, rulePack } from "./rules.js";
import { widen } from "./spans.js";
import { echoedSpeaker, innermostQuote, voiceOf } from "./voice.js";

export { compileRules, rulePack } from "./rules.js";

const MAX_EXPLAINED = 80;
const TARGET_NOUNS = loadSet("rhetoric/target-nouns");

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordMark = (c: number) => c === 39 || c === 0x2019 || c === 45; // ' ’ -

/** Whether the span [start, end) ends in a word naming people, a group or an institution. */
function namesTarget(article: Article, start: number, end: number): boolean {
  const { text } = article;
  // The last word: the run of letters, apostrophes and hyphens around the last letter of the span.
  let e = end - 1;
  while (e >= start && !isLetter(text.charCodeAt(e))) e--;
  if (e < start) return false;
  let runEnd = e + 1;
  while (runEnd < end && isWordMark(text.charCodeAt(runEnd))) runEnd++;
  let p = e;
  while (p > start && (isLetter(text.charCodeAt(p - 1)) || isWordMark(text.charCodeAt(p - 1)))) p--;
  while (!isLetter(text.charCodeAt(p))) p++;
  const word = text
    .slice(p, runEnd)
    .toLowerCase()
    .replace(/['’]s$/, "");
  return TARGET_NOUNS.has(word);
}

const shorten = (s: string) =>
  (s.length > MAX_EXPLAINED ? `${s.slice(0, MAX_EXPLAINED - 1)}…` : s).replace(/\s+/g, " ");

/** The rule's one-line explanation: `{text}` is the flagged span, `{cue}` the words that triggered it. */
function explain(rule: CompiledRule, text: string, cue: string): string {
  return rule.spec.explanation.replace("{text}", shorten(text)).replace("{cue}", shorten(cue));
}

export function findTechniques(article: Article, pack: RulePack = rulePack()): Technique[] {
  const { text } = article;
  const regions = article.blocks.length
    ? article.blocks.filter((b) => b.type !== "caption")
    : [{ start: 0, end: text.length }];
  const hits: Hit[] = [];
  const allWords: WordToken[] = [];
  const quotes = [...article.quotes].sort((a, b) => a.start - b.start);
  for (const region of regions) {
    const slice = text.slice(region.start, region.end);
    const words = wordTokens(text, region.start, region.end);
    for (const w of words) allWords.push(w);
    lexiconHits(pack, words, article.tokens, hits);
    for (const rule of pack.rules) {
      if (rule.regexes.length) patternHits(rule, slice, region.start, hits);
      if (rule.spec.mechanism === "scare-quotes") scareQuoteHits(rule, text, region, quotes, hits);
    }
  }
  for (const rule of pack.rules) {
    if (rule.spec.mechanism !== "repetition") continue;
    let charged: Set<string> | null = null;
    if (rule.spec.chargedFrom) {
      charged = new Set();
      const from = new Set(rule.spec.chargedFrom);
      for (const h of hits)
        if (from.has(h.rule.technique) && h.rule.spec.words && h.end - h.start < 40)
          for (const w of text.slice(h.start, h.end).toLowerCase().split(/\s+/))
            if (!STOPWORDS.has(w)) charged.add(w.replace(/['’]s$/, ""));
    }
    repetitionHits(rule, allWords, text, charged, hits);
  }

  const items: Technique[] = [];
  for (const hit of hits) {
    if (hit.rule.spec.authorOnly && innermostQuote(quotes, hit.start, hit.end, null)) continue;
    let [start, end] = widen(article, hit, hit.rule.extent);
    // A widened span stays inside the quote its match is in: the clause of a quote ends with it.
    const q = hit.rule.extent === "match" ? undefined : innermostQuote(quotes, hit.start, hit.end, null);
    if (q) {
      start = Math.max(start, q.start);
      end = Math.min(end, q.end);
    }
    if (end <= start) continue;
    const span = text.slice(start, end);
    const target = hit.rule.spec.targetTechnique && end > hit.end && namesTarget(article, hit.end, end);
    const item = {
      start,
      end,
      text: span,
      technique: target ? (hit.rule.spec.targetTechnique as string) : hit.rule.technique,
      voice: "author",
      explanation: explain(hit.rule, span, text.slice(hit.start, hit.end)),
      rule: hit.rule.id,
    };
    items.push(item);
  }
  items.sort((a, b) => a.start - b.start || b.end - a.end);

  // Fold overlapping items of one rule into the longest.
  const kept: Technique[] = [];
  const lastOf = new Map<string, number>();
  for (const item of items) {
    const at = lastOf.get(item.rule as string);
    const prev = at === undefined ? undefined : kept[at];
    if (prev && item.start < prev.end) {
      if (item.end - item.start > prev.end - prev.start) kept[at as number] = item;
      continue;
    }
    lastOf.set(item.rule as string, kept.length);
    kept.push(item);
  }
  kept.sort((a, b) => a.start - b.start || a.end - b.end);
  // The same span flagged for the same technique by two rules is reported once.
  const unique = kept.filter(
    (t, i) =>
      !kept
        .slice(Math.max(0, i - 4), i)
        .some((u) => u.start === t.start && u.end === t.end && u.technique === t.technique),
  );

  const wordChoice = new Set(pack.rules.filter((r) => r.spec.wordChoice).map((r) => r.id));
  // Items and headings are both sorted by start: one sweep finds the heading an item lies in.
  const headings = article.blocks.filter((b) => b.type === "heading").sort((a, b) => a.start - b.start);
  let h = 0;
  let lowerText: string | undefined;
  const echoes = new Map<string, { at: number; speaker: string }[]>();
  for (const t of unique) {
    const ownWords = wordChoice.has(t.rule as string);
    t.voice = voiceOf(text, quotes, t.start, t.end, ownWords);
    while (h < headings.length && headings[h].end < t.start) h++;
    const heading = ownWords && t.voice === "author" && h < headings.length ? headings[h] : undefined;
    if (heading && heading.start <= t.start && t.end <= heading.end) {
      lowerText ??= text.toLowerCase();
      t.voice = echoedSpeaker(text, lowerText, quotes, t.text, heading.start, heading.end, echoes) ?? t.voice;
    }
  }
  return unique;
}
