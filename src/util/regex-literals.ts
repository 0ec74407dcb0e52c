/**
 * What text a regular expression needs before it can match: read from its source, so that a rule
 * family can be scanned for all its literals at once (./literal-scanner.ts) and each regex run only
 * where it can match (./gated-regex.ts). The analysis is conservative: a set it returns is always
 * safe to rely on, and where it cannot tell it returns null ("anything").
 *
 * For every piece of the pattern it computes
 * - `exact`: every string the piece can match, when there are few (null: too many or unbounded);
 * - `first`: every non-empty match starts with one of these strings;
 * - `must`: every match contains one of these strings;
 * - `nullable`: whether it can match the empty string;
 * - `emptyMark`: WORD_BOUNDARY when every empty match asserts a word boundary, else "".
 * Strings are case-folded the way the scanner reads text: ASCII letters lower-cased, nothing else.
 * A word boundary (`\b`) is kept in them as WORD_BOUNDARY: a first string that starts with it
 * and then a word character can only start a match at the start of a word.
 * Under the `i` flag a literal letter outside ASCII that has a case (É, ß) makes its piece "anything",
 * since the scanner does not fold it.
 */

export interface Literals {
  nullable: boolean;
  exact: Set<string> | null;
  first: Set<string> | null;
  must: Set<string> | null;
  emptyMark: string;
}

/** Most strings kept in one set (a longer alternation gives up or keeps shorter prefixes). */
const SET_CAP = 600;
/** Longest string kept: longer literals are cut (a prefix of a required prefix is required too). */
const MAX_LENGTH = 12;
/** Stands for `\b` inside the strings (removed before scanning: it matches no character). */
export const WORD_BOUNDARY = "\u0000";

/** A string without its boundary marks: the characters it stands for. */
export const visible = (s: string): string =>
  s.includes(WORD_BOUNDARY) ? s.replaceAll(WORD_BOUNDARY, "") : s;
const isEmpty = (s: string): boolean => s === "" || (s.charCodeAt(0) === 0 && visible(s) === "");

export const ANYTHING: Literals = { nullable: false, exact: null, first: null, must: null, emptyMark: "" };
export const ZERO_WIDTH: Literals = {
  nullable: true,
  exact: new Set([""]),
  first: new Set(),
  must: null,
  emptyMark: "",
};
export const BACKREFERENCE: Literals = {
  nullable: true,
  exact: null,
  first: null,
  must: null,
  emptyMark: "",
};
export const BOUNDARY: Literals = {
  nullable: true,
  exact: new Set([WORD_BOUNDARY]),
  first: new Set(),
  must: null,
  emptyMark: WORD_BOUNDARY,
};

/** The case folding of the scanner: ASCII upper-case letters to lower case. */
export function foldCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** One character as the scanner reads it (ASCII letters lower-cased). */
export const foldChar = (c: string): string => {
  const code = c.charCodeAt(0);
  return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
};

export function chars(set: Iterable<string>): Literals {
  const s = new Set(set);
  return { nullable: false, exact: s, first: s, must: s, emptyMark: "" };
}

function fitsLength(set: Set<string>): boolean {
  for (const s of set) if (s.length > MAX_LENGTH) return false;
  return true;
}

/** Cuts strings to MAX_LENGTH, then shorter, until the set fits SET_CAP; null if it never does. */
function capped(set: Set<string> | null): Set<string> | null {
  if (set === null) return null;
  if (set.size <= SET_CAP && fitsLength(set)) return set;
  for (const length of [MAX_LENGTH, 6, 4, 3, 2, 1]) {
    const out = new Set<string>();
    for (const s of set) out.add(s.slice(0, length));
    if (out.size <= SET_CAP) return out;
  }
  return null;
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || b === null) return null;
  return capped(new Set([...a, ...b]));
}

const shortestOf = new WeakMap<Set<string>, number>();

function shortestVisible(set: Set<string>): number {
  let n = shortestOf.get(set);
  if (n === undefined) {
    n = Infinity;
    for (const s of set) n = Math.min(n, visible(s).length);
    shortestOf.set(set, n);
  }
  return n;
}

/** The more selective of two requirements: longer shortest string, then fewer strings. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || a.size === 0) return b;
  if (b === null || b.size === 0) return a;
  const [la, lb] = [shortestVisible(a), shortestVisible(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

const marked = (mark: string, set: Set<string> | null) =>
  set && mark ? new Set([...set].map((f) => mark + f)) : set;

function firstOfConcat(a: Literals, b: Literals): Set<string> | null {
  if (a.exact === null) return a.nullable ? union(a.first, marked(a.emptyMark, b.first)) : a.first;
  const out = new Set<string>();
  for (const s of a.exact) {
    if (isEmpty(s)) {
      if (b.first === null) return null;
      for (const f of b.first) out.add(s + f);
    } else if (b.first === null || b.nullable) out.add(s);
    else for (const f of b.first) out.add(s + f);
    if (out.size > SET_CAP * 4) return capped(out);
  }
  return capped(out);
}

/** Every string of `a` followed by every string of `b`; null past SET_CAP. */
export function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > SET_CAP) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A piece that matches exactly the strings of `exact`. */
export function fromExact(exact: Set<string>): Literals {
  const empties = [...exact].filter(isEmpty);
  const nonEmpty = empties.length ? new Set([...exact].filter((s) => !isEmpty(s))) : exact;
  return {
    nullable: empties.length > 0,
    exact,
    first: capped(nonEmpty),
    must: empties.length ? null : capped(exact),
    emptyMark: empties.length && empties.every((s) => s.includes(WORD_BOUNDARY)) ? WORD_BOUNDARY : "",
  };
}

function someEmpty(set: Set<string>): boolean {
  for (const s of set) if (isEmpty(s)) return true;
  return false;
}

export function concat(a: Literals, b: Literals): Literals {
  const exact = a.exact && b.exact ? product(a.exact, b.exact) : null;
  const exactMust = exact && !someEmpty(exact) ? capped(exact) : null;
  return {
    nullable: a.nullable && b.nullable,
    exact,
    first: firstOfConcat(a, b),
    must: better(better(a.must, b.must), exactMust),
    emptyMark: a.emptyMark || b.emptyMark,
  };
}

/** Every set joined, or null when one is (capped when `cap`; exact sets are never cut). */
function unionAll(sets: (Set<string> | null)[], cap: boolean): Set<string> | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const s of set) out.add(s);
  }
  if (!cap) return out.size <= SET_CAP ? out : null;
  return capped(out);
}

export function alternation(branches: Literals[]): Literals {
  if (branches.length === 1) return branches[0];
  const nullable = branches.some((b) => b.nullable);
  return {
    nullable,
    exact: unionAll(
      branches.map((b) => b.exact),
      false,
    ),
    first: unionAll(
      branches.map((b) => b.first),
      true,
    ),
    must: unionAll(
      branches.map((b) => b.must),
      true,
    ),
    emptyMark: branches.every((b) => !b.nullable || b.emptyMark) ? WORD_BOUNDARY : "",
  };
}

export function repeat(x: Literals, min: number, max: number): Literals {
  let exact: Set<string> | null = null;
  if (max === 1 && x.exact) exact = min === 0 ? new Set([...x.exact, ""]) : x.exact;
  else if (max === 0) exact = new Set([""]);
  return {
    nullable: min === 0 || x.nullable,
    exact,
    first: max === 0 ? new Set() : x.first,
    must: min >= 1 ? x.must : null,
    emptyMark: min >= 1 ? x.emptyMark : "",
  };
}
