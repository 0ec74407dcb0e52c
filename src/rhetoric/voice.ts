/**
 * Voice of a flagged span: the speaker of the innermost quote that contains it, or "author".
 */
import type { Quote } from "../analysis.js";
import { lastStartingAtOrBefore } from "./spans.js";

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

/**
 * Whether `start` lies inside quotation marks: an odd number of marks between the start of its
 * line (paragraph) and it. Used for the quoted words of a mixed quote.
 */
function insideQuotedWords(text: string, q: Quote, start: number): boolean {
  const limit = Math.max(0, Math.min(q.start, start) - 2000);
  let from = start;
  while (from > limit && text[from - 1] !== "\n") from--;
  const before = text.slice(from, start).match(QUOTE_MARK);
  return (before?.length ?? 0) % 2 === 1;
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
 * and few: one case-insensitive scan of the text per item.
 */
export function echoedSpeaker(
  text: string,
  lowerText: string,
  quotes: readonly Quote[],
  phrase: string,
  from: number,
  to: number,
): string | undefined {
  const needle = phrase.toLowerCase();
  if (needle.trim().length < 4) return undefined;
  for (let at = lowerText.indexOf(needle); at >= 0; at = lowerText.indexOf(needle, at + 1)) {
    if (at >= from && at < to) continue;
    const q = innermostQuote(quotes, at, at + needle.length, text);
    if (q?.speaker?.name) return q.speaker.name;
  }
  return undefined;
}
