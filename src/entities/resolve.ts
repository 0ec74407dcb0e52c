/**
 * Coreference and merging: one entity per actor. Surnames join full names, alternative country
 * names and metonymic capitals join their country, acronyms and short forms join an
 * organisation's full name, descriptions ("the expert") join the last person they fit. All maps
 * are keyed by text, so the work is linear in the number of mentions.
 */
import type { Entity, EntityType } from "../analysis.js";
import { nameShaped } from "./classify.js";
import { expertNouns, personEndings, placeEndings, prefixPlaces } from "./lexicons.js";
import type { Candidate } from "./recognise.js";
import type { FoundRole } from "./roles.js";
import type { Word } from "./words.js";

export interface Resolved extends Candidate {
  start: number;
  end: number;
  text: string;
  block?: number;
  roles: FoundRole[];
  caption: boolean;
  /** For a headline mention in capitals: the body form it matched ("SMITHERS" -> "Smithers"). */
  form?: string;
  /** An acronym in brackets right after a name ("... Forum (WEF)"): that name's mention. */
  shortFormOf?: Resolved;
}

/** The text a mention is matched and keyed by. */
function form(m: Resolved): string {
  return m.form ?? m.text;
}

interface Cluster {
  key: string;
  type: EntityType;
  mentions: Resolved[];
  country: string | null;
  canonical?: string;
}

/** A role that makes someone a commentator: an expert noun, or a post at a research body. */
const EXPERT_ROLE = new RegExp(
  `\\b(?:${[...expertNouns].join("|")}|university|institute|academy|center|centre|school|college|think tank)\\b`,
  "i",
);
const ISLANDS = /^(.+?) (?:Islands|Isles)$/;
const ACRONYM = /^[A-Z][A-Z0-9&.]{1,7}$/;
const INITIAL_SKIP = new Set(["of", "the", "for", "and", "&", "on", "in", "de"]);

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_SKIP.has(w.toLowerCase()))
    .map((w) => w[0])
    .join("")
    .toUpperCase();
}

const SPACE = /\s/;

/** Words in a name: white-space runs plus one (no allocation; names are single-spaced). */
function wordCount(s: string): number {
  let n = 1;
  let space = false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    const ws = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(s[k]));
    if (ws && !space) n++;
    space = ws;
  }
  return n;
}

/** The entity type an unresolved name gets from its shape alone. */
function fallbackType(m: Resolved, words: readonly Word[]): EntityType {
  const n = m.b - m.a;
  if (n >= 2 && prefixPlaces.has(words[m.a].text)) return "place";
  if (n === 2 && nameShaped(words, m.a, m.b)) return "person";
  if (n >= 2) return "organization";
  const w = words[m.a].text;
  if (/^\p{Lu}\p{Ll}+$/u.test(w)) {
    if (personEndings.test(w)) return "person";
    if (placeEndings.test(w)) return "place";
  }
  return "organization";
}

function keyOf(type: EntityType, m: Resolved): string {
  switch (type) {
    case "country":
      return `C:${m.key ?? form(m)}`;
    case "organization":
      return `O:${m.key ?? form(m)}`;
    case "person":
      return `P:${form(m)}`;
    case "place":
      return `L:${form(m)}`;
    default:
      return `${type}:${m.key ?? form(m)}`;
  }
}

