/** Time stage: temporal expressions normalised to TIMEX3 values, and the dated timeline. */
import type { TimelineItem, Timex } from "../analysis.js";
import type { Article } from "../article.js";

export function findTime(_article: Article): { timexes: Timex[]; timeline: TimelineItem[] } {
  return { timexes: [], timeline: [] };
}
