/**
 * Time stage: temporal expressions (DATE, TIME, DURATION, SET) normalised to TIMEX3 values in the
 * style of TempEval-3, anchored on the document creation time or, without one, on the years the text
 * itself gives; and the dated timeline.
 *   recognise.ts  rules over the text -> candidate spans (leftmost-longest); the rules live in
 *                 rules/ by family (dates, relative, durations, periods, times), sharing
 *                 candidate.ts, guards.ts (context tests) and resolve.ts (calendar reasoning)
 *   normalise.ts  calendar arithmetic and value formats
 *   anchor.ts     the document date and the context year
 *   timeline.ts   DATE items with their clause, actors and block
 */
import type { TimelineItem, Timex } from "../analysis.js";
import type { Article } from "../article.js";
import { Anchor } from "./anchor.js";
import { parseIso } from "./normalise.js";
import { recognise } from "./recognise.js";
import { buildTimeline } from "./timeline.js";

/** Recognises and normalises the temporal expressions of a text, anchored on `dct` when given. */
export function findTimexes(text: string, dct: string | null): Timex[] {
  const candidates = recognise(text);
  let firstYear: number | null = null;
  for (const c of candidates)
    if (c.explicitYear !== undefined) {
      firstYear = c.explicitYear;
      break;
    }
  const anchor = new Anchor(parseIso(dct), firstYear);
  const timexes: Timex[] = [];
  for (const c of candidates) {
    const r = c.resolve(anchor);
    const type = r.type ?? c.type;
    timexes.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type,
      value: r.value,
      mod: r.mod,
      anchor: r.anchor,
    });
    if (r.explicitYear !== undefined) anchor.sawYear(r.explicitYear);
    if (type === "DATE") {
      const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(r.value);
      if (m?.[2]) anchor.lastDate = { y: Number(m[1]), m: Number(m[2]), d: m[3] ? Number(m[3]) : null };
      if (m?.[3]) anchor.lastDayEnd = c.end;
      if (r.quarter) anchor.lastQuarter = r.quarter;
      if (r.quarter && r.explicitYear === undefined) anchor.reportedQuarter ??= r.quarter;
      anchor.lastWasQuarter = !!r.quarter || /-Q\d$/.test(r.value);
    }
  }
  return timexes;
}

export function findTime(article: Article): { timexes: Timex[]; timeline: TimelineItem[] } {
  const timexes = findTimexes(article.text, article.dct);
  return { timexes, timeline: buildTimeline(article, timexes) };
}
