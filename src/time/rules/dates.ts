/**
 * Calendar dates written out: days ("March 16", "21 March 2022", "2022-03-21"), months ("February
 * 1945", "in June"), years ("1855", "nineteen ninety-six"), decades and centuries.
 */
import type { AnchorKind } from "../anchor.js";
import { fixed, none, type Rule, rule, span } from "../candidate.js";
import {
  COUNT_NOUN,
  capitalised,
  FULL_MONTHS,
  MONTH_PREPOSITIONS,
  namesAWork,
  QUANTITY_BEFORE,
  YEAR_DETERMINERS,
  YEAR_PREPOSITIONS,
} from "../guards.js";
import { tenseAt } from "../tense.js";
import { fmtDate, fmtMonth, validDate } from "../normalise.js";
import {
  DAY_NUMBER,
  MONTH,
  ORDINAL,
  PREFIX_MOD,
  RELATIVE_YEAR,
  WEEKDAY,
  YEAR,
  YEAR_WORDS,
  yearFromWords,
} from "../patterns.js";
import {
  dayNumber,
  dayOf,
  lower,
  modOf,
  monthNumber,
  ordinalNumber,
  relativeYear,
  shiftOf,
  unknownYear,
  yearByTense,
  yearValue,
} from "../resolve.js";

const validDay = (month: number, day: number): boolean => !!month && day >= 1 && day <= 31;

// "Monday, March 21, 2022", "March 16", "September 2 of the same year"
const monthDay = rule(
  "month-day",
  `\\b(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY_NUMBER}|${ORDINAL})(?![\\w-]|[.,]\\d)(?:(?:,\\s*|\\s+)(${YEAR})(?![\\w-]|[.,]\\d)|\\s+(?:of\\s+)?(${RELATIVE_YEAR}))?`,
  (m, text) => {
    if (!capitalised(m[2])) return null;
    if (m[1] && !capitalised(m[1])) return null;
    const tense = tenseAt(text, m.index, m.index + m[0].length);
    const month = monthNumber(m[2]);
    const day = dayNumber(m[3]);
    if (!validDay(month, day)) return null;
    const explicit = m[4] ? Number(m[4]) : undefined;
    return span(
      m,
      "DATE",
      (a) => {
        let y: [number, AnchorKind] | null;
        if (explicit) y = [explicit, "absolute"];
        else if (m[5]) y = relativeYear(a, m[5]);
        else if (a.dct) y = [yearByTense(a.dct, month, day, tense), "dct"];
        else y = a.year();
        if (y && !validDate(y[0], month, day)) return none(fmtMonth(y[0], month));
        return dayOf(y, month, day, explicit);
      },
      explicit,
    );
  },
);

// "21 March 2022", "the 5th of May"
const dayMonth = rule(
  "day-month",
  `\\b(?:(${WEEKDAY}),?\\s+)?(${DAY_NUMBER}|${ORDINAL})\\s+(of\\s+)?(${MONTH})(?![\\w-])(?:,?\\s+(${YEAR})(?![\\w-]|[.,]\\d))?`,
  (m) => {
    if (!capitalised(m[4])) return null;
    if (ordinalNumber(m[2]) !== undefined && !m[3] && !/\d/.test(m[2])) return null;
    const month = monthNumber(m[4]);
    const day = dayNumber(m[2]);
    if (!validDay(month, day)) return null;
    const explicit = m[5] ? Number(m[5]) : undefined;
    return span(
      m,
      "DATE",
      (a) => dayOf(explicit ? [explicit, "absolute"] : a.year(), month, day, explicit),
      explicit,
    );
  },
);

// "February 1945", "mid-November 1998", "January this year"
const monthYear = rule(
  "month-year",
  `\\b(?:(${PREFIX_MOD})\\s*)?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR}|${YEAR_WORDS}|${RELATIVE_YEAR})(?![\\w-]|[.,]\\d)`,
  (m) => {
    if (!capitalised(m[2])) return null;
    const month = monthNumber(m[2]);
    if (!month) return null;
    const explicit = /^\d|^(eighteen|nineteen|twenty|two)/i.test(m[3]) ? yearValue(m[3]) : undefined;
    return span(
      m,
      "DATE",
      (a) => {
        const y: [number, AnchorKind] | null = explicit ? [explicit, "absolute"] : relativeYear(a, m[3]);
        if (!y) return none(unknownYear(month));
        return { value: fmtMonth(y[0], month), mod: modOf(m[1]), anchor: y[1], explicitYear: explicit };
      },
      explicit,
    );
  },
);

// "in March", "last June", "early September", "each July"
const monthAlone = rule(
  "month",
  `\\b(?:(last|this|next|this\\s+past|this\\s+coming|${PREFIX_MOD}|every|each)\\s*)?(${MONTH})(?![\\w-])`,
  (m, text) => {
    const word = lower(m[2]).replace(/\.$/, "");
    if (!capitalised(m[2]) || !FULL_MONTHS.has(word)) return null;
    if (!m[1] && !MONTH_PREPOSITIONS.test(text.slice(Math.max(0, m.index - 20), m.index))) return null;
    // A modifier glued to the month ("earlyMarch") is part of another word; lower-case "mid" may be.
    if (
      m[1] &&
      /^(mid|early|late)$/i.test(m[1]) &&
      m[1] !== "mid" &&
      !/\s/.test(text[m.index + m[1].length] ?? "")
    )
      return null;
    const month = monthNumber(m[2]);
    const prefix = lower(m[1]);
    const tense = tenseAt(text, m.index, m.index + m[0].length);
    if (prefix === "every" || prefix === "each") return span(m, "SET", fixed(unknownYear(month)));
    const shift = shiftOf(prefix);
    return span(m, "DATE", (a) => {
      if (!a.dct) {
        const y = a.year();
        return y
          ? { value: fmtMonth(y[0], month), mod: modOf(prefix), anchor: y[1] }
          : none(unknownYear(month));
      }
      let y = a.dct.y;
      if (shift < 0) y = month < a.dct.m ? y : y - 1;
      else if (shift > 0) y = month > a.dct.m ? y : y + 1;
      else if (!prefix.startsWith("this"))
        y = yearByTense(a.dct, month, month === a.dct.m ? a.dct.d : 15, tense);
      return { value: fmtMonth(y, month), mod: modOf(prefix), anchor: "dct" };
    });
  },
);

