/** Greedy left-to-right UPOS tagger: an averaged perceptron over hashed word, affix and tag features. */
import { mix1, mix2, mix3 } from "./hash.js";
import { ATOMS, Atom, type EncodedSentence } from "./lexical.js";
import { argmax, type LinearModel, type Perceptron, scoreInto } from "./linear.js";

export const TAGGER_FEATURES = 52;

/** Atom of word `i`, or 0 outside the sentence (the root row counts as outside). */
function at(s: EncodedSentence, i: number, atom: number): number {
  return i >= 1 && i <= s.n ? s.atoms[i * ATOMS + atom] : i <= 0 ? -1 - i : -100 - (i - s.n);
}

/**
 * Features of word `i` given the tags already chosen for the words before it (`tags[j]` is the
 * tag index of word j, 1-based; tag features use index + 1 so that 0 means "before the sentence").
 */
export function taggerFeatures(s: EncodedSentence, i: number, tags: Int32Array, out: Int32Array): number {
  const W = Atom.Word;
  const w = at(s, i, W);
  const p1 = i > 1 ? tags[i - 1] + 1 : 0;
  const p2 = i > 2 ? tags[i - 2] + 1 : 0;
  let k = 0;
  out[k++] = mix1(0, 0);
  out[k++] = mix1(1, w);
  out[k++] = mix1(2, at(s, i, Atom.Form));
  out[k++] = mix1(3, at(s, i - 1, W));
  out[k++] = mix1(4, at(s, i + 1, W));
  out[k++] = mix1(5, at(s, i - 2, W));
  out[k++] = mix1(6, at(s, i + 2, W));
  for (let a = Atom.Suffix1; a <= Atom.Prefix3; a++) out[k++] = mix1(7 + a, at(s, i, a));
  out[k++] = mix1(20, at(s, i, Atom.Shape));
  out[k++] = mix2(21, at(s, i, Atom.Flags), i === 1 ? 1 : 0);
  out[k++] = mix1(22, p1);
  out[k++] = mix2(23, p1, p2);
  out[k++] = mix2(24, p1, w);
  out[k++] = mix1(25, at(s, i - 1, Atom.Suffix3));
  out[k++] = mix1(26, at(s, i + 1, Atom.Suffix3));
  out[k++] = mix2(27, w, at(s, i + 1, W));
  out[k++] = mix2(28, at(s, i - 1, W), w);
  out[k++] = mix1(29, at(s, i + 1, Atom.Shape));
  out[k++] = mix1(30, at(s, i - 1, Atom.Shape));
  out[k++] = mix2(31, p1, at(s, i + 1, W));
  out[k++] = mix2(32, at(s, i + 1, Atom.Suffix2), at(s, i + 2, Atom.Suffix2));
  out[k++] = mix2(33, p1, at(s, i, Atom.Suffix3));
  out[k++] = mix2(34, at(s, i - 1, Atom.Suffix2), at(s, i, Atom.Suffix2));
  // The tags each nearby word was seen with stand in for the tags not yet chosen to the right.
  const c0 = at(s, i, Atom.TagClass);
  const c1 = at(s, i + 1, Atom.TagClass);
  out[k++] = mix1(35, c0);
  out[k++] = mix1(36, c1);
  out[k++] = mix1(37, at(s, i + 2, Atom.TagClass));
  out[k++] = mix2(38, p1, c0);
  out[k++] = mix2(39, c0, c1);
  out[k++] = mix3(40, p1, c0, c1);
  out[k++] = mix2(41, w, c1);
  out[k++] = mix2(42, at(s, i + 1, Atom.Word), c0);
  out[k++] = mix2(43, at(s, i - 1, Atom.Word), p1);
  out[k++] = mix1(44, at(s, i + 1, Atom.Suffix4));
  out[k++] = mix2(45, at(s, i, Atom.Shape), c1);
  out[k++] = mix3(46, at(s, i - 1, Atom.Flags), at(s, i, Atom.Flags), at(s, i + 1, Atom.Flags));
  // The external dictionary's tags, for the words training never showed.
  const dictLower = at(s, i, Atom.DictLower);
  out[k++] = mix2(47, at(s, i, Atom.DictExact), dictLower);
  out[k++] = mix2(48, dictLower, p1);
  out[k++] = mix2(49, dictLower, at(s, i + 1, Atom.DictLower));
  out[k++] = mix2(50, at(s, i, Atom.DictExact), at(s, i, Atom.Shape));
  return k;
}

/**
 * Tags a sentence; `tags[i]` (1-based) receives the tag index of word i and `alternatives[i]` its
 * runner-up, which lets the parser hedge against a wrong tag.
 */
export function tagSentence(
  model: LinearModel,
  s: EncodedSentence,
  tags: Int32Array,
  alternatives: Int32Array,
): void {
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.classes);
  for (let i = 1; i <= s.n; i++) {
    const fixed = s.atoms[i * ATOMS + Atom.FixedTag];
    if (fixed > 0) {
      // a word training settled: its tag, and no runner-up (the parser sees the tag twice)
      tags[i] = fixed - 1;
      alternatives[i] = fixed - 1;
      continue;
    }
    const nf = taggerFeatures(s, i, tags, feats);
    scoreInto(model, feats, nf, scores);
    tags[i] = argmax(scores, model.classes);
    alternatives[i] = argmax(scores, model.classes, tags[i]);
  }
}

/** One training pass over a sentence (gold tags 1-based in `gold`); returns the number of errors. */
export function trainTaggerSentence(model: Perceptron, s: EncodedSentence, gold: Int32Array): number {
  const feats = new Int32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.classes);
  const tags = new Int32Array(s.n + 1);
  let errors = 0;
  for (let i = 1; i <= s.n; i++) {
    const fixed = s.atoms[i * ATOMS + Atom.FixedTag];
    if (fixed > 0) {
      // tagged without scoring at run time (see tagSentence), so nothing to learn here
      tags[i] = fixed - 1;
      continue;
    }
    const nf = taggerFeatures(s, i, tags, feats);
    scoreInto(model, feats, nf, scores);
    const guess = argmax(scores, model.classes);
    model.tick();
    if (guess !== gold[i]) {
      model.update(feats, nf, gold[i], guess);
      errors++;
    }
    tags[i] = guess;
  }
  return errors;
}
