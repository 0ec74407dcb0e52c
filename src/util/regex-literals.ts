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
export const visible = (s: string): string => s.replaceAll(WORD_BOUNDARY, "");
const isEmpty = (s: string): boolean => visible(s) === "";

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

export const fold = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

export function chars(set: Iterable<string>): Literals {
  const s = new Set(set);
  return { nullable: false, exact: s, first: s, must: s, emptyMark: "" };
}

/** Cuts strings to MAX_LENGTH, then shorter, until the set fits SET_CAP; null if it never does. */
function capped(set: Set<string> | null): Set<string> | null {
  if (set === null) return null;
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

/** The more selective of two requirements: longer shortest string, then fewer strings. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (a === null || a.size === 0) return b;
  if (b === null || b.size === 0) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => visible(x).length));
  const [la, lb] = [shortest(a), shortest(b)];
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

export function concat(a: Literals, b: Literals): Literals {
  let exact: Set<string> | null = null;
  if (a.exact && b.exact && a.exact.size * b.exact.size <= SET_CAP) {
    exact = new Set();
    for (const x of a.exact) for (const y of b.exact) exact.add(x + y);
  }
  const exactMust = exact && ![...exact].some(isEmpty) ? capped(exact) : null;
  return {
    nullable: a.nullable && b.nullable,
    exact,
    first: firstOfConcat(a, b),
    must: better(better(a.must, b.must), exactMust),
    emptyMark: a.emptyMark || b.emptyMark,
  };
}

export function alternation(branches: Literals[]): Literals {
  const [head, ...rest] = branches;
  return rest.reduce(
    (acc, b) => ({
      nullable: acc.nullable || b.nullable,
      exact:
        acc.exact && b.exact && acc.exact.size + b.exact.size <= SET_CAP
          ? new Set([...acc.exact, ...b.exact])
          : null,
      first: union(acc.first, b.first),
      must: union(acc.must, b.must),
      emptyMark: (!acc.nullable || acc.emptyMark) && (!b.nullable || b.emptyMark) ? WORD_BOUNDARY : "",
    }),
    head,
  );
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
