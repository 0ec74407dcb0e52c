/**
 * Recognition: regular-expression rules over the article text, each giving candidate spans with a
 * type and a resolver that computes the TIMEX3 value once the anchor is known. Candidates that
 * overlap are settled leftmost-longest. Every rule is a single pass over the text (linear).
 */
import type { Timex } from "../analysis.js";
import type { Anchor, AnchorKind } from "./anchor.js";
import {
  addDays,
  addMonths,
  durationValue,
  fmtDate,
  fmtMonth,
  fmtWeek,
  pad4,
  parseNumber,
  quarterOf,
  unitName,
  validDate,
  WORDS,
  weekday,
  type Ymd,
} from "./normalise.js";
import {
  alt,
  DAY_NUMBER,
  MODIFIER,
  MONTH,
  modifierValue,
  NUMBER,
  ORDINAL,
  PART_OF_DAY,
  REFS,
  SEASON,
  UNIT,
  VAGUE_NUMBER,
  WEEKDAY,
  YEAR,
  YEAR_WORDS,
  yearFromWords,
} from "./patterns.js";

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

interface Rule {
  name: string;
  re: RegExp;
  make: (m: RegExpExecArray, text: string) => Omit<Candidate, "rule"> | null;
}

const FULL_MONTHS = new Set([
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
const MONTH_PREPOSITIONS =
  /\b(?:in|since|until|till|by|from|through|to|of|during|before|after|between|and|or|early|late|mid|last|next|this|throughout|on|for)\s+$/i;
const FUTURE_MARKERS =
  /\b(?:will|'ll|shall|going to|scheduled|expected to|plans? to|planned|is to|are to|upcoming)\b/i;

const lower = (s: string | undefined): string => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();
const capitalised = (s: string): boolean => /^[A-Z]/.test(s);

const monthNumber = (raw: string): number => WORDS.months[lower(raw).replace(/\.$/, "")];
const weekdayNumber = (raw: string): number => WORDS.weekdays[lower(raw).replace(/\.$/, "")];
const ordinalNumber = (raw: string): number | undefined => WORDS.ordinals[lower(raw)];
const dayNumber = (raw: string): number => ordinalNumber(raw) ?? Number.parseInt(raw, 10);

/** Whether the clause before `at` speaks of the future (for "Friday", "in June"). */
function futureAt(text: string, at: number): boolean {
  const from = Math.max(0, at - 100);
  let window = text.slice(from, at);
  const stop = Math.max(window.lastIndexOf(". "), window.lastIndexOf("\n"));
  if (stop >= 0) window = window.slice(stop + 1);
  return FUTURE_MARKERS.test(window);
}

const FUTURE_CLAUSE =
  /\b(?:will|'ll|shall|going to|expects?|expected|plans?|planned|scheduled|payable|due|upcoming|next)\b/i;
const PAST_CLAUSE =
  /\b(?:was|were|had|did|ago|last|earlier|previously|rose|fell|ended|began|took|made|came|went|won|lost|paid|sold|bought|saw|met|announced|reported|posted|acquired|introduced)\b/i;

/** Tense of the clause around [start,end): "future", "past", or null when nothing says. */
function tenseAt(text: string, start: number, end: number): "future" | "past" | null {
  let before = text.slice(Math.max(0, start - 120), start);
  const stop = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"), before.lastIndexOf("; "));
  if (stop >= 0) before = before.slice(stop + 1);
  let after = text.slice(end, end + 60);
  const cut = after.search(/[.;\n]/);
  if (cut >= 0) after = after.slice(0, cut);
  const clause = `${before} ${after}`;
  if (FUTURE_CLAUSE.test(clause)) return "future";
  if (PAST_CLAUSE.test(clause)) return "past";
  return null;
}

/** Year of a month (and day) without one, from the clause's tense, else the nearest to the document date. */
function yearByTense(dct: Ymd, month: number, day: number, tense: "future" | "past" | null): number {
  // The nearest such date; the clause's tense only overrules it when that date is over a month away
  // on the wrong side of the document date.
  const y = nearestYear(dct, month, day, tense === "future");
  const diff = (Date.UTC(y, month - 1, day) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86_400_000;
  if (tense === "past" && diff > 31) return y - 1;
  if (tense === "future" && diff < -31) return y + 1;
  return y;
}

function modOf(raw: string | undefined): string | null {
  const s = lower(raw);
  if (!s) return null;
  if (s.startsWith("early") || s.includes("beginning") || s.includes("start")) return "START";
  if (s.startsWith("mid") || s.includes("middle")) return "MID";
  if (s.startsWith("late") || s.includes("end of")) return "END";
  return modifierValue(s);
}

const none = (value: string, type?: TimexType): Resolved => ({ value, mod: null, anchor: "none", type });

/** The date `offset` days from the document date, or an unknown date. */
function dayFromDct(a: Anchor, offset: number): [string, AnchorKind, Ymd | null] {
  if (!a.dct) return ["XXXX-XX-XX", "none", null];
  const d = addDays(a.dct, offset);
  return [fmtDate(d), "dct", d];
}

/** The date of a weekday near the document date: the last one (or today) unless the text speaks of the future. */
function weekdayDate(a: Anchor, wd: number, direction: number): [string, AnchorKind] {
  if (!a.dct) return [`XXXX-WXX-${wd}`, "none"];
  const today = weekday(a.dct);
  let diff: number;
  if (direction > 0) diff = (wd - today + 7) % 7 || 7;
  else if (direction < 0) diff = -((today - wd + 7) % 7 || 7);
  else diff = -((today - wd + 7) % 7);
  return [fmtDate(addDays(a.dct, diff)), "dct"];
}

/**
 * The year of a month (and day) written without one: the one that puts it nearest the document
 * date; on a tie, the later one when the clause speaks of the future.
 */
function nearestYear(dct: Ymd, month: number, day: number, future: boolean): number {
  const target = (y: number) => Date.UTC(y, month - 1, day);
  const now = Date.UTC(dct.y, dct.m - 1, dct.d);
  let best = dct.y;
  let bestDist = Math.abs(target(dct.y) - now);
  for (const y of [dct.y - 1, dct.y + 1]) {
    const dist = Math.abs(target(y) - now);
    if (
      dist < bestDist - 86_400_000 * 15 ||
      (Math.abs(dist - bestDist) <= 86_400_000 * 15 && future === y > best)
    ) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

function yearOr(a: Anchor, shift = 0): [string, AnchorKind, number | null] {
  const y = a.year();
  if (!y) return ["XXXX", "none", null];
  return [pad4(y[0] + shift), y[1], y[0] + shift];
}

const PREFIX_MOD =
  "early|late|mid-|mid|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of";
const RELATIVE_YEAR =
  "this\\s+year|last\\s+year|next\\s+year|that\\s+year|the\\s+same\\s+year|the\\s+following\\s+year|the\\s+previous\\s+year|the\\s+next\\s+year";

/** Year of "this year", "the same year", "the following year" ... */
function relativeYear(a: Anchor, raw: string): [number, AnchorKind] | null {
  const s = lower(raw);
  const shift = /last|previous/.test(s) ? -1 : /next|following/.test(s) ? 1 : 0;
  const base = /^(this|last|next)\b/.test(s) ? a.year() : a.contextYear();
  return base ? [base[0] + shift, base[1]] : null;
}

function yearValue(raw: string): number {
  return /^\d/.test(raw) ? Number(raw) : (yearFromWords(raw) ?? 0);
}

const rules: Rule[] = [];
const rule = (name: string, source: string, make: Rule["make"], flags = "gi") =>
  rules.push({ name, re: new RegExp(source, `${flags}d`), make });

// "Monday, March 21, 2022", "March 16", "September 2 of the same year"
rule(
  "month-day",
  `\\b(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY_NUMBER}|${ORDINAL})(?![\\w-]|[.,]\\d)(?:(?:,\\s*|\\s+)(${YEAR})(?![\\w-]|[.,]\\d)|\\s+(?:of\\s+)?(${RELATIVE_YEAR}))?`,
  (m, text) => {
    if (!capitalised(m[2])) return null;
    if (m[1] && !capitalised(m[1])) return null;
    const tense = tenseAt(text, m.index, m.index + m[0].length);
    const month = monthNumber(m[2]);
    const day = dayNumber(m[3]);
    if (!month || !(day >= 1 && day <= 31)) return null;
    const explicit = m[4] ? Number(m[4]) : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      explicitYear: explicit,
      resolve: (a) => {
        let y: [number, AnchorKind] | null;
        if (explicit) y = [explicit, "absolute"];
        else if (m[5]) y = relativeYear(a, m[5]);
        else if (a.dct) y = [yearByTense(a.dct, month, day, tense), "dct"];
        else y = a.year();
        if (!y) return none(`XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
        if (!validDate(y[0], month, day)) return none(fmtMonth(y[0], month));
        return {
          value: fmtDate({ y: y[0], m: month, d: day }),
          mod: null,
          anchor: y[1],
          explicitYear: explicit,
        };
      },
    };
  },
);

// "21 March 2022", "the 5th of May"
rule(
  "day-month",
  `\\b(?:(${WEEKDAY}),?\\s+)?(${DAY_NUMBER}|${ORDINAL})\\s+(of\\s+)?(${MONTH})(?![\\w-])(?:,?\\s+(${YEAR})(?![\\w-]|[.,]\\d))?`,
  (m) => {
    if (!capitalised(m[4])) return null;
    if (ordinalNumber(m[2]) !== undefined && !m[3] && !/\d/.test(m[2])) return null;
    const month = monthNumber(m[4]);
    const day = dayNumber(m[2]);
    if (!month || !(day >= 1 && day <= 31)) return null;
    const explicit = m[5] ? Number(m[5]) : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      explicitYear: explicit,
      resolve: (a) => {
        const y: [number, AnchorKind] | null = explicit ? [explicit, "absolute"] : a.year();
        if (!y || !validDate(y[0], month, day))
          return none(`XXXX-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
        return {
          value: fmtDate({ y: y[0], m: month, d: day }),
          mod: null,
          anchor: y[1],
          explicitYear: explicit,
        };
      },
    };
  },
);

// "February 1945", "mid-November 1998", "January this year"
rule(
  "month-year",
  `\\b(?:(${PREFIX_MOD})\\s*)?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR}|${YEAR_WORDS}|${RELATIVE_YEAR})(?![\\w-]|[.,]\\d)`,
  (m) => {
    if (!capitalised(m[2])) return null;
    const month = monthNumber(m[2]);
    if (!month) return null;
    const explicit = /^\d|^(eighteen|nineteen|twenty|two)/i.test(m[3]) ? yearValue(m[3]) : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      explicitYear: explicit,
      resolve: (a) => {
        const y: [number, AnchorKind] | null = explicit ? [explicit, "absolute"] : relativeYear(a, m[3]);
        if (!y) return none(`XXXX-${String(month).padStart(2, "0")}`);
        return { value: fmtMonth(y[0], month), mod: modOf(m[1]), anchor: y[1], explicitYear: explicit };
      },
    };
  },
);

// "in March", "last June", "early September", "each July"
rule(
  "month",
  `\\b(?:(last|this|next|this\\s+past|this\\s+coming|${PREFIX_MOD}|every|each)\\s*)?(${MONTH})(?![\\w-])`,
  (m, text) => {
    const word = lower(m[2]).replace(/\.$/, "");
    if (!capitalised(m[2]) || !FULL_MONTHS.has(word)) return null;
    if (!m[1] && !MONTH_PREPOSITIONS.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    if (
      m[1] &&
      /^(mid|early|late)$/i.test(m[1]) &&
      /\s/.test(text[m.index + m[1].length] ?? "") === false &&
      m[1] !== "mid"
    )
      return null;
    const month = monthNumber(m[2]);
    const prefix = lower(m[1]);
    const tense = tenseAt(text, m.index, m.index + m[0].length);
    if (prefix === "every" || prefix === "each")
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: "SET",
        resolve: () => ({ value: `XXXX-${String(month).padStart(2, "0")}`, mod: null, anchor: "none" }),
      };
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (a) => {
        const mm = String(month).padStart(2, "0");
        if (!a.dct) {
          const y = a.year();
          return y ? { value: fmtMonth(y[0], month), mod: modOf(prefix), anchor: y[1] } : none(`XXXX-${mm}`);
        }
        let y = a.dct.y;
        if (prefix.startsWith("last") || prefix === "this past") y = month < a.dct.m ? y : y - 1;
        else if (prefix.startsWith("next") || prefix === "this coming") y = month > a.dct.m ? y : y + 1;
        else if (!prefix.startsWith("this"))
          y = yearByTense(a.dct, month, month === a.dct.m ? a.dct.d : 15, tense);
        return { value: fmtMonth(y, month), mod: modOf(prefix), anchor: "dct" };
      },
    };
  },
);

// "1855", "fiscal 1989", "mid-1996", "the end of 1990"
const YEAR_PREPOSITIONS =
  /\b(?:in|since|of|from|until|till|by|before|after|circa|c\.|around|during|between|and|to|through|year|fiscal|early|late|mid|summer|spring|autumn|fall|winter)[\s-]+$/i;
const COUNT_NOUN =
  /^(?!(?:was|is|has|as|this|its|his|us|thus|plus|versus|across|always|perhaps|less|unless)$)[a-z]{2,}s$/;
const YEAR_DETERMINERS =
  /\b(?:in|since|of|from|until|till|by|before|after|during|between|and|to|through|the|its|his|her|their|our|a|an)\s+$/i;
rule(
  "year",
  `(?<![\\w$#£€¥.,/:'’-])(?:(${PREFIX_MOD})\\s*)?(?:(fiscal\\s+year|fiscal|calendar\\s+year|calendar|the\\s+year|FY)\\s*)?(${YEAR})(?![\\w%]|[.,/:]\\d|-\\d\\d-|\\s*(?:percent|per\\s+cent|[-–]?(?:year|month|day|week)s?\\b))`,
  (m, text) => {
    const y = Number(m[3]);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (y < 1900 && !m[1] && !m[2] && !YEAR_PREPOSITIONS.test(before)) return null;
    // counts: "2000 people", "1500 troops" after a quantity word
    if (/\b(?:about|some|nearly|than|over|almost|around|approximately|up to)\s+$/i.test(before)) return null;
    // "sent 2000 troops": a count before a plural noun, unless a preposition or determiner says year.
    const next = /^\s+([a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    if (next && COUNT_NOUN.test(next) && !m[1] && !m[2] && !YEAR_DETERMINERS.test(before)) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      explicitYear: y,
      resolve: () => ({ value: String(y), mod: modOf(m[1]), anchor: "absolute", explicitYear: y }),
    };
  },
);

// "nineteen ninety-six", "the year two thousand"
rule("year-words", `\\b(?:the\\s+year\\s+)?(${YEAR_WORDS})\\b`, (m) => {
  const y = yearFromWords(m[1]);
  if (!y || y < 1800 || y > 2099) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: "DATE",
    explicitYear: y,
    resolve: () => ({ value: String(y), mod: null, anchor: "absolute", explicitYear: y }),
  };
});

const DECADE_WORDS = [
  "twenties",
  "thirties",
  "forties",
  "fifties",
  "sixties",
  "seventies",
  "eighties",
  "nineties",
];

// "the 1990s", "the late 1970s", "the '80s", "the mid-1990s"
rule(
  "decade",
  `(?:\\bthe\\s+)?(?:\\b(early|late|mid)-?\\s*)?(?:\\b(1[0-9]|20)(\\d)0'?s|['’](\\d)0s|(?<=\\bthe\\s+(?:(?:early|late|mid)-?\\s*)?)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
  (m) => {
    const word = DECADE_WORDS.indexOf(lower(m[5]));
    const century = m[2] ?? (word >= 0 ? "19" : Number(m[4]) <= 2 ? "20" : "19");
    const digit = m[3] ?? m[4] ?? String(word + 2);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: () => ({ value: `${century}${digit}`, mod: modOf(m[1]), anchor: "absolute" }),
    };
  },
);

// "the 20th century", "the eleventh century"
rule(
  "century",
  `\\b(?:the\\s+)?(?:(early|late|mid)-?\\s*)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL})[\\s-]+century\\b`,
  (m) => {
    const n = ordinalNumber(m[2]) ?? Number.parseInt(m[2], 10);
    if (!n) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: () => ({ value: String(n - 1).padStart(2, "0"), mod: modOf(m[1]), anchor: "absolute" }),
    };
  },
);

// "2022-03-21", "3/21/2022", "21.03.2022"
rule("iso-date", `(?<![\\w/.-])(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?(?![\\w/-])`, (m) => {
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(y, mo, d)) return null;
  const time = m[4] ? `T${m[4]}:${m[5]}` : "";
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: time ? "TIME" : "DATE",
    explicitYear: y,
    resolve: () => ({
      value: fmtDate({ y, m: mo, d }) + time,
      mod: null,
      anchor: "absolute",
      explicitYear: y,
    }),
  };
});
rule("slash-date", `(?<![\\w/.-])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\w/]|[.-]\\d)`, (m) => {
  let [mo, d] = [Number(m[1]), Number(m[3])];
  const y = Number(m[4]);
  if (m[2] === "." || mo > 12) [mo, d] = [d, mo]; // dotted dates are day.month.year
  if (!validDate(y, mo, d)) return null;
  return {
    start: m.index,
    end: m.index + m[0].length,
    type: "DATE",
    explicitYear: y,
    resolve: () => ({ value: fmtDate({ y, m: mo, d }), mod: null, anchor: "absolute", explicitYear: y }),
  };
});

// "yesterday", "late yesterday", "tomorrow morning", "tonight", "the day before yesterday"
const DAY_WORDS: Record<string, number> = {
  "the day before yesterday": -2,
  "the day after tomorrow": 2,
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  tonight: 0,
};
rule(
  "day-word",
  `\\b(?:(late|early|earlier|later)\\s+)?(?:(${PART_OF_DAY})\\s+)?(${alt(Object.keys(DAY_WORDS))})(?:\\s+(${PART_OF_DAY}))?\\b`,
  (m) => {
    const word = lower(m[3]);
    const offset = DAY_WORDS[word];
    const partWord = m[4] ?? m[2];
    const part = partWord ? WORDS.partsOfDay[lower(partWord)] : word === "tonight" ? "NI" : null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: part ? "TIME" : "DATE",
      resolve: (a) => {
        const [date, anchor] = dayFromDct(a, offset);
        return { value: part ? `${date}T${part}` : date, mod: null, anchor };
      },
    };
  },
);

// "this morning", "last night", "later this afternoon", "the morning"
rule(
  "part-of-day",
  `\\b(?:(later|earlier|early|late)\\s+)?(this|last|that|the)\\s+(${PART_OF_DAY})\\b`,
  (m, text) => {
    const which = lower(m[2]);
    const part = WORDS.partsOfDay[lower(m[3])];
    // "the night of the murder", "the night he left": a night being described, not a time of the day.
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (which === "the" && !m[1] && /^\s+(?:of|before|after|when|that|the|he|she|they|we|i|it)\b/i.test(next))
      return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "TIME",
      resolve: (a) => {
        if ((which === "that" || which === "the") && a.lastDate?.d) {
          const { y, m: mo, d } = a.lastDate;
          return { value: `${fmtDate({ y, m: mo ?? 1, d })}T${part}`, mod: null, anchor: "context" };
        }
        const [date, anchor] = dayFromDct(a, which === "last" ? -1 : 0);
        return { value: `${date}T${part}`, mod: null, anchor };
      },
    };
  },
);

// "Friday", "last Monday", "Saturday night", "every Monday", "on Mondays"
rule(
  "weekday",
  `\\b(?:(last|next|this|this\\s+coming|this\\s+past|coming|early|late|earlier|later|every|each)\\s+)?(${WEEKDAY})(s)?(?:,?\\s+(${PART_OF_DAY})(s)?)?(?![\\w-])`,
  (m, text) => {
    const word = lower(m[2]).replace(/\.$/, "");
    if (!capitalised(m[2]) || word.length < 6) return null;
    const wd = weekdayNumber(word);
    const prefix = lower(m[1]);
    const part = m[4] ? WORDS.partsOfDay[lower(m[4])] : null;
    const set = prefix === "every" || prefix === "each" || !!m[3] || !!m[5];
    const direction =
      prefix === "last" || prefix === "this past"
        ? -1
        : prefix === "next" || prefix === "this coming" || prefix === "coming"
          ? 1
          : futureAt(text, m.index)
            ? 1
            : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: set ? "SET" : part ? "TIME" : "DATE",
      resolve: (a) => {
        if (set) return { value: `XXXX-WXX-${wd}${part ? `T${part}` : ""}`, mod: null, anchor: "none" };
        const [date, anchor] = weekdayDate(a, wd, direction);
        return { value: part ? `${date}T${part}` : date, mod: null, anchor };
      },
    };
  },
);

/** First month of each season (northern hemisphere, meteorological). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

// "last week", "this year", "the past year", "next month", "earlier this year", "the same year", "this summer"
const RELATIVE_PREFIX =
  "this|last|next|past|coming|the\\s+full|the\\s+latest|the\\s+past|the\\s+last|the\\s+coming|the\\s+next|the\\s+current|the\\s+previous|the\\s+following|the\\s+same|that|this\\s+past|this\\s+coming|earlier\\s+this|later\\s+this|early\\s+this|late\\s+this|early\\s+next|late\\s+next|early\\s+last|late\\s+last|later\\s+last|earlier\\s+last|(?:the\\s+(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+(?:this|last|next|the))|the";
rule(
  "relative",
  `\\b(${RELATIVE_PREFIX})\\s+(?:(fiscal|calendar)\\s+)?(week|weekend|month|year|decade|century|${SEASON})(?![\\w-])`,
  (m, text) => {
    const prefix = lower(m[1]);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (prefix === "the" && /^\s+(?:of|in|that|when|before|after)\b/i.test(after)) return null;
    const unit = lower(m[3]);
    const season = WORDS.seasons[unit];
    if (prefix === "the" && (unit === "decade" || unit === "century")) return null;
    if (prefix === "the" && unit === "fall") return null;
    if (prefix === "past" || prefix === "coming") {
      if (unit !== "week" && unit !== "month" && unit !== "year" && unit !== "weekend") return null;
    }
    const core = prefix
      .replace(/^(earlier|later|early|late)\s+/, "")
      .replace(/^the\s+(end|beginning|start|middle|rest|remainder)\s+of\s+/, "");
    const shift = /^(last|past|the past|the last|the previous|this past)$/.test(core)
      ? -1
      : /^(next|coming|the coming|the next|the following|this coming)$/.test(core)
        ? 1
        : 0;
    const contextual = /^(the same|that|the following|the previous)$/.test(core);
    const mod = modOf(prefix);
    // "the year ended June 30", "the fiscal year ending in March": a span of a year, not a date.
    if (/^(the|the full)$/.test(prefix) && /^\s+(?:ended|ending|that\s+ended)\b/i.test(after))
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: "DURATION",
        resolve: () => ({ value: durationValue(1, unit), mod: null, anchor: "none" }),
      };
    const future = futureAt(text, m.index);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (a) => {
        if (unit === "year" || unit === "decade" || unit === "century" || season) {
          const base = contextual ? a.contextYear() : a.year();
          if (!base) return none(season ? `XXXX-${season}` : "XXXX");
          if (season) {
            let y = base[0] + shift;
            // "last summer" in November is this year's; "next spring" in January is this year's.
            const first = SEASON_START[season];
            if (a.dct && !contextual && shift < 0 && a.dct.m >= first + 3) y = base[0];
            if (a.dct && !contextual && shift > 0 && a.dct.m < first) y = base[0];
            return { value: `${pad4(y)}-${season}`, mod, anchor: base[1] };
          }
          if (unit === "year") return { value: pad4(base[0] + shift), mod, anchor: base[1] };
          if (unit === "decade")
            return { value: String(Math.floor(base[0] / 10) + shift), mod, anchor: base[1] };
          return { value: String(Math.floor(base[0] / 100) + shift), mod, anchor: base[1] };
        }
        if (!a.dct) return none(unit === "month" ? "XXXX-XX" : "XXXX-WXX");
        if (unit === "month") {
          if (contextual && a.lastDate?.m) {
            const [y, mo] = addMonths(a.lastDate.y, a.lastDate.m, shift);
            return { value: fmtMonth(y, mo), mod, anchor: "context" };
          }
          const [y, mo] = addMonths(a.dct.y, a.dct.m, shift);
          return { value: fmtMonth(y, mo), mod, anchor: "dct" };
        }
        // "the weekend" told on a weekday is the one just past, unless the clause speaks of the future.
        const back = unit === "weekend" && shift === 0 && !future && weekday(a.dct) < 6 ? -1 : 0;
        const week = fmtWeek(addDays(a.dct, 7 * (shift + back)));
        return { value: unit === "weekend" ? `${week}-WE` : week, mod, anchor: "dct" };
      },
    };
  },
);

// "two years ago", "a year earlier", "five months ago", "several years ago"
rule(
  "ago",
  `\\b(?:(${MODIFIER})\\s+)?(${NUMBER}|${VAGUE_NUMBER}|an?)\\s+(${UNIT})\\s+(ago|earlier|later|from\\s+now|hence)\\b`,
  (m) => {
    const unit = unitName(m[3]);
    const spec = WORDS.units[unit] as [string, number, boolean] | undefined;
    if (!spec) return null;
    const n = parseNumber(m[2]);
    const sign = /ago|earlier/i.test(m[4]) ? -1 : 1;
    const mod = modOf(m[1]);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (a) => {
        if (n === null) return { value: sign < 0 ? "PAST_REF" : "FUTURE_REF", mod, anchor: "none" };
        const [letter, mult, isTime] = spec;
        const k = Math.round(n * mult) * sign;
        if (letter === "Y" && unit === "year" && n === 1 && a.lastWasQuarter && a.lastQuarter)
          return { value: `${pad4(a.lastQuarter.y - 1)}-Q${a.lastQuarter.q}`, mod, anchor: "context" };
        if (letter === "Y") {
          const base = a.year();
          if (!base) return none("XXXX");
          const y = base[0] + k;
          if (y < 1) return { value: "PAST_REF", mod, anchor: "none" };
          if (mult >= 100) return { value: String(Math.floor(y / 100)), mod, anchor: base[1] };
          if (mult >= 10) return { value: String(Math.floor(y / 10)), mod, anchor: base[1] };
          return { value: pad4(y), mod, anchor: base[1] };
        }
        if (!a.dct) return none("XXXX-XX-XX");
        if (letter === "M" && !isTime) {
          const [y, mo] = addMonths(a.dct.y, a.dct.m, k);
          return { value: fmtMonth(y, mo), mod, anchor: "dct" };
        }
        if (letter === "Q") {
          const [y, mo] = addMonths(a.dct.y, a.dct.m, 3 * k);
          return { value: `${pad4(y)}-Q${quarterOf(mo)}`, mod, anchor: "dct" };
        }
        if (letter === "W") return { value: fmtWeek(addDays(a.dct, 7 * k)), mod, anchor: "dct" };
        if (letter === "D") return { value: fmtDate(addDays(a.dct, k)), mod, anchor: "dct" };
        return { value: fmtDate(a.dct), mod, anchor: "dct" };
      },
    };
  },
);

// "three years", "more than half a century", "the past five years", "a year and a half", "22 months"
const DURATION_HEAD =
  "the\\s+(?:past|last|next|first|coming|previous|final|following|latest|remaining|initial|same|entire|whole|full|other)|the|another|an?\\s+additional|an?\\s+extra";
rule(
  "duration",
  `\\b(?:(${MODIFIER})\\s+(?!the\\b))?(?:(${DURATION_HEAD})\\s+)?(?:(${MODIFIER})\\s+)?(half\\s+an?|${NUMBER}(?:\\s+1/2|\\s+and\\s+a\\s+half)?|${VAGUE_NUMBER}|an?)(?:\\s*(?:to|or|-|–)\\s*${NUMBER})?\\s+(?:(?:more|additional|full|straight|consecutive|long|successive|extra|whole)\\s+)?(${UNIT})(\\s+and\\s+a\\s+half)?(?![\\w-])`,
  (m, text) => {
    const unit = unitName(m[5]);
    if (!WORDS.units[unit]) return null;
    const numRaw = lower(m[4]);
    const isA = numRaw === "a" || numRaw === "an";
    if (isA && (unit === "second" || unit === "quarter" || unit === "night")) return null;
    if (/^\d{4}$/.test(numRaw) && (unit === "second" || unit === "quarter")) return null;
    const plural = /s$/i.test(m[5]) || /ies$|ia$/i.test(m[5]);
    let n: number | null;
    if (numRaw.startsWith("half")) n = 0.5;
    else if (/couple/.test(numRaw)) n = 2;
    else if (WORDS.vagueNumbers.includes(numRaw)) n = null;
    else {
      const base = numRaw.replace(/\s+1\/2$|\s+and\s+a\s+half$/, "");
      n = parseNumber(base);
      if (n === null) return null;
      if (base !== numRaw) n += 0.5;
    }
    if (m[6] && n !== null) n += 0.5;
    if (n === 1 && plural && !isA) return null;
    // "$5 million a year", "twice a week": a frequency, not a duration.
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    // "52 years old": an age, not a duration (TimeML leaves ages unmarked).
    if (/^\s+old\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    const frequency =
      isA &&
      !m[1] &&
      !m[2] &&
      /(?:\d|million|billion|percent|%|times|once|twice|cents?|dollars?)\s*$/i.test(before);
    const mod = modOf(m[1] ?? m[3]);
    // "a year" right before a number is part of something else ("a year 2000 problem")
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: frequency ? "SET" : "DURATION",
      resolve: () => ({ value: durationValue(frequency ? 1 : n, unit), mod, anchor: "none" }),
    };
  },
);

// "for years", "over decades": a vague duration after a preposition (the preposition is not part of it)
rule(
  "vague-duration",
  `\\b(?:for|in|over|within|after|take|took|takes|taking|during)\\s+((?:${MODIFIER}\\s+)?(?:the\\s+)?(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries))\\b`,
  (m) => {
    const idx = (m as RegExpExecArray & { indices: [number, number][] }).indices[1];
    const unit = unitName(m[1].split(/\s+/).pop() ?? "");
    return {
      start: idx[0],
      end: idx[1],
      type: "DURATION",
      resolve: () => ({ value: durationValue(null, unit), mod: null, anchor: "none" }),
    };
  },
);

// "two-year", "10-year", "four-day", "8-month-old"
rule(
  "compound-duration",
  `\\b(${NUMBER}|half|several|few|many|multi)-(${UNIT})(?:-(?:old|long))?(?![\\w-])`,
  (m) => {
    const unit = unitName(m[2]);
    if (!WORDS.units[unit] || /s$/i.test(m[2])) return null;
    const vague = /^(several|few|many|multi)$/i.test(m[1]);
    const n = lower(m[1]) === "half" ? 0.5 : vague ? null : parseNumber(m[1]);
    if (n === null && !vague) return null;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DURATION",
      resolve: () => ({ value: durationValue(n, unit), mod: null, anchor: "none" }),
    };
  },
);

// "the third quarter", "third-quarter", "the first half of 1998", "next year's first quarter"
const QUARTER_ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
rule(
  "quarter",
  `\\b(?:(the|this|last|next|the\\s+current|the\\s+latest|the\\s+same|the\\s+previous|the\\s+year-ago|the\\s+year-earlier|the\\s+comparable|the\\s+fiscal|this\\s+year's|last\\s+year's|next\\s+year's)\\s+)?(?:(fiscal|calendar|year-ago|year-earlier|${YEAR})\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(quarter|half)(?:[\\s-]+(?:of\\s+)?(?:(?:fiscal|calendar)\\s+)?(${YEAR}|${RELATIVE_YEAR}|the\\s+year))?(?![\\w-])`,
  (m) => {
    const ord = lower(m[3]);
    const half = lower(m[4]) === "half";
    const n = QUARTER_ORD[ord] ?? (half ? 2 : 4);
    if (half && n > 2) return null;
    const pre = lower(m[1]);
    const adj = lower(m[2]);
    const explicit = m[5] && /^\d/.test(m[5]) ? Number(m[5]) : /^\d/.test(adj) ? Number(adj) : undefined;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      explicitYear: explicit,
      resolve: (a) => {
        let y: [number, AnchorKind] | null;
        if (explicit) y = [explicit, "absolute"];
        else if (m[5] && !/^the\s+year$/i.test(m[5])) y = relativeYear(a, m[5]);
        else if (pre.startsWith("this year")) y = a.year();
        else if (pre.startsWith("last year")) y = a.year() && [a.year()![0] - 1, a.year()![1]];
        else if (pre.startsWith("next year")) y = a.year() && [a.year()![0] + 1, a.year()![1]];
        else {
          y = a.year();
          if (y && a.dct && !half && n > quarterOf(a.dct.m) && pre !== "next") y = [y[0] - 1, y[1]];
          if (y && a.dct && half && n === 2 && a.dct.m <= 6 && pre !== "next") y = [y[0] - 1, y[1]];
          if (y && pre === "next" && a.dct && n <= quarterOf(a.dct.m)) y = [y[0] + 1, y[1]];
          if (y && pre === "last" && a.dct && n >= quarterOf(a.dct.m)) y = [y[0] - 1, y[1]];
        }
        if (y && (/year-(ago|earlier)/.test(pre) || /year-(ago|earlier)/.test(adj))) y = [y[0] - 1, y[1]];
        if (!y) return none(`XXXX-${half ? "H" : "Q"}${n}`);
        return {
          value: `${pad4(y[0])}-${half ? "H" : "Q"}${n}`,
          mod: null,
          anchor: y[1],
          explicitYear: explicit,
          quarter: half ? undefined : { y: y[0], q: n },
        };
      },
    };
  },
);

// "the quarter", "the latest quarter", "the year-ago period", "last quarter"
rule(
  "quarter-ref",
  `\\b(the\\s+(?:latest|current|same|previous|most\\s+recent|comparable|year-ago|year-earlier|year-before|prior-year|recent|fiscal|first)|the|this|last|next|that)\\s+(?:(fiscal|three-month|year-ago|year-earlier|${YEAR})\\s+)?(quarter|period)(?![\\w-])`,
  (m) => {
    const pre = lower(m[1]);
    const adj = lower(m[2]);
    const period = lower(m[3]) === "period";
    const year = /^\d/.test(adj) ? Number(adj) : undefined;
    if (period && !year && !/latest|year-|prior|comparable|most recent|same|previous/.test(`${pre} ${adj}`))
      return null;
    if (pre === "the first") return null;
    if (year)
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: "DATE",
        explicitYear: year,
        resolve: (a) => {
          const q = a.lastQuarter ? { y: year, q: a.lastQuarter.q } : null;
          const value = q ? `${pad4(year)}-Q${q.q}` : String(year);
          return { value, mod: null, anchor: "absolute", explicitYear: year };
        },
      };
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (a) => {
        let q: { y: number; q: number } | null = null;
        if (pre === "this" || pre === "the current") {
          if (a.dct) q = { y: a.dct.y, q: quarterOf(a.dct.m) };
        } else if ((pre === "last" || pre === "next") && a.dct) {
          const [y, mo] = addMonths(a.dct.y, a.dct.m, pre === "last" ? -3 : 3);
          q = { y, q: quarterOf(mo) };
        } else if (a.lastQuarter) q = { ...a.lastQuarter };
        else if (a.dct) {
          const [y, mo] = addMonths(a.dct.y, a.dct.m, -3);
          q = { y, q: quarterOf(mo) };
        }
        if (!q) return none("XXXX-QX");
        if (/year-|prior/.test(`${pre} ${adj}`)) q = { y: q.y - 1, q: q.q };
        return {
          value: `${pad4(q.y)}-Q${q.q}`,
          mod: null,
          anchor: a.dct ? "dct" : "context",
          quarter: /year-|prior/.test(`${pre} ${adj}`) ? undefined : q,
        };
      },
    };
  },
);

// "year-ago", "year-earlier" (as adjectives), "year-end", "year's end"
rule(
  "year-adjective",
  `\\b(year-ago|year-earlier|year-before|prior-year|year[-\\s]end|year's\\s+end)(?![\\w-])`,
  (m) => {
    const w = lower(m[1]);
    const shift = /end/.test(w) ? 0 : -1;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (a) => {
        if (shift && a.lastWasQuarter && a.lastQuarter)
          return { value: `${pad4(a.lastQuarter.y - 1)}-Q${a.lastQuarter.q}`, mod: null, anchor: "context" };
        const [v, anchor] = yearOr(a, shift);
        return { value: v, mod: shift ? null : "END", anchor };
      },
    };
  },
);

