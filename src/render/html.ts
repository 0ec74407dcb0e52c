/**
 * One self-contained HTML page (inline CSS, a few lines of inline JS, nothing fetched): the
 * article with every layer highlighted — entity mentions, quotes with their speaker and cue, time
 * expressions, techniques — where hovering any highlight shows what it is; beside it, panels for
 * who said what, the timeline, how the text persuades and who is who; a legend with one toggle
 * per layer.
 *
 * Everything taken from the article (text, names, meta, ids, technique names) goes through
 * `escapeHtml`; nothing from the article is ever put inside <style> or <script>, and the page's
 * Content-Security-Policy only lets its own script (by hash) run.
 */
import { createHash } from "node:crypto";
import type { Analysis, Entity, Quote, Technique, Timex } from "../analysis.js";
import {
  AUTHOR_VOICE,
  actorNames,
  headline,
  otherAliases,
  percent,
  persuasion,
  plural,
  provenance,
  quotesBySpeaker,
  relayChainText,
  resolvedNote,
  snippet,
  timelineRows,
  voiceMatrix,
  whoIsWho,
} from "./summary.js";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;",
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}

/** A class-name fragment from a value that may come from data: letters, digits and dashes only. */
const token = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]+/g, "-");

type Layer = "ent" | "quote" | "time" | "tech";

interface Mark {
  start: number;
  end: number;
  layer: Layer;
  cls: string;
  title: string;
  /** Entity or quote id the mark belongs to (for the panel-to-text hover link). */
  ref: string;
  /** An anchor id put on the first piece of the mark. */
  anchor?: string;
}

const TYPE_LABEL: Record<string, string> = {
  person: "person",
  organization: "organisation",
  country: "country",
  place: "place",
  event: "event",
  work: "work",
  other: "other",
};

