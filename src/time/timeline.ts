/**
 * The timeline: one item per DATE expression whose year is known, in body or caption, with the clause
 * around it as a short summary of what happened, and the entities mentioned in that clause.
 */
import type { TimelineItem, Timex } from "../analysis.js";
import type { Article } from "../article.js";
import { partitionPoint } from "../util/sorted.js";

/** Clause boundaries inside a sentence: semicolons, colons, dashes between words. */
const CLAUSE_BREAK = /[;:]\s|\s[—–-]\s/g;
const MAX_SUMMARY = 240;

/** The part of the sentence around [start,end) between clause breaks, trimmed. */
function clauseAround(
  text: string,
  sStart: number,
  sEnd: number,
  start: number,
  end: number,
): [number, number] {
  // Only breaks within MAX_SUMMARY of the expression can matter (a farther clause is cut to a
  // window anyway), so a huge unpunctuated "sentence" is not rescanned for every expression.
  let a = Math.max(sStart, start - MAX_SUMMARY);
  let b = Math.min(sEnd, end + MAX_SUMMARY);
  const from = a;
  const window = text.slice(a, b);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) {
    const at = from + m.index;
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end) {
      b = at;
      break;
    }
  }
  if (b - a > MAX_SUMMARY) {
    // Keep a window around the expression, cut at word boundaries.
    const half = Math.floor((MAX_SUMMARY - (end - start)) / 2);
    let na = Math.max(a, start - half);
    let nb = Math.min(b, end + half);
    while (na > a && /\S/.test(text[na - 1])) na++;
    while (nb < b && /\S/.test(text[nb])) nb--;
    a = Math.min(na, start);
    b = Math.max(nb, end);
  }
  while (a < b && /[\s"“”'‘’«»(),]/.test(text[a])) a++;
  while (b > a && /[\s"“”'‘’«»(),.]/.test(text[b - 1])) b--;
  return [Math.min(a, start), Math.max(b, end)];
}

/**
 * White space runs as single spaces. Only a summary that needs it is rewritten: V8 builds the result
 * of a global replace as a tree of pieces (~4 KB for a 240-character summary), which a timeline of
 * 100,000 dates turns into hundreds of megabytes; the untouched slice shares the article's text.
 */
function oneLine(s: string): string {
  return /\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, " ") : s;
}

/** How far a value is known, for sorting: "1945-09-02" < "1945-09" is not wanted, so pad with the start. */
function sortKey(value: string): string {
  return value.replace(/X/g, "0");
}

/** A date value with at least its year known: "1855", "2022-03-16", "1998-Q3", "199" (the 1990s). */
const HAS_YEAR = /^\d{3,4}(?:$|-)/;

export function buildTimeline(article: Article, timexes: readonly Timex[]): TimelineItem[] {
  const { text, sentences, blocks, entities } = article;
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })))
    .sort((x, y) => x.start - y.start);
  const items: (TimelineItem & { order: number })[] = [];
  let s = 0;
  let b = 0;
  timexes.forEach((t, i) => {
    if (t.type !== "DATE" || !HAS_YEAR.test(t.value)) return;
    while (s < sentences.length && sentences[s].end <= t.start) s++;
    while (b < blocks.length && blocks[b].end <= t.start) b++;
    const sentence =
      sentences[s] && sentences[s].start <= t.start ? sentences[s] : { start: t.start, end: t.end };
    const [start, end] = clauseAround(text, sentence.start, sentence.end, t.start, t.end);
    const block = blocks[b] && blocks[b].start <= t.start ? blocks[b] : undefined;
    const actors: string[] = [];
    for (
      let k = partitionPoint(mentions, (m) => m.start < start);
      k < mentions.length && mentions[k].start < end;
      k++
    ) {
      const m = mentions[k];
      if (m.end <= end && !actors.includes(m.id)) actors.push(m.id);
    }
    items.push({
      date: t.value,
      timex: i,
      start,
      end,
      summary: oneLine(text.slice(start, end)),
      actors,
      source: block?.type === "caption" ? "caption" : "body",
      order: i,
    });
  });
  items.sort((x, y) => {
    const kx = sortKey(x.date);
    const ky = sortKey(y.date);
    return kx < ky ? -1 : kx > ky ? 1 : x.order - y.order;
  });
  return items.map(({ order: _order, ...item }) => item);
}
