/** Quotes stage: direct, mixed and reported speech with speakers, relays and media. */
import type { Quote } from "../analysis.js";
import type { Article } from "../article.js";

export function findQuotes(_article: Article): Quote[] {
  return [];
}
