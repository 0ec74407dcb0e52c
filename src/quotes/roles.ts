/**
 * Who holds a role: "the governor" refers back to the person the article introduced as "Gov. Eric
 * Holcomb". Role words come from the entity layer's roles, with abbreviated titles expanded
 * (lexicons/quotes/title-abbreviations.txt).
 */
import type { Entity } from "../analysis.js";
import { type Ctx, tokenAt } from "./context.js";
import { loadList } from "../util/lexicon.js";
import { CUE_CLASSES } from "./cues.js";
import { partitionPoint } from "../util/sorted.js";

const ABBREVIATIONS = new Map(
  loadList("quotes/title-abbreviations").map((line) => {
    const [abbreviation, word] = line.split(/\t|\s{2,}/);
    return [abbreviation.toLowerCase(), word.toLowerCase()] as const;
  }),
);

/** Words that make a role another one (cue-classes.json rankPrefixes: "vice", "deputy"). */
const RANK_PREFIXES: ReadonlySet<string> = new Set(CUE_CLASSES.rankPrefixes);

/**
 * The lower-cased words of a role, abbreviations expanded ("Gov." -> governor), a rank prefix
 * joined to the word after it ("Vice President" -> vice-president: no "president"), past a
 * possessor.
 */
export function roleWords(role: string): string[] {
  const words = ownRole(role)
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .filter((w) => w !== "")
    .map((w) => ABBREVIATIONS.get(w) ?? w.replace(/\.$/, ""));
  const out: string[] = [];
  for (let k = 0; k < words.length; k++)
    out.push(RANK_PREFIXES.has(words[k]) && k + 1 < words.length ? `${words[k]}-${words[++k]}` : words[k]);
  return out;
}

/** Most words of a possessor that opens a role ("the governor's", "the White House's"). */
const MAX_POSSESSOR_WORDS = 3;

/**
 * A role without the possessor that opens it: "the governor's spokeswoman" holds no "governor"
 * (a possessive further on is in a modifier: "a lawyer hired by Minnesota's party").
 */
