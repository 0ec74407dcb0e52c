/**
 * Pass 1b, embedded posts: a tweet or Instagram post embedded in the page keeps, after article
 * extraction, its text as one paragraph and a signature line after it ("— Dele (@dele_official)
 * November 19, 2019"). The text is the author's words, verbatim, without quotation marks: a direct
 * quote whose speaker is the signature's display name and whose medium is the platform. The
 * post's quotation marks and words are claimed so that no later pass reads them as the outlet's.
 */
import { loadJson } from "../util/lexicon.js";
import type { Candidate, Passes } from "./candidate.js";
import { type Ctx, tokenAt } from "./context.js";

interface EmbedLexicon {
  signatures: { platform: string; pattern: string }[];
  trailingLinks: string;
}

const EMBEDS = loadJson<EmbedLexicon>("quotes/post-embeds");
const SIGNATURES = EMBEDS.signatures.map((s) => ({ platform: s.platform, re: new RegExp(s.pattern, "u") }));
const TRAILING_LINKS = new RegExp(EMBEDS.trailingLinks, "u");
/** A signature is a short line; longer blocks are not tested. */
const MAX_SIGNATURE = 160;

interface Signature {
  platform: string;
  /** Character range of the display name. */
  name: [number, number];
  /**
   * Where the post's words in the signature's own block end, when the signature follows them on
   * the same line ("... allowed to.....— Donald J. Trump (@realDonaldTrump) August 1, 2018");
   * null when the block is the signature alone.
   */
  inlineEnd: number | null;
}

/**
 * The signature a block is, or ends with, if any. The block is read from the start of its line:
 * the document layer may have left the signature's dash out of it (a credit-like line becomes a
 * caption).
 */
function signatureAt(text: string, blockStart: number, end: number): Signature | null {
  const lineStart = text.lastIndexOf("\n", blockStart - 1) + 1;
  const start = /^[\s—–-]*$/.test(text.slice(lineStart, blockStart)) ? lineStart : blockStart;
  const whole = end - start <= MAX_SIGNATURE ? signatureIn(text, start, end) : null;
  if (whole) return whole;
  // the last dash of the block, past the post's words (only a block that names an account: most
  // paragraphs are tested by the one search)
  const block = text.slice(start, end);
  if (!block.includes("(@")) return null;
  const dash = start + Math.max(block.lastIndexOf("—"), block.lastIndexOf("–"));
  // (only on a line of its own: a block of many lines, as some texts are laid out, holds more than a post)
  if (dash <= start || end - dash > MAX_SIGNATURE || text.slice(start, dash).includes("\n")) return null;
  const inline = signatureIn(text, dash, end);
  return inline ? { ...inline, inlineEnd: dash } : null;
}

/** The signature that the text [start, end) is, trimmed; null when it is none. */
function signatureIn(text: string, start: number, end: number): Signature | null {
  const line = text.slice(start, end);
  const lead = line.length - line.trimStart().length;
  const trimmed = line.trim();
  for (const { platform, re } of SIGNATURES) {
    const m = re.exec(trimmed);
    const name = m?.groups?.name;
    if (!m || !name) continue;
    const at = start + lead + m[0].indexOf(name);
    return { platform, name: [at, at + name.length], inlineEnd: null };
  }
  return null;
}

/** The tokens of the display name, without the emoji and symbols a name may carry. */
function nameTokens(ctx: Ctx, [from, to]: [number, number]): [number, number] | null {
  let a = tokenAt(ctx, from);
  let b = tokenAt(ctx, to - 1);
  if (a < 0 || b < a) return null;
  const wordy = (k: number) => /[\p{L}\p{N}]/u.test(ctx.words[k]);
  while (a <= b && !wordy(a)) a++;
  while (b >= a && !wordy(b)) b--;
  return a <= b ? [a, b] : null;
}

/** The post's text: the block before the signature, without the links it ends with. */
function postRange(text: string, start: number, end: number): [number, number] | null {
  const body = text.slice(start, end);
  const kept = body.replace(TRAILING_LINKS, "").trimEnd();
  const lead = kept.length - kept.trimStart().length;
  return kept.trim() === "" ? null : [start + lead, start + kept.length];
}

function claim(p: Passes, from: number, to: number): void {
  const { ctx } = p;
  for (let k = Math.max(0, tokenAt(ctx, from)); k < ctx.n && ctx.starts[k] < to; k++) p.used[k] = 1;
  p.marks.forEach((m, i) => {
    if (m.open >= from && m.open < to) p.markUsed[i] = 1;
  });
}

/** Claims every embedded post of the article as its author's direct quote. */
export function embeddedPosts(p: Passes): void {
  const { ctx } = p;
  const { blocks } = ctx.article;
  for (let i = 1; i < blocks.length; i++) {
    const signature = signatureAt(ctx.text, blocks[i].start, blocks[i].end);
    if (!signature) continue;
    const { first, inline } = postBlocks(ctx, i, signature);
    if (first < 0) continue;
    const range = postRange(ctx.text, blocks[first].start, inline ?? blocks[i - 1].end);
    const speaker = nameTokens(ctx, signature.name);
    if (!range || !speaker) continue;
    claim(p, blocks[first].start, blocks[i].end);
    const frame: [number, number] = [inline ?? blocks[i].start, blocks[i].end];
    p.cands.push(postQuote(range, speaker, frame, signature.platform));
  }
}

/**
 * Where the post signed in block `i` starts (-1: none) and, when it shares the signature's block,
 * where its words end there. The post: the blocks before the signature, or the words before it in
 * its own block (alone: the lines before such a block may be the article's, as in texts laid out
 * a sentence a line). A signature line that holds only the post's link ("pic.twitter.com/x —
 * Helen Branswell (@HelenBranswell) May 11, 2018") signs the line right above it alone.
 */
function postBlocks(ctx: Ctx, i: number, signature: Signature): { first: number; inline: number | null } {
  const { blocks } = ctx.article;
  if (signature.inlineEnd === null) return { first: postStart(ctx, i), inline: null };
  if (postRange(ctx.text, blocks[i].start, signature.inlineEnd))
    return { first: i, inline: signature.inlineEnd };
  return { first: postStart(ctx, i) < 0 ? -1 : i - 1, inline: null };
}

const BLANK_LINE = /\n\s*\n/;

/** Lines of one post the document layer may have made blocks of their own. */
const MAX_POST_LINES = 8;

/**
 * The first block of the post signed by block `i`: the block before it, and the blocks before that
 * which only a line break separates from it (a post's lines); -1 when there is none.
 */
function postStart(ctx: Ctx, i: number): number {
  const { blocks } = ctx.article;
  const usable = (j: number) =>
    j >= 0 && blocks[j].type !== "heading" && !signatureAt(ctx.text, blocks[j].start, blocks[j].end);
  if (!usable(i - 1)) return -1;
  // (a text with no blank line between paragraphs writes every paragraph as one line: the lines
  // before the post's are the article's)
  if (!BLANK_LINE.test(ctx.text)) return i - 1;
  let first = i - 1;
  while (
    i - first < MAX_POST_LINES &&
    usable(first - 1) &&
    !BLANK_LINE.test(ctx.text.slice(blocks[first - 1].end, blocks[first].start))
  )
    first--;
  return first;
}

function postQuote(
  [start, end]: [number, number],
  speaker: [number, number],
  frame: [number, number],
  platform: string,
): Candidate {
  return {
    kind: "direct",
    start,
    end,
    paragraphs: 1,
    speaker,
    resolvedBy: "name",
    cue: null,
    cueType: "speech",
    frame,
    relay: null,
    medium: platform,
  };
}
