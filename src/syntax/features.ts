/**
 * Features of the parser (the rich non-local set of Zhang & Nivre 2011: stack/buffer words and
 * tags, distance, valency, heads, left/rightmost children, their labels, second-order children and
 * label sets) and of the arc labeler. Everything is an integer mixed into a 32-bit hash.
 */
import { mix1, mix2, mix3, mix4 } from "./hash.js";
import { ATOMS, Atom, type EncodedSentence, ROOT_WORD } from "./lexical.js";
import type { ParseState } from "./transitions.js";

export const PARSER_FEATURES = 100;
export const LABELER_FEATURES = 40;

/** A sentence as the parser sees it: word atoms and predicted tags (`tags[i]`, 1-based). */
export interface TaggedSentence {
  words: EncodedSentence;
  tags: Int32Array;
  /** The tagger's runner-up tag of each word. */
  alternatives: Int32Array;
}

// Positions: -1 none, 1..n the words, n + 1 the root (see transitions.ts).

/** Word id of position `i`. */
function wordOf(t: TaggedSentence, i: number): number {
  return i < 0 ? 0 : i > t.words.n ? ROOT_WORD : t.words.atoms[i * ATOMS + Atom.Word];
}

/** Tag atom of position `i`: 0 none, 1 root, tag index + 2. */
export function tagOf(t: TaggedSentence, i: number): number {
  return i < 0 ? 0 : i > t.words.n ? 1 : t.tags[i] + 2;
}

/** Runner-up tag atom of position `i` (0 none or root). */
function alternativeOf(t: TaggedSentence, i: number): number {
  return i <= 0 || i > t.words.n ? 0 : t.alternatives[i] + 2;
}

/** Label atom of word `i`: 0 none (or no label yet), label index + 1. */
function labelOf(st: ParseState, i: number): number {
  return i <= 0 ? 0 : st.labels[i] + 1;
}

const at = (array: Int32Array, i: number) => (i < 0 ? -1 : array[i]);

function distanceBucket(d: number): number {
  return d <= 5 ? d : d <= 10 ? 6 : 7;
}

/** Positions the parser's features look at. */
interface Context {
  s0: number;
  n0: number;
  n1: number;
  n2: number;
  s0h: number;
  s0h2: number;
  s0l: number;
  s0l2: number;
  s0r: number;
  s0r2: number;
  n0l: number;
  n0l2: number;
}

/**
 * The positions of the current state, in one object reused for every decision (the parser makes
 * two per word; a new object each time was 2% of what the whole pipeline allocates).
 */
const CONTEXT: Context = {
  s0: -1,
  n0: -1,
  n1: -1,
  n2: -1,
  s0h: -1,
  s0h2: -1,
  s0l: -1,
  s0l2: -1,
  s0r: -1,
  s0r2: -1,
  n0l: -1,
  n0l2: -1,
};

function context(st: ParseState): Context {
  const c = CONTEXT;
  const s0 = st.s0();
  const n0 = st.b;
  const s0h = s0 > 0 ? st.heads[s0] : -1;
  c.s0 = s0;
  c.n0 = n0;
  c.n1 = n0 + 1 <= st.n ? n0 + 1 : -1;
  c.n2 = n0 + 2 <= st.n ? n0 + 2 : -1;
  c.s0h = s0h;
  c.s0h2 = s0h > 0 ? st.heads[s0h] : -1;
  c.s0l = at(st.left1, s0);
  c.s0l2 = at(st.left2, s0);
  c.s0r = at(st.right1, s0);
  c.s0r2 = at(st.right2, s0);
  c.n0l = at(st.left1, n0);
  c.n0l2 = at(st.left2, n0);
  return c;
}

