/**
 * A statement's journey: who reported it first, then each report in date order with what it cut,
 * changed or added relative to the fullest version, and whether it credits someone else.
 */
import type { ClusterMember, ClusterView } from "../../corpus/store/types.js";
import { escapeHtml } from "../../render/html-escape.js";
import { plural } from "../../render/summary.js";
import { articleHref, page, speakerHref, whereAndWhen } from "./layout.js";

function changesHtml(m: ClusterMember): string {
  if (!m.changes) return `<span class="small">the fullest version</span>`;
  const q = (s: string) => `“${escapeHtml(s)}”`;
  const parts = [
    ...m.changes.cut.map((c) => `<span class="cut">cut ${q(c)}</span>`),
    ...m.changes.changed.map((c) => `<span class="changed">${q(c.from)} → ${q(c.to)}</span>`),
    ...m.changes.added.map((c) => `<span class="added">added ${q(c)}</span>`),
  ];
  return parts.length ? parts.join("<br>") : `<span class="small">no change</span>`;
}

function speakerHtml(name: string | null, credited: string | null): string {
  if (!name) return `<span class="small">no speaker</span>`;
  const link = `<a href="${escapeHtml(speakerHref(name))}">${escapeHtml(name)}</a>`;
  return credited && name !== credited
    ? `${link} <span class="badge warn">credited to someone else</span>`
    : link;
}

function memberRow(m: ClusterMember, c: ClusterView, i: number): string {
  const href = articleHref(m.article, `hl-${m.quote}`);
  return `<tr${i === 0 ? ` class="first"` : ""}><td>${whereAndWhen(m.outlet, m.date ?? m.published)}${i === 0 ? ` <span class="badge">first</span>` : ""}</td>
<td>${speakerHtml(m.speaker, c.speaker)}</td><td><span class="badge">${escapeHtml(m.relation)}</span></td><td>${changesHtml(m)}</td>
<td><a class="q" href="${escapeHtml(href)}">“${escapeHtml(m.text)}”</a></td></tr>`;
}

export function clusterPage(c: ClusterView): string {
  const flag = c.misattributed
    ? `<p class="error">Credited to different speakers: ${c.speakers.map((s) => `${escapeHtml(s.name)} (${s.quotes})`).join(", ")}.</p>`
    : "";
  const body = `<h1>A statement’s journey</h1>
<blockquote class="canonical">“${escapeHtml(c.canonical)}”</blockquote>
<p class="facts">${c.speaker ? speakerHtml(c.speaker, null) : "unknown speaker"} · ${plural(c.members.length, "report")} · first reported by ${whereAndWhen(c.first.outlet, c.first.date)} (<a href="${escapeHtml(articleHref(c.first.article))}">the article</a>)</p>
${flag}
<section class="box"><h2>Each report, in date order</h2>
<table class="journey"><thead><tr><th>where and when</th><th>credited to</th><th>relation</th><th>what it cut or changed</th><th>as reported</th></tr></thead>
<tbody>${c.members.map((m, i) => memberRow(m, c, i)).join("\n")}</tbody></table></section>`;
  return page("A statement’s journey", body);
}
