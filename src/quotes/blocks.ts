/**
 * Pass 1c, block quotations: a paragraph that ends with an attribution and a colon ("Erich Pratt
 * writes:", "The ministry said in a statement:") introduces the next paragraph as its source's
 * words. Pages set such passages as block quotations, whose marks article extraction drops: the
 * paragraph is a direct quote without quotation marks. Its words and the frame are claimed so that
 * no later pass reads them as the outlet's. A paragraph that opens with a quotation mark is left to
 * the quotation-mark passes.
 */
import type { Candidate, Passes } from "./candidate.js";
import { type Ctx, tokenAt } from "./context.js";
import { CUE_CLASSES, PLATFORMS, RELATIVE_PRONOUNS } from "./cues.js";
import { cueAt, subjectLeft } from "./frames.js";

/** Most words between the cue and the colon ("said in a statement on Friday:"). */
const MAX_ADJUNCT = 6;
/** Words an adjunct between the cue and the colon may hold. */
const ADJUNCT_TAGS = new Set(["ADP", "DET", "NOUN", "PROPN", "ADV", "NUM", "ADJ"]);
/**
 * Prepositions of a topic or a target ("spoke out against Trump:"): the paragraph after may be an
 * embed the extraction dropped, or the outlet's own words; only a frame with no topic is read.
 */
const TOPIC: ReadonlySet<string> = new Set(CUE_CLASSES.blockTopics);

/** May token `k` be part of the adjunct between a cue and its colon ("in a statement", "Friday")? */
function adjunctWord(ctx: Ctx, k: number): boolean {
  // ("on Twitter:" names a channel)
  const topic = ctx.pos[k] === "ADP" && TOPIC.has(ctx.lower[k]) && !PLATFORMS.has(ctx.words[k + 1] ?? "");
  return ADJUNCT_TAGS.has(ctx.pos[k]) && !topic;
}

/** Claims every block quotation of the article as its source's direct quote. */
export function blockQuotations(p: Passes): void {
  const { ctx } = p;
  const { blocks } = ctx.article;
  for (let i = 0; i + 1 < blocks.length; i++) {
    const next = blocks[i + 1];
    if (blocks[i].type !== "paragraph" || next.type !== "paragraph") continue;
    const frame = colonFrame(ctx, blocks[i].start, blocks[i].end);
    const first = tokenAt(ctx, next.start);
    if (!frame || first < 0 || first >= ctx.n || ctx.pos[first] === "QUOTE" || ctx.inMark[first] >= 0)
      continue;
    for (let k = frame.from; k < ctx.n && ctx.starts[k] < next.end; k++) p.used[k] = 1;
    p.cands.push(blockQuote(ctx, next.start, next.end, frame));
  }
}

interface ColonFrame {
  /** First token of the frame's sentence, the cue, the colon and the speaker. */
  from: number;
  cue: number;
  colon: number;
  speaker: [number, number];
}

/** The attribution ending the block [start, end) with a colon: "SUBJECT CUE [adjunct]:", or null. */
function colonFrame(ctx: Ctx, start: number, end: number): ColonFrame | null {
  let colon = tokenAt(ctx, end - 1);
  while (colon > 0 && ctx.ends[colon] > end) colon--;
  if (colon <= 0 || ctx.lower[colon] !== ":" || ctx.inMark[colon] >= 0 || ctx.starts[colon] < start)
    return null;
  let cue = colon - 1;
  while (cue > colon - 1 - MAX_ADJUNCT && cue > 0 && adjunctWord(ctx, cue) && !cueAt(ctx, cue)) cue--;
  const hit = cueAt(ctx, cue);
  if (hit?.type !== "speech" || ctx.pos[cue] !== "VERB" || ctx.inMark[cue] >= 0) return null;
  const from = ctx.sentFirst[ctx.sent[cue]];
  const speaker = subjectLeft(ctx, cue, from);
  // (not a passive, "the stories that will be talked about today:", nor a relative pronoun)
  if (!speaker || ctx.pos[cue - 1] === "AUX" || RELATIVE_PRONOUNS.has(ctx.lower[speaker[0]])) return null;
  return { from, cue, colon, speaker };
}

function blockQuote(ctx: Ctx, start: number, end: number, frame: ColonFrame): Candidate {
  const body = ctx.text.slice(start, end);
  const lead = body.length - body.trimStart().length;
  return {
    kind: "direct",
    start: start + lead,
    end: start + body.trimEnd().length,
    paragraphs: 1,
    speaker: frame.speaker,
    resolvedBy: "name",
    cue: [frame.cue, frame.cue],
    cueType: "speech",
    frame: [ctx.starts[frame.from], ctx.ends[frame.colon]],
    relay: null,
  };
}
