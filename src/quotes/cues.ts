/**
 * The cue lexicon: reporting verbs in all their forms (generated from `lexicons/quotes/cue-verbs.txt`),
 * multi-word cue phrases, and the word lists the speaker and relay logic read. Loaded once.
 */
import { loadJson, loadList, loadSet } from "../util/lexicon.js";

export type CueType = "speech" | "belief" | "intention";

export interface CueVerb {
  lemma: string;
  type: CueType;
}

const VOWEL = /[aeiou]/;

/** Regular inflections of an English verb; over-generation is harmless for a membership test. */
export function inflections(lemma: string): string[] {
  const out = [lemma];
  const last = lemma[lemma.length - 1];
  const stem = lemma.endsWith("e") ? lemma.slice(0, -1) : lemma;
  if (/(s|sh|ch|x|z|o)$/.test(lemma)) out.push(`${lemma}es`);
  else if (last === "y" && !VOWEL.test(lemma[lemma.length - 2])) out.push(`${lemma.slice(0, -1)}ies`);
  else out.push(`${lemma}s`);
  if (last === "y" && !VOWEL.test(lemma[lemma.length - 2])) out.push(`${lemma.slice(0, -1)}ied`);
  else out.push(lemma.endsWith("e") ? `${lemma}d` : `${lemma}ed`);
  out.push(`${stem}ing`);
  // consonant doubling (stop -> stopped); harmless when wrong
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) out.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  return out;
}

function buildVerbs(): Map<string, CueVerb> {
  const map = new Map<string, CueVerb>();
  for (const line of loadList("quotes/cue-verbs")) {
    const [lemma, type, ...irregular] = line.split(/\s+/);
    const cue = { lemma, type: type as CueType };
    for (const form of [...inflections(lemma), ...irregular]) if (!map.has(form)) map.set(form, cue);
  }
  for (const form of loadList("quotes/not-cue-forms")) map.delete(form.toLowerCase());
  return map;
}

export const CUE_VERBS: ReadonlyMap<string, CueVerb> = buildVerbs();

/**
 * Forms of action verbs (lexicons/quotes/action-verbs.txt), cues only before a content marker:
 * form -> true when a person as the object also makes the act a verbal one ("+person").
 */
export const ACTION_FORMS: ReadonlyMap<string, boolean> = new Map(
  [...loadList("quotes/action-verbs"), ...loadList("quotes/topic-verbs")].flatMap((line) => {
    const person = line.split(/\s+/).includes("+person");
    return listedForms(line).map((f): [string, boolean] => [f, person]);
  }),
);

/** The forms of a verb list's line: `lemma [irregular forms] [+person] [+frame]`. */
function listedForms(line: string): string[] {
  const [lemma, ...irregular] = line.split(/\s+/).filter((w) => !w.startsWith("+"));
  return [...inflections(lemma), ...irregular];
}

/**
 * Forms of the topic verbs marked "+frame" (lexicons/quotes/topic-verbs.txt): unlike the other
 * action and topic verbs, they frame the clause around them ("Within 26 minutes, Puckett recalled,
 * her feed was filled ...").
 */
export const FRAMING_FORMS: ReadonlySet<string> = new Set(
  loadList("quotes/topic-verbs")
    .filter((line) => line.split(/\s+/).includes("+frame"))
    .flatMap(listedForms),
);

/** Given names by gender (lexicons/quotes/given-names-*.txt), for pronoun agreement. */
export { FEMALE_NAMES, MALE_NAMES } from "../util/given-names.js";

/** Forms of verbs that report a request put to someone ("asked X to ...": lexicons/quotes/request-verbs.txt). */
export const REQUEST_FORMS: ReadonlySet<string> = new Set(
  loadList("quotes/request-verbs").flatMap(inflections),
);

/** Nouns that take a that-clause as what was said or thought ("his claim that"), word -> type. */
export const CUE_NOUNS: ReadonlyMap<string, CueType> = new Map(
  loadList("quotes/cue-nouns").map((line) => {
    const [w, type] = line.split(/\s+/);
    return [w.toLowerCase(), type as CueType];
  }),
);

/** Nouns of intention that take an infinitive ("his plan to ..."). */
export const CUE_NOUNS_TO = loadSet("quotes/cue-nouns-to");

/** Predicative adjectives of belief and intention ("is convinced that"), word -> type. */
export const CUE_ADJECTIVES: ReadonlyMap<string, CueType> = new Map(
  loadList("quotes/cue-adjectives").map((line) => {
    const [w, type] = line.split(/\s+/);
    return [w.toLowerCase(), type as CueType];
  }),
);

/** Multi-word cue phrases as lower-case word arrays, longest first. */
function phrases(name: string): string[][] {
  return loadList(name)
    .map((p) => p.toLowerCase().split(/\s+/))
    .sort((a, b) => b.length - a.length);
}
export const SOURCE_PHRASES = phrases("quotes/cue-phrases");

