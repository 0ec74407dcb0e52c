/**
 * Page metadata from an HTML document: title, byline, site name, published date and canonical URL,
 * from Open Graph / article / Dublin Core `<meta>` tags, JSON-LD (`NewsArticle` and friends) and
 * `<time datetime>`. Must run before Readability, which removes `<script>` elements.
 */
import type { Meta } from "../analysis.js";

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

interface JsonLdFacts {
  title?: string;
  published?: string;
  byline?: string;
  outlet?: string;
  url?: string;
}

const ARTICLE_TYPE = /Article|BlogPosting|NewsArticle|Report|WebPage|LiveBlogPosting/;

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : undefined;
  }
  if (value && typeof value === "object" && "name" in value) return nameOf((value as { name: unknown }).name);
  return undefined;
}

/** Facts from the first JSON-LD object that looks like an article. */
function jsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""));
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) {
        queue.push(...item);
        continue;
      }
      if (!item || typeof item !== "object") continue;
      const o = item as Record<string, unknown>;
      if (Array.isArray(o["@graph"])) queue.push(...(o["@graph"] as unknown[]));
      const type = Array.isArray(o["@type"]) ? o["@type"].join(" ") : String(o["@type"] ?? "");
      if (!ARTICLE_TYPE.test(type)) continue;
      const isArticle = !/^WebPage$/.test(type);
      if (typeof o.datePublished === "string" && (!facts.published || isArticle))
        facts.published ??= o.datePublished;
      if (isArticle) {
        facts.title ??= nameOf(o.headline);
        facts.byline ??= nameOf(o.author);
        facts.outlet ??= nameOf(o.publisher);
        if (typeof o.url === "string") facts.url ??= o.url;
      }
    }
  }
  return facts;
}

export function pageMeta(document: Document): Partial<Meta> {
  const ld = jsonLd(document);
  const time =
    document.querySelector("article time[datetime]")?.getAttribute("datetime") ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim() || null;
  const title =
    metaContent(document, "og:title", "twitter:title", "dc.title", "DC.title") ??
    ld.title ??
    (document.title?.trim() || null);
  return {
    title,
    outlet: metaContent(document, "og:site_name", "application-name") ?? ld.outlet ?? null,
    published:
      metaContent(
        document,
        "article:published_time",
        "article:published",
        "og:article:published_time",
        "datePublished",
        "og:published_time",
        "parsely-pub-date",
        "sailthru.date",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date",
        "DC.date",
        "dc.date.issued",
        "DC.date.issued",
        "date",
      ) ??
      ld.published ??
      time,
    byline: metaContent(document, "author", "article:author", "dc.creator") ?? ld.byline ?? null,
    url: canonical ?? metaContent(document, "og:url") ?? ld.url ?? null,
  };
}

/**
 * The language the page declares (`<html lang="ru-RU">`, `xml:lang`, `<meta http-equiv=
 * "content-language">`) as its primary subtag ("ru"), or null. A hint for language detection,
 * not the answer: pages keep a template's `lang="en"` over articles in other languages.
 */
export function declaredLanguage(document: Document): string | null {
  const root = document.documentElement;
  const raw =
    root?.getAttribute("lang") ??
    root?.getAttribute("xml:lang") ??
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ??
    null;
  const primary = /^\s*([a-z]{2,3})(?:[-_][a-z0-9-]*)?\s*$/i.exec(raw ?? "")?.[1]?.toLowerCase();
  return primary && primary !== "und" ? primary : null;
}