/** Writes the parser's features for the current state into `out`; returns how many. */
export function parserFeatures(st: ParseState, t: TaggedSentence, out: Int32Array): number {
  const c = context(st);
  const s0w = wordOf(t, c.s0);
  const s0p = tagOf(t, c.s0);
  const n0w = wordOf(t, c.n0);
  const n0p = tagOf(t, c.n0);
  const n1w = wordOf(t, c.n1);
  const n1p = tagOf(t, c.n1);
  const n2p = tagOf(t, c.n2);
  let k = 0;
  // Single words.
  out[k++] = mix2(1, s0w, s0p);
  out[k++] = mix1(2, s0w);
  out[k++] = mix1(3, s0p);
  out[k++] = mix2(4, n0w, n0p);
  out[k++] = mix1(5, n0w);
  out[k++] = mix1(6, n0p);
  out[k++] = mix2(7, n1w, n1p);
  out[k++] = mix1(8, n1w);
  out[k++] = mix1(9, n1p);
  out[k++] = mix2(10, wordOf(t, c.n2), n2p);
  out[k++] = mix1(11, wordOf(t, c.n2));
  out[k++] = mix1(12, n2p);
  // Pairs.
  out[k++] = mix4(13, s0w, s0p, n0w, n0p);
  out[k++] = mix3(14, s0w, s0p, n0w);
  out[k++] = mix3(15, s0w, n0w, n0p);
  out[k++] = mix3(16, s0w, s0p, n0p);
  out[k++] = mix3(17, s0p, n0w, n0p);
  out[k++] = mix2(18, s0w, n0w);
  out[k++] = mix2(19, s0p, n0p);
  out[k++] = mix2(20, n0p, n1p);
  // Triples of tags.
  out[k++] = mix3(21, n0p, n1p, n2p);
  out[k++] = mix3(22, s0p, n0p, n1p);
  out[k++] = mix3(23, tagOf(t, c.s0h), s0p, n0p);
  out[k++] = mix3(24, s0p, tagOf(t, c.s0l), n0p);
  out[k++] = mix3(25, s0p, tagOf(t, c.s0r), n0p);
  out[k++] = mix3(26, s0p, n0p, tagOf(t, c.n0l));
  k = distanceAndValency(st, t, c, out, k);
  k = childFeatures(st, t, c, out, k);
  k = robustnessFeatures(st, t, c, out, k);
  return k;
}

const atomOf = (t: TaggedSentence, i: number, atom: number) =>
  i <= 0 ? i : i > t.words.n ? -2 : t.words.atoms[i * ATOMS + atom];

/**
 * Beyond Zhang & Nivre: the tags each word was seen with and its suffix, which soften the effect
 * of a wrong predicted tag, and the second word on the stack.
 */
function robustnessFeatures(
  st: ParseState,
  t: TaggedSentence,
  c: Context,
  out: Int32Array,
  k0: number,
): number {
  let k = k0;
  const s0p = tagOf(t, c.s0);
  const n0p = tagOf(t, c.n0);
  const s0c = atomOf(t, c.s0, Atom.TagClass);
  const n0c = atomOf(t, c.n0, Atom.TagClass);
  const s1 = st.sp > 1 ? st.stack[st.sp - 2] : -1;
  const s1p = tagOf(t, s1);
  out[k++] = mix2(90, s0c, s0p);
  out[k++] = mix2(91, n0c, n0p);
  out[k++] = mix1(92, atomOf(t, c.n1, Atom.TagClass));
  out[k++] = mix2(93, s0c, n0c);
  out[k++] = mix2(94, atomOf(t, c.s0, Atom.Suffix3), n0p);
  out[k++] = mix2(95, s0p, atomOf(t, c.n0, Atom.Suffix3));
  out[k++] = mix1(96, s1p);
  out[k++] = mix1(97, wordOf(t, s1));
  out[k++] = mix2(98, s1p, s0p);
  out[k++] = mix3(99, s1p, s0p, n0p);
  // Lexicalised lookahead.
  const n0w = wordOf(t, c.n0);
  const n1w = wordOf(t, c.n1);
  const n1p = tagOf(t, c.n1);
  out[k++] = mix2(130, n0w, n1w);
  out[k++] = mix2(131, n0w, n1p);
  out[k++] = mix2(132, n0p, n1w);
  out[k++] = mix3(133, wordOf(t, c.s0), n0p, n1p);
  out[k++] = mix3(134, s0p, n0w, n1p);
  out[k++] = mix2(135, n1p, tagOf(t, c.n2));
  out[k++] = mix3(136, s0p, n0p, labelOf(st, c.s0));
  // The external dictionary's tags, where training data was silent about a word.
  out[k++] = mix2(137, atomOf(t, c.s0, Atom.DictLower), s0p);
  out[k++] = mix2(138, atomOf(t, c.n0, Atom.DictLower), n0p);
  out[k++] = mix3(139, atomOf(t, c.n0, Atom.DictLower), atomOf(t, c.n1, Atom.DictLower), s0p);
  out[k++] = mix2(140, alternativeOf(t, c.s0), s0p);
  out[k++] = mix3(141, alternativeOf(t, c.n0), n0p, s0p);
  out[k++] = mix2(142, alternativeOf(t, c.n1), n1p);
  return k;
}

