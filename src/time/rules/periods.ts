/**
 * Parts of a year: quarters and halves ("the third quarter", "the year-ago period"), "year-end",
 * seasons ("this summer", "the winter of 1994").
 */
import type { Anchor, AnchorKind } from "../anchor.js";
import { fixed, none, type Rule, rule, span } from "../candidate.js";
import { after } from "../guards.js";
import { addMonths, pad4, quarterOf, WORDS } from "../normalise.js";
import { RELATIVE_YEAR, SEASON, YEAR, YEAR_WORDS } from "../patterns.js";
import {
  lower,
  modOf,
  quarterYearBefore,
  relativeYear,
  seasonYear,
  shiftOf,
  yearOr,
  yearValue,
} from "../resolve.js";

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

/** The year of a quarter or half named without one ("the third quarter", "next year's first half"). */
function periodYear(a: Anchor, pre: string, n: number, half: boolean): [number, AnchorKind] | null {
  const y = a.year();
  if (!y) return null;
  if (pre.startsWith("this year")) return y;
  if (pre.startsWith("last year")) return [y[0] - 1, y[1]];
  if (pre.startsWith("next year")) return [y[0] + 1, y[1]];
  if (!a.dct) return y;
  const now = quarterOf(a.dct.m);
  let year = y[0];
  // A period not yet begun at the document date is last year's, unless "next".
  if (!half && n > now && pre !== "next") year--;
  if (half && n === 2 && a.dct.m <= 6 && pre !== "next") year--;
  if (pre === "next" && n <= now) year++;
  if (pre === "last" && n >= now) year--;
  return [year, y[1]];
}

// "the third quarter", "third-quarter", "the first half of 1998", "next year's first quarter"
const quarter = rule(
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
    const code = `${half ? "H" : "Q"}${n}`;
    return span(
      m,
      "DATE",
      (a) => {
        let y: [number, AnchorKind] | null;
        if (explicit) y = [explicit, "absolute"];
        else if (m[5] && !/^the\s+year$/i.test(m[5])) y = relativeYear(a, m[5]);
        else y = periodYear(a, pre, n, half);
        if (y && (/year-(ago|earlier)/.test(pre) || /year-(ago|earlier)/.test(adj))) y = [y[0] - 1, y[1]];
        if (!y) return none(`XXXX-${code}`);
        return {
          value: `${pad4(y[0])}-${code}`,
          mod: null,
          anchor: y[1],
          explicitYear: explicit,
          quarter: half ? undefined : { y: y[0], q: n },
        };
      },
      explicit,
    );
  },
);

// "the quarter", "the latest quarter", "the year-ago period", "last quarter", "last year's quarter",
// "the quarter a year ago", "the corresponding period last year"
const quarterRef = rule(
  "quarter-ref",
  `\\b(the\\s+(?:latest|current|same|previous|most\\s+recent|comparable|corresponding|year-ago|year-earlier|year-before|prior-year|recent|fiscal|first)|last\\s+year's|the|this|last|next|that)\\s+(?:(fiscal|three-month|year-ago|year-earlier|${YEAR})\\s+)?(quarter|period)(?:\\s+(a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year))?(?![\\w-])`,
  (m) => {
    const pre = lower(m[1]);
    const adj = lower(m[2]);
    const period = lower(m[3]) === "period";
    const year = /^\d/.test(adj) ? Number(adj) : undefined;
    // a year-before marker on either side: "last year's quarter", "the period a year ago"
    const before = `${pre} ${adj} ${lower(m[4])}`;
    if (
      period &&
      !year &&
      !/latest|year|prior|comparable|corresponding|most recent|same|previous/.test(before)
    )
      return null;
    if (pre === "the first") return null;
    if (year)
      return span(
        m,
        "DATE",
        (a) => {
          const topic = a.topicQuarter();
          if (!topic) return { value: String(year), mod: null, anchor: "absolute", explicitYear: year };
          const quarter = { y: year, q: topic.q };
          return {
            value: `${pad4(year)}-Q${topic.q}`,
            mod: null,
            anchor: "absolute",
            explicitYear: year,
            quarter,
          };
        },
        year,
      );
    const yearBefore = /year-|prior|year's|a year|last year/.test(before);
    return span(m, "DATE", (a) => {
      let q: { y: number; q: number } | null = null;
      const back = (months: number) => {
        const [y, mo] = addMonths(a.dct!.y, a.dct!.m, months);
        return { y, q: quarterOf(mo) };
      };
      if (pre === "this" || pre === "the current") {
        if (a.dct) q = { y: a.dct.y, q: quarterOf(a.dct.m) };
      } else if ((pre === "last" || pre === "next") && a.dct) q = back(pre === "last" ? -3 : 3);
      // "that quarter" is the one just named; "the latest quarter" the one the article reports on
      else if (pre === "that" || pre === "the same" || pre === "the previous") q = a.lastQuarter;
      else q = a.topicQuarter();
      if (!q && a.dct && pre !== "this" && pre !== "the current") q = back(-3);
      if (!q) return none("XXXX-QX");
      if (yearBefore) q = { y: q.y - 1, q: q.q };
      return {
        value: `${pad4(q.y)}-Q${q.q}`,
        mod: null,
        anchor: a.dct ? "dct" : "context",
        quarter: yearBefore ? undefined : q,
      };
    });
  },
);

// "year-ago", "year-earlier" (as adjectives), "year-end", "year's end"
const yearAdjective = rule(
  "year-adjective",
  `\\b(year-ago|year-earlier|year-before|prior-year|year[-\\s]end|year's\\s+end)(?![\\w-])`,
  (m) => {
    const shift = /end/.test(lower(m[1])) ? 0 : -1;
    return span(m, "DATE", (a) => {
      const q = shift ? quarterYearBefore(a, null) : null;
      if (q) return q;
      const [v, anchor] = yearOr(a, shift);
      return { value: v, mod: shift ? null : "END", anchor };
    });
  },
);

// "this summer", "last fall", "the winter of 1994", "summer 2019", "every spring"
const season = rule(
  "season",
  `\\b(?:(this|last|next|this\\s+past|this\\s+coming|the|early|late|mid-|mid|the\\s+early|the\\s+late|every|each)\\s*)?(${SEASON})(?:,?\\s+(?:of\\s+)?(${YEAR}|${YEAR_WORDS})(?![\\w-]|[.,]\\d))?(?![\\w-])`,
  (m, text) => {
    const pre = lower(m[1]);
    if (!pre && !m[3]) return null;
    if (pre && !/\s$/.test(m[0].slice(0, m[1].length + 1)) && !pre.endsWith("-")) return null;
    const code = WORDS.seasons[lower(m[2])];
    if (!m[3] && /^\s+(of|in)\b/i.test(after(text, m, 6))) return null;
    const explicit = m[3] ? yearValue(m[3]) : undefined;
    if (pre === "every" || pre === "each") return span(m, "SET", fixed(`XXXX-${code}`));
    const shift = shiftOf(pre);
    return span(
      m,
      "DATE",
      (a) => {
        const y: [number, AnchorKind] | null = explicit ? [explicit, "absolute"] : a.year();
        if (!y) return none(`XXXX-${code}`);
        const year = explicit ? y[0] : seasonYear(y[0], shift, code, a.dct);
        return {
          value: `${pad4(year)}-${code}`,
          mod: modOf(pre.replace(/^the\s+/, "")),
          anchor: y[1],
          explicitYear: explicit,
        };
      },
      explicit,
    );
  },
);

export const PERIOD_RULES: Rule[] = [quarter, quarterRef, yearAdjective, season];
