/** The terminal report: headline facts, then one section per layer. Colour only on a TTY. */
import type { Analysis } from "../analysis.js";
import { headlineFacts, quotesBySpeaker, relayChain, snippet } from "./summary.js";

export function renderText(a: Analysis, color: boolean): string {
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const out: string[] = [];
  out.push(bold(a.meta.title ?? `Article ${a.id}`));
  const where = [a.meta.outlet, a.meta.published, a.meta.url].filter(Boolean).join(" · ");
  if (where) out.push(dim(where));
  out.push(headlineFacts(a).join(", "), "");

  const captions = a.blocks.filter((b) => b.type === "caption");
  const headings = a.blocks.filter((b) => b.type === "heading");
  if (headings.length) {
    out.push(bold("Sections"));
    for (const h of headings) out.push(`  ${a.text.slice(h.start, h.end)}`);
    out.push("");
  }
  if (captions.length) {
    out.push(bold("Photo captions"));
    for (const c of captions)
      out.push(
        `  ${c.caption?.description ?? ""}${dim(` (${[c.caption?.source, c.caption?.credit].filter(Boolean).join(", ")})`)}`,
      );
    out.push("");
  }
  if (a.entities.length) {
    out.push(bold("Who is who"));
    for (const e of a.entities) {
      const extra = [e.roles.join("; "), e.aliases.length ? `aka ${e.aliases.join(", ")}` : ""]
        .filter(Boolean)
        .join(" · ");
      out.push(
        `  ${e.name} ${dim(`[${e.type}]`)}${extra ? ` ${extra}` : ""} ${dim(`×${e.mentions.length}`)}`,
      );
    }
    out.push("");
  }
  if (a.quotes.length) {
    out.push(bold("Who said what"));
    for (const [speaker, quotes] of quotesBySpeaker(a)) {
      out.push(`  ${bold(speaker)}`);
      for (const q of quotes)
        out.push(
          `    ${dim(q.kind)} “${snippet(q.text)}”${q.via.length || q.medium ? dim(` (${[relayChain(a, q), q.medium].filter(Boolean).join("; ")})`) : ""}`,
        );
    }
    out.push("");
  }
  if (a.timeline.length) {
    out.push(bold("Timeline"));
    for (const t of a.timeline)
      out.push(
        `  ${t.date.padEnd(10)}  ${snippet(t.summary, 100)}${t.source === "caption" ? dim(" (caption)") : ""}`,
      );
    out.push("");
  }
  if (a.techniques.length) {
    out.push(bold("How it persuades"));
    for (const t of a.techniques)
      out.push(`  ${t.technique.padEnd(28)} “${snippet(t.text, 60)}” ${dim(`voice: ${t.voice}`)}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
