/**
 * What every reported-speech rule shares: the event it finds (a cue, its source, its content) and
 * the content span, trimmed of punctuation and refused when it is only a time or place adjunct.
 */
import type { Ctx } from "../context.js";
import { loadSet } from "../../util/lexicon.js";
import { CUE_CLASSES } from "../cues.js";
import { treeRelation } from "../tree.js";
import type { CueHit } from "../frames.js";

export interface Event {
  /** Cue tokens. */
  cue: [number, number];
  cueType: CueHit["type"];
  speaker: [number, number] | null;
  resolvedBy: "name" | "according-to";
  /** An attribution without a source ("is expected"): no speaker, not even the previous one. */
  noSource?: boolean;
  /** A report inside another's content that keeps that content whole ("he was told by X to ..."). */
  nested?: boolean;
  /** A report the source declined to make ("did not disclose the price"): no item, but its source is resolved. */
  withheld?: boolean;
  /** Content in character offsets. */
  start: number;
  end: number;
  /** The content's pieces around a frame inside it ("A, she said, B"), in character offsets. */
  segments?: [number, number][];
  /** Who passed the words on ("TASS quoted him as saying"): tokens of the relay's name. */
  relay?: [number, number];
  /** First and last token of the whole attribution (for bounding the next one). */
  first: number;
  last: number;
}

/** One sentence being scanned: tokens [lo, hi], the scan starting at `start`, the events so far. */
export interface Scan {
  ctx: Ctx;
  lo: number;
  hi: number;
  start: number;
  used: Uint8Array;
  events: Event[];
  /** Token of a sentence-internal ", according to" (-1: none): it names the whole sentence's source. */
  sourcePhraseAt: number;
}

/** Words between a cue and its content ("said that", "pointed out", "said on"). */
export const SKIP_AFTER_CUE = new Set(["out", "up", "that", ",", ":", "to", "on", "about", "—"]);
/** One-word contents that answer a question ("said so", "said no"). */
const SHORT_CONTENT: ReadonlySet<string> = new Set(CUE_CLASSES.shortContents);
/** Verbs that take an addressee before their content ("told reporters that"). */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(CUE_CLASSES.objectVerbs);
/** Verbs that point at a text ("referring to", "citing"): a document's name alone is no content. */
export const POINTERS: ReadonlySet<string> = new Set(CUE_CLASSES.pointers);

/** Auxiliaries that make a report foreseen, possible or wished rather than made. */
export const MODALS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "could",
  "can",
  "ca",
  "may",
  "might",
  "should",
  "must",
  "shall",
  "'ll",
  "'d",
]);

/** Verbs that put a message out (lexicons/quotes/publishing-verbs.txt). */
export const PUBLISHING_FORMS = loadSet("quotes/publishing-verbs");

/** Time words (cue-classes.json timeAdjuncts: "Tuesday", "week"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(CUE_CLASSES.timeAdjuncts);

/** Words of a bare time adjunct ("earlier this month", "on Monday"). */
export const TIME_ADJUNCT_WORDS: ReadonlySet<string> = new Set([
  ...CUE_CLASSES.timeAdjuncts,
  ...CUE_CLASSES.timeAdjunctLead,
]);

/** "which Bezos announced earlier this year": words of a time adjunct only are no content. */
export function onlyTimeAdjunct(ctx: Ctx, a: number, hi: number): boolean {
  for (let k = a; k <= hi; k++)
    if (ctx.pos[k] !== "PUNCT" && !TIME_ADJUNCT_WORDS.has(ctx.lower[k])) return false;
  return true;
}

/** Length of the phrase of `phrases` that starts at token `i` (0: none). */
export function matchPhrase(ctx: Ctx, i: number, phrases: string[][]): number {
  for (const p of phrases) {
    if (i + p.length > ctx.n) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      if (ctx.lower[i + k] !== p[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}

/** Character span of tokens [a, b] without trailing punctuation (closing quotation marks stay). */
export function contentSpan(ctx: Ctx, a: number, b: number): [number, number] | null {
  while (a <= b && (ctx.pos[a] === "PUNCT" || ctx.lower[a] === "that") && ctx.pos[a] !== "QUOTE") a++;
  while (b >= a && ctx.pos[b] === "PUNCT") b--;
  if (b < a) return null;
  let words = 0;
  for (let k = a; k <= b; k++) if (ctx.pos[k] !== "PUNCT" && ctx.pos[k] !== "QUOTE") words++;
  if (words < 1) return null;
  // a bare time or place adjunct ("said Thursday night", "said on CNN") is no content
  if (words < 3) {
    let verb = false;
    for (let k = a; k <= b; k++)
      if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX" || ctx.pos[k] === "QUOTE") verb = true;
    if (!verb && !(words === 1 && SHORT_CONTENT.has(ctx.lower[a].replace(/\.$/, "")))) return null;
  }
  // "said no.": the tokenizer keeps the full stop on the word (as in the abbreviation "No.")
  const stop = /^\p{L}+\.$/u.test(ctx.lower[b]) && SHORT_CONTENT.has(ctx.lower[b].slice(0, -1)) ? 1 : 0;
  return [ctx.starts[a], ctx.ends[b] - stop];
}

/** An event whose content is the character span `span` (a named source unless `extra` says otherwise). */
export function event(
  cue: [number, number],
  cueType: CueHit["type"],
  speaker: [number, number] | null,
  span: [number, number],
  first: number,
  last: number,
  extra: Partial<Event> = {},
): Event {
  return { cue, cueType, speaker, resolvedBy: "name", start: span[0], end: span[1], first, last, ...extra };
}

/** Do tokens [a, b] hold a verb of a clause (not a participle modifying a noun, "a recorded interview")? */
export function holdsVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    if (ctx.pos[k] !== "VERB" && ctx.pos[k] !== "AUX") continue;
    // only a participle before a noun may be a modifier: the tree is asked for those alone
    const attributive = /(ed|en)$/.test(ctx.lower[k]) && /^(NOUN|PROPN|ADJ)$/.test(ctx.pos[k + 1] ?? "");
    if (!attributive || treeRelation(ctx, k) !== "amod") return true;
  }
  return false;
}

/** The subject noun phrase [a, b] as a character span ("The verdict", "Mrs. Clinton"); null for anything else ("And yet", "On Friday"). */
export function subjectSpan(ctx: Ctx, a: number, b: number): [number, number] | null {
  // (past a leading conjunction: "And that, Mr. Manafort said, was in the works")
  while (a <= b && (ctx.pos[a] === "PUNCT" || (a < b && ctx.pos[a] === "CCONJ"))) a++;
  while (b >= a && ctx.pos[b] === "PUNCT") b--;
  if (a > b || !/^(NOUN|PROPN|PRON)$/.test(ctx.pos[b])) return null;
  for (let k = a; k <= b; k++)
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(ctx.pos[k]) && !/^['’]s$/.test(ctx.lower[k])) return null;
  return [ctx.starts[a], ctx.ends[b]];
}
