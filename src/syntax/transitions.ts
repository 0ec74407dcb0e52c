/**
 * The arc-eager transition system (Nivre 2003) with the root at the end of the buffer (Ballesteros
 * & Nivre 2013), and the dynamic oracle of Goldberg & Nivre (2012): the cost of a move is the number
 * of gold arcs it makes unreachable. Words are 1-based; the root is position n + 1 (`root`), so a
 * word becomes the root's dependent only once the whole sentence has been read. With the root at
 * the bottom of the stack, the parser had to decide at the first word of "Jane Roe, a spokeswoman
 * for X, said ..." whether "Jane" was the root, before seeing "said". Callers see the root as 0
 * (`headOf`). Labels are chosen by a separate classifier, so the moves are unlabeled and arcs take
 * the label they are given.
 */

export const SHIFT = 0;
export const REDUCE = 1;
export const LEFT = 2;
export const RIGHT = 3;
export const MOVES = 4;

export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  /** First word of the buffer; the buffer is b..n. */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost / second leftmost / rightmost / second rightmost child, -1 if none. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Bit sets of the labels (mod 32) of the left and right children. */
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;
  readonly inStack: Uint8Array;
  /** Position of the root: after the last word. */
  readonly root: number;

  constructor(readonly n: number) {
    this.root = n + 1;
    const size = n + 2;
    this.stack = new Int32Array(size + 1);
    this.heads = new Int32Array(size).fill(-1);
    this.labels = new Int32Array(size).fill(-1);
    this.left1 = new Int32Array(size).fill(-1);
    this.left2 = new Int32Array(size).fill(-1);
    this.right1 = new Int32Array(size).fill(-1);
    this.right2 = new Int32Array(size).fill(-1);
    this.leftCount = new Int32Array(size);
    this.rightCount = new Int32Array(size);
    this.leftLabels = new Int32Array(size);
    this.rightLabels = new Int32Array(size);
    this.inStack = new Uint8Array(size);
  }

  /** All words read and the stack empty: every word has its head. */
  get done(): boolean {
    return this.b === this.root && this.sp === 0;
  }

  /** Head of word `i` as in CoNLL-U: 0 for the root. */
  headOf(i: number): number {
    return this.heads[i] === this.root ? 0 : this.heads[i];
  }

  /** Top of the stack, -1 if empty. */
  s0(): number {
    return this.sp > 0 ? this.stack[this.sp - 1] : -1;
  }

  valid(move: number): boolean {
    const s0 = this.s0();
    switch (move) {
      case SHIFT:
        return this.b <= this.n;
      case REDUCE:
        return s0 > 0 && this.heads[s0] >= 0;
      case LEFT:
        return s0 > 0 && this.heads[s0] < 0;
      default:
        return s0 > 0 && this.b <= this.n;
    }
  }

  /** Applies a valid move; `label` is the arc label for LEFT and RIGHT. */
  apply(move: number, label: number): void {
    const s0 = this.s0();
    if (move === SHIFT) this.push(this.b++);
    else if (move === REDUCE) this.pop();
    else if (move === LEFT) {
      this.addArc(this.b, s0, label);
      this.pop();
    } else {
      this.addArc(s0, this.b, label);
      this.push(this.b++);
    }
  }

  private push(word: number): void {
    this.stack[this.sp++] = word;
    this.inStack[word] = 1;
  }

  private pop(): void {
    this.inStack[this.stack[--this.sp]] = 0;
  }

  addArc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      this.leftCount[head]++;
      this.leftLabels[head] |= bit;
      if (this.left1[head] < 0 || dep < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dep;
      } else if (this.left2[head] < 0 || dep < this.left2[head]) this.left2[head] = dep;
    } else {
      this.rightCount[head]++;
      this.rightLabels[head] |= bit;
      if (dep > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dep;
      } else if (dep > this.right2[head]) this.right2[head] = dep;
    }
  }

  /** Gold arcs between `word` and the stack that `word` can no longer take part in once shifted. */
  private lostWithStack(word: number, gold: Int32Array): number {
    let cost = 0;
    for (let i = 0; i < this.sp; i++) {
      const k = this.stack[i];
      if (gold[word] === k) cost++;
      else if (k > 0 && this.heads[k] < 0 && gold[k] === word) cost++;
    }
    return cost;
  }

  private dependentsInBuffer(word: number, gold: Int32Array, from: number): number {
    let cost = 0;
    for (let k = from; k <= this.n; k++) if (gold[k] === word) cost++;
    return cost;
  }

  /**
   * Dynamic-oracle cost of a valid move against the gold heads (`gold[i]`, 1-based, projective,
   * the root's dependent pointing at `root`: see `rootAtEnd`).
   */
  cost(move: number, gold: Int32Array): number {
    const s0 = this.s0();
    const b = this.b;
    switch (move) {
      case SHIFT:
        return this.lostWithStack(b, gold);
      case REDUCE:
        return this.dependentsInBuffer(s0, gold, b);
      case LEFT:
        return this.dependentsInBuffer(s0, gold, b) + (gold[s0] > b ? 1 : 0);
      default: {
        const headLost = gold[b] !== s0 && (gold[b] > b || this.inStack[gold[b]] === 1) ? 1 : 0;
        let orphans = 0;
        for (let i = 0; i < this.sp; i++) {
          const k = this.stack[i];
          if (k > 0 && this.heads[k] < 0 && gold[k] === b) orphans++;
        }
        return headLost + orphans;
      }
    }
  }
}

/** Gold heads in this system's numbering: the root's dependent points at n + 1, not 0. */
export function rootAtEnd(heads: Int32Array): Int32Array {
  const root = heads.length;
  const out = new Int32Array(heads.length + 1);
  for (let i = 1; i < heads.length; i++) out[i] = heads[i] === 0 ? root : heads[i];
  return out;
}

/**
 * Makes a tree projective by lifting (Nivre & Nilsson 2005, without encoding the lift in the label):
 * while some arc is non-projective, its dependent is reattached to its head's head. The shortest
 * non-projective arc is lifted first. `heads` is 1-based with heads[0] unused.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const h = heads.slice();
  for (;;) {
    const arc = shortestNonProjective(h);
    if (arc < 0) return h;
    h[arc] = h[h[arc]];
  }
}

function dominates(h: Int32Array, head: number, word: number): boolean {
  for (let w = word; w > 0; w = h[w]) if (h[w] === head) return true;
  return false;
}

function shortestNonProjective(h: Int32Array): number {
  let best = -1;
  let bestLength = Infinity;
  for (let d = 1; d < h.length; d++) {
    const head = h[d];
    const [lo, hi] = head < d ? [head, d] : [d, head];
    if (hi - lo >= bestLength) continue;
    for (let k = lo + 1; k < hi; k++) {
      if (!dominates(h, head, k)) {
        best = d;
        bestLength = hi - lo;
        break;
      }
    }
  }
  return best;
}