export const FRAME_VERBS = loadSet("quotes/frame-verbs");
/** Forms of verbs that name their object with a quoted complement ("called Y “Z”"). */
export const NAMING_FORMS: ReadonlySet<string> = new Set(
  loadList("quotes/naming-verbs").flatMap(inflections),
);
/** Forms of support verbs whose subject holds their nominal object ("issued a warning that"). */
export const SUPPORT_FORMS: ReadonlySet<string> = new Set(
  loadList("quotes/support-verbs").flatMap((line) => {
    const [lemma, ...irregular] = line.split(/\s+/);
    return [...inflections(lemma), ...irregular];
  }),
);
export const SOURCE_NOUNS = loadSet("quotes/source-nouns");
/** Poll and study nouns that source the clause before them ("... in the latest Fox poll"). */
export const POLL_NOUNS = loadSet("quotes/poll-nouns");
/** Head nouns of named documents ("the X Treaty"): such a name alone is no content. */
export const DOCUMENT_NAMES = loadSet("quotes/document-names");
export const MESSAGE_NOUNS = loadSet("quotes/message-nouns");
/** Person role nouns (lexicons/entities/role-nouns.txt): "ambassador", "spokesman". */
export const ROLE_NOUNS = loadSet("entities/role-nouns");
/** Nouns of a person related to someone ("a friend of X": lexicons/quotes/relation-nouns.txt, gendered-nouns.txt). */
export const RELATION_NOUNS: ReadonlySet<string> = new Set([
  ...loadList("quotes/relation-nouns"),
  ...loadList("quotes/gendered-nouns").map((line) => line.split(/\s+/)[0]),
]);
/** Day and month names and their abbreviations (lower case, without a dot). */
export const CALENDAR_WORDS = loadSet("entities/calendar-words");
/** Nationality words (lower case), which as a capitalised noun after "the" describe a person ("the Briton"). */
export const NATIONALITY_WORDS: ReadonlySet<string> = new Set([
  ...loadSet("entities/demonyms-compromise"),
  ...loadSet("entities/demonyms-extra"),
]);

/** The singular of a plural noun ("companies", "witnesses", "leaders", "spokesmen"). */
export function singularOf(noun: string): string {
  if (noun.endsWith("men")) return `${noun.slice(0, -3)}man`;
  if (/[^aeiou]ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(ch|sh|ss|x)es$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, "");
}

/** A role noun (singular or plural) or a group noun: "officials in Kenya", "a spokesman for X". */
export function roleOrGroupNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, "")) || ANONYMOUS_HEADS.has(w);
}
/** Messages and reports whose sender "from" / "by" names speaks for them ("a report from X"). */
export const SENT_NOUNS: ReadonlySet<string> = new Set([...MESSAGE_NOUNS, "report", "reports"]);
export const ANONYMOUS_HEADS = loadSet("quotes/anonymous");
/** Nouns of one person of a known gender ("mother" -> she), lexicons/quotes/gendered-nouns.txt. */
export const GENDERED_NOUNS: ReadonlyMap<string, string> = new Map(
  loadList("quotes/gendered-nouns").map((line) => line.split(/\s+/) as [string, string]),
);
export const ANONYMOUS_MARKERS = loadSet("quotes/anonymous-markers");
export const RELAY_VERBS = loadSet("quotes/relay-verbs");
export const MEDIA = phrases("quotes/media");
/** Events that are convened, not messages (lexicons/quotes/convened-nouns.txt): "a meeting", "a summit". */
export const CONVENED_NOUNS = loadSet("quotes/convened-nouns");
export const PLATFORMS = new Set(loadList("quotes/platforms"));
export const AGENCIES = new Set(loadList("news-agencies"));

function pairs(name: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of loadList(name)) {
    const [w, kind] = line.split(/\s+/);
    m.set(w.toLowerCase(), kind);
  }
  return m;
}
export const DESCRIPTIONS = pairs("quotes/descriptions");
export const PRONOUNS = pairs("quotes/pronouns");

/** Small word classes the cue logic reads (lexicons/quotes/cue-classes.json). */
export const CUE_CLASSES = loadJson<{
  objectVerbs: string[];
  nesting: string[];
  raising: string[];
  shortContents: string[];
  betweenSubjectAndCue: string[];
  transitiveStance: string[];
  timeAdjuncts: string[];
  timeAdjunctLead: string[];
  pointers: string[];
  particleOnly: Record<string, string[]>;
  particleOrInfinitive: Record<string, string[]>;
  particleNever: Record<string, string[]>;
  commitments: string[];
  refusals: string[];
  causatives: string[];
  demands: Record<string, string[]>;
  madeAdjectives: string[];
  clauseOnly: string[];
  subordinators: string[];
  questionWords: string[];
  relativePronouns: string[];
  quantityNouns: string[];
  topicPrepositions: string[];
  actObjects: Record<string, string>;
  evaluations: string[];
  blockTopics: string[];
  expressions: string[];
  prepositions: string[];
  raisingPassives: string[];
  circumstanceParticiples: string[];
  riskVerbs: string[];
  outletEditions: string[];
  stanceNouns: Record<string, CueType>;
  rankPrefixes: string[];
  topicOpenings: string[];
}>("quotes/cue-classes");

/** Nouns of a possessive stance frame ("in Gore's words", "in his view"), noun -> what it frames. */
export const STANCE_NOUNS: ReadonlyMap<string, CueType> = new Map(Object.entries(CUE_CLASSES.stanceNouns));

/** Stance verbs whose object alone is what is attributed ("endorsed Trump", "denied her claim"). */
export const TRANSITIVE_STANCE: ReadonlySet<string> = new Set(CUE_CLASSES.transitiveStance);
/** Words that open an adverbial clause ("while", "because", "after"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(CUE_CLASSES.subordinators);
/** Words that open an indirect question ("whether", "how", "who"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(CUE_CLASSES.questionWords);
/** Pronouns that open a relative clause ("which", "who", "that"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(CUE_CLASSES.relativePronouns);
