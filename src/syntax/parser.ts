/**
 * Greedy arc-eager parsing: a perceptron scores the four moves, and each arc is labelled when it is
 * made by a second perceptron over the head, the dependent and their surroundings.
 */
import {
  LABELER_FEATURES,
  labelerFeatures,
  PARSER_FEATURES,
  parserFeatures,
  type TaggedSentence,
} from "./features.js";
import { candidatesFor, type LabelCandidates } from "./candidates.js";
import { type LinearModel, type Perceptron, scoreInto, scoreSome } from "./linear.js";
import { LEFT, MOVES, ParseState, REDUCE, RIGHT } from "./transitions.js";

export interface ParserModels {
  parser: LinearModel;
  labeler: LinearModel;
  /** Index of the `root` label, the only label of arcs from the root and never used elsewhere. */
  rootLabel: number;
  candidates: LabelCandidates;
}

/** Scratch buffers reused across decisions of one sentence. */
class Scratch {
  readonly feats = new Int32Array(Math.max(PARSER_FEATURES, LABELER_FEATURES));
  readonly moveScores = new Float64Array(MOVES);
  readonly labelScores: Float64Array;
  constructor(labels: number) {
    this.labelScores = new Float64Array(labels);
  }
}

/** The label the labeler gives the arc head -> dep (always root for arcs from the root). */
function predictLabel(
  m: ParserModels,
  st: ParseState,
  t: TaggedSentence,
  head: number,
  dep: number,
  x: Scratch,
): number {
  if (head === st.root) return m.rootLabel;
  const candidates = candidatesFor(m.candidates, t, head, dep);
  // one label was ever seen for this pair of tags and direction: nothing to score
  if (candidates.length === 1) return candidates[0];
  const nf = labelerFeatures(st, t, head, dep, x.feats);
  return scoreSome(m.labeler, x.feats, nf, candidates, x.labelScores);
}

function arcOf(st: ParseState, move: number): [head: number, dep: number] {
  return move === LEFT ? [st.b, st.s0()] : [st.s0(), st.b];
}

/**
 * Once the sentence is read, the words left headless on the stack would all become the root's
 * dependents; the first (the top of the stack) does, and the others depend on it, so the tree has
 * one root. Returns false when this does not apply.
 */
function attachToSentenceHead(m: ParserModels, st: ParseState, t: TaggedSentence, x: Scratch): boolean {
  const s0 = st.s0();
  const top = st.left1[st.root];
  if (st.b !== st.root || top < 0 || s0 <= 0 || st.heads[s0] >= 0) return false;
  st.addArc(top, s0, predictLabel(m, st, t, top, s0, x));
  st.apply(REDUCE, -1);
  return true;
}

/** The one valid move when there is only one (nothing to score), else -1. */
function onlyValidMove(st: ParseState): number {
  let only = -1;
  for (let k = 0; k < MOVES; k++) {
    if (!st.valid(k)) continue;
    if (only >= 0) return -1;
    only = k;
  }
  return only;
}

/** Parses a tagged sentence; `headOf(i)` (0 = root) and `labels[i]` of the returned state are the tree. */
export function parseTagged(m: ParserModels, t: TaggedSentence): ParseState {
  const st = new ParseState(t.words.n);
  const x = new Scratch(m.labeler.classes);
  while (!st.done) {
    if (attachToSentenceHead(m, st, t, x)) continue;
    let move = onlyValidMove(st);
    if (move < 0) {
      const nf = parserFeatures(st, t, x.feats);
      scoreInto(m.parser, x.feats, nf, x.moveScores);
      for (let k = 0; k < MOVES; k++) {
        if (st.valid(k) && (move < 0 || x.moveScores[k] > x.moveScores[move])) move = k;
      }
    }
    const label = move === LEFT || move === RIGHT ? predictLabel(m, st, t, ...arcOf(st, move), x) : -1;
    st.apply(move, label);
  }
  return st;
}

export interface TrainingTree {
  sentence: TaggedSentence;
  /** Projective gold heads (1-based). */
  heads: Int32Array;
  labels: Int32Array;
}

export interface TrainingModels {
  parser: Perceptron;
  labeler: Perceptron;
  rootLabel: number;
  candidates: LabelCandidates;
}

/** Labels an arc as the parser would, and trains the labeler on it when the arc is a gold one. */
function labelWhileTraining(
  m: TrainingModels,
  st: ParseState,
  tree: TrainingTree,
  move: number,
  x: Scratch,
): number {
  const [head, dep] = arcOf(st, move);
  if (head === st.root) return m.rootLabel;
  const nf = labelerFeatures(st, tree.sentence, head, dep, x.feats);
  const candidates = candidatesFor(m.candidates, tree.sentence, head, dep);
  const guess = scoreSome(m.labeler, x.feats, nf, candidates, x.labelScores);
  if (tree.heads[dep] === head) {
    m.labeler.tick();
    m.labeler.update(x.feats, nf, tree.labels[dep], guess);
  }
  return guess;
}

/**
 * One pass over a sentence with the dynamic oracle: the perceptron is updated towards the best
 * zero-cost move whenever its choice has a cost; with `explore`, the parser then follows its own
 * choice (with probability 0.9, Goldberg & Nivre 2012), otherwise the best zero-cost move.
 */
export function trainParserSentence(
  m: TrainingModels,
  tree: TrainingTree,
  explore: boolean,
  random: () => number,
): void {
  const st = new ParseState(tree.sentence.words.n);
  const x = new Scratch(m.labeler.classes);
  const costs = new Int32Array(MOVES);
  while (!st.done) {
    const nf = parserFeatures(st, tree.sentence, x.feats);
    scoreInto(m.parser, x.feats, nf, x.moveScores);
    let guess = -1;
    let best = -1;
    for (let move = 0; move < MOVES; move++) {
      if (!st.valid(move)) continue;
      costs[move] = st.cost(move, tree.heads);
      if (guess < 0 || x.moveScores[move] > x.moveScores[guess]) guess = move;
      if (costs[move] === 0 && (best < 0 || x.moveScores[move] > x.moveScores[best])) best = move;
    }
    if (best < 0) best = guess; // cannot happen for projective gold trees
    m.parser.tick();
    if (costs[guess] > 0) m.parser.update(x.feats, nf, best, guess);
    const move = explore && random() < 0.9 ? guess : best;
    const label = move === LEFT || move === RIGHT ? labelWhileTraining(m, st, tree, move, x) : -1;
    st.apply(move, label);
  }
}
