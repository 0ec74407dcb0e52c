/**
 * Pass 1d, signed quotations: a paragraph that is one quotation, followed by a short paragraph
 * that signs it with a dash and a name ("“The show was really great ...”" then "– Jane D., London"),
 * as pages set testimonials, reader reviews and pull quotes. The quotation is the signer's direct
 * quote; the quotation mark and the signature are claimed so that no later pass gives it the last
 * speaker before it.
 */
import type { Candidate, Passes } from "./candidate.js";
import { type Ctx, tokenAt } from "./context.js";
import { signatureLineStart } from "./embeds.js";

/** A signature: a dash, then a capitalised name of at most six words, then an optional ", role". */
const SIGNATURE = /^[–—―-]\s*(?<name>\p{Lu}[^\s,]*(?:\s+[^\s,]+){0,5})\s*(?:,[^\n]{0,80})?$/u;
/** Every word of the name starts with a capital (or an initial or a masked letter, "Jo** Al****"). */
const NAME_WORD = /^(?:\p{Lu}|\p{Lu}[\p{L}'’.*-]*|[*]+)$/u;

/** The character range of the signer's name in the block [start, end), or null. */
function signatureName(text: string, blockStart: number, end: number): [number, number] | null {
  const start = signatureLineStart(text, blockStart);
  const line = text.slice(start, end).trim();
  const m = SIGNATURE.exec(line);
  const name = m?.groups?.name;
  if (!m || !name || !name.split(/\s+/).every((w) => NAME_WORD.test(w))) return null;
  const at = text.indexOf(name, start);
  return [at, at + name.length];
}

/** The tokens of a character range, without the masking stars a name may carry. */
function nameTokens(ctx: Ctx, [from, to]: [number, number]): [number, number] | null {
  const a = tokenAt(ctx, from);
  let b = tokenAt(ctx, to) - 1;
  while (b > a && !/[\p{L}\p{N}]/u.test(ctx.words[b])) b--;
  return a < ctx.n && a <= b ? [a, b] : null;
}

/** The quotation that makes up block `j` on its own (opening at its start, closing at its end, or unclosed). */
function wholeBlockMark(p: Passes, j: number): number {
  const block = p.ctx.article.blocks[j];
  const text = p.ctx.text.slice(block.start, block.end);
  const open = block.start + (text.length - text.trimStart().length);
  const close = block.start + text.trimEnd().length - 1;
  return p.marks.findIndex(
    (m, i) =>
      !p.markUsed[i] &&
      m.open === open &&
      m.firstBlock === j &&
      m.lastBlock === j &&
      (m.closed ? m.close === close : true),
  );
}

/** Claims every quotation paragraph signed by the next paragraph as its signer's direct quote. */
export function signedQuotations(p: Passes): void {
  const { ctx } = p;
  const { blocks } = ctx.article;
  for (let i = 1; i < blocks.length; i++) {
    const first = tokenAt(ctx, blocks[i].start);
    if (first >= ctx.n || p.used[first]) continue;
    const name = signatureName(ctx.text, blocks[i].start, blocks[i].end);
    const mark = name ? wholeBlockMark(p, i - 1) : -1;
    const speaker = name && mark >= 0 ? nameTokens(ctx, name) : null;
    if (!speaker) continue;
    const m = p.marks[mark];
    p.markUsed[mark] = 1;
    for (let k = first; k < ctx.n && ctx.starts[k] < blocks[i].end; k++) p.used[k] = 1;
    p.cands.push(signedQuote(m.start, m.end, speaker, [blocks[i].start, blocks[i].end]));
  }
}

function signedQuote(
  start: number,
  end: number,
  speaker: [number, number],
  frame: [number, number],
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
  };
}
