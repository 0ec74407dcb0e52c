/**
 * Hashed linear models. A feature is a 32-bit hash; its row is `hash & mask`, and a row holds one
 * weight per class. Training uses an averaged perceptron (the timestamp trick: a weight's running
 * total is brought up to date only when the weight changes); runtime weights are int16.
 */

export type Weights = Float32Array | Int16Array;

export interface LinearModel {
  classes: number;
  /** Rows - 1; the row count is a power of two. */
  mask: number;
  weights: Weights;
}

/** Adds the weights of `n` features (`feats[0..n)`) into `scores[0..classes)`. */
export function scoreInto(model: LinearModel, feats: Int32Array, n: number, scores: Float64Array): void {
  const { classes, mask, weights } = model;
  if (classes === 4) {
    scoreFour(weights, mask, feats, n, scores);
    return;
  }
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
 * Int16 weights with one scale per model (argmax does not depend on the scale, so it is dropped).
 * Weights whose magnitude is below `pruneBelow` (as a fraction of the largest) become zero, which is
 * what keeps the compressed model file small.
 */
export function quantize(model: LinearModel, pruneBelow: number): LinearModel {
  let max = 0;
  for (let i = 0; i < model.weights.length; i++) max = Math.max(max, Math.abs(model.weights[i]));
  const scale = max > 0 ? 32767 / max : 1;
  const out = new Int16Array(model.weights.length);
  const floor = pruneBelow * max;
  for (let i = 0; i < out.length; i++) {
    const w = model.weights[i];
    if (Math.abs(w) >= floor) out[i] = Math.round(w * scale);
  }
  return { classes: model.classes, mask: model.mask, weights: out };
}
