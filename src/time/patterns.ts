/**
 * Regular-expression building blocks for temporal expressions, compiled once from the lexicons in
 * `lexicons/time/`. Only alternations of lexicon words live here; what they mean is in recognise.ts.
 */
import { loadJson } from "../util/lexicon.js";
import { WORDS } from "./normalise.js";

interface References {
  present: string[];
  past: string[];
  future: string[];
  modifiers: Record<string, string>;
}

export const REFS = loadJson<References>("time/references");

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** Alternation of phrases, longest first so that the regex prefers the longest. */
export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .filter((w) => !w.startsWith("_"))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join("|");
}

export const MONTH = `(?:${alt(Object.keys(WORDS.months))})\\.?`;
export const WEEKDAY = `(?:${alt(Object.keys(WORDS.weekdays))})\\.?`;
export const SEASON = `(?:${alt(Object.keys(WORDS.seasons))})`;
export const PART_OF_DAY = `(?:${alt(Object.keys(WORDS.partsOfDay))})`;
const unitNames = Object.keys(WORDS.units).filter((u) => !u.startsWith("_"));
export const UNIT = `(?:${alt([...Object.keys(WORDS.unitPlurals), ...unitNames.map((u) => `${u}s`), ...unitNames])})`;
const byValue = (test: (v: number) => boolean) =>
  alt(
    Object.entries(WORDS.numbers)
      .filter(([w, v]) => test(v) && w !== "dozen")
      .map(([w]) => w),
  );
const ONES = byValue((v) => v >= 1 && v <= 9);
const TEENS = byValue((v) => v >= 10 && v <= 19);
const TENS = byValue((v) => v >= 20 && v <= 90);
/** A number in words below a hundred: "four", "fifteen", "twenty-four", "a dozen". */
const BASIC = `(?:(?:${TENS})(?:[\\s-](?:${ONES}))?|${TEENS}|${ONES}|dozen|zero)`;
/** A cardinal in digits or words: 5, 1,000, 2.5, twenty-four, a hundred, one hundred and ten, two thousand. */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:an?|${BASIC})\\s+(?:hundred|thousand|dozen)(?:\\s+(?:and\\s+)?${BASIC})?|${BASIC})`;
export const VAGUE_NUMBER = `(?:${alt(WORDS.vagueNumbers)})`;
export const ORDINAL = `(?:${alt(Object.keys(WORDS.ordinals))})`;
export const DAY_NUMBER = `(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const YEAR = "(?:1[0-9]\\d\\d|20\\d\\d)";
/** Years in words: "nineteen ninety-six", "two thousand", "two thousand and one". */
const units1 = "one|two|three|four|five|six|seven|eight|nine";
const tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
export const YEAR_WORDS = `(?:(?:eighteen|nineteen|twenty)[\\s-]+(?:(?:${tens})(?:[\\s-](?:${units1}))?|${teens}|oh[\\s-](?:${units1})|hundred)|two\\s+thousand(?:\\s+(?:and\\s+)?(?:${units1}|${teens}))?)`;

export const MODIFIER = `(?:${alt(Object.keys(REFS.modifiers).filter((k) => !/^(early|late|mid|mid-|the )/.test(k)))})`;

export function modifierValue(raw: string | undefined): string | null {
  if (!raw) return null;
  return REFS.modifiers[raw.toLowerCase().replace(/\s+/g, " ").replace(/-$/, "-")] ?? null;
}

const onesValue: Record<string, number> = Object.fromEntries(units1.split("|").map((w, i) => [w, i + 1]));

/** Value of a year in words ("nineteen ninety-six" -> 1996). */
export function yearFromWords(raw: string): number | null {
  const w = raw.toLowerCase().split(/[\s-]+/);
  if (w[0] === "two" && w[1] === "thousand") {
    const rest = w.slice(2).filter((x) => x !== "and");
    return 2000 + (rest.length ? (WORDS.numbers[rest[0]] ?? onesValue[rest[0]] ?? 0) : 0);
  }
  const century = WORDS.numbers[w[0]];
  if (century === undefined) return null;
  if (w[1] === "hundred") return century * 100;
  if (w[1] === "oh") return century * 100 + (onesValue[w[2]] ?? 0);
  let rest = WORDS.numbers[w[1]] ?? 0;
  if (w[2]) rest += onesValue[w[2]] ?? 0;
  return century * 100 + rest;
}

/** Modifiers before a period: "early 1990", "the end of March". */
export const PREFIX_MOD =
  "early|late|mid-|mid|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of";
/** A year given relative to the anchor or the context: "this year", "the following year". */
export const RELATIVE_YEAR =
  "this\\s+year|last\\s+year|next\\s+year|that\\s+year|the\\s+same\\s+year|the\\s+following\\s+year|the\\s+previous\\s+year|the\\s+next\\s+year";
