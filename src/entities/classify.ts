/**
 * Classification of a name (a span of capitalised words) by lexicon and by its head noun:
 * countries and their alternative names, capitals, demonyms, organisations and agencies, cities
 * and regions, organisation / event / geographic heads, given names and titles.
 */
import type { EntityType } from "../analysis.js";
import { countryOf, gazetteer } from "./gazetteer.js";
import {
  cities,
  clubWords,
  companyPrefixes,
  demonymsExtra,
  eventByName,
  eventHeads,
  firstNames,
  geoHeads,
  orgByName,
  orgHeads,
  orgNamesLower,
  prefixPlaces,
  nations,
  regions,
  sportsTeams,
  surnames,
} from "./lexicons.js";
import type { Word } from "./words.js";

/** What a name is: an entity type, a nationality adjective, a capital (settled by context), or unknown. */
export type Kind = EntityType | "nationality" | "capital" | "unknown";

export interface NameClass {
  kind: Kind;
  /** Canonical name from a lexicon (country, organisation). */
  key?: string;
  country?: string;
}

export interface Lookup extends NameClass {
  /** The written form in the lexicon ("Bogotá" for "BOGOTA"). */
  form?: string;
}

const MARKS = /[\u0300-\u036f]/g;

/** Lower case without diacritics: the key for case- and accent-insensitive lookups. */
export function fold(s: string): string {
  return ASCII.test(s) ? s.toLowerCase() : s.normalize("NFD").replace(MARKS, "").toLowerCase();
}
const ASCII = /^[\x00-\x7f]*$/;

/** Every gazetteer form by folded key (short acronyms left out: "US" vs "us"). */
const folded = new Map<string, Lookup>();
{
  const put = (form: string, v: Lookup) => {
    if (form.replace(/[^A-Za-z]/g, "").length <= 3 && !/[.\d]/.test(form)) return;
    const k = fold(form);
    if (!folded.has(k)) folded.set(k, { ...v, form });
  };
  for (const [form, c] of gazetteer.countryByName) put(form, { kind: "country", key: c, country: c });
  for (const [form, c] of gazetteer.countryByCapital) put(form, { kind: "capital", country: c });
  for (const [form, c] of gazetteer.countryByDemonym) put(form, { kind: "nationality", country: c });
  for (const form of demonymsExtra) put(form, { kind: "nationality" });
  for (const [form, o] of orgByName) put(form, { kind: "organization", key: o });
  for (const form of cities) put(form, { kind: "place" });
  for (const form of regions) put(form, { kind: "place" });
  for (const form of nations) put(form, { kind: "place" });
}

/** Case- and accent-insensitive gazetteer lookup of a folded key. */
export function foldedLookup(key: string): Lookup | undefined {
  return folded.get(key);
}

const ACRONYM = /^(?:[A-Z][A-Z0-9&]{1,6}|[A-Z]\d{1,2}|(?:[A-Z]\.){2,4})$/;
const PREFIXES = /^(?:Pro|Anti|Ex|Pre|Post|Non|Neo|Pan|Trans)-/;
const ROMAN_OR_NUMBER = /^(?:[IVX]+|\d+)$/;
const NAME_WORD =
  /^(?:Mc|Mac|O'|O’|D'|D’|De|Di|La|Le|Van|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn)-)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?$/u;
const NAME_SUFFIX = /^(?:Jr|Sr)\.?$/;
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

function text(words: readonly Word[], a: number, b: number): string {
  let s = words[a].text;
  for (let k = a + 1; k < b; k++) s += (words[k].start > words[k - 1].end ? " " : "") + words[k].text;
  return s;
}

/**
 * The recogniser asks about the same spans several times while it splits a run (the whole run,
 * its prefixes, the rest after a title): answers are kept for the current article's words.
 */
let memoWords: readonly Word[] | null = null;
const memo = new Map<number, NameClass>();

/** Classifies words[a..b) as a name; `joinHead` is the head that an "of"/"for" join attached to. */
export function classifyName(
  words: readonly Word[],
  a: number,
  b: number,
  joinHead?: Kind | null,
): NameClass {
  if (joinHead) return classifySpan(words, a, b, joinHead);
  if (words !== memoWords) {
    memoWords = words;
    memo.clear();
  }
  const key = a * 1048576 + b;
  let c = memo.get(key);
  if (!c) {
    c = classifySpan(words, a, b, null);
    memo.set(key, c);
  }
  return c;
}

/**
 * The first answer in order of trust: the lexicons, the head an "of"/"for" join attached to, the
 * name's head noun, then its shape.
 */
function classifySpan(words: readonly Word[], a: number, b: number, joinHead: Kind | null): NameClass {
  const t = text(words, a, b);
  return (
    lexiconClass(t) ??
    hyphenatedNationality(t, b - a) ??
    placeOrTeamClass(t, b - a) ??
    (joinHead ? { kind: joinHead } : null) ??
    koreanName(words, a, b) ??
    headClass(words, a, b) ??
    shapeClass(words, a, b, t) ?? { kind: "unknown" }
  );
}

/** A given name of two syllables joined by a hyphen, the second in small letters ("Jae-keun", "Geun-hye"). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/**
 * "Park Jae-keun", "Moon Jae-in": a one-syllable family name and a hyphenated given name are a
 * person's, whatever a geographic word the family name also is ("Park").
 */
