/**
 * The highlights of the article view: every quote, entity mention, time expression and technique
 * (and each quote's speaker and cue) as a mark with offsets, a card key and a group key; and their
 * layout into properly nested elements, block by block.
 *
 * Each highlight is one element with `data-layer` (quote|entity|timex|technique) and
 * `data-start`/`data-end`, the offsets of the text it holds. Marks that cross each other cannot
 * both be one element: the one of lower rank (quotes outrank entities, then time expressions,
 * then techniques) is cut at the other's edge, so quotes stay whole wherever they can; the
 * pieces of a cut mark share its card and group, and only the first piece carries its anchor.
 */
import type { Analysis, Entity, Quote } from "../analysis.js";
import { classToken, escapeHtml } from "./html-escape.js";
import { quotesBySpeaker, UNATTRIBUTED } from "./summary.js";

export type LayerName = "quote" | "entity" | "timex" | "technique";

export interface Mark {
  start: number;
  end: number;
  /** The layer of a highlight; null for a quote's speaker and cue, which decorate the quote. */
  layer: LayerName | null;
  cls: string;
  /** The card that describes the mark (data-card). */
  card: string;
  /** All marks of one quote or one entity share it, for hover-linking (data-ref). */
  ref: string;
  /** The element id of the mark's first piece: where panels link to. */
  anchor?: string;
  /** Lower ranks stay whole when two marks cross. */
  rank: number;
}

const RANK: Record<LayerName | "speaker" | "cue", number> = {
  quote: 0,
  entity: 1,
  timex: 2,
  technique: 3,
  speaker: 4,
  cue: 5,
};

/** Palette classes for speakers (web/article.css): quotes are coloured by who said them. */
const SPEAKER_COLOURS = 8;

/** The colour class of each quote, by its speaker group (by first appearance); unattributed: sp-none. */
export function speakerColours(a: Analysis): Map<Quote, string> {
  const out = new Map<Quote, string>();
  let k = 0;
  for (const g of quotesBySpeaker(a)) {
    const cls = g.key === UNATTRIBUTED ? "sp-none" : `sp-${k++ % SPEAKER_COLOURS}`;
    for (const q of g.quotes) out.set(q, cls);
  }
  return out;
}

export const quoteAnchor = (q: Quote): string => `hl-${q.id}`;
export const quoteKey = (i: number): string => `quote-${i}`;
export const entityKey = (i: number): string => `ent-${i}`;
export const timexAnchor = (i: number): string => `hl-timex-${i}`;
export const techniqueAnchor = (i: number): string => `hl-tech-${i}`;

/** The anchor of an entity's first mention in the text. */
export function entityAnchor(e: Entity, i: number): string {
  let first = 0;
  e.mentions.forEach((m, j) => {
    if (m.start < e.mentions[first].start) first = j;
  });
  return `hl-ent-${i}-${first}`;
}

