/**
 * The tense of the clause around an underspecified date ("in March", "on Friday"), which decides on
 * which side of the document date it falls. The markers are in lexicons/time/tense.json; each test
 * looks at a bounded window around the expression, so recognition stays linear.
 */
import { loadJson } from "../util/lexicon.js";
import { alt } from "./patterns.js";

export type Tense = "future" | "past" | null;

interface TenseWords {
  future: string[];
  futureNot: string[];
  nounBefore: string[];
  futureInPast: string[];
  past: string[];
  pastNot: string[];
  pastPrepositions: string[];
  futurePrepositions: string[];
}

const WORDS = loadJson<TenseWords>("time/tense");
/** One of `words` as whole words (a hyphen joins words: "lower-than-expected"). */
const word = (words: string[]) => `(?<![\\w'’-])(?:${alt(words)})(?![\\w'’-])`;

const FUTURE = new RegExp(word(WORDS.future), "gi");
const FUTURE_NOT = new RegExp(`^${word(WORDS.futureNot)}`, "i");
const NOUN_BEFORE = new RegExp(`${word(WORDS.nounBefore)}\\s+$`, "i");
const FUTURE_IN_PAST = new RegExp(`${word(WORDS.futureInPast)}\\s+(?:not\\s+)?$`, "i");
const PAST_WORD = new RegExp(word(WORDS.past), "i");
/** A lower-case verb in -ed ("announced", "conducted"); capitalised words are names ("United"). */
const PAST_ED = /(?<![\w'’])[a-z]{2,}ed(?![\w'’])/g;
const PAST_NOT = new Set(WORDS.pastNot);
const PREPOSITION_BEFORE = (words: string[]) =>
  new RegExp(`${word(words)}\\s+(?:(?:on|in|at|from)\\s+)?(?:(?:early|late|mid-?)\\s*)?$`, "i");
const PAST_PREPOSITION = PREPOSITION_BEFORE(WORDS.pastPrepositions);
const FUTURE_PREPOSITION = PREPOSITION_BEFORE(WORDS.futurePrepositions);

/** Where the clause before an expression begins: a sentence end, a line break or a semicolon. */
const CLAUSE_START = /[.!?]["”’']?\s|\n|;\s/g;
/** A clause before the expression that holds only a preposition: the expression is fronted ("On Monday, ..."). */
const FRONTED = /^\s*(?:[A-Za-z]+\s+)?$/;
/** Where the clause after an expression ends, for the narrow window (a new clause begins). */
const NARROW_END = /[.;,\n!?]|\b(?:that|who|which|when|after|before|but|and)\b/;
/** Where the sentence after an expression ends, for the wide window. */
const WIDE_END = /[.;\n!?]|,\s*(?:which|who)\b/;

/** The words of the clause around [start,end): before it back to the clause start, after it to the clause end. */
function clauseWindow(text: string, start: number, end: number, narrow: boolean): [string, string] {
  let before = text.slice(Math.max(0, start - 120), start);
  let stop = -1;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) stop = m.index + m[0].length;
  if (stop >= 0) before = before.slice(stop);
  // A fronted expression's clause goes on after its comma ("On Monday, he will travel").
  let after = text.slice(end, end + 120);
  if (FRONTED.test(before)) after = after.replace(/^\s*,/, " ");
  const cut = after.search(narrow ? NARROW_END : WIDE_END);
  if (cut >= 0) after = after.slice(0, cut);
  return [before, after];
}

/** "future", or "in-past" for a future seen from the past ("was due to"), or null, from the clause's words. */
function futureOf(clause: string): "future" | "in-past" | null {
  let inPast = false;
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(clause); m; m = FUTURE.exec(clause)) {
    const left = clause.slice(Math.max(0, m.index - 20), m.index);
    if (FUTURE_NOT.test(clause.slice(m.index)) || NOUN_BEFORE.test(left)) continue;
    if (FUTURE_IN_PAST.test(left)) inPast = true;
    else return "future";
  }
  return inPast ? "in-past" : null;
}

function hasPast(clause: string): boolean {
  if (PAST_WORD.test(clause)) return true;
  PAST_ED.lastIndex = 0;
  for (let m = PAST_ED.exec(clause); m; m = PAST_ED.exec(clause)) if (!PAST_NOT.has(m[0])) return true;
  return false;
}

/**
 * Tense of the clause around [start,end): a preposition right before the date decides ("since
 * March", "effective Feb. 1"); then a future marker, unless seen from the past ("was scheduled
 * to": no direction); then a past one. `narrow` ends the clause at the next comma or conjunction
 * (for weekdays: "told X on Monday that he would run" is past), else at the end of the sentence.
 */
export function clauseTense(text: string, start: number, end: number, narrow: boolean): Tense {
  const near = text.slice(Math.max(0, start - 30), start);
  if (PAST_PREPOSITION.test(near)) return "past";
  if (FUTURE_PREPOSITION.test(near)) return "future";
  const [before, after] = clauseWindow(text, start, end, narrow);
  const clause = `${before} ${after}`;
  const future = futureOf(clause);
  if (future === "future") return "future";
  if (future === "in-past") return null;
  return hasPast(clause) ? "past" : null;
}

/** Tense of the sentence around a month or month-day without its year. */
export const tenseAt = (text: string, start: number, end: number): Tense =>
  clauseTense(text, start, end, false);

/** Whether the clause of a weekday or a clock time speaks of the future ("On Monday, he will travel"). */
export const futureAt = (text: string, start: number, end = start): boolean =>
  clauseTense(text, start, end, true) === "future";
