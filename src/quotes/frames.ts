/**
 * Attribution frames: the short runs of words that say who speaks and how, around a quotation or a
 * reported clause ("Ivanov said", "said Valery Smith, head of ...", "TASS quoted him as saying",
 * "according to experts"). Token-level helpers shared by the direct and reported passes.
 */
import { companySuffixes, locativePreps } from "../entities/lexicons.js";
import {
  type Ctx,
  firstPropnRun,
  hyphenGlued,
  isCap,
  joined,
  lastPropnRun,
  npLeft,
  npRight,
  verbBeforeRole,
  roleAndName,
  treeTag,
} from "./context.js";
import {
  ANONYMOUS_HEADS,
  CALENDAR_WORDS,
  CONVENED_NOUNS,
  CUE_ADJECTIVES,
  CUE_CLASSES,
  CUE_VERBS,
  type CueType,
  DESCRIPTIONS,
  singularOf,
  FRAME_VERBS,
  inflections,
  MEDIA,
  MESSAGE_NOUNS,
  POLL_NOUNS,
  QUESTION_WORDS,
  RELATION_NOUNS,
  RELATIVE_PRONOUNS,
  RELAY_VERBS,
  ROLE_NOUNS,
  roleOrGroupNoun,
  SENT_NOUNS,
  SOURCE_NOUNS,
  STANCE_NOUNS,
  SUBORDINATORS,
  TRANSITIVE_STANCE,
} from "./cues.js";
import { TIME_WORDS } from "./events/span.js";
import { treeRelation } from "./tree.js";
import { dictionaryTags } from "../syntax/index.js";

/** Words skipped between a subject and its cue: auxiliaries, negation and frequent adverbs. */
const BETWEEN: ReadonlySet<string> = new Set(CUE_CLASSES.betweenSubjectAndCue);
/** Words after an outlet's name that name its edition ("Dawn online"; cue-classes.json outletEditions). */
const OUTLET_EDITIONS: ReadonlySet<string> = new Set(CUE_CLASSES.outletEditions);
/** Time words of an adjunct between a subject and its cue ("Trump on Tuesday said") and their leads. */
const TIME_ADJUNCTS: ReadonlySet<string> = new Set(CUE_CLASSES.timeAdjuncts);
const TIME_LEAD: ReadonlySet<string> = new Set(CUE_CLASSES.timeAdjunctLead);
const PARTICLE_ONLY = new Map(Object.entries(CUE_CLASSES.particleOnly));
const PARTICLE_OR_INFINITIVE = new Map(Object.entries(CUE_CLASSES.particleOrInfinitive));
/** Most tokens from a cue to the "to" or "that" after its object ("pushed fellow Senate Democrats to"). */
const MAX_REPORT_AHEAD = 8;
const PARTICLE_NEVER = new Map(Object.entries(CUE_CLASSES.particleNever));
/** Cue verb forms that are prepositions ("regarding the sanctions"). */
const PREPOSITION_FORMS: ReadonlySet<string> = new Set(CUE_CLASSES.prepositions);
/** Verbs whose infinitive is a commitment to act: an intention, not a message ("agreed to pay"). */
const COMMITMENTS: ReadonlySet<string> = new Set(CUE_CLASSES.commitments);
/** Demands whose bare object is only what the source wants ("called for the repeal"), by particle. */
const DEMANDS: ReadonlyMap<string, string[]> = new Map(Object.entries(CUE_CLASSES.demands));

const NOUNLIKE_REJECT_BEFORE = new Set(["DET", "ADJ", "ADP", "NUM"]);
const POSSESSIVES = new Set([
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "your",
  "the",
  "a",
  "an",
  "this",
  "that",
]);

export interface CueHit {
  type: CueType;
  lemma: string;
  /** A predicative adjective ("is convinced"): its subject is the source, never a passive. */
  adjective?: boolean;
}

const BE = new Set(["is", "was", "were", "are", "be", "been", "being", "'s", "'re", "am"]);

/** Is token `i` a reporting verb (or cue adjective) used as one here? */
export function cueAt(ctx: Ctx, i: number): CueHit | null {
  const w = ctx.lower[i];
  const adjective = adjectiveCue(ctx, i);
  if (adjective) return adjective;
  if (madeClearAt(ctx, i) > 0) return { type: "speech", lemma: "make" };
  const cue = CUE_VERBS.get(w);
  if (!cue || ctx.inMark[i] >= 0 || PREPOSITION_FORMS.has(w)) return null;
  // (a compound's second half is a modifier: "a hard-charging attack", "so-called experts")
  if (ctx.lower[i - 1] === "-" && ctx.starts[i] === ctx.ends[i - 1] && ctx.starts[i - 1] === ctx.ends[i - 2])
    return null;
  const hit = { type: cue.type, lemma: cue.lemma };
  const prev = i > 0 && ctx.sent[i - 1] === ctx.sent[i] ? i - 1 : -1;
  if (notAVerbHere(ctx, i, prev)) return null;
  // "..., adding that": a participle after a comma is a cue whatever its tag, but not one read as
  // a modifier in a list of them ("sticky, repeating, or dead keys")
  const p = ctx.pos[i];
  const listed = p !== "VERB" && prev > 0 && ctx.pos[prev - 1] === "ADJ";
  const chainedIng =
    /ing$/.test(w) && prev >= 0 && (ctx.lower[prev] === "," || ctx.lower[prev] === "and") && !listed;
  // "pointed out", "fired back": these report only with their particle ("one point six" is a
  // number, whatever its tag); "backed away" never
  const particles = PARTICLE_ONLY.get(cue.lemma);
  if (particles && !particles.includes(ctx.lower[i + 1])) return null;
  const orInfinitive = PARTICLE_OR_INFINITIVE.get(cue.lemma);
  if (orInfinitive && !orInfinitive.includes(ctx.lower[i + 1]) && !reportAhead(ctx, i)) return null;
  // (past a time word: "ruled today against Shafee")
  const particle = TIME_WORDS.has(ctx.lower[i + 1]) ? i + 2 : i + 1;
  if (PARTICLE_NEVER.get(cue.lemma)?.includes(ctx.lower[particle])) return null;
  if (p !== "VERB" && p !== "AUX" && !chainedIng) {
    const reading = nounTaggedReading(ctx, i, prev);
    if (reading !== "verb") return reading === "cue" ? hit : null;
  }
  // (after an adjective, where the parser's tagger reads a noun: "against non-Muslim states")
  // (or a name after an article: "The GOP report offers ...", "The Republican report argues")
  const namedModifier = prev > 0 && /^(PROPN|ADJ)$/.test(ctx.pos[prev]) && ctx.pos[prev - 1] === "DET";
  const modifierBefore =
    prev >= 0 && (ctx.pos[prev] === "ADJ" || /^\p{Ll}+-/u.test(ctx.words[prev]) || namedModifier);
  if (p === "VERB" && modifierBefore && treeTag(ctx, i) === "NOUN") return null;
  if (possessedGerund(ctx, i, prev)) return null;
  if (p === "VERB" && afterVerbObject(ctx, i, prev)) return null;
  if (namingParticiple(ctx, i) || agentlessNaming(ctx, i)) return null;
  if (COMMITMENTS.has(cue.lemma) && infinitiveAfter(ctx, i)) return { type: "intention", lemma: cue.lemma };
  if (demandOnly(ctx, i, cue.lemma)) return { type: "intention", lemma: cue.lemma };
  return hit;
}

/** Possessive determiners before a gerund that heads a noun phrase ("his GOP backing"). */
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/**
 * "by demonstrating his GOP backing, White House sources said": an -ing form after a possessive,
 * past at most two adjectives or names, heads a noun phrase; it is no verb with a subject.
 */