/** Every mark of the article, clipped to its text. */
export function articleMarks(a: Analysis): Mark[] {
  const colours = speakerColours(a);
  const all = [
    ...a.entities.flatMap(entityMarks),
    ...a.quotes.flatMap((q, i) => quoteMarks(q, i, colours.get(q) ?? "sp-none")),
    ...a.timexes.map(
      (t, i): Mark => ({
        start: t.start,
        end: t.end,
        layer: "timex",
        cls: "timex",
        card: `timex-${i}`,
        ref: `timex-${i}`,
        anchor: timexAnchor(i),
        rank: RANK.timex,
      }),
    ),
    ...a.techniques.map(
      (t, i): Mark => ({
        start: t.start,
        end: t.end,
        layer: "technique",
        cls: `tech ${t.voice === "author" ? "v-author" : "v-other"}`,
        card: `tech-${i}`,
        ref: `tech-${i}`,
        anchor: techniqueAnchor(i),
        rank: RANK.technique,
      }),
    ),
  ];
  const n = a.text.length;
  return all
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(n, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((x, y) => x.start - y.start);
}

function entityMarks(e: Entity, i: number): Mark[] {
  return e.mentions.map((m, j) => ({
    start: m.start,
    end: m.end,
    layer: "entity",
    cls: `ent t-${classToken(e.type)}${m.metonymy ? " metonymy" : ""}`,
    card: m.metonymy ? `${entityKey(i)}-metonymy` : entityKey(i),
    ref: entityKey(i),
    anchor: `hl-ent-${i}-${j}`,
    rank: RANK.entity,
  }));
}

/** A quote's pieces (interrupted quotes have several), then its speaker and its cue. */
function quoteMarks(q: Quote, i: number, colour: string): Mark[] {
  const pieces = q.segments?.length ? q.segments.map(([start, end]) => ({ start, end })) : [q];
  const key = quoteKey(i);
  const part = (start: number, end: number, cls: string, rank: number): Mark => ({
    start,
    end,
    layer: null,
    cls,
    card: key,
    ref: key,
    rank,
  });
  const out: Mark[] = pieces.map((s) => ({
    ...part(s.start, s.end, `quote k-${classToken(q.kind)} ${colour}`, RANK.quote),
    layer: "quote",
    anchor: quoteAnchor(q),
  }));
  // a quotation that continues an earlier attribution shares its speaker mention, marked there
  if (q.speaker && q.speaker.resolvedBy !== "previous")
    out.push(
      part(q.speaker.start, q.speaker.end, `speaker${q.speaker.anonymous ? " anonymous" : ""}`, RANK.speaker),
    );
  if (q.cue) out.push(part(q.cue.start, q.cue.end, "cue", RANK.cue));
  return out;
}

/** The opening tag of one piece of a mark; `id`: it is the mark's first piece, which carries its anchor. */
function openTag(m: Mark, id: boolean): string {
  const attrs = [`class="${m.layer ? "hl " : ""}${m.cls}"`];
  attrs.push(m.layer ? `data-layer="${m.layer}"` : `data-part="${m.cls.split(" ")[0]}"`);
  attrs.push(`data-start="${m.start}" data-end="${m.end}"`);
  attrs.push(`data-card="${escapeHtml(m.card)}" data-ref="${escapeHtml(m.ref)}"`);
  if (id && m.anchor) attrs.push(`id="${escapeHtml(m.anchor)}"`);
  if (m.layer) attrs.push(`tabindex="0"`);
  return `<span ${attrs.join(" ")}>`;
}

/** Marks in layout order: by start, the longer first, then by rank (the outer element first). */
function before(x: Mark, y: Mark): boolean {
  return x.start !== y.start ? x.start < y.start : x.end !== y.end ? x.end > y.end : x.rank < y.rank;
}

/** A binary min-heap of marks in layout order (pieces cut off a mark go back into it). */
class MarkHeap {
  private readonly items: Mark[] = [];

  push(m: Mark): void {
    const items = this.items;
    items.push(m);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): Mark | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < items.length && before(items[l], items[least])) least = l;
      if (r < items.length && before(items[r], items[least])) least = r;
      if (least === i) return top;
      [items[i], items[least]] = [items[least], items[i]];
      i = least;
    }
  }
}

/**
 * The HTML of `text[from, to)` with the marks inside it as nested elements. A sweep over the marks
 * in layout order keeps the stack of open elements; a mark that ends after an open element it
 * starts inside crosses it: if every crossed element is of lower rank they are closed at the
 * mark's start and their rest reopened inside it, else the mark is cut at the outermost crossed
 * element of equal or higher rank and its rest laid out later.
 */
export function layoutBlock(
  text: string,
  from: number,
  to: number,
  marks: readonly Mark[],
  anchored: Set<string>,
): string {
  const heap = new MarkHeap();
  for (const m of marks) {
    const start = Math.max(from, m.start);
    const end = Math.min(to, m.end);
    if (end > start) heap.push({ ...m, start, end });
  }
  /** Open elements, innermost last, with the index of their opening tag in `parts`. */
  const open: { mark: Mark; part: number; id: boolean }[] = [];
  const parts: string[] = [];
  let pos = from;
  const textTo = (p: number) => {
    if (p > pos) parts.push(escapeHtml(text.slice(pos, p)));
    pos = Math.max(pos, p);
  };
  const closeInnermost = () => {
    textTo(open.pop()!.mark.end);
    parts.push("</span>");
  };
  for (let m = heap.pop(); m; m = heap.pop()) {
    while (open.length && open[open.length - 1].mark.end <= m.start) closeInnermost();
    const firstCrossed = open.findIndex((o) => o.mark.end < m.end);
    if (firstCrossed >= 0) {
      const keeper = open.findIndex((o, k) => k >= firstCrossed && o.mark.rank <= m.rank);
      if (keeper >= 0) {
        heap.push({ ...m, end: open[keeper].mark.end });
        heap.push({ ...m, start: open[keeper].mark.end });
        continue;
      }
      textTo(m.start);
      // The crossed elements end here: their opening tags get their true end, their rest comes back.
      for (const o of open.splice(firstCrossed).reverse()) {
        parts[o.part] = openTag({ ...o.mark, end: m.start }, o.id);
        parts.push("</span>");
        heap.push({ ...o.mark, start: m.start });
      }
    }
    textTo(m.start);
    const id = m.anchor !== undefined && !anchored.has(m.anchor);
    if (id) anchored.add(m.anchor!);
    parts.push(openTag(m, id));
    open.push({ mark: m, part: parts.length - 1, id });
  }
  while (open.length) closeInnermost();
  textTo(to);
  return parts.join("");
}
