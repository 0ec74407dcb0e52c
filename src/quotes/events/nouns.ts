/** Nominal cues with a content clause: "his claim that ...", "amid fears that ...", "a plan to ...". */
import { npLeft } from "../context.js";
import { CUE_NOUNS, CUE_NOUNS_TO } from "../cues.js";
import { contentSpan, event, type Scan } from "./span.js";

/** The event of a noun cue at token `i`, pushed to the scan; the token to continue after, or undefined. */
export function nounCue(s: Scan, i: number, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  if (ctx.pos[i] !== "NOUN" || ctx.inMark[i] >= 0) return undefined;
  const type =
    ctx.lower[i + 1] === "that" && ctx.pos[i + 1] !== "DET"
      ? CUE_NOUNS.get(ctx.lower[i])
      : ctx.lower[i + 1] === "to" && ctx.pos[i + 2] === "VERB" && CUE_NOUNS_TO.has(ctx.lower[i])
        ? ("intention" as const)
        : undefined;
  if (!type) return undefined;
  const span = contentSpan(ctx, i + 2, hi);
  if (!span) return undefined;
  // the holder: a possessive before the noun ("his claim", "the minister's warning")
  let sp: [number, number] | null = null;
  const p = i - 1;
  if (p >= prevEnd && /^(his|her|their|its)$/.test(ctx.lower[p])) sp = [p, p];
  else if (p - 1 >= prevEnd && (ctx.lower[p] === "'s" || ctx.lower[p] === "’s"))
    sp = npLeft(ctx, p - 1, prevEnd);
  s.events.push(event([i, i], type, sp, span, sp ? sp[0] : i, hi, { noSource: !sp }));
  return hi;
}
