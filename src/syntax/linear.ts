/**
 * Hashed linear models. A feature is a 32-bit hash; its row is `hash & mask`, and a row holds one
 * weight per class. Training uses an averaged perceptron (the timestamp trick: a weight's running
 * total is brought up to date only when the weight changes); runtime weights are int8.
 */

export type Weights = Float32Array | Int8Array;

export interface LinearModel {
  classes: number;
  /** Rows - 1; the row count is a power of two. */
  mask: number;
  weights: Weights;
}

/** Adds the weights of `n` features (`feats[0..n)`) into `scores[0..classes)`. */
export function scoreInto(model: LinearModel, feats: Int32Array, n: number, scores: Float64Array): void {
  const { classes, mask, weights } = model;
  if (classes === 4) scoreFour(weights, mask, feats, n, scores);
  else if (weights instanceof Int8Array) scoreInt8(weights, classes, mask, feats, n, scores);
  else scoreFloat(weights, classes, mask, feats, n, scores);
}

/** Most classes an int8 model may have (the labeler has 51); a constant buffer the JIT can keep. */
const MAX_INT_CLASSES = 256;
const INT_SCORES = new Int32Array(MAX_INT_CLASSES);

/** Run-time weights: integer sums are cheaper than floating-point ones. */
function scoreInt8(
  weights: Int8Array,
  classes: number,
  mask: number,
  feats: Int32Array,
  n: number,
  scores: Float64Array,
): void {
  if (classes > MAX_INT_CLASSES) throw new Error(`an int8 model has at most ${MAX_INT_CLASSES} classes`);
  const sums = INT_SCORES;
  sums.fill(0, 0, classes);
  for (let f = 0; f < n; f++) {
    const base = (feats[f] & mask) * classes;
    for (let c = 0; c < classes; c++) sums[c] += weights[base + c];
  }
  for (let c = 0; c < classes; c++) scores[c] = sums[c];
}

function scoreFloat(
  weights: Float32Array,
  classes: number,
  mask: number,
  feats: Int32Array,
  n: number,
  scores: Float64Array,
): void {
  scores.fill(0, 0, classes);
  for (let f = 0; f < n; f++) {
    const base = (feats[f] & mask) * classes;
    for (let c = 0; c < classes; c++) scores[c] += weights[base + c];
  }
}

/** The parser's case (four moves), unrolled: it runs twice per word. */
function scoreFour(weights: Weights, mask: number, feats: Int32Array, n: number, scores: Float64Array): void {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  for (let f = 0; f < n; f++) {
    const base = (feats[f] & mask) << 2;
    a += weights[base];
    b += weights[base + 1];
    c += weights[base + 2];
    d += weights[base + 3];
  }
  scores[0] = a;
  scores[1] = b;
  scores[2] = c;
  scores[3] = d;
}

/** Scores only the classes in `classList` (in `scores` at their own indices); returns the best of them. */
export function scoreSome(
  model: LinearModel,
  feats: Int32Array,
  n: number,
  classList: Int32Array,
  scores: Float64Array,
): number {
  const { classes, mask, weights } = model;
  const k = classList.length;
  for (let j = 0; j < k; j++) scores[classList[j]] = 0;
  for (let f = 0; f < n; f++) {
    const base = (feats[f] & mask) * classes;
    for (let j = 0; j < k; j++) scores[classList[j]] += weights[base + classList[j]];
  }
  let best = classList[0];
  for (let j = 1; j < k; j++) if (scores[classList[j]] > scores[best]) best = classList[j];
  return best;
}

/** The best class other than `except`; -1 when there is none. */
export function argmax(scores: Float64Array, classes: number, except = -1): number {
  let best = -1;
  for (let c = 0; c < classes; c++) {
    if (c !== except && (best < 0 || scores[c] > scores[best])) best = c;
  }
  return best;
}

export class Perceptron implements LinearModel {
  readonly mask: number;
  readonly weights: Float32Array;
  private readonly totals: Float64Array;
  private readonly stamps: Int32Array;
  private clock = 0;

  constructor(
    readonly classes: number,
    bits: number,
  ) {
    this.mask = (1 << bits) - 1;
    const size = (1 << bits) * classes;
    this.weights = new Float32Array(size);
    this.totals = new Float64Array(size);
    this.stamps = new Int32Array(size);
  }

  /** Counts one training example (call once per decision, updated or not). */
  tick(): void {
    this.clock++;
  }

  /** Moves the weights of the features towards class `good` and away from class `bad`. */
  update(feats: Int32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    for (let f = 0; f < n; f++) {
      const base = (feats[f] & this.mask) * this.classes;
      this.bump(base + good, 1);
      this.bump(base + bad, -1);
    }
  }

  private bump(i: number, delta: number): void {
    this.totals[i] += (this.clock - this.stamps[i]) * this.weights[i];
    this.stamps[i] = this.clock;
    this.weights[i] += delta;
  }

  /** The averaged weights (a copy; training may go on). */
  averaged(): LinearModel {
    const out = new Float32Array(this.weights.length);
    const clock = Math.max(this.clock, 1);
    for (let i = 0; i < out.length; i++) {
      out[i] = (this.totals[i] + (this.clock - this.stamps[i]) * this.weights[i]) / clock;
    }
    return { classes: this.classes, mask: this.mask, weights: out };
  }
}

/**
 * The mean of models of the same shape: the scores of the mean are the mean of the models' scores,
 * an ensemble at the cost of one model.
 */
export function meanOf(models: readonly LinearModel[]): LinearModel {
  const out = new Float32Array(models[0].weights.length);
  for (const m of models) for (let i = 0; i < out.length; i++) out[i] += m.weights[i];
  for (let i = 0; i < out.length; i++) out[i] /= models.length;
  return { classes: models[0].classes, mask: models[0].mask, weights: out };
}

/**
 * Int8 weights with one scale per model (argmax does not depend on the scale, so it is dropped).
 * The tables are a quarter of the size of float ones, which is what makes the parser fast (its
 * cost is memory access into these tables). Measured on UD dev: int16 tables would gain 0.1 UAS
 * and cost a fifth of the tag+parse speed; clipping the largest 0.05% of the weights to give the
 * small ones more levels cost 1.4 UAS.
 */
export function quantize(model: LinearModel): LinearModel {
  let max = 0;
  for (let i = 0; i < model.weights.length; i++) max = Math.max(max, Math.abs(model.weights[i]));
  const scale = max > 0 ? 127 / max : 1;
  const out = new Int8Array(model.weights.length);
  for (let i = 0; i < out.length; i++) out[i] = Math.round(model.weights[i] * scale);
  return { classes: model.classes, mask: model.mask, weights: out };
}