function entityTitle(e: Entity): string {
  const aliases = otherAliases(e);
  return [
    `${TYPE_LABEL[e.type] ?? e.type}: ${e.name}`,
    e.roles.length ? e.roles.join("; ") : "",
    aliases.length ? `aka ${aliases.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" — ");
}

function quoteTitle(a: Analysis, q: Quote): string {
  const who = q.speaker
    ? `${q.speaker.name}${q.speaker.anonymous ? " (anonymous source)" : ""}`
    : "unattributed";
  return [
    `${q.kind} quote by ${who}`,
    q.cue ? `cue “${q.cue.text}”` : "",
    relayChainText(a, q),
    q.medium ?? "",
  ]
    .filter(Boolean)
    .join(" · ");
}

export const quoteAnchor = (q: Quote) => `hl-${q.id}`;

/** Every highlight of the article, clipped to its text, by start (longest first at the same start). */
function marks(a: Analysis): Mark[] {
  const all = [
    ...a.entities.flatMap(entityMarks),
    ...a.quotes.flatMap((q) => quoteMarks(a, q)),
    ...a.timexes.map(timexMark),
    ...a.techniques.map(techniqueMark),
  ];
  const n = a.text.length;
  const out: Mark[] = [];
  for (const m of all) {
    const start = Math.max(0, m.start);
    const end = Math.min(n, m.end);
    if (end > start) out.push({ ...m, start, end });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

function entityMarks(e: Entity): Mark[] {
  return e.mentions.map((m) => ({
    start: m.start,
    end: m.end,
    layer: "ent",
    cls: `ent t-${token(e.type)}${m.metonymy ? " metonymy" : ""}`,
    title: `${entityTitle(e)}${m.metonymy ? " (metonymy)" : ""}`,
    ref: e.id,
  }));
}

/** A quote's pieces (the first one anchored), then its speaker and its cue. */
function quoteMarks(a: Analysis, q: Quote): Mark[] {
  const pieces = q.segments?.length ? q.segments.map(([start, end]) => ({ start, end })) : [q];
  const title = quoteTitle(a, q);
  const out: Mark[] = pieces.map((s, i) => ({
    start: s.start,
    end: s.end,
    layer: "quote",
    cls: `quote k-${token(q.kind)}`,
    title,
    ref: q.id,
    anchor: i === 0 ? quoteAnchor(q) : undefined,
  }));
  if (q.speaker)
    out.push({
      start: q.speaker.start,
      end: q.speaker.end,
      layer: "quote",
      cls: `speaker${q.speaker.anonymous ? " anonymous" : ""}`,
      title: `speaker: ${q.speaker.name}${q.speaker.anonymous ? " (anonymous source)" : ""}${q.speaker.resolvedBy !== "name" ? `, resolved by ${q.speaker.resolvedBy}` : ""}`,
      ref: q.id,
    });
  if (q.cue)
    out.push({
      start: q.cue.start,
      end: q.cue.end,
      layer: "quote",
      cls: "cue",
      title: `attribution cue “${q.cue.text}”${q.cue.type ? ` (${q.cue.type})` : ""}`,
      ref: q.id,
    });
  return out;
}

function timexMark(t: Timex): Mark {
  return {
    start: t.start,
    end: t.end,
    layer: "time",
    cls: "timex",
    title: `${t.type} ${t.value}${t.mod ? ` (${t.mod})` : ""}`,
    ref: "",
  };
}

function techniqueMark(t: Technique): Mark {
  return {
    start: t.start,
    end: t.end,
    layer: "tech",
    cls: `tech ${t.voice === AUTHOR_VOICE ? "v-author" : "v-other"}`,
    title: `${t.technique} — voice: ${t.voice}${t.explanation ? ` — ${t.explanation}` : ""}`,
    ref: "",
  };
}

const LAYER_ORDER: Record<Layer, number> = { quote: 0, tech: 1, time: 2, ent: 3 };

/**
 * Renders `text[from,to)` with highlight spans. Marks are cut at every boundary inside the range,
 * so each piece carries a proper nesting of spans (longest mark outermost); the innermost span's
 * title lists every layer of that piece, so hovering shows all of them.
 */
function highlight(
  text: string,
  from: number,
  to: number,
  inside: readonly Mark[],
  anchored: Set<string>,
): string {
  if (inside.length === 0) return escapeHtml(text.slice(from, to));
  const cuts = new Set([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  let html = "";
  // Sweep: `inside` is sorted by start; `live` holds the marks covering the current piece (every
  // mark end is a cut point, so a mark that ends after the piece's start covers the whole piece).
  let next = 0;
  let live: Mark[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    const piece = escapeHtml(text.slice(s, e));
    while (next < inside.length && inside[next].start <= s) live.push(inside[next++]);
    live = live.filter((m) => m.end > s);
    const active = [...live].sort(
      (x, y) => y.end - y.start - (x.end - x.start) || LAYER_ORDER[x.layer] - LAYER_ORDER[y.layer],
    );
    if (active.length === 0) {
      html += piece;
      continue;
    }
    const title = escapeHtml(active.map((m) => m.title).join("\n"));
    let open = "";
    active.forEach((m, k) => {
      const attrs = [`class="${m.cls}"`];
      if (m.ref) attrs.push(`data-ref="${escapeHtml(m.ref)}"`);
      if (m.anchor && !anchored.has(m.anchor)) {
        anchored.add(m.anchor);
        attrs.push(`id="${escapeHtml(m.anchor)}"`);
      }
      if (k === active.length - 1) attrs.push(`title="${title}"`);
      open += `<span ${attrs.join(" ")}>`;
    });
    html += `${open}${piece}${"</span>".repeat(active.length)}`;
  }
  return html;
}

/** The article body: one element per block, each with its highlights (one sweep over sorted marks). */
function articleBody(a: Analysis, all: Mark[]): string {
  const blocks = a.blocks.length
    ? [...a.blocks].sort((x, y) => x.start - y.start)
    : [{ type: "paragraph" as const, start: 0, end: a.text.length }];
  let next = 0;
  let open: Mark[] = [];
  const anchored = new Set<string>();
  const html: string[] = [];
  for (const b of blocks) {
    while (next < all.length && all[next].start < b.end) open.push(all[next++]);
    open = open.filter((m) => m.end > b.start);
    const inside = open.filter((m) => m.start < b.end);
    const inner = highlight(a.text, b.start, b.end, inside, anchored);
    if (b.type === "heading") html.push(`<h2 class="section">${inner}</h2>`);
    else if (b.type === "caption") {
      const c = "caption" in b ? b.caption : undefined;
      const raw = a.text.slice(b.start, b.end);
      // The credit line is shown only when the caption text does not already carry it.
      const credit =
        c && !(c.credit && raw.includes(c.credit)) ? [c.source, c.credit].filter(Boolean).join(", ") : "";
      html.push(
        `<p class="caption"><span class="badge">caption</span> ${inner}${credit ? ` <small>(${escapeHtml(credit)})</small>` : ""}</p>`,
      );
    } else html.push(`<p>${inner}</p>`);
  }
  return html.join("\n");
}

const STYLE = `
:root{--person:#c0392b;--org:#8e44ad;--country:#2471a3;--place:#138d75;--other:#7f8c8d;--direct:#fff3b0;--mixed:#ffe0b3;--indirect:#e3f4e1;--timex:#d6eaff;--tech:#e67e22;--tech-other:#95a5a6}
*{box-sizing:border-box}
body{margin:0;color:#222;background:#fafafa;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
header{padding:1.2rem 2rem;background:#fff;border-bottom:1px solid #ddd}
header h1{margin:0 0 .3rem;font:700 1.6rem/1.25 Georgia,serif}
.meta{color:#666;font-size:.9rem;overflow-wrap:anywhere}.facts{margin:.4rem 0 0;padding-left:1.2rem;color:#444;font-size:.9rem}
main{display:grid;grid-template-columns:minmax(0,1fr) 26rem;gap:1.5rem;padding:1.5rem 2rem;max-width:90rem}
@media (max-width:1000px){main{grid-template-columns:1fr}aside{position:static!important;max-height:none!important}}
article{background:#fff;padding:1.5rem 2rem;border:1px solid #ddd;font:17px/1.75 Georgia,serif}
article p,article h2{white-space:pre-line}
article h2.section{font:700 1.15rem/1.3 system-ui,sans-serif;margin:1.4rem 0 .4rem}
article .caption{font:13px/1.5 system-ui,sans-serif;color:#555;border-left:3px solid #ccc;padding-left:.6rem}
.badge{display:inline-block;font:600 10px/1.6 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;padding:0 .35rem;border-radius:3px;background:#eee;color:#555;vertical-align:middle}
.badge.anon{background:#fdebd0;color:#a04000}.badge.cap{background:#eaecee}
aside{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
aside section{background:#fff;border:1px solid #ddd;padding:.7rem 1rem;margin-bottom:1rem}
aside h2{font:700 .95rem system-ui,sans-serif;margin:0 0 .5rem;text-transform:uppercase;letter-spacing:.04em;color:#444}
aside h3{font:600 .9rem system-ui,sans-serif;margin:.6rem 0 .2rem}
aside ul{margin:0;padding-left:1.1rem}aside li{margin:.15rem 0}
aside table{border-collapse:collapse;width:100%;font-size:.85rem}
aside td,aside th{border-bottom:1px solid #eee;padding:.15rem .3rem;text-align:left;vertical-align:top}
aside td.n,aside th.n{text-align:right}
.small{color:#777;font-size:.8rem}.q{font-family:Georgia,serif}
a{color:#1f618d}[data-focus]{cursor:pointer}
.legend label{display:block;margin:.1rem 0}
.sw{display:inline-block;width:2.2em;margin-right:.3rem;text-align:center;font-size:.8rem}
.ent{border-bottom:2px solid var(--other)}.ent.t-person{border-color:var(--person)}.ent.t-organization{border-color:var(--org)}
.ent.t-country{border-color:var(--country)}.ent.t-place{border-color:var(--place)}.ent.metonymy{border-bottom-style:dashed}
.quote{background:var(--direct)}.quote.k-mixed{background:var(--mixed)}.quote.k-indirect{background:var(--indirect)}
.speaker{font-weight:600;outline:1px solid #b7950b;outline-offset:-1px}.speaker.anonymous{outline-style:dashed;outline-color:#a04000}
.cue{font-style:italic;text-decoration:underline dotted #7d6608}
.timex{box-shadow:inset 0 -.45em 0 var(--timex)}
.tech{text-decoration:underline wavy var(--tech);text-decoration-skip-ink:none;text-underline-offset:3px}
.tech.v-other{text-decoration-color:var(--tech-other)}
span[title]{cursor:help}
.focus{outline:2px solid #e74c3c!important;outline-offset:1px}
body.hide-ent .ent{border-bottom:0}
body.hide-quote .quote{background:none}body.hide-quote .speaker,body.hide-quote .cue{outline:0;font-weight:inherit;font-style:inherit;text-decoration:none}
body.hide-time .timex{box-shadow:none}
body.hide-tech .tech{text-decoration:none}
`;

const SCRIPT = `document.querySelectorAll("input[data-layer]").forEach(function(c){c.addEventListener("change",function(){document.body.classList.toggle("hide-"+c.getAttribute("data-layer"),!c.checked)})});
document.querySelectorAll("[data-focus]").forEach(function(el){var r=el.getAttribute("data-focus");el.addEventListener("mouseenter",function(){document.querySelectorAll("[data-ref]").forEach(function(x){if(x.getAttribute("data-ref")===r)x.classList.add("focus")})});el.addEventListener("mouseleave",function(){document.querySelectorAll(".focus").forEach(function(x){x.classList.remove("focus")})})});
var art=document.querySelector("article");if(art){art.addEventListener("mouseover",function(ev){document.querySelectorAll(".focus").forEach(function(x){x.classList.remove("focus")});var t=ev.target&&ev.target.closest?ev.target.closest("[data-ref]"):null;if(!t)return;var r=t.getAttribute("data-ref");art.querySelectorAll("[data-ref]").forEach(function(x){if(x.getAttribute("data-ref")===r)x.classList.add("focus")})})}`;

const SCRIPT_HASH = createHash("sha256").update(SCRIPT).digest("base64");
const CSP = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:`;

function legend(a: Analysis): string {
  const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
  const row = (layer: Layer, sample: string, label: string, n: number) =>
    `<label><input type="checkbox" checked data-layer="${layer}"> ${sample} ${label} <span class="small">(${n})</span></label>`;
  return `<section class="legend"><h2>Legend</h2>
${row("ent", `<span class="sw"><span class="ent t-person">Ab</span> <span class="ent t-organization">Ab</span> <span class="ent t-country">Ab</span> <span class="ent t-place">Ab</span></span>`, "entities: person, organisation, country, place (dashed: metonymy)", mentions)}
${row("quote", `<span class="sw"><span class="quote">Ab</span><span class="quote k-mixed">Ab</span><span class="quote k-indirect">Ab</span></span>`, "quotes: direct, mixed, indirect; <span class='speaker'>speaker</span>, <span class='cue'>cue</span>", a.quotes.length)}
${row("time", `<span class="sw"><span class="timex">Ab</span></span>`, "time expressions", a.timexes.length)}
${row("tech", `<span class="sw"><span class="tech">Ab</span> <span class="tech v-other">Ab</span></span>`, "techniques: author's voice, a speaker's voice", a.techniques.length)}
<p class="small">Hover a highlight to see what it is and where else the same entity or quote is marked; hover a name or quote in the panels to find it in the text.</p></section>`;
}

function quotesPanel(a: Analysis): string {
  const groups = quotesBySpeaker(a);
  if (!groups.length) return `<section><h2>Who said what</h2><p class="small">No quotes found.</p></section>`;
  const parts = groups.map((g) => {
    const roles = g.entity?.roles.length
      ? ` <span class="small">${escapeHtml(g.entity.roles.join("; "))}</span>`
      : "";
    const anon = g.anonymous ? ` <span class="badge anon">anonymous source</span>` : "";
    const focus = g.entity ? ` data-focus="${escapeHtml(g.entity.id)}"` : "";
    const items = g.quotes
      .map((q) => {
        const how = [q.cue?.text ?? "", relayChainText(a, q), q.medium ?? "", resolvedNote(q) ?? ""]
          .filter(Boolean)
          .map(escapeHtml)
          .join(" · ");
        return `<li data-focus="${escapeHtml(q.id)}"><span class="badge">${escapeHtml(q.kind)}</span> <a class="q" href="#${escapeHtml(quoteAnchor(q))}">“${escapeHtml(snippet(q.text, 180))}”</a><br><span class="small">${how}</span></li>`;
      })
      .join("\n");
    return `<h3${focus}>${escapeHtml(g.name)}${anon}${roles} <span class="small">${plural(g.quotes.length, "quote")}</span></h3>\n<ul>${items}</ul>`;
  });
  return `<section class="quotes"><h2>Who said what</h2>\n${parts.join("\n")}</section>`;
}

function timelinePanel(a: Analysis): string {
  const rows = timelineRows(a);
  if (!rows.length) return `<section><h2>Timeline</h2><p class="small">No dated events found.</p></section>`;
  const trs = rows
    .map((t) => {
      const actors = actorNames(a, t);
      return `<tr><td>${escapeHtml(t.date)}</td><td>${escapeHtml(snippet(t.summary, 160))}${actors.length ? `<br><span class="small">${escapeHtml(actors.join(", "))}</span>` : ""}${t.source === "caption" ? ` <span class="badge cap">caption</span>` : ""}</td></tr>`;
    })
    .join("\n");
  return `<section class="timeline"><h2>Timeline</h2><table><tr><th>date</th><th>what</th></tr>\n${trs}</table></section>`;
}

function techniquesPanel(a: Analysis): string {
  if (!a.techniques.length)
    return `<section><h2>How it persuades</h2><p class="small">No techniques found.</p></section>`;
  const s = persuasion(a);
  const mx = voiceMatrix(s, 5);
  const head = `<tr><th>technique</th>${mx.columns.map((v) => `<th class="n">${escapeHtml(v)}</th>`).join("")}<th class="n">total</th></tr>`;
  const rows = mx.rows
    .map(
      (r) =>
        `<tr><td>${escapeHtml(r.technique)}</td>${r.counts.map((n) => `<td class="n">${n || ""}</td>`).join("")}<td class="n">${r.total}</td></tr>`,
    )
    .join("\n");
  const items = s.grouped
    .map(
      ({ item: t, count }) =>
        `<li><b>${escapeHtml(t.technique)}</b> “${escapeHtml(snippet(t.text, 100))}”${count > 1 ? ` ×${count}` : ""} <span class="small">voice: ${escapeHtml(t.voice)}${t.explanation ? ` — ${escapeHtml(t.explanation)}` : ""}</span></li>`,
    )
    .join("\n");
  return `<section class="techniques"><h2>How it persuades</h2>
<p>${percent(s.authorShare)} of the flagged text is in the author's voice; ${percent(s.flaggedShareOfText)} of the article is flagged.</p>
<table>${head}\n${rows}</table>
<h3>Items</h3><ul>${items}</ul></section>`;
}

function entitiesPanel(a: Analysis): string {
  const groups = whoIsWho(a);
  if (!groups.length) return `<section><h2>Who is who</h2><p class="small">No entities found.</p></section>`;
  const parts = groups.map((g) => {
    const items = g.entities
      .map((e) => {
        const aliases = otherAliases(e);
        const extra = [
          e.roles.join("; "),
          e.country && e.type !== "country" ? e.country : "",
          aliases.length ? `aka ${aliases.join(", ")}` : "",
        ]
          .filter(Boolean)
          .map(escapeHtml)
          .join(" · ");
        return `<li data-focus="${escapeHtml(e.id)}"><span class="ent t-${token(e.type)}">${escapeHtml(e.name)}</span>${extra ? ` <span class="small">${extra}</span>` : ""} <span class="small">×${e.mentions.length}</span>${e.captionOnly ? ` <span class="badge cap">caption only</span>` : ""}</li>`;
      })
      .join("\n");
    return `<h3>${escapeHtml(g.label)}</h3><ul>${items}</ul>`;
  });
  return `<section class="entities"><h2>Who is who</h2>\n${parts.join("\n")}</section>`;
}

/** A link only for http(s) URLs; anything else is shown as text. */
function urlHtml(url: string): string {
  return /^https?:\/\//i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`
    : escapeHtml(url);
}

export function renderHtml(a: Analysis): string {
  const h = headline(a);
  const all = marks(a);
  const m = a.meta;
  const metaLine = [
    m.outlet ? escapeHtml(m.outlet) : "",
    m.published ? `published ${escapeHtml(m.published)}` : "",
    m.byline ? `by ${escapeHtml(m.byline)}` : "",
    m.url ? urlHtml(m.url) : "",
    ...provenance(m).map(escapeHtml),
  ]
    .filter(Boolean)
    .join(" · ");
  const title = escapeHtml(h.title);
  return `<!doctype html>
<html lang="${escapeHtml(m.language || "en")}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dossier">
<title>${title} — dossier</title>
<style>${STYLE}</style></head><body>
<header><h1>${title}</h1>${metaLine ? `<div class="meta">${metaLine}</div>` : ""}
<ul class="facts">${h.facts.map((f) => `<li>${escapeHtml(f)}</li>`).join("")}</ul></header>
<main>
<article>
${articleBody(a, all)}
</article>
<aside>
${legend(a)}
${quotesPanel(a)}
${timelinePanel(a)}
${techniquesPanel(a)}
${entitiesPanel(a)}
</aside>
</main>
<script type="text/javascript">${SCRIPT}</script>
</body></html>
`;
}
