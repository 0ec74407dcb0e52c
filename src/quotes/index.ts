/**
 * Quotes stage: direct, mixed and reported speech with speakers, relays and media, as a sequence of
 * passes over the article. Each pass is a module:
 *
 * 1. marks.ts: quotation marks paired over the body paragraphs (captions and headings are never
 *    speech), across paragraphs.
 * 1b. embeds.ts: social-media posts embedded in the page (a paragraph and its "— Name (@handle)"
 *    signature), their author's direct quotes.
 * 1c. blocks.ts: block quotations (a paragraph after one that ends "X writes:"), their source's
 *    direct quotes.
 * 2. direct.ts: quotations with their attribution frames, and quotations standing on their own.
 * 3. indirect.ts: reported speech (communication predicates with source and content, events/) in
 *    the words the direct quotes left free; quoted fragments make it mixed.
 * 4. tree.ts: the dependency tree's subject replaces a frame speaker where it knows better; a
 *    thing that shows ("Images ... indicate") is then no source (indirect.ts).
 * 5. gaps.ts: an interrupted quotation around another attribution becomes separate quotes.
 * 6. emit.ts: speakers resolved in text order (speakers.ts), relays and media (relays.ts), nested
 *    candidates merged away.
 * Every pass is linear in the article's length.
 */
import type { Quote } from "../analysis.js";
import type { Article } from "../article.js";
import { startPasses } from "./candidate.js";
import { blockQuotations } from "./blocks.js";
import { buildCtx } from "./context.js";
import { directQuotes } from "./direct.js";
import { embeddedPosts } from "./embeds.js";
import { emitQuotes } from "./emit.js";
import { splitAtGapEvents } from "./gaps.js";
import { reportedQuotes, withoutEvidenceSubjects } from "./indirect.js";
import { quotationMarks, quotingText } from "./marks.js";
import { preferTreeSpeakers } from "./tree.js";

export function findQuotes(article: Article): Quote[] {
  if (article.tokens.length === 0) return [];
  const quoting = quotingText(article.text);
  const marks = quotationMarks(article, quoting);
  const ctx = buildCtx(article, marks, quoting);
  const p = startPasses(ctx, marks);
  embeddedPosts(p);
  blockQuotations(p);
  directQuotes(p);
  reportedQuotes(p);
  preferTreeSpeakers(ctx, p.cands);
  p.cands = withoutEvidenceSubjects(ctx, p.cands);
  p.cands.sort((x, y) => x.start - y.start || y.end - x.end);
  splitAtGapEvents(ctx, p.cands);
  return emitQuotes(ctx, article, p.cands);
}
