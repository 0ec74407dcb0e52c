/** Output formats of `dossier analyze`: a terminal report, JSON, Markdown, and one HTML page. */
import type { Analysis } from "../analysis.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { renderText } from "./text.js";

export const FORMATS = ["text", "json", "md", "html"] as const;
export type Format = (typeof FORMATS)[number];

export function render(analysis: Analysis, format: Format, options: { color?: boolean } = {}): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case "md":
      return renderMarkdown(analysis);
    case "html":
      return renderHtml(analysis);
    default:
      return renderText(analysis, options.color ?? false);
  }
}
