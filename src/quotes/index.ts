/**
 * Quotes stage: direct, mixed and reported speech with speakers, relays and media, as a sequence of
 * passes over the article. Each pass is a module:
 *
 * 1. marks.ts: quotation marks paired over the body paragraphs (captions and headings are never
 *    speech), across paragraphs.
 * 2. direct.ts: quotations with their attribution frames, and quotations standing on their own.
 * 3. indirect.ts: reported speech (communication predicates with source and content, events/) in
 *    the words the direct quotes left free; quoted fragments make it mixed.
 * 4. tree.ts: the dependency tree's subject replaces a frame speaker where it knows better.
 * 5. gaps.ts: an interrupted quotation around another attribution becomes separate quotes.
 * 6. emit.ts: speakers resolved in text order (speakers.ts), relays and media (relays.ts), nested
 *    candidates merged away.
 * Every pass is linear in the article's length.
 */
import type { Block, Quote } from "../analysis.js";
import type { Article } from "../article.js";
import type { Passes } from "./candidate.js";
import { buildCtx } from "./context.js";
import { directQuotes } from "./direct.js";
import { emitQuotes } from "./emit.js";
import { splitAtGapEvents } from "./gaps.js";
import { reportedQuotes } from "./indirect.js";
import { type MarkSpan, pairMarks } from "./marks.js";
import { preferTreeSpeakers } from "./tree.js";

const DOUBLED = /''|’’|‘‘|``/g;

/**
 * Some newspapers write a double quotation mark as two single ones (''Because ...,'' he said). For
 * mark pairing they become one straight mark, padded with a space on the outer side so that the
 * text keeps its length and offsets: an opener before the words, a closer after them.
 */
function doubledMarks(text: string): string {
  if (!text.includes("''") && !text.includes("’’") && !text.includes("‘‘") && !text.includes("``"))
    return text;
  return text.replace(DOUBLED, (_m, offset: number) => {
    const before = offset === 0 ? " " : text[offset - 1];
    return /[\s([{\-—–]/.test(before) ? ' "' : '" ';
  });
}

/**
 * The body as lines for mark pairing: paragraph blocks split at line breaks (some sources break
 * paragraphs with a single newline), other blocks kept as non-body. `parent` maps each line back
 * to its block.
 */
function bodyLines(text: string, blocks: readonly Block[]): { lines: Block[]; parent: number[] } {
  const lines: Block[] = [];
  const parent: number[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== "paragraph") {
      lines.push({ ...b, type: "caption" });
      parent.push(i);
      return;
    }
    let start = b.start;
    for (let k = b.start; k <= b.end; k++) {
      if (k === b.end || text[k] === "\n") {
        if (text.slice(start, k).trim() !== "") {
          lines.push({ type: "paragraph", start, end: k });
          parent.push(i);
        }
        start = k + 1;
      }
    }
  });
  return { lines, parent };
}

/** Quotation marks of the article's body, each span's blocks pointing at the article's blocks. */
function quotationMarks(article: Article): MarkSpan[] {
  const { lines, parent } = bodyLines(article.text, article.blocks);
  const marks = pairMarks(doubledMarks(article.text), lines);
  for (const m of marks) {
    m.firstBlock = parent[m.firstBlock];
    m.lastBlock = parent[m.lastBlock];
  }
  return marks;
}

export function findQuotes(article: Article): Quote[] {
  if (article.tokens.length === 0) return [];
  const marks = quotationMarks(article);
  const ctx = buildCtx(article, marks);
  const p: Passes = {
    ctx,
    marks,
    used: new Uint8Array(ctx.n),
    markUsed: new Uint8Array(marks.length),
    frameSpeakers: new Map(),
    cands: [],
  };
  directQuotes(p);
  reportedQuotes(p);
  preferTreeSpeakers(ctx, p.cands);
  p.cands.sort((x, y) => x.start - y.start || y.end - x.end);
  splitAtGapEvents(ctx, p.cands);
  return emitQuotes(ctx, article, p.cands);
}
