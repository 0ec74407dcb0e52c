/**
 * Coreference and merging: one entity per actor. Surnames join full names, alternative country
 * names and metonymic capitals join their country, acronyms and short forms join an
 * organisation's full name, descriptions ("the expert") join the last person they fit. All maps
 * are keyed by text, so the work is linear in the number of mentions.
 */
import type { Entity, EntityType } from "../analysis.js";
import { nameOnly } from "../syntax/index.js";
import { nameShaped } from "./classify.js";
import { type Cluster, ClusterTable, form, longest, type Resolved, wordCount } from "./clusters.js";
import { distinctRoles, resolveDescriptions } from "./descriptions.js";
import { gazetteer } from "./gazetteer.js";
import {
  cities,
  companySuffixes,
  nations,
  personEndings,
  placeEndings,
  prefixPlaces,
  regions,
} from "./lexicons.js";
import { genderOfGiven } from "../util/given-names.js";
import { type Gender, honorificGender } from "./family.js";
import { mergeOrganisations } from "./organisations.js";
import type { FoundRole } from "./roles.js";
import { type Word, withoutParticle } from "./words.js";

const ISLANDS = /^(.+?) (?:Islands|Isles)$/;

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
  const table = new ClusterTable();
  indexFullPersonNames(mentions, words, table);
  const pending: Resolved[] = [];
  const descriptions: Resolved[] = [];
  for (const m of mentions) {
    if (m.description) descriptions.push(m);
    else if (!addKnownKind(m, words, table)) pending.push(m);
  }
  indexIslandShortForms(table);
  for (const m of pending) addUnknownName(m, words, table);
  const { clusters } = table;
  joinLoneSurnames(clusters, table.apart);
  mergeOrganisations(mentions, clusters);
  const roleList = distinctRoles(clusters);
  joinRoleAcronyms(clusters, roleList);
  if (descriptions.length) resolveDescriptions(mentions, descriptions, clusters, roleList);
  return toEntities(clusters, roleList);
}

/** The initials of a name's or a role's capitalised words ("Chief Election Commissioner" -> "CEC"). */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/**
 * "The CEC stressed ..." after "Chief Election Commissioner Muhammad Raza Khan": an acronym that no
 * organisation of the article spells out and that spells out the title of exactly one person
 * refers to that person.
 */
function joinRoleAcronyms(clusters: Map<string, Cluster>, roleList: Map<Cluster, FoundRole[]>): void {
  const spelled = new Set<string>();
  for (const c of clusters.values()) if (c.type === "organization") spelled.add(initialsOf(longest(c)));
  for (const [key, c] of [...clusters]) {
    const acronym = longest(c);
    if (c.type !== "organization" || !/^[A-Z]{2,5}$/.test(acronym) || spelled.has(acronym)) continue;
    const holders = [...roleList].filter(([, roles]) => roles.some((r) => initialsOf(r.role) === acronym));
    if (holders.length !== 1) continue;
    holders[0][0].mentions.push(...c.mentions);
    clusters.delete(key);
  }
}

/** Full person names first, so that a surname before its full name still joins it. */
function indexFullPersonNames(mentions: readonly Resolved[], words: readonly Word[], table: ClusterTable) {
  for (const m of mentions) {
    // (a name typed only later by its shape still tells a surname's holders apart: "Bill Clinton")
    const full = !m.description && !m.caps && m.b - m.a >= 2;
    if (full && m.kind === "unknown" && nameShaped(words, m.a, m.b))
      table.surnameHolders.add(words[m.b - 1].text, `P:${form(m)}`, words[m.a].text);
    if (m.kind === "person" && full) {
      const key = `P:${m.text}`;
      const first = words[m.a].text;
      for (const last of surnameForms(words[m.b - 1].text)) {
        if (!table.surname.has(last)) table.surname.set(last, key);
        table.surnameHolders.add(last, key, first);
      }
      if (!table.given.has(first)) table.given.set(first, key);
      if (!table.byText.has(m.text)) table.byText.set(m.text, key);
    }
  }
}

