/**
 * HTML ingest: the page is pre-cleaned (page furniture removed by class/id words, captions
 * marked), Mozilla Readability on a linkedom DOM finds the article (the densest text
 * container when it fails), its content becomes text pieces, and a post-clean drops what is still
 * furniture (link lists, "read more" lines, bylines, datelines) and turns credit lines into
 * captions. Page metadata fills `meta`.
 */
import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHTML } from "linkedom";
import type { Block, Caption, Meta } from "../analysis.js";
import { loadList } from "../util/lexicon.js";
import { type Piece, collapse, elementPieces } from "./html-blocks.js";
import { preClean } from "./html-clean.js";
import { boundDepth } from "./html-depth.js";
import { declaredLanguage, pageMeta } from "./html-meta.js";
import { normalizeText, textBlocks } from "./text.js";

// linkedom and Readability take a tenth of a second to load: only a process that reads a page
// loads them (synchronously, through their CommonJS builds, since `analyze` is synchronous).
const require = createRequire(import.meta.url);
let dom: { parseHTML: typeof ParseHTML; Readability: typeof ReadabilityClass } | undefined;
function htmlLibraries(): NonNullable<typeof dom> {
  dom ??= {
    parseHTML: (require("linkedom") as { parseHTML: typeof ParseHTML }).parseHTML,
    Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
  };
  return dom;
}

export interface HtmlDocument {
  text: string;
  blocks: Block[];
  meta: Partial<Meta>;
  /** The language the page declares (`<html lang>`), a hint for detection. */
  lang: string | null;
}

/** One case-insensitive regex for all the patterns of a lexicon (one test per line, not one per pattern). */
const lineRegex = (name: string) =>
  new RegExp(
    loadList(name)
      .map((p) => `(?:${p})`)
      .join("|"),
    "iu",
  );
const BOILERPLATE_LINES = lineRegex("document/boilerplate-lines");
const CAPTION_LINES = lineRegex("document/caption-lines");
const UI_WORDS = new Set(loadList("document/ui-words").map((w) => w.toLowerCase()));
const AGENCIES = new Set(loadList("news-agencies").map((w) => w.toLowerCase()));

