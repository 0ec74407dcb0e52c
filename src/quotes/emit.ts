/**
 * Pass 6: the candidates in text order become quotes. Speakers are resolved in text order
 * (speakers.ts: a pronoun or description to the nearest compatible actor, a quote without a frame
 * to the last speaker); relays and media come from the frame and the tree's addressee ("told the
 * BBC"). A reported clause nested in an earlier quote is dropped, unless it lies in the frame
 * between two segments of an interrupted quote or is a nested report with its own named source.
 */
import type { Quote, Speaker } from "../analysis.js";
import type { Article } from "../article.js";
import type { Candidate } from "./candidate.js";
import { type Ctx, npRight, tokenAt } from "./context.js";
import { QUESTION_WORDS } from "./cues.js";
import { onlyTimeAdjunct, TIME_WORDS } from "./events/span.js";
import { relayInfo, spelledOut } from "./relays.js";
import { SpeakerResolver } from "./speakers.js";
import { treeAddressee } from "./tree.js";

/** Does the candidate lie between two segments of an interrupted quote? */
function inGap(segments: [number, number][] | undefined, c: Candidate): boolean {
  if (!segments) return false;
  for (let k = 1; k < segments.length; k++)
    if (c.start >= segments[k - 1][1] && c.end <= segments[k][0]) return true;
  return false;
}

const TELL_FORMS = /^(?:told|tells?|telling)$/i;

/** How far after a cue a relay may be named ("told The Hollywood Reporter"), in characters. */
const CUE_WORDS = 60;

/** The end of the written word at `end` ("Polygraph" of "Polygraph.info"), without final punctuation. */
function wordEnd(text: string, end: number): number {
  const m = /^[\p{L}\p{N}.&-]*[\p{L}\p{N}]/u.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}

/**
 * Two names of one outlet: "The Hollywood Reporter" and "Hollywood Reporter", "Moneycontrol.com"
 * and "Moneycontrol" (case, a leading "The", a web suffix and punctuation aside).
 */
function sameOutlet(a: string, b: string | null | undefined): boolean {
  const bare = (name: string) =>
    name
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\.(com|info|org|net|co\.uk)$/, "")
      .replace(/[^\p{L}\p{N}]+/gu, "");
  return !!b && bare(a) === bare(b);
}

/** The text from the cue on, up to CUE_WORDS characters after it, within its sentence. */
function wordsAfterCue(ctx: Ctx, cue: [number, number]): string {
  const sentenceEnd = ctx.ends[ctx.sentLast[ctx.sent[cue[1]]]];
  return ctx.text.slice(ctx.starts[cue[0]], Math.min(ctx.ends[cue[1]] + CUE_WORDS, sentenceEnd));
}

/** `cands` sorted by start (longest first at equal starts). */
export function emitQuotes(ctx: Ctx, article: Article, cands: readonly Candidate[]): Quote[] {
  const resolver = new SpeakerResolver(ctx);
  const acronyms = new Map<string, string>();
  const quotes: Quote[] = [];
  const ownAddressee = new Set<Quote>();
  let lastEnd = -1;
  let lastSegments: [number, number][] | undefined;
  let lastStart = -1;
  for (const c of cands) {
    // nested in an earlier quote, unless it lies in the frame between two segments
    if (c.start < lastEnd && c.kind !== "direct" && !inGap(lastSegments, c) && !c.nested) continue;
    // a quotation standing alone that an earlier attribution's content already covers
    // (the same words: that content starts at the quotation's opening mark)
    if (c.kind === "direct" && !c.cue && c.end <= lastEnd && c.start - lastStart <= 2) continue;
    if (c.end <= c.start) continue;
    // ("the only county so far this month reporting a shortage": a time is no one, and such a verb
    // modifies a noun before it)
    if (c.speaker && onlyTime(ctx, c.speaker)) continue;
    const speaker = speakerOf(resolver, c);
    // (the one asked a question answers it: the likeliest speaker of the next "he said")
    const asked = questionAddressee(ctx, c);
    if (asked) resolver.resolve(asked[0], asked[1]);
    // (resolved all the same: the antecedent of a later pronoun)
    if (c.withheld) continue;
    // words with no source ("with reports that ...", "the charges that ...") are no one's: the
    // realnews-dev guidelines leave out reports with no source, as they leave out "reportedly"
    if (c.noSource && c.cueType === "speech") continue;
    if (readerAsSource(ctx, c, speaker) || writerAsSource(ctx, c, speaker) || ownOutlet(article, speaker))
      continue;
    const { quote, addressed } = quoteOf(ctx, article, c, speaker, quotes.length + 1, acronyms);
    quotes.push(quote);
    if (addressed) ownAddressee.add(quote);
    if (c.end > lastEnd) {
      lastSegments = c.segments;
      lastStart = c.start;
    }
    lastEnd = Math.max(lastEnd, c.end);
  }
  inheritRelays(ctx, quotes, ownAddressee);
  return quotes;
}

/** Are the words of `np` a time and no more ("this month", "Late Thursday"; not the magazine "Time")? */
function onlyTime(ctx: Ctx, [a, b]: [number, number]): boolean {
  return TIME_WORDS.has(ctx.lower[b]) && ctx.mentionFirst[b] < 0 && onlyTimeAdjunct(ctx, a, b);
}

const ASK_FORMS = /^(?:ask|asks|asked|asking)$/;

/**
 * "Senator Peck asked Harvey whether he could defend the contract.", '“Can you defend it?” Peck
 * asked Harvey.': the person asked, when the words are a question (null otherwise: "asked Comey to
 * drop the investigation" is a request, and the next "he said" is still the asker's).
 */
