/**
 * TIMEX3 value arithmetic and formatting: calendar dates, ISO weeks, quarters, durations and the
 * number words that spell them. Pure functions, no state.
 */
import { loadJson } from "../util/lexicon.js";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

interface Words {
  months: Record<string, number>;
  weekdays: Record<string, number>;
  seasons: Record<string, string>;
  partsOfDay: Record<string, string>;
  units: Record<string, [string, number, boolean] | string>;
  vagueUnits: Record<string, string>;
  unitPlurals: Record<string, string>;
  numbers: Record<string, number>;
  vagueNumbers: string[];
  ordinals: Record<string, number>;
}

export const WORDS = loadJson<Words>("time/words");

const pad2 = (n: number): string => String(n).padStart(2, "0");
export const pad4 = (n: number): string => String(n).padStart(4, "0");

export function fmtDate(x: Ymd): string {
  return `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
}
export function fmtMonth(y: number, m: number): string {
  return `${pad4(y)}-${pad2(m)}`;
}

/** Parses `YYYY[-MM[-DD]]` (anything after the day is ignored). */
export function parseIso(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(s);
  if (!m) return null;
  return { y: Number(m[1]), m: m[2] ? Number(m[2]) : 1, d: m[3] ? Number(m[3]) : 1 };
}

const toUtc = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d);
const fromUtc = (t: number): Ymd => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

export function addDays(x: Ymd, n: number): Ymd {
  return fromUtc(toUtc(x) + n * 86_400_000);
}

export function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** ISO weekday, Monday = 1 ... Sunday = 7. */
export function weekday(x: Ymd): number {
  const w = new Date(toUtc(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week: [week-year, week number]. */
export function isoWeek(x: Ymd): [number, number] {
  const thursday = addDays(x, 4 - weekday(x));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  return [thursday.y, Math.floor((toUtc(thursday) - jan1) / 86_400_000 / 7) + 1];
}

export function fmtWeek(x: Ymd): string {
  const [y, w] = isoWeek(x);
  return `${pad4(y)}-W${pad2(w)}`;
}

export const quarterOf = (m: number): number => Math.floor((m - 1) / 3) + 1;

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const NUMBER_WORDS = WORDS.numbers;

/** Value of a number written in digits or words ("22", "1,000", "twenty-four", "a hundred"); null if vague. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  if (/^\d[\d,]*(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (s === "a" || s === "an" || s === "one") return 1;
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === "and" || w === "a" || w === "an") {
      if (w !== "and") current = current || 1;
      continue;
    }
    const v = NUMBER_WORDS[w];
    if (v === undefined) return null;
    any = true;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 12 && w === "dozen") current = (current || 1) * 12;
    else current += v;
  }
  return any ? total + current : null;
}

/** A duration value: `P3Y`, `PT2H`, `PXW`; n null means vague. */
export function durationValue(n: number | null, unit: string): string {
  const u = WORDS.units[unit] as [string, number, boolean] | undefined;
  if (!u) return "PXX";
  const [letter, mult, isTime] = u;
  if (n === null) {
    const vague = WORDS.vagueUnits[unit];
    return `P${isTime ? "T" : ""}X${vague ?? letter}`;
  }
  let value = n * mult;
  let code = letter;
  // Fractions: express in the next smaller unit when the count is not whole.
  if (!Number.isInteger(value)) {
    const smaller: Record<string, [string, number, boolean]> = {
      Y: ["M", 12, false],
      M: ["D", 30, false],
      W: ["D", 7, false],
      D: ["H", 24, true],
      H: ["M", 60, true],
      M_T: ["S", 60, true],
    };
    const key = isTime && letter === "M" ? "M_T" : letter;
    const s = smaller[key];
    if (s) {
      const whole = Math.floor(value);
      const rest = Math.round((value - whole) * s[1]);
      const head = whole ? `${whole}${letter}` : "";
      if (isTime) return `PT${head}${rest}${s[0]}`;
      if (s[2]) return `P${head}T${rest}${s[0]}`;
      return `P${head}${rest}${s[0]}`;
    }
    value = Math.round(value);
    code = letter;
  }
  return `P${isTime ? "T" : ""}${value}${code}`;
}

/** Unit name in the singular, lower case ("Years" -> "year", "centuries" -> "century"). */
export function unitName(raw: string): string {
  const s = raw.toLowerCase();
  if (WORDS.unitPlurals[s]) return WORDS.unitPlurals[s];
  if (WORDS.units[s]) return s;
  if (s.endsWith("s") && WORDS.units[s.slice(0, -1)]) return s.slice(0, -1);
  return s;
}
