/** The Markdown report: the same sections as the terminal report, for notes and tickets. */
import type { Analysis } from "../analysis.js";
import {
  AUTHOR_VOICE,
  actorNames,
  headline,
  otherAliases,
  percent,
  persuasion,
  plural,
  quotesBySpeaker,
  relayChainText,
  resolvedNote,
  snippet,
  timelineRows,
  voiceMatrix,
  whoIsWho,
} from "./summary.js";

/** Escapes Markdown syntax (and raw HTML) in text taken from the article; one line only. */
export function md(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~])/g, "\\$1");
}

export function renderMarkdown(a: Analysis): string {
  const out = [
    ...headlineLines(a),
    ...whoIsWhoLines(a),
    ...whoSaidWhatLines(a),
    ...timelineLines(a),
    ...persuasionLines(a),
    ...structureLines(a),
  ];
  return `${out.join("\n").trimEnd()}\n`;
}

function headlineLines(a: Analysis): string[] {
  const h = headline(a);
  const out: string[] = [`# ${md(h.title)}`, ""];
  if (h.meta.length) out.push(`_${h.meta.map(md).join(" · ")}_`, "");
  for (const f of h.facts) out.push(`- ${md(f)}`);
  out.push("");
  return out;
}

/** One table of entities per group (people, organisations, ...). */
function whoIsWhoLines(a: Analysis): string[] {
  const groups = whoIsWho(a);
  if (!groups.length) return [];
  const out = ["## Who is who", ""];
  for (const g of groups) {
    out.push(
      `### ${g.label}`,
      "",
      "| name | roles | aliases | country | mentions |",
      "|---|---|---|---|---:|",
    );
    for (const e of g.entities)
      out.push(
        `| **${md(e.name)}**${e.captionOnly ? " _(caption only)_" : ""} | ${md(e.roles.join("; "))} | ${md(otherAliases(e).join(", "))} | ${md(e.country ?? "")} | ${e.mentions.length} |`,
      );
    out.push("");
  }
  return out;
}

function whoSaidWhatLines(a: Analysis): string[] {
  const speakers = quotesBySpeaker(a);
  if (!speakers.length) return [];
  const out = ["## Who said what", ""];
  for (const g of speakers) {
    const roles = g.entity?.roles.length ? ` — ${md(g.entity.roles.join("; "))}` : "";
    out.push(
      `### ${md(g.name)}${roles}${g.anonymous ? " ⚠ anonymous source" : ""} (${plural(g.quotes.length, "quote")})`,
      "",
    );
    for (const q of g.quotes) {
      const how = [
        q.cue ? md(q.cue.text) : "",
        md(relayChainText(a, q)),
        q.medium ? md(q.medium) : "",
        md(resolvedNote(q) ?? ""),
      ].filter(Boolean);
      out.push(`- _${q.kind}_: “${md(snippet(q.text, 300))}”  `, `  <sub>${how.join(" · ")}</sub>`);
    }
    out.push("");
  }
  return out;
}

function timelineLines(a: Analysis): string[] {
  const timeline = timelineRows(a);
  if (!timeline.length) return [];
  const out = ["## Timeline", "", "| date | what | actors | source |", "|---|---|---|---|"];
  for (const t of timeline)
    out.push(
      `| ${md(t.date)} | ${md(snippet(t.summary, 160))} | ${md(actorNames(a, t).join(", "))} | ${t.source === "caption" ? "**caption**" : "body"} |`,
    );
  out.push("");
  return out;
}

/** The author's share, the technique x voice table, then the items. */
function persuasionLines(a: Analysis): string[] {
  if (!a.techniques.length) return [];
  const s = persuasion(a);
  const out = [
    "## How it persuades",
    "",
    `${percent(s.authorShare)} of the flagged text is in the author's voice; ${percent(s.flaggedShareOfText)} of the article is flagged.`,
    "",
  ];
  const mx = voiceMatrix(s);
  out.push(
    `| technique | ${mx.columns.map((v) => (v === AUTHOR_VOICE ? "**author**" : md(v))).join(" | ")} | total |`,
    `|---|${mx.columns.map(() => "---:|").join("")}---:|`,
  );
  for (const r of mx.rows)
    out.push(
      `| ${md(r.technique)} | ${r.counts.map((n) => (n ? String(n) : "")).join(" | ")} | ${r.total} |`,
    );
  out.push("", "### Items", "", "| technique | text | times | voice | why |", "|---|---|---:|---|---|");
  for (const { item: t, count } of s.grouped)
    out.push(
      `| ${md(t.technique)} | ${md(snippet(t.text, 100))} | ${count} | ${md(t.voice)} | ${md(t.explanation)} |`,
    );
  out.push("");
  return out;
}

/** Section headings and photo captions. */
function structureLines(a: Analysis): string[] {
  const headings = a.blocks.filter((b) => b.type === "heading");
  const captions = a.blocks.filter((b) => b.type === "caption");
  if (!headings.length && !captions.length) return [];
  const out = ["## Structure", ""];
  for (const b of headings) out.push(`- § ${md(snippet(a.text.slice(b.start, b.end), 120))}`);
  for (const c of captions) {
    const desc = c.caption?.description || a.text.slice(c.start, c.end);
    const credit = [c.caption?.source, c.caption?.credit].filter(Boolean).join(", ");
    out.push(`- _caption:_ ${md(snippet(desc, 120))}${credit ? ` (${md(credit)})` : ""}`);
  }
  out.push("");
  return out;
}
