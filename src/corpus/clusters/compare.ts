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
 * words differ in most of them. 0.2 allows 2 edits in 10 words, 1 in 5, none in 4 or fewer.
 */
export const EDIT_RATE = 0.2;

/** How a quote relates to another, with what the choice between candidates weighs. */
export interface Match {
  relation: Relation;
  /** Word edits between the shorter quote and its place in the longer one. */
  distance: number;
  /** Share of the longer quote's words that the shorter one covers, less its edits (0-1]. */
  closeness: number;
}

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
  const [part, whole] = bw.length <= aw.length ? [bw, aw] : [aw, bw];
  const closeness = (distance: number) => (part.length - distance) / whole.length;
  if (part.length === whole.length && part.every((w, i) => w === whole[i]))
    return { relation: surface(at) === surface(bt) ? "exact" : "normalised", distance: 0, closeness: 1 };
  if (containsRun(whole, part))
    return { relation: part === bw ? "truncated" : "extended", distance: 0, closeness: closeness(0) };
  const budget = Math.floor(EDIT_RATE * part.length);
  if (budget === 0 || missingWords(part, whole) > budget) return null;
  const distance = fitDistance(part, whole);
  return distance <= budget ? { relation: "edited", distance, closeness: closeness(distance) } : null;
}

/** Is b the same statement as a? null if not; else how b relates to a. */
export function compareQuotes(a: ClusterQuote, b: ClusterQuote): Relation | null {
  return matchWords(quoteWords(a.text), a.text, quoteWords(b.text), b.text)?.relation ?? null;
}
