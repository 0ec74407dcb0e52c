/**
 * The side panels of the article view: the layer toggles, who said what, who is who, the
 * timeline and the techniques by voice. Every item links to its place in the text (`#hl-...`)
 * and names the highlights it belongs to (`data-focus`), so hovering it marks them in the text.
 */
import type { Analysis, Technique } from "../analysis.js";
import type { SiteLinks } from "./html-cards.js";
import { classToken, escapeHtml } from "./html-escape.js";
import {
  entityAnchor,
  entityKey,
  quoteAnchor,
  quoteKey,
  speakerColours,
  techniqueAnchor,
  timexAnchor,
} from "./html-marks.js";
import {
  AUTHOR_VOICE,
  actorNames,
  percent,
  persuasion,
  plural,
  quotesBySpeaker,
  relayChainText,
  resolvedNote,
  snippet,
  timelineRows,
  UNATTRIBUTED,
  whoIsWho,
} from "./summary.js";

const section = (cls: string, title: string, body: string) =>
  `<section class="panel ${cls}"><h2>${title}</h2>\n${body}</section>`;
const none = (what: string) => `<p class="small">No ${what} found.</p>`;
const swatch = (cls: string) => `<span class="swatch ${cls}"></span>`;

function toggle(layer: string, swatches: string, label: string, n: number): string {
  return `<label><input type="checkbox" checked data-toggle="${layer}"> <span class="swatches">${swatches}</span><span>${label} <span class="small">(${n})</span></span></label>`;
}

export function legendPanel(a: Analysis): string {
  const mentions = a.entities.reduce((n, e) => n + e.mentions.length, 0);
  const rows = [
    toggle(
      "quote",
      ["k-direct", "k-mixed", "k-indirect"].map((k) => swatch(`quote ${k} sp-0`)).join(""),
      "Quotes: direct, mixed, reported; coloured by speaker",
      a.quotes.length,
    ),
    toggle(
      "entity",
      ["person", "organization", "country", "place"].map((t) => swatch(`ent t-${t}`)).join(""),
      "Entities: person, organisation, country, place (dashed: metonymy)",
      mentions,
    ),
    toggle("timex", swatch("timex"), "Time expressions", a.timexes.length),
    toggle(
      "technique",
      swatch("tech v-author") + swatch("tech v-other"),
      "Techniques: the author’s voice, a speaker’s voice",
      a.techniques.length,
    ),
  ];
  return section(
    "legend",
    "Layers",
    `${rows.join("\n")}
<p class="small">Point at a highlight, or Tab to it, to see what it is (Esc closes the card). Every item in the panels below leads to its place in the text.</p>`,
  );
}

export function quotesPanel(a: Analysis, links?: SiteLinks): string {
  const groups = quotesBySpeaker(a);
  if (!groups.length) return section("quotes", "Who said what", none("quotes"));
  const colours = speakerColours(a);
  const quoteIndex = new Map(a.quotes.map((q, i) => [q, i]));
  const entityIndex = new Map(a.entities.map((e, i) => [e, i]));
  const parts = groups.map((g) => {
    const name =
      links && g.key !== UNATTRIBUTED && !g.anonymous
        ? `<a href="${escapeHtml(links.speaker(g.name))}">${escapeHtml(g.name)}</a>`
        : escapeHtml(g.name);
    const roles = g.entity?.roles.length
      ? ` <span class="small">${escapeHtml(g.entity.roles.join("; "))}</span>`
      : "";
    const anon = g.anonymous ? ` <span class="badge anon">anonymous source</span>` : "";
    const focus = g.entity ? ` data-focus="${entityKey(entityIndex.get(g.entity)!)}"` : "";
    const items = g.quotes.map((q) => {
      const how = [q.cue?.text ?? "", relayChainText(a, q), q.medium ?? "", resolvedNote(q) ?? ""]
        .filter(Boolean)
        .map(escapeHtml)
        .join(" · ");
      return `<li data-focus="${quoteKey(quoteIndex.get(q)!)}"><span class="badge">${escapeHtml(q.kind)}</span> <a class="q" href="#${escapeHtml(quoteAnchor(q))}">“${escapeHtml(snippet(q.text, 180))}”</a><br><span class="small">${how}</span></li>`;
    });
    const colour = colours.get(g.quotes[0]) ?? "sp-none";
    return `<h3${focus}>${swatch(`quote ${colour}`)}${name}${anon}${roles} <span class="small">${plural(g.quotes.length, "quote")}</span></h3>\n<ul>${items.join("\n")}</ul>`;
  });
  return section("quotes", "Who said what", parts.join("\n"));
}