/** Adds a mention whose kind recognition settled to its cluster; false for an unknown name. */
function addKnownKind(m: Resolved, words: readonly Word[], table: ClusterTable): boolean {
  switch (m.kind) {
    case "country": {
      // a capital's name that is the surname of a person named in full ("Hamilton" after "Ian
      // Hamilton", not Bermuda's capital) is that person
      const person = m.metonymy && m.b - m.a === 1 ? table.surname.get(form(m)) : undefined;
      if (person) {
        m.metonymy = false;
        table.add(person, "person", m);
      } else table.add(keyOf("country", m), "country", m, null).canonical = m.key;
      return true;
    }
    case "nationality": {
      const c = table.add(`N:${m.country ?? m.text}`, "other", m, m.country ?? null);
      // The plain adjective names the group ("Russian", not "Anti-Russian").
      if (!m.text.includes("-") && !m.caps && (!c.canonical || m.text.length < c.canonical.length))
        c.canonical = m.text;
      return true;
    }
    case "person": {
      const f = form(m);
      // (a company's name without its legal form, read as a surname: "Courtaulds said")
      const company = m.b - m.a === 1 ? table.byText.get(f) : undefined;
      if (company?.startsWith("O:")) {
        table.add(company, "organization", m);
        return true;
      }
      // one word: a surname ("Smith" after "Ann Smith"), else the first word of a full name (a
      // family name written first, "Li" after "Li Wei")
      const key =
        m.b - m.a === 1 && !m.span
          ? (surnameKey(m, f, words, table) ?? table.given.get(f) ?? `P:${f}`)
          : `P:${f}`;
      table.add(key, "person", m);
      return true;
    }
    case "organization": {
      const key = keyOf("organization", m);
      table.add(key, "organization", m);
      // ("Courtaulds PLC" ... "Courtaulds said": the name without its legal form is the company,
      // even alone at a sentence's start, where an unknown word is more often a common one)
      const f = form(m);
      const cut = f.lastIndexOf(" ");
      if (cut <= 0 || !companySuffixes.has(f.slice(cut + 1))) return true;
      // (not a person's name: "Obama Inc." in a jibe is no short form of "Barack Obama")
      const short = f.slice(0, cut);
      const person = table.surname.has(short) || table.given.has(short);
      if (!table.byText.has(short) && !person) table.byText.set(short, key);
      return true;
    }
    case "place": {
      // a word no gazetteer lists as a place, read as one from its context ("from Haig's home"),
      // that is the surname of a person named in full ("Douglas Haig") is that person
      const f = form(m);
      const person = m.b - m.a === 1 && !lexicalPlace(f) ? table.surname.get(f) : undefined;
      if (person) table.add(person, "person", m);
      else table.add(keyOf("place", m), "place", m, m.country ?? null);
      return true;
    }
    case "event":
    case "work":
    case "other": {
      const c = table.add(keyOf(m.kind, m), m.kind, m);
      if (m.key) c.canonical = m.key;
      return true;
    }
    default:
      return false;
  }
}

/** Is `name` a place in the lexicons (a city, region, nation or country)? */
function lexicalPlace(name: string): boolean {
  return cities.has(name) || regions.has(name) || nations.has(name) || gazetteer.countryByName.has(name);
}

/** "the Falklands" / "the Canaries" for "X Islands": plural short forms of island groups. */
function indexIslandShortForms(table: ClusterTable) {
  for (const c of table.clusters.values()) {
    if (c.type !== "place") continue;
    for (const m of c.mentions) {
      const stem = ISLANDS.exec(form(m));
      if (!stem) continue;
      for (const short of [`${stem[1]}s`, `${stem[1]}es`])
        if (!table.byText.has(short)) table.byText.set(short, c.key);
    }
  }
}

/**
 * "Amir" after "Yigal Amir": a one-word person that is the last word of exactly one person named in
 * full joins that person. (Surnames join as they are added when the full name was a person from the
 * start; a full name typed only by its shape, an unknown given name, is added after them.)
 */
