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

export function renderText(a: Analysis, color = false): string {
  const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = paint("1");
  const dim = paint("2");
  const name = paint("36");
  const warn = paint("33");
  const tech = paint("35");
  const p = (s: string) => plain(s);
  const out: string[] = [];
  const section = (title: string) => out.push(bold(title), dim("─".repeat(title.length)));

  const h = headline(a);
  out.push(bold(p(h.title)));
  if (h.meta.length) out.push(dim(p(h.meta.join(" · "))));
  for (const f of h.facts) out.push(`  ${f}`);
  out.push("");

  const groups = whoIsWho(a);
  if (groups.length) {
    section("Who is who");
    for (const g of groups) {
      out.push(`  ${bold(g.label)}`);
      for (const e of g.entities) {
        const aliases = otherAliases(e);
        const parts = [
          e.roles.length ? p(e.roles.join("; ")) : "",
          e.country && e.type !== "country" ? p(e.country) : "",
          aliases.length ? `aka ${p(aliases.join(", "))}` : "",
          e.captionOnly ? "caption only" : "",
        ].filter(Boolean);
        out.push(
          `    ${name(p(e.name))}${parts.length ? ` — ${parts.join(" · ")}` : ""} ${dim(`×${e.mentions.length}`)}`,
        );
      }
    }
    out.push("");
  }

  const speakers = quotesBySpeaker(a);
  if (speakers.length) {
    section("Who said what");
    for (const g of speakers) {
      const roles = g.entity?.roles.length ? ` (${p(g.entity.roles.join("; "))})` : "";
      const flag = g.anonymous ? ` ${warn("[anonymous source]")}` : "";
      out.push(`  ${bold(name(p(g.name)))}${roles}${flag} ${dim(plural(g.quotes.length, "quote"))}`);
      for (const q of g.quotes) {
        out.push(`    ${dim(q.kind.padEnd(8))} “${p(snippet(q.text, 200))}”`);
        const how = [
          q.cue ? `${p(q.cue.text)}` : "",
          relayChainText(a, q),
          q.medium ? p(q.medium) : "",
          resolvedNote(q) ?? "",
          q.paragraphs > 1 ? `${q.paragraphs} paragraphs` : "",
        ].filter(Boolean);
        out.push(`    ${" ".repeat(8)} ${dim(p(how.join(" · ")))}`);
      }
    }
    out.push("");
  }

  const timeline = timelineRows(a);
  if (timeline.length) {
    section("Timeline");
    for (const t of timeline) {
      const actors = actorNames(a, t);
      out.push(
        `  ${t.date.padEnd(10)}  ${p(snippet(t.summary, 110))}${t.source === "caption" ? ` ${warn("[caption]")}` : ""}${actors.length ? dim(` (${p(actors.join(", "))})`) : ""}`,
      );
    }
    out.push("");
  }

  if (a.techniques.length) {
    const s = persuasion(a);
    section("How it persuades");
    out.push(
      `  ${percent(s.authorShare)} of the flagged text is in the author's voice; ${percent(s.flaggedShareOfText)} of the article is flagged`,
    );
    out.push("");
    const mx = voiceMatrix(s);
    const header = ["technique", ...mx.columns.map(p), "total"];
    const rows = mx.rows.map((r) => [
      p(r.technique),
      ...r.counts.map((n) => (n ? String(n) : "·")),
      String(r.total),
    ]);
    const numeric = header.map((_, i) => i > 0);
    const lines = columns([header, ...rows], numeric);
    out.push(`  ${bold(lines[0])}`);
    for (const l of lines.slice(1)) out.push(`  ${l}`);
    out.push("");
    out.push(`  ${bold("Items")}`);
    for (const { item: t, count } of s.grouped) {
      const voice = t.voice === AUTHOR_VOICE ? "author" : `voice: ${p(t.voice)}`;
      out.push(
        `    ${tech(p(t.technique))} “${p(snippet(t.text, 90))}”${count > 1 ? ` ×${count}` : ""} ${dim(voice)}`,
      );
      if (t.explanation) out.push(`      ${dim(p(snippet(t.explanation, 140)))}`);
    }
    out.push("");
  }

  const headings = a.blocks.filter((b) => b.type === "heading");
  if (headings.length) {
    section("Sections");
    for (const b of headings) out.push(`  § ${p(snippet(a.text.slice(b.start, b.end), 100))}`);
    out.push("");
  }
  const captions = a.blocks.filter((b) => b.type === "caption");
  if (captions.length) {
    section("Photo captions");
    for (const c of captions) {
      const desc = c.caption?.description || a.text.slice(c.start, c.end);
      const credit = [c.caption?.source, c.caption?.credit].filter(Boolean).join(", ");
      out.push(`  ${p(snippet(desc, 100))}${credit ? dim(` (${p(credit)})`) : ""}`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
