/**
 * The terminal report: headline facts, then who is who, who said what (by speaker, with the relay
 * chain and medium, anonymous sources flagged), the timeline, how the text persuades (technique x
 * voice, the author's share of flagged text, then the items), and the article's structure.
 * Colour (ANSI) only when asked, i.e. on a TTY.
 */
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

/** Removes control characters so that article text cannot drive the terminal. */
export function plain(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/** Left-aligned columns (numbers right-aligned) separated by two spaces. */
export function columns(rows: string[][], numeric: boolean[] = []): string[] {
  const widths: number[] = [];
  for (const r of rows) for (let i = 0; i < r.length; i++) widths[i] = Math.max(widths[i] ?? 0, r[i].length);
  return rows.map((r) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : i === r.length - 1 ? c : c.padEnd(widths[i])))
      .join("  "),
  );
}

/** The report's paints: ANSI colours on a terminal, or none. */
interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  name: (s: string) => string;
  warn: (s: string) => string;
  tech: (s: string) => string;
}

function style(color: boolean): Style {
  const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { bold: paint("1"), dim: paint("2"), name: paint("36"), warn: paint("33"), tech: paint("35") };
}

export function renderText(a: Analysis, color = false): string {
  const st = style(color);
  const out = [
    ...headlineLines(a, st),
    ...whoIsWhoLines(a, st),
    ...whoSaidWhatLines(a, st),
    ...timelineLines(a, st),
    ...persuasionLines(a, st),
    ...sectionLines(a, st),
    ...captionLines(a, st),
  ];
  return `${out.join("\n").trimEnd()}\n`;
}

/** A section's title, underlined. */
function heading(st: Style, title: string): string[] {
  return [st.bold(title), st.dim("─".repeat(title.length))];
}

function headlineLines(a: Analysis, st: Style): string[] {
  const h = headline(a);
  const out = [st.bold(plain(h.title))];
  if (h.meta.length) out.push(st.dim(plain(h.meta.join(" · "))));
  for (const f of h.facts) out.push(`  ${f}`);
  out.push("");
  return out;
}

function whoIsWhoLines(a: Analysis, st: Style): string[] {
  const groups = whoIsWho(a);
  if (!groups.length) return [];
  const out = heading(st, "Who is who");
  for (const g of groups) {
    out.push(`  ${st.bold(g.label)}`);
    for (const e of g.entities) {
      const aliases = otherAliases(e);
      const parts = [
        e.roles.length ? plain(e.roles.join("; ")) : "",
        e.country && e.type !== "country" ? plain(e.country) : "",
        aliases.length ? `aka ${plain(aliases.join(", "))}` : "",
        e.captionOnly ? "caption only" : "",
      ].filter(Boolean);
      out.push(
        `    ${st.name(plain(e.name))}${parts.length ? ` — ${parts.join(" · ")}` : ""} ${st.dim(`×${e.mentions.length}`)}`,
      );
    }
  }
  out.push("");
  return out;
}

function whoSaidWhatLines(a: Analysis, st: Style): string[] {
  const speakers = quotesBySpeaker(a);
  if (!speakers.length) return [];
  const out = heading(st, "Who said what");
  for (const g of speakers) {
    const roles = g.entity?.roles.length ? ` (${plain(g.entity.roles.join("; "))})` : "";
    const flag = g.anonymous ? ` ${st.warn("[anonymous source]")}` : "";
    out.push(
      `  ${st.bold(st.name(plain(g.name)))}${roles}${flag} ${st.dim(plural(g.quotes.length, "quote"))}`,
    );
    for (const q of g.quotes) {
      out.push(`    ${st.dim(q.kind.padEnd(8))} “${plain(snippet(q.text, 200))}”`);
      const how = [
        q.cue ? `${plain(q.cue.text)}` : "",
        relayChainText(a, q),
        q.medium ? plain(q.medium) : "",
        resolvedNote(q) ?? "",
        q.paragraphs > 1 ? `${q.paragraphs} paragraphs` : "",
      ].filter(Boolean);
      out.push(`    ${" ".repeat(8)} ${st.dim(plain(how.join(" · ")))}`);
    }
  }
  out.push("");
  return out;
}

function timelineLines(a: Analysis, st: Style): string[] {
  const timeline = timelineRows(a);
  if (!timeline.length) return [];
  const out = heading(st, "Timeline");
  for (const t of timeline) {
    const actors = actorNames(a, t);
    out.push(
      `  ${t.date.padEnd(10)}  ${plain(snippet(t.summary, 110))}${t.source === "caption" ? ` ${st.warn("[caption]")}` : ""}${actors.length ? st.dim(` (${plain(actors.join(", "))})`) : ""}`,
    );
  }
  out.push("");
  return out;
}

/** The author's share, the technique x voice table, then the items. */
function persuasionLines(a: Analysis, st: Style): string[] {
  if (!a.techniques.length) return [];
  const s = persuasion(a);
  const out = heading(st, "How it persuades");
  out.push(
    `  ${percent(s.authorShare)} of the flagged text is in the author's voice; ${percent(s.flaggedShareOfText)} of the article is flagged`,
  );
  out.push("");
  const mx = voiceMatrix(s);
  const header = ["technique", ...mx.columns.map(plain), "total"];
  const rows = mx.rows.map((r) => [
    plain(r.technique),
    ...r.counts.map((n) => (n ? String(n) : "·")),
    String(r.total),
  ]);
  const numeric = header.map((_, i) => i > 0);
  const lines = columns([header, ...rows], numeric);
  out.push(`  ${st.bold(lines[0])}`);
  for (const l of lines.slice(1)) out.push(`  ${l}`);
  out.push("");
  out.push(`  ${st.bold("Items")}`);
  for (const { item: t, count } of s.grouped) {
    const voice = t.voice === AUTHOR_VOICE ? "author" : `voice: ${plain(t.voice)}`;
    out.push(
      `    ${st.tech(plain(t.technique))} “${plain(snippet(t.text, 90))}”${count > 1 ? ` ×${count}` : ""} ${st.dim(voice)}`,
    );
    if (t.explanation) out.push(`      ${st.dim(plain(snippet(t.explanation, 140)))}`);
  }
  out.push("");
  return out;
}

function sectionLines(a: Analysis, st: Style): string[] {
  const headings = a.blocks.filter((b) => b.type === "heading");
  if (!headings.length) return [];
  const out = heading(st, "Sections");
  for (const b of headings) out.push(`  § ${plain(snippet(a.text.slice(b.start, b.end), 100))}`);
  out.push("");
  return out;
}

function captionLines(a: Analysis, st: Style): string[] {
  const captions = a.blocks.filter((b) => b.type === "caption");
  if (!captions.length) return [];
  const out = heading(st, "Photo captions");
  for (const c of captions) {
    const desc = c.caption?.description || a.text.slice(c.start, c.end);
    const credit = [c.caption?.source, c.caption?.credit].filter(Boolean).join(", ");
    out.push(`  ${plain(snippet(desc, 100))}${credit ? st.dim(` (${plain(credit)})`) : ""}`);
  }
  out.push("");
  return out;
}