function possessedGerund(ctx: Ctx, i: number, prev: number): boolean {
  if (!/ing$/.test(ctx.lower[i]) || prev < 0) return false;
  if (thatClauseNext(ctx, i) || ctx.lower[i + 1] === ":" || ctx.pos[i + 1] === "QUOTE") return false;
  // (after a common noun it is a participle on that noun: "the campaign's statement explaining";
  // "she's hoping" is "she is")
  for (let k = prev; k >= 0 && k >= prev - 2; k--) {
    const possessive = /^['’]s$/.test(ctx.lower[k]) && ctx.pos[k] !== "AUX" && ctx.pos[k - 1] !== "PRON";
    if (POSSESSIVE_PRONOUNS.has(ctx.lower[k]) || possessive) return ctx.sent[k] === ctx.sent[i];
    if (!/^(PROPN|ADJ)$/.test(ctx.pos[k])) return false;
  }
  return false;
}

/**
 * After the object of another verb, a cue word is a compound's head ("didn't return phone calls
 * seeking comment", as the parser's tagger reads it) or a participle modifying the object
 * ("investigated two killings blamed on the IRA"), not the verb of a clause with that subject.
 */
function afterVerbObject(ctx: Ctx, i: number, prev: number): boolean {
  if (prev < 0 || ctx.pos[prev] !== "NOUN") return false;
  const opener = npLeft(ctx, prev, 0)[0] - 1;
  if (opener < 0 || ctx.sent[opener] !== ctx.sent[i]) return false;
  const participle = /ed$/.test(ctx.lower[i]) && ctx.pos[i + 1] === "ADP" && ctx.lower[i + 1] !== "that";
  // (a preposition's object too: "in punishment for two killings blamed on the IRA"; not a
  // subordinator's subject, "after campaign aides insisted in June", nor a share's, "most of the
  // companies reported")
  // (nor a time adjunct's, "on Tuesday night warned of", nor a cue with its clause after an
  // adjunct, "a panel of experts in international law ruled in 2016 that")
  if (ctx.pos[opener] === "ADP")
    return (
      participle &&
      !SUBORDINATORS.has(ctx.lower[opener]) &&
      ctx.lower[opener] !== "of" &&
      !TIME_ADJUNCTS.has(ctx.lower[prev]) &&
      !thatClauseNext(ctx, i)
    );
  if (ctx.pos[opener] !== "VERB") return false;
  if (/ed$/.test(ctx.lower[i])) return participle;
  return /s$/.test(ctx.lower[i]) && treeTag(ctx, i) === "NOUN";
}

/**
 * "called for the repeal of the law", "demanded a deadline extension", "urged restraint": a demand
 * whose object is only what the source wants (no clause, no infinitive up to the next comma).
 */
function demandOnly(ctx: Ctx, i: number, lemma: string): boolean {
  const particles = DEMANDS.get(lemma);
  if (!particles) return false;
  // (a verb that frames a quotation before it reports it: "“Fight them,” he urged Iraqis")
  for (let q = ctx.sentFirst[ctx.sent[i]]; q < i; q++) if (ctx.inMark[q] >= 0) return false;
  let k = i + 1;
  // (past an adverb: "calling instead for sustainable strategies")
  if (ctx.pos[k] === "ADV" && particles.length > 0) k++;
  if (particles.length > 0) {
    if (!particles.includes(ctx.lower[k])) return false;
    k++;
  }
  const last = ctx.sentLast[ctx.sent[i]];
  for (; k <= last && !/^[,;:—–]$/.test(ctx.lower[k]); k++) {
    if (ctx.lower[k] === "that" || ctx.inMark[k] >= 0) return false;
    // (a question after the object's noun is the noun's: "called for an explanation on why ...")
    if (QUESTION_WORDS.has(ctx.lower[k]) && k > i + 2 && /^(NOUN|ADP)$/.test(ctx.pos[k - 1])) return true;
    // (an adverbial clause after the object says when or why: "urged caution Thursday as workers
    // tried ...", "called for extra prudence because more cuts may be required")
    if (SUBORDINATORS.has(ctx.lower[k]) && k > i + 1 && !/^(ADP|PART)$/.test(ctx.pos[k - 1])) return true;
    // (an infinitive of the object's own gerund is inside the object: "pushed for details on its
    // problem of failing to meet targets")
    const ownGerund = ctx.pos[k - 1] === "VERB" && /ing$/.test(ctx.lower[k - 1]);
    if (ctx.lower[k] === "to" && /^(VERB|AUX)$/.test(ctx.pos[k + 1] ?? "")) {
      if (!ownGerund) return false;
      k++;
      continue;
    }
    // (a noun read as a verb is settled by the parser's tagger: "a 2% cut to several departments")
    if (
      /^(VERB|AUX)$/.test(ctx.pos[k]) &&
      !/ing$/.test(ctx.lower[k]) &&
      /^(VERB|AUX)$/.test(treeTag(ctx, k) ?? "VERB")
    )
      return false;
  }
  return true;
}

/** "agreed to pay", "agreed in principle to form": an infinitive within three words of the verb. */
function infinitiveAfter(ctx: Ctx, i: number): boolean {
  const last = Math.min(i + 3, ctx.sentLast[ctx.sent[i]] - 1);
  for (let k = i + 1; k <= last; k++) {
    if (ctx.lower[k] === "to") return ctx.pos[k + 1] === "VERB" || ctx.pos[k + 1] === "AUX";
    if (ctx.pos[k] === "PUNCT" || ctx.pos[k] === "VERB" || ctx.lower[k] === "that") return false;
  }
  return false;
}

/**
 * "HP is called “feather duvet lung”", "the move was dubbed “Brexit”": a naming passive without
 * "by" and its agent reports no one's words (with one, the agent named it: "dubbed the “Hanoi
 * Hilton” by American servicemen").
 */
function agentlessNaming(ctx: Ctx, i: number): boolean {
  if (!NAMING_PARTICIPLES.has(ctx.lower[i]) || i === 0 || !BE.has(ctx.lower[i - 1])) return false;
  const last = ctx.sentLast[ctx.sent[i]];
  for (let k = i + 1; k <= last; k++) if (ctx.lower[k] === "by") return false;
  return true;
}

const MADE_ADJECTIVES: ReadonlySet<string> = new Set(CUE_CLASSES.madeAdjectives);
const MAKE_FORMS = new Set(["make", "makes", "made", "making"]);

/**
 * "made clear that", "made it plain why", "made it very clear that": a form of "make" (token `i`)
 * with its adjective before a clause reports like "declared". Returns the adjective's token, or -1.
 */
export function madeClearAt(ctx: Ctx, i: number): number {
  if (!MAKE_FORMS.has(ctx.lower[i]) || ctx.inMark[i] >= 0) return -1;
  let k = ctx.lower[i + 1] === "it" ? i + 2 : i + 1;
  // (past an adverb: "made it very clear", "made it excruciatingly clear")
  if (ctx.pos[k] === "ADV" && MADE_ADJECTIVES.has(ctx.lower[k + 1])) k++;
  const next = ctx.lower[k + 1] ?? "";
  return MADE_ADJECTIVES.has(ctx.lower[k]) && (next === "that" || QUESTION_WORDS.has(next)) ? k : -1;
}

/** "she is convinced that", "he was not sure about": a cue adjective after a form of "be". */
function adjectiveCue(ctx: Ctx, i: number): CueHit | null {
  const w = ctx.lower[i];
  const adjective = CUE_ADJECTIVES.get(w);
  if (!adjective || ctx.inMark[i] >= 0) return null;
  let k = i - 1;
  while (k >= 0 && (ctx.pos[k] === "ADV" || ctx.lower[k] === "not" || ctx.lower[k] === "n't")) k--;
  return k >= 0 && BE.has(ctx.lower[k]) ? { type: adjective, lemma: w, adjective: true } : null;
}

/** Words before "to" that put a report in the future ("due to report", "scheduled to announce"). */
const SCHEDULED = new Set(["due", "scheduled", "slated", "set", "poised"]);

/** A description of a person ("reporters"), or of a body with its determiner or name ("the concern"). */
function describedSource(w: string, determined: boolean): boolean {
  const kind = DESCRIPTIONS.get(singularOf(w));
  return kind !== undefined && (kind === "person" || determined);
}

/** Determiners before a description that makes it a source ("the company", "its insurer"). */
const DETERMINED = new Set(["the", "a", "an", "this", "its", "his", "her", "their"]);

/** Participles of accusing, which a noun before them may take as a modifier ("priests accused of"). */
const ACCUSED = new Set(["accused", "charged", "suspected"]);

/** Readings of a cue form that make it a noun, a modifier or a preposition, whatever its tag. */
/** Most words of a prepositional phrase between a plural noun and its verb ("notes on these rules are"). */
const MAX_PLURAL_PHRASE = 8;

/** Does a plural auxiliary ("are", "were", "have") follow the prepositional phrase at `p`, before any "that" or comma? */
function pluralsVerbAfterPhrase(ctx: Ctx, p: number): boolean {
  for (let k = p + 1; k < ctx.n && k <= p + MAX_PLURAL_PHRASE && ctx.sent[k] === ctx.sent[p]; k++) {
    if (/^(are|were|have)$/.test(ctx.lower[k])) return auxiliaryOfVerb(ctx, k);
    if (ctx.lower[k] === "that" || ctx.pos[k] === "PUNCT" || ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX")
      return false;
  }
  return false;
}

function notAVerbHere(ctx: Ctx, i: number, prev: number): boolean {
  const w = ctx.lower[i];
  // "the Jewish state's premier": a possessor is a noun
  if (/^['’]s$/.test(ctx.lower[i + 1] ?? "") && ctx.sent[i + 1] === ctx.sent[i]) return true;
  if (!/^\p{Ll}/u.test(ctx.words[i]) && i !== ctx.sentFirst[ctx.sent[i]] && !ctx.titleCase[ctx.sent[i]])
    return true;
  // a headline's label before its colon ("Black Death Warning:", "FBI IG Report:"); a verb there
  // is finite ("Trump Warns:", "Officials Warn:")
  if (
    ctx.titleCase[ctx.sent[i]] &&
    ctx.lower[i + 1] === ":" &&
    !/(s|ed)$/.test(w) &&
    !/s$/.test(ctx.lower[i - 1] ?? "")
  )
    return true;
  // (but "that" after a message opens a relative clause: "a Japanese report that said ...", "a
  // note that said")
  const relative =
    ctx.lower[prev] === "that" && ctx.pos[i] === "VERB" && SENT_NOUNS.has(ctx.lower[prev - 1] ?? "");
  if (prev >= 0 && POSSESSIVES.has(ctx.lower[prev]) && !relative) return true;
  // "there are signs that", "there were reports": after an existential "there" and "be", a noun
  if (prev > 0 && BE.has(ctx.lower[prev]) && ctx.lower[prev - 1] === "there") return true;
  // "Newspaper reports have said", "Israel-Syria talks have been cut off": a plural noun before a
  // plural auxiliary of its own verb (before a modal it is a verb: "what it hopes will become")
  if (/s$/.test(w) && /^(have|are|were|had)$/.test(ctx.lower[i + 1] ?? "") && auxiliaryOfVerb(ctx, i + 1))
    return true;
  // ("Guidance notes on these rules are then given to officers": the same past a prepositional
  // phrase, with no "that" or comma before the verb, for a word the tagger reads as a noun)
  if (/s$/.test(w) && ctx.pos[i] === "NOUN" && ctx.pos[i + 1] === "ADP" && pluralsVerbAfterPhrase(ctx, i + 1))
    return true;
  // "an off-day, highlighted by a missed kick": a participle with its agent after a comma modifies
  // what precedes it (not "responded by saying": a gerund after "by" is how it was said)
  const byGerund = /ing$/.test(ctx.lower[i + 2] ?? "") || /ing$/.test(ctx.lower[i + 3] ?? "");
  if (/ed$/.test(w) && ctx.lower[prev] === "," && ctx.lower[i + 1] === "by" && !byGerund) return true;
  // "300 priests accused of sexual abuse": a participle right after its noun, with no object before
  // the preposition, is an agentless passive that modifies the noun (a finite verb has its object:
  // "the senator accused him of")
  if (ACCUSED.has(w) && prev >= 0 && ctx.pos[prev] === "NOUN" && /^(of|with)$/.test(ctx.lower[i + 1] ?? ""))
    return true;
  // "the task force, due to report in April", "is scheduled to announce": a report still to come
  if (ctx.lower[prev] === "to" && prev > 0 && SCHEDULED.has(ctx.lower[prev - 1])) return true;
  // "a $62 million write-off": the first part of a hyphenated word
  if (ctx.lower[i + 1] === "-" && joined(ctx, i, i + 1) && joined(ctx, i + 1, i + 2)) return true;
  // "a tour of early-voting states": right after a lower-case hyphenated modifier ending in a
  // participle it is a noun (a hyphenated noun may be the subject: "the front-runner said")
  if (prev >= 2 && hyphenatedParticiple(ctx, prev)) return true;
  // "911 confirmed cases", "two reported deaths": a participle between a number and its noun
  if (prev >= 0 && ctx.pos[prev] === "NUM" && /ed$/.test(w) && /^(NOUN|ADJ)$/.test(ctx.pos[i + 1] ?? ""))
    return true;
  // "in Maiduguri, Borno state, the IGP": "state" after a place's name is the state it names
  const placeBefore = prev > ctx.sentFirst[ctx.sent[i]] && ctx.nonAgent[prev] === 1;
  if (w === "state" && placeBefore && ctx.lower[i + 1] !== "that") return true;
  // "like" right after a noun is a preposition ("candidates like Huckabee", "something like this")
  return (
    w === "like" &&
    prev >= 0 &&
    (ctx.pos[prev] === "NOUN" || ctx.pos[prev] === "PROPN" || /thing$/.test(ctx.lower[prev]))
  );
}

/**
 * A cue form the tagger read as something else ("Analysts note that"): a cue ("cue", no further
 * check), none ("none"), or a verb still to check for its particle and sense ("verb").
 */
function nounTaggedReading(ctx: Ctx, i: number, prev: number): "cue" | "none" | "verb" {
  const w = ctx.lower[i];
  if (ctx.pos[i] === "PUNCT") return "none";
  // (tagged an adverb before a time or place, not after a verb it is the particle of: a verb only
  // where the parser's tagger reads one, "the police back in August", not "shot back at")
  const adverbial =
    ctx.pos[i] === "ADV" &&
    ctx.pos[prev] !== "VERB" &&
    /^(in|then|when|during|at|on|before|after)$/.test(ctx.lower[i + 1] ?? "");
  if (adverbial && treeTag(ctx, i) !== "VERB") return "none";
  // ("Monahan's ex-girlfriend, Karen Monahan, alleged that ...": tagged an adjective; before "that"
  // the parser's tagger decides)
  if (thatClauseNext(ctx, i) && treeTag(ctx, i) === "VERB") return "verb";
  // tagged as a noun: only after a subject-like word, before a clause; a share of people may be
  // the subject ("Six in 10 say he ...", "47% say the ...") (a plural noun after a number is a
  // noun: "five states Tuesday")
  const share = prev >= 0 && (ctx.pos[prev] === "NUM" || ctx.lower[prev] === "%") && !/s$/.test(w);
  if (share && /^(PRON|DET|NUM)$/.test(ctx.pos[i + 1] ?? "")) return "cue";
  if (prev >= 0 && quantifierSubject(ctx, prev, i)) return "cue";
  // "Gerry O'Brien, a GOP political consultant, notes that ...": after an appositive on a name,
  // before a clause, the word is the name's verb
  // (or an infinitive: "BYD, the second-largest producer ... after Tesla, plans to produce ...")
  const infinitive = ctx.lower[i + 1] === "to" && ctx.pos[i + 2] === "VERB";
  // (between dashes too, before a clause: "Councillor Stewart Hunter – the council's convener –
  // claims school staff have acted appropriately")
  const dash = /^[–—]$/.test(ctx.lower[prev] ?? "");
  const clause = dash && clauseStartsAt(ctx, i + 1);
  if (
    prev >= 0 &&
    (ctx.lower[prev] === "," || dash) &&
    (/^(that|:)$/.test(ctx.lower[i + 1] ?? "") || infinitive || clause) &&
    closesNameAppositive(ctx, prev)
  )
    return "verb";
  // ("the resident, whose home was burglarised, claims the incident did occur": after a relative
  // clause on the subject, before a clause)
  if (
    prev >= 0 &&
    ctx.lower[prev] === "," &&
    closesSubjectRelative(ctx, prev) &&
    clauseStartsAt(ctx, i + 1, ctx.n - 1, true)
  )
    return "verb";
  if (prev < 0 || NOUNLIKE_REJECT_BEFORE.has(ctx.pos[prev])) return "none";
  if (!["NOUN", "PROPN", "PRON"].includes(ctx.pos[prev])) return "none";
  // (a month or a day modifies the noun: "the October attack that killed 58")
  if (TIME_ADJUNCTS.has(ctx.lower[prev]) && isCap(ctx.words[prev])) return "none";
  if (gappedRelative(ctx, i, prev)) return "verb";
  // "citing police reports, ...": a noun phrase right after a verb is its object, so the noun
  // after it is a compound's head, no verb with a subject
  const opener = npLeft(ctx, prev, 0)[0] - 1;
  if (opener >= 0 && ctx.pos[opener] === "VERB" && ctx.sent[opener] === ctx.sent[i]) return "none";
  // (the second part of a hyphenated modifier is no subject: "blue-chip issues", "non-Muslim
  // states"; a hyphenated name is: "Stanley-Becker reports")
  if ((ctx.lower[prev - 1] === "-" && !isCap(ctx.words[prev])) || /^\p{Ll}+-/u.test(ctx.words[prev]))
    return "none";
  if (compoundPart(ctx, i, prev)) return "none";
  // (a name after an article modifies it when a verb follows: "The GOP report offers ...")
  if (ctx.pos[prev - 1] === "DET" && /^(VERB|AUX)$/.test(ctx.pos[i + 1] ?? "")) return "none";
  // (and before a comma, unless the parser's tagger reads a verb: "In a Facebook post, the singer
  // ...", "In an earlier Facebook post, Mr Anutin said")
  let det = prev - 1;
  while (det > 0 && /^(ADJ|ADV)$/.test(ctx.pos[det])) det--;
  const modified = ctx.pos[det] === "DET" || ctx.pos[prev - 1] === "ADJ";
  if (modified && ctx.lower[i + 1] === "," && treeTag(ctx, i) !== "VERB") return "none";
  if (ctx.pos[prev] !== "NOUN") return "cue";
  const next = ctx.lower[i + 1];
  // (before a comma only where the parser's tagger reads a verb: "music for the television show,
  // they teamed up" ends a noun phrase)
  const clauseNext =
    next === "that" ||
    (next === "," && treeTag(ctx, i) !== "NOUN") ||
    next === ":" ||
    ctx.pos[i + 1] === "PRON" ||
    ctx.pos[i + 1] === "DET";
  return clauseNext ? "verb" : "none";
}

/** Does the comma at `c` close an appositive on a name ("Gerry O'Brien, a GOP political consultant,")? */
/** Does the comma at `c` close a relative clause ("who ...", "whose ...") on a noun that opens the sentence's subject? */
function closesSubjectRelative(ctx: Ctx, c: number): boolean {
  for (let j = c - 1; j > 0 && j > c - 16 && ctx.sent[j] === ctx.sent[c]; j--) {
    if (ctx.lower[j] !== ",") continue;
    if (!/^(who|whose|which)$/.test(ctx.lower[j + 1]) || !/^(NOUN|PROPN)$/.test(ctx.pos[j - 1])) return false;
    const first = ctx.sentFirst[ctx.sent[c]];
    let subject = npLeft(ctx, j - 1, first);
    // (past "of": "the resident of Ziadie Gardens, whose ...")
    while (ctx.lower[subject[0] - 1] === "of" && subject[0] - 2 >= first)
      subject = npLeft(ctx, subject[0] - 2, first);
    return subject[0] === first || /^(ADV|PUNCT|CCONJ)$/.test(ctx.pos[subject[0] - 1]);
  }
  return false;
}

function closesNameAppositive(ctx: Ctx, c: number): boolean {
  // (the mark that opened it: a comma, or a dash for one between dashes, whose inner commas it skips)
  const mark = ctx.lower[c];
  for (let j = c - 1; j > 0 && j > c - 16 && ctx.sent[j] === ctx.sent[c]; j--) {
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") return false;
    if (ctx.lower[j] === mark) return j < c - 1 && (ctx.pos[j - 1] === "PROPN" || ctx.nonAgent[j - 1] >= 2);
  }
  return false;
}

/**
 * Does a clause start at `k`: a noun phrase and a finite verb after it, within token `hi` ("school
 * staff have acted")? `strict`: not a verb in "-ed" either, which may be a participle on the noun
 * ("the move announced on Monday").
 */
export function clauseStartsAt(ctx: Ctx, k: number, hi = ctx.n - 1, strict = false): boolean {
  const subject = npRight(ctx, k, hi + 1);
  const verb = subject ? subject[1] + 1 : -1;
  if (verb < 0 || verb > hi || !/^(AUX|VERB)$/.test(ctx.pos[verb] ?? "")) return false;
  return ctx.pos[verb] === "AUX" || !(strict ? /(ed|ing)$/ : /ing$/).test(ctx.lower[verb]);
}

/**
 * "a deal which analysts say could be worth $1 billion": a verb between the subject of a relative
 * clause and the verb of the clause it reports, whose subject is the relative pronoun's gap (the
 * parser's tagger must read a verb).
 */
function gappedRelative(ctx: Ctx, i: number, prev: number): boolean {
  if (!/^(VERB|AUX)$/.test(ctx.pos[i + 1] ?? "")) return false;
  const np = npLeft(ctx, prev, 0)[0];
  const opener = ctx.lower[np] === "which" ? np : np - 1;
  return opener >= 0 && RELATIVE_PRONOUNS.has(ctx.lower[opener]) && treeTag(ctx, i) === "VERB";
}

/** A "that" right after token `i`, or after a short adjunct ("alleged in August that"). */
function thatClauseNext(ctx: Ctx, i: number): boolean {
  for (let k = i + 1; k < ctx.n && k <= i + 4; k++) {
    if (ctx.lower[k] === "that") return true;
    if (!/^(ADP|DET|NUM|NOUN|PROPN|ADV)$/.test(ctx.pos[k])) return false;
  }
  return false;
}

/**
 * "Republican state schools Superintendent ...": a bare form between nouns is a compound's part
 * (after a singular name a verb would agree: "Trump says Congress ..."; headlines and plural names
 * take bare verbs: "Polls Show Gaps"); so is one after a singular determiner's noun ("in a
 * conference call, ...": a verb would agree, "a spokesman says"). A place name ending in "s" is
 * singular ("a former Arkansas state employee").
 */
function compoundPart(ctx: Ctx, i: number, prev: number): boolean {
  const singular = !/s$/.test(ctx.lower[prev]) || ctx.nonAgent[prev] === 1;
  const bare = !/(s|ed|ing)$/.test(ctx.lower[i]) && singular && !ctx.titleCase[ctx.sent[i]];
  if (!bare) return false;
  if (ctx.pos[prev] === "PROPN" && /^(NOUN|PROPN)$/.test(ctx.pos[i + 1] ?? "")) return true;
  return ctx.pos[prev] === "NOUN" && /^(a|an|one|each|every)$/.test(ctx.lower[npLeft(ctx, prev, 0)[0]] ?? "");
}

/** "early-voting", "well-known": token `k` ends a lower-case hyphenated participle. */
function hyphenatedParticiple(ctx: Ctx, k: number): boolean {
  return (
    ctx.lower[k - 1] === "-" &&
    joined(ctx, k - 1, k) &&
    joined(ctx, k - 2, k - 1) &&
    /^\p{Ll}/u.test(ctx.words[k - 2]) &&
    /(ing|ed|own|en)$/.test(ctx.lower[k])
  );
}

/** Is the auxiliary at `k` followed by its verb ("have said", "have not been cut off")? */
function auxiliaryOfVerb(ctx: Ctx, k: number): boolean {
  let j = k + 1;
  while (j < ctx.n && (ctx.pos[j] === "AUX" || ctx.pos[j] === "ADV" || ctx.lower[j] === "not")) j++;
  return j < ctx.n && ctx.pos[j] === "VERB" && ctx.sent[j] === ctx.sent[k];
}

/** Naming participles: "a mission called Europa Clipper". */
const NAMING_PARTICIPLES = new Set([
  "called",
  "named",
  "dubbed",
  "titled",
  "entitled",
  "labeled",
  "labelled",
  "termed",
]);

/**
 * "a mission called Europa Clipper", "the solution, called Patient Watch, collects ...": a naming
 * participle that modifies a noun (by the tree) names it, it reports no words, unless quoted
 * words follow after an object (the parse often reads a finite "called" as such a participle, and
 * "X called Y “Z”" quotes X).
 */
function namingParticiple(ctx: Ctx, i: number): boolean {
  if (!NAMING_PARTICIPLES.has(ctx.lower[i]) || i === 0 || ctx.pos[i - 1] === "AUX") return false;
  // "called for", "called out", "called on": a phrasal verb, never a name
  if (ctx.pos[i + 1] === "ADP" || ctx.lower[i + 1] === "out") return false;
  // ... unless the quotation is the name itself ('a script called “Wild Rose,”')
  const last = ctx.sentLast[ctx.sent[i]];
  // ('Thatcher, dubbed the “Iron Lady” for her ..., was never': between commas after a noun,
  // with the sentence's verb after the second, it modifies the noun; "Mostyn, the group's head,
  // called the report a whitewash" is the verb)
  if (ctx.lower[i - 1] === "," && /^(NOUN|PROPN)$/.test(ctx.pos[i - 2] ?? "") && verbAfterComma(ctx, i, last))
    return true;
  // (also after an article: 'dubbed the “Iron Lady”')
  let from = ctx.pos[i + 1] === "DET" && ctx.pos[i + 2] === "QUOTE" ? i + 2 : i + 1;
  if (ctx.pos[from] === "QUOTE") {
    from++;
    while (from <= last && (ctx.inMark[from] >= 0 || ctx.pos[from] !== "QUOTE")) from++;
    from++;
    // ('The candidate labeled “a leader who ...” continues to lead': the sentence's verb follows)
    // (not "what multiple lawmakers called “fraud” lead": a noun with its article only)
    const noun = /^(NOUN|PROPN)$/.test(ctx.pos[i - 1]) && ctx.pos[i - 2] === "DET";
    if (noun && /^(VERB|AUX)$/.test(ctx.pos[from] ?? "")) return true;
  }
  for (let k = from; k <= Math.min(last, i + 8); k++) if (ctx.pos[k] === "QUOTE") return false;
  return treeRelation(ctx, i) === "acl";
}

/** Longest participle phrase between commas ("dubbed the “Iron Lady” for her forceful personality"). */
const MAX_PARTICIPLE_PHRASE = 15;

/** Does a finite verb follow one of the commas after token `i` in the phrase's reach? */
function verbAfterComma(ctx: Ctx, i: number, last: number): boolean {
  for (let k = i + 1; k < last && k <= i + MAX_PARTICIPLE_PHRASE; k++) {
    if (ctx.lower[k] !== ",") continue;
    const next = k + 1;
    if (ctx.pos[next] === "AUX" || (ctx.pos[next] === "VERB" && !/ing$/.test(ctx.lower[next]))) return true;
  }
  return false;
}

/** Most comma-separated pieces of an appositive between a name and its verb ("economist of X, Chicago"). */
const MAX_APPOSITIVE_PIECES = 3;

/** The subject of the cue at `i`, looking left but not before `lo`: a token range or null. */
export function subjectLeft(ctx: Ctx, i: number, lo: number): [number, number] | null {
  const k = wordBeforeVerb(ctx, i, lo);
  if (k < lo || ctx.inMark[k] >= 0) return null;
  let subject =
    ctx.lower[k] === "," && k - 1 >= lo
      ? appositiveSubject(ctx, k, lo)
      : (dashAppositiveSubject(ctx, k, lo) ?? subjectEndingAt(ctx, i, k, lo));
  if (!subject) return null;
  // ("the drug, which doctors said was safe": the relative pronoun is the reported clause's
  // subject, not part of the speaker's phrase)
  if (ctx.lower[subject[0]] === "which" && subject[1] > subject[0]) subject = [subject[0] + 1, subject[1]];
  const related = relationOf(ctx, subject, lo);
  return (
    subjectBeforeAdjunct(ctx, i, subject, lo) ??
    beforeOccasionPhrases(ctx, subject, lo) ??
    unclosedAppositive(ctx, subject, lo) ??
    datelineOwner(ctx, subject, lo) ??
    (related && (personBeforeRole(ctx, related, lo) ?? related)) ??
    unclosedRoleAppositive(ctx, subject, lo) ??
    personBeforeOf(ctx, subject, lo) ??
    participleHead(ctx, subject, lo) ??
    subject
  );
}

/** Most tokens of a title between a person's comma and the name of their body. */
const MAX_UNCLOSED_TITLE = 8;

/**
 * "Gail Pickles, River Protection Lead at Severn Trent said": an appositive whose closing comma is
 * missing ends with the body's name; the person before its opening comma speaks. Null otherwise.
 */
function unclosedAppositive(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  let j = np[0] - 1;
  while (
    j > lo &&
    np[0] - j <= MAX_UNCLOSED_TITLE &&
    (isCap(ctx.words[j]) || /^(at|of|for|with|and|the)$/.test(ctx.lower[j]))
  )
    j--;
  if (j <= lo || j === np[0] - 1 || ctx.lower[j] !== "," || ctx.nonAgent[j - 1] !== 2) return null;
  // (the words after the comma open with a capitalised title, not "the": "Jane Doe, the mayor of")
  if (!/^(at|of|for|with)$/.test(ctx.lower[np[0] - 1]) || !isCap(ctx.words[j + 1])) return null;
  return lastPropnRun(ctx, Math.max(lo, j - 4), j - 1);
}

/** Prepositions of an adjunct of where, when or how a statement was made (not "as", "after": clauses). */
const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "during", "at", "via", "through"]);

/**
 * "Holder, in a recent interview highlighted “...”": the noun phrase before the verb is the object
 * of an adjunct that a comma opens and none closes; the subject is the phrase before that comma.
 * Null when `np` is no such object.
 */
function subjectBeforeAdjunct(
  ctx: Ctx,
  i: number,
  np: [number, number],
  lo: number,
): [number, number] | null {
  const [a] = np;
  if (a - 3 < lo || !ADJUNCT_PREPOSITIONS.has(ctx.lower[a - 1]) || ctx.lower[a - 2] !== ",") return null;
  if (!/^(NOUN|PROPN|PRON)$/.test(ctx.pos[a - 3])) return null;
  return subjectEndingAt(ctx, i, a - 3, lo);
}

/** Heads of the occasion a statement was made on ("in a speech", "at the meeting"; lexicons/quotes/media.txt, convened-nouns.txt). */
const OCCASIONS: ReadonlySet<string> = new Set([
  ...MEDIA.map((words) => words[words.length - 1]),
  ...CONVENED_NOUNS,
]);

/** Most prepositional phrases of an occasion between a subject and its verb. */
const MAX_OCCASION_PHRASES = 4;

/**
 * "The president in a speech on Monday said", "Minutes from the meeting on Aug. 2 said": the
 * phrases of when and on what occasion it was said (a time, an occasion, or anything after a
 * person's name) are no subject; the noun phrase before them is. Null when `np` is no such
 * phrase's object.
 */
function beforeOccasionPhrases(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  let subject: [number, number] | null = null;
  // (the phrase may hold the last preposition already: "The president in a speech")
  let inside = np[1] - 1;
  while (inside > np[0] && !ADJUNCT_PREPOSITIONS.has(ctx.lower[inside])) inside--;
  let object: [number, number] = inside > np[0] ? [inside + 1, np[1]] : np;
  for (let hops = 0; hops < MAX_OCCASION_PHRASES; hops++) {
    const prep = object[0] - 1;
    // (past a first phrase, one inside it too: "from the meeting on Aug. 2")
    const inner = subject !== null && /^(with|of|from)$/.test(ctx.lower[prep]);
    if (prep - 1 < lo || (!ADJUNCT_PREPOSITIONS.has(ctx.lower[prep]) && !inner)) break;
    if (!/^(NOUN|PROPN|PRON)$/.test(ctx.pos[prep - 1])) break;
    const before = npLeft(ctx, prep - 1, lo);
    const occasion =
      inner ||
      OCCASIONS.has(ctx.lower[object[1]]) ||
      TIME_WORDS.has(ctx.lower[object[1]]) ||
      // (a date: "Aug. 2", not "Monday Chamisa")
      (CALENDAR_WORDS.has(ctx.lower[object[0]].replace(/\.$/, "")) &&
        (object[1] === object[0] || ctx.pos[object[1]] === "NUM")) ||
      ctx.nonAgent[before[1]] === 2;
    if (!occasion) break;
    subject = before;
    object = before;
  }
  return subject;
}

/**
 * "German police searching for a missing 10-year-old schoolgirl said": a noun phrase that ends a
 * participle phrase (its object, or a preposition's) is no subject; the noun the participle
 * modifies is. Null when no such participle stands before `np`.
 */
function participleHead(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  let k = np[0] - 1;
  // (a preposition's object, or a determined object: "listed state engineer Comelf" is a modifier)
  if (k >= lo && ctx.pos[k] === "ADP") k--;
  else if (ctx.pos[np[0]] !== "DET") return null;
  const participle = k - 1 >= lo && ctx.pos[k] === "VERB" && /(ing|ed)$/.test(ctx.lower[k]);
  if (!participle || !/^(NOUN|PROPN)$/.test(ctx.pos[k - 1])) return null;
  // (not the object of a finite verb: "Police arrested a man carrying ...")
  const head = npLeft(ctx, k - 1, lo);
  return head[0] === lo || /^(PUNCT|CCONJ|SCONJ)$/.test(ctx.pos[head[0] - 1] ?? "") ? head : null;
}

/**
 * "RMS International Inc., Hasbrouk Heights, N.J., ... said": a place after commas says where the
 * company or person before it is; that name is the subject. Null when `np` is no place so placed.
 */
function datelineOwner(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  // a place, or a town the entity layer missed before its state ("Bayonne, N.J.,")
  const place = ctx.nonAgent[np[1]] === 1 || (ctx.lower[np[1] + 1] === "," && ctx.nonAgent[np[1] + 2] === 1);
  if (!place || ctx.lower[np[1] + 1] !== ",") return null;
  let j = np[0] - 1;
  if (j < lo || ctx.lower[j] !== ",") return null;
  // back over names, commas and a description ("Hewlett-Packard, a Palo Alto, Calif., computer
  // company, said")
  const back = (k: number) => ctx.lower[k] === "," || ctx.lower[k] === "-" || DATELINE_TAGS.has(ctx.pos[k]);
  while (j - 1 >= lo && j > np[0] - 14 && back(j - 1)) j--;
  for (let t = j; t < np[0]; t++) {
    // a person or body the entity layer found, or the name that opens the phrase
    const named = ctx.nonAgent[t] === 2 || ctx.nonAgent[t] === 3;
    if (!named && !(t === j && ctx.pos[t] === "PROPN")) continue;
    let e = t;
    const same = (k: number) =>
      named ? ctx.nonAgent[k] === ctx.nonAgent[t] : ctx.pos[k] === "PROPN" || ctx.lower[k] === "-";
    while (e + 1 < np[0] && same(e + 1)) e++;
    // the owner's name is followed by a comma and opens the phrase (a name inside a description,
    // "a Palo Alto company", is no owner)
    if (ctx.lower[e + 1] === "," && !(t > lo && /^(DET|ADJ|ADP)$/.test(ctx.pos[t - 1]))) return [t, e];
    t = e;
  }
  return null;
}

/** Tags of the words a dateline and a description before the verb are made of. */
const DATELINE_TAGS = new Set(["PROPN", "DET", "ADJ", "NOUN"]);

/** Prepositions that tie a body or place to the person named before them ("Rikki Tod for Labour"). */
const PERSON_OF = new Set(["of", "at", "from", "for"]);

/**
 * "Bishop Ronald Gainer of the Catholic diocese of Harrisburg said", "Thomas C. Goldstein of the
 * law firm of Goldstein & Russell predicted": the person named before a chain of "of" phrases
 * speaks, not the last body or place of the chain. Null when no person is named before it.
 */
function personBeforeOf(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  // (from the first word of the name the phrase ends in: "of Action Against Hunger")
  let start = ctx.mentionFirst[np[0]] >= lo ? ctx.mentionFirst[np[0]] : np[0];
  // ("Goldstein & Russell": a firm's name joined by "&")
  if (ctx.lower[start - 1] === "&" && start - 2 >= lo && ctx.pos[start - 2] === "PROPN")
    start = npLeft(ctx, start - 2, lo)[0];
  for (let hops = 0; hops < 3; hops++) {
    const head = start - 2;
    if (head < lo || !PERSON_OF.has(ctx.lower[start - 1]) || !/^(NOUN|PROPN)$/.test(ctx.pos[head]))
      return null;
    start = npLeft(ctx, head, lo)[0];
    // (the person must not be a verb's object: "to block Donald Trump from the nomination say")
    if (ctx.nonAgent[head] === 2) return /^(VERB|ADP)$/.test(ctx.pos[start - 1] ?? "") ? null : [start, head];
  }
  return null;
}

/** Most prepositional phrases between a role noun and the subject's last noun phrase. */
const MAX_ROLE_HOPS = 3;

/**
 * "A friend of Smith said", "a neighbor of the victim", "The head of emergencies at the World Health
 * Organization warns": a person named by a relation or role to what follows is the subject, with
 * the phrases after it. Null when no such noun stands before them.
 */
function relationOf(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  let start = np[0];
  for (let hops = 0; hops < MAX_ROLE_HOPS; hops++) {
    const head = start - 2;
    const w = ctx.lower[head] ?? "";
    // (a role word may be read as an adjective: "chief")
    const noun = ctx.pos[head] === "NOUN" || ROLE_NOUNS.has(w);
    if (head < lo || !/^(of|at|for)$/.test(ctx.lower[start - 1]) || !noun) return null;
    if (RELATION_NOUNS.has(w) || ROLE_NOUNS.has(w)) return [npLeft(ctx, head, lo)[0], np[1]];
    start = npLeft(ctx, head, lo)[0];
  }
  return null;
}

/** A past participle right after a noun ("a statement released", "a letter sent")? */
function nounParticiple(ctx: Ctx, k: number, lo: number): boolean {
  return k - 1 >= lo && ctx.pos[k] === "VERB" && participle(ctx, k, true) && ctx.pos[k - 1] === "NOUN";
}

/**
 * Is the verb at `k` a participle ("-ed", "-en", "-ing")? `irregular`: also one the tag dictionary
 * knows as a past participle ("sent", "held"), though it may be a past tense ("spoke" is none).
 */
function participle(ctx: Ctx, k: number, irregular: boolean): boolean {
  if (/(ed|en|ing)$/.test(ctx.lower[k])) return true;
  // (the dictionary's participles include past tenses, "went": only before a time or an agent,
  // "sent Friday", "held by police")
  const next = ctx.lower[k + 1] ?? "";
  const adjunct = TIME_ADJUNCTS.has(next) || TIME_LEAD.has(next) || next === "by";
  return irregular && adjunct && dictionaryTags(ctx.lower[k]).includes("VBN");
}

/**
 * The last word of the subject of the verb at `i`: left past adverbs and auxiliaries, a
 * parenthesis ("Sen. Bernie Sanders (I-Vt.) said"), a time adjunct ("Trump on Tuesday said",
 * "police had last month charged") and a control verb's infinitive ("he used to boast").
 */
function wordBeforeVerb(ctx: Ctx, i: number, lo: number): number {
  let k = i - 1;
  for (;;) {
    // (and "there" after a noun: "City officials there said"; not the expletive "There appears")
    const placed = (j: number) =>
      /^(there|here)$/.test(ctx.lower[j]) && /^(NOUN|PROPN)$/.test(ctx.pos[j - 1] ?? "");
    while (
      k >= lo &&
      (BETWEEN.has(ctx.lower[k]) || (ctx.pos[k] === "ADV" && /ly$/.test(ctx.lower[k])) || placed(k))
    )
      k--;
    // (a legal form after a bracketed acronym: "the Nigerian National Petroleum Company (NNPC)
    // Limited said")
    if (k - 1 >= lo && companySuffixes.has(ctx.words[k]) && ctx.lower[k - 1] === ")") k--;
    if (k >= lo && ctx.lower[k] === ")") {
      let j = k - 1;
      while (j >= lo && j > k - 12 && ctx.lower[j] !== "(") j--;
      if (j >= lo && ctx.lower[j] === "(") {
        k = j - 1;
        continue;
      }
    }
    if (k >= lo && TIME_ADJUNCTS.has(ctx.lower[k])) {
      let j = k - 1;
      while (j >= lo && j > k - 4 && (TIME_ADJUNCTS.has(ctx.lower[j]) || TIME_LEAD.has(ctx.lower[j]))) j--;
      if (
        j >= lo &&
        (BETWEEN.has(ctx.lower[j]) ||
          ["PROPN", "NOUN", "PRON"].includes(ctx.pos[j]) ||
          ctx.lower[j] === ")" ||
          // (after an appositive: "The company, owned by X, earlier this month announced")
          (ctx.lower[j] === "," && j > lo) ||
          nounParticiple(ctx, j, lo))
      ) {
        k = j;
        continue;
      }
    }
    // "he went on to add that": the subject of "went" is the speaker
    if (k - 2 >= lo && ctx.lower[k] === "to" && ctx.lower[k - 1] === "on" && ctx.pos[k - 2] === "VERB") {
      k -= 3;
      continue;
    }
    // "Trump took to Twitter to note ...": the subject of "took" is the speaker
    const took = k - 3 >= lo && ctx.lower[k] === "to" ? tookToPlatform(ctx, k - 1, lo) : -1;
    if (took >= 0) {
      k = took - 1;
      continue;
    }
    if (
      k - 1 >= lo &&
      ctx.lower[k] === "to" &&
      (ctx.pos[k - 1] === "VERB" || ctx.pos[k - 1] === "ADJ") &&
      !CUE_VERBS.has(ctx.lower[k - 1])
    ) {
      k -= 2;
      continue;
    }
    return k;
  }
}

/** Forms of "take" in "took to Twitter to say". */
const TAKE_FORMS = new Set(["take", "takes", "took", "taken", "taking"]);

/** The "took" of "took to Twitter" whose platform ends at token `end` (time words may follow it); -1 if none. */
function tookToPlatform(ctx: Ctx, end: number, lo: number): number {
  let k = end;
  while (k > lo && (TIME_ADJUNCTS.has(ctx.lower[k]) || ctx.pos[k] === "ADV")) k--;
  if (!/^(NOUN|PROPN)$/.test(ctx.pos[k])) return -1;
  const to = npLeft(ctx, k, lo)[0] - 1;
  return to - 1 >= lo && ctx.lower[to] === "to" && TAKE_FORMS.has(ctx.lower[to - 1]) ? to - 1 : -1;
}

const NOT_A_NAME_BEFORE_VERB = new Set(["PRON", "DET", "ADP", "SCONJ", "ADV", "CCONJ", "PART"]);

/** Quantifiers that stand alone for people as a verb's subject ("Some say ...", "Another added: ..."). */
const QUANTIFIER_SUBJECTS = new Set(["some", "many", "most", "few", "several", "another"]);

/**
 * Is the quantifier at `k` the subject of the cue at `i = k + 1`, opening its clause ("Some say the
 * pope ...", "Now, many argue that ...")? Not a determiner: "most state parties", "have some say".
 */
function quantifierSubject(ctx: Ctx, k: number, i: number): boolean {
  if (k !== i - 1 || !QUANTIFIER_SUBJECTS.has(ctx.lower[k])) return false;
  const opens = k === ctx.sentFirst[ctx.sent[k]] || /^(,|;|but|now)$/.test(ctx.lower[k - 1] ?? "");
  // (and a clause, an object or a quotation after the verb: "several states and corporations" has none)
  const next = ctx.lower[i + 1] ?? "";
  return opens && (/^(DET|PRON|PROPN|QUOTE)$/.test(ctx.pos[i + 1] ?? "") || next === "that" || next === ":");
}

/** The subject whose last word is `k` (not a comma), for the cue at `i`. */
function subjectEndingAt(ctx: Ctx, i: number, k: number, lo: number): [number, number] | null {
  const p = ctx.pos[k];
  // a capitalised first word right before the verb is a name the tagger missed ("Cross called")
  if (
    k === ctx.sentFirst[ctx.sent[k]] &&
    k === i - 1 &&
    isCap(ctx.words[k]) &&
    !NOT_A_NAME_BEFORE_VERB.has(p)
  )
    return [k, k];
  if (p === "PRON") return [k, k];
  if (quantifierSubject(ctx, k, i)) return [k, k];
  // a share of people: "47% say", "Six in 10 say"
  if (ctx.lower[k] === "%" && k - 1 >= lo && ctx.pos[k - 1] === "NUM") return [npLeft(ctx, k - 1, lo)[0], k];
  // a participle after its head: "those surveyed say", "voters polled said"; with a time adjunct
  // after it the head alone: "A statement released Tuesday said"
  if (p === "VERB" && k < i - 1 && nounParticiple(ctx, k, lo)) return npLeft(ctx, k - 1, lo);
  if (
    p === "VERB" &&
    k === i - 1 &&
    k - 1 >= lo &&
    /ed$/.test(ctx.lower[k]) &&
    (ctx.lower[k - 1] === "those" || ctx.pos[k - 1] === "NOUN")
  )
    return [ctx.pos[k - 1] === "NOUN" ? npLeft(ctx, k - 1, lo)[0] : k - 1, k];
  // an adjective as the head of a noun phrase: "the self-described democratic socialist said"
  // (or a noun the tagger read as an adjective after a name: "Texas teen says")
  // (or a role noun read as an adjective after its modifier: "Charleston’s police chief says"; or
  // any after its owner: "Israel's military said in a statement")
  const before = ctx.pos[k - 1] ?? "";
  // (a finite verb after it: "the DRC's ninth known outbreak", "it's worth pointing out" are not)
  const finite = !/ing$/.test(ctx.lower[i]) && !/^(NOUN|ADJ)$/.test(ctx.pos[i + 1] ?? "");
  const roleAdjective =
    (ROLE_NOUNS.has(ctx.lower[k]) && before === "NOUN") || (ctx.lower[k - 1] === "'s" && finite);
  if (p === "ADJ" && k === i - 1 && k - 1 >= lo && (/^(DET|ADJ|PROPN)$/.test(before) || roleAdjective))
    return npLeft(ctx, k, lo);
  if (p === "PROPN" || p === "NOUN" || p === "NUM" || (isCap(ctx.words[k]) && (p === "ADJ" || p === "X"))) {
    const np = npLeft(ctx, k, lo);
    // "the Toronto cable television and telecommunications concern": two trades, one body
    const and = np[0] - 1;
    if (ctx.lower[and] === "and" && np[1] > np[0] && and - 1 >= lo && ctx.pos[and - 1] === "NOUN")
      if (DESCRIPTIONS.get(ctx.lower[np[1]]) === "organization") np[0] = npLeft(ctx, and - 1, lo)[0];
    // a share: "four in 10 (voters)", "nine out of 10"
    const a = np[0];
    if (ctx.pos[a] === "NUM" && a - 2 >= lo && ctx.lower[a - 1] === "in" && ctx.pos[a - 2] === "NUM")
      return [npLeft(ctx, a - 2, lo)[0], k];
    return coordinatedSubject(ctx, np, lo) ?? modifiedSubject(ctx, np, lo) ?? np;
  }
  return null;
}

/**
 * "A person familiar with the matter told", "officials close to the talks said": the noun phrase
 * before the verb is the object of a phrase that modifies the subject's head noun.
 */
function modifiedSubject(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  const relative = relativeObjectSubject(ctx, np, lo);
  if (relative) return relative;
  const adp = np[0] - 1;
  // "the maker of boots", "the maker of Western boots and leather accessories": a company's
  // description and what it makes
  const described = describedMaker(ctx, np, lo);
  if (described) return described;
  // (a subordinator the tagger reads as a preposition opens a clause: "fell out of their chairs
  // after Zoe Saldana revealed ...")
  if (adp - 1 < lo || ctx.pos[adp] !== "ADP" || CLAUSE_OPENERS.has(ctx.lower[adp])) return null;
  // "China's ambassador to Britain", "a spokesman for the ministry": a role noun and its phrase;
  // "Officials in Kenya", "residents of the town": a group noun and where it is; "the embassy in
  // Kabul", "the Rumble bar in San Antonio": a body and where it is
  if (/^(NOUN|PROPN)$/.test(ctx.pos[adp - 1]) && roleOrGroupNoun(ctx.lower[adp - 1]))
    return [npLeft(ctx, adp - 1, lo)[0], np[1]];
  if (ctx.pos[adp - 1] === "NOUN" && /^(in|at)$/.test(ctx.lower[adp]) && placeWords(ctx, np))
    return [npLeft(ctx, adp - 1, lo)[0], np[1]];
  const modifier = adp - 1;
  const head = modifier - 1;
  const participle = participleModified(ctx, adp, lo);
  if (participle) return [participle[0], np[1]];
  if (head < lo || !/^(NOUN|PRON)$/.test(ctx.pos[head])) return null;
  const adjective =
    ctx.pos[modifier] === "ADJ" || (ctx.pos[modifier] === "VERB" && /ed$/.test(ctx.lower[modifier]));
  return adjective ? [npLeft(ctx, head, lo)[0], np[1]] : null;
}

/** Is token `k` part of a country's name as the entity layer found it? */
function inCountry(ctx: Ctx, k: number): boolean {
  const at = ctx.starts[k];
  return ctx.article.entities.some(
    (e) => e.type === "country" && e.mentions.some((m) => m.start <= at && at < m.end),
  );
}

/** Are the words of `np` a place's name (a determiner aside)? */
export function placeWords(ctx: Ctx, [a, b]: [number, number]): boolean {
  if (ctx.pos[a] === "DET") a++;
  // (a country is a place too: "the U.S. coalition in Syria")
  // (only a word the entity layer marked a body or country is looked up among the countries)
  for (let k = a; k <= b; k++)
    if (ctx.nonAgent[k] !== 1 && !(ctx.nonAgent[k] === 3 && inCountry(ctx, k))) return false;
  return a <= b;
}

/** "the maker of (Western boots and) leather accessories": [description, np[1]], or null. */
function describedMaker(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  let of = np[0] - 1;
  if (/^(and|or)$/.test(ctx.lower[of]) && of - 2 >= lo && ctx.pos[of - 1] === "NOUN")
    of = npLeft(ctx, of - 1, lo)[0] - 1;
  const noun = of - 1;
  if (noun < lo || ctx.lower[of] !== "of" || DESCRIPTIONS.get(ctx.lower[noun]) !== "organization")
    return null;
  return [npLeft(ctx, noun, lo)[0], np[1]];
}

/**
 * "Legislators who backed the bill said", "analysts who spoke to Reuters said": the noun phrase
 * before the verb is an object in a restrictive relative clause; the subject is the noun the
 * clause modifies, with the clause.
 */
function relativeObjectSubject(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  // (the object may open with a possessive, "who have praised his candidacy", or be a
  // preposition's, "analysts who spoke to Reuters")
  let verb = /^(his|her|their|its|our|my|your)$/.test(ctx.lower[np[0] - 1] ?? "") ? np[0] - 2 : np[0] - 1;
  if (verb > lo && ctx.pos[verb] === "ADP") verb--;
  let relative = verb - 1;
  while (relative > lo && (ctx.pos[relative] === "AUX" || ctx.pos[relative] === "ADV")) relative--;
  const head = relative - 1;
  if (head < lo || ctx.pos[verb] !== "VERB" || !/^(who|that)$/.test(ctx.lower[relative])) return null;
  return /^(NOUN|PROPN)$/.test(ctx.pos[head]) ? [npLeft(ctx, head, lo)[0], np[1]] : null;
}

/**
 * "Scientists using a telescope on Mauna Kea confirmed": the phrase before the preposition at
 * `adp` is the object of a participle that modifies the subject; returns the subject's phrase.
 */
function participleModified(ctx: Ctx, adp: number, lo: number): [number, number] | null {
  let part = adp;
  // back over the participle's object and prepositional phrases ("speaking on condition of anonymity")
  for (let hops = 0; hops < 3 && ctx.pos[part] === "ADP"; hops++) {
    if (ctx.pos[part - 1] === "VERB") {
      part--;
      break;
    }
    if (!/^(NOUN|PROPN)$/.test(ctx.pos[part - 1] ?? "")) return null;
    part = npLeft(ctx, part - 1, lo)[0] - 1;
  }
  if (
    part - 1 < lo ||
    ctx.pos[part] !== "VERB" ||
    !(/ing$/.test(ctx.lower[part]) || ACCUSED.has(ctx.lower[part]))
  )
    return null;
  // ("The man accused of egging on Kavanaugh denied": a gerund inside an accusation)
  if (ctx.lower[part - 1] === "of" && part - 3 >= lo && ACCUSED.has(ctx.lower[part - 2])) part -= 2;
  return /^(NOUN|PROPN)$/.test(ctx.pos[part - 1]) ? npLeft(ctx, part - 1, lo) : null;
}

/** Words before a clause's subject (subordinators the tagger may read as prepositions: "As X and Y reported"). */
const CLAUSE_OPENERS = new Set([
  ",",
  "both",
  "that",
  ";",
  ":",
  "—",
  "as",
  "after",
  "before",
  "since",
  "while",
  "when",
  "because",
  "although",
  "though",
  "if",
  "until",
  "once",
]);

/**
 * "Holcomb and GOP legislative leaders touted", "both NBC News and Bloomberg have reported": two
 * noun phrases joined by "and" that open their clause are one joint subject. A first conjunct after
 * a verb is its object ("praised Jones and Brown said"), not part of the subject.
 */
function coordinatedSubject(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  const and = np[0] - 1;
  if (and - 1 < lo || ctx.lower[and] !== "and") return null;
  // (a serial comma before "and": "Apple, Google, and Microsoft")
  const before = ctx.lower[and - 1] === "," && agentAt(ctx, np[0]) ? and - 2 : and - 1;
  const p = ctx.pos[before];
  if (before < lo || (p !== "PROPN" && p !== "NOUN")) return null;
  const first = npLeft(ctx, before, lo);
  // the earlier names of a list ("Apple, Google and Microsoft"), people or bodies all
  let list = first;
  while (
    ctx.lower[list[0] - 1] === "," &&
    list[0] - 2 >= lo &&
    agentAt(ctx, list[0]) &&
    agentAt(ctx, list[0] - 2)
  )
    list = npLeft(ctx, list[0] - 2, lo);
  const start = list !== first && opensClause(ctx, list[0] - 1, lo) ? list[0] : first[0];
  const opener = start - 1;
  if (!opensClause(ctx, opener, lo)) return null;
  return [ctx.lower[opener] === "both" ? opener : start, np[1]];
}

/** Does the word at `opener` (before `lo`: none) leave a subject after it free to begin the clause? */
function opensClause(ctx: Ctx, opener: number, lo: number): boolean {
  // a sentence-opening adverb ("Afterwards the singer and guitarist told") leaves the clause open
  const openingAdverb = opener === ctx.sentFirst[ctx.sent[opener]] && ctx.pos[opener] === "ADV";
  return opener < lo || CLAUSE_OPENERS.has(ctx.lower[opener]) || ctx.pos[opener] === "SCONJ" || openingAdverb;
}

/** Most tokens of an appositive between dashes. */
const MAX_DASH_APPOSITIVE = 16;

/**
 * "Councillor Stewart Hunter – the council's convener – claims": the name before an appositive
 * between dashes that closes at `k`, when the entity layer found a person or body there; else null.
 */
function dashAppositiveSubject(ctx: Ctx, k: number, lo: number): [number, number] | null {
  if (!/^[–—]$/.test(ctx.lower[k] ?? "")) return null;
  const open = ctx.lower.lastIndexOf(ctx.lower[k], k - 1);
  if (open - 1 < lo || k - open > MAX_DASH_APPOSITIVE || ctx.nonAgent[open - 1] < 2) return null;
  for (let j = open + 1; j < k; j++) if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") return null;
  // (the name is the whole subject, not the object of a preposition in it: "The report from
  // Belgium – federated in 1997 – states")
  const name = lastPropnRun(ctx, lo, open - 1);
  return name && (name[0] === lo || /^(PUNCT|CCONJ|SCONJ)$/.test(ctx.pos[name[0] - 1])) ? name : null;
}

/** Is token `k` part of a person's or a body's name the entity layer found? */
function agentAt(ctx: Ctx, k: number): boolean {
  return ctx.nonAgent[k] >= 2;
}

/**
 * The subject before an appositive that ends with the comma at `k`: "Smith, head of the centre,
 * said" / "the head of the centre, John Smith, said", but not a name inside a relative clause
 * ("Smith, who lives in Miami, said"); a parenthesis may follow the name ("Gov. John Smith (R-OH),
 * said").
 */
/** The token before a bracketed phrase that ends at `p` ("... Change (MDC)"), or `p` itself. */
function beforeParenthesis(ctx: Ctx, p: number, lo: number): number {
  if (ctx.lower[p] !== ")") return p;
  let q = p - 1;
  while (q > lo && q > p - 8 && ctx.lower[q] !== "(") q--;
  return ctx.lower[q] === "(" && q - 1 >= lo ? q - 1 : p;
}

function appositiveSubject(ctx: Ctx, k: number, lo: number): [number, number] | null {
  const p = beforeParenthesis(ctx, k - 1, lo);
  // "Will Moy, the chief executive of Full Fact, said": the name after "of" only says whose
  // executive; the noun phrase before the appositive speaks
  if (ctx.pos[p] === "PROPN" && roleAppositive(ctx, k, lo)) {
    const head = headBeforeAppositive(ctx, k, lo);
    if (head) return outerAppositive(ctx, head, lo) ?? head;
  }
  const renamed = ctx.pos[p] === "PROPN" ? personBeforeRenamedRole(ctx, k, lo) : null;
  if (renamed) return renamed;
  if (
    ctx.pos[p] === "PROPN" &&
    !TIME_ADJUNCTS.has(ctx.lower[p]) &&
    !adjunctBetweenCommas(ctx, k, lo) &&
    !inRelative(ctx, k, lo) &&
    !inParticiple(ctx, k, lo) &&
    !partyTag(ctx, k, lo)
  ) {
    const run = lastPropnRun(ctx, Math.max(lo, p - 6), p);
    // "Heritage Media Corp., New York, said": a place between commas says where the name before is
    if (run && run[1] === p && ctx.nonAgent[p] !== 1) return run;
  }
  const head = headBeforeAppositive(ctx, k, lo);
  if (head) return head;
  // the clause from `lo` must be free of finite verbs for an appositive reading (an infinitive is
  // none: "Thomson, in India to talk to tourism leaders, said")
  // (the parser's tagger settles a noun that looks like a verb: "the post match press conference")
  for (let j = lo; j < k; j++)
    if (
      ctx.pos[j] === "VERB" &&
      !/ing$|ed$/.test(ctx.lower[j]) &&
      ctx.lower[j - 1] !== "to" &&
      treeTag(ctx, j) !== "NOUN"
    )
      return null;
  // the noun phrase before the phrase's opening comma ("The luxury airline and casino company,
  // 98.6%-owned by investor Kirk Kerkorian, announced": not the participle's agent)
  const opening = ctx.lower.indexOf(",", lo);
  const np =
    opening > lo && opening < k ? (firstPropnRun(ctx, lo, opening - 1) ?? npRight(ctx, lo, opening)) : null;
  const before = np && /^(NOUN|PROPN)$/.test(ctx.pos[np[1]]) ? np : null;
  return before ?? firstPropnRun(ctx, lo, k - 1) ?? npRight(ctx, lo, k);
}

/**
 * Does the comma at `k` close a description of the kind "the chief executive of X", "a spokesman
 * for X" (an article, then a name after a preposition, with no verb)?
 */
function roleAppositive(ctx: Ctx, k: number, lo: number): boolean {
  let j = k - 1;
  while (j > lo && j > k - 24 && ctx.lower[j] !== "," && ctx.pos[j] !== "VERB" && ctx.pos[j] !== "AUX") j--;
  if (j <= lo || ctx.lower[j] !== ",") return false;
  // "a former staff member for Maryland Republicans such as ... Helen Bentley": a role noun before
  // the first preposition heads the description, whatever names follow it
  if (/^(the|a|an)$/.test(ctx.lower[j + 1]) && roleBeforePreposition(ctx, j + 2, k)) return true;
  // an article ("the chief executive of") or a role word ("associate professor of"), or any
  // description after a person the entity layer found ("Ms. Feinstein, ranking Democrat on")
  if (
    !/^(the|a|an)$/.test(ctx.lower[j + 1]) &&
    !ROLE_NOUNS.has(ctx.lower[j + 1]) &&
    !ROLE_NOUNS.has(ctx.lower[j + 2]) &&
    ctx.nonAgent[j - 1] !== 2
  )
    return false;
  // (past an acronym in brackets after the name: "the opposition Movement for Democratic Change (MDC)")
  const e = beforeParenthesis(ctx, k - 1, j + 1);
  const run = lastPropnRun(ctx, j + 1, e);
  if (!run || run[1] !== e) return false;
  // a name with "and" or "of" inside ("the London School of Hygiene and Tropical Medicine")
  while (/^(and|&|of)$/.test(ctx.lower[run[0] - 1]) && run[0] - 2 > j && ctx.pos[run[0] - 2] === "PROPN")
    run[0] = (lastPropnRun(ctx, j + 1, run[0] - 2) as [number, number])[0];
  let before = run[0] - 1;
  // (past the name's own description: "lawyer for porn star Stormy Daniels")
  while (before > j + 1 && before >= run[0] - 3 && /^(NOUN|ADJ)$/.test(ctx.pos[before])) before--;
  if (ctx.lower[before] === "the") before--;
  // ("the second-largest producer of electric cars after Tesla": a comparison names another)
  return /^(of|for|at|in|on|from|against|with|after|behind|than)$/.test(ctx.lower[before]);
}

/** Is the first preposition in [a, k) one of a role's ("member for", "spokesman at"), after a role noun? */
function roleBeforePreposition(ctx: Ctx, a: number, k: number): boolean {
  for (let x = a; x < k; x++)
    if (ctx.pos[x] === "ADP")
      return x > a && /^(of|for|at|with)$/.test(ctx.lower[x]) && ROLE_NOUNS.has(ctx.lower[x - 1]);
  return false;
}

/**
 * "Sean Robertson, a spokesperson for Inherent Resolve, the U.S. operation in Syria, told": the
 * phrase before the last appositive is itself the object of a role appositive; the name before
 * that one speaks. Null when `head` is no such object.
 */
function outerAppositive(ctx: Ctx, head: [number, number], lo: number): [number, number] | null {
  const adp = head[0] - 1;
  if (adp - 2 < lo || ctx.pos[adp] !== "ADP" || !ROLE_NOUNS.has(ctx.lower[adp - 1])) return null;
  for (let c = adp - 2; c >= lo && c >= adp - 6; c--) {
    if (ctx.lower[c] !== ",") continue;
    const run = c - 1 >= lo ? lastPropnRun(ctx, Math.max(lo, c - 6), c - 1) : null;
    return run && run[1] === c - 1 ? run : null;
  }
  return null;
}

/**
 * "Murshed Zaheed, acting political director of CREDO Action, which organized the letter, said":
 * the role phrase taken as the subject is itself an appositive on the person named before its
 * comma, who speaks. Null when `np` is no such role phrase.
 */
function personBeforeRole(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  let role = false;
  for (let k = np[0]; k <= np[1] && !role; k++) role = ROLE_NOUNS.has(ctx.lower[k]) && ctx.pos[k] === "NOUN";
  let c = np[0] - 1;
  if (/ing$/.test(ctx.lower[c] ?? "") && ctx.pos[c] === "VERB") c--;
  if (!role || c - 1 < lo || ctx.lower[c] !== "," || ctx.nonAgent[c - 1] !== 2) return null;
  return lastPropnRun(ctx, Math.max(lo, c - 6), c - 1);
}

/**
 * "John Smith, a spokesman for the council said": a determined role phrase whose closing comma is
 * missing describes the person named before its comma, who speaks, when that name opens the
 * sentence or a comma-closed phrase (after "After meeting John Smith," or "with Joe Scarborough and
 * Mika Brzezinski," the role phrase is the subject). Null otherwise.
 */
function unclosedRoleAppositive(ctx: Ctx, np: [number, number], lo: number): [number, number] | null {
  if (!/^(a|an|the)$/.test(ctx.lower[np[0]])) return null;
  for (let k = np[0]; k <= np[1]; k++) if (ctx.pos[k] === "CCONJ" || ctx.lower[k] === ",") return null;
  const person = personBeforeRole(ctx, np, lo);
  return person && (person[0] === lo || ctx.pos[person[0] - 1] === "PUNCT") ? person : null;
}

/**
 * "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore
 * Romano, said", "Prince Andrew, the younger brother of heir to the British throne, Charles, has
 * told": a name between the commas before `k` renames the end of a role or relation description,
 * which is an appositive on the person named before it; that person speaks. Null otherwise.
 */
function personBeforeRenamedRole(ctx: Ctx, k: number, lo: number): [number, number] | null {
  let j = k - 1;
  while (j > lo && j > k - 8 && ctx.pos[j] === "PROPN") j--;
  if (j <= lo || ctx.lower[j] !== "," || j === k - 1) return null;
  let c = j - 1;
  let role = false;
  for (; c > lo && c > j - 16 && ctx.lower[c] !== ","; c--) {
    if (ctx.pos[c] === "VERB" || ctx.pos[c] === "AUX") return null;
    role ||= (ROLE_NOUNS.has(ctx.lower[c]) || RELATION_NOUNS.has(ctx.lower[c])) && ctx.pos[c] === "NOUN";
  }
  const opens = /^(the|a|an)$/.test(ctx.lower[c + 1]) || ROLE_NOUNS.has(ctx.lower[c + 1]);
  if (!role || !opens || ctx.lower[c] !== "," || c - 1 < lo || ctx.nonAgent[c - 1] !== 2) return null;
  return lastPropnRun(ctx, Math.max(lo, c - 6), c - 1);
}

/** Does the comma at `k` close a party-and-state tag ("Sen. Ted Cruz, R-Texas, said")? */
function partyTag(ctx: Ctx, k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 6; j--)
    if (ctx.lower[j] === ",")
      return /^[RDI]-\p{Lu}[\p{L}.]*$/u.test(ctx.text.slice(ctx.ends[j], ctx.starts[k]).trim());
  return false;
}

/**
 * "Smith, who heads the centre, said", "China, Pyongyang's only ally, said", "Some conservatives,
 * taken aback, worried": the noun phrase before a comma-delimited appositive with no finite verb of
 * its own (a relative clause may have one), past an age ("Smith, 58, who lives ..., said").
 */
function headBeforeAppositive(ctx: Ctx, k: number, lo: number): [number, number] | null {
  for (let j = k - 1; j > lo && j > k - 30; j--) {
    if (ctx.lower[j] !== ",") continue;
    // (past a list's commas inside a participle clause, to the comma that opens it)
    const opensParticiple = ctx.pos[j + 1] === "VERB" && /(ing|ed)$/.test(ctx.lower[j + 1]);
    // (or inside a relative clause: "Nashua, whose business is selling copiers, facsimile machines
    // and related supplies, said")
    if (!opensParticiple && listComma(ctx, j, k) && inParticiple(ctx, k, lo)) continue;
    if (
      !opensParticiple &&
      relativeBefore(ctx, j, lo) &&
      (joinedAfter(ctx, j, k) || placeOrDatePiece(ctx, j))
    )
      continue;
    // (a town and its state are one place, inside a participle or relative phrase opened by an
    // earlier comma: "The company, based in Toledo, Ohio, said")
    if (
      ctx.nonAgent[j - 1] === 1 &&
      ctx.nonAgent[j + 1] === 1 &&
      opensPhrase(ctx, ctx.lower.lastIndexOf(",", j - 1), lo)
    )
      continue;
    const w = ctx.lower[j + 1];
    const relative = w === "who" || w === "which" || w === "whose";
    let finite = false;
    if (!relative) {
      // (a participle opening the appositive is none, however it is spelt: "The letter, sent Friday,";
      // nor are the verbs of a relative clause inside it: "Hunter Richard, the teen who says ...,")
      for (let x = j + 1; x < k && !(x > j + 2 && /^(who|whom)$/.test(ctx.lower[x])); x++)
        if (
          (ctx.pos[x] === "VERB" && !participle(ctx, x, true) && ctx.lower[x - 1] !== "to") ||
          ctx.pos[x] === "AUX"
        )
          finite = true;
    }
    let h = j - 1;
    if (relative && ctx.pos[h] === "NUM" && ctx.lower[h - 1] === "," && h - 2 >= lo) h -= 2;
    // (a role word read as an adjective is a noun here: "The police chief, who ...")
    const role = ctx.pos[h] === "ADJ" && DESCRIPTIONS.has(ctx.lower[h]);
    if (!finite && (role || ctx.pos[h] === "PROPN" || ctx.pos[h] === "NOUN" || ctx.pos[h] === "PRON")) {
      if (role) return [npLeft(ctx, h - 1, lo)[0], h];
      // (two or more joined: "Smith and Jones, the two partners, said")
      const np = npLeft(ctx, h, lo);
      // (before a participle clause, no object of a verb or preposition: "spoke for more than 45
      // minutes, criticizing ..." is no subject)
      const object = /^(ADP|VERB)$/.test(ctx.pos[np[0] - 1] ?? "") || ctx.lower[np[0] - 1] === "than";
      if (/ing$/.test(w) && ctx.pos[j + 1] === "VERB" && object) return null;
      return coordinatedSubject(ctx, np, lo) ?? np;
    }
    return null;
  }
  return null;
}

/**
 * Does the comma at `k` close a participle clause ("..., speaking at a rally in Ohio,", "...,
 * controlled by James Pattison,")?
 */
function inParticiple(ctx: Ctx, k: number, lo: number): boolean {
  for (let j = k - 1; j > lo && j > k - 20; j--) {
    if (ctx.lower[j] !== ",") continue;
    if (ctx.pos[j + 1] === "VERB" && /(ing|ed)$/.test(ctx.lower[j + 1])) return true;
    // ("Jim Pattison Industries Ltd., one of a group of companies owned by James Pattison, said":
    // the name after a participle's "by" inside the appositive is its agent, not the subject)
    for (let m = j + 2; m < k - 1; m++)
      if (/ed$/.test(ctx.lower[m]) && ctx.lower[m + 1] === "by") return true;
    // (past the commas of a list inside the clause: "alluding to ... his department, the F.B.I.,
    // and MGM,")
    if (!listComma(ctx, j, k)) return false;
  }
  return false;
}

/** Is the comma at `j` one of a list's that ends with ", and X" / ", or X" before `k`? */
function listComma(ctx: Ctx, j: number, k: number): boolean {
  for (let x = j; x < k - 1; x++)
    if (ctx.lower[x] === "," && /^(and|or)$/.test(ctx.lower[x + 1])) return true;
  return false;
}

/** Does "and" or "or" join a list's last item between the comma at `j` and token `k`? */
function joinedAfter(ctx: Ctx, j: number, k: number): boolean {
  for (let x = j + 1; x < k; x++) if (/^(and|or)$/.test(ctx.lower[x])) return true;
  return false;
}

/** Does a relative clause (", who", ", which", ", whose") open shortly before the comma at `j`? */
function relativeBefore(ctx: Ctx, j: number, lo: number): boolean {
  for (let x = j - 1; x > lo && x > j - 25; x--)
    if (ctx.lower[x] === "," && /^(who|which|whose)$/.test(ctx.lower[x + 1])) return true;
  return false;
}

/** Does the comma at `k` close a relative clause ("..., who lives in Miami,")? */
function inRelative(ctx: Ctx, k: number, lo: number): boolean {
  for (let j = k - 1; j > lo && j > k - 30; j--) {
    if (ctx.lower[j] !== ",") continue;
    // (past a list's commas inside it: "The group, which operates in Hungary, Poland and the Czech
    // Republic, reported")
    if (!/^(who|which|whose)$/.test(ctx.lower[j + 1]) && joinedAfter(ctx, j, k) && relativeBefore(ctx, j, lo))
      continue;
    // (past a place's or a date's commas inside the clause: "Sandy Phillips, who lost her daughter
    // in Aurora, Colorado, in July 2012, said")
    if (placeOrDatePiece(ctx, j) && relativeBefore(ctx, j, lo)) continue;
    return /^(who|which|whose)$/.test(ctx.lower[j + 1]) || relativeOnAppositive(ctx, j, k);
  }
  return false;
}

/**
 * "Ms. Khan, in an opinion article published in The Washington Post, rebuked": the phrase between
 * the commas before `k` opens with a preposition (an adjunct, not an appositive), so a name at its
 * end is no subject.
 */
function adjunctBetweenCommas(ctx: Ctx, k: number, lo: number): boolean {
  for (let j = k - 1; j > lo && j > k - 20; j--)
    if (ctx.lower[j] === ",") return ctx.pos[j + 1] === "ADP" && !/^(of|for|with)$/.test(ctx.lower[j + 1]);
  return false;
}

/** Does the comma at `c` (after `lo`) open a participle or relative phrase ("X, based in", "X, which")? */
function opensPhrase(ctx: Ctx, c: number, lo: number): boolean {
  if (c <= lo) return false;
  const w = ctx.lower[c + 1];
  return /^(who|which|whose)$/.test(w) || (ctx.pos[c + 1] === "VERB" && /(ed|ing)$/.test(w));
}

/** Does a place name ("Colorado,") or a dated phrase ("in July 2012,") follow the comma at `j`? */
function placeOrDatePiece(ctx: Ctx, j: number): boolean {
  return (
    ctx.nonAgent[j + 1] === 1 ||
    (ctx.pos[j + 1] === "ADP" && /^(in|on|at|during|since)$/.test(ctx.lower[j + 1]))
  );
}

/**
 * "Gov. John Kasich, a Republican who has refused to endorse Mr. Trump, said": between the commas
 * at `j` and `k`, a noun phrase and a relative clause on it (no verb before the pronoun).
 */
function relativeOnAppositive(ctx: Ctx, j: number, k: number): boolean {
  for (let x = j + 2; x < k; x++) {
    if (ctx.pos[x] === "VERB" || ctx.pos[x] === "AUX") return false;
    if (/^(who|whose|which)$/.test(ctx.lower[x])) return /^(NOUN|PROPN)$/.test(ctx.pos[x - 1]);
  }
  return false;
}

/** The speaker named after the cue at `i` ("said John Smith, head of ..."), or null. */
export function subjectRight(ctx: Ctx, i: number, hi: number): [number, number] | null {
  let k = i + 1;
  while (k < hi && (ctx.pos[k] === "ADV" || ctx.lower[k] === "by" || ctx.lower[k] === "in")) k++;
  const np = npRight(ctx, k, hi);
  // ("..., said in a statement": the message it was said in, not who said it)
  if (!np || (ctx.lower[k - 1] === "in" && MESSAGE_NOUNS.has(ctx.lower[np[1]]))) return null;
  return np;
}

export interface Frame {
  cue: [number, number];
  cueType: CueType;
  speaker: [number, number] | null;
  /** Name of an outlet that relayed the words ("TASS quoted him as saying"). */
  relay: string | null;
  /** Last token of the frame. */
  last: number;
}

/**
 * A frame starting at token `a` (after a closing quotation mark), running to `hi` (exclusive):
 * `said X`, `X said`, `X quoted Y as saying`. Returns null when the words are not a frame.
 */
/** Cue verbs that take an object: after them a noun phrase is what they act on, not who speaks. */
const OBJECT_TAKING: ReadonlySet<string> = new Set([
  ...CUE_CLASSES.objectVerbs.filter((v) => v !== "ask" && v !== "warn"),
  ...CUE_CLASSES.transitiveStance,
]);

export function frameAfter(ctx: Ctx, a: number, hi: number): Frame | null {
  while (a < hi && (ctx.pos[a] === "PUNCT" || ctx.pos[a] === "QUOTE") && ctx.lower[a] !== ":") a++;
  if (a >= hi) return null;
  const c0 = cueAt(ctx, a) ?? invertedCueAt(ctx, a) ?? frameVerbAt(ctx, a);
  // "..., calling it “absurd”": a participle has no subject after it
  if (c0 && /ing$/.test(ctx.lower[a])) return null;
  return c0 ? invertedFrame(ctx, a, hi, c0) : subjectFirstFrame(ctx, a, hi);
}

/** "“...,” said X": the cue at `a`, its source right after it. */
function invertedFrame(ctx: Ctx, a: number, hi: number, c0: CueHit): Frame | null {
  // ("..., who asked not to be identified, told Reuters": after a tell-type verb, its addressee)
  if (c0.lemma === "tell") return null;
  let sp = subjectRight(ctx, a, hi);
  // a verb first needs its source right after it ("concludes with" is no frame), and no verb of
  // its own after that ("citing ''...,'' said the candidate could be ...": a content clause)
  if (!sp) return null;
  const after = sp[1] + 1 < hi ? ctx.pos[sp[1] + 1] : "";
  if ((after === "AUX" || after === "VERB") && !/ing$/.test(ctx.lower[sp[1] + 1])) return null;
  // a verb with an object ("..., urged a strong stand, ...") is inverted only before a source, a
  // stance verb never ("..., slammed Mayor Schaaf, who ...": its object)
  if (OBJECT_TAKING.has(c0.lemma) && (!sourceLike(ctx, sp) || TRANSITIVE_STANCE.has(c0.lemma))) return null;
  // "said lobbyist and GOP strategist Charlie Black": two roles before one name
  const name = roleAndName(ctx, sp[1] + 1, hi);
  if (name >= 0) sp = [sp[0], name];
  // "said the tourist, Khaled Hijazi, 37": a description renamed by the person after it (past a
  // phrase on the description: "the emergency chief for the city of Puebla, Gustavo Ariza")
  const comma = pastRolePhrase(ctx, sp[1] + 1, hi);
  const renamed =
    (ctx.pos[sp[1]] === "NOUN" || ROLE_NOUNS.has(ctx.lower[sp[1]])) && ctx.lower[comma] === ","
      ? firstPropnRun(ctx, comma + 1, comma + 1)
      : null;
  if (renamed && ctx.nonAgent[renamed[0]] === 2) {
    const run = lastPropnRun(ctx, renamed[0], Math.min(hi - 1, renamed[0] + 4));
    if (run) sp = run;
  }
  let run = firstPropnRun(ctx, sp[0], sp[1]);
  // ("said Vice Minister of Security Eduardo Solano": a title with its portfolio before the name)
  const portfolio = run ? portfolioName(ctx, run, sp[1] + 1) : -1;
  // "said Texas manager Johnny Oates", "says Merrill Lynch food analyst William Maguire": a team
  // or body, a role, then the person
  const person = run ? personAfterRole(ctx, run[1] + 1, sp[1]) : -1;
  if (person >= 0) run = firstPropnRun(ctx, person, sp[1]);
  // ("said Chief Operating Officer Gary Thomas": a capitalised title the tagger broke with a verb)
  if (run && capitalisedToPerson(ctx, sp)) run = [run[0], sp[1]];
  // ("said a Pentagon official", "says one Western diplomat": the name modifies an unnamed
  // individual, who speaks, as in "a Pentagon official said")
  const modifier =
    run && INDEFINITE.has(ctx.lower[sp[0]]) && run[1] < sp[1] && ctx.pos[run[1] + 1] === "NOUN";
  if (run && ctx.lower[sp[0]] !== "the" && !modifier && name < 0 && portfolio < 0) sp = [sp[0], run[1]];
  // "said a report from Kotak Institutional Equities": the sender is part of the source phrase
  const sender = SENT_NOUNS.has(ctx.lower[sp[1]]) && /^(from|by)$/.test(ctx.lower[sp[1] + 1]);
  const from = sender ? npRight(ctx, sp[1] + 2, hi) : null;
  if (from) sp = [sp[0], from[1]];
  return { cue: [a, a], cueType: c0.type, speaker: sp, relay: null, last: hi - 1 };
}

/** Is every word of the phrase capitalised, and its last one a person's ("Chief Operating Officer Gary Thomas")? */
function capitalisedToPerson(ctx: Ctx, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) if (!isCap(ctx.words[k])) return false;
  return ctx.nonAgent[b] === 2;
}

