/**
 * Capitalised runs: where a run of capitalised words that may be one name ends. Besides
 * capitalised words, a run takes "&", name particles ("van der"), a title that spans an "of"
 * ("Secretary of State"), an "and" inside an organisation's name, and an "of"/"for"/"on" join
 * after an organisation, event or place head ("University of Tokyo").
 */
import { classifyName, type Kind } from "./classify.js";
import {
  calendarWords,
  companySuffixes,
  eventHeads,
  geoHeads,
  matchPhraseAt,
  orgHeads,
  orgPhrases,
  portfolioHeads,
  stopwords,
  titles,
} from "./lexicons.js";
import type { Word } from "./words.js";

export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "da",
  "das",
  "dos",
  "del",
  "della",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "bin",
  "ibn",
  "al",
  "el",
  "la",
  "le",
  "y",
]);
const JOINERS = new Set(["of", "for"]);
/** Longest capitalised run split and classified as a whole: longer names are rare (words). */
export const MAX_RUN = 12;

export const ADJECTIVAL =
  /-(?:based|born|led|backed|owned|run|controlled|made|listed|registered|bred|speaking)$/;

/** True when the word may be inside a capitalised run. */
export function capWord(w: Word): boolean {
  return w.cap && !stopwordMidRun(w) && !ADJECTIVAL.test(w.text);
}

function stopwordMidRun(w: Word): boolean {
  // Pronoun "I" and similar never continue a name.
  return w.text === "I";
}

function isHead(w: Word): Kind | null {
  if (orgHeads.has(w.text)) return "organization";
  if (eventHeads.has(w.text)) return "event";
  if (geoHeads.has(w.text)) return "place";
  return null;
}

/** A capitalised word on the same line continues the run. */
function continues(words: readonly Word[], k: number, end: number): boolean {
  return k < end && capWord(words[k]) && !words[k].newline;
}

/**
 * The end of the capitalised run that starts at word i (before `end`, the sentence's end), and
 * the head ("University", "Gulf") after which an "of"/"for"/"on" joined more words, if any. The
 * run is at least a known organisation's full name ("Organisation for Security and Cooperation
 * in Europe").
 */
export function runEnd(words: readonly Word[], i: number, end: number): { j: number; joinHead: Kind | null } {
  let j = i + Math.max(1, knownNameAt(words, i, end));
  let joinHead: Kind | null = null;
  for (;;) {
    // Each step returns where the run now ends, or 0 when it does not apply.
    const next =
      afterCapital(words, j, end) ||
      afterParticles(words, j, end) ||
      afterTitleOf(words, i, j, end) ||
      afterAndInName(words, i, j, end) ||
      afterPossessiveInName(words, j, end) ||
      afterSuffixComma(words, j, end);
    if (next) {
      j = next;
      continue;
    }
    const joined = afterHeadJoin(words, j, end);
    if (!joined) break;
    joinHead = joinHead ?? joined.head;
    j = joined.j;
  }
  return { j, joinHead };
}

/** Words of a known organisation's name at word i, also after a sentence's "The" ("The People's Daily"). */
function knownNameAt(words: readonly Word[], i: number, end: number): number {
  const at = matchPhraseAt(orgPhrases, words, i, end, "text");
  if (at > 0 || words[i].text !== "The" || i + 1 >= end) return at;
  const after = matchPhraseAt(orgPhrases, words, i + 1, end, "text");
  return after > 0 ? after + 1 : 0;
}

/** A capitalised word, or "&" and a capitalised word. */
function afterCapital(words: readonly Word[], j: number, end: number): number {
  // an abbreviated legal form closes the name ("Lawrence Group Inc. Lawrence Insurance ..." is a
  // name and the next sentence), unless another legal form follows ("Samsung Co. Ltd.")
  // (a legal form that opens the run is a prefix: "N.V. DSM")
  const closed =
    j > 1 &&
    words[j - 1].text.endsWith(".") &&
    companySuffixes.has(words[j - 1].text) &&
    capWord(words[j - 2]);
  if (closed && !(j < end && companySuffixes.has(words[j].text))) return 0;
  if (continues(words, j, end)) return j + 1;
  if (j + 1 < end && words[j].text === "&" && continues(words, j + 1, end)) return j + 2;
  return 0;
}

/** A generational suffix written after a comma ("Oscar C. Herrera, Jr.", "John Smith, Sr."). */
const SUFFIX_AFTER_COMMA = /^(?:Jr|Sr)\.?$/;

function afterSuffixComma(words: readonly Word[], j: number, end: number): number {
  return j + 1 < end && words[j].text === "," && SUFFIX_AFTER_COMMA.test(words[j + 1].text) ? j + 2 : 0;
}

/** Most capitalised words after a possessive inside a company's name ("Hudson's Bay Co."). */
const MAX_AFTER_POSSESSIVE = 4;

/**
 * "Hudson's Bay Co.", "Moody's Investors Service Inc.": a possessive inside a name, when the
 * capitalised words after it end with a company's legal form.
 */