function koreanName(words: readonly Word[], a: number, b: number): NameClass | null {
  return b - a === 2 && /^\p{Lu}\p{Ll}{1,4}$/u.test(words[a].text) && HYPHENATED_GIVEN.test(words[a + 1].text)
    ? { kind: "person" }
    : null;
}

/** A country, organisation, event, capital or nationality by its exact name. */
function lexiconClass(t: string): NameClass | null {
  const country = gazetteer.countryByName.get(t);
  if (country) return { kind: "country", key: country, country };
  const org = orgByName.get(t);
  if (org) return { kind: "organization", key: org };
  const event = eventByName.get(t);
  if (event) return { kind: "event", key: event };
  const capital = gazetteer.countryByCapital.get(t);
  if (capital) return { kind: "capital", country: capital };
  const dem = gazetteer.countryByDemonym.get(t);
  if (dem) return { kind: "nationality", country: dem };
  if (demonymsExtra.has(t)) return { kind: "nationality" };
  return null;
}

/** "Anti-Russian", "Pro-Western", "Franco-German": one hyphenated word, an adjective of nationality. */
function hyphenatedNationality(t: string, n: number): NameClass | null {
  const dash = t.lastIndexOf("-");
  if (!(dash > 0 && n === 1)) return null;
  const tail = t.slice(dash + 1);
  // "Pro-Moscow", "Ex-Soviet": an attitude to, or past of, a place or people.
  if (PREFIXES.test(t) && /^\p{Lu}/u.test(tail))
    return { kind: "nationality", country: countryOf(tail) ?? undefined };
  const tailCountry = gazetteer.countryByDemonym.get(tail);
  if (tailCountry || demonymsExtra.has(tail)) return { kind: "nationality", country: tailCountry };
  return null;
}

/** A city, region, nation or sports team; the gazetteer without case and accents; an organisation in lower case. */
function placeOrTeamClass(t: string, n: number): NameClass | null {
  if (cities.has(t) || regions.has(t) || nations.has(t)) return { kind: "place" };
  if (sportsTeams.has(t)) return { kind: "organization" };
  // "BOGOTA", "Bogota", "UNITED STATES": the gazetteer without case and accents.
  const f = folded.get(fold(t));
  if (f) return { kind: f.kind, key: f.key, country: f.country };
  if (n > 1 && orgNamesLower.has(t.toLowerCase())) return { kind: "organization" };
  return null;
}

/** By the head noun ("... Ministry", "... Summit", "... Islands"), or a geographic prefix ("Lake X", "Mount X"). */
function headClass(words: readonly Word[], a: number, b: number): NameClass | null {
  const n = b - a;
  let last = words[b - 1].text;
  // (past a number or a country: "Formula 1", "PepsiCo Foods U.S.")
  if (n > 2 && gazetteer.countryByName.has(last)) last = words[b - 2].text;
  if (n > 1 && ROMAN_OR_NUMBER.test(last)) last = words[b - 2].text;
  if (n > 1 || words[a].upper) {
    // (or a legal form before the name: "N.V. DSM", "OAO Gazprom")
    if (orgHeads.has(last) || (n > 1 && companyPrefixes.has(words[a].text))) return { kind: "organization" };
    if (eventHeads.has(last)) return { kind: "event" };
    if (geoHeads.has(last)) return { kind: "place" };
  }
  if (n > 1 && (prefixPlaces.has(words[a].text) || geoHeads.has(words[a].text))) {
    const restCountry = gazetteer.countryByName.get(text(words, a + 1, b));
    if (restCountry || cities.has(text(words, a + 1, b)) || geoHeads.has(words[a].text))
      return { kind: "place" };
  }
  return null;
}

/** A firm, a person, an acronym or a club by the shape of the name and its words. */
function shapeClass(words: readonly Word[], a: number, b: number, t: string): NameClass | null {
  const n = b - a;
  // "Douglas & Lomason", "Procter & Gamble": a firm (before the given-name test).
  if (n > 2 && words[a + 1].text === "&") return { kind: "organization" };
  if (personShaped(words, a, b)) return { kind: "person" };
  if (n === 1 && ACRONYM.test(t) && !words[a].pos.startsWith("NUM")) return { kind: "organization" };
  // "Bristol Rovers", "Real Madrid": a club word anywhere in the name.
  if (n > 1) for (let k = a; k < b; k++) if (clubWords.has(words[k].text)) return { kind: "organization" };
  // A lone family or given name.
  if (n === 1 && (surnames.has(t) || firstNames.has(t))) return { kind: "person" };
  return null;
}

/** Two to four words shaped like a personal name: "X Jr.", a given name first, initials, a family name last. */
function personShaped(words: readonly Word[], a: number, b: number): boolean {
  const n = b - a;
  if (n >= 2 && n <= 4 && NAME_SUFFIX.test(words[b - 1].text) && NAME_WORD.test(words[a].text)) return true;
  if (n >= 2 && n <= 4 && firstNames.has(words[a].text) && NAME_WORD.test(words[b - 1].text)) return true;
  // "P. Simmons", "J.R. Smith": initials and a family name.
  if (n >= 2 && n <= 3 && INITIAL.test(words[a].text) && NAME_WORD.test(words[b - 1].text)) return true;
  return n >= 2 && n <= 3 && surnames.has(words[b - 1].text) && NAME_WORD.test(words[a].text);
}

/** True when every word of the span looks like a personal name word ("Fumio", "O'Neill"). */
export function nameShaped(words: readonly Word[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!NAME_WORD.test(words[k].text)) return false;
  return true;
}
