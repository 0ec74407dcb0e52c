/**
 * The entity lexicons (lexicons/entities/*.txt and the shared news-agencies list), loaded once at
 * module load into the lookup structures the recogniser uses.
 */
import { loadList } from "../util/lexicon.js";

/** Case-sensitive set of entries. */
function exact(name: string): Set<string> {
  return new Set(loadList(name));
}

/** Lower-cased set of entries. */
function lower(name: string): Set<string> {
  return new Set(loadList(name).map((e) => e.toLowerCase()));
}

/** Multi-word phrases as a map from first word to the word arrays starting with it (longest first). */
export interface PhraseIndex {
  byFirst: Map<string, string[][]>;
}

function phraseIndex(entries: Iterable<string>, fold: boolean): PhraseIndex {
  const byFirst = new Map<string, string[][]>();
  for (const e of entries) {
    const words = (fold ? e.toLowerCase() : e).split(/\s+/);
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    byFirst.set(words[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return { byFirst };
}

/** Like matchPhrase, over objects with a lower-cased `lower` field (no copying). */
export function matchPhraseLower(
  index: PhraseIndex,
  words: readonly { lower: string }[],
  i: number,
  end: number,
): number {
  const list = index.byFirst.get(words[i].lower);
  if (!list) return 0;
  for (const phrase of list) {
    if (i + phrase.length > end) continue;
    let ok = true;
    for (let k = 1; k < phrase.length; k++)
      if (words[i + k].lower !== phrase[k]) {
        ok = false;
        break;
      }
    if (ok) return phrase.length;
  }
  return 0;
}

/** Length of the longest phrase of `index` that starts at words[i], or 0. */
export function matchPhrase(index: PhraseIndex, words: readonly string[], i: number, end: number): number {
  const list = index.byFirst.get(words[i]);
  if (!list) return 0;
  for (const phrase of list) {
    if (i + phrase.length > end) continue;
    let ok = true;
    for (let k = 1; k < phrase.length; k++)
      if (words[i + k] !== phrase[k]) {
        ok = false;
        break;
      }
    if (ok) return phrase.length;
  }
  return 0;
}

export const firstNames = exact("entities/first-names");
export const surnames = new Set([...loadList("entities/surnames"), ...loadList("entities/surnames-extra")]);
export const cities = exact("entities/cities");
export const regions = new Set([
  ...loadList("entities/regions"),
  ...loadList("entities/regions-extra"),
  ...loadList("entities/us-state-abbreviations"),
]);
export const sportsTeams = exact("entities/sports-teams");
export const stopwords = exact("entities/stopwords");
export const demonymsExtra = new Set([
  ...loadList("entities/demonyms-extra"),
  ...loadList("entities/demonyms-compromise"),
]);
export const nations = exact("entities/nations");
export const clubWords = exact("entities/club-words");
export const orgHeads = exact("entities/org-heads");
export const companySuffixes = exact("entities/company-suffixes");
export const eventHeads = exact("entities/event-heads");
export const geoHeads = exact("entities/geo-heads");
export const prefixPlaces = exact("entities/prefix-places");
export const placeNouns = lower("entities/place-nouns");
export const roleNouns = lower("entities/role-nouns");
export const expertNouns = lower("entities/expert-nouns");
export const orgDescriptionNouns = lower("entities/org-description-nouns");
export const speechVerbs = lower("entities/speech-verbs");
export const locativePreps = lower("entities/locative-preps");

function endings(name: string): RegExp {
  const list = loadList(name).sort((x, y) => y.length - x.length);
  return new RegExp(`\\p{Ll}(?:${list.join("|")})$`, "u");
}
/** Endings of family names ("-ov", "-enko") and of place names ("-shire", "-grad"). */
export const personEndings = endings("entities/person-name-endings");
export const placeEndings = endings("entities/place-name-endings");

/** Titles written before a name, matched on lower-cased words (longest first). */
export const titles = phraseIndex(loadList("entities/titles"), true);
/** Role nouns as phrases ("press secretary", "head"), lower-cased. */
export const rolePhrases = phraseIndex(loadList("entities/role-nouns"), true);

/** Organisation written forms -> canonical name (first form of the line). Case-sensitive. */
export const orgByName = new Map<string, string>();
for (const line of loadList("entities/organizations")) {
  const forms = line.split("|").map((f) => f.trim());
  for (const f of forms) if (!orgByName.has(f)) orgByName.set(f, forms[0]);
}
for (const agency of loadList("news-agencies")) if (!orgByName.has(agency)) orgByName.set(agency, agency);
/** Organisation names of several words, as case-sensitive phrases (to read names with "and", "in"). */
export const orgPhrases = phraseIndex(
  [...orgByName.keys()].filter((k) => k.includes(" ")),
  false,
);

/** Like matchPhrase, over objects with a `text` field, case-sensitive. */
export function matchPhraseExact(
  index: PhraseIndex,
  words: readonly { text: string }[],
  i: number,
  end: number,
): number {
  const list = index.byFirst.get(words[i].text);
  if (!list) return 0;
  for (const phrase of list) {
    if (i + phrase.length > end) continue;
    let ok = true;
    for (let k = 1; k < phrase.length; k++)
      if (words[i + k].text !== phrase[k]) {
        ok = false;
        break;
      }
    if (ok) return phrase.length;
  }
  return 0;
}

/** Event and document written forms -> canonical name. Case-sensitive. */
export const eventByName = new Map<string, string>();
for (const line of loadList("entities/events")) {
  const forms = line.split("|").map((f) => f.trim());
  for (const f of forms) if (!eventByName.has(f)) eventByName.set(f, forms[0]);
}

/** Lower-cased names of companies and institutions from a general lexicon (matched when capitalised). */
export const orgNamesLower = lower("entities/organizations-compromise");
