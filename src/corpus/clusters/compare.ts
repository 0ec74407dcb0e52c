/** Whether two quotes are the same statement, and how the second relates to the first. */
import { containsRun, fitDistance, missingWords } from "./align.js";
import { identifiable, quoteWords, surface } from "./normalise.js";

export type Relation = "exact" | "normalised" | "truncated" | "extended" | "edited";

export interface ClusterQuote {
  id: string;
  article: string;
  text: string;
  speaker: string | null;
}

/**
 * Word edits allowed per word of the shorter quote: an outlet changes a word or two of a
 * sentence ("will" -> "would", a word dropped), while two different statements that share
 * words differ in most of them. 0.2 allows 2 edits in 10 words, 1 in 8 or 9.
 */
export const EDIT_RATE = 0.2;
/**
 * Fewer words than this are never an edited variant: one word apart is another statement
 * ('described as "peaceful"' and 'described as "volatile"').
 */
export const MIN_EDITED = 8;
/**
 * Word pairs beyond which two quotes are not aligned for edits (the alignment costs their product):
 * 4,000 x 4,000 words, far above a quotation; longer ones are still compared for equality and
 * containment, which cost their sum.
 */
export const MAX_ALIGNED = 16_000_000;

/** How a quote relates to another, with what the choice between candidates weighs. */
export interface Match {
  relation: Relation;
  /** Word edits between the shorter quote and its place in the longer one. */
  distance: number;
  /** Share of the longer quote's words that the shorter one covers, less its edits (0-1]. */
  closeness: number;
}

/**
 * A part of a quote stands for the whole statement when it holds at least a third of its words, or
 * at least LONG_PART words: a short phrase ("the Republican National Committee", "Republican
 * front-runner Donald Trump") recurs in many different statements, a long run of words does not.
 */
export const PART_SHARE = 1 / 3;
export const LONG_PART = 12;

/**
 * Whether `part` holds a number that `whole` does not: a changed figure is another claim ("at
 * least 1,353" is not "at least 1,410"), not an outlet's edit.
 */
const changesNumber = (part: readonly string[], whole: readonly string[]): boolean =>
  part.some((w) => /\p{N}/u.test(w) && !whole.includes(w));

/** The relations from the closest to the loosest: a new quote joins its closest match. */
export const RELATION_RANK: Record<Relation, number> = {
  exact: 0,
  normalised: 1,
  truncated: 2,
  extended: 2,
  edited: 3,
};

/** How quote b (words `bw`, text `bt`) relates to quote a, or null if it is another statement. */
export function matchWords(
  aw: readonly string[],
  at: string,
  bw: readonly string[],
  bt: string,
): Match | null {
  if (!identifiable(aw) || !identifiable(bw)) return null;
  // the shorter is fitted into the longer; of two of one length, the same one whichever comes first
  const bFirst = bw.length < aw.length || (bw.length === aw.length && bw.join(" ") <= aw.join(" "));
  const [part, whole] = bFirst ? [bw, aw] : [aw, bw];
  const closeness = (distance: number) => (part.length - distance) / whole.length;
  if (part.length === whole.length && part.every((w, i) => w === whole[i]))
    return { relation: surface(at) === surface(bt) ? "exact" : "normalised", distance: 0, closeness: 1 };
  if (part.length < PART_SHARE * whole.length && part.length < LONG_PART) return null;
  if (containsRun(whole, part))
    return { relation: part === bw ? "truncated" : "extended", distance: 0, closeness: closeness(0) };
  const budget = part.length < MIN_EDITED ? 0 : Math.floor(EDIT_RATE * part.length);
  if (budget === 0 || part.length * whole.length > MAX_ALIGNED) return null;
  if (missingWords(part, whole) > budget || changesNumber(part, whole)) return null;
  const distance = fitDistance(part, whole);
  return distance <= budget ? { relation: "edited", distance, closeness: closeness(distance) } : null;
}

/** Is b the same statement as a? null if not; else how b relates to a. */
export function compareQuotes(a: ClusterQuote, b: ClusterQuote): Relation | null {
  return matchWords(quoteWords(a.text), a.text, quoteWords(b.text), b.text)?.relation ?? null;
}
