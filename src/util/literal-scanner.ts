/**
 * Finds every occurrence of many literal strings in one pass over a text (Aho-Corasick, compiled to
 * a full transition table over the characters the literals use). ASCII letters of the text are
 * read lower-cased (./regex-literals.ts `foldCode`); the literals are given folded the same way.
 * A literal marked `wordStart` counts only where no word character ([A-Za-z0-9_], as `\b` has it
 * without the `u` flag) comes right before it.
 */
import { foldCode } from "./regex-literals.js";

export interface ScannedLiteral {
  text: string;
  wordStart: boolean;
}

const isWordCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

export class LiteralScanner {
  /** Character code -> column of the transition table (0: a character no literal uses). */
  private readonly column = new Uint16Array(65536);
  private readonly width: number;
  /** next state = delta[state * width + column]. */
  private readonly delta: Int32Array;
  /** For each state, the literals that end there (its own and its suffixes'). */
  private readonly outputs: number[][];
  /** 1 for a state where some literal ends (checked for every character, so kept small). */
  private readonly accepting: Uint8Array;
  private readonly lengths: Int32Array;
  private readonly wordStart: Uint8Array;

  constructor(literals: readonly ScannedLiteral[]) {
    if (literals.some((l) => l.text.length === 0)) throw new Error("a scanned literal cannot be empty");
    this.lengths = Int32Array.from(literals, (l) => l.text.length);
    this.wordStart = Uint8Array.from(literals, (l) => (l.wordStart ? 1 : 0));
    const texts = literals.map((l) => l.text);
    this.width = this.assignColumns(texts) + 1;
    const { children, own } = this.trie(texts);
    const { delta, outputs } = this.automaton(children, own);
    this.delta = delta;
    this.outputs = outputs;
    this.accepting = Uint8Array.from(outputs, (o) => (o.length ? 1 : 0));
  }

  private assignColumns(literals: readonly string[]): number {
    let columns = 0;
    for (const l of literals)
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (this.column[c] === 0) this.column[c] = ++columns;
      }
    return columns;
  }

  private trie(literals: readonly string[]): { children: Map<number, number>[]; own: number[][] } {
    const children: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    literals.forEach((l, index) => {
      let state = 0;
      for (let i = 0; i < l.length; i++) {
        const col = this.column[l.charCodeAt(i)];
        let next = children[state].get(col);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          own.push([]);
          children[state].set(col, next);
        }
        state = next;
      }
      own[state].push(index);
    });
    return { children, own };
  }

  /** Breadth-first: each state's failure link, its full row of transitions and its outputs. */
  private automaton(children: Map<number, number>[], own: number[][]) {
    const w = this.width;
    const delta = new Int32Array(children.length * w);
    const fail = new Int32Array(children.length);
    const outputs: number[][] = own.map((o) => [...o]);
    const queue: number[] = [];
    for (const [col, child] of children[0]) {
      delta[col] = child;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      const f = fail[state];
      if (outputs[f].length) outputs[state].push(...outputs[f]);
      // The row of the failure state, then this state's own children over it.
      delta.copyWithin(state * w, f * w, f * w + w);
      for (const [col, child] of children[state]) {
        fail[child] = delta[f * w + col];
        delta[state * w + col] = child;
        queue.push(child);
      }
    }
    return { delta, outputs };
  }

  /** Calls `found(literal, start)` for every occurrence, in order of the occurrence's end. */
  scan(text: string, found: (literal: number, start: number) => void): void {
    const { column, delta, outputs, lengths, width, wordStart, accepting } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + column[foldCode(text.charCodeAt(i))]];
      if (accepting[state] === 0) continue;
      for (const k of outputs[state]) {
        const start = i + 1 - lengths[k];
        if (wordStart[k] && start > 0 && isWordCode(text.charCodeAt(start - 1))) continue;
        found(k, start);
      }
    }
  }
}
