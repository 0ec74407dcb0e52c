/**
 * A read-only view of the article's tokens for the quotes stage: lower-cased values, sentence and
 * block bounds, which tokens lie inside quotation marks, and small noun-phrase helpers. Built once
 * per article in one pass.
 */
import type { Article } from "../article.js";
import { NAME_PARTICLES } from "../entities/runs.js";
import { withoutParticle } from "../entities/words.js";
import { loadSet } from "../util/lexicon.js";
import { ANONYMOUS_HEADS, ROLE_NOUNS } from "./cues.js";
import type { MarkSpan } from "./marks.js";
import { partitionPoint } from "../util/sorted.js";

export interface Ctx {
  article: Article;
  text: string;
  n: number;
  starts: number[];
  ends: number[];
  pos: string[];
  /** Token text as written and lower-cased. */
  words: string[];
  lower: string[];
  /** Sentence index of each token; first and last token of each sentence. */
  sent: number[];
  sentFirst: number[];
  sentLast: number[];
  /** Block index of each token. */
  block: number[];
  /** Sentences written in title case (headlines: "Trump Says He Will Win"). */
  titleCase: boolean[];
  /** Entity kind of each token: 0 none, 1 place/event/work, 2 person, 3 organisation or country. */
  nonAgent: Uint8Array;
  /** First token of the entity mention that holds each token (-1: none). */
  mentionFirst: Int32Array;
  /** Index of the mark span that encloses the token (inside the marks), or -1. */
  inMark: Int32Array;
}

