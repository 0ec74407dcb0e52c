/**
 * Reported speech, beliefs and intentions within one sentence: every cue (a reporting verb, an
 * "according to" phrase, an opinion frame, a nominal cue) with its source and its content clause.
 * Content is the rest of the clause after the cue (a that-clause, an object), or the words before
 * an end frame ("..., he said."). A cue after a comma or "and" with no subject of its own ("...,
 * adding that") shares the previous cue's source. The rules, in the order they are tried:
 *
 * 1. a participle clause chained to a direct quote's frame ("“...,” he said, adding that ...");
 * 2. one frame between commas for the whole sentence (sentence-frames.ts);
 * 3. a label before a colon ("Name: words");
 * 4. left to right over the tokens: source phrases (sources.ts), nominal cues (nouns.ts), verb cues
 *    (verbs.ts);
 * 5. with no event yet, a poll or document after the clause (sources.ts).
 */
import { loadSet } from "../../util/lexicon.js";
import { type Ctx, npRight, tokenAt } from "../context.js";
import { RELATIVE_PRONOUNS, SOURCE_PHRASES } from "../cues.js";
import { clauseStartsAt, cueAt, subjectLeft } from "../frames.js";
import { nestedNounCue, nounCue } from "./nouns.js";
import { chainedClause, commaFrame, labelColon } from "./sentence-frames.js";
import {
  accordingTo,
  citesEvidence,
  mediumOfReport,
  relayingPhraseEnd,
  relaysEndFrame,
  documentAfter,
  documentSource,
  opinionPhrase,
  stancePhrase,
} from "./sources.js";
import { contentSpan, type Event, event, matchPhrase, type Scan } from "./span.js";
import { verbCue } from "./verbs.js";

export type { Event } from "./span.js";

/** Events of the sentence tokens [lo, hi], skipping tokens flagged in `used`. */
export function sentenceEvents(
  ctx: Ctx,
  lo: number,
  hi: number,
  used: Uint8Array,
  frameSpeakers: ReadonlyMap<number, [number, number] | null> = new Map(),
): Event[] {
  // clause start: after tokens used by direct-quote frames
  let start = lo;
  while (start <= hi && used[start]) start++;
  if (start > hi) return [];
  hi = beforeQuotationFrame(ctx, start, hi, used);
  const chained = chainAfterFrame(ctx, lo, start, hi, used, frameSpeakers);
  if (chained) return [chained];
  const s: Scan = {
    ctx,
    lo,
    hi,
    start,
    used,
    events: [],
    sourcePhraseAt: sourcePhraseAfterComma(ctx, start, hi, used),
  };
  if (
    s.sourcePhraseAt < 0 &&
    matchPhrase(ctx, start, SOURCE_PHRASES) === 0 &&
    stancePhrase(ctx, start) === null
  ) {
    const framed = commaFrame(ctx, start, hi, used);
    if (framed) return framed;
  }
  const label = labelColon(s);
  if (label) return [label];
  scanCues(s);
  chainedReports(s);
  if (s.events.length === 0) {
    const ev = documentAfter(ctx, start, hi, used);
    if (ev) s.events.push(ev);
  }
  return s.events.filter(
    (ev) => !relativeStub(ctx, ev) && !(ev.speaker && HEARSAY_NOUNS.has(ctx.lower[ev.speaker[1]])),
  );
}

/** Talk with no source of its own ("conspiracy theories suggesting ..."; lexicons/quotes/hearsay-nouns.txt). */
const HEARSAY_NOUNS = loadSet("quotes/hearsay-nouns");

/**
 * "The email, which was seen by The Real Deal", "why it was mentioned by Ivanka Trump": a passive
 * cue in a relative clause or a question leaves only a pronoun and its auxiliary before it, which
 * report nothing.
 */
function relativeStub(ctx: Ctx, ev: Event): boolean {
  const a = tokenAt(ctx, ev.start);
  if (a >= ctx.n || !(RELATIVE_PRONOUNS.has(ctx.lower[a]) || ctx.pos[a] === "PRON")) return false;
  let auxiliaries = 0;
  for (let k = a + 1; k < ctx.starts.length && ctx.starts[k] < ev.end; k++) {
    if (ctx.pos[k] !== "AUX" && ctx.pos[k] !== "PUNCT") return false;
    if (ctx.pos[k] === "AUX") auxiliaries++;
  }
  // (a pronoun alone may be content: "he denied it")
  return RELATIVE_PRONOUNS.has(ctx.lower[a]) || auxiliaries > 0;
}