/** Most words of a portfolio and a name after a title's "of" ("of Security Eduardo Solano"). */
const MAX_PORTFOLIO_NAME = 8;

/**
 * The last token of a person's name after a capitalised title, "of" and its portfolio ("Vice
 * Minister of Security Eduardo Solano"), or -1.
 */
function portfolioName(ctx: Ctx, sp: [number, number], hi: number): number {
  if (ctx.lower[sp[1] + 1] !== "of" || !isCap(ctx.words[sp[1]] ?? "") || !ROLE_NOUNS.has(ctx.lower[sp[1]]))
    return -1;
  const run = firstPropnRun(ctx, sp[1] + 2, Math.min(hi - 1, sp[1] + 1 + MAX_PORTFOLIO_NAME));
  return run && run[0] === sp[1] + 2 && ctx.nonAgent[run[1]] === 2 ? run[1] : -1;
}

/** Most words of a phrase on a role before the name that renames it ("for the city of Puebla"). */
const MAX_ROLE_PHRASE = 8;

/** The token after a prepositional phrase starting at `k` (no verb in it), else `k`. */
function pastRolePhrase(ctx: Ctx, k: number, hi: number): number {
  if (!/^(for|of|at|in|with)$/.test(ctx.lower[k] ?? "")) return k;
  for (let j = k + 1; j < hi && j <= k + MAX_ROLE_PHRASE; j++) {
    if (/^(VERB|AUX)$/.test(ctx.pos[j])) return k;
    if (ctx.lower[j] === ",") return j;
  }
  return k;
}

