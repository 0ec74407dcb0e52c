/**
 * Countries, capitals and demonyms, built once at module load from two maintained packages
 * (world-countries for common/official names, capitals, demonyms and alternative spellings;
 * i18n-iso-countries for the English alternative names) plus lexicons/entities/country-extras.txt
 * for historical states and aliases the packages lack. The canonical name of a country is
 * world-countries' `name.common`.
 */
import { createRequire } from "node:module";
import { loadList } from "../util/lexicon.js";

const require = createRequire(import.meta.url);

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  capital?: string[];
  altSpellings?: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

export interface Gazetteer {
  /** Any written form of a country (name, official name, alias) -> canonical name. */
  countryByName: Map<string, string>;
  /** Capital city -> canonical country name. */
  countryByCapital: Map<string, string>;
  /** Demonym ("Japanese", "Russians") -> canonical country name. */
  countryByDemonym: Map<string, string>;
  /** Canonical country names. */
  countries: Set<string>;
}

/** Written forms that would be read as common words or initials if taken as country aliases. */
/** Alternative names that news copy uses for something else (lexicons/entities/country-alias-exclusions.txt). */
const NOT_ALIASES = new Set(loadList("entities/country-alias-exclusions"));

function usableAlias(alias: string): boolean {
  if (alias.length < 2 || NOT_ALIASES.has(alias)) return false;
  // Two-letter ISO codes ("RU", "JP") are not how news copy names a country; keep only the
  // ones listed in country-extras.txt (US, UK).
  if (/^[A-Z]{2}$/.test(alias)) return false;
  if (/[,()]/.test(alias)) return false;
  return /^[\p{Lu}]/u.test(alias);
}

function build(): Gazetteer {
  const countryByName = new Map<string, string>();
  const countryByCapital = new Map<string, string>();
  const countryByDemonym = new Map<string, string>();
  const countries = new Set<string>();
  const world = require("world-countries") as WorldCountry[];
  // the library without its node entry, which would register all of its ~80 locales
  const iso = require("i18n-iso-countries/index.js") as {
    registerLocale(l: unknown): void;
    getName(code: string, lang: string, o: { select: "all" }): string[] | undefined;
  };
  iso.registerLocale(require("i18n-iso-countries/langs/en.json"));

  const addName = (form: string, canonical: string) => {
    if (!countryByName.has(form)) countryByName.set(form, canonical);
  };
  for (const c of world) countries.add(c.name.common);
  for (const c of world) {
    const canonical = c.name.common;
    addName(canonical, canonical);
    addName(c.name.official, canonical);
    for (const alt of c.altSpellings ?? []) if (usableAlias(alt)) addName(alt, canonical);
    for (const alt of iso.getName(c.cca2, "en", { select: "all" }) ?? [])
      if (usableAlias(alt)) addName(alt, canonical);
    for (const cap of c.capital ?? []) {
      const clean = cap.replace(/\s+D\.C\.$/, "");
      if (!countryByCapital.has(clean) && !countries.has(clean)) countryByCapital.set(clean, canonical);
    }
    const d = c.demonyms?.eng;
    if (d) {
      for (const form of [d.m, d.f])
        if (form && !countryByDemonym.has(form)) countryByDemonym.set(form, canonical);
    }
  }
  // Plural demonyms: "Russians", "Americans" (regular -s plurals only; "Japanese" is its own plural).
  for (const [dem, country] of [...countryByDemonym])
    if (/[a-z]n$/.test(dem) && !countryByDemonym.has(`${dem}s`)) countryByDemonym.set(`${dem}s`, country);

  for (const line of loadList("entities/country-extras")) {
    const parts = line.split("|").map((p) => p.trim());
    const canonical = parts[0];
    countries.add(canonical);
    countryByName.set(canonical, canonical);
    for (const p of parts.slice(1)) {
      if (p.startsWith("demonym:")) countryByDemonym.set(p.slice(8), canonical);
      else countryByName.set(p, canonical);
    }
  }
  // A country name is never also read as a demonym.
  for (const name of countryByName.keys()) countryByDemonym.delete(name);
  return { countryByName, countryByCapital, countryByDemonym, countries };
}

export const gazetteer: Gazetteer = build();

/** The canonical country for a written form (name, alias, capital or demonym), or null. */
export function countryOf(form: string): string | null {
  return (
    gazetteer.countryByName.get(form) ??
    gazetteer.countryByDemonym.get(form) ??
    gazetteer.countryByCapital.get(form) ??
    null
  );
}