function afterPossessiveInName(words: readonly Word[], j: number, end: number): number {
  if (!(j + 1 < end && /^['’]s$/.test(words[j].text))) return 0;
  let k = j + 1;
  while (k < end && k <= j + MAX_AFTER_POSSESSIVE && continues(words, k, end)) k++;
  return k > j + 1 && companySuffixes.has(words[k - 1].text) ? k : 0;
}

/** Name particles, one or two: "Ludwig van Beethoven", "Joost van der Westhuizen". */
function afterParticles(words: readonly Word[], j: number, end: number): number {
  if (!(j < end && NAME_PARTICLES.has(words[j].text))) return 0;
  let k = j + 1;
  if (k < end && NAME_PARTICLES.has(words[k].text)) k++;
  return continues(words, k, end) ? k + 1 : 0;
}

/** "Secretary of State", "Minister of Defence": a title that spans an "of". */
function afterTitleOf(words: readonly Word[], i: number, j: number, end: number): number {
  if (!(j + 1 < end && words[j].lower === "of")) return 0;
  for (let st = Math.max(i, j - 2); st < j; st++) {
    const len = matchPhraseAt(titles, words, st, end, "lower");
    if (st + len > j + 1) return st + len;
  }
  return 0;
}

/**
 * "Futures and Options Exchange", "Post and Telecommunications Administration": an "and" inside a
 * name that ends with an organisation head. (Not past MAX_RUN words: the left side is classified
 * again at each "and".)
 */
function afterAndInName(words: readonly Word[], i: number, j: number, end: number): number {
  if (
    !(
      j + 1 < end &&
      j - i < MAX_RUN &&
      words[j].lower === "and" &&
      !companySuffixes.has(words[j - 1].text) &&
      capWord(words[j + 1]) &&
      !stopwords.has(words[j + 1].text)
    )
  )
    return 0;
  let m = j + 1;
  while (m < end && capWord(words[m])) m++;
  const leftClass = classifyName(words, i, j);
  const left = leftClass.kind;
  // Not two names in a row: "Kansai Electric Power and Kansai International Airport",
  // "KeyCorp and Banc One Corp." (the right side repeats the first word or is a company), "the
  // United Nations and European Union" (both sides known bodies).
  const known = (c: { kind: string; key?: string }) => c.kind === "organization" && !!c.key;
  const two =
    words[j + 1].text === words[i].text ||
    companySuffixes.has(words[m - 1].text) ||
    (known(words[i].text === "The" ? classifyName(words, i + 1, j) : leftClass) &&
      known(classifyName(words, j + 1, m)));
  const joins =
    m - (j + 1) >= 1 &&
    !two &&
    ((m - (j + 1) >= 2 && orgHeads.has(words[m - 1].text)) ||
      (portfolioBefore(words, i, j) && classifyName(words, j + 1, m).kind === "unknown")) &&
    (left === "unknown" || left === "organization");
  return joins ? m : 0;
}

/**
 * "Ministry of Health and Wellness", "Department of Health and Family Welfare": a portfolio's head
 * and "of" before the "and" make the words after it part of the portfolio, unless they are a name
 * of their own ("the Ministry of Defence and Boeing").
 */
function portfolioBefore(words: readonly Word[], i: number, j: number): boolean {
  // (the portfolio's field, one or two words, runs up to the "and": not "Secretary of State Antony
  // Blinken and Lavrov")
  for (let k = Math.max(i + 1, j - 3); k < j - 1; k++)
    if (words[k].lower === "of" && portfolioHeads.has(words[k - 1].text)) return true;
  return false;
}

/**
 * "University of Tokyo", "Centre for European Reform", "Gulf of Mexico": join after a head,
 * unless what follows is itself an organisation ("Department of the Foreign Ministry").
 */
function afterHeadJoin(words: readonly Word[], j: number, end: number): { j: number; head: Kind } | null {
  // ... but a legal form closes a company's name ("Dow Chemical Co of the United States").
  const head = companySuffixes.has(words[j - 1].text) ? null : isHead(words[j - 1]);
  // "Commission on Presidential Debates", "Committee on Foreign Relations": "on" after an
  // organisation head, unless a date follows ("Commission on Monday").
  const on =
    head === "organization" &&
    words[j]?.lower === "on" &&
    j + 1 < end &&
    !calendarWords.has(words[j + 1].text);
  if (!(head && j + 1 < end && (JOINERS.has(words[j].lower) || on))) return null;
  let k = j + 1;
  if (words[k].lower === "the" && k + 1 < end) k++;
  if (!(capWord(words[k]) && !stopwords.has(words[k].text))) return null;
  let m = k + 1;
  while (m < end && capWord(words[m])) m++;
  let ownHead = false;
  for (let x = k; x < m; x++) if (orgHeads.has(words[x].text)) ownHead = true;
  return !ownHead || head !== "organization" ? { j: m, head } : null;
}

/**
 * Where a window of a too long run ends: before the last function word ("The", "Of", "And") in
 * the second half of the window, else after MAX_RUN words.
 */
export function cutRun(words: readonly Word[], a: number, end: number): number {
  const e = a + MAX_RUN;
  if (e >= end) return end;
  for (let k = e; k > a + (MAX_RUN >> 1); k--) if (stopwords.has(words[k].text)) return k;
  return e;
}
