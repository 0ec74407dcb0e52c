/**
 * HTML ingest: Mozilla Readability on a linkedom DOM finds the article; its content becomes
 * text blocks (paragraphs, headings, captions). Page metadata fills `meta`.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Block, Meta } from "../analysis.js";

export interface HtmlDocument {
  text: string;
  blocks: Block[];
  meta: Partial<Meta>;
}

const HEADING = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
const BLOCK = new Set(["P", "LI", "BLOCKQUOTE", "PRE", "DD", "DT", "TD", "TH", "FIGCAPTION", ...HEADING]);

function metaContent(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = document.querySelector(
      `meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`,
    );
    const value = el?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

function pageMeta(document: Document): Partial<Meta> {
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  return {
    title: metaContent(document, "og:title", "twitter:title") ?? document.title?.trim() ?? null,
    outlet: metaContent(document, "og:site_name", "application-name"),
    published: metaContent(document, "article:published_time", "datePublished", "date", "pubdate") ?? time,
    byline: metaContent(document, "author", "article:author"),
    url: metaContent(document, "og:url"),
  };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Appends the block-level pieces of `root` to `pieces` in document order. */
function collectBlocks(root: Element, pieces: { type: Block["type"]; text: string }[]): void {
  for (const child of Array.from(root.children)) {
    const tag = child.tagName;
    if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") continue;
    if (BLOCK.has(tag) && !Array.from(child.children).some((c) => BLOCK.has(c.tagName))) {
      const text = collapse(child.textContent ?? "");
      if (!text) continue;
      const type = HEADING.has(tag) ? "heading" : tag === "FIGCAPTION" ? "caption" : "paragraph";
      pieces.push({ type, text });
    } else {
      collectBlocks(child, pieces);
    }
  }
}

export function htmlToDocument(html: string): HtmlDocument {
  const { document } = parseHTML(html);
  const meta = pageMeta(document as unknown as Document);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const pieces: { type: Block["type"]; text: string }[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    collectBlocks(content.body as unknown as Element, pieces);
  }
  let text = "";
  const blocks: Block[] = [];
  for (const piece of pieces) {
    if (text) text += "\n\n";
    const start = text.length;
    text += piece.text;
    const block: Block = { type: piece.type, start, end: text.length };
    if (piece.type === "caption") block.caption = { description: piece.text, source: "", credit: "" };
    blocks.push(block);
  }
  return {
    text,
    blocks,
    meta: {
      ...meta,
      title: article?.title?.trim() || meta.title || null,
      byline: article?.byline?.trim() || meta.byline || null,
      outlet: meta.outlet || article?.siteName || null,
      published: meta.published || article?.publishedTime || null,
    },
  };
}
