/**
 * DOM pre-cleaning before Readability: removes page furniture (navigation, share bars, related
 * lists, newsletter boxes, adverts, comments...) recognised by class/id words
 * kept in `lexicons/document/boilerplate-attributes.txt`, and marks caption / credit elements
 * (`lexicons/document/caption-attributes.txt`) so that their text becomes caption blocks.
 */
import { loadList } from "../util/lexicon.js";

/** Attribute set on elements whose text is an image caption or credit. */
export const CAPTION_MARK = "data-dossier-caption";

function wordRegex(name: string): RegExp {
  return new RegExp(`(?:^|[-_\\s])(?:${loadList(name).join("|")})(?=$|[-_\\s])`);
}

const BOILERPLATE = wordRegex("document/boilerplate-attributes");
const CAPTION = wordRegex("document/caption-attributes");

const SUMMARY = '[itemprop="description"], [itemprop="alternativeHeadline"]';
/** Containers that must survive even when a class word looks like boilerplate. */
const KEEP_TAGS = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

function attributeWords(el: Element): string {
  const value = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (value.length < 2) return "";
  return value.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function textLength(el: Element): number {
  return (el.textContent ?? "").replace(/\s+/g, " ").length;
}

/**
 * Paragraph text below each element: for every `<p>` of at least 60 characters, its length is added
 * to all its ancestors. An element holding a large share of it is (or wraps) the article.
 */
function paragraphText(body: Element): { below: Map<Element, number>; total: number } {
  const below = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(body.querySelectorAll("p"))) {
    const n = textLength(p);
    if (n < 60) continue;
    total += n;
    for (let el = p.parentElement; el && el !== body; el = el.parentElement)
      below.set(el, (below.get(el) ?? 0) + n);
  }
  return { below, total };
}

/**
 * Removes boilerplate elements from `document` in place. An element is kept whatever its class
 * when it holds more than `maxShare` of the page's paragraph text, so that a wrapper of the article
 * that merely shares a word with furniture ("article-overlay", "url-breadcrumb") is never lost.
 */
export function preClean(document: Document, maxShare = 0.25): void {
  const body = document.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll("script, style"))) el.remove();
  const { below, total } = paragraphText(body);
  const limit = Math.max(total * maxShare, 150);
  const small = (el: Element) => (below.get(el) ?? 0) <= limit;
  const remove: Element[] = [];
  const unwrap: Element[] = [];
  for (const el of Array.from(body.querySelectorAll("*"))) {
    const tag = el.tagName;
    if (KEEP_TAGS.has(tag)) continue;
    if (tag === "FIGCAPTION") {
      el.setAttribute(CAPTION_MARK, "1");
      continue;
    }
    const words = attributeWords(el);
    if (words && CAPTION.test(words) && !BOILERPLATE.test(words)) {
      if (textLength(el) < 600) el.setAttribute(CAPTION_MARK, "1");
      continue;
    }
    if (words && BOILERPLATE.test(words)) {
      if (!small(el)) continue;
      // An embedded post (tweet, Instagram) is quoted content: its wrapper is unwrapped rather than
      // removed, so that neither this pass nor Readability's link-density cleaning drops it.
      if (el.querySelector("blockquote")) unwrap.push(el);
      else remove.push(el);
    }
  }
  // schema.org summary fields and the article header (headline, standfirst, byline) are not body
  for (const el of Array.from(body.querySelectorAll(SUMMARY)))
    if (el.tagName !== "META" && small(el)) remove.push(el);
  for (const el of Array.from(body.querySelectorAll("header")))
    if (small(el) && el.querySelector("h1")) remove.push(el);
  for (const el of remove) el.remove();
  for (const el of unwrap) if (el.parentNode) el.replaceWith(...Array.from(el.childNodes));
}
