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
import type { Quote, Technique } from "../analysis.js";
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
  const quotes = [...article.quotes].sort((a, b) => a.start - b.start);
  const hits = findHits(article, pack, quotes);
  const items = foldOverlaps(toItems(article, quotes, hits));
  const unique = dropSameSpanTwins(items);
  assignVoices(article, pack, quotes, unique);
  return unique;
}

/** Every rule's matches in the body (not captions): word lists, patterns, scare quotes, then repetition. */
function findHits(article: Article, pack: RulePack, quotes: readonly Quote[]): Hit[] {
  const { text } = article;
  const regions = article.blocks.length
    ? article.blocks.filter((b) => b.type !== "caption")
    : [{ start: 0, end: text.length }];
  const hits: Hit[] = [];
  const allWords: WordToken[] = [];
  for (const region of regions) {
    const scan = pack.patterns.scan(text.slice(region.start, region.end));
    const words = wordTokens(text, region.start, region.end);
    for (const w of words) allWords.push(w);
    lexiconHits(pack, words, article.tokens, hits);
    for (const rule of pack.rules) {
      if (rule.regexes.length) patternHits(rule, scan, region.start, hits);
      if (rule.spec.mechanism === "scare-quotes") scareQuoteHits(rule, text, region, quotes, hits);
    }
  }
  // Repetition runs last: a rule may count only the words other techniques' hits found charged.
  for (const rule of pack.rules) {
    if (rule.spec.mechanism !== "repetition") continue;
    const charged = rule.spec.chargedFrom ? chargedWords(rule.spec.chargedFrom, text, hits) : null;
    repetitionHits(rule, allWords, text, charged, hits);
  }
  return hits;
}

/** The content words of the short word-list hits of the given techniques. */
function chargedWords(techniques: readonly string[], text: string, hits: readonly Hit[]): Set<string> {
  const charged = new Set<string>();
  const from = new Set(techniques);
  for (const h of hits)
    if (from.has(h.rule.technique) && h.rule.spec.words && h.end - h.start < 40)
      for (const w of text.slice(h.start, h.end).toLowerCase().split(/\s+/))
        if (!STOPWORDS.has(w)) charged.add(w.replace(/['’]s$/, ""));
  return charged;
}

/** The hits as items widened to their rules' extent, by start (longest first at the same start). */
function toItems(article: Article, quotes: readonly Quote[], hits: readonly Hit[]): Technique[] {
  const items: Technique[] = [];
  for (const hit of hits) {
    const item = toItem(article, quotes, hit);
    if (item) items.push(item);
  }
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

function toItem(article: Article, quotes: readonly Quote[], hit: Hit): Technique | null {
  const { text } = article;
  if (hit.rule.spec.authorOnly && innermostQuote(quotes, hit.start, hit.end, null)) return null;
  let [start, end] = widen(article, hit, hit.rule.extent);
  // A widened span stays inside the quote its match is in: the clause of a quote ends with it.
  const q = hit.rule.extent === "match" ? undefined : innermostQuote(quotes, hit.start, hit.end, null);
  if (q) {
    start = Math.max(start, q.start);
    end = Math.min(end, q.end);
  }
  if (end <= start) return null;
  const span = text.slice(start, end);
  const target = hit.rule.spec.targetTechnique && end > hit.end && namesTarget(article, hit.end, end);
  return {
    start,
    end,
    text: span,
    technique: target ? (hit.rule.spec.targetTechnique as string) : hit.rule.technique,
    voice: "author",
    explanation: explain(hit.rule, span, text.slice(hit.start, hit.end)),
    rule: hit.rule.id,
  };
}

/** Overlapping items of one rule folded into the longest; sorted by start, then end. */
function foldOverlaps(items: readonly Technique[]): Technique[] {
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
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The same span flagged for the same technique by two rules is reported once. */
function dropSameSpanTwins(kept: readonly Technique[]): Technique[] {
  return kept.filter(
    (t, i) =>
      !kept
        .slice(Math.max(0, i - 4), i)
        .some((u) => u.start === t.start && u.end === t.end && u.technique === t.technique),
  );
}

/**
 * Each item's voice: the speaker of the quote around it, else the author; a word-choice item in a
 * heading that echoes a speaker's words is in that speaker's voice.
 */
function assignVoices(article: Article, pack: RulePack, quotes: readonly Quote[], items: Technique[]): void {
  const { text } = article;
  const wordChoice = new Set(pack.rules.filter((r) => r.spec.wordChoice).map((r) => r.id));
  // Items and headings are both sorted by start: one sweep finds the heading an item lies in.
  const headings = article.blocks.filter((b) => b.type === "heading").sort((a, b) => a.start - b.start);
  let h = 0;
  let lowerText: string | undefined;
  const echoes = new Map<string, { at: number; speaker: string }[]>();
  for (const t of items) {
    const ownWords = wordChoice.has(t.rule as string);
    t.voice = voiceOf(text, quotes, t.start, t.end, ownWords);
    while (h < headings.length && headings[h].end < t.start) h++;
    const heading = ownWords && t.voice === "author" && h < headings.length ? headings[h] : undefined;
    if (heading && heading.start <= t.start && t.end <= heading.end) {
      lowerText ??= text.toLowerCase();
      t.voice = echoedSpeaker(text, lowerText, quotes, t.text, heading.start, heading.end, echoes) ?? t.voice;
    }
  }
}