/** Determiners of an unnamed individual ("a", "one", "another"). */
const INDEFINITE = new Set(["a", "an", "one", "another"]);

/** Most lower-case modifiers of a role noun between a body and a person ("food analyst"). */
const MAX_ROLE_MODIFIERS = 2;

/**
 * The first word of a name after a role noun that starts at `k` with at most two lower-case
 * modifiers before it ("manager Johnny Oates", "food analyst William Maguire"), up to `hi`; -1
 * when the words at `k` are not a role before a name.
 */
function personAfterRole(ctx: Ctx, k: number, hi: number): number {
  for (let j = k; j <= k + MAX_ROLE_MODIFIERS && j < hi; j++) {
    if (ctx.pos[j] !== "NOUN" && ctx.pos[j] !== "ADJ") return -1;
    // (a role of two role words: "Safaricom chief executive Peter Ndegwa")
    if (ROLE_NOUNS.has(ctx.lower[j]) && ctx.pos[j + 1] === "PROPN") return j + 1;
  }
  return -1;
}

/** Most words that finish a quotation's clause before an inverted frame. */
const MAX_CONTINUATION = 8;

/** An inverted frame ("said Ryosuke Ito") after the next comma from `k`, with no verb before it. */
function invertedAfterComma(ctx: Ctx, k: number, hi: number): Frame | null {
  let c = k;
  while (c < hi && c < k + MAX_CONTINUATION && ctx.lower[c] !== "," && !/^(VERB|AUX)$/.test(ctx.pos[c])) c++;
  const v = c + 1;
  if (ctx.lower[c] !== "," || v >= hi || /ing$/.test(ctx.lower[v])) return null;
  const cue = cueAt(ctx, v);
  const frame = cue ? invertedFrame(ctx, v, hi, cue) : null;
  if (!frame?.speaker || !sourceLike(ctx, frame.speaker)) return null;
  // (the frame ends the sentence, an appositive on its source aside: "Any ''cleareyed''
  // interpretation, said X, an expert, would read ..." goes on, and the quotation is a scare quote)
  let end = frame.speaker[1] + 1;
  if (ctx.lower[end] === ",") while (end < hi && ctx.lower[end + 1] !== ",") end++;
  for (let k = end + 1; k < hi; k++) if (ctx.pos[k] !== "PUNCT") return null;
  return frame;
}

