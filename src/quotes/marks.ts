/**
 * Quotation-mark pairing over the body of an article, across paragraphs.
 *
 * Double marks (straight ", curly “ ” „, guillemets « »): single marks inside a quote are
 * nested quotes or apostrophes and never open or close a top-level quote. An article with no double
 * mark that quotes with single ones has them made double first (quotingText). A straight mark opens when
 * it follows a space, a bracket or the start of a block and closes otherwise. A quote still open at
 * the end of a paragraph continues into the next one when that paragraph opens with a mark (the
 * classic multi-paragraph convention) or closes the quote before opening another one (a missing
 * reopening mark); otherwise it is unbalanced and ends with its paragraph, so one stray mark never
 * swallows the rest of the article. One pass, each paragraph looked at most twice: linear.
 */
import type { Block } from "../analysis.js";
import type { Article } from "../article.js";

export interface MarkSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the last paragraph when the quote is unbalanced. */
  close: number;
  /** Content without the marks (and without surrounding spaces). */
  start: number;
  end: number;
  /** Number of paragraphs the quote runs over. */
  paragraphs: number;
  /** Index of the first and last block. */
  firstBlock: number;
  lastBlock: number;
  /** True when a closing mark was found. */
  closed: boolean;
}

const OPENERS = new Set(["“", "„", "«", "‟"]);
const CLOSERS = new Set(["”", "»"]);
const STRAIGHT = '"';
/** How many paragraphs ahead a closing mark is looked for when a quote is left open. */
const MAX_UNMARKED_RUN = 6;

type Role = "open" | "close" | null;

/** Whether the mark at `i` opens or closes, given whether a quote is open now. */
function roleAt(text: string, i: number, blockStart: number, isOpen: boolean): Role {
  const c = text[i];
  if (OPENERS.has(c)) {
    // “ also closes „ (German style); treat it as a closer when a quote is open and it ends a word
    if (c === "“" && isOpen && i > blockStart && /[\p{L}\p{N}.,!?…;:]/u.test(text[i - 1])) return "close";
    return "open";
  }
  if (CLOSERS.has(c)) {
    // sloppy texts use ” on both sides; a ” right before a letter and after a space opens
    if (
      !isOpen &&
      c === "”" &&
      (i === blockStart || /\s/.test(text[i - 1])) &&
      /\p{L}/u.test(text[i + 1] ?? "")
    )
      return "open";
    return "close";
  }
  if (c === STRAIGHT) {
    const before = i === blockStart ? " " : text[i - 1];
    const after = text[i + 1] ?? " ";
    const spaceBefore = /[\s([{\-—–]/.test(before);
    const spaceAfter = /[\s.,;:!?)\]}\-—–]/.test(after) || i + 1 >= text.length;
    if (spaceBefore && !spaceAfter) return "open";
    if (!spaceBefore && spaceAfter) return "close";
    return isOpen ? "close" : "open";
  }
  return null;
}

/** The first mark of a block and its role when no quote is open; null if the block has none. */
function firstMark(text: string, block: Block): { at: number; role: Role } | null {
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (c === STRAIGHT || OPENERS.has(c) || CLOSERS.has(c))
      return { at: i, role: roleAt(text, i, block.start, true) };
  }
  return null;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Pairs the quotation marks of the body blocks (paragraphs and headings; captions are skipped). */
export function pairMarks(text: string, blocks: readonly Block[]): MarkSpan[] {
  const spans: MarkSpan[] = [];
  let open: { at: number; block: number; paragraphs: number } | null = null;
  const body = blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.type !== "caption");

  const finish = (close: number, closed: boolean, lastBlock: number) => {
    if (!open) return;
    const [s, e] = trimSpan(text, open.at + 1, close);
    if (e > s)
      spans.push({
        open: open.at,
        close,
        start: s,
        end: e,
        paragraphs: open.paragraphs,
        firstBlock: open.block,
        lastBlock,
        closed,
      });
    open = null;
  };

  for (let k = 0; k < body.length; k++) {
    const { b: block, i: blockIndex } = body[k];
    let i = block.start;
    if (open) {
      // continuing quote: a reopening mark at the start of the paragraph is skipped
      const lead = trimSpan(text, block.start, block.end)[0];
      const c = text[lead];
      if (c === STRAIGHT || OPENERS.has(c)) i = lead + 1;
    }
    for (; i < block.end; i++) {
      const c = text[i];
      if (c !== STRAIGHT && !OPENERS.has(c) && !CLOSERS.has(c)) continue;
      const role = roleAt(text, i, block.start, open !== null);
      if (role === "open" && !open) open = { at: i, block: blockIndex, paragraphs: 1 };
      else if (role === "close" && open) finish(i, true, blockIndex);
      else if (role === "open" && open) {
        // an opener inside an open quote: the earlier mark was unbalanced; restart here. A stray
        // straight mark before a curly quotation in its paragraph is no quotation at all
        if (text[open.at] === STRAIGHT && c !== STRAIGHT && open.block === blockIndex) open = null;
        else finish(i, false, blockIndex);
        open = { at: i, block: blockIndex, paragraphs: 1 };
      }
    }
    if (open) {
      const next = body[k + 1];
      const adjacent = next && (next.b.type === "paragraph" || next.b.type === "heading");
      let continues = false;
      if (adjacent && next.b.type === "paragraph") {
        const lead = trimSpan(text, next.b.start, next.b.end)[0];
        const c = text[lead];
        if (c === STRAIGHT || OPENERS.has(c)) continues = true;
        else {
          // paragraphs without marks may follow before the closing one (a missing reopening mark)
          for (let j = k + 1; j < Math.min(body.length, k + 1 + MAX_UNMARKED_RUN); j++) {
            const m = firstMark(text, body[j].b);
            if (m === null) continue;
            continues = m.role === "close";
            break;
          }
        }
      }
      if (continues) (open as { paragraphs: number }).paragraphs++;
      else finish(block.end, false, blockIndex);
    }
  }
  if (open) finish(body[body.length - 1].b.end, false, body[body.length - 1].i);
  return spans;
}

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

