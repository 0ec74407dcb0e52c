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
import type { Quote, Sentence, Technique } from "../analysis.js";
import type { Article } from "../article.js";
import type { Token } from "../language/index.js";
import { loadSet } from "../util/lexicon.js";
import { type CompiledRule, type Extent, type RulePack, rulePack } from "./rules.js";

export { compileRules, rulePack } from "./rules.js";

/** Latin words (English news); no `u` flag, which V8 matches much faster. */
const WORD = /[A-Za-z0-9À-ÖØ-öø-ɏ][A-Za-z0-9À-ÖØ-öø-ɏ'’-]*/g;
const STOPWORDS = loadSet("rhetoric/stopwords");
const MAX_EXPLAINED = 80;

interface Hit {
  start: number;
  end: number;
  rule: CompiledRule;
}

interface WordToken {
  start: number;
  end: number;
  lower: string;
}

/** Lower-cased word tokens of one block, offsets into the article text. */
function wordTokens(text: string, start: number, end: number): WordToken[] {
  const out: WordToken[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let w = m[0];
    let len = w.length;
    // Trailing apostrophes/hyphens are punctuation; a possessive 's is not part of the word.
    while (len > 0 && /['’-]/.test(w[len - 1])) len--;
    w = w.slice(0, len);
    const lower = w.toLowerCase().replace(/['’]s$/, "");
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

function lexiconHits(pack: RulePack, words: WordToken[], tokens: readonly Token[], hits: Hit[]): void {
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

function patternHits(rule: CompiledRule, slice: string, offset: number, hits: Hit[]): void {
  for (const re of rule.regexes) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const span = m.indices?.groups?.span ?? m.indices?.[0];
      if (span) hits.push({ start: offset + span[0], end: offset + span[1], rule });
    }
  }
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
function scareQuoteHits(
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

/**
 * Phrases of `minWords`..`maxWords` words, repeated `minCount` times or more, not made of stopwords
 * or names; with `charged`, only phrases holding a word that a lexicon rule flagged (a charged word).
 */
function repetitionHits(
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
      if (/[.!?;:\n]/.test(text.slice(words[i + n - 2].end, w.start))) break;
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

/** Index of the last item whose start is <= pos (items sorted by start), or -1. */
function lastStartingAtOrBefore(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
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

function widen(article: Article, hit: Hit, extent: Extent): [number, number] {
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

/**
 * The speaker of the innermost quote containing [start, end), or "author". With `wordChoice`
 * (labels, charged words, distancing marks), reported speech does not count: a paraphrase carries
 * what was said, in the reporter's words.
 */
function voiceOf(
  text: string,
  quotes: readonly Quote[],
  start: number,
  end: number,
  wordChoice: boolean,
): string {
  const best = innermostQuote(quotes, start, end, wordChoice ? text : null);
  if (!best) return "author";
  return best.speaker?.name || "unknown";
}

const QUOTE_MARK = /["“”«»]/g;

/**
 * Whether `start` lies inside quotation marks: an odd number of marks between the start of its
 * line (paragraph) and it. Used for the quoted words of a mixed quote.
 */
function insideQuotedWords(text: string, q: Quote, start: number): boolean {
  const limit = Math.max(0, Math.min(q.start, start) - 2000);
  let from = start;
  while (from > limit && text[from - 1] !== "\n") from--;
  const before = text.slice(from, start).match(QUOTE_MARK);
  return (before?.length ?? 0) % 2 === 1;
}

/** The innermost quote containing [start, end); with `wordsOf` (the text), only quotes that give the speaker's own words. */
function innermostQuote(
  quotes: readonly Quote[],
  start: number,
  end: number,
  wordsOf: string | null,
): Quote | undefined {
  const i = lastStartingAtOrBefore(quotes, start);
  let best: Quote | undefined;
  for (let j = i; j >= 0 && j > i - 8; j--) {
    const q = quotes[j];
    if (
      wordsOf !== null &&
      q.kind !== "direct" &&
      !(q.kind === "mixed" && insideQuotedWords(wordsOf, q, start))
    )
      continue;
    if (q.start <= start && q.end >= end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
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
    items.push({
      start,
      end,
      text: span,
      technique: hit.rule.technique,
      voice: "author",
      explanation: explain(hit.rule, span, text.slice(hit.start, hit.end)),
      rule: hit.rule.id,
    });
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
  for (const t of unique) t.voice = voiceOf(text, quotes, t.start, t.end, wordChoice.has(t.rule as string));
  return unique;
}