/** "“...,” X said", "“...,” Ramos, 58, told AFP", "“...,” TASS quoted him as saying". */
function subjectFirstFrame(ctx: Ctx, a: number, hi: number): Frame | null {
  let np = npRight(ctx, a, hi) ?? looseSubject(ctx, a, hi);
  if (!np) return null;
  // '"... cope with" changes in the marketplace, said Ryosuke Ito': the words after the quotation
  // finish its clause, and the verb after the comma has its source after it
  const inverted = invertedAfterComma(ctx, np[1] + 1, hi);
  if (inverted) return inverted;
  // "“...,” the dispatcher notes.": a finite cue that ends the sentence, read as the phrase's plural
  const last = np[1];
  const cue = /s$/.test(ctx.lower[last]) && last > np[0] ? CUE_VERBS.get(ctx.lower[last]) : undefined;
  let end = last + 1;
  while (end < hi && ctx.pos[end] === "PUNCT" && ctx.lower[end] !== ",") end++;
  if (cue && end >= hi && ctx.pos[last - 1] === "NOUN")
    return { cue: [last, last], cueType: cue.type, speaker: [np[0], last - 1], relay: null, last: hi - 1 };
  let k = np[1] + 1;
  if (!cueAt(ctx, k) && !RELAY_VERBS.has(ctx.lower[k]) && ctx.lower[k] !== ",") {
    // "the Florida senator and Republican presidential candidate said", "a source close to the
    // talks told": the whole phrase before the verb
    const loose = looseSubject(ctx, a, hi);
    if (loose) {
      k = loose[1] + 1;
      np = loose;
    }
  }
  // a parenthesis between the name and the verb: "Sen. Lindsey Graham (R-S.C.) told"
  if (ctx.lower[k] === "(") {
    let j = k + 1;
    while (j < hi && j - k < 12 && ctx.lower[j] !== ")") j++;
    if (j < hi && ctx.lower[j] === ")") k = j + 1;
  }
  // an appositive between the name and the verb: "Ramos, 58, told AFP", also in pieces: "Beryl W.
  // Sprinkel, economist of Harris Trust & Savings Bank, Chicago, predicted"
  let renamedBy: [number, number] | null = null;
  for (let piece = 0, comma = k; piece < MAX_APPOSITIVE_PIECES && ctx.lower[comma] === ","; piece++) {
    let j = comma + 1;
    let verb = false;
    for (; j < hi && j - comma < 20 && ctx.lower[j] !== ","; j++) verb ||= /^(VERB|AUX)$/.test(ctx.pos[j]);
    if (j >= hi || ctx.lower[j] !== ",") break;
    // (a piece with a verb of its own ends the search: ", said Michael Kofman, an expert ...")
    if (verb && piece > 0) break;
    if (piece === 0 && !verb) renamedBy = renamingName(ctx, np, comma + 1, j - 1);
    k = j + 1;
    if (verb) break;
    // (the verb, or another piece after this one's comma)
    if (/^(VERB|AUX|ADV)$/.test(ctx.pos[k] ?? "") || BETWEEN.has(ctx.lower[k])) break;
    comma = j;
  }
  // (and an outlet's edition: "Dawn online quoted him")
  const edition = (j: number) => OUTLET_EDITIONS.has(ctx.lower[j]) && ctx.pos[j - 1] === "PROPN";
  while (k < hi && (BETWEEN.has(ctx.lower[k]) || ctx.pos[k] === "ADV" || edition(k))) k++;
  if (k >= hi) return null;
  if (RELAY_VERBS.has(ctx.lower[k])) return relayFrame(ctx, np, k, hi);
  const carried = messageAgentFrame(ctx, np, k, hi) ?? personAfterOfficeComma(ctx, np, k, hi);
  if (carried) return carried;
  const c = cueAt(ctx, k) ?? frameVerbAt(ctx, k);
  if (!c) return null;
  // a passive with its agent ("..., which was requested by the Allies"), maybe past a time ("it
  // was announced Monday by Charles E. Raymond"): the agent is the source
  let by = k + 1;
  while (by < hi && by <= k + 3 && (TIME_ADJUNCTS.has(ctx.lower[by]) || TIME_LEAD.has(ctx.lower[by]))) by++;
  if (ctx.lower[by] === "by" && by + 1 < hi && BE.has(ctx.lower[k - 1]) && /(ed|en|wn)$/.test(ctx.lower[k])) {
    const agent = npRight(ctx, by + 1, hi);
    if (agent) return { cue: [k, k], cueType: c.type, speaker: agent, relay: null, last: hi - 1 };
  }
  // "X said it still posed ...": a content clause after the verb makes this no end frame
  const next = k + 1 < hi ? k + 1 : -1;
  if (
    next >= 0 &&
    (ctx.lower[next] === "that" ||
      (ctx.pos[next] === "PRON" &&
        c.lemma !== "tell" &&
        c.lemma !== "ask" &&
        !/^(him|her|them|me|us)$/.test(ctx.lower[next])))
  )
    return null;
  return { cue: [k, k], cueType: c.type, speaker: renamedBy ?? np, relay: null, last: hi - 1 };
}

