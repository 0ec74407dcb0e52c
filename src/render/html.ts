/**
 * One self-contained HTML page: the article with every layer highlighted; hovering a highlight
 * shows what it is. Everything taken from the article is escaped.
 */
import type { Analysis } from "../analysis.js";
import { headlineFacts } from "./summary.js";

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

interface Mark {
  start: number;
  end: number;
  cls: string;
  title: string;
}

function marks(a: Analysis): Mark[] {
  const out: Mark[] = [];
  for (const e of a.entities)
    for (const m of e.mentions)
      out.push({ start: m.start, end: m.end, cls: `ent ${e.type}`, title: `${e.type}: ${e.name}` });
  for (const q of a.quotes)
    out.push({
      start: q.start,
      end: q.end,
      cls: `quote ${q.kind}`,
      title: `${q.kind} quote — ${q.speaker?.name ?? "unattributed"}`,
    });
  for (const t of a.timexes)
    out.push({ start: t.start, end: t.end, cls: "timex", title: `${t.type} ${t.value}` });
  for (const t of a.techniques)
    out.push({
      start: t.start,
      end: t.end,
      cls: "technique",
      title: `${t.technique} (voice: ${t.voice}): ${t.explanation}`,
    });
  return out;
}

/** Renders `text[from,to)` with nested highlight spans; overlapping marks are cut at boundaries. */
function highlight(text: string, from: number, to: number, all: Mark[]): string {
  const inside = all.filter((m) => m.end > from && m.start < to);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    let piece = escapeHtml(text.slice(s, e));
    for (const m of inside
      .filter((m) => m.start <= s && m.end >= e)
      .sort((x, y) => y.end - y.start - (x.end - x.start)))
      piece = `<span class="${m.cls}" title="${escapeHtml(m.title)}">${piece}</span>`;
    html += piece;
  }
  return html;
}

const STYLE = `body{font:16px/1.6 Georgia,serif;max-width:48rem;margin:2rem auto;padding:0 1rem;color:#222}
.facts{color:#666;font:14px sans-serif}.caption{font:13px sans-serif;color:#555;border-left:3px solid #ccc;padding-left:.5rem}
h2.section{font:600 18px sans-serif}.ent{border-bottom:2px solid #4a90d9}.ent.person{border-color:#d94a4a}
.ent.organization{border-color:#9b59b6}.quote{background:#fff5cc}.quote.indirect{background:#eef7ee}
.timex{background:#e0f0ff}.technique{text-decoration:underline wavy #e67e22}span[title]{cursor:help}`;

export function renderHtml(a: Analysis): string {
  const all = marks(a);
  const body = a.blocks
    .map((b) => {
      const inner = highlight(a.text, b.start, b.end, all);
      if (b.type === "heading") return `<h2 class="section">${inner}</h2>`;
      if (b.type === "caption") return `<p class="caption">${inner}</p>`;
      return `<p>${inner}</p>`;
    })
    .join("\n");
  const title = escapeHtml(a.meta.title ?? `Article ${a.id}`);
  return `<!doctype html>
<html lang="${escapeHtml(a.meta.language)}"><head><meta charset="utf-8"><title>${title} — dossier</title>
<style>${STYLE}</style></head><body>
<h1>${title}</h1><p class="facts">${escapeHtml(headlineFacts(a).join(", "))}</p>
<article>
${body}
</article></body></html>
`;
}
