/**
 * The article view: the article with every layer highlighted (quotes coloured by speaker, entity
 * mentions, time expressions, techniques), a card for each highlight on hover or focus, and side
 * panels (layers, who said what, who is who, timeline, techniques by voice) whose items lead to
 * their place in the text. One renderer for both uses:
 * - `dossier analyze --format html` writes it as one self-contained page: the stylesheet and the
 *   script (web/article.css, web/article.js) inline, a Content-Security-Policy that lets only
 *   that script run (by hash), nothing fetched;
 * - `dossier serve` serves it with the site's navigation, the same files linked from /assets/,
 *   and links to the speakers' pages.
 *
 * Everything taken from the article (text, names, meta, ids, technique names) goes through
 * `escapeHtml`; nothing from the article is ever put inside <style> or <script>.
 */
import { createHash } from "node:crypto";
import type { Analysis, Block } from "../analysis.js";
import { webAsset } from "./html-assets.js";
import { cardsHtml, type SiteLinks } from "./html-cards.js";
import { escapeHtml, urlHtml } from "./html-escape.js";
import { articleMarks, layoutBlock, type Mark } from "./html-marks.js";
import { entitiesPanel, legendPanel, quotesPanel, techniquesPanel, timelinePanel } from "./html-panels.js";
import { articleTitle, headlineFacts, provenance, snippet } from "./summary.js";

export { escapeHtml } from "./html-escape.js";

/** The article view inside the pages of `dossier serve`. */
export interface SiteOptions extends SiteLinks {
  /** The site's navigation bar (trusted HTML, made by the server). */
  nav: string;
  /** Where web/ is served, ending in "/". */
  assets: string;
}

export interface HtmlOptions {
  /** Render for `dossier serve`; without it the page is self-contained. */
  site?: SiteOptions;
}

/** The article body: one element per block, each with its highlights (one sweep over sorted marks). */
function articleBody(a: Analysis, all: readonly Mark[]): string {
  const blocks: readonly Block[] = a.blocks.length
    ? [...a.blocks].sort((x, y) => x.start - y.start)
    : [{ type: "paragraph", start: 0, end: a.text.length }];
  let next = 0;
  let open: Mark[] = [];
  const anchored = new Set<string>();
  const html: string[] = [];
  for (const b of blocks) {
    while (next < all.length && all[next].start < b.end) open.push(all[next++]);
    open = open.filter((m) => m.end > b.start);
    const inner = layoutBlock(a.text, b.start, b.end, open, anchored);
    html.push(blockHtml(a, b, inner));
  }
  return html.join("\n");
}

function blockHtml(a: Analysis, b: Block, inner: string): string {
  if (b.type === "heading") return `<h2 class="section">${inner}</h2>`;
  if (b.type !== "caption") return `<p>${inner}</p>`;
  const c = b.caption;
  // The credit line is shown only when the caption text does not already carry it.
  const raw = a.text.slice(b.start, b.end);
  const credit =
    c && !(c.credit && raw.includes(c.credit)) ? [c.source, c.credit].filter(Boolean).join(", ") : "";
  return `<p class="caption"><span class="badge">caption</span> ${inner}${credit ? ` <small>(${escapeHtml(credit)})</small>` : ""}</p>`;
}

/**
 * What the page calls the article: its title, else its leading heading, else its opening words
 * (an article pasted without its headline reads better by its lede than by a hash).
 */
export function displayTitle(a: Analysis): { title: string; untitled: boolean } {
  const title = articleTitle(a);
  if (title) return { title, untitled: false };
  const first = a.sentences[0] ?? a.blocks[0];
  const opening = first ? snippet(a.text.slice(first.start, first.end), 110) : "";
  return { title: opening || `Article ${a.id}`, untitled: true };
}

function headerHtml(a: Analysis): string {
  const m = a.meta;
  const { title, untitled } = displayTitle(a);
  const metaLine = [
    m.outlet ? escapeHtml(m.outlet) : "",
    m.published ? `published ${escapeHtml(m.published)}` : "",
    m.byline ? `by ${escapeHtml(m.byline)}` : "",
    m.url ? urlHtml(m.url) : "",
    untitled ? "untitled: headed by its opening words" : "",
    `article ${escapeHtml(a.id)}`,
    ...provenance(m).map(escapeHtml),
  ].filter(Boolean);
  const warnings = (m.warnings ?? []).map((w) => `warning: ${w}`);
  const facts = [...warnings, ...headlineFacts(a)];
  return `<header class="article-head"><h1${untitled ? ` class="untitled"` : ""}>${escapeHtml(title)}</h1>
<div class="meta">${metaLine.join(" · ")}</div>
<ul class="facts">${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join("")}</ul></header>`;
}

/** The view without the page around it: header, article, panels, cards. */
function articleView(a: Analysis, links?: SiteLinks): string {
  return `${headerHtml(a)}
<main class="article-view">
<article>
${articleBody(a, articleMarks(a))}
</article>
<aside>
${legendPanel(a)}
${quotesPanel(a, links)}
${entitiesPanel(a)}
${timelinePanel(a)}
${techniquesPanel(a)}
</aside>
</main>
${cardsHtml(a, links)}`;
}

/** The page head's style and script: inline (hash-pinned by the CSP) or linked from the site. */
function assetsHtml(site: SiteOptions | undefined): { head: string; tail: string } {
  if (site) {
    const base = escapeHtml(site.assets);
    return {
      head: `<link rel="icon" href="data:,">\n<link rel="stylesheet" href="${base}article.css">\n<link rel="stylesheet" href="${base}site.css">`,
      tail: `<script src="${base}article.js"></script>`,
    };
  }
  const script = webAsset("article.js");
  const hash = createHash("sha256").update(script).digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:`;
  return {
    head: `<meta http-equiv="Content-Security-Policy" content="${csp}">\n<style>${webAsset("article.css")}</style>`,
    tail: `<script type="text/javascript">${script}</script>`,
  };
}

export function renderHtml(a: Analysis, options: HtmlOptions = {}): string {
  const { site } = options;
  const assets = assetsHtml(site);
  return `<!doctype html>
<html lang="${escapeHtml(a.meta.language || "en")}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dossier">
<title>${escapeHtml(displayTitle(a).title)} — dossier</title>
${assets.head}
</head><body class="article-page">
${site?.nav ?? ""}
${articleView(a, site)}
${assets.tail}
</body></html>
`;
}
