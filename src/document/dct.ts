/** The document creation time that anchors relative dates: an explicit option, the record, or the page. */
import { InputError } from "./errors.js";

const ISO = /^(\d{4})(-(\d{2})(-(\d{2}))?)?([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Returns `YYYY-MM-DD` (or a coarser ISO date) for a date string, or null if it is not a date. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const m = ISO.exec(v);
  if (m) return m[5] ? `${m[1]}-${m[3]}-${m[5]}` : m[3] ? `${m[1]}-${m[3]}` : m[1];
  const parsed = Date.parse(v);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** Whether a value is an ISO 8601 date (`2022`, `2022-10`, `2022-10-07`, with an optional time). */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value.trim());
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[3] === undefined ? 1 : Number(m[3]);
  const day = m[5] === undefined ? 1 : Number(m[5]);
  // a real calendar day: no year 0, no 2022-02-30 (Date would roll it over to March 2)
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const time = /(\d{2}):(\d{2})(?::(\d{2}))?/.exec(m[6] ?? "");
  const timeOk = !time || (Number(time[1]) <= 23 && Number(time[2]) <= 59 && Number(time[3] ?? 0) <= 59);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && timeOk;
}

export const ISO_FORMS = "YYYY, YYYY-MM or YYYY-MM-DD, optionally with a time (2022-10-07T09:30:00Z)";

/** Validates a user-given --date; refuses anything that is not a real ISO 8601 date. */
export function requireIsoDate(value: string): string {
  if (!isIsoDate(value))
    throw new InputError(`--date '${value}' is not a real ISO 8601 date: use ${ISO_FORMS}`);
  return isoDate(value)!;
}
