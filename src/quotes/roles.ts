/**
 * Who holds a role: "the governor" refers back to the person the article introduced as "Gov. Eric
 * Holcomb". Role words come from the entity layer's roles, with abbreviated titles expanded
 * (lexicons/quotes/title-abbreviations.txt).
 */
import type { Entity } from "../analysis.js";
import { loadList } from "../util/lexicon.js";
import { partitionPoint } from "../util/sorted.js";

const ABBREVIATIONS = new Map(
  loadList("quotes/title-abbreviations").map((line) => {
    const [abbreviation, word] = line.split(/\t|\s{2,}/);
    return [abbreviation.toLowerCase(), word.toLowerCase()] as const;
  }),
);

/** The lower-cased words of a role, abbreviations expanded ("Gov." -> governor). */
export function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .filter((w) => w !== "")
    .map((w) => ABBREVIATIONS.get(w) ?? w.replace(/\.$/, ""));
}

/** Does any of the roles hold `word` ("governor"; a plural matches its singular)? */
export function holdsRole(roles: readonly string[], word: string): boolean {
  const singular = word.replace(/s$/, "");
  return roles.some((r) => roleWords(r).some((w) => w === word || w === singular));
}

/** People by role word, each with the sorted starts of their mentions. */
export class RoleIndex {
  private readonly holders = new Map<string, { entity: Entity; starts: number[] }[]>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      if (entity.type !== "person" || entity.roles.length === 0) continue;
      const starts = entity.mentions.map((m) => m.start).sort((a, b) => a - b);
      for (const w of new Set(entity.roles.flatMap(roleWords))) {
        const list = this.holders.get(w) ?? [];
        list.push({ entity, starts });
        this.holders.set(w, list);
      }
    }
  }

  /** The holder of the role `word` mentioned last before `before` (with that mention's start), or null. */
  lastHolder(word: string, before: number): { entity: Entity; at: number } | null {
    const list = this.holders.get(word) ?? this.holders.get(word.replace(/s$/, "")) ?? [];
    let best: { entity: Entity; at: number } | null = null;
    for (const { entity, starts } of list) {
      const k = partitionPoint(starts, (s) => s < before) - 1;
      if (k >= 0 && (!best || starts[k] > best.at)) best = { entity, at: starts[k] };
    }
    return best;
  }
}
