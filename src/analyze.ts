/**
 * The pipeline: one pure function from an article to its Analysis. Stages run in a fixed order,
 * each adding one layer and reading only the layers before it (README.md, Layout):
 * ingest -> document (blocks) -> language (sentences, tokens) -> syntax (tags, dependency tree) ->
 * entities -> quotes -> time -> rhetoric.
 */
import { createHash } from "node:crypto";
import type { Analysis, Meta } from "./analysis.js";
import type { Article } from "./article.js";
import { isoDate } from "./document/dct.js";
import { buildDocument } from "./document/index.js";
import type { DocumentInput } from "./document/input.js";
import { findEntities } from "./entities/index.js";
import { detectLanguage } from "./language/detect.js";
import { segment } from "./language/index.js";
import { findQuotes } from "./quotes/index.js";
import { findTechniques } from "./rhetoric/index.js";
import { SCHEMA_ID } from "./schema-id.js";
import { parseArticle } from "./syntax/stage.js";
import { GENERATOR } from "./util/version.js";
import { findTime } from "./time/index.js";

export type StageName = "document" | "language" | "syntax" | "entities" | "quotes" | "time" | "rhetoric";
export interface AnalyzeOptions {
  /** Document creation time (ISO 8601); overrides the record's `dct` and the page's date. */
  date?: string;
  /**
   * false: no dependency trees; the quotes stage keeps its frame rules alone. For measuring the
   * parser's cost (`npm run bench -- --no-syntax`).
   */
  syntax?: boolean;
  /** When given, milliseconds spent in each stage are added to it (for the benchmark). */
  timings?: Partial<Record<StageName, number>>;
}

/** The options that change the result, as `meta.options` records them; null when none was given. */
function changingOptions(options: AnalyzeOptions): Meta["options"] | null {
  const changed: NonNullable<Meta["options"]> = {};
  if (options.date !== undefined) changed.date = options.date;
  if (options.syntax === false) changed.syntax = false;
  return Object.keys(changed).length ? changed : null;
}

export function articleId(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

type Timed = <T>(stage: StageName, run: () => T) => T;

/** The stages that read English text: language, syntax, entities, quotes, time, rhetoric. */
function runEnglishStages(article: Article, timed: Timed, syntax: boolean): void {
  const language = timed("language", () => segment(article.text, article.blocks));
  article.sentences = language.sentences;
  article.tokens = language.tokens;
  if (syntax) article.syntax = timed("syntax", () => parseArticle(article));
  article.entities = timed("entities", () => findEntities(article));
  article.quotes = timed("quotes", () => findQuotes(article));
  const time = timed("time", () => findTime(article));
  article.timexes = time.timexes;
  article.timeline = time.timeline;
  article.techniques = timed("rhetoric", () => findTechniques(article));
}

export function analyze(input: DocumentInput, options: AnalyzeOptions = {}): Analysis {
  const timings = options.timings;
  const timed: Timed = (stage, run) => {
    if (!timings) return run();
    const t0 = performance.now();
    const result = run();
    timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    return result;
  };

  const { text, blocks, meta, declaredLanguage } = timed("document", () => buildDocument(input));
  const dctSource = options.date ? "option" : input.dct ? "record" : meta.published ? "page" : "none";
  const dct = isoDate(options.date ?? input.dct ?? meta.published);
  const changed = changingOptions(options);
  const article: Article = {
    id: input.id ?? articleId(text),
    text,
    meta: {
      ...meta,
      language: detectLanguage(text, declaredLanguage),
      dctSource: dct ? dctSource : "none",
      dct,
      generator: GENERATOR,
      ...(changed ? { options: changed } : {}),
    },
    dct,
    blocks,
    sentences: [],
    tokens: [],
    entities: [],
    quotes: [],
    timexes: [],
    timeline: [],
    techniques: [],
  };
  if (article.meta.language === "en") runEnglishStages(article, timed, options.syntax !== false);
  // every later stage reads English: the document layer alone is honest, a guess in English is not
  else
    article.meta.warnings = [
      `language ${article.meta.language} is not supported yet: only the document layer was analysed`,
    ];

  return {
    schema: SCHEMA_ID,
    id: article.id,
    meta: article.meta,
    text,
    blocks,
    sentences: article.sentences,
    entities: article.entities,
    quotes: article.quotes,
    timexes: article.timexes,
    timeline: article.timeline,
    techniques: article.techniques,
  };
}
