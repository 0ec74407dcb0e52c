/**
 * Guards: the context tests that decide whether a match is a temporal expression at all ("May" the
 * verb, "2000 troops") and which way an underspecified one points (the tense of its clause).
 * Each looks at a bounded window around the match, so recognition stays linear.
 */

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

const FUTURE_MARKERS =
  /\b(?:will|'ll|shall|going to|scheduled|expected to|plans? to|planned|is to|are to|upcoming|set to|slated to|would(?!\s+(?:have|not\s+have)\b))\b/i;

/**
 * Whether the clause around the expression at `at` speaks of the future (for "Friday", "in
 * June"): its words before, or after it up to the end of the sentence ("On Monday, he will travel").
 */
export function futureAt(text: string, at: number, end = at): boolean {
  const from = Math.max(0, at - 100);
  let window = text.slice(from, at);
  const stop = Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n"));
  if (stop >= 0) window = window.slice(stop + 1);
  // the clause after it, up to a new clause ("told X on Monday that he would run": not future)
  // (a fronted "On Monday, he will ..." keeps its comma)
  let rest = text.slice(end, end + 80).replace(/^\s*,/, " ");
  const cut = rest.search(/[.;,\n]|\b(?:that|who|which|when|after|before|but|and)\b/);
  if (cut >= 0) rest = rest.slice(0, cut);
  return FUTURE_MARKERS.test(window) || FUTURE_MARKERS.test(rest);
}

const FUTURE_CLAUSE =
  /\b(?:will|'ll|shall|going to|expects?|expected|plans?|planned|scheduled|payable|due|upcoming|next)\b/i;
const PAST_CLAUSE =
  /\b(?:was|were|had|did|ago|last|earlier|previously|rose|fell|ended|began|took|made|came|went|won|lost|paid|sold|bought|saw|met|announced|reported|posted|acquired|introduced|[a-z]{3,}ed)\b/i;

export type Tense = "future" | "past" | null;

/** Tense of the clause around [start,end): "future", "past", or null when nothing says. */
export function tenseAt(text: string, start: number, end: number): Tense {
  let before = text.slice(Math.max(0, start - 120), start);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("; "));
  if (stop >= 0) before = before.slice(stop + 1);
  let after = text.slice(end, end + 120);
  const cut = after.search(/[.;\n]/);
  if (cut >= 0) after = after.slice(0, cut);
  const clause = `${before} ${after}`;
  if (FUTURE_CLAUSE.test(clause)) return "future";
  if (PAST_CLAUSE.test(clause)) return "past";
  return null;
}

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