/** The words before a quotation's frame ("Asked if ..., Trump replied, “...”") end before it. */
function beforeQuotationFrame(ctx: Ctx, start: number, hi: number, used: Uint8Array): number {
  for (let j = start + 1; j <= hi; j++) {
    if (!used[j]) continue;
    let k = j;
    while (k <= hi && used[k]) k++;
    if (k <= hi && ctx.pos[k] === "QUOTE" && ctx.pos[j - 1] !== "QUOTE" && ctx.inMark[j - 1] < 0)
      return j - 1;
    return hi;
  }
  return hi;
}

/** A participle clause right after a direct quotation's frame: "“...,” he said, adding that ...". */
function chainAfterFrame(
  ctx: Ctx,
  lo: number,
  start: number,
  hi: number,
  used: Uint8Array,
  frameSpeakers: ReadonlyMap<number, [number, number] | null>,
): Event | null {
  for (let i = start; i <= hi; i++) {
    if (used[i] || ctx.inMark[i] >= 0 || ctx.pos[i] === "QUOTE") continue;
    if (i > lo && used[i - 1] && frameSpeakers.has(i - 1))
      return chainedClause(ctx, ctx.lower[i] === "," ? i + 1 : i, hi, frameSpeakers.get(i - 1) ?? null);
    return null;
  }
  return null;
}

/** A ", according to" inside the sentence (-1: none). */
function sourcePhraseAfterComma(ctx: Ctx, start: number, hi: number, used: Uint8Array): number {
  for (let i = start + 1; i <= hi; i++)
    if (
      !used[i] &&
      ctx.inMark[i] < 0 &&
      ctx.lower[i - 1] === "," &&
      matchPhrase(ctx, i, SOURCE_PHRASES) > 0 &&
      relayingPhraseEnd(ctx, i, matchPhrase(ctx, i, SOURCE_PHRASES)) < 0 &&
      !relaysEndFrame(ctx, i) &&
      !citesEvidence({ ctx, hi, used }, i) &&
      !mediumOfReport({ ctx, hi, used }, i)
    )
      return i;
  return -1;
}

/**
 * "According to the retailer, there is no evidence ..., adding that it does not include ...": a
 * rule that takes the rest of the sentence as its content (no cue is looked for inside it) leaves
 * a second report in it: the same source's after a comma (chainedAt: "..., adding that", "..., as
 * he joked ...") or another source's after "while" (contrastReport); the first content ends before
 * it.
 */
function chainedReports(s: Scan): void {
  const { ctx, events } = s;
  const ev = events.at(-1);
  if (!ev || ev.segments || ev.last !== s.hi) return;
  const from = tokenAt(ctx, ev.start);
  for (let k = from + 1; k < s.hi && ctx.starts[k] < ev.end; k++) {
    if (ctx.inMark[k] >= 0) continue;
    const chained =
      ctx.lower[k] === "," && ev.cueType === "speech"
        ? chainedAt(ctx, k + 1, s.hi, ev.speaker)
        : contrastReport(ctx, k, s.hi);
    if (!chained) continue;
    let end = k - 1;
    while (end > from && ctx.pos[end] === "PUNCT") end--;
    ev.end = ctx.ends[end];
    ev.last = k - 1;
    events.push(chained);
    return;
  }
}

/**
 * "Prosecutors had urged at least six years in prison while his lawyers said he should get no
 * more than two": another source's report after "while" or "whereas" in a content; null when
 * none starts at `k`.
 */
function contrastReport(ctx: Ctx, k: number, hi: number): Event | null {
  if (!/^(while|whereas)$/.test(ctx.lower[k])) return null;
  const subject = npRight(ctx, k + 1, hi + 1);
  const cue = subject ? subject[1] + 1 : -1;
  if (!subject || cue > hi || cueAt(ctx, cue)?.type !== "speech" || ctx.pos[subject[1]] === "PRON")
    return null;
  // (a clause after it, not an object: "while the Arab League condemned the move announced by ...")
  const finite = ctx.lower[cue + 1] === "that" || clauseStartsAt(ctx, cue + 1, hi, true);
  const a = ctx.lower[cue + 1] === "that" ? cue + 2 : cue + 1;
  const span = finite ? contentSpan(ctx, a, hi) : null;
  return span ? event([cue, cue], "speech", subject, span, k + 1, hi) : null;
}