function questionAddressee(ctx: Ctx, c: Candidate): [number, number] | null {
  if (!c.cue || !ASK_FORMS.test(ctx.lower[c.cue[1]])) return null;
  const sentenceEnd = ctx.sentLast[ctx.sent[c.cue[1]]] + 1;
  const np = npRight(ctx, c.cue[1] + 1, sentenceEnd);
  if (!np || ctx.nonAgent[np[1]] !== 2) return null;
  const next = ctx.lower[np[1] + 1] ?? "";
  const question =
    QUESTION_WORDS.has(next) ||
    next === "if" ||
    (/^[.!]$/.test(next) && /\?\W*$/.test(c.kind === "direct" ? ctx.text.slice(c.start, c.end + 2) : ""));
  return question ? np : null;
}

/**
 * "Lamrani told Business Insider that ... Lamrani further described the idea as “absurd.”": the
 * speaker's later quotes in the same paragraph went to the same outlet, unless one names its own
 * or was told to someone else ("He later told reporters that ...").
 */
function inheritRelays(ctx: Ctx, quotes: Quote[], ownAddressee: ReadonlySet<Quote>): void {
  const given = new Map<string, string[]>();
  let block = -1;
  for (const q of quotes) {
    const b = ctx.block[tokenAt(ctx, q.start)] ?? -1;
    if (b !== block) given.clear();
    block = b;
    if (!q.speaker) continue;
    const key = q.speaker.entity ?? q.speaker.name;
    if (q.via.length > 0) given.set(key, q.via);
    else if (ownAddressee.has(q)) given.delete(key);
    else if (given.has(key)) q.via = [...(given.get(key) ?? [])];
  }
}

/**
 * "By using this site you agree to ...", "you know what": outside quotation marks "you" is the
 * reader, whom the article reports nothing from (inside them it is someone's addressee).
 */
function readerAsSource(ctx: Ctx, c: Candidate, speaker: Speaker | null): boolean {
  return !!speaker && !speaker.entity && /^you$/i.test(speaker.name) && (!c.cue || ctx.inMark[c.cue[0]] < 0);
}

/**
 * "As I first reported last week, ...", "We reported in June that ...": outside quotation marks "I"
 * and "we" are the writer, whose narration reports no one's words (the realnews guidelines'
 * first-person passages by the writer); inside them they are the quoted speaker's.
 */
function writerAsSource(ctx: Ctx, c: Candidate, speaker: Speaker | null): boolean {
  // (the writer's beliefs and intentions stay stances, as PolNeAR annotates them)
  const speech = c.cueType === "speech";
  return (
    speech &&
    !!speaker &&
    !speaker.entity &&
    /^(i|we)$/i.test(speaker.name) &&
    !!c.cue &&
    ctx.inMark[c.cue[0]] < 0
  );
}

/**
 * "Moneycontrol.com advises users to check with certified experts": the publishing outlet's own
 * narration (self-reference, disclaimers) is no one's quote.
 */
function ownOutlet(article: Article, speaker: Speaker | null): boolean {
  return !!speaker && sameOutlet(speaker.name, article.meta.outlet);
}

/** The named or resolved speaker; without a frame speaker, the last one before (unless sourceless). */
function speakerOf(resolver: SpeakerResolver, c: Candidate): Speaker | null {
  if (c.speaker)
    return resolver.resolve(
      c.speaker[0],
      c.speaker[1],
      c.resolvedBy === "according-to" ? "according-to" : "name",
      c.start,
    );
  if (c.noSource) return null;
  const last = resolver.lastSpeaker(c.start);
  if (!last) return null;
  return {
    start: last.at,
    end: last.end,
    name: last.name,
    entity: last.entity?.id ?? null,
    anonymous: false,
    resolvedBy: "previous",
  };
}

function quoteOf(
  ctx: Ctx,
  article: Article,
  c: Candidate,
  speaker: Speaker | null,
  n: number,
  acronyms: Map<string, string>,
): { quote: Quote; addressed: boolean } {
  const { text } = ctx;
  const frameText = c.frame ? text.slice(c.frame[0], c.frame[1]) : "";
  const told = c.cue ? treeAddressee(ctx, c.cue[0], c.cue[1]) : null;
  const addressee = told ? text.slice(ctx.starts[told[0]], wordEnd(text, ctx.ends[told[1]])) : null;
  const cueWords = c.cue ? wordsAfterCue(ctx, c.cue) : "";
  const relays = relayInfo(frameText, c.relay, addressee, article.meta.outlet, cueWords);
  // an outlet that is itself the speaker ("according to Reuters") relayed nothing
  const via = relays.via
    .map((v) => spelledOut(v, text, acronyms))
    .filter((v) => !sameOutlet(v, speaker?.name));
  const medium = c.medium ?? relays.medium;
  const cue: Quote["cue"] = c.cue
    ? {
        text: text.slice(ctx.starts[c.cue[0]], ctx.ends[c.cue[1]]),
        start: ctx.starts[c.cue[0]],
        end: ctx.ends[c.cue[1]],
      }
    : null;
  if (cue) cue.type = c.cueType;
  const q: Quote = {
    id: `q${n}`,
    kind: c.kind,
    start: c.start,
    end: c.end,
    text: article.text.slice(c.start, c.end),
    paragraphs: c.paragraphs,
    speaker,
    cue,
    via,
    medium,
  };
  if (c.segments) q.segments = c.segments;
  // "told" always has someone told, though the tree is asked only about names ("told reporters")
  return { quote: q, addressed: told !== null || TELL_FORMS.test(cue?.text ?? "") };
}
