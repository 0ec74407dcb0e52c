/**
 * Recognition: the rules of every family of expression run over the text, each only where its
 * literals occur (one scan for all of them) and giving candidate spans; overlapping candidates are settled leftmost-longest, ties going to
 * the earlier rule in the order below.
 *   rules/dates.ts      "March 16", "21 March 2022", "February 1945", "in June", "1855", "the 1990s"
 *   rules/relative.ts   "yesterday", "this morning", "Friday", "last week", "two years ago"
 *   rules/durations.ts  "three years", "for decades", "two-year"
 *   rules/periods.ts    quarters, halves, "year-end", seasons
 *   rules/times.ts      clock times, sets ("every week"), PRESENT_REF/PAST_REF/FUTURE_REF
 * Shared pieces: candidate.ts (types, constructors), guards.ts (context tests), resolve.ts (calendar
 * reasoning on the anchor), patterns.ts (regex building blocks from the lexicons).
 */
import type { Candidate, Rule } from "./candidate.js";
import { FULL_MONTHS, titleOfWork } from "./guards.js";
import { WORDS } from "./normalise.js";
import { DATE_RULES } from "./rules/dates.js";
import { DURATION_RULES } from "./rules/durations.js";
import { PERIOD_RULES } from "./rules/periods.js";
import { RELATIVE_RULES } from "./rules/relative.js";
import { TIME_RULES } from "./rules/times.js";
import { GatedRegexes } from "../util/gated-regex.js";
import { leftmostLongest } from "../util/sorted.js";

export type { Candidate, Resolved, TimexType } from "./candidate.js";

export const RULES: Rule[] = [
  ...DATE_RULES,
  ...RELATIVE_RULES,
  ...DURATION_RULES,
  ...PERIOD_RULES,
  ...TIME_RULES,
];
/** All the rules' regexes, run together: one literal scan of the text (../util/gated-regex.ts). */
const PATTERNS = new GatedRegexes(RULES.map((r) => r.re));

/** Rules whose expressions also serve as programme names ("This Week", "Today"). */
const DEICTIC = new Set(["day-word", "part-of-day", "relative", "ref-PRESENT_REF"]);

/** Abbreviated month and weekday names, whose final dot belongs to the expression ("Nov."). */
const ABBREVIATIONS = new Set(
  [...Object.keys(WORDS.months), ...Object.keys(WORDS.weekdays)].filter(
    (w) => !FULL_MONTHS.has(w) && w.length <= 5 && !w.endsWith("day"),
  ),
);

/** All candidate expressions of `text`, settled leftmost-longest (ties: the earlier rule). */
export function recognise(text: string): Candidate[] {
  const all: (Candidate & { order: number })[] = [];
  const scan = PATTERNS.scan(text);
  RULES.forEach((r, order) => {
    scan.forEachMatch(order, (m) => {
      const c = r.make(m, text);
      if (!c) return;
      if (DEICTIC.has(r.name) && titleOfWork(text, c.start, c.end)) return;
      // A sentence's full stop after a full word ("in June.") is not part of the expression;
      // the dot of an abbreviation ("Nov.", "p.m.") is.
      if (text[c.end - 1] === ".") {
        const w = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(c.start, c.end - 12), c.end))?.[1] ?? "";
        if (!ABBREVIATIONS.has(w.toLowerCase()) && !/[ap]\.m$/i.test(w)) c.end--;
      }
      if (c.end > c.start) all.push({ ...c, rule: r.name, order });
    });
  });
  return leftmostLongest(all, (a, b) => a.order - b.order);
}
