/**
 * What a recognition rule produces: a candidate span with a type and a resolver that computes the
 * TIMEX3 value once the anchor is known; and the small constructors every rule shares.
 */
import type { Timex } from "../analysis.js";
import type { Anchor, AnchorKind } from "./anchor.js";

export type TimexType = Timex["type"];

export interface Resolved {
  value: string;
  mod: string | null;
  anchor: AnchorKind;
  type?: TimexType;
  /** An explicit year written in the expression, which later expressions may take. */
  explicitYear?: number;
  /** A quarter the expression denotes, for later "the quarter". */
  quarter?: { y: number; q: number };
}

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  rule: string;
  /** Explicit year in the text, known before resolution (for the first-year fallback). */
  explicitYear?: number;
  resolve: (a: Anchor) => Resolved;
}

/** A candidate before the recogniser names its rule. */
export type Made = Omit<Candidate, "rule">;

export interface Rule {
  name: string;
  re: RegExp;
  make: (m: RegExpExecArray, text: string) => Made | null;
}

/** A rule from a regular-expression source (compiled once, global, case-insensitive, with indices). */
export function rule(name: string, source: string, make: Rule["make"], flags = "gi"): Rule {
  return { name, re: new RegExp(source, `${flags}d`), make };
}

/** A candidate covering the whole match `m`. */
export function span(
  m: RegExpExecArray,
  type: TimexType,
  resolve: (a: Anchor) => Resolved,
  explicitYear?: number,
): Made {
  return { start: m.index, end: m.index + m[0].length, type, explicitYear, resolve };
}

/** A resolver for a value that needs no anchor ("P3Y", "PRESENT_REF", "XXXX-WXX-1"). */
export const fixed =
  (value: string, mod: string | null = null): (() => Resolved) =>
  () => ({ value, mod, anchor: "none" });

/** A value that could not be anchored. */
export const none = (value: string, type?: TimexType): Resolved => ({
  value,
  mod: null,
  anchor: "none",
  type,
});