export function resolve(mentions: Resolved[], words: readonly Word[]): Entity[] {
  const clusters = new Map<string, Cluster>();
  const byText = new Map<string, string>(); // mention text -> cluster key
  const surname = new Map<string, string>(); // last word of a full person name -> cluster key
  const given = new Map<string, string>(); // first word of a full person name -> cluster key
  const add = (key: string, type: EntityType, m: Resolved, country: string | null = null) => {
    let c = clusters.get(key);
    if (!c) {
      c = { key, type, mentions: [], country };
      clusters.set(key, c);
    }
    if (!c.country && country) c.country = country;
    c.mentions.push(m);
    if (!m.description && !byText.has(form(m))) byText.set(form(m), key);
    return c;
  };

  // Full person names first, so that a surname before its full name still joins it.
  for (const m of mentions)
    if (m.kind === "person" && !m.description && !m.caps && m.b - m.a >= 2) {
      const last = words[m.b - 1].text;
      if (!surname.has(last)) surname.set(last, `P:${m.text}`);
      const first = words[m.a].text;
      if (!given.has(first)) given.set(first, `P:${m.text}`);
      if (!byText.has(m.text)) byText.set(m.text, `P:${m.text}`);
    }

  const pending: Resolved[] = [];
  const descriptions: Resolved[] = [];
  for (const m of mentions) {
    if (m.description) {
      descriptions.push(m);
      continue;
    }
    switch (m.kind) {
      case "country": {
        // a capital's name that is the surname of a person named in full ("Hamilton" after "Ian
        // Hamilton", not Bermuda's capital) is that person
        const person = m.metonymy && m.b - m.a === 1 ? surname.get(form(m)) : undefined;
        if (person) {
          m.metonymy = false;
          add(person, "person", m);
        } else add(keyOf("country", m), "country", m, null).canonical = m.key;
        break;
      }
      case "nationality":
        {
          const c = add(`N:${m.country ?? m.text}`, "other", m, m.country ?? null);
          // The plain adjective names the group ("Russian", not "Anti-Russian").
          if (!m.text.includes("-") && !m.caps && (!c.canonical || m.text.length < c.canonical.length))
            c.canonical = m.text;
        }
        break;
      case "person": {
        const f = form(m);
        const key = m.b - m.a === 1 && !m.span ? (surname.get(f) ?? `P:${f}`) : `P:${f}`;
        add(key, "person", m);
        break;
      }
      case "organization":
        add(keyOf("organization", m), "organization", m);
        break;
      case "place":
        add(keyOf("place", m), "place", m, m.country ?? null);
        break;
      case "event":
      case "work":
      case "other": {
        const c = add(keyOf(m.kind, m), m.kind, m);
        if (m.key) c.canonical = m.key;
        break;
      }
      default:
        pending.push(m);
    }
  }
  // "the Falklands" / "the Canaries" for "X Islands": plural short forms of island groups.
  for (const c of clusters.values()) {
    if (c.type !== "place") continue;
    for (const m of c.mentions) {
      const stem = ISLANDS.exec(form(m));
      if (!stem) continue;
      for (const short of [`${stem[1]}s`, `${stem[1]}es`]) if (!byText.has(short)) byText.set(short, c.key);
    }
  }
  // Unknown names: a name seen elsewhere in the article, a surname, or a type from their shape.
  for (const m of pending) {
    // An unknown word may also be the first word of a full name ("Jansher" after "Jansher Khan").
    const one = m.b - m.a === 1;
    const known = byText.get(form(m)) ?? (one ? (surname.get(form(m)) ?? given.get(form(m))) : undefined);
    if (known && clusters.has(known)) {
      const c = clusters.get(known) as Cluster;
      c.mentions.push(m);
      continue;
    }
    // A lone unknown word opening a sentence is more often a common word than a name.
    if ((m.initial && m.b - m.a === 1) || m.caps) continue;
    // A lone capitalised word the tagger reads as a common word ("Practice", "Proceeds", "Net").
    if (m.b - m.a === 1 && words[m.a].pos !== "PROPN" && !words[m.a].upper) continue;
    const type = fallbackType(m, words);
    add(keyOf(type, m), type, m);
  }

  // Organisations: acronyms and short forms join the full name.
  const orgs = [...clusters.values()].filter((c) => c.type === "organization");
  const fullByInitials = new Map<string, Cluster>();
  const fullBySuffix = new Map<string, Cluster>();
  for (const c of orgs) {
    const name = longest(c);
    if (wordCount(name) >= 2) {
      const ini = initials(name);
      if (ini.length >= 2 && !fullByInitials.has(ini)) fullByInitials.set(ini, c);
      const ws = name.split(/\s+/);
      for (let k = 1; k < ws.length - 1; k++) {
        const suffix = ws.slice(k).join(" ");
        if (!fullBySuffix.has(suffix)) fullBySuffix.set(suffix, c);
      }
    }
  }
  // "World Economic Forum (WEF)": an acronym in brackets right after a name is its short form.
  const clusterOfMention = new Map<Resolved, Cluster>();
  for (const c of orgs) for (const m of c.mentions) clusterOfMention.set(m, c);
  const explicit = new Map<Cluster, Cluster>();
  for (const m of mentions) {
    const full = m.shortFormOf ? clusterOfMention.get(m.shortFormOf) : undefined;
    const short = clusterOfMention.get(m);
    if (full && short && full !== short && !explicit.has(short)) explicit.set(short, full);
  }
  const mergedInto = new Map<Cluster, Cluster>();
  const final = (c: Cluster): Cluster => {
    let x = c;
    for (let guard = 0; mergedInto.has(x) && guard < 10; guard++) x = mergedInto.get(x) as Cluster;
    return x;
  };
  for (const c of orgs) {
    const name = longest(c);
    const target =
      explicit.get(c) ??
      (ACRONYM.test(name) ? fullByInitials.get(name.replace(/\./g, "")) : undefined) ??
      fullBySuffix.get(name);
    if (!target) continue;
    const to = final(target);
    if (to === c) continue;
    to.mentions.push(...c.mentions);
    mergedInto.set(c, to);
    clusters.delete(c.key);
  }

  // Roles, then descriptions resolved to the last person they fit.
  const roleList = new Map<Cluster, FoundRole[]>();
  for (const c of clusters.values()) {
    if (c.type !== "person") continue;
    // Each role once (by its lower-cased text and country): a person named a hundred times with
    // the same title keeps one role, so matching a description stays bounded.
    const roles: FoundRole[] = [];
    const seen = new Set<string>();
    for (const m of c.mentions)
      for (const r of m.roles) {
        const k = `${r.role.toLowerCase()}\u0000${r.country ?? ""}`;
        if (seen.has(k)) continue;
        seen.add(k);
        roles.push(r);
      }
    roleList.set(c, roles);
  }
  if (descriptions.length) resolveDescriptions(mentions, descriptions, clusters, roleList);

  const entities: Entity[] = [];
  const ordered = [...clusters.values()]
    .map((c) => {
      c.mentions.sort((x, y) => x.start - y.start);
      return c;
    })
    .sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  for (const c of ordered) {
    const name = c.canonical ?? longest(c);
    const aliases: string[] = [];
    const seen = new Set([name.toLowerCase()]);
    for (const m of c.mentions) {
      const k = m.text.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        aliases.push(m.text);
      }
    }
    const roles: string[] = [];
    const seenRoles = new Set<string>();
    let country = c.country;
    for (const r of roleList.get(c) ?? []) {
      const k = r.role.toLowerCase();
      if (!seenRoles.has(k)) {
        seenRoles.add(k);
        roles.push(r.role);
      }
      if (!country && r.country) country = r.country;
    }
    const entity: Entity = {
      id: `e${entities.length + 1}`,
      type: c.type,
      name,
      aliases,
      roles,
      country,
      mentions: c.mentions.map((m) => {
        const out: Entity["mentions"][number] = {
          start: m.start,
          end: m.end,
          text: m.text,
          metonymy: m.metonymy,
        };
        if (m.block !== undefined) out.block = m.block;
        return out;
      }),
    };
    if (c.mentions.every((m) => m.caption)) entity.captionOnly = true;
    entities.push(entity);
  }
  return entities;
}

