/**
 * The labels an arc may take, by head tag, dependent tag and direction, as seen in training (with
 * the jackknifed tags the parser trains on). Scoring only these instead of every label makes the
 * labeler several times faster; an unseen combination falls back to every label.
 */
import { type TaggedSentence, tagOf } from "./features.js";

export interface LabelCandidates {
  /** Number of tag atoms (tags + none + root). */
  tagAtoms: number;
  /** Per key (see `keyOf`), the candidate labels; empty = unseen. */
  lists: Int32Array[];
  /** Every label but root: the fallback. */
  all: Int32Array;
}

const keyOf = (tagAtoms: number, headTag: number, depTag: number, dep: number, head: number) =>
  (headTag * tagAtoms + depTag) * 2 + (dep < head ? 0 : 1);

export function labelCandidates(
  tagAtoms: number,
  labels: number,
  rootLabel: number,
  lists: number[][],
): LabelCandidates {
  const all = Int32Array.from(Array.from({ length: labels }, (_, i) => i).filter((i) => i !== rootLabel));
  return { tagAtoms, lists: lists.map((l) => Int32Array.from(l)), all };
}

/** Candidates from training arcs: `arcs` yields (sentence, head, dep, label) for every gold arc. */
export function buildLabelCandidates(
  tagCount: number,
  labels: number,
  rootLabel: number,
  arcs: Iterable<[TaggedSentence, number, number, number]>,
): LabelCandidates {
  const tagAtoms = tagCount + 2;
  const sets: Set<number>[] = Array.from({ length: tagAtoms * tagAtoms * 2 }, () => new Set());
  for (const [t, head, dep, label] of arcs) {
    if (head > 0) sets[keyOf(tagAtoms, tagOf(t, head), tagOf(t, dep), dep, head)].add(label);
  }
  return labelCandidates(
    tagAtoms,
    labels,
    rootLabel,
    sets.map((s) => [...s].sort((a, b) => a - b)),
  );
}

export function candidatesFor(c: LabelCandidates, t: TaggedSentence, head: number, dep: number): Int32Array {
  const list = c.lists[keyOf(c.tagAtoms, tagOf(t, head), tagOf(t, dep), dep, head)];
  return list && list.length > 0 ? list : c.all;
}
