/** Rhetoric stage: persuasion techniques and vague attribution, each in its voice. */
import type { Technique } from "../analysis.js";
import type { Article } from "../article.js";

export function findTechniques(_article: Article): Technique[] {
  return [];
}