export function entitiesPanel(a: Analysis): string {
  const groups = whoIsWho(a);
  if (!groups.length) return section("entities", "Who is who", none("entities"));
  const index = new Map(a.entities.map((e, i) => [e, i]));
  const parts = groups.map((g) => {
    const items = g.entities.map((e) => {
      const i = index.get(e)!;
      const extra = [e.roles.join("; "), e.country && e.type !== "country" ? e.country : ""]
        .filter(Boolean)
        .map(escapeHtml)
        .join(" · ");
      const anchor = e.mentions.length ? `href="#${entityAnchor(e, i)}"` : "";
      return `<li data-focus="${entityKey(i)}"><a ${anchor} class="ent t-${classToken(e.type)}">${escapeHtml(e.name)}</a>${extra ? ` <span class="small">${extra}</span>` : ""} <span class="small">×${e.mentions.length}</span>${e.captionOnly ? ` <span class="badge cap">caption only</span>` : ""}</li>`;
    });
    return `<h3>${escapeHtml(g.label)}</h3><ul>${items.join("\n")}</ul>`;
  });
  return section("entities", "Who is who", parts.join("\n"));
}

export function timelinePanel(a: Analysis): string {
  const rows = timelineRows(a);
  if (!rows.length) return section("timeline", "Timeline", none("dated events"));
  const trs = rows.map((t) => {
    const actors = actorNames(a, t);
    const date = a.timexes[t.timex]
      ? `<a href="#${timexAnchor(t.timex)}" data-focus="timex-${t.timex}">${escapeHtml(t.date)}</a>`
      : escapeHtml(t.date);
    return `<tr><td class="date">${date}</td><td>${escapeHtml(snippet(t.summary, 160))}${actors.length ? `<br><span class="small">${escapeHtml(actors.join(", "))}</span>` : ""}${t.source === "caption" ? ` <span class="badge cap">caption</span>` : ""}</td></tr>`;
  });
  return section("timeline", "Timeline", `<table>\n${trs.join("\n")}</table>`);
}

/** Techniques grouped by voice (the author first), each item leading to its first place in the text. */
export function techniquesPanel(a: Analysis): string {
  if (!a.techniques.length) return section("techniques", "How it persuades", none("techniques"));
  const p = persuasion(a);
  const index = new Map<Technique, number>(a.techniques.map((t, i) => [t, i]));
  const byVoice = p.voices.map((voice) => {
    const items = p.grouped.filter((g) => g.item.voice === voice);
    const lis = items.map(({ item: t, count }) => {
      const i = index.get(t)!;
      return `<li data-focus="tech-${i}"><a href="#${techniqueAnchor(i)}">${escapeHtml(t.technique.replaceAll("_", " "))}</a> “${escapeHtml(snippet(t.text, 90))}”${count > 1 ? ` ×${count}` : ""}${t.explanation ? `<br><span class="small">${escapeHtml(t.explanation)}</span>` : ""}</li>`;
    });
    const total = items.reduce((n, g) => n + g.count, 0);
    const label = voice === AUTHOR_VOICE ? "The author" : escapeHtml(voice);
    return `<h3>${swatch(`tech ${voice === AUTHOR_VOICE ? "v-author" : "v-other"}`)}${label} <span class="small">${plural(total, "technique")}</span></h3>\n<ul>${lis.join("\n")}</ul>`;
  });
  const summary = `<p>${percent(p.authorShare)} of the flagged text is in the author’s voice; ${percent(p.flaggedShareOfText)} of the article is flagged.</p>`;
  return section("techniques", "How it persuades, by voice", `${summary}\n${byVoice.join("\n")}`);
}
