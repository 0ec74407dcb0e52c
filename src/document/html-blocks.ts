/**
 * From the article element chosen by Readability (or the fallback) to text pieces: paragraphs,
 * headings and captions, each with the share of its text that sits inside links. Inline content
 * accumulates into the current piece; block elements and `<br>` end it.
 */
import { CAPTION_MARK } from "./html-clean.js";

export interface Piece {
  type: "paragraph" | "heading" | "caption";
  text: string;
  /** Characters of `text` that were inside `<a>` elements. */
  linkChars: number;
  /** Inside a list item, a table cell or a blockquote. */
  container?: "li" | "td" | "blockquote";
  /** The piece's text starts right after an image (a caption candidate). */
  afterImage?: boolean;
}

const HEADING = new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
const SKIP = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "TEMPLATE",
  "BUTTON",
  "SELECT",
  "INPUT",
  "TEXTAREA",
  "SVG",
  "IFRAME",
  "OBJECT",
  "EMBED",
  "CANVAS",
  "VIDEO",
  "AUDIO",
  "IMG",
  "PICTURE",
  "SOURCE",
  "HEAD",
]);
const BLOCK = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "UL",
  "OL",
  "LI",
  "DL",
  "DD",
  "DT",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "CAPTION",
  "HR",
  "ADDRESS",
  "CENTER",
  "FIELDSET",
  "FORM",
  "DETAILS",
  "SUMMARY",
  "BODY",
  "HTML",
]);

const WS = /\s+/g;

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function collapse(s: string): string {
  return s.replace(INVISIBLE, "").replace(WS, " ").trim();
}

class Collector {
  pieces: Piece[] = [];
  buf = "";
  private link = 0;
  private container: Piece["container"];

  private imagePending = false;
  private startedAfterImage = false;

  text(s: string, inLink: boolean): void {
    if (this.imagePending && s.trim()) {
      if (!this.buf.trim()) this.startedAfterImage = true;
      this.imagePending = false;
    }
    this.buf += s;
    if (inLink) this.link += s.replace(WS, " ").length;
  }

  flush(type: Piece["type"] = "paragraph"): void {
    const raw = this.buf;
    this.buf = "";
    const link = this.link;
    this.link = 0;
    const afterImage = this.startedAfterImage;
    this.startedAfterImage = false;
    const text = collapse(raw);
    if (!text) return;
    const piece: Piece = { type, text, linkChars: Math.min(link, text.length), container: this.container };
    if (afterImage) piece.afterImage = true;
    this.pieces.push(piece);
  }

  walk(node: Node, inLink: boolean): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        this.text((child as Text).data, inLink);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName;
      if (tag === "IMG" || tag === "PICTURE") this.imagePending = true;
      if (SKIP.has(tag)) continue;
      if (tag === "BR") {
        this.flush();
        continue;
      }
      if (tag === "FIGURE" || el.hasAttribute(CAPTION_MARK)) {
        this.flush();
        this.figure(el);
        continue;
      }
      if (HEADING.has(tag)) {
        this.flush();
        this.walk(el, inLink);
        this.flush("heading");
        continue;
      }
      if (BLOCK.has(tag)) {
        this.flush();
        const outer = this.container;
        if (tag === "LI") this.container = "li";
        else if (tag === "TR") this.container = "td";
        else if (tag === "BLOCKQUOTE") this.container = "blockquote";
        this.walk(el, inLink);
        this.flush();
        this.container = outer;
        continue;
      }
      this.walk(el, inLink || tag === "A");
      if (tag === "TD" || tag === "TH") this.buf += " ";
    }
  }

  /** A figure or a caption element gives caption pieces only (its caption, any credit beside the image). */
  private figure(el: Element): void {
    const inner = new Collector();
    inner.walk(el, false);
    inner.flush();
    for (const p of inner.pieces) this.pieces.push({ ...p, type: "caption" });
  }
}

export function elementPieces(root: Element): Piece[] {
  const c = new Collector();
  c.walk(root, false);
  c.flush();
  return c.pieces;
}