/** Most words of a titled name after an office's comma ("Superintendent Sunny Patel"). */
const MAX_TITLED_NAME = 6;

/**
 * "“...,” Auckland City District Commander, Superintendent Sunny Patel said.": an office, a comma,
 * then a person's titled name right before the speech verb that ends the frame (no comma closes
 * the name); the person speaks. Null otherwise.
 */
function personAfterOfficeComma(ctx: Ctx, np: [number, number], comma: number, hi: number): Frame | null {
  // (the office: capitalised words ending in a role, "Auckland City District Commander")
  if (ctx.lower[comma] !== "," || comma !== np[1] + 1 || !ROLE_NOUNS.has(ctx.lower[np[1]])) return null;
  for (let k = np[0]; k <= np[1]; k++) if (!isCap(ctx.words[k])) return null;
  let end = comma + 1;
  while (end < hi && end - comma <= MAX_TITLED_NAME && isCap(ctx.words[end]) && ctx.pos[end] !== "VERB")
    end++;
  const last = end - 1;
  const c = last > comma && end < hi ? cueAt(ctx, end) : null;
  if (c?.type !== "speech" || ctx.nonAgent[last] !== 2) return null;
  return { cue: [end, end], cueType: c.type, speaker: [comma + 1, last], relay: null, last: hi - 1 };
}