/** Any double quotation mark, or two single ones written for one. */
const ANY_DOUBLE = /["“”„«»‟]|''|’’|‘‘|``/;
/** A single mark that opens a quotation beyond doubt: at a paragraph's start or after a colon. */
const CLEAR_SINGLE_OPENER = /(?:^|\n|:[ \t]+)[ \t]*[‘'](?=[\p{Lu}\p{N}])/u;
/** A single mark before a word that is no quotation: '90s, 'em, rock 'n' roll. */
const ELISION = /^(?:\d\ds?\b|em\b|tis\b|til\b|n\b|cause\b)/i;

const isOpeningSingle = (text: string, i: number): boolean => {
  const before = i === 0 ? " " : text[i - 1];
  const after = text[i + 1] ?? " ";
  if (!/[\s([{\-—–]/.test(before) || /[\s.,;:!?)\]}]/.test(after)) return false;
  return text[i] === "‘" || !ELISION.test(text.slice(i + 1, i + 6));
};

const isClosingSingle = (text: string, i: number): boolean => {
  const before = i === 0 ? " " : text[i - 1];
  const after = text[i + 1] ?? " ";
  return !/\s/.test(before) && /[\s.,;:!?)\]}\-—–]/.test(after);
};

/**
 * "players’ union": a mark after a plural in "s" and before a word is a possessive's apostrophe,
 * unless it is the last closing candidate of its paragraph ("'certain onerous leases' across").
 */
const isPluralPossessive = (text: string, i: number): boolean =>
  /s/i.test(text[i - 1] ?? "") && /^\s+\p{L}/u.test(text.slice(i + 1, i + 4));

/**
 * Outlets that quote with single marks (‘We will win,’ he said; Sir Philip told the BBC: 'We
 * have ...'), and old AP copy that closes with a double prime (primesAsClosers): when the
 * article has no double mark at all and at least one single mark opens a
 * paragraph or follows a colon, its quoting single marks are read as double ones. Returns the text
 * with those marks replaced one for one (same length, same offsets); any other text unchanged.
 * Apostrophes (don't, the players' union) stay: a closing mark needs an opening one before it in
 * its paragraph.
 */
export function quotingText(text: string): string {
  if (text.includes("``") && text.includes("″")) return primesAsClosers(text);
  if (ANY_DOUBLE.test(text) || !CLEAR_SINGLE_OPENER.test(text)) return text;
  const out = text.split("");
  let open = false;
  // quotations inside a quotation are in single marks too ('... to yell out, 'Shut up'. Then ...')
  let nested = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // a quotation runs on into the next paragraph only when that paragraph reopens it
    if (c === "\n" && open && !/^\s*['‘]/.test(text.slice(i + 1, i + 12))) open = false;
    if (c === "\n") nested = 0;
    if (c !== "'" && c !== "‘" && c !== "’") continue;
    const opening = c !== "’" && isOpeningSingle(text, i);
    if (!open && opening) {
      out[i] = "“";
      open = true;
    } else if (open && opening && paragraphStart(text, i)) {
      out[i] = "“";
    } else if (open && opening) {
      nested++;
    } else if (open && c !== "‘" && isClosingSingle(text, i)) {
      if (isPluralPossessive(text, i) && laterClosingInParagraph(text, i)) continue;
      if (nested > 0) nested--;
      else {
        out[i] = "”";
        open = false;
      }
    }
  }
  return out.join("");
}

/**
 * Old AP wire copy opens a quotation with two backticks and closes it with a double prime
 * (``We have given ourselves a structure,″ said ...): the prime after a word is a closing mark
 * (after a digit it stays inches, 12″).
 */
function primesAsClosers(text: string): string {
  return text.replace(/″/g, (prime, at: number) =>
    /[\p{L}.,!?;:…'’]/u.test(text[at - 1] ?? "") ? "”" : prime,
  );
}

/** Whether only spaces lie between the paragraph's start and `i`. */
function paragraphStart(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text[k] === " " || text[k] === "\t")) k--;
  return k < 0 || text[k] === "\n";
}

/** Whether another closing single mark follows `i` before the paragraph ends. */
function laterClosingInParagraph(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length && text[k] !== "\n"; k++)
    if ((text[k] === "'" || text[k] === "’") && isClosingSingle(text, k) && !isPluralPossessive(text, k))
      return true;
  return false;
}

/**
 * Quotation marks of the article's body, each span's blocks pointing at the article's blocks.
 * `quoting` is the text with its quoting marks made double (quotingText).
 */
export function quotationMarks(article: Article, quoting: string = article.text): MarkSpan[] {
  const { lines, parent } = bodyLines(article.text, article.blocks);
  const marks = pairMarks(doubledMarks(quoting), lines);
  for (const m of marks) {
    m.firstBlock = parent[m.firstBlock];
    m.lastBlock = parent[m.lastBlock];
  }
  return marks;
}