const QUOTE_CHARS = /^(["“”„«»‟]|''|’’|‘‘|``)+$/;

/**
 * `quoting`: the article's text with its quoting marks made double (marks.ts quotingText),
 * same offsets; the quote rules read it, the quotes' texts come from the article's own.
 */
export function buildCtx(article: Article, marks: readonly MarkSpan[], quoting: string = article.text): Ctx {
  const ctx = tokenColumns(article, marks, quoting);
  joinLowerCaseSentences(ctx);
  ctx.titleCase = article.sentences.map((_, si) => isTitleCase(ctx, si));
  entityKinds(ctx);
  namesAreProperNouns(ctx);
  sourcesAfterAccordingTo(ctx);
  return ctx;
}

/** Nouns in "s" that are singular ("that news"; lexicons/quotes/singular-s-nouns.txt). */
const SINGULAR_S_NOUNS = loadSet("quotes/singular-s-nouns");

/** A noun in "s" that is plural: not listed as singular, not in -ss, -us or -is. */
const isPluralNoun = (ctx: Ctx, k: number): boolean =>
  ctx.pos[k] === "NOUN" && /[^siu']s$/.test(ctx.lower[k]) && !SINGULAR_S_NOUNS.has(ctx.lower[k]);

/**
 * "that" tagged a determiner before a plural noun (adjectives between): it is no determiner there,
 * since "that" never determines a plural, but a conjunction ("fears that prices would rise") or a
 * relative pronoun ("the talk that experts say ...").
 */
export function thatBeforePlural(ctx: Ctx, k: number): boolean {
  if (!(ctx.lower[k] === "that" && ctx.pos[k] === "DET")) return false;
  let noun = k + 1;
  while (noun + 1 < ctx.n && ctx.pos[noun] === "ADJ") noun++;
  return isPluralNoun(ctx, noun);
}

/**
 * "according to people familiar with the matter": the tagger may read "to" as an infinitive
 * marker and the noun after it as a verb; after "according to" a noun phrase follows.
 */
function sourcesAfterAccordingTo(ctx: Ctx): void {
  for (let k = 2; k < ctx.n; k++)
    if (ctx.lower[k - 2] === "according" && ctx.lower[k - 1] === "to" && ctx.pos[k] === "VERB") {
      ctx.pos[k - 1] = "ADP";
      ctx.pos[k] = "NOUN";
    }
}

/**
 * A capitalised word inside a name the entity layer found, or a person's surname, is a proper
 * noun, whatever the tagger said: surnames that are also verbs or common words ("Angela Cooper
 * said", "People in Fort Pierce said", "Dole said") otherwise end the subject before the cue.
 */
function namesAreProperNouns(ctx: Ctx): void {
  // a person's surname alone, where the entity layer missed it ("Dole said" after "Ann Dole")
  const surnames = new Set<string>();
  for (const e of ctx.article.entities)
    if (e.type === "person" && e.name.includes(" ")) surnames.add(e.name.slice(e.name.lastIndexOf(" ") + 1));
  for (let k = 0; k < ctx.n; k++)
    if (
      (ctx.nonAgent[k] > 0 || surnames.has(ctx.words[k])) &&
      /^(VERB|AUX|ADJ|NOUN)$/.test(ctx.pos[k]) &&
      isCap(ctx.words[k])
    )
      ctx.pos[k] = "PROPN";
  // a comma inside a name ("Oscar C. Herrera, Jr.") is part of it, not an appositive's
  for (let k = 1; k + 1 < ctx.n; k++)
    if (ctx.lower[k] === "," && ctx.mentionFirst[k] >= 0 && ctx.mentionFirst[k + 1] === ctx.mentionFirst[k])
      ctx.pos[k] = "PROPN";
}

/** Token columns (offsets, words, tags, sentence and block of each token, enclosing mark). */
function tokenColumns(article: Article, marks: readonly MarkSpan[], text: string): Ctx {
  const { tokens, sentences } = article;
  const n = tokens.length;
  const ctx: Ctx = {
    article,
    text,
    n,
    starts: new Array<number>(n),
    ends: new Array<number>(n),
    pos: new Array<string>(n),
    words: new Array<string>(n),
    lower: new Array<string>(n),
    sent: new Array<number>(n),
    sentFirst: new Array<number>(sentences.length).fill(-1),
    sentLast: new Array<number>(sentences.length).fill(-1),
    block: new Array<number>(n),
    titleCase: [],
    nonAgent: new Uint8Array(n),
    mentionFirst: new Int32Array(n).fill(-1),
    inMark: new Int32Array(n).fill(-1),
  };
  let m = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    ctx.starts[i] = t.start;
    ctx.ends[i] = t.end;
    const w = text.slice(t.start, t.end);
    ctx.words[i] = w;
    ctx.lower[i] = w.toLowerCase().replace(/’/g, "'");
    // two single marks in a row are one double mark ('' ... '')
    const doubled =
      (w === "'" || w === "’" || w === "‘") &&
      ((i + 1 < n && tokens[i + 1].start === t.end && text[t.end] === w) ||
        (i > 0 && tokens[i - 1].end === t.start && text[t.start - 1] === w));
    ctx.pos[i] = QUOTE_CHARS.test(w) || doubled ? "QUOTE" : t.pos;
    ctx.sent[i] = t.sentence;
    ctx.block[i] = sentences[t.sentence]?.block ?? 0;
    if (ctx.sentFirst[t.sentence] < 0) ctx.sentFirst[t.sentence] = i;
    ctx.sentLast[t.sentence] = i;
    while (m < marks.length && marks[m].close <= t.start) m++;
    if (m < marks.length && marks[m].open < t.start && t.end <= Math.max(marks[m].close, marks[m].end))
      ctx.inMark[i] = m;
  }
  return ctx;
}

/**
 * A "sentence" that starts in lower case continues the previous one in the same block (the
 * splitter breaks after abbreviations: "Harry Reid (D-Nev.) told reporters ...").
 */
function joinLowerCaseSentences(ctx: Ctx): void {
  const { sent, sentFirst, sentLast, words, block } = ctx;
  for (let si = 1; si < sentFirst.length; si++) {
    const a = sentFirst[si];
    if (a <= 0 || !/^\p{Ll}/u.test(words[a]) || block[a - 1] !== block[a]) continue;
    let target = sent[a - 1];
    while (sentFirst[target] < 0 && target > 0) target--;
    for (let i = a; i <= sentLast[si]; i++) sent[i] = target;
    sentLast[target] = sentLast[si];
    sentFirst[si] = -1;
    sentLast[si] = -1;
  }
}

/** Is sentence `si` written in title case (a headline: "Trump Says He Will Win")? */
function isTitleCase(ctx: Ctx, si: number): boolean {
  const a = ctx.sentFirst[si];
  const b = ctx.sentLast[si];
  if (a < 0) return false;
  let alpha = 0;
  let caps = 0;
  for (let i = a; i <= b; i++) {
    if (!/^\p{L}/u.test(ctx.words[i])) continue;
    alpha++;
    if (isCap(ctx.words[i])) caps++;
  }
  return alpha >= 4 && caps >= 0.7 * alpha;
}

/**
 * Entity kind of each token (`nonAgent`): 1 place, event or work (no stance of its own); 2 person;
 * 3 organisation or country; and the first token of its mention (`mentionFirst`).
 */
function entityKinds(ctx: Ctx): void {
  const { n, starts, nonAgent: kinds, mentionFirst } = ctx;
  const spans: [number, number, number][] = [];
  for (const e of ctx.article.entities) {
    const kind =
      e.type === "person"
        ? 2
        : e.type === "organization" || e.type === "country"
          ? 3
          : e.type === "other"
            ? 0
            : 1;
    if (kind) for (const m of e.mentions) spans.push([m.start, m.end, m.metonymy ? 3 : kind]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  let t = 0;
  for (const [s0, e0, kind] of spans) {
    while (t < n && starts[t] < s0) t++;
    for (let k = t; k < n && starts[k] < e0; k++) {
      kinds[k] = kind;
      mentionFirst[k] = t;
    }
  }
}

/** First token whose start is at or after `offset` (binary search); n if none. */
export function tokenAt(ctx: Ctx, offset: number): number {
  return Math.min(
    ctx.n,
    partitionPoint(ctx.starts, (s) => s < offset),
  );
}

export const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

const NP_INNER = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET"]);
const NAME_GLUE = new Set([".", "-", "'s", "’s", "'", "&", "of"]);

/** Is token `k` the participle of a hyphenated modifier ("New York-based", "U.S.-born")? */
export const hyphenParticiple = (ctx: Ctx, k: number): boolean =>
  ctx.pos[k] === "VERB" && ctx.lower[k - 1] === "-" && /(ed|en|wn|run|born|led|ing)$/.test(ctx.lower[k]);

/** The noun phrase that ends at token `j` (its head), not going before `lo`: [first, j]. */
/** The opening mark of the quoted title (see titleModifierEnd) that the mark at `close` ends, or -1. */
function quotedTitleOpening(ctx: Ctx, close: number, lo: number): number {
  for (let o = close - 1; o >= lo && o >= close - MAX_TITLE_WORDS - 1; o--)
    if (ctx.pos[o] === "QUOTE") return titleModifierEnd(ctx, o, close + 2) === close ? o : -1;
  return -1;
}

export function npLeft(ctx: Ctx, j: number, lo: number): [number, number] {
  let a = j;
  if (ctx.pos[j] === "PRON") return [j, j];
  while (a - 1 >= lo) {
    const k = a - 1;
    const p = ctx.pos[k];
    // a short quoted title between the article and the head: 'The “New Rules” hitmaker'
    if (a === j && p === "QUOTE") {
      const open = quotedTitleOpening(ctx, k, lo);
      if (open > lo && ctx.pos[open - 1] === "DET") a = open - 1;
      break;
    }
    if (ctx.inMark[k] >= 0) break;
    // the owner before a possessive, whatever its tag ("Charleston’s police chief": a verb)
    if (ctx.lower[a] === "'s" && isCap(ctx.words[k]) && p !== "PUNCT") {
      a = k;
      continue;
    }
    if (p === "DET") {
      // "given that officers had threatened": a clause opens before the noun phrase
      if (!(ctx.lower[k] === "that" && isPluralNoun(ctx, j))) a = k;
      break;
    }
    // (a plural's possessive too: "a prosecutors' spokesman")
    const pluralPossessive =
      /^['’]$/.test(ctx.lower[k]) && /s$/.test(ctx.lower[k - 1] ?? "") && ctx.starts[k] === ctx.ends[k - 1];
    if (NP_INNER.has(p) || ((ctx.lower[k] === "'s" || pluralPossessive) && a - 2 >= lo)) {
      a = k;
      continue;
    }
    // "The New York-based company", "a well-placed source": a hyphenated participle modifies
    if (hyphenParticiple(ctx, k) && k - 2 >= lo && /^(PROPN|NOUN|ADJ|ADV)$/.test(ctx.pos[k - 2])) {
      a = k - 2;
      continue;
    }
    // a hyphenated compound modifier: "the consumer-products company", "a 10-year-old boy"
    if (
      ctx.lower[k] === "-" &&
      k - 1 >= lo &&
      ctx.starts[k] === ctx.ends[k - 1] &&
      ctx.starts[a] === ctx.ends[k] &&
      /^(NOUN|ADJ|NUM)$/.test(ctx.pos[k - 1]) &&
      /^(NOUN|ADJ)$/.test(ctx.pos[a])
    ) {
      a = k - 1;
      continue;
    }
    // a family name with its particle: "Fayez al-Serraj" ("al", "-", "Serraj")
    if (
      ctx.lower[k] === "-" &&
      k - 1 >= lo &&
      joined(ctx, k - 1, k) &&
      joined(ctx, k, a) &&
      withoutParticle(`${ctx.words[k - 1]}-${ctx.words[a]}`) !== null
    ) {
      a = k - 1;
      continue;
    }
    // initials and hyphenated names: "Donald J. Trump", "Jean-Luc"
    if (
      (ctx.lower[k] === "." || ctx.lower[k] === "-") &&
      ctx.pos[a] === "PROPN" &&
      a - 2 >= lo &&
      ctx.pos[k - 1] === "PROPN"
    ) {
      a = k;
      continue;
    }
    break;
  }
  return [a, j];
}

/** The noun phrase starting at token `i`, not going past `hi` (exclusive): [i, last] or null. */
/** Most words of a quoted title that modifies a noun ("the “Pose” actor"). */
const MAX_TITLE_WORDS = 4;

/**
 * The closing mark's token of a short quoted title opening at token `k` and followed by the noun
 * it modifies ("the “Jane The Virgin” actress", "the “Pose” actor"), or -1.
 */
export function titleModifierEnd(ctx: Ctx, k: number, hi: number): number {
  if (ctx.pos[k] !== "QUOTE" || k + 1 >= hi || ctx.inMark[k + 1] < 0) return -1;
  const mark = ctx.inMark[k + 1];
  for (let j = k + 1; j < hi && j <= k + MAX_TITLE_WORDS + 1; j++) {
    if (ctx.inMark[j] === mark && ctx.pos[j] !== "QUOTE") continue;
    if (ctx.pos[j] !== "QUOTE" || !isCap(ctx.words[k + 1])) return -1;
    const next = ctx.pos[j + 1];
    return j + 1 < hi && (next === "NOUN" || next === "PROPN") ? j : -1;
  }
  return -1;
}

const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
]);

/** The noun phrase that starts at token `i` (ending before `hi`), as [i, last], or null. */
export function npRight(ctx: Ctx, i: number, hi: number): [number, number] | null {
  if (i >= hi || ctx.inMark[i] >= 0) return null;
  // a possessive determiner starts a noun phrase ("in its teardown", "said his spokesman")
  const possessive =
    POSSESSIVE_DETERMINERS.has(ctx.lower[i]) && /^(NOUN|ADJ|PROPN|NUM)$/.test(ctx.pos[i + 1] ?? "");
  if (ctx.pos[i] === "PRON" && !possessive) return [i, i];
  let b = i - 1;
  let sawHead = false;
  for (let k = i; k < hi; k++) {
    const p = ctx.pos[k];
    const title = sawHead ? -1 : titleModifierEnd(ctx, k, hi);
    if (title >= 0) {
      b = title;
      k = title;
      continue;
    }
    if (ctx.inMark[k] >= 0) break;
    if ((p === "DET" || possessive) && k === i) {
      b = k;
      continue;
    }
    if (
      p === "PROPN" ||
      p === "NOUN" ||
      p === "NUM" ||
      // (a role noun the tagger reads as an adjective: "the emergency chief")
      (p === "ADJ" && sawHead && ROLE_NOUNS.has(ctx.lower[k])) ||
      (isCap(ctx.words[k]) &&
        p !== "PUNCT" &&
        p !== "ADP" &&
        (p !== "VERB" || k > ctx.sentFirst[ctx.sent[k]]))
    ) {
      b = k;
      sawHead = true;
      continue;
    }
    // a numeral counts what follows ("one legal expert", "two senior officials")
    if (
      (p === "ADJ" || verbBeforeRole(ctx, k) || (p === "VERB" && k > i && /(ed|ing)$/.test(ctx.lower[k]))) &&
      (!sawHead || ctx.pos[k - 1] === "NUM")
    ) {
      b = k;
      continue;
    }
    // a possessor and its head: "the mayor's office", "Russia's foreign ministry"
    if (sawHead && /^['’]s$/.test(ctx.lower[k]) && k + 1 < hi && /^(NOUN|PROPN|ADJ)$/.test(ctx.pos[k + 1])) {
      b = k;
      sawHead = false;
      continue;
    }
    if (sawHead && NAME_GLUE.has(ctx.lower[k]) && k + 1 < hi && ctx.pos[k + 1] === "PROPN") {
      b = k;
      continue;
    }
    // a name's particles, also opening it: "de la Calle", "van der Berg"
    if (particleBeforeName(ctx, k, hi)) {
      b = k;
      continue;
    }
    // a hyphen inside a word, with the word's next part ("four-star Gen. John Dailey", "the
    // 26-year-old")
    if (ctx.lower[k] === "-" && k > i && k + 1 < hi && joined(ctx, k - 1, k) && joined(ctx, k, k + 1)) {
      b = k + 1;
      k++;
      continue;
    }
    break;
  }
  return sawHead ? [i, b] : null;
}

/** Is token `k` a verb form the tagger read before a role noun it modifies ("lead negotiator")? */
export function verbBeforeRole(ctx: Ctx, k: number): boolean {
  return ctx.pos[k] === "VERB" && ctx.pos[k + 1] === "NOUN" && ROLE_NOUNS.has(ctx.lower[k + 1]);
}

/** Is token `k` a lower-case name particle before a name, maybe past a second one ("de la Calle")? */
function particleBeforeName(ctx: Ctx, k: number, hi: number): boolean {
  if (!NAME_PARTICLES.has(ctx.words[k])) return false;
  const next = NAME_PARTICLES.has(ctx.words[k + 1] ?? "") ? k + 2 : k + 1;
  return next < hi && ctx.pos[next] === "PROPN";
}

/** The parser's tagger's UPOS of token `k` (parsing its sentence when first asked); null without one. */
export function treeTag(ctx: Ctx, k: number): string | null {
  const syntax = ctx.article.syntax;
  if (!syntax) return null;
  syntax.ensure(k);
  return syntax.upos[k];
}

/** Is token `k` a hyphen joining two proper nouns into one name ("Hewlett-Packard")? */
function hyphenInName(ctx: Ctx, k: number): boolean {
  return (
    ctx.lower[k] === "-" &&
    ctx.pos[k - 1] === "PROPN" &&
    ctx.pos[k + 1] === "PROPN" &&
    joined(ctx, k - 1, k) &&
    joined(ctx, k, k + 1)
  );
}

/** Do tokens `a` and `b` touch (no space between)? */
export const joined = (ctx: Ctx, a: number, b: number) => ctx.ends[a] === ctx.starts[b];

/** The last run of proper nouns inside [a, b], as [first, last], or null. */
export function lastPropnRun(ctx: Ctx, a: number, b: number): [number, number] | null {
  for (let k = b; k >= a; k--) {
    if (ctx.pos[k] === "PROPN") {
      let s = k;
      while (
        s - 1 >= a &&
        (ctx.pos[s - 1] === "PROPN" ||
          ((ctx.lower[s - 1] === "." || hyphenInName(ctx, s - 1)) &&
            s - 2 >= a &&
            ctx.pos[s - 2] === "PROPN"))
      )
        s--;
      return [s, k];
    }
  }
  return null;
}

/** The first run of proper nouns inside [a, b], as [first, last], or null. */
/** Tokens between `a` and `b` glued by a hyphen to the one before them ("York-based": 2): what makes one word many. */
export function hyphenGlued(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++)
    if (ctx.starts[k] === ctx.ends[k - 1] && (ctx.lower[k] === "-" || ctx.lower[k - 1] === "-")) n++;
  return n;
}

export function firstPropnRun(ctx: Ctx, a: number, b: number): [number, number] | null {
  for (let k = a; k <= b; k++) {
    if (ctx.pos[k] === "PROPN") {
      let e = k;
      while (e + 1 <= b && (ctx.pos[e + 1] === "PROPN" || (hyphenInName(ctx, e + 1) && e + 2 <= b))) e++;
      return [k, e];
    }
  }
  return null;
}

/**
 * "lobbyist and GOP strategist Charlie Black": after a role noun and the "and" at `and`, a second
 * role and one name (at most five words, before `hi`); the name's last token, or -1.
 */
export function roleAndName(ctx: Ctx, and: number, hi: number): number {
  if (ctx.lower[and] !== "and" || !personNoun(ctx.lower[and - 1])) return -1;
  // the name after the last role (a capitalised title may be several: "founder and Executive Vice
  // President Alan M. Gottlieb"; "protester and Cleveland High School student Quetzal Brock")
  let end = -1;
  for (let j = and + 1; j < hi && j - and <= 7 && /^(NOUN|PROPN|ADJ)$/.test(ctx.pos[j]); j++) {
    if (ctx.pos[j] !== "PROPN" || !personNoun(ctx.lower[j - 1])) continue;
    end = j;
    while (end + 1 < hi && (ctx.pos[end + 1] === "PROPN" || /^\p{Lu}\.$/u.test(ctx.words[end + 1]))) end++;
  }
  return end;
}

/** A role ("founder") or a singular of a group noun ("protester", "student"). */
function personNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || ANONYMOUS_HEADS.has(`${w}s`);
}

/**
 * The comma that opens an appositive holding token `k`: the nearest comma before `k` (no verb
 * between, at most `reach` tokens back, in its sentence) with a name before it and an article after
 * it ("Hunter Richard, the 16-year-old teen who ..."); -1 when there is none.
 */
export function appositiveOpening(ctx: Ctx, k: number, reach: number): number {
  const first = ctx.sentFirst[ctx.sent[k]];
  for (let j = k - 1; j > first && j >= k - reach; j--) {
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") return -1;
    if (ctx.lower[j] !== ",") continue;
    return ctx.pos[j - 1] === "PROPN" && /^(the|a|an)$/.test(ctx.lower[j + 1]) ? j : -1;
  }
  return -1;
}