/** The fullest written form: most words, then longest, preferring mixed case over headline capitals. */
function longest(c: Cluster): string {
  let best: Resolved | undefined;
  for (const m of c.mentions) {
    if (m.description || m.metonymy) continue;
    if (
      !best ||
      (best.caps && !m.caps) ||
      (!!best.caps === !!m.caps &&
        (wordCount(m.text) > wordCount(best.text) ||
          (wordCount(m.text) === wordCount(best.text) && m.text.length > best.text.length)))
    )
      best = m;
  }
  return (best ?? c.mentions[0]).text;
}

function resolveDescriptions(
  mentions: readonly Resolved[],
  descriptions: readonly Resolved[],
  clusters: Map<string, Cluster>,
  roleList: Map<Cluster, FoundRole[]>,
): void {
  const clusterOf = new Map<Resolved, Cluster>();
  // An organisation's full name, lower-cased, once per cluster (descriptions do not change it).
  const orgName = new Map<Cluster, string>();
  for (const c of clusters.values()) {
    if (c.type === "organization") orgName.set(c, longest(c).toLowerCase());
    if (c.type === "person" || c.type === "organization") for (const m of c.mentions) clusterOf.set(m, c);
  }
  // Most recent first: a short list of the people seen so far, moved to the front on each mention.
  const recent: Cluster[] = [];
  let d = 0;
  for (const m of mentions) {
    while (d < descriptions.length && descriptions[d].start <= m.start) {
      const desc = descriptions[d++];
      const target = pick(desc, recent, roleList, orgName);
      if (target) target.mentions.push(desc);
    }
    const c = clusterOf.get(m);
    if (c) {
      const at = recent.indexOf(c);
      if (at >= 0) recent.splice(at, 1);
      recent.unshift(c);
      if (recent.length > 24) recent.pop();
    }
  }
  while (d < descriptions.length) {
    const desc = descriptions[d++];
    const target = pick(desc, recent, roleList, orgName);
    if (target) target.mentions.push(desc);
  }
}

function pick(
  desc: Resolved,
  recent: readonly Cluster[],
  roleList: Map<Cluster, FoundRole[]>,
  orgName: Map<Cluster, string>,
): Cluster | null {
  const noun = desc.description as string;
  if (desc.kind === "organization") {
    for (const c of recent) if (c.type === "organization" && orgName.get(c)?.includes(noun)) return c;
    return null;
  }
  const fits = (c: Cluster, test: (r: string) => boolean) =>
    (roleList.get(c) ?? []).some((r) => test(r.role.toLowerCase()));
  const wantCountry = desc.titleCountry;
  for (const c of recent) {
    if (c.type !== "person") continue;
    if (
      wantCountry &&
      c.country !== wantCountry &&
      !(roleList.get(c) ?? []).some((r) => r.country === wantCountry)
    )
      continue;
    if (fits(c, (r) => r.includes(noun))) return c;
  }
  if (expertNouns.has(noun))
    for (const c of recent) if (c.type === "person" && fits(c, (r) => EXPERT_ROLE.test(r))) return c;
  return null;
}