function distanceAndValency(
  st: ParseState,
  t: TaggedSentence,
  c: Context,
  out: Int32Array,
  k0: number,
): number {
  let k = k0;
  const s0w = wordOf(t, c.s0);
  const s0p = tagOf(t, c.s0);
  const n0w = wordOf(t, c.n0);
  const n0p = tagOf(t, c.n0);
  const d = c.s0 >= 0 && c.n0 >= 0 ? distanceBucket(c.n0 - c.s0) : 0;
  out[k++] = mix2(30, s0w, d);
  out[k++] = mix2(31, s0p, d);
  out[k++] = mix2(32, n0w, d);
  out[k++] = mix2(33, n0p, d);
  out[k++] = mix3(34, s0w, n0w, d);
  out[k++] = mix3(35, s0p, n0p, d);
  const s0vr = c.s0 >= 0 ? st.rightCount[c.s0] : 0;
  const s0vl = c.s0 >= 0 ? st.leftCount[c.s0] : 0;
  const n0vl = c.n0 >= 0 ? st.leftCount[c.n0] : 0;
  out[k++] = mix2(36, s0w, s0vr);
  out[k++] = mix2(37, s0p, s0vr);
  out[k++] = mix2(38, s0w, s0vl);
  out[k++] = mix2(39, s0p, s0vl);
  out[k++] = mix2(40, n0w, n0vl);
  out[k++] = mix2(41, n0p, n0vl);
  return k;
}

function childFeatures(st: ParseState, t: TaggedSentence, c: Context, out: Int32Array, k0: number): number {
  let k = k0;
  const s0w = wordOf(t, c.s0);
  const s0p = tagOf(t, c.s0);
  const n0w = wordOf(t, c.n0);
  const n0p = tagOf(t, c.n0);
  // Heads and children (second order).
  out[k++] = mix1(50, wordOf(t, c.s0h));
  out[k++] = mix1(51, tagOf(t, c.s0h));
  out[k++] = mix1(52, labelOf(st, c.s0));
  out[k++] = mix1(53, wordOf(t, c.s0l));
  out[k++] = mix1(54, tagOf(t, c.s0l));
  out[k++] = mix1(55, labelOf(st, c.s0l));
  out[k++] = mix1(56, wordOf(t, c.s0r));
  out[k++] = mix1(57, tagOf(t, c.s0r));
  out[k++] = mix1(58, labelOf(st, c.s0r));
  out[k++] = mix1(59, wordOf(t, c.n0l));
  out[k++] = mix1(60, tagOf(t, c.n0l));
  out[k++] = mix1(61, labelOf(st, c.n0l));
  // Third order.
  out[k++] = mix1(62, wordOf(t, c.s0h2));
  out[k++] = mix1(63, tagOf(t, c.s0h2));
  out[k++] = mix1(64, labelOf(st, c.s0h));
  out[k++] = mix1(65, wordOf(t, c.s0l2));
  out[k++] = mix1(66, tagOf(t, c.s0l2));
  out[k++] = mix1(67, labelOf(st, c.s0l2));
  out[k++] = mix1(68, wordOf(t, c.s0r2));
  out[k++] = mix1(69, tagOf(t, c.s0r2));
  out[k++] = mix1(70, labelOf(st, c.s0r2));
  out[k++] = mix1(71, wordOf(t, c.n0l2));
  out[k++] = mix1(72, tagOf(t, c.n0l2));
  out[k++] = mix1(73, labelOf(st, c.n0l2));
  out[k++] = mix3(74, s0p, tagOf(t, c.s0l), tagOf(t, c.s0l2));
  out[k++] = mix3(75, s0p, tagOf(t, c.s0r), tagOf(t, c.s0r2));
  out[k++] = mix3(76, s0p, tagOf(t, c.s0h), tagOf(t, c.s0h2));
  out[k++] = mix3(77, n0p, tagOf(t, c.n0l), tagOf(t, c.n0l2));
  // Label sets.
  const s0sr = c.s0 >= 0 ? st.rightLabels[c.s0] : 0;
  const s0sl = c.s0 >= 0 ? st.leftLabels[c.s0] : 0;
  const n0sl = c.n0 >= 0 ? st.leftLabels[c.n0] : 0;
  out[k++] = mix2(78, s0w, s0sr);
  out[k++] = mix2(79, s0p, s0sr);
  out[k++] = mix2(80, s0w, s0sl);
  out[k++] = mix2(81, s0p, s0sl);
  out[k++] = mix2(82, n0w, n0sl);
  out[k++] = mix2(83, n0p, n0sl);
  return k;
}

