/**
 * Voice of a flagged span: the speaker of the innermost quote that contains it, or "author".
 */
import type { Quote } from "../analysis.js";
import { lastStartingAtOrBefore } from "./spans.js";
import { partitionPoint } from "../util/sorted.js";

/**
 * The speaker of the innermost quote containing [start, end), or "author". With `wordChoice`
 * (labels, charged words, distancing marks), reported speech does not count: a paraphrase carries
 * what was said, in the reporter's words.
 */
export function voiceOf(
  text: string,
  quotes: readonly Quote[],
  start: number,
  end: number,
  wordChoice: boolean,
): string {
  const best = innermostQuote(quotes, start, end, wordChoice ? text : null);
  if (!best) return "author";
  return best.speaker?.name || "unknown";
}

const QUOTE_MARK = /["“”«»]/g;

/** Sorted offsets of the quotation marks and line breaks of one text, built once per text. */
interface MarkIndex {
  text: string;
  marks: number[];
  breaks: number[];
}
let markIndex: MarkIndex | undefined;

function marksOf(text: string): MarkIndex {
  if (markIndex?.text === text) return markIndex;
  const marks: number[] = [];
  const breaks: number[] = [];
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(text); m; m = QUOTE_MARK.exec(text)) marks.push(m.index);
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) breaks.push(i);
  markIndex = { text, marks, breaks };
  return markIndex;
}

/** How many of the sorted numbers are < x. */
function countBelow(sorted: readonly number[], x: number): number {
  return partitionPoint(sorted, (v) => v < x);
}

/**
 * Whether `start` lies inside quotation marks: an odd number of marks between the start of its
 * line (paragraph) and it. Used for the quoted words of a mixed quote. Two binary searches over
 * the marks and line breaks of the text (indexed once), not a scan back over the paragraph.
 */
function insideQuotedWords(text: string, q: Quote, start: number): boolean {
  const limit = Math.max(0, Math.min(q.start, start) - 2000);
  const { marks, breaks } = marksOf(text);
  const b = countBelow(breaks, start);
  const from = Math.max(limit, b > 0 ? breaks[b - 1] + 1 : 0);
  if (from >= start) return false;
  return (countBelow(marks, start) - countBelow(marks, from)) % 2 === 1;
}

/** The innermost quote containing [start, end); with `wordsOf` (the text), only quotes that give the speaker's own words. */
export function innermostQuote(
  quotes: readonly Quote[],
  start: number,
  end: number,
  wordsOf: string | null,
): Quote | undefined {
  const i = lastStartingAtOrBefore(quotes, start);
  let best: Quote | undefined;
  for (let j = i; j >= 0 && j > i - 8; j--) {
    const q = quotes[j];
    if (
      wordsOf !== null &&
      q.kind !== "direct" &&
      !(q.kind === "mixed" && insideQuotedWords(wordsOf, q, start))
    )
      continue;
    if (q.start <= start && q.end >= end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/**
 * A heading that repeats words said in a direct quote of the body ("Anti-Russian course" over a
 * paragraph quoting "... opted for an anti-Russian course ...") lifts them from the speaker: the
 * words of the heading are that speaker's. Returns the speaker of the first quoted occurrence of
 * `phrase` outside [from, to), or undefined. Only called for items in headings, which are short
 * and few: one case-insensitive scan of the text per distinct phrase, at most `MAX_ECHO_SCANS`
 * per text (`memo` is the caller's, one per article), so a huge article of many headings stays linear.
 */
export const MAX_ECHO_SCANS = 64;

export function echoedSpeaker(
  text: string,
  lowerText: string,
  quotes: readonly Quote[],
  phrase: string,
  from: number,
  to: number,
  memo: Map<string, { at: number; speaker: string }[]> = new Map(),
): string | undefined {
  const needle = phrase.toLowerCase();
  if (needle.trim().length < 4) return undefined;
  let found = memo.get(needle);
  if (!found) {
    if (memo.size >= MAX_ECHO_SCANS) return undefined;
    found = [];
    for (let at = lowerText.indexOf(needle); at >= 0; at = lowerText.indexOf(needle, at + 1)) {
      const q = innermostQuote(quotes, at, at + needle.length, text);
      if (q?.speaker?.name) {
        found.push({ at, speaker: q.speaker.name });
        // The first few quoted occurrences suffice: a heading does not repeat a phrase many times.
        if (found.length === 4) break;
      }
    }
    memo.set(needle, found);
  }
  return found.find((f) => !(f.at >= from && f.at < to))?.speaker;
}
