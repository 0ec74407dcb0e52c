/**
 * Resolution helpers shared by the rules: words to numbers, and the calendar reasoning that turns an
 * underspecified expression plus the anchor into a year, a day or a week.
 */
import type { Anchor, AnchorKind } from "./anchor.js";
import { none, type Resolved } from "./candidate.js";
import type { Tense } from "./tense.js";
import { addDays, fmtDate, pad4, validDate, WORDS, weekday, type Ymd } from "./normalise.js";
import { modifierValue, yearFromWords } from "./patterns.js";

export const lower = (s: string | undefined): string => (s ?? "").toLowerCase().replace(/\s+/g, " ").trim();

export const monthNumber = (raw: string): number => WORDS.months[lower(raw).replace(/\.$/, "")];
export const weekdayNumber = (raw: string): number => WORDS.weekdays[lower(raw).replace(/\.$/, "")];
export const ordinalNumber = (raw: string): number | undefined => WORDS.ordinals[lower(raw)];
export const dayNumber = (raw: string): number => ordinalNumber(raw) ?? Number.parseInt(raw, 10);
export const yearValue = (raw: string): number => (/^\d/.test(raw) ? Number(raw) : (yearFromWords(raw) ?? 0));

const pad2 = (n: number): string => String(n).padStart(2, "0");
/** A month (and day) of an unknown year: `XXXX-03`, `XXXX-03-16`. */
export const unknownYear = (month: number, day?: number): string =>
  `XXXX-${pad2(month)}${day === undefined ? "" : `-${pad2(day)}`}`;

/** The TIMEX3 modifier of "early", "mid-", "the end of", "about" ... */
export function modOf(raw: string | undefined): string | null {
  const s = lower(raw);
  if (!s) return null;
  if (s.startsWith("early") || s.includes("beginning") || s.includes("start")) return "START";
  if (s.startsWith("mid") || s.includes("middle")) return "MID";
  if (s.startsWith("late") || s.includes("end of")) return "END";
  return modifierValue(s);
}

/**
 * Direction of "last"/"past"/"previous"/"preceding" (-1), "next"/"coming"/"following" (+1), else 0.
 * "The latest year" is the last one complete, whose results are out (-1).
 */
export function shiftOf(prefix: string): number {
  if (/\b(?:last|past|previous|preceding|latest|most recent)\b/.test(prefix)) return -1;
  if (/\b(?:next|coming|following)\b/.test(prefix)) return 1;
  return 0;
}

/** "yesterday", "tomorrow" ...: days from the document date. */
export const DAY_WORDS: Record<string, number> = {
  "the day before yesterday": -2,
  "the day after tomorrow": 2,
  today: 0,
  yesterday: -1,
  tomorrow: 1,
  tonight: 0,
};

/** The date `offset` days from the document date, or an unknown date. */
export function dayFromDct(a: Anchor, offset: number): [string, AnchorKind, Ymd | null] {
  if (!a.dct) return ["XXXX-XX-XX", "none", null];
  const d = addDays(a.dct, offset);
  return [fmtDate(d), "dct", d];
}

/** The date of a weekday near the document date: the last one (or today) unless the text speaks of the future. */
export function weekdayDate(a: Anchor, wd: number, direction: number): [string, AnchorKind] {
  if (!a.dct) return [`XXXX-WXX-${wd}`, "none"];
  if (direction === 0) return [fmtDate(addDays(a.dct, -((weekday(a.dct) - wd + 7) % 7))), "dct"];
  return [fmtDate(weekdayFrom(a.dct, wd, direction)), "dct"];
}

/**
 * The year of a month (and day) written without one: the one that puts it nearest the document
 * date; on a tie, the later one when the clause speaks of the future.
 */
export function nearestYear(dct: Ymd, month: number, day: number, future: boolean): number {
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

/** Year of a month (and day) without one, from the clause's tense, else the nearest to the document date. */
export function yearByTense(dct: Ymd, month: number, day: number, tense: Tense): number {
  // The nearest such date; the clause's tense only overrules it when that date is over a month away
  // on the wrong side of the document date.
  const y = nearestYear(dct, month, day, tense === "future");
  const diff = (Date.UTC(y, month - 1, day) - Date.UTC(dct.y, dct.m - 1, dct.d)) / 86_400_000;
  if (tense === "past" && diff > 31) return y - 1;
  if (tense === "future" && diff < -31) return y + 1;
  return y;
}

/** The anchor year shifted by `shift`, as a value. */
export function yearOr(a: Anchor, shift = 0): [string, AnchorKind, number | null] {
  const y = a.year();
  if (!y) return ["XXXX", "none", null];
  return [pad4(y[0] + shift), y[1], y[0] + shift];
}

/** Year of "this year", "the same year", "the following year" ... */
export function relativeYear(a: Anchor, raw: string): [number, AnchorKind] | null {
  const s = lower(raw);
  const shift = /last|previous/.test(s) ? -1 : /next|following/.test(s) ? 1 : 0;
  const base = /^(this|last|next)\b/.test(s) ? a.year() : a.contextYear();
  return base ? [base[0] + shift, base[1]] : null;
}

/** First month of each season (northern hemisphere, meteorological). */
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * Year of a season `shift` seasons-years from `base`: "last summer" said in November is this year's,
 * "next spring" said in January is this year's.
 */
export function seasonYear(base: number, shift: number, season: string, dct: Ymd | null): number {
  const first = SEASON_START[season];
  if (dct && shift < 0 && dct.m >= first + 3) return base;
  if (dct && shift > 0 && dct.m < first) return base;
  return base + shift;
}

/** A calendar day, or the unknown-year form when no year is known. */
export function dayOf(
  y: [number, AnchorKind] | null,
  month: number,
  day: number,
  explicitYear?: number,
): Resolved {
  if (!y) return none(unknownYear(month, day));
  if (!validDate(y[0], month, day)) return none(unknownYear(month, day));
  return { value: fmtDate({ y: y[0], m: month, d: day }), mod: null, anchor: y[1], explicitYear };
}

/** "a year earlier" right after a quarter means that quarter of the year before. */
export function quarterYearBefore(a: Anchor, mod: string | null): Resolved | null {
  const last = a.lastQuarter;
  if (!a.lastWasQuarter || !last) return null;
  // After the year-ago quarter itself ("in the 1988 period. The year-ago results"), that same quarter.
  const y = a.reportedQuarter?.y === last.y + 1 ? last.y : last.y - 1;
  return { value: `${pad4(y)}-Q${last.q}`, mod, anchor: "context" };
}

/**
 * The day that event-anchored expressions ("the next day", "two days later", "the previous
 * Friday") count from: the last day-precise date of the text, as HeidelTime's reference time in
 * news, else the document date.
 */
export function referenceDay(a: Anchor): [Ymd, AnchorKind] | null {
  const last = a.lastDate;
  if (last?.m && last.d) return [{ y: last.y, m: last.m, d: last.d }, "context"];
  return a.dct ? [a.dct, "dct"] : null;
}

/** The weekday `wd` strictly before (direction < 0) or after (> 0) the day `from`. */
export function weekdayFrom(from: Ymd, wd: number, direction: number): Ymd {
  const today = weekday(from);
  const diff = direction > 0 ? (wd - today + 7) % 7 || 7 : -((today - wd + 7) % 7 || 7);
  return addDays(from, diff);
}
