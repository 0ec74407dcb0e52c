/**
 * The entity lexicons (lexicons/entities/*.txt and the shared news-agencies list), loaded once at
 * module load into the lookup structures the recogniser uses.
 */
import { loadList } from "../util/lexicon.js";

/** Case-sensitive set of the entries of one or more lists. */
function exact(...names: string[]): Set<string> {
  return new Set(names.flatMap((n) => loadList(n)));
}

/** Lower-cased set of the entries of one or more lists. */
function lower(...names: string[]): Set<string> {
  return new Set(names.flatMap((n) => loadList(n).map((e) => e.toLowerCase())));
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

/**
 * Length of the longest phrase of `index` that starts at words[i] (and ends by `end`), or 0.
 * `field` is the word form compared: "lower" for lower-cased indexes, "text" for case-sensitive ones.
 */
export function matchPhraseAt(
  index: PhraseIndex,
  words: readonly { text: string; lower: string }[],
  i: number,
  end: number,
  field: "text" | "lower",
): number {
  const list = index.byFirst.get(words[i][field]);
  if (!list) return 0;
  for (const phrase of list) {
    if (i + phrase.length > end) continue;
    let k = 1;
    while (k < phrase.length && words[i + k][field] === phrase[k]) k++;
    if (k === phrase.length) return phrase.length;
  }
  return 0;
}

export const firstNames = exact("entities/first-names");
export const surnames = exact("entities/surnames", "entities/surnames-extra");
export const cities = exact("entities/cities");
export const regions = exact("entities/regions", "entities/regions-extra", "entities/us-state-abbreviations");
export const sportsTeams = exact("entities/sports-teams");
export const stopwords = exact("entities/stopwords");
export const nameStopwords = exact("entities/name-stopwords");
export const calendarWords = exact("entities/calendar-words");
export const demonymsExtra = exact("entities/demonyms-extra", "entities/demonyms-compromise");
export const nations = exact("entities/nations");
export const clubWords = exact("entities/club-words");
export const orgHeads = exact("entities/org-heads");
/** lexicons/entities/portfolio-heads.txt: "Ministry", "Department" (before "of"). */
export const portfolioHeads = exact("entities/portfolio-heads");
export const companySuffixes = exact("entities/company-suffixes");
export const companyPrefixes = exact("entities/company-prefixes");
export const eventHeads = exact("entities/event-heads");
export const geoHeads = exact("entities/geo-heads");
export const prefixPlaces = exact("entities/prefix-places");
export const placeNouns = lower("entities/place-nouns");
export const roleNouns = lower("entities/role-nouns");
export const expertNouns = lower("entities/expert-nouns");
export const orgDescriptionNouns = lower("entities/org-description-nouns");
export const speechVerbs = lower("entities/speech-verbs");
export const locativePreps = lower("entities/locative-preps");
export const placeOfNouns = lower("entities/place-of-nouns");
/** Context of mention types (context.ts): sports reports, classifier nouns, team roles. */
export const sportWords = lower("entities/sport-words");
export const orgCueBefore = lower("entities/org-cue-before");
export const orgCueAfter = lower("entities/org-cue-after");
export const teamMemberNouns = lower("entities/team-member-nouns");
/** Last words of an office written without a name ("Commercial Officer"). */
export const officeHeads = lower("entities/office-heads");

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
  // written with either apostrophe ("People’s Daily")
  for (const f of forms.flatMap((f) => [f, f.replace(/'/g, "’")]))
    if (!orgByName.has(f)) orgByName.set(f, forms[0]);
}
for (const agency of loadList("news-agencies")) if (!orgByName.has(agency)) orgByName.set(agency, agency);
/** A name as the words of our tokens, where a possessive is a word of its own ("People 's Daily"). */
function asTokens(name: string): string {
  return name.replace(/(['’])s\b/g, " $1s");
}

/** Organisation names of several words, as case-sensitive phrases (to read names with "and", "in"). */
export const orgPhrases = phraseIndex(
  [...orgByName.keys()].filter((k) => k.includes(" ")).map(asTokens),
  false,
);

/** Event and document written forms -> canonical name. Case-sensitive. */
export const eventByName = new Map<string, string>();
for (const line of loadList("entities/events")) {
  const forms = line.split("|").map((f) => f.trim());
  for (const f of forms) if (!eventByName.has(f)) eventByName.set(f, forms[0]);
}

/** Lower-cased names of companies and institutions from a general lexicon (matched when capitalised). */
export const orgNamesLower = lower("entities/organizations-compromise");