// "this summer", "last fall", "the winter of 1994", "summer 2019", "every spring"
rule(
  "season",
  `\\b(?:(this|last|next|this\\s+past|this\\s+coming|the|early|late|mid-|mid|the\\s+early|the\\s+late|every|each)\\s*)?(${SEASON})(?:,?\\s+(?:of\\s+)?(${YEAR}|${YEAR_WORDS})(?![\\w-]|[.,]\\d))?(?![\\w-])`,
  (m, text) => {
    const pre = lower(m[1]);
    if (!pre && !m[3]) return null;
    if (pre && !/\s$/.test(m[0].slice(0, m[1].length + 1)) && !pre.endsWith("-")) return null;
    const season = WORDS.seasons[lower(m[2])];
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    if (!m[3] && /^\s+(of|in)\b/i.test(after)) return null;
    const explicit = m[3] ? yearValue(m[3]) : undefined;
    if (pre === "every" || pre === "each")
      return {
        start: m.index,
        end: m.index + m[0].length,
        type: "SET",
        resolve: () => ({ value: `XXXX-${season}`, mod: null, anchor: "none" }),
      };
    const shift =
      pre.includes("last") || pre.includes("past")
        ? -1
        : pre.includes("next") || pre.includes("coming")
          ? 1
          : 0;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      explicitYear: explicit,
      resolve: (a) => {
        const y: [number, AnchorKind] | null = explicit ? [explicit, "absolute"] : a.year();
        if (!y) return none(`XXXX-${season}`);
        let year = y[0] + (explicit ? 0 : shift);
        const first = SEASON_START[season];
        if (!explicit && a.dct && shift < 0 && a.dct.m >= first + 3) year = y[0];
        if (!explicit && a.dct && shift > 0 && a.dct.m < first) year = y[0];
        return {
          value: `${pad4(year)}-${season}`,
          mod: modOf(pre.replace(/^the\s+/, "")),
          anchor: y[1],
          explicitYear: explicit,
        };
      },
    };
  },
);