const DATELINE_CUES = new Set(loadList("document/dateline-cues").map((w) => w.toLowerCase()));
const DATE_WORDS = new Set(loadList("document/date-words").map((w) => w.toLowerCase()));
const WORD = /[\p{L}\p{N}_]+(?:[.:][\p{L}\p{N}]+)*/gu;
const DIGITS = /^\p{N}/u;
/** A piece that is only a URL: a cited source, kept even though it is all link. */
const BARE_URL = /^(https?:\/\/|www\.)\S+$/;
const SENTENCE_END = /[.!?…。！？]["”’)」]?$/u;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * A line made of a date/time and UI words ("Published 7:07 PM EST Nov 19, 2019 | CBS News"): at
 * most two words that are neither, and a clock time, or a month / weekday name with a timestamp
 * cue ("Updated") or nothing else. Tweet attributions ("— Name (@handle) November 18, 2019") and
 * schedule lines ("July 2 -- Arena, City") are text.
 */
function isDateline(text: string, tokens: string[]): boolean {
  if (tokens.length === 0 || tokens.length > 24 || text.length > 120 || /^[—–-]/.test(text)) return false;
  const clock = /\b\d{1,2}:\d{2}\b/.test(text);
  let named = false;
  let cue = false;
  let other = 0;
  let otherChars = 0;
  for (const t of tokens) {
    const w = t.toLowerCase();
    if (DATE_WORDS.has(w)) named = true;
    else if (DATELINE_CUES.has(w)) cue = true;
    else if (!DIGITS.test(w) && !UI_WORDS.has(w)) {
      other++;
      otherChars += w.length;
    }
  }
  // the character budget keeps unspaced scripts (one "word" per clause) out
  if (other > 2 || otherChars > 30) return false;
  return clock || (named && (cue || other === 0));
}

const CONNECTOR = new Set([
  "and",
  "of",
  "the",
  "de",
  "van",
  "von",
  "da",
  "del",
  "la",
  "le",
  "y",
  "und",
  "et",
]);

/** "By Jane Doe and John Roe", "Jane Doe, Associated Press", "Staff writer"-style credit lines. */
function isByline(text: string, tokens: string[], byline: string | null): boolean {
  if (tokens.length === 0 || tokens.length > 14 || text.length > 150) return false;
  if (byline && collapse(byline).toLowerCase() === text.toLowerCase()) return true;
  if (/[.!?"“”]$/.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  const by = /^by\b/i.test(text);
  const parts = text.split(/\s*[,|]\s*|\s+and\s+/i).filter(Boolean);
  const agencyTail = parts.length > 1 && AGENCIES.has(parts[parts.length - 1].toLowerCase());
  if (!by && !agencyTail) return false;
  const start = by ? 1 : 0;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    if (!/^\p{Lu}/u.test(t) && !CONNECTOR.has(t.toLowerCase()) && !UI_WORDS.has(t.toLowerCase()))
      return false;
  }
  return true;
}

const normalise = (s: string) => collapse(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " "));

export interface CleanContext {
  byline: string | null;
  /** Normalised alt texts of the page's images (of three words or more): a piece equal to one is a caption. */
  alts?: Set<string>;
}

/** Normalised alt texts of three words or more. */
function imageAlts(document: Document): Set<string> {
  const alts = new Set<string>();
  for (const img of Array.from(document.querySelectorAll("img[alt]"))) {
    const alt = normalise(img.getAttribute("alt") ?? "");
    if (alt.split(" ").length >= 3) alts.add(alt);
  }
  return alts;
}

/** Drops furniture pieces and turns credit lines into captions. */
export function postClean(pieces: Piece[], ctx: CleanContext): Piece[] {
  const out: Piece[] = [];
  let skipLinks = false;
  for (const piece of pieces) {
    if (piece.type === "caption") {
      // caption furniture ("Caption", "Close", a bare "Image:") and repeats are dropped
      const t = piece.text;
      if (!words(t.replace(CREDIT_PREFIX, "")).length || BOILERPLATE_LINES.test(t)) continue;
      const last = out[out.length - 1];
      if (last?.type === "caption" && last.text === t) continue;
      out.push(piece);
      continue;
    }
    const text = piece.text;
    const tokens = words(text);
    if (tokens.length === 0) continue;
    const density = piece.linkChars / text.length;
    if (skipLinks && density > 0.3) continue;
    skipLinks = false;
    const short = tokens.length <= 40;
    const norm = normalise(text);
    if (short && BOILERPLATE_LINES.test(text)) {
      skipLinks = true;
      continue;
    }
    if (
      tokens.length <= 80 &&
      (ctx.alts?.has(norm) ||
        (piece.afterImage &&
          piece.type === "paragraph" &&
          tokens.length <= 25 &&
          text.length <= 200 &&
          !SENTENCE_END.test(text) &&
          !/[:：]/u.test(text)) ||
        CAPTION_LINES.test(text))
    ) {
      out.push({ ...piece, type: "caption" });
      continue;
    }
    if (density > 0.5 && (tokens.length <= 25 || piece.container === "li") && !BARE_URL.test(text)) {
      // a sentence with a long link in it is text; a bare headline link is furniture
      if (density >= 0.8 || !SENTENCE_END.test(text)) continue;
    }
    if (piece.container !== "td" && (isDateline(text, tokens) || isByline(text, tokens, ctx.byline)))
      continue;
    out.push(piece);
  }
  return out;
}

const CREDIT_PREFIX =
  /^\(?\s*(?:(?:photo|photograph|image|picture|foto)s?\s*(?:credit)?|credit|source|©|\(c\))\s*(?:by\s|:|\|)?\s*©?\s*/iu;

/** A line that is all credit: "Photo: Name, AP", "Image credit: NASA", "© Name". */
const CREDIT_LINE =
  /^\(?\s*(?:(?:photo|photograph|image|picture|foto)s?(?:\s+credit)?|credits?)\s*(?:by\s|:|\|)|^©|^\(c\)\s/iu;

/** Splits a caption into description, source (agency) and credit (photographer). */
export function parseCaption(text: string): Caption {
  const lines = text.split("\n");
  if (lines.length > 1) {
    const parts = lines.map(parseCaptionLine);
    return {
      description: parts
        .map((p) => p.description)
        .filter(Boolean)
        .join(" "),
      source: parts.find((p) => p.source)?.source ?? "",
      credit: parts.find((p) => p.credit)?.credit ?? "",
    };
  }
  return parseCaptionLine(text);
}

function parseCaptionLine(text: string): Caption {
  let description = text;
  let creditText = "";
  if (CREDIT_LINE.test(text)) {
    creditText = text;
    description = "";
  }
  if (!creditText) {
    const m =
      /\s*\(((?:photo|image|picture|credit|image credit|photo credit|foto)s?\s*:[^)]*)\)\W*$/iu.exec(
        description,
      ) ??
      /\s*\(((?:AP|AFP|EPA|Reuters|Getty|PA|Shutterstock|Bloomberg|Xinhua|Anadolu)\b[^)]*)\)\W*$/u.exec(
        description,
      ) ??
      /\s+((?:REUTERS|AP Photo|AFP|EPA|AAP Image)\s?\/\s?[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\W*$/u.exec(
        description,
      ) ??
      /\s*((?:Photo|Image|Credit|Picture)s?\s*:.*)$/iu.exec(description) ??
      /^(.{2,60}?\s\|\s[^|]{2,40})$/u.exec(description);
    if (m) {
      creditText = m[1];
      description = description.slice(0, m.index).trim();
    }
  }
  description = collapse(description);
  let credit = collapse(creditText.replace(CREDIT_PREFIX, "").replace(/\)$/, ""));
  let source = "";
  if (credit) {
    // The agency is the first or the last part of "AP Photo/Name", "Name / Reuters", "Name, AP".
    const parts = credit.split(/\s*[/,|;]\s*/).filter(Boolean);
    const agency = (part: string) => AGENCIES.has(part.replace(/\s+(photo|images?)$/i, "").toLowerCase());
    if (parts.length > 1 && agency(parts[0]) && !agency(parts[parts.length - 1])) {
      source = parts[0].replace(/\s+photo$/i, "");
      credit = parts.slice(1).join(", ");
    } else if (parts.length > 1 && agency(parts[parts.length - 1])) {
      source = parts[parts.length - 1];
      credit = parts.slice(0, -1).join(", ");
    } else if (agency(credit)) {
      source = credit;
      credit = "";
    }
  }
  return { description, source, credit };
}

/** The densest text container: the element whose own paragraphs hold the most text. */
function densestContainer(document: Document): Element | null {
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  for (const p of Array.from(document.querySelectorAll("p, pre, td, blockquote"))) {
    const parent = p.parentElement;
    if (!parent) continue;
    const s = (score.get(parent) ?? 0) + collapse(p.textContent ?? "").length;
    score.set(parent, s);
    if (s > bestScore) {
      bestScore = s;
      best = parent;
    }
  }
  return best;
}

/** Consecutive caption pieces form one caption block (description, then credit). */
function assemble(pieces: Piece[]): { text: string; blocks: Block[] } {
  let text = "";
  const blocks: Block[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    let body = piece.text;
    if (piece.type === "caption") {
      // a description and a credit printed as two pieces form one caption
      let parsed = parseCaption(body);
      while (i + 1 < pieces.length && pieces[i + 1].type === "caption") {
        const next = parseCaption(pieces[i + 1].text);
        const both = (a: string, b: string) => a !== "" && b !== "";
        if (both(parsed.description, next.description)) break;
        if (both(parsed.credit || parsed.source, next.credit || next.source)) break;
        body += `\n${pieces[i + 1].text}`;
        parsed = parseCaption(body);
        i++;
      }
    }
    if (text) text += "\n\n";
    const start = text.length;
    text += body;
    const block: Block = { type: piece.type, start, end: text.length };
    if (piece.type === "caption") block.caption = parseCaption(body);
    blocks.push(block);
  }
  return { text, blocks };
}

/** "By JANE DOE, AP Writer" -> "JANE DOE, AP Writer"; profile URLs are not bylines. */
function cleanByline(value: string | null | undefined): string | null {
  const text = collapse(value ?? "").replace(/^by\s+/i, "");
  return text && !/^https?:\/\//.test(text) ? text : null;
}

/**
 * Real pages nest a few dozen levels deep; the parser's and Readability's cost grows with depth
 * times size, so a page nested thousands deep (broken or hostile markup) would take minutes. Its
 * tags beyond this depth are dropped before parsing (`boundDepth`, one linear pass) and the page
 * is read as plain text.
 */
const MAX_DEPTH = 400;

function depthOver(root: Element, limit: number): boolean {
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (node.firstElementChild) {
      node = node.firstElementChild;
      if (++depth > limit) return true;
      continue;
    }
    while (node && !node.nextElementSibling) {
      node = node.parentElement;
      depth--;
      if (node === root) return false;
    }
    node = node?.nextElementSibling ?? null;
  }
  return false;
}

function plainTextDocument(document: Document, meta: Partial<Meta>, lang: string | null): HtmlDocument {
  // A fragment without <html>/<body> (a bare run of <div>) is parsed as the document element.
  const body = document.body?.textContent?.trim() ? document.body : document.documentElement;
  const text = normalizeText(body?.textContent ?? "").trim();
  return { text, blocks: textBlocks(text), meta, lang };
}

export function htmlToDocument(page: string): HtmlDocument {
  const { html, dropped } = boundDepth(page, MAX_DEPTH);
  const { parseHTML, Readability } = htmlLibraries();
  const { document: doc } = parseHTML(html);
  const document = doc as unknown as Document;
  const meta = pageMeta(document);
  // read before Readability and the cleaning rework the tree
  const lang = declaredLanguage(document);
  if (dropped > 0 || (document.documentElement && depthOver(document.documentElement, MAX_DEPTH)))
    return plainTextDocument(document, meta, lang);
  const alts = imageAlts(document);
  preClean(document);
  let article: {
    title?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
  } | null = null;
  let root: Element | null = null;
  try {
    // `linkDensityModifier` (Readability >= 0.5) is missing from its typings. Our post-clean drops
    // link lists itself, so Readability may keep link-rich text blocks (measured: +0.001 F1).
    const options = {
      keepClasses: true,
      linkDensityModifier: 0.2,
      serializer: (el: Node) => el as Element,
    };
    const parsed = new Readability<Element>(document, options).parse();
    if (parsed) {
      article = parsed;
      root = parsed.content ?? null;
    }
  } catch {
    root = null;
  }
  let pieces = root ? elementPieces(root) : [];
  if (pieces.reduce((n, p) => n + (p.type === "caption" ? 0 : p.text.length), 0) < 200) {
    const fresh = parseHTML(html).document as unknown as Document;
    preClean(fresh);
    const dense = densestContainer(fresh);
    if (dense) {
      const fallback = elementPieces(dense);
      if (fallback.reduce((n, p) => n + p.text.length, 0) > pieces.reduce((n, p) => n + p.text.length, 0))
        pieces = fallback;
    }
  }
  const title = article?.title?.trim() || meta.title || null;
  const byline = cleanByline(article?.byline) ?? cleanByline(meta.byline);
  const { text, blocks } = assemble(postClean(pieces, { byline, alts }));
  return {
    text,
    blocks,
    lang,
    meta: {
      ...meta,
      title,
      byline,
      outlet: meta.outlet || article?.siteName || null,
      published: meta.published || article?.publishedTime || null,
    },
  };
}
