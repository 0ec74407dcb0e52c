/**
 * The anchor of relative and underspecified expressions: the document creation time when there is
 * one, otherwise the year of the nearest preceding explicit date in the text (or, before the first
 * explicit year, the first one that follows), flagged `anchor: "context"`.
 */
import type { Ymd } from "./normalise.js";

export type AnchorKind = "dct" | "context" | "absolute" | "none";

export class Anchor {
  readonly dct: Ymd | null;
  /** Year of the latest explicit date seen so far in reading order. */
  lastYear: number | null = null;
  /** The latest date resolved to at least a month, for "the same month", "the 5th". */
  lastDate: { y: number; m: number | null; d: number | null } | null = null;
  /** Where the latest day-precise date ends in the text, for a time right after it ("Nov. 5 at 9 a.m."). */
  lastDayEnd = -1;
  /** The latest quarter mentioned, for "the quarter", "the latest period", "a year earlier". */
  lastQuarter: { y: number; q: number } | null = null;
  /**
   * The quarter the article reports on: the first one it names without a year of its own ("Travelers'
   * third-quarter net income rose"). A quarter named in passing later ("a fourth-quarter charge",
   * "after a flat second quarter") does not change what "the latest quarter" or "a year ago" means.
   */
  reportedQuarter: { y: number; q: number } | null = null;
  /** Whether the previous resolved timex was a quarter (then "a year earlier" means that quarter). */
  lastWasQuarter = false;

  constructor(
    dct: Ymd | null,
    /** The first explicit year of the document, for expressions before any explicit year. */
    readonly firstYear: number | null,
  ) {
    this.dct = dct;
  }

  /** The year that an underspecified date ("March 16") takes, and where it came from. */
  year(): [number, AnchorKind] | null {
    if (this.dct) return [this.dct.y, "dct"];
    return this.contextYear();
  }

  /** The year of the surrounding text ("of the same year", "that year"). */
  contextYear(): [number, AnchorKind] | null {
    if (this.lastYear !== null) return [this.lastYear, "context"];
    if (this.firstYear !== null) return [this.firstYear, "context"];
    if (this.dct) return [this.dct.y, "dct"];
    return null;
  }

  /** The quarter that "the latest quarter", "the 1988 period" or "a year ago" refer to. */
  topicQuarter(): { y: number; q: number } | null {
    return this.reportedQuarter ?? this.lastQuarter;
  }

  /** The year the narrative is at: the latest explicit year so far, else the document's. */
  storyYear(): [number, AnchorKind] | null {
    return this.lastYear !== null ? [this.lastYear, "context"] : this.year();
  }

  /** Records an explicit year that later expressions may take. */
  sawYear(y: number): void {
    this.lastYear = y;
  }
}
