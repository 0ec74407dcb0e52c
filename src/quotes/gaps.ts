/**
 * Pass 5: an interrupted quotation whose frame holds an attribution of its own ("“A,” X wrote in the
 * email, which was first reported by Y. “B.”", "“A,” said X, who said he would ... “B.”") reads as
 * separate quotations around that attribution: each segment after such a gap becomes a quote of its
 * own, with the same speaker.
 */
import { partitionPoint } from "../util/sorted.js";
import type { Candidate } from "./candidate.js";
import { type Ctx, tokenAt } from "./context.js";

/**
 * Is the content `[start, end)` a clause (a verb in it, or a relative pronoun standing for it: "which
 * was first reported by X"), not a noun phrase ("who supports X", "who spoke on condition of ...")?
 */
function clausal(ctx: Ctx, start: number, end: number): boolean {
  const a = tokenAt(ctx, start);
  if (a < ctx.n && /^(which|that|who)$/.test(ctx.lower[a])) return true;
  for (let j = a; j < ctx.n && ctx.starts[j] < end; j++)
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") return true;
  return false;
}

/** Does another candidate with a clausal content of its own lie in the gap [gapStart, gapEnd)? */
function eventInGap(
  ctx: Ctx,
  cands: readonly Candidate[],
  c: Candidate,
  gapStart: number,
  gapEnd: number,
): boolean {
  for (let j = partitionPoint(cands, (x) => x.start < gapStart); j < cands.length; j++) {
    const x = cands[j];
    if (x.start >= gapEnd) break;
    if (x !== c && x.cue && x.end <= gapEnd && clausal(ctx, x.start, x.end)) return true;
  }
  return false;
}

/** The candidate's segments grouped into the quotes they become (one group: no split). */
function segmentGroups(ctx: Ctx, cands: readonly Candidate[], c: Candidate): [number, number][][] {
  const segs = c.segments ?? [];
  const parts: [number, number][][] = [[segs[0]]];
  for (let k = 1; k < segs.length; k++) {
    if (eventInGap(ctx, cands, c, segs[k - 1][1], segs[k][0])) parts.push([segs[k]]);
    else parts[parts.length - 1].push(segs[k]);
  }
  return parts;
}

/**
 * Splits interrupted direct quotes at gaps holding another attribution. `cands` is sorted by start;
 * it is re-sorted when anything is split. Each candidate's gaps are looked up by binary search:
 * linear in the number of candidates.
 */
export function splitAtGapEvents(ctx: Ctx, cands: Candidate[]): void {
  const added: Candidate[] = [];
  for (const c of cands) {
    if (c.kind !== "direct" || !c.segments || c.segments.length < 2) continue;
    const parts = segmentGroups(ctx, cands, c);
    if (parts.length < 2) continue;
    const whole = { ...c };
    parts.forEach((p, i) => {
      const target = i === 0 ? c : { ...whole, cue: null, frame: null, relay: null };
      target.start = p[0][0];
      target.end = p[p.length - 1][1];
      target.segments = p.length > 1 ? p : undefined;
      target.paragraphs = 1 + (ctx.text.slice(target.start, target.end).match(/\n+/g)?.length ?? 0);
      if (i > 0) added.push(target);
    });
  }
  if (added.length === 0) return;
  cands.push(...added);
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
}
