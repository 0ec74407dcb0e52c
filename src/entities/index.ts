/** Entities stage: people, organisations, countries, places, events and works, one entity per actor. */
import type { Entity } from "../analysis.js";
import type { Article } from "../article.js";

export function findEntities(_article: Article): Entity[] {
  return [];
}