/**
 * "“...,” the statement read out by Vital Kamerhe said": a message, its participle and the agent
 * after "by" (past a particle: "read out"), then a speech verb; the agent speaks. Null otherwise.
 */
function messageAgentFrame(ctx: Ctx, np: [number, number], k: number, hi: number): Frame | null {
  if (!MESSAGE_NOUNS.has(ctx.lower[np[1]]) || ctx.pos[k] !== "VERB") return null;
  const particle = /^(ADP|ADV)$/.test(ctx.pos[k + 1]) && ctx.lower[k + 1] !== "by";
  const by = particle ? k + 2 : k + 1;
  const agent = ctx.lower[by] === "by" ? npRight(ctx, by + 1, hi) : null;
  if (!agent || agent[1] + 1 >= hi) return null;
  const verb = agent[1] + 1;
  const c = cueAt(ctx, verb);
  return c?.type === "speech"
    ? { cue: [verb, verb], cueType: c.type, speaker: agent, relay: null, last: hi - 1 }
    : null;
}

/**
 * "“...,” PNP chief, Director General Alan Purisima, said": a description renamed by the person's
 * name (with its title) between commas; the person speaks. The name's tokens, or null.
 * (Also the source of "according to": sources.ts renamedSource.)
 */
export function renamingName(ctx: Ctx, np: [number, number], a: number, b: number): [number, number] | null {
  // (a capitalised office is a description too: "Minister of Health, Lt. Col. Jeffrey Bostic")
  let head = ctx.pos[np[1]] === "NOUN";
  for (let x = np[0]; x <= np[1] && !head; x++) head = ROLE_NOUNS.has(ctx.lower[x]);
  if (!head) return null;
  for (let x = np[0]; x <= np[1]; x++) if (ctx.nonAgent[x] === 2) return null;
  for (let x = a; x <= b; x++) if (ctx.pos[x] !== "PROPN") return null;
  return ctx.nonAgent[b] === 2 ? lastPropnRun(ctx, a, b) : null;
}

/**
 * Does an infinitive or a "that" clause follow the cue at `i` within its clause ("pushed Dems to
 * reject", "pushed the notion that ...")?
 */
function reportAhead(ctx: Ctx, i: number): boolean {
  const last = Math.min(ctx.sentLast[ctx.sent[i]], i + MAX_REPORT_AHEAD);
  for (let k = i + 1; k < last; k++) {
    if (ctx.pos[k] === "PUNCT" || ctx.pos[k] === "QUOTE") return false;
    if ((ctx.lower[k] === "to" && ctx.pos[k + 1] === "VERB") || ctx.lower[k] === "that") return true;
  }
  return false;
}

/** Longest look-back from a coordinating word to the verb of the first clause. */
const MAX_COORDINATED = 25;

/** The subject of the nearest verb before the coordinating word at `and`, or null. */
export function subjectBeforeAnd(ctx: Ctx, and: number, lo: number): [number, number] | null {
  for (let j = and - 1; j >= lo && j >= and - MAX_COORDINATED; j--) {
    if (ctx.inMark[j] >= 0 || ctx.pos[j] === "QUOTE") return null;
    if (ctx.pos[j] !== "VERB" && ctx.pos[j] !== "AUX") continue;
    // (a first participle after a place's phrase: "filed out at the gate chanting songs and insisting")
    const sp = locativeParticipleSubject(ctx, j, lo, false) ?? subjectLeft(ctx, j, lo);
    if (sp) return sp;
  }
  return null;
}

/**
 * The subject of the clause whose verb the "and" at `and` joins another to: the nearest verb's
 * subject, unless that verb's clause is another verb's complement ("Hayek confirmed she had been
 * and said": Hayek, not "she" of the clause she confirmed); null when there is none.
 */
function clauseSubjectBeforeAnd(ctx: Ctx, and: number, lo: number): [number, number] | null {
  for (let j = and - 1; j >= lo && j >= and - MAX_COORDINATED; j--) {
    if (ctx.inMark[j] >= 0 || ctx.pos[j] === "QUOTE") return null;
    if (ctx.pos[j] !== "VERB" && ctx.pos[j] !== "AUX") continue;
    const sp = subjectLeft(ctx, j, lo);
    if (sp && !/^(VERB|AUX)$/.test(ctx.pos[sp[0] - 1] ?? "") && ctx.lower[sp[0] - 1] !== "that") return sp;
  }
  return null;
}

/** "TASS quoted him as saying": the relay `np` at the verb `k`, the speaker its object. */
function relayFrame(ctx: Ctx, np: [number, number], k: number, hi: number): Frame {
  const obj = npRight(ctx, k + 1, hi);
  let cueEnd = k;
  for (let j = k + 1; j < Math.min(hi, k + 6); j++) if (CUE_VERBS.has(ctx.lower[j])) cueEnd = j;
  const relay = ctx.text.slice(ctx.starts[np[0]], ctx.ends[np[1]]);
  return { cue: [k, cueEnd], cueType: "speech", speaker: obj ?? np, relay: obj ? relay : null, last: hi - 1 };
}

/**
 * A frame ending right before an opening quotation mark at token `b` (exclusive), starting no
 * earlier than `lo`: `X said:`, `As noted by X,`, `X:`. The words must hold no content clause.
 */
export function frameBefore(ctx: Ctx, lo: number, b: number): Frame | null {
  let e = b - 1;
  if (e < lo) return null;
  const sep = ctx.lower[e];
  // a finished sentence before the mark is no frame ("..." she said. "...")
  if (/^[.!?…]+$/.test(sep)) return null;
  if (sep === ":" || sep === "," || sep === "—" || sep === "-") e--;
  // the frame starts after any earlier quotation in the sentence
  for (let j = e; j >= lo; j--) {
    if (ctx.inMark[j] >= 0 || ctx.pos[j] === "QUOTE") {
      lo = j + 1;
      break;
    }
  }
  if (e < lo) return null;
  // a long sentence: only its last words can frame the quotation, with the cue next to the mark
  const long = b - lo > 30;
  if (long) lo = b - 30;
  const near = nearestCue(ctx, lo, e);
  if (!near && sep === ",") {
    const stance = stanceFrame(ctx, lo, e, b);
    if (stance) return stance;
  }
  if (long && (!near || near.at < e - 1)) return null;
  // (the tokenizer keeps a bracket with its colon: "Jones (Labour):")
  if (!near) return sep === ":" || sep === "):" ? nameColonFrame(ctx, lo, e, b) : null;
  return cueFrameBefore(ctx, { lo, e, b, sep }, near.at, near.hit);
}

/** The cue nearest the mark, looking back from `e` to `lo`. */
function nearestCue(ctx: Ctx, lo: number, e: number): { at: number; hit: CueHit } | null {
  for (let j = e; j >= lo; j--) {
    const hit = cueAt(ctx, j) ?? frameVerbAt(ctx, j);
    if (hit) return { at: j, hit };
  }
  return null;
}

/** "in Smith's words, “...”" / "in her view, “...”": the possessor is the speaker. */
function stanceFrame(ctx: Ctx, lo: number, e: number, b: number): Frame | null {
  if (!STANCE_NOUNS.has(ctx.lower[e])) return null;
  let x = e - 1;
  while (x >= lo && x > e - 7 && ctx.lower[x] !== "in" && ctx.lower[x] !== "to") x--;
  let y = e - 1;
  if (y > x && (ctx.lower[y] === "'s" || ctx.lower[y] === "’" || ctx.lower[y] === "'")) y--;
  if (x >= lo && y > x && (ctx.lower[x] === "in" || ctx.lower[x] === "to"))
    return { cue: [x, e], cueType: "speech", speaker: [x + 1, y], relay: null, last: b - 1 };
  return null;
}

/** Most tokens of a bracketed label between a name and its colon ("(Palme d'Or)"). */
const MAX_BRACKETED_LABEL = 8;

/**
 * "Smith:" (a name and a colon introduce the quote), "HEADLINE - Jane Doe: “...”", "More from Doe:
 * “...”" (a name right before the colon).
 */
