/**
 * Guards: the context tests that decide whether a match is a temporal expression at all ("May" the
 * verb, "2000 troops") and which way an underspecified one points (the tense of its clause).
 * Each looks at a bounded window around the match, so recognition stays linear.
 */

import { loadJson } from "../util/lexicon.js";
import { alt } from "./patterns.js";

export const FULL_MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** Words before a bare month name that make it a date, not a name or a verb ("in June", "since May"). */
export const MONTH_PREPOSITIONS =
  /\b(?:in|since|until|till|by|from|through|to|of|during|before|after|between|and|or|early|late|mid|last|next|this|throughout|on|for)\s+$/i;

/** Words before a number that make it a year ("in 1855", "fiscal 1989", "mid-1996"). */
export const YEAR_PREPOSITIONS =
  /\b(?:in|since|of|from|until|till|by|before|after|circa|c\.|around|during|between|and|to|through|year|fiscal|early|late|mid|summer|spring|autumn|fall|winter)[\s-]+$/i;
/** A plural noun after a number makes it a count ("2000 troops"). */
export const COUNT_NOUN =
  /^(?!(?:was|is|has|as|this|its|his|us|thus|plus|versus|across|always|perhaps|less|unless)$)[a-z]{2,}s$/;
/** ... unless a preposition or determiner before it says year ("in 1998 elections"). */
export const YEAR_DETERMINERS =
  /\b(?:in|since|of|from|until|till|by|before|after|during|between|and|to|through|the|its|his|her|their|our|a|an)\s+$/i;
/** Quantity words before a number make it a count ("about 2000"). */
export const QUANTITY_BEFORE = /\b(?:about|some|nearly|than|over|almost|around|approximately|up to)\s+$/i;

export const capitalised = (s: string): boolean => /^[A-Z]/.test(s);

/** The text right after a match, for look-ahead guards ("the night of ...", "the year ended ..."). */
export const after = (text: string, m: RegExpExecArray, n: number): string =>
  text.slice(m.index + m[0].length, m.index + m[0].length + n);

/** The text right before a match. */
export const before = (text: string, m: RegExpExecArray, n: number): string =>
  text.slice(Math.max(0, m.index - n), m.index);

const TITLE_WORDS = /^[A-Z][a-z]*(?:\s+[A-Z][a-z]*)*$/;
const POSSESSIVE_BEFORE = /[A-Z][\w.&-]*(?:'s|’s|'|’)\s+["“`']*$/;
const QUOTE_BEFORE = /(?:["“]|``)$/;
const NAME_BEFORE = /(?:^|[^.!?:\s]\s+|[a-z,]\s+)(?:[A-Z][A-Za-z.&-]*[A-Za-z&]|[A-Z]{2,})\s+$/;

/**
 * Whether a relative expression written in title case is the name of a programme or a work:
 * after an owner's possessive ("NBC's Today", "ABC News' This Week"), right after a capitalised
 * word inside a sentence ("USA Today") or, for several words, opening a quotation ("the \"This
 * Week\" programme"). Sentence-initial "This week" is not title case.
 */
export function titleOfWork(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end);
  if (!TITLE_WORDS.test(words)) return false;
  const left = text.slice(Math.max(0, start - 30), start);
  if (POSSESSIVE_BEFORE.test(left)) return true;
  // inside a name: right after a capitalised word, in a line that is not a title-case headline
  // ("She read USA Today", not "Talks Resume This Week")
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (NAME_BEFORE.test(left) && /\b[a-z]/.test(line)) return true;
  return /\s/.test(words) && QUOTE_BEFORE.test(left);
}

interface WorkNames {
  workNouns: string[];
  namingVerbs: string[];
}
const WORK_NAMES = loadJson<WorkNames>("time/work-names");
const WORK_NOUN_BEFORE = new RegExp(`\\b(?:${alt(WORK_NAMES.workNouns)})\\s+["“]?$`, "i");
const NAMING_BEFORE = new RegExp(
  `\\b(?:${alt(WORK_NAMES.namingVerbs)})\\s+["“]?(?:[A-Z][\\w.&'’-]*\\s+){0,3}$`,
);

/**
 * Whether the number at [start,end) names a work rather than a year: in quotation marks of its own
 * (Taylor Swift's album "1989"), after a kind of work ("the album 1989") or after a naming verb
 * ("a venture called Orion 1980"). Lists in lexicons/time/work-names.json.
 */
export function namesAWork(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 60), start);
  if (/["“]$/.test(left) && /^[.,!?]?["”]/.test(text.slice(end, end + 2))) return true;
  return WORK_NOUN_BEFORE.test(left) || NAMING_BEFORE.test(left);
}