/** Words that join a second report of the same source after a comma ("..., besides noting that"). */
const CHAINING = new Set(["besides", "while", "as", "after"]);

/**
 * The report that a comma's next words start in another's content: a participle cue with a
 * clause or a quotation ("..., adding that", "..., besides noting that"; "..., attacking Mr.
 * Trump" is what the source did), or a pronoun and its cue after "as" or "while" ("..., as he
 * joked he had been seen as a villain"). Null when there is none.
 */
function chainedAt(ctx: Ctx, j: number, hi: number, speaker: [number, number] | null): Event | null {
  const joined = CHAINING.has(ctx.lower[j]);
  let k = joined ? j + 1 : j;
  // (past an adverb: "..., after earlier saying it was not involved")
  while (joined && ctx.pos[k] === "ADV" && k < hi) k++;
  const reported =
    ctx.lower[k + 1] === "that" || ctx.pos[k + 1] === "QUOTE" || (joined && clauseStartsAt(ctx, k + 1, hi));
  if (/ing$/.test(ctx.lower[k]) && reported) {
    if (cueAt(ctx, k)?.type !== "speech" || (joined && ctx.lower[j] === "as")) return null;
    return chainedClause(ctx, k, hi, speaker);
  }
  if (!joined || ctx.lower[j] === "besides" || !/^(he|she|they)$/.test(ctx.lower[k])) return null;
  const hit = cueAt(ctx, k + 1);
  if (hit?.type !== "speech" || k + 2 > hi) return null;
  const span = contentSpan(ctx, ctx.lower[k + 2] === "that" ? k + 3 : k + 2, hi);
  const clause = ctx.lower[k + 2] === "that" || clauseStartsAt(ctx, k + 2, hi);
  return span && clause ? event([k + 1, k + 1], hit.type, [k, k], span, k, hi) : null;
}

/** The cues of the sentence, left to right; a rule that finds an event may skip over its content. */
function scanCues(s: Scan): void {
  const { ctx, used, events } = s;
  for (let i = s.start; i <= s.hi; i++) {
    if (used[i] || ctx.inMark[i] >= 0) continue;
    const prevEnd = events.length ? events[events.length - 1].last + 1 : s.start;
    i = cueAtToken(s, i, prevEnd, prevEnd > i);
  }
}

/**
 * "Bolivia's government responded by accusing Argentina of ...", "reacted by saying that ...": a
 * participle cue after "by" and a verb is a report of that verb's subject; undefined otherwise.
 */
function byParticiple(s: Scan, i: number): number | undefined {
  const { ctx, lo, hi } = s;
  if (i - 2 < lo || ctx.lower[i - 1] !== "by" || ctx.pos[i - 2] !== "VERB" || !/ing$/.test(ctx.lower[i]))
    return undefined;
  // (a topic is no report: "concluded by talking about the next fixture")
  if (ctx.pos[i + 1] === "ADP") return undefined;
  const speaker = subjectLeft(ctx, i - 2, lo);
  const chained = speaker && cueAt(ctx, i)?.type === "speech" ? chainedClause(ctx, i, hi, speaker) : null;
  if (!chained) return undefined;
  s.events.push({ ...chained, first: speaker ? speaker[0] : i });
  return chained.last;
}

/** The rules tried at token `i`; returns the token the scan continues after. */
function cueAtToken(s: Scan, i: number, prevEnd: number, inside: boolean): number {
  const by = byParticiple(s, i);
  if (by !== undefined) return by;
  if (!inside) {
    const phrase = accordingTo(s, i, prevEnd) ?? documentOpening(s, i) ?? opinionPhrase(s, i);
    if (phrase !== undefined) return phrase;
    const noun = nounCue(s, i, prevEnd);
    if (noun !== undefined) return noun;
  } else {
    const nested = nestedNounCue(s, i);
    if (nested !== undefined) return nested;
  }
  return verbCue(s, i, prevEnd, inside);
}

/** "In a Des Moines Register poll last month, X had a lead": a document or poll as the source. */
function documentOpening(s: Scan, i: number): number | undefined {
  if (i !== s.start || s.ctx.lower[i] !== "in") return undefined;
  const ev = documentSource(s.ctx, i, s.hi);
  if (!ev) return undefined;
  s.events.push(ev);
  return s.hi;
}
