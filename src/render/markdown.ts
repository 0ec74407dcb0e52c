/** The Markdown report: the same sections as the terminal report, for notes and tickets. */
import type { Analysis } from "../analysis.js";
import { headlineFacts, quotesBySpeaker, relayChain, snippet } from "./summary.js";

const md = (s: string) => s.replace(/([\\`*_[\]|<>])/g, "\\$1");

export function renderMarkdown(a: Analysis): string {
  const out: string[] = [
    `# ${md(a.meta.title ?? `Article ${a.id}`)}`,
    "",
    `_${headlineFacts(a).join(", ")}_`,
    "",
  ];
  if (a.entities.length) {
    out.push("## Who is who", "", "| name | type | roles | aliases | mentions |", "|---|---|---|---|---|");
    for (const e of a.entities)
      out.push(
        `| ${md(e.name)} | ${e.type} | ${md(e.roles.join("; "))} | ${md(e.aliases.join(", "))} | ${e.mentions.length} |`,
      );
    out.push("");
  }
  if (a.quotes.length) {
    out.push("## Who said what", "");
    for (const [speaker, quotes] of quotesBySpeaker(a)) {
      out.push(`### ${md(speaker)}`, "");
      for (const q of quotes)
        out.push(
          `- _${q.kind}_: “${md(snippet(q.text, 300))}” (${md(relayChain(a, q))}${q.medium ? `; ${md(q.medium)}` : ""})`,
        );
      out.push("");
    }
  }
  if (a.timeline.length) {
    out.push("## Timeline", "", "| date | what | source |", "|---|---|---|");
    for (const t of a.timeline) out.push(`| ${t.date} | ${md(snippet(t.summary, 140))} | ${t.source} |`);
    out.push("");
  }
  if (a.techniques.length) {
    out.push("## How it persuades", "", "| technique | text | voice | why |", "|---|---|---|---|");
    for (const t of a.techniques)
      out.push(`| ${t.technique} | ${md(snippet(t.text, 80))} | ${md(t.voice)} | ${md(t.explanation)} |`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
