/**
 * dossier as a library: `analyze` turns one article (text or HTML) into an Analysis, the
 * `dossier.analysis/1` contract whose zod schemas and types are exported here, and the renderers
 * turn an Analysis into a terminal report, Markdown or one HTML page.
 *
 *   import { analyze, renderMarkdown } from "dossier";
 *   const analysis = analyze({ text: "Jane Roe, the mayor, said the bridge would reopen in May." });
 *   console.log(analysis.quotes[0].speaker?.name); // "Jane Roe"
 */
export {
  Analysis,
  analysisJsonSchema,
  Block,
  Caption,
  Cue,
  contractProblems,
  Entity,
  EntityType,
  Mention,
  Meta,
  MetaOptions,
  Quote,
  SCHEMA_ID,
  Sentence,
  Span,
  Speaker,
  Technique,
  TimelineItem,
  Timex,
} from "./analysis.js";
export { type AnalyzeOptions, analyze, articleId } from "./analyze.js";
export { InputError } from "./document/errors.js";
export type { DocumentInput } from "./document/input.js";
export { MAX_TEXT_CHARS } from "./document/index.js";
export { renderHtml } from "./render/html.js";
export { renderMarkdown } from "./render/markdown.js";
export { renderText } from "./render/text.js";
