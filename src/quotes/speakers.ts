/**
 * Speaker resolution: from the mention as written in an attribution ("Ivanov", "he", "the expert",
 * "experts") to the canonical speaker. Entities from the entities stage are used when they cover the
 * mention; otherwise a capitalised name falls back to the fullest earlier name ending in the same
 * word. Pronouns and descriptions go to the most recent compatible speaker (or person named as a
 * subject). Attributions are resolved in text order, so the state here is the discourse so far.
 */
import type { Entity, Speaker } from "../analysis.js";
import {
  appositiveOpening,
  type Ctx,
  firstPropnRun,
  hyphenGlued,
  hyphenParticiple,
  isCap,
  lastPropnRun,
  npLeft,
  npRight,
  roleAndName,
  titleModifierEnd,
  tokenAt,
  treeTag,
} from "./context.js";
import countries from "world-countries";
import { loadSet } from "../util/lexicon.js";
import { INVISIBLE } from "../language/tokenizer-copy.js";
import {
  AGENCIES,
  ANONYMOUS_HEADS,
  ANONYMOUS_MARKERS,
  CALENDAR_WORDS,
  CUE_CLASSES,
  FEMALE_NAMES,
  MALE_NAMES,
  DESCRIPTIONS,
  GENDERED_NOUNS,
  NATIONALITY_WORDS,
  PRONOUNS,
  QUESTION_WORDS,
  RELATION_NOUNS,
  ROLE_NOUNS,
  roleOrGroupNoun,
  SENT_NOUNS,
  SUBORDINATORS,
  singularOf,
} from "./cues.js";
import { partitionPoint } from "../util/sorted.js";
import { dictionaryTags, nameOnly } from "../syntax/index.js";
import { describedRole, holdsRole, RoleIndex } from "./roles.js";
import { relatedLink } from "./indirect.js";
import { treeAntecedent } from "./tree.js";
import { placeWords, subjectLeft } from "./frames.js";
import { PUBLISHING_FORMS } from "./events/span.js";

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

interface Known {
  name: string;
  entity: Entity | null;
  kind: "person" | "organization" | "group";
  at: number;
  /** An unnamed individual ("an agency journalist"): a pronoun after it is anonymous too. */
  anonymous?: boolean;
  /** A lone name no entity types ("Qantas said"): "the carrier" may refer to it as well as "he". */
  eitherKind?: boolean;
  /** A body that is its sentence's topic as the possessor of the subject ("Volkswagen's revenue rose"). */
  possessor?: boolean;
}

/** A resolved speaker and the end of the mention (starting at `at`) that named it. */
interface SpokenMention extends Known {
  end: number;
}

/** A negated subject ("no mother", "nobody", "no one"). */
const NO_ONE = /^(no\s|nobody$|none$)/i;

/** Relative pronouns that stand for the noun phrase before them. */
const RELATIVES = new Set(["who", "which", "that", "whom"]);

/** Plural group nouns ("observers", "settlers") and "others", "people": never a single person. */
const GROUP_HEAD = /(?:s|^people)$/;
/** Nouns of a number of people before "of" ("a group of employees"): the people are the head. */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(CUE_CLASSES.quantityNouns);

/** Nouns of people who speak for an organisation (lexicons/quotes/spokesperson-nouns.txt). */
const SPOKESPERSON_NOUNS = loadSet("quotes/spokesperson-nouns");
const BUSINESS_DESCRIPTIONS = loadSet("quotes/business-descriptions");
/** Prepositions that name the body a spokesperson speaks for ("for Google", "with the police"). */
const SPOKESPERSON_OF = /^(for|of|at|with)$/;
/** Documents that speak for the body named before them (lexicons/quotes/issued-documents.txt). */
const ISSUED_DOCUMENTS = loadSet("quotes/issued-documents");
/** Nouns of a report or a message whose author "the report" may refer back to (lexicons/quotes/report-nouns.txt). */
const REPORT_NOUNS = loadSet("quotes/report-nouns");
/** "A second tweet", "another post", "a later statement": one more of the messages named before. */
const ANOTHER_MESSAGE = /^(?:another|(?:a|the) (?:second|third|later|new|follow-up|subsequent))$/;
/** How far back (in tokens) "the report" looks for the report the article named. */
const REPORT_LOOKBACK = 400;

/** The noun phrase after a preposition matching `preposition` right after token `k` (to `last`). */
function phraseAfter(ctx: Ctx, k: number, last: number, preposition: RegExp): [number, number] | null {
  if (k >= last || !preposition.test(ctx.lower[k + 1])) return null;
  const from = /^(the|a|an)$/.test(ctx.lower[k + 2]) ? k + 3 : k + 2;
  let end = last;
  while (end > from && ctx.pos[end] === "PUNCT") end--;
  return from <= end ? [from, end] : null;
}

/** "he" or "she" when a person's name or title tells ("Ann Cole", "Mr. Lee"), else null. */
function genderOf(name: string): "he" | "she" | null {
  const words = name.split(/\s+/);
  const first = words[0].replace(/\.$/, "").toLowerCase();
  if (first === "mr") return "he";
  if (/^(mrs|ms|miss)$/.test(first)) return "she";
  // a given name only before a surname: "Cole" alone is a surname, whatever "Cole Porter" is
  if (words.length < 2) return null;
  if (MALE_NAMES.has(first)) return "he";
  if (FEMALE_NAMES.has(first)) return "she";
  return null;
}

/**
 * Can `pronoun` refer to this actor? "he" is not "Ann Cole" (by the given name), nor someone an
 * earlier "she" referred to (`learned`); other pronouns and unknown names agree.
 */