function nameColonFrame(ctx: Ctx, lo: number, e: number, b: number): Frame | null {
  // "Jones (Labour): “...”", "Apichatpong Weerasethakul (Palme d'Or): “...”": a party, a prize or
  // a role in brackets after the name
  const open = ctx.lower[e] === ")" || ctx.lower[e] === "):" ? ctx.lower.lastIndexOf("(", e) : -1;
  if (open - 1 >= lo && e - open <= MAX_BRACKETED_LABEL) return nameColonFrame(ctx, lo, open - 1, b);
  const np = npRight(ctx, lo, e + 1);
  // "Some Farrakhan quotes:", "Trump's statement:": the name that owns the message speaks
  const owner = np && MESSAGE_NOUNS.has(ctx.lower[e]) ? lastPropnRun(ctx, np[0], e - 1) : null;
  if (owner && /^['’]s$/.test(ctx.lower[owner[1]])) owner[1]--;
  const speaker = np && MESSAGE_NOUNS.has(ctx.lower[e]) ? owner : np;
  if (np && np[1] === e)
    return speaker ? { cue: [b - 1, b - 1], cueType: "speech", speaker, relay: null, last: b - 1 } : null;
  const run = lastPropnRun(ctx, Math.max(lo, e - 5), e);
  if (
    run &&
    run[1] === e &&
    ctx.pos[run[0] - 1] !== "PROPN" &&
    /^(-|–|—|from|by)$/.test(ctx.lower[run[0] - 1] ?? "")
  )
    return { cue: [b - 1, b - 1], cueType: "speech", speaker: run, relay: null, last: b - 1 };
  return null;
}

/** The frame of the cue at `c` before the mark at `b` (`e`: last frame word; `sep`: the word before the mark). */
function cueFrameBefore(
  ctx: Ctx,
  { lo, e, b, sep }: { lo: number; e: number; b: number; sep: string },
  c: number,
  hit: CueHit,
): Frame | null {
  // without a comma or colon the cue must touch the quotation ("said “...”", not "calls her “...”")
  // ... unless an addressee stands between: 'asked the crowd "..."'
  const addressee = (hit.lemma === "ask" || hit.lemma === "tell") && npRight(ctx, c + 1, e + 1)?.[1] === e;
  if (sep !== ":" && sep !== "," && sep !== "—" && sep !== "-" && c !== e && !addressee) return null;
  // ("while it is important to maintain friendly relations with ..., “...”": an infinitive with
  // its object frames no quotation; "wanted to say, “...”" does)
  if (ctx.lower[c - 1] === "to" && c < e && !addressee && npRight(ctx, c + 1, e + 1)) return null;
  // words after the cue must not be a content clause ("said that ...", "noted, Russia ..."); a
  // cue that opens the sentence has its source after it, maybe with an appositive ("Says Michael
  // Hirsch, chief investment officer of Republic National Bank: “...”")
  const opens = c === ctx.sentFirst[ctx.sent[c]] && sep === ":";
  for (let j = c + 1; j <= e; j++) {
    if (ctx.lower[j] === "that" || ctx.pos[j] === "VERB" || ctx.pos[j] === "SCONJ") return null;
    if (ctx.lower[j] === "," && j < e && !opens) return null;
  }
  // (a participle's subject is its sentence's, past quoted words before it: 'Starmer responded by
  // saying that it was “obvious” what had taken place, adding: “...”')
  // (an object pronoun after the cue is whom the words were for: "summoned the analyst and warned
  // him: “...”" is the judge's)
  let sp =
    chainedSubject(ctx, c, ctx.sentFirst[ctx.sent[c]]) ??
    aspectSubject(ctx, c, lo) ??
    subjectLeft(ctx, c, lo) ??
    // (a verb joined to the one before: "posted a photo and wrote: “...”")
    (ctx.lower[c - 1] === "and" && c === e ? clauseSubjectBeforeAnd(ctx, c - 1, lo) : null) ??
    sourceAfterCue(ctx, c, e, lo);
  if (hit.type !== "speech" && sp && reportedClause(ctx, sp[0], lo)) return null;
  // (a verb that only frames, in a clause of time or condition, frames nothing: "When the heavy snow
  // begins, “...”"; "As he put it, “...”" does)
  const subordinate =
    sp !== null && SUBORDINATORS.has(ctx.lower[sp[0] - 1] ?? "") && ctx.lower[sp[0] - 1] !== "as";
  if (subordinate && cueAt(ctx, c) === null) return null;
  if (sp && sp[0] > c) {
    const run = lastPropnRun(ctx, sp[0], sp[1]);
    if (run && ctx.lower[sp[0]] !== "the") sp = run;
  }
  return { cue: [c, c], cueType: hit.type, speaker: sp, relay: null, last: b - 1 };
}

/**
 * The source named after a frame's cue ("Says Michael Hirsch: “...”"); an object pronoun there is
 * whom the words were for, and the subject before "and" spoke ("summoned the analyst and warned
 * him: “...”"). Null when there is neither.
 */
function sourceAfterCue(ctx: Ctx, c: number, e: number, lo: number): [number, number] | null {
  const after = subjectRight(ctx, c, e + 1);
  const addressed =
    after !== null && after[0] === after[1] && /^(him|her|them|me|us)$/.test(ctx.lower[after[0]]);
  if (!addressed) return after;
  return ctx.lower[c - 1] === "and" ? subjectBeforeAnd(ctx, c - 1, lo) : null;
}

/**
 * "The minister continued saying:", "went on saying": a participle after a verb of aspect has
 * that verb's subject. Null when no finite verb stands right before it.
 */
function aspectSubject(ctx: Ctx, c: number, lo: number): [number, number] | null {
  if (!/ing$/.test(ctx.lower[c])) return null;
  const v = /^(on|up)$/.test(ctx.lower[c - 1]) ? c - 2 : c - 1;
  if (v > lo && ctx.pos[v] === "VERB" && !/ing$/.test(ctx.lower[v])) return subjectLeft(ctx, v, lo);
  // "Another man can be heard after the gunfire saying, “...”": a participle after a
  // preposition's object has the clause's subject
  const object = npLeft(ctx, c - 1, lo);
  const prep = object[0] - 1;
  if (object[1] !== c - 1 || prep <= lo || ctx.pos[prep] !== "ADP") return null;
  for (let k = prep - 1; k > lo; k--)
    if (ctx.pos[k] === "VERB" && !/ing$/.test(ctx.lower[k])) return subjectLeft(ctx, k, lo);
  return null;
}

/**
 * Does the clause whose subject starts at `a` follow a saying verb ("the jury said [that] it
 * believes “...”")? Then the belief is what was said: the quotation is the saying verb's (a mixed
 * quote), not a belief of its own.
 */
function reportedClause(ctx: Ctx, a: number, lo: number): boolean {
  const k = ctx.lower[a - 1] === "that" ? a - 2 : a - 1;
  return k >= lo && cueAt(ctx, k)?.type === "speech";
}

/** Is the verb at `i` a participle right after a noun with its agent ("a program approved by")? */
export function reducedWithAgent(ctx: Ctx, i: number): boolean {
  return (
    ctx.lower[i + 1] === "by" && /(ed|en|wn)$/.test(ctx.lower[i]) && /^(NOUN|PROPN)$/.test(ctx.pos[i - 1])
  );
}

/**
 * "The students marched to the gate insisting that ...": a participle right after a place's phrase
 * that ends a verb phrase ("marched to the gate") has the clause's subject as its own; with
 * `clauseNext`, only one with a clause or quotation after it. Null for any other participle.
 */
export function locativeParticipleSubject(
  ctx: Ctx,
  c: number,
  lo: number,
  clauseNext = true,
): [number, number] | null {
  if (!/ing$/.test(ctx.lower[c]) || !/^(NOUN|PROPN)$/.test(ctx.pos[c - 1] ?? "")) return null;
  // (only before a clause or a quotation: "... in June, with Sun reporting a loss" is Sun's)
  if (clauseNext && ctx.lower[c + 1] !== "that" && ctx.pos[c + 1] !== "QUOTE") return null;
  const place = npLeft(ctx, c - 1, lo);
  let verb = place[0] - 2;
  if (verb < lo || !locativePreps.has(ctx.lower[place[0] - 1])) return null;
  // (past a particle: "filed out at")
  if (ctx.pos[verb] === "ADV" || ctx.pos[verb] === "ADP") verb--;
  return verb >= lo && ctx.pos[verb] === "VERB" && !/ing$/.test(ctx.lower[verb])
    ? subjectLeft(ctx, verb, lo)
    : null;
}

/**
 * "X told Y that ..., adding, “...”", "After the hearing, X issued a statement, saying, “...”": a
 * participle after a comma shares the subject of the clause's verb before it.
 */
export function chainedSubject(ctx: Ctx, c: number, lo: number): [number, number] | null {
  if (c - 1 < lo || ctx.lower[c - 1] !== "," || !/ing$/.test(ctx.lower[c])) return null;
  // the clause's reporting verb, past the verbs of its content ("Liu said that the army could be
  // deployed, warning: ..." is Liu's), else the nearest verb
  // (an infinitive has no subject of its own: "went on to attack X, saying ..." is hers)
  let verb = -1;
  for (let j = c - 2; j >= lo; j--) {
    if (ctx.inMark[j] >= 0 || ctx.pos[j] === "QUOTE" || /ing$/.test(ctx.lower[j])) continue;
    if (ctx.lower[j - 1] === "to" && (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX")) continue;
    if (cueAt(ctx, j)) return subjectLeft(ctx, j, lo);
    // (a participle with its agent modifies the noun before it: "guidelines issued by officials")
    if (verb < 0 && (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") && !reducedWithAgent(ctx, j)) {
      // (a clause of its own after ", but" is the participle's: "asked the banks to ..., but they
      // declined, citing concern")
      const own = subjectLeft(ctx, j, lo);
      if (own && /^(but|and|yet)$/.test(ctx.lower[own[0] - 1]) && ctx.lower[own[0] - 2] === ",") return own;
      // (a verb of a noun's "that" clause is not the participle's: "She quashed the speculation
      // that the two sides had come to a compromise, dismissing ...")
      if (own && ctx.lower[own[0] - 1] === "that" && ctx.pos[own[0] - 2] === "NOUN") {
        j = own[0] - 1;
        continue;
      }
      verb = j;
    }
  }
  if (verb < 0) return null;
  return controlledObject(ctx, verb, c) ?? subjectLeft(ctx, verb, lo);
}

/** Forms of the verbs whose object does the infinitive after it (cue-classes.json causatives). */
const CAUSATIVE_FORMS: ReadonlySet<string> = new Set(
  CUE_CLASSES.causatives.flatMap((line) => {
    const [lemma, ...irregular] = line.split(" ");
    return [...inflections(lemma), ...irregular];
  }),
);

/** Most tokens of an object (with its appositive) between a causative verb and its "to". */
const MAX_CONTROLLED_OBJECT = 14;

/**
 * "The violence led Maurice Armitage, the mayor of Cali, to impose a curfew, warning ...": the
 * object of a verb with an infinitive after it (before the participle at `c`) is who does the
 * infinitive's act, and who the participle's words are; null when the verb has no such object.
 */
function controlledObject(ctx: Ctx, verb: number, c: number): [number, number] | null {
  if (!CAUSATIVE_FORMS.has(ctx.lower[verb])) return null;
  const object = npRight(ctx, verb + 1, c);
  if (!object || !/^(PROPN|NOUN)$/.test(ctx.pos[object[1]])) return null;
  let to = object[1] + 1;
  if (ctx.lower[to] === ",") {
    const close = ctx.lower.indexOf(",", to + 1);
    to = close > to && close - object[1] <= MAX_CONTROLLED_OBJECT ? close + 1 : -1;
  }
  return to > 0 && to < c && ctx.lower[to] === "to" && ctx.pos[to + 1] === "VERB" ? object : null;
}

/**
 * A subject of up to ten words right before a reporting verb, for noun phrases the simple chunker
 * cuts short ("one senior Democrat", "the senator and presidential candidate"): no verbs, no
 * punctuation other than name glue. Returns the range before the verb, or null.
 */
/** Most words of a loose subject and its verb (a hyphenated word, "New York-based", counts once). */
const MAX_LOOSE_SUBJECT = 10;

function looseSubject(ctx: Ctx, a: number, hi: number): [number, number] | null {
  if (!["DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"].includes(ctx.pos[a]) && !verbBeforeRole(ctx, a))
    return null;
  // (a hyphenated word counts once where no comma follows: "the New York-based pressure group ... said")
  let comma = a;
  while (comma < hi && comma < a + 2 * MAX_LOOSE_SUBJECT && ctx.lower[comma] !== ",") comma++;
  const reach = a + MAX_LOOSE_SUBJECT + (ctx.lower[comma] === "," ? 0 : hyphenGlued(ctx, a, comma));
  for (let k = a; k < Math.min(hi, reach); k++) {
    if (k > a && (cueAt(ctx, k) || frameVerbAt(ctx, k))) {
      // ("U.S. officials now say": the adverb before the verb is no part of the subject)
      let e = k - 1;
      // (and a manner adverb after a noun: "the spokesman quickly said"; "the daily wrote" keeps its noun)
      const manner = (k2: number) =>
        ctx.pos[k2] === "ADV" && /ly$/.test(ctx.lower[k2]) && /^(NOUN|PROPN)$/.test(ctx.pos[k2 - 1]);
      while (e > a && (BETWEEN.has(ctx.lower[e]) || manner(e))) e--;
      // ("..., Nana Akufo-Addo and called on ...": a verb after "and" is a second predicate, and
      // the words before it are no subject)
      return ctx.pos[e] === "CCONJ" ? null : [a, e];
    }
    const p = ctx.pos[k];
    // a hyphenated modifier is no verb: "the conservative-leaning newspaper"
    const hyphenated = p === "VERB" && k > a && ctx.lower[k - 1] === "-" && ctx.starts[k] === ctx.ends[k - 1];
    if (
      ((p === "VERB" || p === "AUX") && !hyphenated && !verbBeforeRole(ctx, k)) ||
      p === "SCONJ" ||
      p === "QUOTE" ||
      ctx.inMark[k] >= 0
    )
      return null;
    if (p === "PUNCT" && !["-", ".", "'s", "’s", ","].includes(ctx.lower[k])) return null;
    // a word that opens a clause ends any subject ("the software as the company continued")
    if (SUBORDINATORS.has(ctx.lower[k])) return null;
  }
  return null;
}

/**
 * A finite reporting verb first after a quotation ("“...,” notes Johnston", "claims the report"):
 * the tagger often reads "notes", "claims", "comments" as plural nouns, but nothing else stands
 * there before the source (frameAfter still requires the source after it).
 */
function invertedCueAt(ctx: Ctx, i: number): CueHit | null {
  const w = ctx.lower[i];
  const cue = CUE_VERBS.get(w);
  // a finite form only: a bare one is as likely a noun ("“...,” judge Inaba noted")
  if (!cue || w === cue.lemma || !/(s|ed)$/.test(w) || ctx.pos[i] !== "NOUN" || ctx.inMark[i] >= 0)
    return null;
  if (!/^\p{Ll}/u.test(ctx.words[i])) return null;
  let k = i - 1;
  while (k >= 0 && ctx.pos[k] === "PUNCT" && ctx.lower[k] !== ".") k--;
  if (k < 0 || ctx.pos[k] !== "QUOTE") return null;
  return { type: cue.type, lemma: cue.lemma };
}

export function frameVerbAt(ctx: Ctx, i: number): CueHit | null {
  const w = ctx.lower[i];
  if (!FRAME_VERBS.has(w) || ctx.inMark[i] >= 0) return null;
  if (!/^\p{Ll}/u.test(ctx.words[i]) && i !== ctx.sentFirst[ctx.sent[i]]) return null;
  return { type: "speech", lemma: w };
}

/**
 * Can this noun phrase be a source: a named person, organisation or country, a pronoun, or a noun
 * of sources, roles, groups, polls or documents ("officials", "two sources", "a report")?
 */
export function sourceLike(ctx: Ctx, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) {
    const w = ctx.lower[k];
    // (a possessive only determines the noun after it: "announced its agreements" has no source)
    if (ctx.nonAgent[k] >= 2 || (ctx.pos[k] === "PRON" && !POSSESSIVES.has(w))) return true;
    // (a company's description with its determiner: "said the company", not "citing safety concerns")
    const determined = [ctx.lower[a], ctx.lower[a - 1] ?? ""].some((d) => DETERMINED.has(d));
    if (
      SOURCE_NOUNS.has(w) ||
      ANONYMOUS_HEADS.has(w) ||
      POLL_NOUNS.has(w) ||
      describedSource(w, determined || ctx.pos[a] === "PROPN")
    )
      return true;
  }
  return false;
}
