/** The frame of every page of `dossier serve`: head, navigation with the search box, links between pages. */
import { escapeHtml } from "../../render/html-escape.js";
import type { SiteOptions } from "../../render/html.js";

export const ASSETS = "/assets/";

export const speakerHref = (name: string): string => `/speakers/${encodeURIComponent(name)}`;
export const clusterHref = (id: string): string => `/clusters/${encodeURIComponent(id)}`;
export const articleHref = (id: string, anchor?: string): string =>
  `/articles/${encodeURIComponent(id)}${anchor ? `#${encodeURIComponent(anchor)}` : ""}`;

/** The navigation bar: home, and a search box that searches the corpus. */
export function nav(query = ""): string {
  return `<nav class="site"><a class="brand" href="/">dossier</a>
<form action="/" method="get" role="search"><input type="search" name="q" value="${escapeHtml(query)}" placeholder="Search the corpus" aria-label="Search the corpus"> <button type="submit">Search</button></form></nav>`;
}

/** How the article view links into the site. */
export const SITE: SiteOptions = { nav: nav(), assets: ASSETS, speaker: speakerHref };

export function page(title: string, body: string, query = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — dossier</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ASSETS}article.css">
<link rel="stylesheet" href="${ASSETS}site.css">
</head><body>
${nav(query)}
<main class="site">
${body}
</main>
<script src="${ASSETS}site.js"></script>
</body></html>
`;
}

export function messagePage(status: number, message: string): string {
  const heading = status === 404 ? "Not found" : status >= 500 ? "Something went wrong" : "That did not work";
  return page(
    heading,
    `<h1>${heading}</h1>\n<p class="error">${escapeHtml(message)}</p>\n<p><a href="/">Back to the start page</a></p>`,
  );
}

/** `Valley News, 2024-05-03` or what is known of it. */
export function whereAndWhen(outlet: string | null, date: string | null): string {
  return escapeHtml([outlet ?? "no outlet", date ?? "no date"].join(", "));
}