function ownRole(role: string): string {
  const m = /['’]s\s+/u.exec(role);
  if (!m || role.slice(0, m.index).split(/\s+/).length > MAX_POSSESSOR_WORDS) return role;
  return role.slice(m.index + m[0].length);
}

/** The role word of a description whose head is token `b` ("the vice president" -> vice-president). */
export function describedRole(ctx: Ctx, b: number): string {
  return RANK_PREFIXES.has(ctx.lower[b - 1] ?? "") ? `${ctx.lower[b - 1]}-${ctx.lower[b]}` : ctx.lower[b];
}

/** Does any of the roles hold `word` ("governor"; a plural matches its singular)? */
export function holdsRole(roles: readonly string[], word: string): boolean {
  const singular = word.replace(/s$/, "");
  return roles.some((r) => roleWords(r).some((w) => w === word || w === singular));
}

/**
 * Actors by role or description word, each with the sorted starts of their mentions: people by the
 * roles the entity layer found, and any actor by a description in apposition to one of its
 * mentions ("The group, WeWorkers Coalition, formed ...", "Stratfor, the intelligence company,").
 */
export class RoleIndex {
  private readonly holders = new Map<string, { entity: Entity; starts: number[] }[]>();
  /** Whole roles as written ("china's ambassador to britain") -> the people holding it. */
  private readonly roleTexts = new Map<string, Entity[]>();

  constructor(ctx: Ctx) {
    for (const entity of ctx.article.entities) {
      if (entity.type === "other") continue;
      for (const role of entity.type === "person" ? entity.roles : []) {
        const key = roleText(role);
        const holders = this.roleTexts.get(key) ?? [];
        if (!holders.includes(entity)) this.roleTexts.set(key, [...holders, entity]);
      }
      const words = new Set(entity.type === "person" ? entity.roles.flatMap(roleWords) : []);
      for (const m of entity.mentions) for (const w of appositionNouns(ctx, m.start, m.end)) words.add(w);
      if (words.size === 0) continue;
      const starts = entity.mentions.map((m) => m.start).sort((a, b) => a - b);
      for (const w of words) {
        const list = this.holders.get(w) ?? [];
        list.push({ entity, starts });
        this.holders.set(w, list);
      }
    }
  }

  /**
   * The one person whose role is written exactly as `description` ("China's ambassador to Britain"),
   * anywhere, among those `accept` lets through (a role two people hold names neither).
   */
  holderOf(description: string, accept: (e: Entity) => boolean = () => true): Entity | null {
    const holders = (this.roleTexts.get(roleText(description)) ?? []).filter(accept);
    return holders.length === 1 ? holders[0] : null;
  }

  /** The holder of the role `word` mentioned last before `before` (with that mention's start), or null. */
  lastHolder(
    word: string,
    before: number,
    accept: (e: Entity) => boolean,
  ): { entity: Entity; at: number } | null {
    const list = this.holders.get(word) ?? this.holders.get(word.replace(/s$/, "")) ?? [];
    let best: { entity: Entity; at: number } | null = null;
    for (const { entity, starts } of list) {
      if (!accept(entity)) continue;
      const k = partitionPoint(starts, (s) => s < before) - 1;
      if (k >= 0 && (!best || starts[k] > best.at)) best = { entity, at: starts[k] };
    }
    return best;
  }

  /** The holder of the role `word` first mentioned in [from, to), with that mention's start, or null. */
  nextHolder(word: string, from: number, to: number): { entity: Entity; at: number } | null {
    const list = this.holders.get(word) ?? [];
    let best: { entity: Entity; at: number } | null = null;
    for (const { entity, starts } of list) {
      if (entity.type !== "person") continue;
      const at = starts[partitionPoint(starts, (s) => s < from)];
      if (at !== undefined && at < to && (!best || at < best.at)) best = { entity, at };
    }
    return best;
  }
}

/** Longest description in apposition, in tokens ("the Texas-based geopolitical intelligence organization"). */
const MAX_APPOSITION = 8;

/** Is [a, b] a determiner, modifiers and a common noun ("the group", "a Texas-based firm")? */
function describingPhrase(ctx: Ctx, a: number, b: number): boolean {
  if (b - a > MAX_APPOSITION || b < a || !/^(the|a|an)$/.test(ctx.lower[a]) || ctx.pos[b] !== "NOUN")
    return false;
  for (let k = a + 1; k < b; k++)
    if (!/^(ADJ|NOUN|PROPN|VERB|PUNCT)$/.test(ctx.pos[k]) || ctx.lower[k] === ",") return false;
  return true;
}

/**
 * Head nouns of descriptions set off by commas right before or after the mention [start, end):
 * "The group, WeWorkers Coalition," and "Stratfor, the intelligence company,".
 */
function appositionNouns(ctx: Ctx, start: number, end: number): string[] {
  const out: string[] = [];
  const first = tokenAt(ctx, start);
  const last = tokenAt(ctx, end) - 1;
  if (first >= 2 && ctx.lower[first - 1] === ",") {
    const b = first - 2;
    for (let a = b - 1; a >= Math.max(0, b - MAX_APPOSITION); a--)
      if (ctx.sent[a] === ctx.sent[b] && describingPhrase(ctx, a, b)) {
        out.push(ctx.lower[b]);
        break;
      }
  }
  if (last + 2 < ctx.n && ctx.lower[last + 1] === ",") {
    const a = last + 2;
    for (let b = a + 1; b <= Math.min(ctx.n - 1, a + MAX_APPOSITION); b++) {
      if (ctx.lower[b] === "," || ctx.pos[b] === "VERB" || ctx.pos[b] === "AUX") break;
      const next = ctx.lower[b + 1] ?? "";
      if ((next === "," || next === "." || next === "of") && describingPhrase(ctx, a, b)) {
        out.push(ctx.lower[b]);
        break;
      }
    }
  }
  return out;
}

/** A role's words for comparison: lower case, straight apostrophes, no leading determiner. */
function roleText(role: string): string {
  return role
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/^(the|a|an)\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}
