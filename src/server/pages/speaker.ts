/** A speaker's page: every quote of theirs across the corpus, by outlet and over time, and their clusters. */
import type { ClusterView, QuoteRow, SpeakerRow } from "../../corpus/store/types.js";
import { escapeHtml } from "../../render/html-escape.js";
import { plural, snippet } from "../../render/summary.js";
import { quotesOverTime } from "./chart.js";
import { articleHref, clusterHref, page, whereAndWhen } from "./layout.js";

export interface SpeakerView {
  name: string;
  row: SpeakerRow | null;
  quotes: QuoteRow[];
  clusters: ClusterView[];
  /** The quote listing stopped at this many. */
  truncatedAt?: number;
}

function byOutlet(quotes: QuoteRow[]): string {
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.outlet ?? "no outlet", (counts.get(q.outlet ?? "no outlet") ?? 0) + 1);
  const rows = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const top = rows[0]?.[1] ?? 1;
  const trs = rows.map(
    ([outlet, n]) =>
      `<tr><td>${escapeHtml(outlet)}</td><td class="n">${n}</td><td class="bar-cell"><meter min="0" max="${top}" value="${n}">${n}</meter></td></tr>`,
  );
  return `<table class="outlets"><thead><tr><th>outlet</th><th class="n">quotes</th><th></th></tr></thead><tbody>${trs.join("\n")}</tbody></table>`;
}

function quoteItem(q: QuoteRow): string {
  const how = [q.cue, q.via.length ? `via ${q.via.join(", ")}` : "", q.medium ?? ""]
    .filter(Boolean)
    .join(" · ");
  const cluster =
    q.cluster !== null
      ? ` <a class="badge" href="${escapeHtml(clusterHref(String(q.cluster)))}">reported elsewhere too</a>`
      : "";
  return `<li><span class="small">${whereAndWhen(q.outlet, q.date ?? q.published)}</span> <span class="badge">${escapeHtml(q.kind)}</span>${cluster}<br>
<a class="q" href="${escapeHtml(articleHref(q.article, `hl-${q.id}`))}">“${escapeHtml(snippet(q.text, 300))}”</a>${how ? `<br><span class="small">${escapeHtml(how)}</span>` : ""}</li>`;
}

function clusterItem(c: ClusterView): string {
  return `<li><a href="${escapeHtml(clusterHref(c.id))}">“${escapeHtml(snippet(c.canonical, 160))}”</a> <span class="small">${plural(c.members.length, "report")}, first ${whereAndWhen(c.first.outlet, c.first.date)}</span>${c.misattributed ? ` <span class="badge warn">credited to different speakers</span>` : ""}</li>`;
}

export function speakerPage(v: SpeakerView): string {
  const r = v.row;
  const facts = [
    r?.roles.length ? escapeHtml(r.roles.join("; ")) : "",
    r ? escapeHtml(r.kind) : "",
    plural(v.quotes.length, "quote"),
    r ? plural(r.articles, "article") : "",
    r?.firstSeen
      ? `first seen ${escapeHtml(r.firstSeen)}, last seen ${escapeHtml(r.lastSeen ?? r.firstSeen)}`
      : "",
  ].filter(Boolean);
  const truncated = v.truncatedAt ? `<p class="small">The first ${v.truncatedAt} quotes are shown.</p>` : "";
  const body = `<h1>${escapeHtml(v.name)}</h1>
<p class="facts">${facts.join(" · ")}</p>
<div class="speaker-grid">
<section class="box"><h2>Over time</h2>${quotesOverTime(v.quotes.map((q) => q.date ?? q.published))}</section>
<section class="box"><h2>By outlet</h2>${byOutlet(v.quotes)}</section>
</div>
<section class="box"><h2>Statements reported more than once</h2>${v.clusters.length ? `<ul class="clusters">${v.clusters.map(clusterItem).join("\n")}</ul>` : `<p class="small">None of these quotes was reported by another article.</p>`}</section>
<section class="box"><h2>Quotes, in date order</h2>${truncated}<ul class="quotes">${v.quotes.map(quoteItem).join("\n")}</ul></section>`;
  return page(v.name, body);
}