function joinLoneSurnames(clusters: Map<string, Cluster>, apart: ReadonlyMap<string, Gender>): void {
  const bySurname = new Map<string, Cluster[]>();
  for (const c of clusters.values()) {
    const name = longest(c);
    if (c.type !== "person" || wordCount(name) < 2) continue;
    for (const last of surnameForms(name.slice(name.lastIndexOf(" ") + 1)))
      bySurname.set(last, [...(bySurname.get(last) ?? []), c]);
  }
  for (const c of [...clusters.values()]) {
    const name = longest(c);
    if (c.type !== "person" || wordCount(name) !== 1) continue;
    // (after an honorific, only a full name of its gender: "Mr. Clinton" is Bill Clinton)
    const gender = apart.get(c.key);
    const full = bySurname
      .get(name)
      ?.filter((x) => !apart.has(c.key) || genderOfGiven(firstWord(x)) === gender);
    if (full?.length !== 1 || !nameOnly(name)) continue;
    full[0].mentions.push(...c.mentions);
    clusters.delete(c.key);
  }
}

/**
 * The cluster of a one-word name that is the surname of a person named in full: the first such
 * person, or with an honorific the one of its gender ("Mr. Clinton" beside Hillary and Bill
 * Clinton), or a cluster of its own when none is (family.ts); undefined for no surname.
 */
function surnameKey(m: Resolved, f: string, words: readonly Word[], table: ClusterTable): string | undefined {
  const first = table.surname.get(f);
  if (!first) return undefined;
  const gender = honorificGender(words[m.a - 1]?.text);
  const key = table.surnameHolders.keyFor(f, gender, first);
  if (key) return key;
  table.apart.set(`P:${f}`, gender);
  return `P:${f}`;
}

/** The first word of a cluster's fullest name ("Bill" of "Bill Clinton"). */
function firstWord(c: Cluster): string {
  const name = longest(c);
  return name.slice(0, name.indexOf(" "));
}

/** An unknown name: a name seen elsewhere in the article, a surname, or a type from its shape. */
function addUnknownName(m: Resolved, words: readonly Word[], table: ClusterTable) {
  const one = m.b - m.a === 1;
  const f = form(m);
  // An unknown word may also be the first word of a full name ("Jansher" after "Jansher Khan").
  const late = one && table.lateSurnames.has(f) && nameOnly(f) ? table.lateSurnames.get(f) : undefined;
  const known =
    (one ? surnameKey(m, f, words, table) : undefined) ??
    table.byText.get(f) ??
    (one ? (table.given.get(f) ?? late) : undefined);
  const cluster = known ? table.clusters.get(known) : undefined;
  if (cluster) {
    cluster.mentions.push(m);
    return;
  }
  // A lone unknown word opening a sentence is more often a common word than a name.
  if ((m.initial && one) || m.caps) return;
  // A lone capitalised word the tagger reads as a common word ("Practice", "Proceeds", "Net").
  if (one && words[m.a].pos !== "PROPN" && !words[m.a].upper) return;
  const type = fallbackType(m, words);
  const key = keyOf(type, m);
  table.add(key, type, m);
  // (a person named in full here is what a later surname alone refers to: "Har-Shefi said", not
  // "Women have become" after "International Women's Day")
  for (const last of surnameForms(words[m.b - 1].text))
    if (type === "person" && !one && !table.surname.has(last)) table.lateSurnames.set(last, key);
}

/** A family name as written and, for "al-Assad", as a later mention may write it alone ("Assad"). */
function surnameForms(last: string): string[] {
  const bare = withoutParticle(last);
  return bare ? [last, bare] : [last];
}

/** The clusters as entities, in order of their first mention, numbered e1, e2, ... */
function toEntities(clusters: Map<string, Cluster>, roleList: Map<Cluster, FoundRole[]>): Entity[] {
  const ordered = [...clusters.values()]
    .map((c) => {
      c.mentions.sort((x, y) => x.start - y.start);
      return c;
    })
    .sort((x, y) => x.mentions[0].start - y.mentions[0].start);
  return ordered.map((c, i) => toEntity(c, `e${i + 1}`, roleList.get(c) ?? []));
}

function toEntity(c: Cluster, id: string, roleList: readonly FoundRole[]): Entity {
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
  for (const r of roleList) {
    const k = r.role.toLowerCase();
    if (!seenRoles.has(k)) {
      seenRoles.add(k);
      roles.push(r.role);
    }
    if (!country && r.country) country = r.country;
  }
  const entity: Entity = {
    id,
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
  return entity;
}
