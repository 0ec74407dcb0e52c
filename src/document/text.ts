/**
 * Blocks of a plain-text article: paragraphs, section headings and photo captions.
 *
 * Text scraped from news pages keeps photo residue between paragraphs: a group of short bullet or
 * indented lines (description, agency, "© photographer"). Such groups become caption blocks with
 * their parts filled in; headings are short standalone lines without final punctuation that are
 * followed by body text. Offsets are kept: blocks index the text as given.
 */
import type { Block, Caption } from "../analysis.js";
import { loadSet } from "../util/lexicon.js";

interface Line {
  start: number;
  end: number;
  /** The line without surrounding spaces and bullet marks. */
  content: string;
  /** Where `content` starts and ends in the text. */
  contentStart: number;
  contentEnd: number;
  bulleted: boolean;
  indented: boolean;
}

const BULLET = /^[\s\u00a0]*([•·▪●◦‣∙*–—-])\s+/u;
const CREDIT = /^(©|\(c\)|photo(graph)?\s*(by|:)|credit\s*:|image\s*(by|:)|picture\s*:|source\s*:)/iu;
const FINAL_PUNCTUATION = /[.!?:;,…]["'”’»)\]]*$/u;
const MAX_CAPTION_LINE = 240;
const MAX_HEADING_CHARS = 150;
const MAX_HEADING_WORDS = 22;
/** Verbs of saying (lexicons/entities/speech-verbs.txt): "Wilkin said: “...”" is speech, no heading. */
const SPEECH_VERBS = loadSet("entities/speech-verbs");
/** Up to 40 characters before a colon and an opening quotation mark: a colon frame's words. */
const COLON_FRAME = /([^:\n]{0,40}):\s*["“«„]/gu;
/** Hard-wrapped text rarely has lines over this many characters (e-mail and plain-text wraps are 70-80). */
const MAX_WRAPPED_LINE = 100;
const SHORT_LINE = 50;

/** Normalises line ends only: `\r\n` and lone `\r` become `\n`. Every other character is kept. */
export function normalizeText(raw: string): string {
  return raw.replace(/\r\n?/g, "\n");
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const bullet = BULLET.exec(raw);
    const lead = bullet ? bullet[0].length : raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const contentStart = start + lead;
    const contentEnd = Math.max(contentStart, end - trail);
    lines.push({
      start,
      end,
      content: text.slice(contentStart, contentEnd),
      contentStart,
      contentEnd,
      bulleted: bullet !== null,
      indented: /^[ \t\u00a0]{2,}\S/u.test(raw),
    });
    start = end + 1;
  }
  return lines;
}

function isCredit(content: string): boolean {
  return CREDIT.test(content);
}

let agencies: Set<string> | undefined;
function isAgency(content: string): boolean {
  agencies ??= loadSet("news-agencies");
  return agencies.has(content.toLowerCase().replace(/^(photo|source)\s*:\s*/i, ""));
}

/** A line that looks like photo residue: bulleted or indented, short, and not a sentence of prose. */
function isCaptionLine(line: Line): boolean {
  if (!line.content || line.content.length > MAX_CAPTION_LINE) return false;
  if (!(line.bulleted || line.indented)) return false;
  return isCredit(line.content) || isAgency(line.content) || !FINAL_PUNCTUATION.test(line.content);
}

function stripCredit(content: string): string {
  return content.replace(CREDIT, "").trim();
}

/** Fills description / source / credit from the lines of one caption group. */
function captionParts(group: Line[]): Caption {
  const caption: Caption = { description: "", source: "", credit: "" };
  const rest: Line[] = [];
  for (const line of group) {
    if (!caption.credit && isCredit(line.content)) caption.credit = stripCredit(line.content);
    else if (!caption.source && isAgency(line.content)) caption.source = line.content;
    else rest.push(line);
  }
  // Unrecognised lines: the first describes the photo; a later short one is the source.
  if (rest.length > 0) caption.description = rest[0].content;
  if (!caption.source && rest.length > 1) caption.source = rest[1].content;
  return caption;
}

/** Does the line introduce a quotation with a verb of saying and a colon ("X said: “...”")? */
function speechFrame(content: string): boolean {
  for (const m of content.matchAll(COLON_FRAME))
    if (m[1].split(/[^\p{L}]+/u).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return true;
  return false;
}

/** Short unpunctuated lines that may stand between a heading and its text ("1 of 2", "What's the story"). */
const MAX_LINES_BETWEEN = 3;
const MAX_FURNITURE_LINE = 30;

/**
 * The text of the unit after unit `i`, or of the first of the next few that ends like prose (past
 * page furniture between a headline and its article: "1 of 2 2 of 2", "What's the story").
 */
function nextProse(text: string, units: Line[][], i: number): string | undefined {
  const textOf = (u: Line[]) => text.slice(u[0].contentStart, u[u.length - 1].contentEnd);
  for (let j = i + 1; j < units.length && j <= i + 1 + MAX_LINES_BETWEEN; j++) {
    const t = textOf(units[j]);
    if (FINAL_PUNCTUATION.test(t) || j === units.length - 1) return t;
    // (only a short label is passed over, not a signature line, "— Tottenham Hotspur (@Spurs...")
    if (t.length > MAX_FURNITURE_LINE || /^[—–-]/u.test(t)) break;
  }
  return units[i + 1] ? textOf(units[i + 1]) : undefined;
}

function isHeading(content: string, next: string | undefined): boolean {
  if (!content || next === undefined) return false;
  const unquoted = content.replace(/^["“«'‘]+|["”»'’]+$/gu, "");
  // (a headline runs up to 22 words; a heading of quoted words is a short pull quote, and a longer
  // quoted line is a quotation: "“Beautiful spectacle! ... We recommend at 100%”")
  const [chars, words] = unquoted === content ? [MAX_HEADING_CHARS, MAX_HEADING_WORDS] : [100, 14];
  if (content.length > chars || content.split(/\s+/).length > words) return false;
  if (FINAL_PUNCTUATION.test(unquoted) || /[.!?,;:…]$/u.test(unquoted)) return false;
  // (a quoted fragment opening with an ellipsis is a pull quote: "“… prevent the evacuation”")
  const fragment = unquoted !== content && /^(…|\.\.\.)/u.test(unquoted);
  if (!/^\p{Lu}|^\p{N}/u.test(unquoted) && !fragment) return false;
  if (speechFrame(content)) return false;
  // A heading introduces body text: the next block is a longer piece of prose.
  return next.length > content.length && FINAL_PUNCTUATION.test(next);
}

/**
 * Whether a single line break after `line` ends a paragraph. Many scraped articles separate
 * paragraphs with one newline; hard-wrapped text breaks lines mid-sentence. So a break counts
 * after a finished sentence, after a line too long to be hard-wrapped, and before a capitalised
 * line after a short unpunctuated one (a heading or label) or one too long to be hard-wrapped.
 */
function endsParagraph(line: Line, next: Line): boolean {
  if (FINAL_PUNCTUATION.test(line.content) && !/[,;:]["'”’»)]*$/u.test(line.content)) return true;
  // (a sentence broken after a comma goes on in small letters: "..., a CGT leader,\nsaid on ...")
  if (/,$/u.test(line.content) && /^\p{Ll}/u.test(next.content) && !next.bulleted) return false;
  if (line.content.length > MAX_WRAPPED_LINE) return true;
  if (!/^["“«'‘]?[\p{Lu}\p{N}]/u.test(next.content)) return false;
  // (nor is the text hard-wrapped where the next line is too long for it: "Minister advises high
  // school students to stop worrying\nThe Deputy Minister ... has advised students ...")
  return line.content.length < SHORT_LINE || next.content.length > MAX_WRAPPED_LINE;
}

/**
 * Splits plain text into blocks. Lines form paragraphs (see endsParagraph); bulleted or indented
 * short lines are each their own unit so that caption groups can be found among them.
 */
export function textBlocks(text: string): Block[] {
  const units: Line[][] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) units.push(current);
    current = [];
  };
  for (const line of splitLines(text)) {
    if (!line.content) flush();
    else if (isCaptionLine(line)) {
      flush();
      units.push([line]);
    } else {
      const previous = current[current.length - 1];
      if (previous && endsParagraph(previous, line)) flush();
      current.push(line);
    }
  }
  flush();

  const blocks: Block[] = [];
  let group: Line[] = [];
  const flushCaption = () => {
    if (!group.length) return;
    blocks.push({
      type: "caption",
      start: group[0].contentStart,
      end: group[group.length - 1].contentEnd,
      caption: captionParts(group),
    });
    group = [];
  };
  units.forEach((unit, i) => {
    const first = unit[0];
    if (unit.length === 1 && isCaptionLine(first)) {
      // A credit line closes a caption group; a new description after it starts the next one.
      const groupHasCredit = group.some((l) => isCredit(l.content));
      if (groupHasCredit && !isCredit(first.content)) flushCaption();
      group.push(first);
      if (isCredit(first.content)) flushCaption();
      return;
    }
    flushCaption();
    const last = unit[unit.length - 1];
    const content = text.slice(first.contentStart, last.contentEnd);
    const type = unit.length === 1 && isHeading(content, nextProse(text, units, i)) ? "heading" : "paragraph";
    blocks.push({ type, start: first.contentStart, end: last.contentEnd });
  });
  flushCaption();
  markLeadingHeadlines(text, blocks);
  return blocks;
}

/** Most words of a headline or standfirst line above the article's first sentence. */
const MAX_LEAD_WORDS = 40;

/**
 * Above the first paragraph that ends like prose, the unpunctuated lines are the page's headline,
 * standfirst and labels, whatever follows them (a caption, a byline): "Venezuela minister says
 * opposition negotiated ..." reports nothing of its own, as the article tells it below. Not a
 * quoted line (a quotation, a blurb), nor lines over an embedded post's signature ("— Tottenham
 * Hotspur (@SpursOfficial) ...": the post is someone's words).
 */
function markLeadingHeadlines(text: string, blocks: Block[]): void {
  const body = blocks.findIndex(
    (b) => b.type === "paragraph" && FINAL_PUNCTUATION.test(text.slice(b.start, b.end)),
  );
  const lead = blocks.slice(0, Math.max(0, body)).map((b) => text.slice(b.start, b.end));
  // (the line as written: a block starts past a leading dash, read as a bullet)
  const lineOf = (b: Block) => text.slice(text.lastIndexOf("\n", b.start - 1) + 1, b.end);
  if (blocks.slice(0, lead.length).some((b) => SIGNATURE.test(lineOf(b)))) return;
  lead.forEach((content, i) => {
    const b = blocks[i];
    if (
      b.type === "paragraph" &&
      content.split(/\s+/).length <= MAX_LEAD_WORDS &&
      !QUOTED_LINE.test(content) &&
      !LONG_QUOTATION.test(content) &&
      !speechFrame(content)
    )
      b.type = "heading";
  });
}

/** An embedded post's signature line. */
const SIGNATURE = /^[—–-]\s/u;
/** A line that opens with a quotation mark. */
const QUOTED_LINE = /^["“«„'‘]/u;
/** A quotation of a sentence's length inside a line ('Cheney said, “Now it's time ...”'): no headline's. */
const LONG_QUOTATION = /["“«„][^"”»]{40,}/u;
