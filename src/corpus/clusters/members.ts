/** The quotes of an analysed article that take part in quote identity across articles. */
import type { Analysis } from "../../analysis.js";
import type { ClusterQuote } from "./compare.js";

/** A quote to cluster, with its offsets in the article's text. */
export interface QuoteMember extends ClusterQuote {
  start: number;
  end: number;
}

/**
 * The direct and mixed quotes of an article: quoted words, which other outlets repeat (reported
 * speech is reworded by each). Each segment of an interrupted quotation ("A," she said, "B.") is
 * its own member, with the quote's id and the segment's number: the quotes stage also joins two
 * adjacent quotations of different speakers that way, and a segment is a run of quoted words.
 */
export function clusterMembers(article: string, analysis: Pick<Analysis, "text" | "quotes">): QuoteMember[] {
  const members: QuoteMember[] = [];
  for (const q of analysis.quotes) {
    if (q.kind === "indirect") continue;
    const pieces = q.segments && q.segments.length > 1 ? q.segments : [[q.start, q.end] as const];
    pieces.forEach(([start, end], i) => {
      members.push({
        id: pieces.length > 1 ? `${article}/${q.id}.${i + 1}` : `${article}/${q.id}`,
        article,
        text: analysis.text.slice(start, end),
        speaker: q.speaker?.name ?? null,
        start,
        end,
      });
    });
  }
  return members;
}