const previousTag = (t: TaggedSentence, i: number) => (i > 1 ? tagOf(t, i - 1) : 0);
const nextTag = (st: ParseState, t: TaggedSentence, i: number) => (i > 0 && i < st.n ? tagOf(t, i + 1) : 0);

/** Features for labelling the arc head -> dep, made in state `st` (before the arc is added). */
export function labelerFeatures(
  st: ParseState,
  t: TaggedSentence,
  head: number,
  dep: number,
  out: Int32Array,
): number {
  const hw = wordOf(t, head);
  const hp = tagOf(t, head);
  const dw = wordOf(t, dep);
  const dp = tagOf(t, dep);
  const dir = dep < head ? 1 : 2;
  const dist = distanceBucket(Math.abs(head - dep));
  const suffix = t.words.atoms[dep * ATOMS + Atom.Suffix3];
  const hh = head > 0 ? st.heads[head] : -1;
  const lset = st.leftLabels[dep];
  const rset = st.rightLabels[dep];
  const hset = st.leftLabels[head] | st.rightLabels[head];
  let k = 0;
  out[k++] = mix1(100, dir);
  out[k++] = mix2(101, hw, dir);
  out[k++] = mix2(102, hp, dir);
  out[k++] = mix2(103, dw, dir);
  out[k++] = mix2(104, dp, dir);
  out[k++] = mix3(105, hp, dp, dir);
  out[k++] = mix3(106, hw, dp, dir);
  out[k++] = mix3(107, hp, dw, dir);
  out[k++] = mix3(108, hw, dw, dir);
  out[k++] = mix4(109, hp, dp, dist, dir);
  out[k++] = mix2(110, suffix, dir);
  out[k++] = mix3(111, dp, labelOf(st, head), dir);
  out[k++] = mix3(112, hp, dp, tagOf(t, hh));
  out[k++] = mix3(113, dp, lset, rset);
  out[k++] = mix3(114, dp, hp, hset);
  out[k++] = mix3(115, dp, previousTag(t, dep), nextTag(st, t, dep));
  out[k++] = mix4(116, hp, previousTag(t, head), nextTag(st, t, head), dir);
  out[k++] = mix3(117, dp, labelOf(st, at(st.left1, dep)), dir);
  out[k++] = mix3(118, dp, labelOf(st, at(st.right1, dep)), dir);
  out[k++] = mix3(119, dw, hp, dir);
  out[k++] = mix3(120, dp, tagOf(t, at(st.left1, dep)), tagOf(t, at(st.right1, dep)));
  out[k++] = mix3(121, hp, dp, labelOf(st, at(st.left1, head)));
  out[k++] = mix2(122, t.words.atoms[dep * ATOMS + Atom.Shape], dp);
  out[k++] = mix4(123, dw, hw, hp, dir);
  out[k++] = mix4(124, hp, dp, dist, tagOf(t, at(st.left1, dep)));
  return k;
}