// "now", "currently", "recently", "the past", "the future", "in recent years"
const REF_VALUES: [string[], string][] = [
  [REFS.present, "PRESENT_REF"],
  [REFS.past, "PAST_REF"],
  [REFS.future, "FUTURE_REF"],
];
for (const [words, value] of REF_VALUES) {
  rule(`ref-${value}`, `\\b(?:${alt(words)})(?![\\w-])`, (m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: "DATE",
    resolve: () => ({ value, mod: null, anchor: "none" }),
  }));
}

// "10 p.m.", "7:15 p.m. EST Wednesday", "noon Thursday", "midnight Friday"
rule(
  "clock",
  `\\b(?:(${MODIFIER})\\s+)?(?:(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b|o'clock)|(\\d{1,2}):(\\d{2})(?=\\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local\\s+time)\\b)|(noon|midnight|midday))(?:\\s+(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local\\s+time))?(?:,?\\s+(?:on\\s+)?(${WEEKDAY}|today|yesterday|tomorrow|tonight))?(?:,?\\s+(?:on\\s+)?(${MONTH})\\s+(${DAY_NUMBER})(?![\\w-]|[.,]\\d))?`,
  (m, text) => {
    let h: number;
    let min = 0;
    if (m[7]) h = lower(m[7]) === "midnight" ? 24 : 12;
    else if (m[5]) {
      h = Number(m[5]);
      min = Number(m[6]);
    } else {
      h = Number(m[2]);
      min = m[3] ? Number(m[3]) : 0;
      const ampm = lower(m[4]);
      if (h > 12 || h === 0) return null;
      if (ampm.startsWith("p") && h < 12) h += 12;
      if (ampm.startsWith("a") && h === 12) h = 0;
    }
    if (h > 24 || min > 59) return null;
    const dayRaw = m[8];
    if (
      dayRaw &&
      /^[a-z]/.test(dayRaw) === false &&
      weekdayNumber(dayRaw) &&
      lower(dayRaw).replace(/\.$/, "").length < 6
    )
      return null;
    const future = futureAt(text, m.index);
    const hhmm = `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
    const clock = m[7] ? (h === 24 ? "T24" : "T12:00") : hhmm;
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "TIME",
      resolve: (a) => {
        let date: string;
        let anchor: AnchorKind;
        const day = lower(dayRaw);
        const month = m[9] && capitalised(m[9]) ? monthNumber(m[9]) : 0;
        const dom = m[10] ? Number.parseInt(m[10], 10) : 0;
        if (month && a.dct && validDate(a.dct.y, month, dom)) {
          const y = nearestYear(a.dct, month, dom, future);
          [date, anchor] = [fmtDate({ y, m: month, d: dom }), "dct"];
        } else if (day && DAY_WORDS[day] !== undefined) [date, anchor] = dayFromDct(a, DAY_WORDS[day]);
        else if (day) [date, anchor] = weekdayDate(a, weekdayNumber(day), future ? 1 : 0);
        else [date, anchor] = dayFromDct(a, 0);
        return { value: `${date}${clock}`, mod: modOf(m[1]), anchor };
      },
    };
  },
);

// "every week", "each Thursday", "per year", "annually"
rule(
  "set",
  `\\b(every|each|per)\\s+(?:(other)\\s+)?(day|week|month|year|quarter|hour|minute|night|morning|evening|weekend|decade)(?![\\w-])`,
  (m) => {
    const unit = lower(m[3]);
    const value =
      unit === "morning" || unit === "evening" || unit === "night"
        ? `XXXX-XX-XXT${WORDS.partsOfDay[unit]}`
        : unit === "weekend"
          ? "XXXX-WXX-WE"
          : durationValue(m[2] ? 2 : 1, unit);
    return {
      start: m.index,
      end: m.index + m[0].length,
      type: "SET",
      resolve: () => ({ value, mod: null, anchor: "none" }),
    };
  },
);
const ADVERB_SETS: Record<string, string> = {
  annually: "P1Y",
  yearly: "P1Y",
  semiannually: "P6M",
  hourly: "PT1H",
  nightly: "XXXX-XX-XXTNI",
};
rule("set-adverb", `\\b(${alt(Object.keys(ADVERB_SETS))})\\b`, (m) => ({
  start: m.index,
  end: m.index + m[0].length,
  type: "SET",
  resolve: () => ({ value: ADVERB_SETS[lower(m[1])], mod: null, anchor: "none" }),
}));

const ABBREVIATIONS = new Set(
  [...Object.keys(WORDS.months), ...Object.keys(WORDS.weekdays)].filter(
    (w) => !FULL_MONTHS.has(w) && w.length <= 5 && !w.endsWith("day"),
  ),
);

/** All candidate expressions of `text`, settled leftmost-longest (ties: the earlier rule). */
export function recognise(text: string): Candidate[] {
  const all: (Candidate & { order: number })[] = [];
  rules.forEach((r, order) => {
    r.re.lastIndex = 0;
    for (let m = r.re.exec(text); m; m = r.re.exec(text)) {
      if (m[0].length === 0) {
        r.re.lastIndex++;
        continue;
      }
      const c = r.make(m, text);
      if (!c) continue;
      // A sentence's full stop after a full word ("in June.") is not part of the expression;
      // the dot of an abbreviation ("Nov.", "p.m.") is.
      if (text[c.end - 1] === ".") {
        const w = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(c.start, c.end - 12), c.end))?.[1] ?? "";
        if (!ABBREVIATIONS.has(w.toLowerCase()) && !/[ap]\.m$/i.test(w)) c.end--;
      }
      if (c.end > c.start) all.push({ ...c, rule: r.name, order });
    }
  });
  all.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);
  const chosen: Candidate[] = [];
  let end = -1;
  for (const c of all) {
    if (c.start < end) continue;
    chosen.push(c);
    end = c.end;
  }
  return chosen;
}