function agrees(k: Known, pronoun: string, learned: ReadonlyMap<string, string>): boolean {
  if (pronoun !== "he" && pronoun !== "she") return true;
  // (never a plural noun no entity names: "investigators", "the officials", "Democrats")
  if (!k.entity && /[\p{L}-][^s'’]s$/u.test(k.name)) return false;
  const g = learned.get(k.name) ?? genderOf(k.name);
  return g === null || g === pronoun;
}

/** Most characters of a title before a person's name ("NATO Secretary-General"). */
const MAX_TITLE_CHARS = 60;
/** How many earlier speakers a pronoun or description may reach back to. */
const RECENT_WINDOW = 40;
/** Most words of an appositive between a person's name and "who" ("Tom Perez, chairman of the DNC, who"). */
const MAX_APPOSITIVE = 20;
/** What opens a plural description of two actors named before ("the companies", "both leaders"). */
const PAIR_OPENINGS = new Set(["the", "both", "the two", "both the"]);
/** What may stand between the two: "and", perhaps with the second's title ("and President"). */
const PAIR_JOINT = /^,? and (?:the )?(?:[A-Z][\w.-]* ){0,3}$/;
/** How many paragraphs back such a pair may have been named (this one or the one before). */
const PAIR_BLOCKS = 1;
const DETERMINERS = /^(the|a|an|this|that|these|those)\s+/i;
/** Determiners of a definite description ("the governor", "that man"). */
const DEFINITE = /^(the|this|that)$/;
const OBJECT_PRONOUNS: Record<string, string> = {
  him: "he",
  his: "he",
  her: "she",
  them: "they",
  their: "they",
  us: "we",
  me: "i",
};
const TITLES = loadSet("quotes/titles");
/** Demonym (lower case) -> the country's common English name ("japanese" -> "Japan"). */
const DEMONYM_COUNTRY = new Map<string, string>(
  (
    countries as unknown as { name: { common: string }; demonyms?: { eng?: { m: string; f: string } } }[]
  ).flatMap((c) =>
    c.demonyms?.eng
      ? [
          [c.demonyms.eng.m.toLowerCase(), c.name.common] as [string, string],
          [c.demonyms.eng.f.toLowerCase(), c.name.common] as [string, string],
        ]
      : [],
  ),
);
const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_COUNTRY.keys());
const ORG_WORD =
  /\b(Ministry|Department|Office|Agency|Committee|Party|Campaign|House|Court|Council|Commission|Kremlin|Government|University|Institute|News|Times|Post|Journal|Foundation|Association|Bureau|Service|Center|Centre|Corporation|Company|Inc|Group|Network|Organization|Organisation|Union|Bank|Fund|Academy|Senate|Congress|Parliament|Army|Police|Embassy|Administration)\b/;

/** "British Prime Minister Jane Doe" -> "Jane Doe": titles and demonyms before a name go. */
export function stripTitles(run: string): string {
  const words = run.split(/\s+/);
  if (ORG_WORD.test(words[words.length - 1])) return run;
  let i = 0;
  while (i < words.length - 1 && (TITLES.has(words[i].toLowerCase()) || DEMONYMS.has(words[i].toLowerCase())))
    i++;
  return words.slice(i).join(" ");
}

/** Is token `b` a common-noun head that the words after `last` (a name) lead up to ("'s foreign ministry")? */
function premodifiedHead(ctx: Ctx, last: number, b: number): boolean {
  // (a lower-case head the tagger read as an adjective is a noun here: "Texas teen")
  if (last >= b || (ctx.pos[b] !== "NOUN" && !(ctx.pos[b] === "ADJ" && !isCap(ctx.words[b])))) return false;
  for (let k = last + 1; k < b; k++)
    if (
      !/^(NOUN|ADJ|PROPN)$/.test(ctx.pos[k]) &&
      ctx.lower[k] !== "'s" &&
      ctx.lower[k] !== "-" &&
      treeTag(ctx, k) !== "NOUN"
    )
      return false;
  return true;
}

/** A capitalised demonym among tokens [a, b) ("the French foreign ministry"), as a one-token range. */
function demonymIn(ctx: Ctx, a: number, b: number): [number, number] | null {
  for (let k = a; k < b; k++) if (DEMONYMS.has(ctx.lower[k]) && isCap(ctx.words[k])) return [k, k];
  return null;
}

/** Longest appositive or parenthetical between a subject and its verb ("Buser, however, is"). */
const MAX_INSERT = 12;
/** Longest relative clause between a subject and its verb ("Estes, whose only win came ... and whose best finish ..., eagled"). */
const MAX_RELATIVE = 30;

/** Is the name ending at token `e` followed by its verb (past an appositive between commas, adverbs)? */
/** Longest parenthesis skipped after a name ("Charlie McDowell (“The Discovery”),"). */
const MAX_PARENTHESIS = 20;

/** The token after a parenthesis opening at `k`, or `k` when none opens there. */
function afterParenthesis(ctx: Ctx, k: number): number {
  if (ctx.lower[k] !== "(") return k;
  for (let j = k + 1; j < ctx.n && j <= k + MAX_PARENTHESIS; j++) if (ctx.lower[j] === ")") return j + 1;
  return k;
}

/** Is the name ending at `e` an appositive closed by the comma at `k` before its clause's verb? */
function appositiveEnd(ctx: Ctx, e: number, k: number): boolean {
  let a = e;
  while (a > 0 && ctx.pos[a - 1] === "PROPN") a--;
  // "..., filmmaker Charlie McDowell,", "his wife, 33-year-old Candace Smith,": a comma before the
  // name and its modifiers
  let before = a - 1;
  while (
    before >= 0 &&
    before >= a - 6 &&
    /^(NOUN|ADJ|NUM|PUNCT)$/.test(ctx.pos[before]) &&
    ctx.lower[before] !== ","
  )
    before--;
  if (before < 0 || ctx.lower[before] !== "," || ctx.sent[before] !== ctx.sent[e]) return false;
  let j = k + 1;
  while (j < ctx.n && ctx.pos[j] === "ADV") j++;
  return j < ctx.n && ctx.sent[j] === ctx.sent[e] && (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX");
}

/** The token after a name's affiliation ("of Wheat First Securities", "at the Brookings Institution"), or `k`. */
function afterAffiliation(ctx: Ctx, k: number): number {
  if (!/^(of|at|from)$/.test(ctx.lower[k] ?? "")) return k;
  let j = ctx.lower[k + 1] === "the" ? k + 2 : k + 1;
  if (ctx.pos[j] !== "PROPN") return k;
  while (j < ctx.n && ctx.pos[j] === "PROPN") j++;
  return j;
}

function verbFollows(ctx: Ctx, e: number): boolean {
  let k = afterAffiliation(ctx, afterParenthesis(ctx, e + 1));
  // the name ends an appositive of the subject ("Steenburgen's son, filmmaker Charlie McDowell,
  // also remembers")
  if (ctx.lower[k] === "," && appositiveEnd(ctx, e, k)) return true;
  if (ctx.lower[k] === ",") {
    // an appositive, or a relative clause with verbs of its own ("Petty, whose daughter was
    // killed, hailed the vote")
    const relative = /^(who|whose|whom|which)$/.test(ctx.lower[k + 1] ?? "");
    let j = k + 1;
    while (
      j < ctx.n &&
      j - k <= (relative ? MAX_RELATIVE : MAX_INSERT) &&
      ctx.lower[j] !== "," &&
      (relative || (ctx.pos[j] !== "VERB" && ctx.pos[j] !== "AUX"))
    )
      j++;
    if (ctx.lower[j] !== ",") return false;
    k = j + 1;
  }
  while (k < ctx.n && ctx.pos[k] === "ADV") k++;
  return k < ctx.n && ctx.sent[k] === ctx.sent[e] && (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX");
}

/**
 * A name opening its sentence, then a comma, that the tree makes the subject of the main clause
 * whatever stands between ("Dewey Lawrence, a Tyler lawyer representing the bankers, sounded ...",
 * "Jones, unhappy that the candidates were limited to eight minutes, saved ...": an appositive or
 * relative clause with verbs of its own, too long for the token window of `verbFollows`).
 */
function openingSubject(ctx: Ctx, first: number, last: number): boolean {
  const syntax = ctx.article.syntax;
  if (!syntax || first !== ctx.sentFirst[ctx.sent[first]] || ctx.lower[last + 1] !== ",") return false;
  syntax.ensure(last);
  let head = -1;
  for (let k = first; k <= last; k++) if (syntax.head[k] < first || syntax.head[k] > last) head = k;
  const verb = head < 0 ? -1 : syntax.head[head];
  return verb > last && syntax.head[verb] === -1 && /^nsubj(:pass)?$/.test(syntax.deprel[head]);
}

/**
 * Possessive pronouns of a person before a description, and the pronoun that finds the possessor
 * ("their" and "its" are left alone: a group's or a body's possessor is too often the wrong one).
 */
const POSSESSOR_PRONOUNS: Readonly<Record<string, string>> = { his: "he", her: "she" };

/** "the 26-year-old": a person described by age. */
const AGE_DESCRIPTION = /^the \d+-year-old$/i;

/** "the 26-year-old", "the Briton": a person described by age or nationality alone. */
function personByAgeOrNationality(ctx: Ctx, m: Mention): boolean {
  if (AGE_DESCRIPTION.test(m.written)) return true;
  return (
    m.b === m.a + 1 &&
    ctx.lower[m.a] === "the" &&
    isCap(ctx.words[m.b]) &&
    NATIONALITY_WORDS.has(ctx.lower[m.b])
  );
}

/** Is the mention at token `a` preceded by "the" and a place between commas ("The Portland, Ore., thrift")? */
function theBeforePlace(ctx: Ctx, a: number): boolean {
  if (ctx.lower[a - 1] !== ",") return false;
  let k = a - 2;
  let place = false;
  for (
    ;
    k >= 0 && k >= a - 8 && (ctx.lower[k] === "," || ctx.pos[k] === "PROPN" || ctx.nonAgent[k] === 1);
    k--
  )
    if (ctx.nonAgent[k] === 1) place = true;
  return place && k >= 0 && ctx.lower[k] === "the";
}

/** Are the words [a, b] all of a place's name ("St. Louis")? */
function allPlaces(ctx: Ctx, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) if (ctx.nonAgent[k] !== 1) return false;
  return true;
}

/** A word only ever a name, and not a plural one (an "-s" ending must be the name's own: "Qantas"). */
function singularName(word: string): boolean {
  const tags = dictionaryTags(word);
  return (
    nameOnly(word) &&
    !tags.some((t) => t === "NNPS" || t === "NNS") &&
    (!word.endsWith("s") || tags.includes("NNP"))
  );
}

/** "told " / "tells " right before a mention (or before the words of a name it ends): its addressee. */
const TOLD_BEFORE = /\b(told|tells|telling)\s+(?:\p{Lu}[\p{L}.&'-]*\s+){0,3}$/u;

/** A country's people in the plural ("kenyans", "americans"; not a party's, "democrats"): no one named. */
function pluralNationality(word: string): boolean {
  return /s$/.test(word) && DEMONYMS.has(singularOf(word));
}

/** Does one of `roles` hold a word of the description `written` (not an article)? */
function sharesWord(roles: readonly string[], written: string): boolean {
  const words = new Set(written.toLowerCase().split(/\s+/));
  for (const w of ["the", "a", "an"]) words.delete(w);
  return roles.some((r) =>
    r
      .toLowerCase()
      .split(/[\s()-]+/)
      .some((w) => words.has(w)),
  );
}

/** Most capitalised title words before the name that opens a sentence ("Hanyang University Professor"). */
const MAX_TITLE_BEFORE_OPENER = 5;

/** Heads that name a place's government (lexicons/quotes/place-governments.txt). */
const PLACE_GOVERNMENTS = loadSet("quotes/place-governments");

/** Words in the name of a government or its office (lexicons/quotes/government-words.txt). */
const GOVERNMENT_WORDS = [...loadSet("quotes/government-words")];

/** May "the government" refer to this actor: a country itself, or a body named as a government's? */
function governmentLike(k: Known): boolean {
  // (a country, not a body of it: "Nigeria's central bank")
  if (k.entity?.type === "country" && k.name === k.entity.name) return true;
  const name = k.name.toLowerCase();
  return GOVERNMENT_WORDS.some((w) => name.includes(w));
}

/** What a description head refers to ("the ministry": an organisation; "the agent": a person). */
function describedKind(head: string): "person" | "organization" | undefined {
  const singular = singularOf(head);
  const kind = DESCRIPTIONS.get(head) ?? DESCRIPTIONS.get(singular);
  if (kind) return kind === "person" ? "person" : "organization";
  return ROLE_NOUNS.has(head) || ROLE_NOUNS.has(singular) ? "person" : undefined;
}

/** Is the mention the subject of a sentence-final frame (", the spokesman said.")? */
function endFrameMention(ctx: Ctx, m: Mention): boolean {
  let k = m.b + 2; // past the verb
  while (k < ctx.n && ctx.sent[k] === ctx.sent[m.b] && k <= m.b + 4 && ctx.pos[k] !== "PUNCT") k++;
  return (
    ctx.lower[m.a - 1] === "," && (k >= ctx.n || ctx.sent[k] !== ctx.sent[m.b] || ctx.pos[k] === "PUNCT")
  );
}

/** The token of an "and" joining two noun phrases in the mention [a, b] (-1: none). */
function conjunction(ctx: Ctx, a: number, b: number): number {
  for (let k = a + 1; k < b; k++)
    if (
      ctx.lower[k] === "and" &&
      (ctx.pos[k - 1] !== "PUNCT" || serialComma(ctx, a, k)) &&
      !twoRolesOfOne(ctx, a, k, b) &&
      !sharedHead(ctx, k, b) &&
      !inPortfolio(ctx, a, k, b)
    )
      return k;
  return -1;
}

/**
 * "Secretary for Information and Publicity Christopher Mutsvangwa", "Minister of Health and Social
 * Welfare Jane Doe": an "and" between two capitalised common nouns of a title's portfolio, with
 * only capitalised words after it, joins the portfolio, not two sources ("President Obama and
 * Prime Minister Cameron" has a name before it).
 */
function inPortfolio(ctx: Ctx, a: number, and: number, b: number): boolean {
  if (!isCap(ctx.words[and - 1]) || nameOnly(ctx.words[and - 1])) return false;
  for (let k = and + 1; k <= b; k++) if (!isCap(ctx.words[k])) return false;
  // (a role, then "of" or "for" before the portfolio: not "Environment Minister Robert Hill and")
  for (let k = a; k < and - 2; k++)
    if (ROLE_NOUNS.has(ctx.lower[k]) && /^(of|for)$/.test(ctx.lower[k + 1])) return true;
  // ("Queensland Fire and Emergency Services Commissioner Katarina Carroll": a body's name with
  // "and" before the title and the one name after it)
  const role = (k: number) => ROLE_NOUNS.has(ctx.lower[k]) || TITLES.has(ctx.lower[k]);
  for (let k = a; k < and; k++) if (role(k)) return false;
  for (let k = and + 2; k < b - 1; k++) if (role(k)) return true;
  return false;
}

/** The comma before the "and" at `and` ends a list of three or more ("Apple, Google, and Microsoft")? */
function serialComma(ctx: Ctx, a: number, and: number): boolean {
  if (ctx.lower[and - 1] !== ",") return false;
  for (let k = a + 1; k < and - 1; k++) if (ctx.lower[k] === ",") return true;
  return false;
}

/**
 * "the Dallas oil and gas concern", "the Oklahoma City energy and defense concern": two trades
 * before one description noun describe one company.
 */
function sharedHead(ctx: Ctx, and: number, b: number): boolean {
  const before = ctx.lower[and - 1];
  return (
    ctx.pos[and - 1] === "NOUN" &&
    /^\p{Ll}/u.test(ctx.words[and - 1]) &&
    !DESCRIPTIONS.has(before) &&
    !ROLE_NOUNS.has(before) &&
    DESCRIPTIONS.get(ctx.lower[b]) === "organization"
  );
}

/**
 * "the singer and guitarist", "its president and CEO": one determiner before two singular role
 * nouns describes one person, not two sources; so do two roles before one name.
 */
function twoRolesOfOne(ctx: Ctx, a: number, and: number, b: number): boolean {
  const second = ctx.lower[b];
  // (the second role may have capitalised modifiers: "The former first lady and U.S. senator")
  let k = and + 1;
  while (k < b && isCap(ctx.words[k])) k++;
  const first = ctx.lower[and - 1];
  if (
    k === b &&
    /^(DET|PRON)$/.test(ctx.pos[a]) &&
    (ROLE_NOUNS.has(first) || GENDERED_NOUNS.has(first)) &&
    ROLE_NOUNS.has(second) &&
    !/s$/.test(second)
  )
    return true;
  // "lobbyist and GOP strategist Charlie Black", "SAF founder and Executive Vice President Alan M.
  // Gottlieb": a role (with its body), then a role and one name
  // ("16-year-old protester and Cleveland High School student Quetzal Brock": a hyphenated word is one)
  return and - a - hyphenGlued(ctx, a, and) <= 3 && roleAndName(ctx, and, b + 1) === b;
}

/** Words that modify a noun from after it and take a prepositional object ("familiar with"). */
const POSTMODIFIER = /^(ADJ|VERB)$/;

/** Does the phrase at `a` open with a title ("Secretary of State ...", "Ambassador to ...")? */
function titledName(ctx: Ctx, a: number): boolean {
  let k = /^(the|a|an)$/.test(ctx.lower[a]) ? a + 1 : a;
  // (past capitalised words of where or whose: "U.S. Secretary of State", "United States Ambassador")
  // ("Zanu-PF Secretary": a hyphen inside the owner's name)
  const ownerWord = (j: number) =>
    (isCap(ctx.words[j] ?? "") || ctx.words[j] === "-") && !ROLE_NOUNS.has(ctx.lower[j]);
  for (let n = 0; n < MAX_TITLE_OWNER_WORDS && ownerWord(k); n++) k++;
  return isCap(ctx.words[k] ?? "") && ROLE_NOUNS.has(ctx.lower[k]);
}

/** Most tokens before a title ("United States Ambassador to ...", "Zanu - PF Secretary"). */
const MAX_TITLE_OWNER_WORDS = 5;

/** Are the words [a, b] a title and nothing else ("Prime Minister", "President")? */
function onlyTitleWords(ctx: Ctx, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) {
    const w = ctx.lower[k].replace(/\.$/, "");
    if (!TITLES.has(w) && !ROLE_NOUNS.has(w)) return false;
  }
  return true;
}

/** Is there a verb at `k`, past auxiliaries and adverbs ("who had been searching")? */
function relativeVerb(ctx: Ctx, k: number, b: number): boolean {
  while (k <= b && (ctx.pos[k] === "AUX" || ctx.pos[k] === "ADV")) k++;
  return k <= b && ctx.pos[k] === "VERB";
}

/** The head noun of [a, b] when a modifying phrase follows it ("a person familiar with ...", "the ambassador to Britain"), else null. */
function postmodifiedHead(ctx: Ctx, a: number, b: number): number | null {
  for (let k = a; k + 2 <= b; k++) {
    // "China's ambassador to Britain": a role noun and the phrase that says where or whose
    // "Officials in Kenya": a group noun and where it is
    // ("a friend of Smith": a relation and whose)
    const person =
      roleOrGroupNoun(ctx.lower[k]) || (ctx.pos[k] === "NOUN" && RELATION_NOUNS.has(ctx.lower[k]));
    if (/^(NOUN|PROPN)$/.test(ctx.pos[k]) && person && ctx.pos[k + 1] === "ADP") return k;
    // "Paul Sperry of Counter Jihad": a person's name, then the body or place the person is of
    const named = ctx.nonAgent[k] === 2 && ctx.mentionFirst[k + 2] !== ctx.mentionFirst[k];
    if (named && /^(of|at|from)$/.test(ctx.lower[k + 1])) return k;
    // "the maker of Western boots": a body's description and what it makes or owns (not a
    // quantity of people: "a group of employees")
    const body = DESCRIPTIONS.get(ctx.lower[k]) === "organization" && !QUANTITY_NOUNS.has(ctx.lower[k]);
    if (ctx.pos[k] === "NOUN" && body && ctx.lower[k + 1] === "of") return k;
    // "legislators who backed the bill": a restrictive relative clause after the head
    if (
      /^(NOUN|PROPN)$/.test(ctx.pos[k]) &&
      /^(who|that)$/.test(ctx.lower[k + 1]) &&
      relativeVerb(ctx, k + 2, b)
    )
      return k;
    // "scientists using a telescope on Mauna Kea": a participle phrase after the head
    if (/^(NOUN|PROPN|PRON)$/.test(ctx.pos[k]) && ctx.pos[k + 1] === "VERB" && /ing$/.test(ctx.lower[k + 1]))
      return k;
    if (!/^(NOUN|PRON)$/.test(ctx.pos[k]) || !POSTMODIFIER.test(ctx.pos[k + 1]) || ctx.pos[k + 2] !== "ADP")
      continue;
    if (ctx.pos[k + 1] === "VERB" && !/ed$/.test(ctx.lower[k + 1])) continue;
    return k;
  }
  return null;
}

/**
 * The words of "the embassy in Kabul" without the determiner, when the phrase [a, b] is a common
 * noun (no person, group or role) and "in"/"at" a place; null otherwise.
 */
function placedBody(ctx: Ctx, a: number, b: number): string | null {
  let k = a;
  while (k < b && ctx.lower[k + 1] !== "in" && ctx.lower[k + 1] !== "at") k++;
  if (
    k >= b - 1 ||
    ctx.pos[k] !== "NOUN" ||
    roleOrGroupNoun(ctx.lower[k]) ||
    GENDERED_NOUNS.has(ctx.lower[k])
  )
    return null;
  if (ANONYMOUS_HEADS.has(ctx.lower[k]) || !placeWords(ctx, [k + 2, b])) return null;
  const first = /^(the|a|an)$/.test(ctx.lower[a]) ? a + 1 : a;
  return ctx.text.slice(ctx.starts[first], ctx.ends[b]);
}

/** Gendered person nouns (lexicons/quotes/gendered-nouns.txt): noun -> "he" or "she". */

const GENDER_ADJECTIVES = new Map([
  ["female", "she"],
  ["male", "he"],
]);

/**
 * People introduced without a name by an indefinite gendered noun ("one mother", "a young man"),
 * in text order: the determiner, its modifiers and the noun as written.
 */
function indefinitePersons(ctx: Ctx): { name: string; at: number; pronoun: string }[] {
  const out: { name: string; at: number; pronoun: string }[] = [];
  for (let k = 1; k < ctx.n; k++) {
    // ("a female resident", "a male nurse": the adjective says which pronoun)
    const pronoun = GENDERED_NOUNS.get(ctx.lower[k]) ?? GENDER_ADJECTIVES.get(ctx.lower[k - 1]);
    if (!pronoun || ctx.pos[k] !== "NOUN" || ctx.inMark[k] >= 0) continue;
    let d = k - 1;
    while (d > 0 && d >= k - 3 && ctx.pos[d] === "ADJ") d--;
    if (!/^(a|an|one)$/.test(ctx.lower[d])) continue;
    out.push({ name: ctx.text.slice(ctx.starts[d], ctx.ends[k]), at: ctx.starts[d], pronoun });
  }
  return out;
}

/** A speaker mention being resolved: tokens [a, b], characters [start, end). */
interface Mention {
  a: number;
  b: number;
  /** First token a name may start at: after a quoted title in the phrase ("the “Pose” actor"). */
  nameFrom: number;
  start: number;
  end: number;
  by: Speaker["resolvedBy"];
  written: string;
  headLower: string;
  /**
   * Where the reported words start when they come before the mention ("Williams has been charged
   * ..., he said"): an antecedent must come before them, since a name inside them is what the
   * speaker talks about.
   */
  contentStart?: number;
}

/** What the words of a mention no entity covers say (SpeakerResolver.phraseFacts). */
interface PhraseFacts {
  /** The last run of proper nouns (or the name before "of"), null for none. */
  run: [number, number] | null;
  /** The name or capitalised demonym before the head. */
  modifier: [number, number] | null;
  /** Whether that modifier stands before a common-noun head ("the Japanese leadership"). */
  modified: boolean;
  /** An age or nationality describes a person ("the 26-year-old", "the Briton"). */
  byAgeOrNationality: boolean;
  described: "person" | "organization" | undefined;
  /** "the governor", "China's ambassador": refers to one known actor. */
  definite: boolean;
  /** Where it is says nothing of which one ("the St. Louis company"). */
  placed: boolean;
}

export class SpeakerResolver {
  private readonly mentions: MentionRef[];
  /** Speakers in the order their mentions were resolved, each with its mention's span. */
  private readonly recent: SpokenMention[] = [];
  /** Last word of a multi-word name -> the fullest such name, with where it first appears. */
  private readonly fullNames = new Map<string, { name: string; at: number }>();
  /** What the last mention of each spokesperson noun ("a company spokesperson") resolved to. */
  private readonly spokespeople = new Map<string, Known>();
  /** The gender a resolved "he" or "she" showed, by name (a later "she" is not the same person). */
  private readonly learnedGender = new Map<string, string>();
  /** People named as the subject of a clause, in text order. */
  private readonly subjects: Known[] = [];
  /** Organisations named as the subject of a clause, in text order ("Apple reported ..."). */
  private readonly orgSubjects: Known[] = [];

  constructor(private readonly ctx: Ctx) {
    this.mentions = ctx.article.entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start);
    this.scanNames();
    this.scanPersonSubjects();
    this.scanDescribedSubjects();
    this.subjects.sort((x, y) => x.at - y.at);
    this.orgSubjects.sort((x, y) => x.at - y.at);
  }

  /**
   * "The pilot radioed El Paso ... But, he told the skyjackers": a definite description of a role
   * opening its sentence before its verb is a subject too, as the person the article introduced
   * with that role ("a 52-year-old veteran pilot, Byron Rickards"); one the article names with
   * no such role is left alone.
   */
  private scanDescribedSubjects(): void {
    const { ctx } = this;
    for (let s = 0, n = ctx.sent[ctx.n - 1] ?? -1; s <= n; s++) {
      const a = ctx.sentFirst[s];
      if (ctx.lower[a] !== "the" || ctx.titleCase[s]) continue;
      let b = a + 1;
      while (b < ctx.n && b - a <= 3 && ctx.pos[b] === "ADJ") b++;
      if (ctx.pos[b] !== "NOUN" || !ROLE_NOUNS.has(ctx.lower[b]) || !verbFollows(ctx, b)) continue;
      const holder = this.roleHolder(describedRole(ctx, b), ctx.starts[a], "person");
      if (holder?.entity) this.subjects.push({ ...holder, at: ctx.starts[a] });
    }
  }

  /**
   * People the entity layer found, wherever they stand as the subject of a verb ("Buser, however,
   * is counting on ...", "Following the show, Simmons teed up ..."): the likelier antecedents of a
   * later "he" or "she" than an earlier speaker.
   */
  private scanPersonSubjects(): void {
    const { ctx } = this;
    const seen = new Set(this.subjects.map((s) => s.at));
    for (const { start, end, entity } of this.mentions) {
      const org = entity.type === "organization";
      if ((entity.type !== "person" && !org) || seen.has(start)) continue;
      const last = tokenAt(ctx, end) - 1;
      if (last < 0 || ctx.inMark[last] >= 0) continue;
      // (a heading's or a related story's subject is no topic of the text around it: "READ | Phala
      // Phala won't be discussed ...")
      const block = ctx.article.blocks[ctx.block[last]];
      if (block?.type === "heading" || (block && relatedLink(ctx, block.start))) continue;
      // (a body that opens its sentence as the possessor of its subject is its topic: "Volkswagen
      // Group's revenue rose ..." before "the company said")
      const possessor =
        org &&
        /^['’]s$/.test(ctx.lower[last + 1] ?? "") &&
        tokenAt(ctx, start) === ctx.sentFirst[ctx.sent[last]];
      if (!possessor && !verbFollows(ctx, last) && !openingSubject(ctx, tokenAt(ctx, start), last)) continue;
      // the subject of a complement or comparative clause ("didn't know Patrick was coming", "more
      // nervous than Rose-Lynn has ever been") is not the topic, nor is a preposition's object
      // before the verb of its phrase's head ("information about Collins was")
      const before = tokenAt(ctx, start) - 1;
      // ("A freshman named Hailey Puckett posted ...": the name after a naming participle is the
      // subject's own)
      const named = /^(named|called)$/.test(ctx.lower[before]) && ctx.pos[before - 1] === "NOUN";
      if (
        before >= 0 &&
        !named &&
        (ctx.pos[before] === "VERB" || ctx.pos[before] === "ADP" || /^(that|than)$/.test(ctx.lower[before]))
      )
        continue;
      if (org)
        this.orgSubjects.push({ name: entity.name, entity, kind: "organization", at: start, possessor });
      else this.subjects.push({ name: entity.name, entity, kind: "person", at: start });
    }
  }

  /** One pass over the tokens: full names by last word, and people in subject position. */
  private scanNames(): void {
    const { ctx } = this;
    let i = 0;
    while (i < ctx.n) {
      if (ctx.pos[i] !== "PROPN" || ctx.inMark[i] >= 0) {
        i++;
        continue;
      }
      let e = i;
      while (e + 1 < ctx.n && ctx.pos[e + 1] === "PROPN" && ctx.sent[e + 1] === ctx.sent[i]) e++;
      const name = stripTitles(ctx.text.slice(ctx.starts[i], ctx.ends[e]));
      const last = ctx.lower[e];
      const prev = this.fullNames.get(last);
      if (name.includes(" ") && (!prev || prev.name.split(" ").length < name.split(" ").length))
        this.fullNames.set(last, { name, at: ctx.starts[i] });
      const next = ctx.pos[e + 1];
      if (i === ctx.sentFirst[ctx.sent[i]] && (next === "VERB" || next === "AUX")) {
        const ent = this.entityIn(ctx.starts[i], ctx.ends[e]);
        if (!AGENCIES.has(name) && (!ent || ent.type === "person"))
          this.subjects.push({
            name: ent?.name ?? this.fullName(name, ctx.starts[i]),
            entity: ent,
            kind: "person",
            at: ctx.starts[i],
          });
      }
      i = e + 1;
    }
  }

  /** The article's country entity with this name or alias, if any. */
  private countryEntity(name: string): Entity | null {
    if (!this.countries) {
      this.countries = new Map();
      for (const e of this.ctx.article.entities)
        if (e.type === "country") for (const n of [e.name, ...e.aliases]) this.countries.set(n, e);
    }
    return this.countries.get(name) ?? null;
  }
  private countries: Map<string, Entity> | null = null;

  /**
   * A lone surname as the full name it closed before ("Cuban" for "Mark Cuban"); not a body's
   * generic word ("Police" is any police, not "Saginaw Police").
   */
  private fullName(name: string, at: number): string {
    if (name.includes(" ") || ORG_WORD.test(name)) return name;
    const f = this.fullNames.get(name.toLowerCase());
    return f && f.at < at ? f.name : name;
  }

  /** The body named at the head `b` of a phrase with a possessive before it ("Merkel's ... Union"), or null. */
  private possessedHead(a: number, b: number): Entity | null {
    const { ctx } = this;
    let owned = false;
    // (not past an "and": "Mexico's National Seismological Service and the US Geological Survey")
    for (let k = a; k < b; k++)
      if (/^['’]s$/.test(ctx.lower[k])) owned = true;
      else if (ctx.lower[k] === "and") owned = false;
    const head = owned ? this.entityCovering(ctx.starts[b], ctx.ends[b]) : null;
    return head?.type === "organization" ? head : null;
  }

  /** Is [start, end) inside an entity mention? */
  private mentionCovers(start: number, end: number): boolean {
    return this.entityCovering(start, end) !== null;
  }

  /** The entity of a mention that holds [start, end) ("Lewis Ward" when the frame found "Lewis"). */
  private entityCovering(start: number, end: number): Entity | null {
    const ms = this.mentions;
    // mentions are sorted by start and short: look back over those that start near `start`
    for (let k = partitionPoint(ms, (m) => m.start <= start) - 1; k >= 0 && ms[k].start > start - 200; k--)
      if (ms[k].end >= end) return ms[k].entity;
    return null;
  }

  /** The entity with a mention inside [start, end): a person first, then the rightmost. */
  private entityIn(start: number, end: number): Entity | null {
    const ms = this.mentions;
    const lo = partitionPoint(ms, (m) => m.start < start);
    let best: Entity | null = null;
    for (let k = lo; k < ms.length && ms[k].start < end; k++) {
      if (ms[k].end > end) continue;
      const e = ms[k].entity;
      if (!best || e.type === "person" || (best.type !== "person" && e.type === "organization")) best = e;
    }
    return best;
  }

  /**
   * The latest earlier speaker of `kind` (holding the role `word`, agreeing with `pronoun`);
   * `loneNames`: an organisation may also be a lone name of either kind ("the carrier" after
   * "Qantas said").
   */
  private lastKnown(
    kind: "person" | "organization" | "any",
    before: number,
    word?: string,
    pronoun?: string,
    loneNames = false,
  ): Known | null {
    let best: Known | null = null;
    // the discourse window: only the most recent speakers are candidates (keeps the stage linear)
    for (let k = this.recent.length - 1; k >= Math.max(0, this.recent.length - RECENT_WINDOW); k--) {
      const r = this.recent[k];
      if (r.at >= before) continue;
      if (kind !== "any" && r.kind !== kind && !(r.eitherKind && loneNames)) continue;
      if (pronoun && !agrees(r, pronoun, this.learnedGender)) continue;
      // (a description with another head never stands for an unnamed individual: "The Briton said"
      // after "An eye specialist told ...")
      if (!pronoun && !word && r.anonymous && r.kind === "person" && kind === "person") continue;
      if (word && !(r.entity ? holdsRole(r.entity.roles, word) : r.name.toLowerCase().includes(word)))
        continue;
      best = r;
      break;
    }
    if (kind !== "any" && !word) {
      // a person (an organisation) named as a subject after the last speaker is the likelier
      // antecedent of "he" ("the company")
      // (a possessor is a topic for the sentences after its own: in "Ticketron's business is not
      // for sale, the company said", the company is another)
      const subjects =
        kind === "person"
          ? this.subjects
          : this.orgSubjects.filter((x) => !x.possessor || !this.sameSentence(x.at, before));
      const s = this.salientSubject(
        pronoun ? subjects.filter((x) => agrees(x, pronoun, this.learnedGender)) : subjects,
        before,
      );
      if (s && ((s.entity && (!best || s.at > best.at)) || !best)) best = s;
    }
    return best;
  }

  /**
   * The subject of the main clause of the last sentence before `before` that has one: its first
   * subject ("Figgins declined to say whether ... the night Epstein died": Figgins).
   */
  private salientSubject(subjects: readonly Known[], before: number): Known | null {
    const { ctx } = this;
    let k = partitionPoint(subjects, (s) => s.at < before) - 1;
    if (k < 0) return null;
    const sentenceOf = (s: Known) => ctx.sent[tokenAt(ctx, s.at)];
    const sentence = sentenceOf(subjects[k]);
    while (k > 0 && sentenceOf(subjects[k - 1]) === sentence) k--;
    return subjects[k];
  }

  /**
   * Resolves the mention covering tokens [a, b]. `by` overrides how an explicit name is labelled;
   * `contentStart` is where the words attributed to it start (see Mention).
   */
  resolve(a: number, b: number, by: Speaker["resolvedBy"] = "name", contentStart?: number): Speaker {
    const { ctx } = this;
    const owned = this.ownedBy(a, b);
    if (owned) return owned;
    const start = ctx.starts[a];
    const end = ctx.ends[b];
    // "a person familiar with the matter", "officials close to the talks": the head is the noun
    // before the modifying phrase, which names no speaker
    const full = b;
    // (unless the phrase is a title and the person's name: "Secretary of State James Baker")
    if (!titledName(ctx, a) || this.entityCovering(ctx.starts[b], ctx.ends[b])?.type !== "person")
      b = postmodifiedHead(ctx, a, b) ?? b;
    // "the “Jane The Virgin” actress": the title names a show, the words after it the speaker
    let nameFrom = a;
    for (let k = a; k < b; k++) {
      const title = titleModifierEnd(ctx, k, b + 1);
      if (title >= 0) nameFrom = title + 1;
      // "the Atlanta-based airline": the place in a hyphenated modifier is no speaker
      if (hyphenParticiple(ctx, k)) nameFrom = k + 1;
    }
    const named = ctx.starts[nameFrom];
    const m: Mention = {
      a,
      b,
      nameFrom,
      start,
      end,
      by,
      // a name as written, with any run of white space (line breaks, invisible characters) as one space
      written: ctx.text.slice(start, end).replace(INVISIBLE, " ").replace(/\s+/g, " "),
      headLower: ctx.lower[b],
      contentStart: contentStart !== undefined && contentStart < start ? contentStart : undefined,
    };
    if (a === b && RELATIVES.has(m.headLower)) {
      const antecedent = this.relativeAntecedent(m);
      if (antecedent) return antecedent;
    }
    if (a === b && (PRONOUNS.has(m.headLower) || m.headLower in OBJECT_PRONOUNS)) return this.pronoun(m);
    const initialled = a === b ? this.personByInitials(a) : null;
    if (initialled) return this.out(m, initialled.name, initialled, false, "person");
    const and = conjunction(ctx, a, full);
    // (an "and" inside the phrase after the head joins what it modifies: "the maker of Western
    // boots and leather accessories")
    const inModifier = and > b && !/^(DET|PROPN|PRON)$/.test(ctx.pos[and + 1] ?? "");
    // (nor one between two nouns that modify the head: "the luxury airline and casino company")
    // ("Italian tyre and cables giant Pirelli SpA": after an adjective too)
    const modifiers =
      (/^(the|a|an)$/.test(ctx.lower[a]) || ctx.pos[a] === "ADJ") &&
      ctx.pos[and - 1] === "NOUN" &&
      ctx.pos[and + 1] === "NOUN" &&
      b > and + 1 &&
      // (a plural head joins two groups: "Russian soldiers and police officers said")
      !/s$/.test(ctx.lower[b]);
    if (and > 0 && !inModifier && !modifiers && !this.entityCovering(start, end)) return this.joint(m, and);
    // "the embassy in Kabul", "a hospital in Ohio": a body named by what it is and where, as written
    const placed = placedBody(ctx, a, full);
    if (placed) return this.out(m, placed, null, false, "organization");
    // ("Chancellor Angela Merkel's center-right Christian Democratic Union": the possessed body
    // is the head, not its possessor)
    const possessed = this.possessedHead(nameFrom, b);
    const entity = possessed ?? this.entityIn(named, ctx.ends[b]) ?? this.entityCovering(named, ctx.ends[b]);
    // an unnamed group whose modifier names a place or body ("Middle East observers", "Israeli
    // settlers", "experts on jail suicide" as "jail suicide ... experts"): the group speaks, unnamed
    if (
      GROUP_HEAD.test(m.headLower) &&
      ANONYMOUS_HEADS.has(m.headLower) &&
      !this.mentionCovers(ctx.starts[b], ctx.ends[b])
    )
      return this.out(m, m.written, null, true, "group");
    // the entity must name the head of the phrase: in "Russia's foreign ministry" or "GOP
    // legislative leaders" it only says whose ministry or which leaders
    if (entity && entity.type !== "other" && this.mentionCovers(ctx.starts[b], ctx.ends[b]))
      return this.out(m, entity.name, entity, false, entity.type === "person" ? "person" : "organization");
    return this.unlinked(m, entity?.type === "country" ? entity : null);
  }

  /**
   * "His office", "her lawyer", "his spokesman" (the frame leaves the possessive out): the
   * possessor resolved as its pronoun would be, named with the description, as the realnews-dev
   * guidelines name "Eric Holcomb's office" for "His office". Null for other phrases.
   */
  private ownedBy(a: number, b: number): Speaker | null {
    const { ctx } = this;
    const pronoun = POSSESSOR_PRONOUNS[ctx.lower[a - 1] ?? ""];
    const kind = describedKind(ctx.lower[b]);
    if (!pronoun || !kind || ctx.pos[b] !== "NOUN" || ctx.inMark[a - 1] >= 0) return null;
    const start = ctx.starts[a];
    // (the person last named, in this sentence or the one before, before the last speaker:
    // "Teachers didn't see Holcomb at the Statehouse. His office said")
    const owner =
      this.personJustBefore(pronoun, start) ?? this.lastKnown("person", start, undefined, pronoun);
    if (!owner) return null;
    const written = ctx.text.slice(start, ctx.ends[b]).replace(/\s+/g, " ");
    const name = `${owner.name}'s ${written}`;
    this.recent.push({ name, entity: null, kind, at: start, end: ctx.ends[b] });
    // (people of whom the article names none stay unnamed, "his advisers"; one with a unique role
    // does not, "her lawyer": the realnews-dev guidelines' "Morrison's lawyer")
    const unnamedPeople = kind === "person" && singularOf(ctx.lower[b]) !== ctx.lower[b];
    return {
      start: ctx.starts[a - 1],
      end: ctx.ends[b],
      name,
      entity: null,
      anonymous: unnamedPeople,
      resolvedBy: "pronoun",
    };
  }

  /**
   * A joint source ("Holcomb and GOP legislative leaders", "both NBC News and Bloomberg"): each
   * conjunct resolved on its own, named together; anonymous when both parts are.
   */
  private joint(m: Mention, and: number): Speaker {
    const { ctx } = this;
    const from = ctx.lower[m.a] === "both" ? m.a + 1 : m.a;
    const last = tokenAt(ctx, m.end) - 1;
    // "U.S. and British officials": two modifiers of one unnamed group, which speaks unnamed
    const modifierOnly = from === and - 1 && (ctx.pos[from] === "PROPN" || DEMONYMS.has(ctx.lower[from]));
    if (modifierOnly && last > and + 1 && ANONYMOUS_HEADS.has(ctx.lower[last]))
      return this.out(m, m.written.replace(/^both\s+/i, ""), null, true, "group");
    // each name of a list ("Apple, Google and Microsoft") on its own
    const parts: Speaker[] = [];
    let a = from;
    for (let k = from; k < and; k++) {
      if (ctx.lower[k] !== ",") continue;
      if (k > a) parts.push(this.resolve(a, k - 1, m.by));
      a = k + 1;
    }
    if (a < and) parts.push(this.resolve(a, and - 1, m.by));
    const second = this.resolve(and + 1, last, m.by);
    const name = `${parts.map((x) => x.name).join(", ")} and ${second.name}`;
    const anonymous = parts.every((x) => x.anonymous) && second.anonymous;
    if (!anonymous) this.recent.push({ name, entity: null, kind: "group", at: m.start, end: m.end });
    return { start: m.start, end: m.end, name, entity: null, anonymous, resolvedBy: m.by };
  }

  /** Records a resolved mention as the latest speaker (unless anonymous) and returns it. */
  private out(
    m: Mention,
    name: string,
    entity: Entity | null,
    anonymous: boolean,
    kind: Known["kind"],
  ): Speaker {
    // an unnamed group ("officials") is the likeliest antecedent of a "they" after it
    if (!anonymous || kind === "group")
      this.recent.push({ name, entity, kind, at: m.start, end: m.end, anonymous });
    if (kind === "person" && !anonymous) this.learnGenderFromDescription(m, name);
    return { start: m.start, end: m.end, name, entity: entity?.id ?? null, anonymous, resolvedBy: m.by };
  }

  /**
   * "9/11 widow Terry Strada", "Sen. Jane Doe, chairwoman of": a gendered noun or a role in
   * "-woman" in the mention says which pronoun the person takes, over what the given name suggests
   * (Terry is given to both). A role in "-man" only where the given name says nothing: news copy
   * writes "Trump spokesman Hope Hicks", "listed as the chairman".
   */
  private learnGenderFromDescription(m: Mention, name: string): void {
    const { ctx } = this;
    const unknown = genderOf(name) === null;
    for (let k = m.a; k <= m.b; k++) {
      const w = ctx.lower[k];
      const role = !ROLE_NOUNS.has(w)
        ? null
        : /woman$/.test(w)
          ? "she"
          : unknown && /man$/.test(w)
            ? "he"
            : null;
      const pronoun = GENDERED_NOUNS.get(w) ?? role;
      if (pronoun && ctx.pos[k] === "NOUN") {
        this.learnedGender.set(name, pronoun);
        return;
      }
    }
  }

  /** The mention resolved to an earlier speaker `target` (a pronoun or a description). */
  private refer(m: Mention, target: Known, resolvedBy: "pronoun" | "description"): Speaker {
    this.recent.push({ ...target, at: m.start, end: m.end });
    return {
      start: m.start,
      end: m.end,
      name: target.name,
      entity: target.entity?.id ?? null,
      anonymous: target.anonymous ?? false,
      resolvedBy,
    };
  }

  /**
   * A relative pronoun ("a surrogate who said", "the resolution, which said") stands for the noun
   * phrase before it: the mention stays as written, the name is the antecedent's.
   */
  private relativeAntecedent(m: Mention): Speaker | null {
    const { ctx } = this;
    const person = ctx.lower[m.a] === "who" ? this.personBeforeAppositive(m.a) : null;
    const byTree = person ?? treeAntecedent(ctx, m.a);
    if (byTree)
      return {
        ...this.resolve(byTree[0], byTree[1], m.by),
        start: m.start,
        end: m.end,
        resolvedBy: "pronoun",
      };
    let k = m.a - 1;
    if (k >= 0 && ctx.lower[k] === ",") k--;
    const lo = ctx.sentFirst[ctx.sent[m.a]];
    if (k < lo || k < 0 || !["NOUN", "PROPN"].includes(ctx.pos[k]) || ctx.sent[k] !== ctx.sent[m.a])
      return null;
    const np = npLeft(ctx, k, lo);
    const ant = this.resolve(np[0], np[1], m.by);
    return { ...ant, start: m.start, end: m.end, resolvedBy: "pronoun" };
  }

  /**
   * "Tom Perez, chairman of the DNC, who said", "Christine Blasey Ford, 51, who claims": "who"
   * after an appositive stands for the person named before it (not the body or age the appositive
   * ends with); null when no person the entity layer found is named there.
   */
  private personBeforeAppositive(rel: number): [number, number] | null {
    const { ctx } = this;
    const lo = ctx.sentFirst[ctx.sent[rel]];
    if (rel - 2 < lo) return null;
    // ("Hunter Richard, the 16-year-old teen who says": the relative inside the appositive)
    if (ctx.lower[rel - 1] !== ",") return this.personOpeningAppositive(rel, lo);
    // the person is right there (the usual rules), unless the name is a preposition's object
    // ("the spokesman for the Filial Correction, who")
    const before = npLeft(ctx, rel - 2, lo);
    if (ctx.nonAgent[rel - 2] === 2 && ctx.pos[before[0] - 1] !== "ADP") return null;
    for (let k = rel - 2; k > lo && k >= rel - MAX_APPOSITIVE; k--) {
      if (ctx.lower[k] !== ",") continue;
      return ctx.nonAgent[k - 1] === 2 ? npLeft(ctx, k - 1, lo) : null;
    }
    return null;
  }

  /** The person named before ", the ..." when `rel` is inside that appositive, else null. */
  private personOpeningAppositive(rel: number, lo: number): [number, number] | null {
    const { ctx } = this;
    const comma = appositiveOpening(ctx, rel, MAX_APPOSITIVE);
    return comma > lo && ctx.nonAgent[comma - 1] === 2 ? npLeft(ctx, comma - 1, lo) : null;
  }

  /**
   * "An incredulous Carlson asked fellow guest Catherine Lombardo ... “...,” she said.": when the
   * antecedent found has no known gender and has not spoken yet, a person of the pronoun's known
   * gender named in the sentence before the pronoun's (or earlier in its own) is the likelier one;
   * null when none is.
   */
  private knownGenderNearby(target: Known, pronoun: string, at: number): Known | null {
    const { ctx } = this;
    if ((this.learnedGender.get(target.name) ?? genderOf(target.name)) !== null) return null;
    // (a speaker already quoted keeps the pronoun: "Figgins said ... Thomas ... he said")
    if (this.spokeRecently(target.name)) return null;
    const sentence = ctx.sent[tokenAt(ctx, at)];
    const ms = this.mentions;
    for (let k = partitionPoint(ms, (x) => x.start < at) - 1; k >= 0; k--) {
      const s = ctx.sent[tokenAt(ctx, ms[k].start)];
      if (s < sentence - 1) break;
      const e = ms[k].entity;
      if (e.type !== "person" || e.name === target.name) continue;
      if ((this.learnedGender.get(e.name) ?? genderOf(e.name)) === pronoun && ms[k].start > target.at)
        return this.inMainClause(target.at, ms[k].start)
          ? { name: e.name, entity: e, kind: "person", at: ms[k].start }
          : null;
    }
    return null;
  }

  /**
   * With no speaker or subject before it to refer to, "he" or "she" is the last person named in its
   * sentence or the one before whose gender does not contradict it ("practically no one noticed
   * Louis Farrakhan's address, in which he told ...").
   */
  private personJustBefore(pronoun: string, at: number): Known | null {
    const { ctx } = this;
    const sentence = ctx.sent[tokenAt(ctx, at)];
    const ms = this.mentions;
    for (let k = partitionPoint(ms, (x) => x.start < at) - 1; k >= 0; k--) {
      if (ctx.sent[tokenAt(ctx, ms[k].start)] < sentence - 1) break;
      const e = ms[k].entity;
      const gender = this.learnedGender.get(e.name) ?? genderOf(e.name);
      // (a person named more than once, or by a given name: a title-cased phrase the entity layer
      // took for a name, "Unethical Sham", is neither)
      const named = e.mentions.length > 1 || gender !== null;
      if (e.type === "person" && named && (gender === null || gender === pronoun))
        return { name: e.name, entity: e, kind: "person", at: ms[k].start };
    }
    return null;
  }

  /**
   * A transcript's speaker label in initials ("DB:", "JP:" after "Dennis Bernstein:" and "John
   * Pilger:"): the person named earlier with those initials. Only a word that stands before a colon
   * wherever it occurs is read so, since an acronym elsewhere names a body ("AP", "UN").
   */
  private personByInitials(k: number): Entity | null {
    const { ctx } = this;
    const word = ctx.words[k];
    if (!/^\p{Lu}{2,3}$/u.test(word) || ctx.lower[k + 1] !== ":") return null;
    for (let j = 0; j < ctx.n; j++) if (ctx.words[j] === word && ctx.lower[j + 1] !== ":") return null;
    const matches = ctx.article.entities.filter(
      (e) =>
        e.type === "person" &&
        e.mentions[0].start < ctx.starts[k] &&
        e.name
          .split(/\s+/)
          .map((part) => part[0])
          .join("") === word,
    );
    return matches.length === 1 ? matches[0] : null;
  }

  /** Has `name` spoken among the last speakers (the discourse window of `lastKnown`)? */
  private spokeRecently(name: string): boolean {
    for (let k = this.recent.length - 1; k >= Math.max(0, this.recent.length - RECENT_WINDOW); k--)
      if (this.recent[k].name === name) return true;
    return false;
  }

  /** No subordinate clause opens between `from` and `to` ("declined to address whether ... Epstein died"). */
  private inMainClause(from: number, to: number): boolean {
    const { ctx } = this;
    for (let k = tokenAt(ctx, from); k < ctx.n && ctx.starts[k] < to; k++)
      if (SUBORDINATORS.has(ctx.lower[k]) || QUESTION_WORDS.has(ctx.lower[k]) || ctx.lower[k] === "that")
        return false;
    return true;
  }

  /** A personal pronoun: the last compatible speaker (a person for "he", anyone for "they"). */
  private pronoun(m: Mention): Speaker {
    const p = PRONOUNS.get(m.headLower) ? m.headLower : OBJECT_PRONOUNS[m.headLower];
    const kind = PRONOUNS.get(p);
    // (a body names itself in its own words, "G.M.R. has a 30-year history ..., it said"; a person
    // rarely does)
    // (nor one in the participle phrase that opens its own sentence, whose subject the pronoun is:
    // "Addressing a Trade Conclave organised by India Exim Bank, she said")
    const before = Math.min(
      kind === "person" ? (m.contentStart ?? m.start) : m.start,
      this.openingParticipleStart(m.a),
    );
    const target =
      kind === "person"
        ? this.lastKnown("person", before, undefined, p)
        : kind === "organization"
          ? (this.messageJustBefore(m) ?? this.lastKnown("organization", before))
          : kind === "group" && p === "they"
            ? this.lastKnown("any", before)
            : null;
    // an unnamed person introduced since ("spoke to one mother ... she said"): anonymous
    const unnamed = p === "he" || p === "she" ? this.unnamedPerson(p, m.start) : null;
    // (not one named in the sentence where the target spoke: "Richard told WOAI that ... as a man
    // removed it. “...,” he told the station": the man is in what Richard said)
    // (nor one the target is named again after: "... one man, aged 25 - died at the scene. ...
    // Chief Superintendent Hanlon it was a horrifying scene. “...,” he said")
    if (
      unnamed &&
      (!target ||
        (unnamed.at > target.at &&
          !this.sameSentence(unnamed.at, target.at) &&
          !this.namedBetween(target.entity, unnamed.at, m.start)))
    )
      return {
        start: m.start,
        end: m.end,
        name: unnamed.name,
        entity: null,
        anonymous: true,
        resolvedBy: "pronoun",
      };
    const antecedent = target ?? (p === "he" || p === "she" ? this.personJustBefore(p, m.start) : null);
    if (antecedent) {
      const gendered = p === "he" || p === "she" ? this.knownGenderNearby(antecedent, p, m.start) : null;
      const chosen = gendered ?? antecedent;
      if (p === "he" || p === "she") this.learnedGender.set(chosen.name, p);
      return this.refer(m, chosen, "pronoun");
    }
    const group = p === "they" ? this.groupSubjectBefore(m.start) : null;
    if (group) return { ...group, start: m.start, end: m.end };
    // unresolved: the pronoun as written, never an antecedent of a later pronoun ("she" after "he")
    return {
      start: m.start,
      end: m.end,
      name: m.written,
      entity: null,
      anonymous: false,
      resolvedBy: "pronoun",
    };
  }

  /**
   * "The Glasgow Times received a statement from the council. It stated that ...": a sentence-opening
   * "it" after a sentence whose last message ("a statement", "a letter") came from someone or was
   * put out by its subject ("The council issued a statement.") is that message, spoken by its
   * sender. Null when the sentence before holds no such message.
   */
  private messageJustBefore(m: Mention): Known | null {
    const { ctx } = this;
    const sentence = ctx.sent[m.a];
    if (m.a !== ctx.sentFirst[sentence] || sentence === 0) return null;
    const from = ctx.sentFirst[sentence - 1];
    for (let k = ctx.sentLast[sentence - 1]; k > from; k--) {
      if (!SENT_NOUNS.has(ctx.lower[k]) || !/^(a|an|the)$/.test(ctx.lower[k - 1])) continue;
      const sender = /^(from|by)$/.test(ctx.lower[k + 1])
        ? npRight(ctx, k + 2, ctx.sentLast[sentence - 1] + 1)
        : null;
      const issuer =
        !sender && PUBLISHING_FORMS.has(ctx.lower[k - 2] ?? "") ? subjectLeft(ctx, k - 2, from) : null;
      const who = sender ?? issuer;
      if (!who) return null;
      // (the sender as the entity layer names it, else as written: "council")
      const named = lastPropnRun(ctx, who[0], who[1]) ?? who;
      const entity = this.entityCovering(ctx.starts[named[0]], ctx.ends[named[1]]);
      const written = ctx.text.slice(ctx.starts[who[0]], ctx.ends[who[1]]).replace(DETERMINERS, "");
      return { name: entity?.name ?? written, entity, kind: "organization", at: ctx.starts[who[0]] };
    }
    return null;
  }

  /**
   * Where the sentence of the subject pronoun at token `k` starts when it opens with a participle
   * phrase that ends right before the pronoun ("Speaking to reporters in Lagos, he", "After meeting
   * Biden, she"); the phrase's own understood subject is the pronoun. Infinity otherwise.
   */
  private openingParticipleStart(k: number): number {
    const { ctx } = this;
    const f = ctx.sentFirst[ctx.sent[k]];
    const verb = /^(after|before|upon|on|while|since|when)$/.test(ctx.lower[f]) ? f + 1 : f;
    const participle = ctx.pos[verb] === "VERB" && /ing$/.test(ctx.lower[verb]);
    if (!participle || ctx.lower[k - 1] !== ",") return Number.POSITIVE_INFINITY;
    // (one comma: the phrase is the whole stretch before the pronoun)
    for (let j = verb + 1; j < k - 1; j++)
      if (ctx.lower[j] === "," || ctx.pos[j] === "AUX") return Number.POSITIVE_INFINITY;
    return ctx.starts[f];
  }

  /**
   * "Hundreds of students protested ... They described the increment as arbitrary": with no actor
   * to refer to, "they" is the unnamed group that opens the sentence before as its subject (a
   * plural common noun before the verb or an appositive), anonymous; null when there is none.
   */
  private groupSubjectBefore(at: number): Speaker | null {
    const { ctx } = this;
    const sentence = ctx.sent[tokenAt(ctx, at)];
    if (sentence === 0) return null;
    const a = ctx.sentFirst[sentence - 1];
    if (a < 0) return null;
    let head = a;
    while (head + 1 <= ctx.sentLast[sentence - 1] && /^(DET|ADJ|NUM|NOUN|ADP)$/.test(ctx.pos[head + 1]))
      head++;
    // (the verb may come after an appositive: "The protesters, comprising students ..., held")
    const verbNext = /^(VERB|AUX)$/.test(ctx.pos[head + 1] ?? "") || ctx.lower[head + 1] === ",";
    if (ctx.pos[head] !== "NOUN" || !/s$/.test(ctx.lower[head]) || !verbNext) return null;
    if (this.mentionCovers(ctx.starts[a], ctx.ends[head])) return null;
    const name = ctx.text.slice(ctx.starts[a], ctx.ends[head]);
    return { start: 0, end: 0, name, entity: null, anonymous: true, resolvedBy: "pronoun" };
  }

  /** How many sentences after an indefinite description the person it introduces may be named. */
  private static readonly NAMED_WITHIN = 2;

  /** The person whose role is the head of the indefinite description `m`, named in the next sentences. */
  private namedNext(m: Mention): Entity | null {
    const { ctx } = this;
    const last = Math.min(ctx.sent[m.b] + SpeakerResolver.NAMED_WITHIN, ctx.sent[ctx.n - 1]);
    const to = ctx.ends[ctx.sentLast[last]];
    return this.roleIndex().nextHolder(describedRole(ctx, m.b), m.end, to)?.entity ?? null;
  }

  /**
   * "..., the Commons Speaker has suggested. Sir Lindsay Hoyle was speaking ...": a role no one
   * named before holds, at the end of the article's first report, is the person who opens the next
   * sentence as its subject; null otherwise.
   */
  private openerOfNext(m: Mention, described: "person" | "organization"): Known | null {
    const { ctx } = this;
    if (described !== "person" || this.recent.length > 0 || /s$/.test(m.headLower)) return null;
    const next = ctx.sent[m.b] + 1;
    const first = ctx.sentFirst[next];
    if (first === undefined || first < 0) return null;
    // (after the capitalised title that names them: "Hanyang University Professor Park Jae-keun")
    const s = this.subjects.find((x) => {
      const k = tokenAt(ctx, x.at);
      if (k < first || k - first > MAX_TITLE_BEFORE_OPENER || ctx.sent[k] !== next) return false;
      for (let j = first; j < k; j++) if (!isCap(ctx.words[j])) return false;
      return true;
    });
    return s?.entity ? { ...s, at: m.start } : null;
  }

  /** The last person introduced before `before` by an indefinite gendered noun that `pronoun` fits. */
  private unnamedPerson(pronoun: string, before: number): { name: string; at: number } | null {
    this.unnamed ??= indefinitePersons(this.ctx);
    const list = this.unnamed.filter((u) => u.pronoun === pronoun);
    const k = partitionPoint(list, (u) => u.at < before) - 1;
    return k >= 0 ? list[k] : null;
  }
  private unnamed: { name: string; at: number; pronoun: string }[] | null = null;

  /** Is `entity` mentioned between character offsets `from` and `to`? */
  private namedBetween(entity: Entity | null, from: number, to: number): boolean {
    return entity?.mentions.some((x) => x.start > from && x.start < to) ?? false;
  }

  /**
   * A mention no entity covers: a description ("the minister") of an earlier speaker, an anonymous
   * source ("officials", "a senior official"), a demonym's country ("the French side"), a name the
   * entity layer missed, or a common noun phrase as written.
   */
  private unlinked(m: Mention, country: Entity | null): Speaker {
    const facts = this.phraseFacts(m);
    return (
      this.referredBack(m, facts) ?? this.unnamedIndividual(m, facts) ?? this.asWritten(m, facts, country)
    );
  }

  /** What the words of an unlinked mention say: its name run, modifier, kind of description. */
  private phraseFacts(m: Mention): PhraseFacts {
    const { ctx } = this;
    const { a, b, headLower, nameFrom } = m;
    let run = lastPropnRun(ctx, nameFrom, b);
    // a date is no name ("A Nov. 29 report said"), nor a capitalised title ("the Prime Minister")
    if (run && run[0] === run[1] && CALENDAR_WORDS.has(ctx.lower[run[0]].replace(/\.$/, ""))) run = null;
    if (run && onlyTitleWords(ctx, run)) run = null;
    // "Paul Sperry of Counter Jihad": the name before "of" is the person
    const head = firstPropnRun(ctx, nameFrom, b);
    if (head && head[1] < b && ctx.lower[head[1] + 1] === "of") run = head;
    // the name (or capitalised demonym: "French") before a common-noun head
    const modifier = run ?? demonymIn(ctx, a, b);
    const modified = modifier !== null && premodifiedHead(ctx, modifier[1], b);
    // ("the 26-year-old", "the Briton": an age or a nationality describes a person)
    const byAgeOrNationality = personByAgeOrNationality(ctx, m);
    const described = describedKind(headLower) ?? (byAgeOrNationality ? "person" : undefined);
    // definite: "the governor", or a possessor's ("China's ambassador to Britain")
    // ("The Portland, Ore., thrift said": the determiner before the place that opens the phrase)
    const afterPlace = theBeforePlace(ctx, a);
    // (or headline English with no article, a sentence opened by a modified role: "Pakistan
    // captain talked about ...")
    const bareRole =
      a === ctx.sentFirst[ctx.sent[a]] &&
      b > a &&
      /^(PROPN|ADJ)$/.test(ctx.pos[a]) &&
      ctx.pos[b] === "NOUN" &&
      ROLE_NOUNS.has(headLower);
    const definite =
      DEFINITE.test(ctx.lower[a]) || (b > a && /^['’]s$/.test(ctx.lower[b - 1])) || afterPlace || bareRole;
    // ("the St. Louis company", "the Texas senator": where it is says nothing of which one)
    const placed =
      afterPlace || (modifier !== null && allPlaces(ctx, modifier) && !this.personNamed(modifier));
    return { run, modifier, modified, byAgeOrNationality, described, definite, placed };
  }

  /**
   * A description that refers back to someone named or spoken before: "the spokesperson" again,
   * "the minister", "the trust", a spokesperson's body, a report's or a statement's author. Null
   * when it refers to no one.
   */
  private referredBack(m: Mention, f: PhraseFacts): Speaker | null {
    const { ctx } = this;
    const { a, b, headLower } = m;
    const { run, described } = f;
    // "the spokesperson said" again: the one a spokesperson mention named before, whoever spoke
    // in between ("said Priscilla Hill-Ardoin, chief privacy officer")
    const spokesperson = this.spokespeople.get(headLower);
    if (spokesperson && a === b - 1 && ctx.lower[a] === "the")
      return { ...this.refer(m, { ...spokesperson, at: m.start }, "description"), anonymous: false };
    // ("the Commons Speaker": a capitalised role closing the name run is still a description)
    const roleRun =
      run !== null && run[1] === b && run[0] > a && described === "person" && !this.personNamed(run);
    if (described && f.definite && (!run || run[1] < b || f.byAgeOrNationality || roleRun)) {
      const target =
        this.describedOne(m, described, f.modified && !f.placed, f.placed) ?? this.openerOfNext(m, described);
      if (target) return this.refer(m, target, "description");
    }
    const pairKind = described ?? (GENDERED_NOUNS.has(singularOf(headLower)) ? "person" : undefined);
    const pair = pairKind && !run ? this.pairDescribed(m, pairKind) : null;
    if (pair) return pair;
    const organisation = this.spokespersonFor(m);
    // (the spokesperson is a person all the same: "he said" after "a spokesman with the police")
    const body = this.recent.at(-1);
    if (organisation && SPOKESPERSON_NOUNS.has(m.headLower) && body?.name === organisation.name) {
      this.recent.push({ ...body, kind: "person", at: m.start, end: m.end });
      this.spokespeople.set(m.headLower, body);
    }
    if (organisation) return organisation;
    const determiner = ctx.lower.slice(a, b).join(" ");
    if (
      REPORT_NOUNS.has(headLower) &&
      (/^(the|this)$/.test(determiner) || ANOTHER_MESSAGE.test(determiner))
    ) {
      const author =
        this.earlierReportAuthor(b) ??
        (headLower === "statement" || headLower === "release" ? this.statementIssuer(m) : null);
      if (author) return author;
    }
    return null;
  }

  /**
   * An unnamed individual or group ("an agency journalist in the area", "one resident",
   * "officials"), anonymous, unless the next sentences name the role's holder ("A federal judge
   * ... U.S. District Judge Patti Saris said") or a gendered description is the person who spoke
   * just before ("The mother of two told"). Null for other phrases.
   */
  private unnamedIndividual(m: Mention, f: PhraseFacts): Speaker | null {
    const { ctx } = this;
    const { a, b, headLower } = m;
    const { run, described } = f;
    // "an agency journalist in the area", "one resident", "one U.S. crew chief": an unnamed
    // individual, not identified (a name before the head only says where from); so is "the man",
    // "the patient" that refers to no one named before ("Morrison's lawyer" is identified)
    const indefinite = /^(a|an|one)$/.test(ctx.lower[a]);
    // "A federal judge on Wednesday signaled ... U.S. District Judge Patti Saris said": a role the
    // next sentences give a named person is that person (the realnews guidelines' "Defense
    // attorneys said ..." resolved to the attorneys the following sentences name)
    // (only one that opens its sentence: mid-sentence, "X, a former governor who ..., said" has its
    // person before it, and "Clinton, a top aide said," is unnamed)
    const opens = a === ctx.sentFirst[ctx.sent[a]];
    if (
      opens &&
      indefinite &&
      ctx.lower[a] !== "one" &&
      described === "person" &&
      !ANONYMOUS_HEADS.has(headLower)
    ) {
      const named = this.namedNext(m);
      if (named) return this.out(m, named.name, named, false, "person");
    }
    // "Toni Dey, 19, said she heard screaming. The mother of two told ...": a definite gendered
    // noun is the named person of its gender who spoke in the sentence before
    const gender = GENDERED_NOUNS.get(headLower);
    if (DEFINITE.test(ctx.lower[a]) && gender && !run) {
      const last = this.lastKnown("person", m.start, undefined, gender);
      if (last?.entity && !last.anonymous && ctx.sent[a] - ctx.sent[tokenAt(ctx, last.at)] <= 1)
        return this.refer(m, last, "description");
    }
    // ("with one even talking of victory": a bare "one" is one of a group, unnamed)
    const bareOne = a === b && headLower === "one";
    // ("the official": one of many; "the chief executive": a title, one person)
    const genericPerson =
      GENDERED_NOUNS.has(headLower) || (ANONYMOUS_HEADS.has(`${headLower}s`) && !TITLES.has(headLower));
    const unresolvedDefinite = DEFINITE.test(ctx.lower[a]) && genericPerson;
    // ("..., a county health official said Thursday. Carlo Nevicosi, deputy director of ..., said
    // ...": the article's first report by an official or an expert, identified in the next sentence)
    const identified =
      indefinite && ctx.lower[a] !== "one" && ROLE_NOUNS.has(headLower)
        ? this.openerOfNext(m, "person")
        : null;
    if (identified) return this.refer(m, identified, "description");
    if (
      (indefinite || unresolvedDefinite) &&
      (described === "person" || genericPerson || bareOne) &&
      (!run || run[1] < b)
    ) {
      this.recent.push({
        name: m.written,
        entity: null,
        kind: "person",
        at: m.start,
        end: m.end,
        anonymous: true,
      });
      return this.out(m, m.written, null, true, "person");
    }
    const hasMarker = ctx.lower.slice(a, b + 1).some((w) => ANONYMOUS_MARKERS.has(w));
    // (people by their nationality, "Some Kenyans", "Many Americans", are an unnamed group too)
    const nationals = run !== null && run[0] === run[1] && run[1] === b && pluralNationality(headLower);
    if ((ANONYMOUS_HEADS.has(headLower) && (!run || run[1] < b)) || (hasMarker && !run) || nationals)
      return this.out(m, m.written, null, true, "group");
    return null;
  }

  /** The phrase as written: a body by its head with its owner, a name the entity layer missed, a common noun phrase. */
  private asWritten(m: Mention, f: PhraseFacts, country: Entity | null): Speaker {
    const { ctx } = this;
    const { run, modifier, described } = f;
    // "the Japanese leadership", "Russia's foreign ministry", "Company management": the common-noun
    // head speaks, named as written (never as the bare modifier); a country it belongs to (by
    // demonym or name) is its entity
    if (modifier && f.modified) {
      const demonym = modifier[0] === modifier[1] && DEMONYMS.has(ctx.lower[modifier[0]]);
      const owner = demonym ? this.countryEntity(DEMONYM_COUNTRY.get(ctx.lower[modifier[0]]) ?? "") : country;
      const bare = m.written.replace(DETERMINERS, "");
      return this.out(m, bare, owner, false, described === "person" ? "person" : "organization");
    }
    if (run) {
      const runText = stripTitles(ctx.text.slice(ctx.starts[run[0]], ctx.ends[run[1]]));
      const isOrg = AGENCIES.has(runText) || ORG_WORD.test(runText);
      const speaker = this.out(
        m,
        this.fullName(runText, m.start),
        null,
        false,
        isOrg ? "organization" : "person",
      );
      // (one word that is only ever a name, singular, and no entity: a company as likely as a
      // surname, "Qantas said"; not "Republicans", "Latinos")
      const last = this.recent.at(-1);
      if (!isOrg && run[0] === run[1] && last?.at === m.start && singularName(runText))
        last.eitherKind = true;
      return speaker;
    }
    const bare = m.written.replace(DETERMINERS, "");
    // a common noun phrase ("the campaign", "the report") is no antecedent for "he" or "she"
    const kind = described === "organization" ? "organization" : described === "person" ? "person" : "group";
    return this.out(m, isCap(bare) ? bare : m.written, null, false, kind);
  }

  /** Are the words [a, b] a person's name or surname in this article ("the Trump administration")? */
  private personNamed([a, b]: [number, number]): boolean {
    if (!this.personNames) {
      this.personNames = new Set();
      for (const e of this.ctx.article.entities)
        if (e.type === "person") {
          this.personNames.add(e.name);
          if (e.name.includes(" ")) this.personNames.add(e.name.slice(e.name.lastIndexOf(" ") + 1));
        }
    }
    return this.personNames.has(this.ctx.text.slice(this.ctx.starts[a], this.ctx.ends[b]));
  }
  /** People's full names and surnames, built on first use. */
  private personNames: Set<string> | null = null;

  /**
   * "The companies said", "both leaders", "the two men": a plural description refers to the last
   * two actors of its kind the article joined with "and" ("General Motors and Ford reported ...")
   * within the last few paragraphs, who speak together; null when there are none.
   */
  private pairDescribed(m: Mention, described: "person" | "organization"): Speaker | null {
    const { ctx } = this;
    const singular = singularOf(m.headLower);
    const opening = ctx.lower.slice(m.a, m.b).join(" ");
    if (singular === m.headLower || !PAIR_OPENINGS.has(opening)) return null;
    // people only as "the two men" or by a role both hold ("the senators" for Sen. X and Sen. Y)
    const fits = (e: Entity) =>
      described === "organization"
        ? e.type === "organization"
        : e.type === "person" && (GENDERED_NOUNS.has(singular) || holdsRole(e.roles, singular));
    const block = ctx.block[tokenAt(ctx, m.start)];
    const near = (at: number) => block - ctx.block[tokenAt(ctx, at)] <= PAIR_BLOCKS;
    const named = this.namedPair(m.start, fits, near);
    // a joint source that spoke before ("Ratners and Weisfield's said ..."), for a description any
    // pair of its kind fits ("the companies", "the two men", "the two leaders"; not "the candidates")
    let spoke: Known | undefined;
    for (
      let k = this.recent.length - 1;
      k >= Math.max(0, this.recent.length - RECENT_WINDOW) && !spoke;
      k--
    ) {
      const r = this.recent[k];
      if (r.kind === "group" && !r.entity && r.at < m.start) spoke = r;
    }
    const anyPair = described === "organization" || GENDERED_NOUNS.has(singular) || /two|both/.test(opening);
    const joint = anyPair && spoke && / and /.test(spoke.name) && near(spoke.at) ? spoke : null;
    const pair =
      (joint && (!named || joint.at > named.at) ? joint.name : named?.name) ??
      (described === "organization"
        ? this.onlyTwo(m.start, fits, (at) => block - ctx.block[tokenAt(ctx, at)] <= 2)
        : null);
    if (!pair) return null;
    this.recent.push({ name: pair, entity: null, kind: "group", at: m.start, end: m.end });
    return {
      start: m.start,
      end: m.end,
      name: pair,
      entity: null,
      anonymous: false,
      resolvedBy: "description",
    };
  }

  /**
   * "Montedison S.p.A. agreed to buy Erbamont N.V. ... The companies said": where this paragraph and
   * the two before name exactly two actors that `fits` accepts, joined or not, the two; else null.
   */
  private onlyTwo(
    before: number,
    fits: (e: Entity) => boolean,
    near: (at: number) => boolean,
  ): string | null {
    const seen: Entity[] = [];
    for (let k = partitionPoint(this.mentions, (x) => x.start < before) - 1; k >= 0; k--) {
      const { start, entity } = this.mentions[k];
      if (!near(start)) break;
      if (!fits(entity) || seen.includes(entity)) continue;
      seen.unshift(entity);
      if (seen.length > 2) return null;
    }
    return seen.length === 2 ? `${seen[0].name} and ${seen[1].name}` : null;
  }

  /** The last two actors that `fits` accepts, joined by "and" before `before`, while `near` holds. */
  private namedPair(
    before: number,
    fits: (e: Entity) => boolean,
    near: (at: number) => boolean,
  ): { name: string; at: number } | null {
    const ms = this.mentions;
    const between = (k: number) => this.ctx.text.slice(ms[k - 1].end, ms[k].start);
    for (let k = partitionPoint(ms, (x) => x.start < before) - 1; k > 0 && near(ms[k].start); k--) {
      const [first, second] = [ms[k - 1].entity, ms[k].entity];
      if (first === second || !fits(first) || !fits(second) || !PAIR_JOINT.test(between(k))) continue;
      // the last two of a longer list ("Cleveland, Cincinnati and Columbus") are no pair
      if (k > 1 && /^, $/.test(between(k - 1))) continue;
      return { name: `${first.name} and ${second.name}`, at: ms[k - 1].start };
    }
    return null;
  }

  /**
   * "The report claims ..." after "a report from DigiTimes" / "a DigiTimes report" / "a report in
   * the Argus Leader": the author of the last report the article named, within the last few
   * paragraphs; null when none is named.
   */
  private earlierReportAuthor(head: number): Speaker | null {
    const { ctx } = this;
    const word = ctx.lower[head];
    const from = Math.max(0, head - REPORT_LOOKBACK);
    for (let k = head - 1; k >= from && ctx.block[head] - ctx.block[k] <= 2; k--) {
      if (ctx.lower[k] !== word) continue;
      let author = k > 0 && ctx.pos[k - 1] === "PROPN" ? npLeft(ctx, k - 1, from) : null;
      // (or a body by its description, "a tweet from the department", or by its owner's, "a report
      // from the State Department's inspector general")
      if (!author && /^(from|by|in|of)$/.test(ctx.lower[k + 1] ?? "")) {
        const run = firstPropnRun(ctx, k + 2, k + 6);
        const owner = run !== null && /^['’]s$/.test(ctx.lower[run[1] + 1] ?? "");
        const described = /^(from|by)$/.test(ctx.lower[k + 1]) && ctx.lower[k + 2] === "the";
        author = described && (!run || owner) ? npRight(ctx, k + 2, k + 9) : run;
      }
      // "MGM Resorts issued a statement": the subject of the verb the report is the object of
      // (a verb that puts it out: not "received a threatening letter")
      const verb = npLeft(ctx, k, from)[0] - 1;
      if (!author && verb > from && ctx.pos[verb] === "VERB" && PUBLISHING_FORMS.has(ctx.lower[verb])) {
        const subject = subjectLeft(ctx, verb, ctx.sentFirst[ctx.sent[verb]]);
        if (subject && ctx.pos[subject[1]] === "PROPN") author = subject;
      }
      // (a later mention without its author refers to the first: "The tweet offered no details")
      if (!author) continue;
      const speaker = this.resolve(author[0], author[1], "description");
      return { ...speaker, start: ctx.starts[head - 1], end: ctx.ends[head], anonymous: false };
    }
    return null;
  }

  /**
   * "“...,” the statement said" with no statement named before: the organisation that spoke last,
   * within the paragraphs just before (a statement is a body's); null when none did.
   */
  private statementIssuer(m: Mention): Speaker | null {
    const { ctx } = this;
    const org = this.lastKnown("organization", m.start);
    if (!org?.entity || ctx.block[m.a] - ctx.block[tokenAt(ctx, org.at)] > 2) return null;
    return { ...this.refer(m, org, "description"), anonymous: false };
  }

  /**
   * An unnamed spokesperson speaks as the organisation the phrase names: "a spokesperson for
   * Google", "the British Foreign Office's spokesman", "a State Department spokeswoman" (so does a
   * document the body issued: "Security Council resolutions"); a message as its sender: "a statement from the ministry", "a report by Kotak Institutional Equities".
   * Null when the phrase names none.
   */
  private spokespersonFor(m: Mention): Speaker | null {
    const { ctx } = this;
    const last = tokenAt(ctx, m.end) - 1; // the token the mention ends with
    let org: [number, number] | null = null;
    if (SPOKESPERSON_NOUNS.has(m.headLower) || ISSUED_DOCUMENTS.has(m.headLower)) {
      // ("a spokesman with the Municipal Police" too)
      org = phraseAfter(ctx, m.b, last, SPOKESPERSON_OF);
      if (!org && !(m.b < last && SPOKESPERSON_OF.test(ctx.lower[m.b + 1]))) {
        // the words from the first name to the head: "an Israeli army spokeswoman" speaks for the
        // Israeli army
        const first = firstPropnRun(ctx, m.nameFrom, m.b - 1);
        org = first ? [first[0], m.b - 1] : null;
        if (org && /^['’]s$/.test(ctx.lower[first![1] + 1] ?? "") && first![1] + 2 !== m.b) org = null;
      }
    } else {
      const head = ctx.lower.slice(m.a, last + 1).findIndex((w) => SENT_NOUNS.has(w));
      if (head >= 0) org = phraseAfter(ctx, m.a + head, last, /^(from|by)$/);
    }
    if (!org) return this.genericSpokesperson(m);
    // (a body described, "for the Toronto ... concern", keeps its article: it refers back)
    const described = ctx.pos[org[1]] === "NOUN" && DESCRIPTIONS.get(ctx.lower[org[1]]) === "organization";
    if (described && ctx.lower[org[0] - 1] === "the") org[0]--;
    const speaker = this.resolve(org[0], org[1], m.by);
    // (one that refers to no one keeps its name as before, without the article: "ministry")
    const name = speaker.entity ? speaker.name : speaker.name.replace(DETERMINERS, "");
    return { ...speaker, name, start: m.start, end: m.end, anonymous: false };
  }

  /**
   * "A company spokesperson", "a ministry spokesman": the body is named only by a description
   * word, which refers back as "the company" would; null when it refers to no one.
   */
  private genericSpokesperson(m: Mention): Speaker | null {
    if (!SPOKESPERSON_NOUNS.has(m.headLower)) return null;
    // "a spokesman said": the organisation the article last gave a voice or a subject role
    if (m.b - 1 <= m.a && /^(a|an|the|one)?$/.test(m.b > m.a ? this.ctx.lower[m.a] : "")) {
      const last = this.lastKnown("organization", m.start);
      // (unless the article is about another body, named far more often so far: after "A
      // spokesman for Seagram said", a bare "A spokesman" in a story on Du Pont is Du Pont's)
      const main = this.mainOrganization(m.start);
      const org =
        main && last?.entity && main !== last.entity && this.dominates(main, last.entity, m.start)
          ? { name: main.name, entity: main, kind: "organization" as const, at: m.start }
          : last;
      return org?.entity ? { ...this.refer(m, org, "description"), anonymous: false } : null;
    }
    const word = this.ctx.lower[m.b - 1];
    if (describedKind(word) !== "organization") {
      // "a police spokesperson" after "San Antonio police said": the body named so before; with
      // none, the body as written ("police": an unnamed spokesperson speaks for the body)
      if (this.ctx.pos[m.b - 1] !== "NOUN") return null;
      const named = this.lastKnown("any", m.start, word);
      if (named) return { ...this.refer(m, named, "description"), anonymous: false };
      if (m.b - 1 !== m.a + 1) return null;
      return {
        start: m.start,
        end: m.end,
        name: word,
        entity: null,
        anonymous: false,
        resolvedBy: "description",
      };
    }
    const target = this.describedOne(
      { ...m, headLower: word, written: `the ${word}` },
      "organization",
      false,
    );
    // ("A city council spokeswoman" after "the Met Office": a modified description refers back only
    // to a body named with its word; else the body speaks as described)
    const modified = m.b - 1 > m.a + 1 && /^(a|an|the)$/.test(this.ctx.lower[m.a]);
    if (modified && !target?.name.toLowerCase().includes(word)) {
      const from = this.ctx.starts[m.a + 1];
      const name = this.ctx.text.slice(from, this.ctx.ends[m.b - 1]);
      return { start: m.start, end: m.end, name, entity: null, anonymous: false, resolvedBy: "description" };
    }
    return target ? { ...this.refer(m, target, "description"), anonymous: false } : null;
  }

  /** Are the words between the article and the head names of no actor, a product's ("the iPhone maker")? */
  private productModifier(m: Mention): boolean {
    const { ctx } = this;
    if (!/^(the|a|an)$/.test(ctx.lower[m.a]) || m.b - m.a < 2) return false;
    // (no nationality either: "The German automaker" is no company named before, a car model)
    for (let k = m.a + 1; k < m.b; k++)
      if (ctx.pos[k] !== "PROPN" || this.entityCovering(ctx.starts[k], ctx.ends[k])) return false;
    return true;
  }

  /**
   * "The company" in a story that named Magna only as a possessor or an object: the organisation
   * named most often before it, as no body spoke or stood as a subject yet
   * (lexicons/quotes/business-descriptions.txt). Null for other heads.
   */
  private namedBusiness(m: Mention): Known | null {
    if (!BUSINESS_DESCRIPTIONS.has(m.headLower)) return null;
    const main = this.mainOrganization(m.start);
    return main && this.mentionsBefore(main, m.start) > 0
      ? { name: main.name, entity: main, kind: "organization", at: main.mentions[0].start }
      : null;
  }

  /**
   * The organisation mentioned most often before `at` (null: none); an outlet only told things
   * ("Munoz told Dow Jones Newswires") is no business the story is about.
   */
  private mainOrganization(at: number): Entity | null {
    let best: Entity | null = null;
    for (const e of this.ctx.article.entities)
      if (
        e.type === "organization" &&
        !this.onlyAddressed(e, at) &&
        (!best || this.mentionsBefore(e, at) > this.mentionsBefore(best, at))
      )
        best = e;
    return best;
  }

  /** Is every mention of `e` before `at` the addressee of "told" / "tells"? */
  private onlyAddressed(e: Entity, at: number): boolean {
    const { text } = this.ctx;
    return e.mentions.every(
      (m) => m.start >= at || TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)),
    );
  }

  /** Is `main` named at least five times and three times as often as `other` before `at`? */
  private dominates(main: Entity, other: Entity, at: number): boolean {
    const n = this.mentionsBefore(main, at);
    return n >= 5 && n >= 3 * this.mentionsBefore(other, at);
  }

  private mentionsBefore(e: Entity, at: number): number {
    let n = 0;
    for (const m of e.mentions) if (m.start < at) n++;
    return n;
  }

  /**
   * The earlier actor a definite description refers to: the latest holder of its role word (a
   * speaker or a person the article introduced with it), else the last speaker of its kind. "The
   * French foreign ministry" is no anaphor for any ministry, and "the authors" for no single
   * person: with a name in the phrase or a plural head, only the role word may match; a place
   * ("the St. Louis company") narrows nothing, but then the actor must be one the entity layer found.
   */
  private describedOne(
    m: Mention,
    described: "person" | "organization",
    modified: boolean,
    placed = false,
  ): Known | null {
    const own = this.mainClauseSubject(m, described);
    if (own) return own;
    // "The Iraqi ambassador to Greece" is no Soviet ambassador named before
    const country = this.countryIn(m);
    const fits = (k: Known | null) => (k && !(country && k.entity?.country !== country) ? k : null);
    // ("The county also said" after "Walworth County": a place's government, named with the word)
    if (PLACE_GOVERNMENTS.has(m.headLower)) return this.bodyNamedWith(m.headLower, m.start, true);
    const role = describedRole(this.ctx, m.b);
    const speaker = fits(this.lastKnown(described, m.start, role));
    const holder = fits(this.roleHolder(role, m.start, described));
    const byRole = speaker && holder ? (holder.at > speaker.at ? holder : speaker) : (speaker ?? holder);
    if (byRole?.entity) return byRole;
    // (a modified one, only by a name holding its modifier too: "the York trust" for "York
    // Teaching Hospital NHS Foundation Trust"; before the same description unresolved earlier)
    const modifiers = modified ? m.written.toLowerCase().split(/\s+/).slice(0, -1) : [];
    const named =
      described === "organization"
        ? this.bodyNamedWith(
            m.headLower,
            m.start,
            false,
            modifiers.filter((w) => !/^(the|a|an)$/.test(w)),
          )
        : null;
    if (named) return named;
    if (byRole) return byRole;
    // a description the article also uses as someone's title, even further on
    // (also past a country that owns it, when the holder is of no other country: "Taiwan's economy
    // minister reiterated ..." and later "the economy minister, Wang Mei-hua")
    const owned = /^(\S+)['’]s\s+(.+)$/.exec(m.written);
    const ownerFits = (e: Entity) => !country || !e.country || e.country === country;
    const unowned = owned && country ? this.roleIndex().holderOf(owned[2], ownerFits) : null;
    const titled = this.roleIndex().holderOf(m.written) ?? unowned;
    if (titled) return { name: titled.name, entity: titled, kind: "person", at: m.start };
    const plural = singularOf(m.headLower) !== m.headLower && !DESCRIPTIONS.has(m.headLower);
    const nameInTitle = modified && described === "person" && !plural ? this.personTitledWith(m) : null;
    if (nameInTitle) return nameInTitle;
    const only = modified && described === "person" && !plural ? this.onlyPersonJustBefore(m, country) : null;
    if (only) return only;
    // ("the iPhone maker": a product of no one named before a business's trade is the business the
    // story is about)
    const product = modified && !plural && described === "organization" && this.productModifier(m);
    if (product) return this.namedBusiness(m);
    if (modified || plural) return null;
    // a singular description never stands for an unnamed group ("Employees were told by the
    // manager": the manager is not the employees)
    const last =
      this.lastKnown(described, m.start, undefined, undefined, described === "organization") ??
      this.namedBusiness(m);
    // ("the Westerville city manager": a description with a place refers back only to an actor the
    // entity layer knows, not to a common noun that spoke, "police")
    if (placed && !last?.entity) return null;
    // (an actor named earlier in the same sentence is someone else: "When Arnold complained, the
    // professor said ..."; unless the description's frame ends the sentence, whose content may
    // name the actor it speaks for: "Cameron will work with ..., the prime minister's spokesman said")
    if (last && this.sameSentence(last.at, m.start) && !endFrameMention(this.ctx, m)) return null;
    if (last && /^(government|ministry)$/.test(m.headLower) && !governmentLike(last)) return null;
    // (a company named as the subject of a recent sentence before one known only by a plural
    // description: "The Kearny, N.J.-based maker of hair accessories ... said" after "GOODY
    // PRODUCTS Inc. cut its dividend")
    if (last && !last.entity && !last.eitherKind && GROUP_HEAD.test(last.name.toLowerCase()))
      return described === "organization" ? this.salientSubject(this.orgSubjects, m.start) : null;
    return last;
  }

  /**
   * "Virat Kohli expressed his happiness over India's series win. The Indian captain said ...": a
   * modified role no one holds yet is the one person the sentence right before names, when no title
   * is known for that person (nobody in its own sentence before it; not one of another country).
   * Null otherwise.
   */
  private onlyPersonJustBefore(m: Mention, country: string | null | undefined): Known | null {
    const { ctx } = this;
    const sentence = ctx.sent[m.a];
    const first = ctx.sentFirst[sentence];
    let previous = sentence - 1;
    while (previous >= 0 && ctx.sentFirst[previous] < 0) previous--;
    if (previous < 0 || ctx.block[ctx.sentFirst[previous]] < ctx.block[first] - 1) return null;
    const from = ctx.starts[ctx.sentFirst[previous]];
    const all = this.mentions;
    const ms: MentionRef[] = [];
    for (let k = partitionPoint(all, (x) => x.start < from); k < all.length && all[k].start < m.start; k++)
      if (all[k].entity.type === "person") ms.push(all[k]);
    const people = new Set(ms.map((x) => x.entity));
    if (people.size !== 1 || ms.some((x) => x.start >= ctx.starts[first])) return null;
    const person = ms[0].entity;
    // (one with a title of another role is someone else: "Saddam ... The Iraqi ambassador to Greece";
    // a title that shares a word with the description is the same, when that person just spoke:
    // "Provincial Police Officer Japhet Koome has denied ... the police boss said")
    if (country && person.country && person.country !== country) return null;
    const same = sharesWord(person.roles, m.written) && this.spokeRecently(person.name);
    if (person.roles.length > 0 && !same) return null;
    return { name: person.name, entity: person, kind: "person", at: ms[0].start };
  }

  /**
   * "The NATO chief reiterated" after "NATO Secretary-General Mark Rutte": a role with a name
   * before it (not a possessor's) is the person last named with that name in the title before
   * them; null when none is.
   */
  private personTitledWith(m: Mention): Known | null {
    const { ctx } = this;
    const run = lastPropnRun(ctx, m.nameFrom, m.b);
    if (!run || run[1] >= m.b || /^['’]s$/.test(ctx.lower[run[1] + 1] ?? "")) return null;
    const name = ctx.text.slice(ctx.starts[run[0]], ctx.ends[run[1]]);
    const ms = this.mentions;
    for (let k = partitionPoint(ms, (x) => x.start < m.start) - 1; k >= 0; k--) {
      const e = ms[k].entity;
      if (e.type !== "person") continue;
      // the title words right before the name, within its clause
      const before = ctx.text.slice(Math.max(0, ms[k].start - MAX_TITLE_CHARS), ms[k].start);
      const title = before.slice(
        Math.max(...[",", ".", ";", ":", "\n", "("].map((c) => before.lastIndexOf(c))) + 1,
      );
      if (title.split(/\s+/).includes(name))
        return { name: e.name, entity: e, kind: "person", at: ms[k].start };
    }
    return null;
  }

  /**
   * "The trust said" after "Shrewsbury and Telford Hospital NHS Trust", "the ministry" after "the
   * Ministry of Defence": the organisation named last before `before` whose name ends with the
   * description's head word (or opens with it before "of"), or with `places` a place so named
   * ("Walworth County"); null when none does.
   */
  private bodyNamedWith(
    head: string,
    before: number,
    places = false,
    modifiers: string[] = [],
  ): Known | null {
    const ms = this.mentions;
    for (let k = partitionPoint(ms, (x) => x.start < before) - 1; k >= 0; k--) {
      const e = ms[k].entity;
      if (e.type !== "organization" && !(places && e.type === "place")) continue;
      // (the head closes the name, or heads it before "of", "for" or "on": "University of Toronto",
      // "Australian-Pacific Centre for Emergency and Disaster Information"; a name of more than
      // the head alone)
      const words = e.name.toLowerCase().split(/\s+/);
      const headed =
        words.at(-1) === head || words.some((w, i) => w === head && /^(of|for|on)$/.test(words[i + 1] ?? ""));
      if (words.length > 1 && headed && modifiers.every((w) => words.includes(w)))
        return { name: e.name, entity: e, kind: "organization", at: ms[k].start };
    }
    return null;
  }

  /**
   * "Weisfield's rocketed 9 1/2 to 39 after the jewelry store operator said ...": a description
   * opening an adverbial clause refers to the subject of the main clause before it, when that
   * subject is a name of the description's kind. Null otherwise.
   */
  private mainClauseSubject(m: Mention, described: "person" | "organization"): Known | null {
    const { ctx } = this;
    if (!SUBORDINATORS.has(ctx.lower[m.a - 1] ?? "")) return null;
    const opens = ctx.starts[ctx.sentFirst[ctx.sent[m.a]]];
    const subjects = described === "person" ? this.subjects : this.orgSubjects;
    const first = subjects[partitionPoint(subjects, (x) => x.at < opens)];
    return first?.at === opens && first.at < m.start ? first : null;
  }

  /** Are character offsets `x` and `y` in one sentence? */
  private sameSentence(x: number, y: number): boolean {
    const { ctx } = this;
    return ctx.sent[tokenAt(ctx, x)] === ctx.sent[tokenAt(ctx, y)];
  }

  /** The country a description names by a demonym or a country's name ("the Iraqi ambassador"), or null. */
  private countryIn(m: Mention): string | null {
    const ms = this.mentions;
    for (let k = partitionPoint(ms, (x) => x.start < m.start); k < ms.length && ms[k].start < m.end; k++) {
      const e = ms[k].entity;
      if (e.type === "country" || (e.type === "other" && e.country)) return e.country ?? e.name;
    }
    return null;
  }

  /**
   * The actor the article introduced with the role or description `word` ("Gov. X" for "the
   * governor", "The group, X," for "the group"), last mentioned before `at`.
   */
  private roleHolder(word: string, at: number, kind: "person" | "organization"): Known | null {
    const holder = this.roleIndex().lastHolder(
      word,
      at,
      (e) => (e.type === "person") === (kind === "person"),
    );
    return holder ? { name: holder.entity.name, entity: holder.entity, kind, at: holder.at } : null;
  }
  private roles: RoleIndex | null = null;

  /** Roles and descriptions of the article's actors, built on first use. */
  private roleIndex(): RoleIndex {
    this.roles ??= new RoleIndex(this.ctx);
    return this.roles;
  }

  /**
   * The speaker of the last attribution before `at`, with the mention that named it there (for
   * quotes that continue that attribution: that mention is the one their speaker is given by).
   */
  lastSpeaker(at: number): SpokenMention | null {
    for (let k = this.recent.length - 1; k >= Math.max(0, this.recent.length - RECENT_WINDOW); k--) {
      const r = this.recent[k];
      // an unnamed group is kept for "they", not as the voice a quotation continues, and a negated
      // subject is no one's voice ("a memory no mother wants to have. “...”")
      if (r.at < at && !(r.anonymous && r.kind === "group") && !NO_ONE.test(r.name)) return r;
    }
    return null;
  }
}