// "1855", "fiscal 1989", "mid-1996", "the end of 1990"
const year = rule(
  "year",
  `(?<![\\w$#£€¥.,/:'’-])(?:(${PREFIX_MOD})\\s*)?(?:(fiscal\\s+year|fiscal|calendar\\s+year|calendar|the\\s+year|FY)\\s*)?(${YEAR})(?![\\w%]|[.,/:]\\d|-\\d\\d-|\\s*(?:percent|per\\s+cent|[-–]?(?:year|month|day|week)s?\\b))`,
  (m, text) => {
    const y = Number(m[3]);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    if (y < 1900 && !m[1] && !m[2] && !YEAR_PREPOSITIONS.test(before)) return null;
    // counts: "2000 people", "1500 troops" after a quantity word
    if (QUANTITY_BEFORE.test(before)) return null;
    // "sent 2000 troops": a count before a plural noun, unless a preposition or determiner says year.
    const next = /^\s+([a-z]+)/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    if (next && COUNT_NOUN.test(next) && !m[1] && !m[2] && !YEAR_DETERMINERS.test(before)) return null;
    if (!m[1] && !m[2] && namesAWork(text, m.index, m.index + m[0].length)) return null;
    return span(
      m,
      "DATE",
      () => ({ value: String(y), mod: modOf(m[1]), anchor: "absolute", explicitYear: y }),
      y,
    );
  },
);

// "nineteen ninety-six", "the year two thousand"
const yearWords = rule("year-words", `\\b(?:the\\s+year\\s+)?(${YEAR_WORDS})\\b`, (m) => {
  const y = yearFromWords(m[1]);
  if (!y || y < 1800 || y > 2099) return null;
  return span(m, "DATE", () => ({ value: String(y), mod: null, anchor: "absolute", explicitYear: y }), y);
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
const decade = rule(
  "decade",
  `(?:\\bthe\\s+)?(?:\\b(early|late|mid)-?\\s*)?(?:\\b(1[0-9]|20)(\\d)0'?s|['’](\\d)0s|(?<=\\bthe\\s+(?:(?:early|late|mid)-?\\s*)?)(${DECADE_WORDS.join("|")}))\\b`,
  (m) => {
    const word = DECADE_WORDS.indexOf(lower(m[5]));
    const century = m[2] ?? (word >= 0 ? "19" : Number(m[4]) <= 2 ? "20" : "19");
    const digit = m[3] ?? m[4] ?? String(word + 2);
    return span(m, "DATE", () => ({ value: `${century}${digit}`, mod: modOf(m[1]), anchor: "absolute" }));
  },
);

// "the 20th century", "the eleventh century"
const century = rule(
  "century",
  `\\b(?:the\\s+)?(?:(early|late|mid)-?\\s*)?(\\d{1,2}(?:st|nd|rd|th)|${ORDINAL})[\\s-]+century\\b`,
  (m) => {
    const n = ordinalNumber(m[2]) ?? Number.parseInt(m[2], 10);
    if (!n) return null;
    return span(m, "DATE", () => ({
      value: String(n - 1).padStart(2, "0"),
      mod: modOf(m[1]),
      anchor: "absolute",
    }));
  },
);

// "2022-03-21", "2022-03-21T10:30"
const isoDate = rule(
  "iso-date",
  `(?<![\\w/.-])(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2}))?(?![\\w/-])`,
  (m) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDate(y, mo, d)) return null;
    const time = m[4] ? `T${m[4]}:${m[5]}` : "";
    const value = fmtDate({ y, m: mo, d }) + time;
    return span(
      m,
      time ? "TIME" : "DATE",
      () => ({ value, mod: null, anchor: "absolute", explicitYear: y }),
      y,
    );
  },
);

// "3/21/2022", "21.03.2022"
const slashDate = rule(
  "slash-date",
  `(?<![\\w/.-])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\w/]|[.-]\\d)`,
  (m) => {
    let [mo, d] = [Number(m[1]), Number(m[3])];
    const y = Number(m[4]);
    if (m[2] === "." || mo > 12) [mo, d] = [d, mo]; // dotted dates are day.month.year
    if (!validDate(y, mo, d)) return null;
    const value = fmtDate({ y, m: mo, d });
    return span(m, "DATE", () => ({ value, mod: null, anchor: "absolute", explicitYear: y }), y);
  },
);

export const DATE_RULES: Rule[] = [
  monthDay,
  dayMonth,
  monthYear,
  monthAlone,
  year,
  yearWords,
  decade,
  century,
  isoDate,
  slashDate,
];
