/**
 * Verb cues: a reporting, belief or intention verb with its source (the subject before it, the
 * source after it in an inverted frame, the agent of a passive, the source a chained or
 * coordinated verb shares) and its content (the clause after it, or the words before an end frame:
 * "..., he said.").
 */
import { appositiveOpening, type Ctx, isCap, lastPropnRun, npLeft, npRight, tokenAt } from "../context.js";
import { loadSet } from "../../util/lexicon.js";
import {
  ACTION_FORMS,
  ANONYMOUS_HEADS,
  DESCRIPTIONS,
  GENDERED_NOUNS,
  ROLE_NOUNS,
  singularOf,
  FRAMING_FORMS,
  CUE_CLASSES,
  CUE_NOUNS,
  TRANSITIVE_STANCE,
  CUE_VERBS,
  MESSAGE_NOUNS,
  QUESTION_WORDS,
  RELATIVE_PRONOUNS,
  SENT_NOUNS,
  SOURCE_PHRASES,
  SUBORDINATORS,
  CONVENED_NOUNS,
} from "../cues.js";
import {
  type CueHit,
  chainedSubject,
  cueAt,
  frameAfter,
  locativeParticipleSubject,
  madeClearAt,
  reducedWithAgent,
  sourceLike,
  subjectBeforeAnd,
  subjectLeft,
  subjectRight,
} from "../frames.js";
import { treeRelation, treeSubjectBefore } from "../tree.js";
import { innerReport, nestedSource, pastAppositive, toldByAgent } from "./nested.js";
import { holderAfterBy, namedBefore } from "./nouns.js";
import { relayedSaying } from "./relayed.js";
import { relayingPhraseEnd, trailingRelay } from "./sources.js";
import {
  contentSpan,
  event,
  holdsVerb,
  matchPhrase,
  MODALS,
  OBJECT_VERBS,
  onlyTimeAdjunct,
  POINTERS,
  PUBLISHING_FORMS,
  type Scan,
  SKIP_AFTER_CUE,
  subjectSpan,
  TIME_ADJUNCT_WORDS,
  TIME_WORDS,
} from "./span.js";
import {
  BE_FORMS,
  contentMarkerAfter,
  isPassive,
  namedDocument,
  strandedPreposition,
  TIME_SUBORDINATORS,
} from "./verb-helpers.js";

/** Prepositions that open a complement rather than an adjunct ("spoke of", "complained about"). */
const PREP_COMPLEMENT = new Set(["of", "about", "for", "against", "with", "to", "on", "into", "as"]);
/** Auxiliaries between a coordinating word and a chained cue ("but did note"). */
const BETWEEN_CHAIN = new Set([
  "did",
  "also",
  "has",
  "had",
  "have",
  "would",
  "will",
  "then",
  "not",
  "n't",
  "later",
]);
/** Verbs whose subject is part of what is attributed ("X seems to ..."). */
const RAISING: ReadonlySet<string> = new Set(CUE_CLASSES.raising);
/** Stance verbs whose bare object is an evaluation, a belief, not reported words ("welcomed the result"). */
const EVALUATIONS: ReadonlySet<string> = new Set(CUE_CLASSES.evaluations);
/** Day and time words that are adjuncts, never objects ("endorsed Tuesday"). */
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|night|morning|week|month|year|time)$/i;
const CHAIN = new Set([",", "and", "but", "while", "as"]);
const DEMONSTRATIVE = new Set(["this", "that", "it", "these", "such"]);

/** The event of a verb cue at token `i`, pushed to the scan; returns the token to continue after. */
export function verbCue(s: Scan, i: number, prevEnd: number, inside: boolean): number {
  const { ctx, lo } = s;
  const hit = cueAt(ctx, i);
  if (!hit || actionWithoutContent(ctx, i) || notSaying(ctx, i, hit)) return i;
  if (!inside && interposedNonFinite(s, i)) return i;
  // (the question after a negated speech verb, and any verb in it, is no report: "did not reveal
  // what he would say")
  if (hit.type === "speech" && negatedQuestion(ctx, i)) return beforeNextBreak(ctx, i, s.hi);
  const asked = inside
    ? undefined
    : (askedAbout(s, i, hit) ??
      relayedSaying(s, i, prevEnd) ??
      openingParticiple(s, i, hit) ??
      reducedPassive(s, i, hit, prevEnd) ??
      participialModifier(s, i, hit));
  if (asked !== undefined) return asked;
  // the word before the cue, past auxiliaries and adverbs ("but did note", "and also said")
  let before = i - 1;
  while (before > lo && (BETWEEN_CHAIN.has(ctx.lower[before]) || ctx.pos[before] === "ADV")) before--;
  const chained =
    (ctx.lower[before] === "," && /ing$/.test(ctx.lower[i])) ||
    ctx.lower[before] === "and" ||
    ctx.lower[before] === "but";
  // inside the content of an earlier cue only a chained cue ("..., adding that") or a core
  // reporting verb with its own subject ("... Republicans who say the law ...") starts a new one
  const overBeliefs = !chained ? endFrameOverBeliefs(s, i, hit) : undefined;
  if (overBeliefs !== undefined) return overBeliefs;
  const nested = inside && !chained ? nestedSource(s, i, hit) : null;
  if (inside && !chained && !nested) return toldByAgent(s, i, hit) ?? innerReport(s, i, hit) ?? i;
  // a later "according to" names the source of the whole sentence
  if (!inside && s.sourcePhraseAt >= 0 && i < s.sourcePhraseAt) return i;
  // a participle after a comma ("..., adding that", "..., recalling") has no subject of its own:
  // the words before the comma are the previous clause's, not its source
  const participle = !nested && ctx.lower[before] === "," && /ing$/.test(ctx.lower[i]);
  // (after a relative clause that reported, the main clause's subject is the clause's antecedent:
  // "Beta, which it claims is the largest maker, said ...")
  const from = closesRelativeReport(s, before) ? lo : prevEnd;
  const subject =
    nested ??
    (participle
      ? null
      : (locativeParticipleSubject(ctx, i, from) ??
        subjectLeft(ctx, i, from) ??
        treeSubjectBefore(ctx, i, from)));
  // ("It is interesting to note that ...": the writer's framing; "it" is no one)
  if (subject && (expletiveInfinitive(ctx, subject, i) || genericOne(ctx, subject, i))) return i;
  // ("This was stated by X" attributes the sentence before; "It is estimated that" is agentless)
  // ("It was announced by the ministry that ...": an expletive with its clause after the agent)
  const expletiveBy = ctx.lower[lo] === "it" && thatAfterAgent(ctx, i + 1, s.hi);
  const demonstrativeBy = DEMONSTRATIVE.has(ctx.lower[lo]) && ctx.lower[i + 1] === "by" && !expletiveBy;
  if (!inside && !nested && !hit.adjective && isPassive(ctx, i, prevEnd) && !demonstrativeBy)
    return passiveCue(s, i, hit, subject, prevEnd);
  const demonstrative = demonstrativePassive(s, i, hit);
  if (demonstrative !== undefined) return demonstrative;
  const shared = sharedSource(s, before, subject, prevEnd, inside);
  const { inherited } = shared;
  const speaker =
    shared.speaker ?? (participle ? (chainedSubject(ctx, i, lo) ?? treeSubjectBefore(ctx, i, lo)) : null);
  if (speaker && questionWord(ctx, speaker)) return i;
  // raising verbs ("he seems to have ...", "voters appear to care"): the clause with its subject
  // is the content, and the subject is the holder of the stance (as PolNeAR annotates it)
  if (RAISING.has(hit.lemma) && speaker && !inherited) {
    const span = contentSpan(ctx, speaker[0], s.hi);
    if (span) {
      s.events.push(event([i, i], hit.type, speaker, span, speaker[0], s.hi));
      return s.hi;
    }
  }
  return verbContent(s, { i, hit, speaker, inherited, prevEnd });
}

/** "One can ask whether ...", "one might argue that": the generic "one" with a modal is the writer's voice. */
function genericOne(ctx: Ctx, [a, b]: [number, number], i: number): boolean {
  if (a !== b || ctx.lower[a] !== "one" || i - b > 3) return false;
  for (let k = b + 1; k < i; k++) if (MODALS.has(ctx.lower[k])) return true;
  return false;
}

/** "It is interesting to note that", "it was worth recalling": an extraposed "it" before an infinitive or gerund cue. */
function expletiveInfinitive(ctx: Ctx, [a, b]: [number, number], i: number): boolean {
  if (a !== b || ctx.lower[a] !== "it" || i - b > 5) return false;
  const infinitive = ctx.lower[i - 1] === "to" || /ing$/.test(ctx.lower[i]);
  let copula = false;
  for (let k = b + 1; k < i; k++)
    if (BE_FORMS.has(ctx.lower[k]) || /^seem(s|ed)?$/.test(ctx.lower[k])) copula = true;
  return infinitive && copula;
}

/**
 * "Thomson, in India to talk to tourism leaders, said ...", "officials, eager to rebut criticism,
 * hailed ...", "The new study written by Mark Potach, who ..., warns that ...": an infinitive
 * inside a phrase set off by commas, or a participle with its agent modifying the subject, is no
 * report of its own when the clause's finite reporting verb comes after the comma.
 */
function interposedNonFinite(s: Scan, i: number): boolean {
  const { ctx, hi } = s;
  const infinitive = ctx.lower[i - 1] === "to" && ctx.lower.slice(s.start, i).includes(",");
  if (!infinitive && !reducedWithAgent(ctx, i)) return false;
  for (let k = i + 1; k < hi; k++) {
    if (ctx.lower[k] === ";" || ctx.inMark[k] >= 0) return false;
    if (ctx.lower[k] !== ",") continue;
    let j = k + 1;
    while (j < hi && ctx.pos[j] === "ADV") j++;
    if (ctx.pos[j] === "VERB" && !/ing$/.test(ctx.lower[j]) && cueAt(ctx, j)) return true;
  }
  return false;
}

/** The last token before the next comma, semicolon or dash after `i` (or `hi`). */
function beforeNextBreak(ctx: Ctx, i: number, hi: number): number {
  let k = i + 1;
  while (k <= hi && !/^[,;—–]$/.test(ctx.lower[k])) k++;
  return k - 1;
}

/**
 * "wouldn't say directly whether ...", "did not disclose how much": a negated speech verb before a
 * question reports no words (as "declined to say whether" does not).
 */
function negatedQuestion(ctx: Ctx, i: number): boolean {
  let k = i + 1;
  while (k < ctx.n && ctx.pos[k] === "ADV" && k <= i + 2) k++;
  if (!QUESTION_WORDS.has(ctx.lower[k] ?? "")) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (/^(not|n't|never)$/.test(ctx.lower[j])) return true;
    if (ctx.pos[j] !== "AUX" && ctx.pos[j] !== "ADV" && ctx.pos[j] !== "PART") return false;
  }
  return false;
}

/**
 * Senses of reporting verbs that report nothing: "tell" with no one told ("can't tell who or why":
 * to make out), and "add" with an amount ("added 20.72 points": a gain).
 */
function notSaying(ctx: Ctx, i: number, hit: CueHit): boolean {
  if (inIdiom(ctx, i) || topicOpening(ctx, i)) return true;
  // "responded by strengthening a poison-pill plan": how it acted ("by saying that" reports, by its
  // own cue; "concluded by talking about the next game" does not)
  // (a gerund read as a noun too: "responded by firing live ammunition")
  if (
    ctx.lower[i + 1] === "by" &&
    /^(VERB|NOUN)$/.test(ctx.pos[i + 2] ?? "") &&
    /ing$/.test(ctx.lower[i + 2]) &&
    (!cueAt(ctx, i + 2) || !clauseFrom(ctx, i + 3, ctx.sentLast[ctx.sent[i]]))
  )
    return true;
  if (nounBeforeVerb(ctx, i)) return true;
  if (hit.lemma === "call" && phoneCall(ctx, i)) return true;
  // "(are isolated and) reported to be in stable condition", "is said to have left": a passive
  // with no source (realnews-dev guidelines), however its auxiliary stands
  if (
    RAISING_PASSIVES.has(ctx.lower[i]) &&
    ctx.lower[i + 1] === "to" &&
    /^(be|have)$/.test(ctx.lower[i + 2] ?? "")
  )
    return true;
  // "copiers, facsimile machines and related supplies": a participle that modifies a noun
  // (after a determiner, an adjective, a preposition or a list's "and": the parse decides; a clause
  // may follow ", and": "..., and predicted viewers will ...")
  const attributive =
    /^(DET|ADJ|ADP)$/.test(ctx.pos[i - 1] ?? "") || (ctx.pos[i - 1] === "CCONJ" && ctx.pos[i - 2] === "NOUN");
  if (
    /(ed|en)$/.test(ctx.lower[i]) &&
    ctx.pos[i + 1] === "NOUN" &&
    attributive &&
    treeRelation(ctx, i) === "amod"
  )
    return true;
  // "an opinion piece appearing in the New York Times", "appeared on CNN": a place or outlet after
  // a raising verb is where someone or something was, no stance ("appeared to", "as if" are)
  if (RAISING.has(hit.lemma) && ctx.pos[i + 1] === "ADP" && !/^(as|like|to)$/.test(ctx.lower[i + 1]))
    return true;
  if (hit.lemma === "call") return convenedOrPhoned(ctx, i);
  const actNouns = ACT_OBJECTS.get(hit.lemma);
  if (actNouns) return objectHolds(ctx, i, actNouns);
  if (hit.lemma === "tell") return QUESTION_WORDS.has(ctx.lower[i + 1] ?? "") || canMakeOut(ctx, i);
  if (hit.lemma !== "add" || (ctx.pos[i + 1] !== "NUM" && ctx.lower[i + 1] !== "$")) return false;
  // ... unless the amount opens a clause ("added 20 people were hurt")
  for (let k = i + 2; k < ctx.n && k <= i + 5 && ctx.pos[k] !== "PUNCT"; k++)
    if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") return false;
  return true;
}

/**
 * "This defensive Guardian claim is false", "The nonsensical Skripal claims which followed": a
 * word between a noun phrase's determiner (opening the clause or after a preposition) and an
 * auxiliary or "which" is a noun. ("a tactic Democrats hope will ...", "which the Guardian claims
 * is ...": the determiner follows a verb or a relative pronoun, and the word is a verb.)
 */
function nounBeforeVerb(ctx: Ctx, i: number): boolean {
  if (!(ctx.pos[i + 1] === "AUX" || ctx.lower[i + 1] === "which") || /(ed|ing)$/.test(ctx.lower[i]))
    return false;
  let d = i - 1;
  while (d > i - 5 && d >= 0 && /^(ADJ|PROPN|NOUN)$/.test(ctx.pos[d])) d--;
  if (d === i - 1 || ctx.pos[d] !== "DET" || RELATIVE_PRONOUNS.has(ctx.lower[d])) return false;
  return d === ctx.sentFirst[ctx.sent[d]] || ctx.pos[d - 1] === "ADP";
}

/**
 * "called a snap election", "called a press conference": an event convened, no message; "Debt
 * collectors called and ...": telephoned, with no object at all.
 */
function convenedOrPhoned(ctx: Ctx, i: number): boolean {
  const next = ctx.lower[i + 1] ?? ".";
  if (next === "and" || next === "." || next === ";") return true;
  const object = npRight(ctx, i + 1, ctx.n);
  return !!object && ctx.pos[i + 1] === "DET" && CONVENED_NOUNS.has(ctx.lower[object[1]]);
}

/**
 * Verbs whose object, holding one of their nouns, makes them an act or a stated result
 * (cue-classes.json `actObjects`): "posted net income of $133 million" (lexicons/quotes/result-nouns.txt),
 * "declared a dividend", "issued 2.5 million shares" (lexicons/quotes/security-nouns.txt).
 */
const ACT_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(CUE_CLASSES.actObjects).map(([verb, lexicon]) => [verb, loadSet(lexicon)]),
);

/**
 * Does the noun phrase right after the verb at `i` hold one of `nouns`? "posted a 54% drop in
 * third-quarter profit" states a result, "issued 2.5 million shares" is an act: no words reported.
 */
function objectHolds(ctx: Ctx, i: number, nouns: ReadonlySet<string>): boolean {
  for (let k = i + 1; k < ctx.n && k <= i + 6 && ctx.sent[k] === ctx.sent[i]; k++) {
    if (nouns.has(ctx.lower[k]) && ctx.pos[k] === "NOUN") return true;
    // (the words of a hyphenated compound are one modifier, whatever their tags: "a 2-for-1 split")
    const glued = ctx.starts[k] === ctx.ends[k - 1];
    // (past a possessor or the one it was done to: "denied Farrakhan's application", "denied him bail")
    const held = /^(DET|ADJ|NUM|NOUN|SYM|PUNCT|PROPN|PRON|PART)$/.test(ctx.pos[k]);
    if ((!glued && !held) || ctx.lower[k] === ",") return false;
  }
  return false;
}

/** Idioms of "say" that report nothing (lexicons/quotes/say-idioms.txt), as word lists. */
const SAY_IDIOMS = [...loadSet("quotes/say-idioms")].map((phrase) => phrase.split(" "));
/** Their words, so that a cue none of them holds is passed at once (every cue is asked). */
const IDIOM_WORDS = new Set(SAY_IDIOMS.flat());

/** Is token `i` part of an idiom such as "it goes without saying", "as they say"? */
function inIdiom(ctx: Ctx, i: number): boolean {
  if (!IDIOM_WORDS.has(ctx.lower[i])) return false;
  return SAY_IDIOMS.some((words) =>
    words.some((w, j) => w === ctx.lower[i] && words.every((x, t) => ctx.lower[i - j + t] === x)),
  );
}

/** Participles that open a sentence with its topic (cue-classes.json topicOpenings). */
const TOPIC_OPENINGS = new Set(CUE_CLASSES.topicOpenings);

/** "Speaking of “pride”, the team ...": a sentence-opening participle that names the topic. */
function topicOpening(ctx: Ctx, i: number): boolean {
  return i === ctx.sentFirst[ctx.sent[i]] && TOPIC_OPENINGS.has(`${ctx.lower[i]} ${ctx.lower[i + 1] ?? ""}`);
}

const CAN = new Set(["can", "could", "ca", "cannot"]);
const TOLD = new Set(["you", "me", "us", "him", "her", "them"]);

/**
 * "You can tell the machine is larger", "I couldn't tell you're looking at it": "tell" after "can"
 * with no one told is to make out. "I can tell you that ..." has an addressee and reports.
 */
function canMakeOut(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (ctx.lower[k] === "n't" || ctx.lower[k] === "not" || ctx.pos[k] === "ADV")) k--;
  if (k < 0 || !CAN.has(ctx.lower[k])) return false;
  const told = TOLD.has(ctx.lower[i + 1]) && /^(that|:|,)$/.test(ctx.lower[i + 2] ?? "");
  return !told && ctx.pos[i + 1] !== "QUOTE" && ctx.lower[i + 1] !== ":";
}

/** Participles that before "to be" / "to have" are passive in any clause (cue-classes.json raisingPassives). */
const RAISING_PASSIVES: ReadonlySet<string> = new Set(CUE_CLASSES.raisingPassives);

/**
 * "He called both Kenya Power's leadership and the governor.": "call" with an object and nothing
 * said of it (not "called him a liar", "called it “absurd”", "called for", "called on X to") is a
 * telephone call.
 */
function phoneCall(ctx: Ctx, i: number): boolean {
  let obj = npRight(ctx, i + 1, ctx.n);
  // (two objects: "called both the chief and the governor.")
  if (obj && ctx.lower[obj[1] + 1] === "and") obj = npRight(ctx, obj[1] + 2, ctx.n);
  return !!obj && /^[.;]$/.test(ctx.lower[obj[1] + 1] ?? ".");
}

/** Does an adverb phrase and a comma open the sentence right before `i` ("More specifically, asked")? */
function afterOpeningAdverb(ctx: Ctx, start: number, i: number): boolean {
  if (i - start < 2 || i - start > 4 || ctx.lower[i - 1] !== ",") return false;
  for (let k = start; k < i - 1; k++) if (!/^(ADV|ADJ)$/.test(ctx.pos[k])) return false;
  return true;
}

/** "Asked about X, she said ...": a question put to the subject of the main clause. */
function askedAbout(s: Scan, i: number, hit: CueHit): number | undefined {
  const { ctx, start, hi } = s;
  if (
    hit.lemma !== "ask" ||
    !(
      i === start ||
      (i === start + 1 && /^(when|and|but|if)$/.test(ctx.lower[start])) ||
      afterOpeningAdverb(ctx, start, i)
    )
  )
    return undefined;
  let e = i + 1;
  while (e <= hi && ctx.lower[e] !== "," && ctx.pos[e] !== "QUOTE") e++;
  let a = i + 1;
  let sp: [number, number] | null = null;
  if (ctx.lower[a] === "by") {
    sp = npRight(ctx, a + 1, e);
    if (sp) a = sp[1] + 1;
  }
  const span = e <= hi && e > a ? contentSpan(ctx, a, e - 1) : null;
  if (!span) return undefined;
  // "Asked whether he would run, Smith said ...": whoever asked is not named, and reports nothing
  if (sp) s.events.push(event([i, i], "speech", sp, span, start, e));
  return e;
}

/**
 * "Arguing that voters are just tuning in, Patrick has said ...": a participle clause opening the
 * sentence has the main clause's subject as its source. Its content ends at the comma before it.
 */
function openingParticiple(s: Scan, i: number, hit: CueHit): number | undefined {
  const { ctx, start, hi } = s;
  if (i !== start || !/ing$/.test(ctx.lower[i]) || hit.lemma === "ask") return undefined;
  for (let k = i + 2; k < hi; k++) {
    if (ctx.lower[k] !== "," || ctx.inMark[k] >= 0) continue;
    const subject = npRight(ctx, k + 1, hi + 1);
    if (!subject || !/^(VERB|AUX)$/.test(ctx.pos[subject[1] + 1] ?? "")) continue;
    const a = contentStart(s, i, hit);
    // ("Responding to a letter from the mayor, the council voted": a clause-only verb with a phrase
    // reports nothing)
    if (CLAUSE_ONLY.has(hit.lemma) && !clauseFrom(ctx, a, k - 1)) return k;
    const span = contentSpan(ctx, a, k - 1);
    if (!span) return undefined;
    s.events.push(event([i, i], hit.type, subject, span, start, k));
    return k;
  }
  return undefined;
}

/**
 * Other passives: "A decision is expected in May", "The meeting was first reported by Politico":
 * the clause is the content, the agent (if any) the source.
 */
function passiveCue(
  s: Scan,
  i: number,
  hit: CueHit,
  subject: [number, number] | null,
  prevEnd: number,
): number {
  const { ctx, hi } = s;
  // ("The accusations were rejected by officials", "rebels backed by Iran": an evaluation or
  // support, a belief, as with a bare object)
  // (without an agent, a speech verb's passive stays no one's below: "ballots were rejected")
  if (EVALUATIONS.has(hit.lemma) && ctx.lower[i + 1] === "by") hit = { ...hit, type: "belief" };
  let sp: [number, number] | null = null;
  // (past a time: "was told Wednesday by Bush's son that")
  const by = TIME_WORDS.has(ctx.lower[i + 1]) && ctx.lower[i + 2] === "by" ? i + 2 : i + 1;
  if (ctx.lower[by] === "by") sp = npRight(ctx, by + 1, hi + 1);
  // a stranded preposition ("has been commented on in Moscow", "was talked about"): the subject is
  // the topic of the speech, not its content, and no content clause follows
  else if (strandedPreposition(ctx, i + 1, hi)) return i;
  // speech with no source at all ("have been accused of", "was announced over the weekend") is no
  // report of anyone's words; an agentless belief or intention ("is expected to") still is a stance
  // ... unless the sentence opens with the message they were told in ("In a company email sent by
  // chairman Marcelo Claure, employees were told that ...": its sender told them)
  if (!sp && hit.type === "speech") {
    const sender = openingMessageSender(s, i);
    // what they were told follows the verb
    const told =
      sender && OBJECT_VERBS.has(hit.lemma) && /^(that|:)$/.test(ctx.lower[i + 1] ?? "")
        ? contentSpan(ctx, i + 2, hi)
        : null;
    if (sender && told) {
      s.events.push(event([i, i], hit.type, sender, told, subject ? subject[0] : prevEnd, hi));
      return hi;
    }
    return i;
  }
  // (an agentless stance inside words an end frame attributes is theirs: "No firearms were found
  // at the scene, said the police")
  if (!sp && invertedFrameAfter(ctx, i, hi)) return i;
  const from = subject ? subject[0] : prevEnd;
  // "Employees were told by X that ...": a tell-type verb's passive subject is the addressee; the
  // clause after the agent is what was said
  // ("was asked by X whether ...": the question after the agent)
  // (an appositive may follow the agent: "were told by Carla Alston, the department's director, that")
  const next = sp ? pastAppositive(ctx, sp[1] + 1, hi) : -1;
  const after = sp ? (ctx.lower[next] ?? "") : "";
  const question = hit.lemma === "ask" && QUESTION_WORDS.has(after);
  // ("Nine countries were urged by the WHO to prepare ...": what they were urged to do)
  const infinitive = after === "to" && ctx.pos[next + 1] === "VERB";
  if (sp && OBJECT_VERBS.has(hit.lemma) && (/^(that|:)$/.test(after) || question || infinitive)) {
    const told = contentSpan(ctx, next + (question || infinitive ? 0 : 1), hi);
    if (told) {
      s.events.push(event([i, i], hit.type, sp, told, from, hi));
      return hi;
    }
  }
  // "It was announced by the ministry that ...": after an expletive subject the agent's clause follows
  if (sp && subject && subject[0] === subject[1] && ctx.lower[subject[0]] === "it" && after === "that") {
    const said = contentSpan(ctx, next + 1, hi);
    if (said) {
      s.events.push(event([i, i], hit.type, sp, said, from, hi));
      return hi;
    }
  }
  // an agentless passive's clause stops at a semicolon: what follows may be another attribution
  // (and an opening adverbial clause's at its comma: "Although the Order is only expected to be in
  // force for six weeks, ministers warn that ...")
  let stop = hi;
  const adverbial = subject && !sp ? adverbialClauseEnd(ctx, subject, i, hi) : -1;
  if (adverbial > i) stop = adverbial - 1;
  else if (!sp)
    for (let k = i + 1; k <= hi; k++)
      if (ctx.lower[k] === ";") {
        stop = k - 1;
        break;
      }
  // ("The book was written by Jane Smith", "Abby is written by Abigail Van Buren": a verb that
  // reports only a clause has no words in a noun-phrase subject)
  if (sp && CLAUSE_ONLY.has(hit.lemma) && !clauseSubject(ctx, from, i)) return i;
  const span = contentSpan(ctx, from, sp ? i - 1 : stop);
  if (!span) return i;
  // with an agent, the sentence goes on after it and its appositive ("by Joseph Shaw, the head of
  // the society, who wrote that ...": a report of its own)
  const last = sp ? Math.min(hi, pastAppositive(ctx, sp[1] + 1, hi) - 1) : stop;
  s.events.push(event([i, i], hit.type, sp, span, from, last, { noSource: !sp }));
  return last;
}

/** Does the passive's subject from `from` to its auxiliaries before the participle `i` hold a verb of its own? */
function clauseSubject(ctx: Ctx, from: number, i: number): boolean {
  let e = i - 1;
  while (e > from && (ctx.pos[e] === "AUX" || ctx.pos[e] === "ADV")) e--;
  return holdsVerb(ctx, from, e);
}

/** Does "by" at `by` name an agent that a "that" clause follows (past its appositive)? */
function thatAfterAgent(ctx: Ctx, by: number, hi: number): boolean {
  const agent = ctx.lower[by] === "by" ? npRight(ctx, by + 1, hi + 1) : null;
  return !!agent && ctx.lower[pastAppositive(ctx, agent[1] + 1, hi)] === "that";
}

/** Longest run of words before a cue noun heading an object ("the widespread notion that"). */
const MAX_PROPOSITION_LEAD = 4;

/** Does the object at `a` name a proposition: a cue noun and its that-clause ("the notion that ...")? */
function propositionAt(ctx: Ctx, a: number, end: number): boolean {
  for (let k = a; k < end && k <= a + MAX_PROPOSITION_LEAD; k++)
    if (ctx.lower[k + 1] === "that" && objectCueNoun(ctx, a, k)) return true;
  return false;
}

/** Is token `k` a cue noun heading the object that starts at `a` (no preposition between)? */
function objectCueNoun(ctx: Ctx, a: number, k: number): boolean {
  if (k < a || ctx.pos[k] !== "NOUN" || !CUE_NOUNS.has(ctx.lower[k])) return false;
  for (let j = a; j < k; j++) if (ctx.pos[j] === "ADP" || ctx.pos[j] === "VERB") return false;
  return true;
}

/**
 * An action or topic verb with no content marker after it ("condemned the move"), unless it is one
 * that frames (topic-verbs.txt "+frame") and ends its clause: "..., no more than 21 were repaired,
 * Hemphill charged."
 */
function actionWithoutContent(ctx: Ctx, i: number): boolean {
  const form = ctx.lower[i];
  if (!ACTION_FORMS.has(form) || contentMarkerAfter(ctx, i)) return false;
  return !(FRAMING_FORMS.has(form) && /^[.,;!?]$/.test(ctx.lower[i + 1] ?? ""));
}

/** Reporting verbs whose passive participle after a noun names what the agent reported. */
const REPORTED_BY = new Set(["report", "describe", "claim", "allege", "announce", "mention", "deny"]);

/**
 * "The mysterious illnesses reported by U.S. government employees in Cuba are ...": a participle
 * right after a noun, with its agent, is a passive relative clause; the agent reported the noun
 * phrase (the realnews guidelines' noun-phrase messages). Returns the token to go on after.
 */
function reducedPassive(s: Scan, i: number, hit: CueHit, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  const noun = i - 1;
  if (
    !REPORTED_BY.has(hit.lemma) ||
    noun < prevEnd ||
    ctx.lower[i + 1] !== "by" ||
    !/(ed|en|wn)$/.test(ctx.lower[i])
  )
    return undefined;
  if (ctx.pos[noun] !== "NOUN" || ctx.inMark[noun] >= 0) return undefined;
  const agent = npRight(ctx, i + 2, hi + 1);
  // (a gerund after "by" is how it was done: "responded by saying")
  // (and the agent is someone who speaks: "the breakdown revealed by Epstein's suicide" is not)
  // (the head decides, with its article: "the advisory committee" speaks, "Epstein's suicide" not)
  const owned = ctx.lower.slice(agent?.[0] ?? 0, (agent?.[1] ?? -1) + 1).some((w) => /^['’]s$/.test(w));
  const head: [number, number] = agent ? [owned ? agent[1] : agent[0], agent[1]] : [0, 0];
  if (!agent || /ing$/.test(ctx.lower[i + 2]) || !sourceLike(ctx, head)) return undefined;
  const message = npLeft(ctx, noun, prevEnd);
  // (a short noun phrase is a message too: "The progress reported by the committee")
  const span = contentSpan(ctx, message[0], noun) ?? subjectSpan(ctx, message[0], noun);
  if (!span) return undefined;
  s.events.push(event([i, i], hit.type, agent, span, message[0], agent[1]));
  return agent[1];
}

/**
 * A past participle that modifies a noun reports nothing of its own: "The debt, estimated at $4.7
 * billion, could ...", "under new terms of the agreement, announced Friday, ...", "The provision,
 * described as ...", and with an agent "a program approved by the company" (the reporting verbs of
 * REPORTED_BY are reducedPassive's). After a comma it is a participle when only a noun phrase and
 * its prepositional phrases stand before the comma (a subject is never cut from its finite verb by
 * one comma) and an adjunct follows it, not a source ("The plan, added Smith, is ..."). Returns the
 * token to go on after, or undefined.
 */
function participialModifier(s: Scan, i: number, hit: CueHit): number | undefined {
  const { ctx, lo } = s;
  if (!/(ed|en|wn)$/.test(ctx.lower[i]) || i - 2 < lo) return undefined;
  if (reducedWithAgent(ctx, i) && !REPORTED_BY.has(hit.lemma)) return i;
  if (inOpeningPhrase(ctx, lo, i)) return i;
  const next = i + 1;
  const adjunct =
    /^(ADP|ADV|SCONJ)$/.test(ctx.pos[next] ?? "") ||
    TIME_WORDS.has(ctx.lower[next] ?? "") ||
    TIME_WORD.test(ctx.words[next] ?? "");
  if (ctx.lower[i - 1] !== "," || !adjunct || ctx.lower[next] === "that") return undefined;
  for (let k = i - 2; k >= lo; k--)
    if (ctx.inMark[k] >= 0 || /^(VERB|AUX)$/.test(ctx.pos[k]) || /^[,;:]$/.test(ctx.lower[k]))
      return undefined;
  return /^(NOUN|PROPN|NUM)$/.test(ctx.pos[i - 2]) ? i : undefined;
}

/** Prepositions of a sentence-opening phrase (not "as", "after": they open clauses, "As the paper noted, ..."). */
const OPENING_PREPOSITIONS = new Set(["in", "on", "during", "at", "under", "through", "with", "via", "from"]);

/**
 * "In an SEC filing posted late last week, ReShape said ...": a participle right after the noun of a
 * prepositional phrase that opens the sentence and ends at a comma modifies that noun.
 */
function inOpeningPhrase(ctx: Ctx, lo: number, i: number): boolean {
  if (!OPENING_PREPOSITIONS.has(ctx.lower[lo]) || ctx.pos[i - 1] !== "NOUN" || ctx.lower[i + 1] === "by")
    return false;
  for (let k = lo + 1; k < i - 1; k++)
    if (/^(VERB|AUX)$/.test(ctx.pos[k]) || ctx.lower[k] === ",") return false;
  for (let k = i + 1; k <= ctx.sentLast[ctx.sent[i]] && k <= i + 6; k++) {
    if (ctx.lower[k] === ",") return true;
    if (/^(VERB|AUX)$/.test(ctx.pos[k]) || ctx.lower[k] === "that") return false;
  }
  return false;
}

/** The sender named in a sentence-opening "In a/the MESSAGE (sent) by X," before token `i`. */
function openingMessageSender(s: Scan, i: number): [number, number] | null {
  const { ctx, lo } = s;
  if (ctx.lower[lo] !== "in") return null;
  let comma = lo + 1;
  while (comma < i && comma - lo <= 15 && ctx.lower[comma] !== ",") comma++;
  if (ctx.lower[comma] !== ",") return null;
  let message = -1;
  for (let k = lo + 1; k < comma; k++) if (SENT_NOUNS.has(ctx.lower[k])) message = k;
  if (message < 0) return null;
  for (let k = message + 1; k < comma - 1; k++)
    if (ctx.lower[k] === "by") {
      const sender = npRight(ctx, k + 1, comma);
      return sender ? (lastPropnRun(ctx, sender[0], sender[1]) ?? sender) : null;
    }
  return null;
}

/** "This was stated by X": a passive with a demonstrative subject attributes the previous sentence. */
function demonstrativePassive(s: Scan, i: number, hit: CueHit): number | undefined {
  const { ctx, lo, hi } = s;
  if (ctx.lower[i + 1] !== "by" || i - 2 < lo || !DEMONSTRATIVE.has(ctx.lower[lo]) || i - lo > 4)
    return undefined;
  const np = npRight(ctx, i + 2, hi + 1);
  const ps = ctx.sent[lo] - 1;
  if (!np || ps < 0 || ctx.sentFirst[ps] < 0) return undefined;
  const sp = lastPropnRun(ctx, np[0], Math.min(hi, np[1] + 8)) ?? np;
  const span = contentSpan(ctx, ctx.sentFirst[ps], ctx.sentLast[ps]);
  if (!span || ctx.inMark[ctx.sentFirst[ps]] >= 0) return undefined;
  s.events.push(event([i - 1, i + 1], hit.type, sp, span, lo, hi));
  return hi;
}

/**
 * The source of a cue with no subject of its own: a chained cue ("..., adding that") shares the
 * previous event's source (and cuts its content there); a coordinated verb with no attribution
 * before it ("X became a delegate and said ...") shares the subject of the verb before "and".
 */
function sharedSource(
  s: Scan,
  before: number,
  subject: [number, number] | null,
  prevEnd: number,
  inside: boolean,
): { speaker: [number, number] | null; inherited: boolean } {
  const { ctx, lo, events } = s;
  let speaker = subject;
  let inherited = false;
  const prev = events[events.length - 1];
  const chained = !speaker && prev && before > lo && CHAIN.has(ctx.lower[before]);
  // (not across a clause of its own: "asked the banks to ..., but they declined, citing ...")
  const clause = chained && ctx.lower[before] === "," ? coordinateClause(ctx, prev.cue[1] + 1, before) : -1;
  if (clause > 0) {
    const cut = contentSpan(ctx, tokenAt(ctx, prev.start), clause - 2);
    if (cut && prev.end > cut[1]) prev.end = cut[1];
  }
  if (chained && clause < 0) {
    speaker = relativeAntecedentOf(ctx, prev.speaker, lo) ?? prev.speaker;
    inherited = true;
    // the previous content stops before this cue's clause
    // (also when what is left is too short to be content on its own: "endorsed Mrs. Clinton,
    // saying that ..." keeps the object, and the participle its clause)
    if (prev.end > ctx.starts[before]) {
      const from = tokenAt(ctx, prev.start);
      const cut = contentSpan(ctx, from, before - 1);
      let k = before - 1;
      while (k > from && ctx.pos[k] === "PUNCT") k--;
      if (cut) prev.end = cut[1];
      else if (k >= from && ctx.ends[k] > prev.start) prev.end = ctx.ends[k];
    }
  }
  if (!speaker && !inside && (ctx.lower[before] === "and" || ctx.lower[before] === "but"))
    speaker = subjectBeforeAnd(ctx, before, prevEnd);
  return { speaker, inherited };
}

/**
 * "A friend whom Ford claims was at the party has denied ..., and says ...": a report inside a
 * restrictive relative clause on the main subject; a cue chained after the main clause shares the
 * clause's antecedent, not the relative clause's source. Null when `speaker` is in no such clause.
 */
function relativeAntecedentOf(
  ctx: Ctx,
  speaker: [number, number] | null,
  lo: number,
): [number, number] | null {
  const pronoun = speaker ? speaker[0] - 1 : -1;
  if (pronoun - 1 < lo || !RELATIVE_PRONOUNS.has(ctx.lower[pronoun])) return null;
  return /^(NOUN|PROPN)$/.test(ctx.pos[pronoun - 1]) ? npLeft(ctx, pronoun - 1, lo) : null;
}

interface VerbAt {
  i: number;
  hit: CueHit;
  speaker: [number, number] | null;
  inherited: boolean;
  prevEnd: number;
}

/**
 * 'would need to guarantee "that they will ...," de la Calle said': a quotation right after an
 * infinitive cue (no speech act performed) with a speech frame of its own after it, its source
 * named right after the quotation or the frame's verb, is that frame's, not this verb's content.
 */
function quotationFramedAfter(ctx: Ctx, a: number, hi: number): boolean {
  if (ctx.pos[a] !== "QUOTE" || ctx.inMark[a + 1] === undefined || ctx.inMark[a + 1] < 0) return false;
  const mark = ctx.inMark[a + 1];
  let close = a + 1;
  while (close <= hi && ctx.inMark[close] === mark) close++;
  let from = close + 1;
  while (from <= hi && ctx.pos[from] === "PUNCT") from++;
  const frame = close < hi ? frameAfter(ctx, from, hi + 1) : null;
  const at = frame?.cueType === "speech" ? (frame.speaker?.[0] ?? -1) : -1;
  // (not a verb with a clause of its own: 'to promote “Celebrity Apprentice,” note that he ...')
  return at === from || (!!frame && at === frame.cue[1] + 1 && ctx.lower[at] !== "that");
}

/**
 * The content of a verb cue: the clause after it (forward), or the words before an end frame,
 * inverted ("CONTENT, said X.") or with the subject first ("CONTENT, he said.").
 */
function verbContent(s: Scan, v: VerbAt): number {
  const { ctx, hi } = s;
  const { i, hit, speaker, prevEnd } = v;
  const cueEnd =
    hit.lemma === "make"
      ? madeClearAt(ctx, i)
      : ctx.lower[i + 1] === "out" || (hit.lemma === "point" && ctx.lower[i + 1] === "to")
        ? i + 1
        : i;
  const a = contentStart(s, cueEnd, hit);
  if (!speaker || invertedEnd(ctx, i, hi)) return invertedFrame(s, v);
  if (ctx.lower[i - 1] === "to" && quotationFramedAfter(ctx, a, hi)) return i;
  if (reportsNothing(ctx, v, cueEnd, a, hi) || (hit.type === "speech" && nobody(ctx, speaker))) return i;
  // ("The growing row threatens to disrupt supplies": a thing that threatens or promises risks or
  // bodes, it says nothing)
  if (RISK_VERBS.has(hit.lemma) && ctx.lower[cueEnd + 1] === "to" && thingSubject(ctx, speaker)) return i;
  // a report withheld, "didn't disclose the purchase price", "did not specify a share amount"
  // (a stance stays a stance: "did not endorse Trump"): no item, but its source is still a later
  // pronoun's antecedent ("While officials did not reveal the woman's name, they did tell ...")
  const withheld =
    /^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(ctx.pos[a] ?? "") &&
    negated(ctx, i) &&
    hit.type === "speech" &&
    !TRANSITIVE_STANCE.has(hit.lemma) &&
    !clauseFrom(ctx, a, hi);
  // a cue in a relative clause reports only up to the clause's end; the main clause may have a
  // cue of its own ("Reid, who endorsed Clinton in February, reiterated those feelings")
  // (so does one in an opening adverbial clause: "While Ramos said that ..., he appears uneasy")
  const adverbialEnd = adverbialClauseEnd(ctx, speaker, i, hi);
  const clauseEnd = Math.max(
    relativeClauseEnd(ctx, speaker, i, hi),
    adverbialEnd,
    reducedRelativeEnd(ctx, i, hi),
    gappedRelativeEnd(ctx, speaker, i, hi),
  );
  // (an opening clause that ends right after its cue reported nothing: "When Arnold complained,
  // the professor said ..."; but "As Reuters reported, CONTENT" reports the main clause)
  if (adverbialEnd >= 0 && adverbialEnd <= a && ctx.lower[speaker[0] - 1] !== "as") return i;
  const last = clauseEnd > a ? clauseEnd - 1 : hi;
  // (a sentence-final "according to X" relays the report: "told ... that “...,” according to WFAA")
  const relayed = hit.type === "speech" && last === hi ? trailingRelay(s, a) : null;
  const end = relayed ? relayed.end : last;
  // ("..., reports said Friday, sparking worries ...": a participle clause after the frame is an
  // adjunct of the event, and the content is before the frame)
  const adjunctAfter = ctx.lower[a - 1] === "," && ctx.pos[a] === "VERB" && /ing$/.test(ctx.lower[a]);
  // ("..., Lipper says; the Vanguard fund rose": a semicolon right after the cue ends its clause)
  const closed = ctx.lower[cueEnd + 1] === ";";
  const forward = adjunctAfter || closed ? null : forwardContent(end < hi ? { ...s, hi: end } : s, a, v);
  if (forward && !(speaker[0] > i)) {
    const extra = { ...(relayed?.relay ? { relay: relayed.relay } : {}), ...(withheld ? { withheld } : {}) };
    // ("welcomed the result", "condemned the move": an evaluation of its object, no words reported)
    // ("rejected the notion that ...": a proposition as the object, which the source denies)
    const evaluation =
      hit.type === "speech" &&
      EVALUATIONS.has(hit.lemma) &&
      !clauseFrom(ctx, a, end) &&
      !propositionAt(ctx, a, end);
    const type = evaluation ? "belief" : hit.type;
    s.events.push(event([i, cueEnd], type, speaker, forward, v.inherited ? i : speaker[0], last, extra));
    return i;
  }
  if (withheld) return i;
  // a clause-only verb with its object after it is no end frame ("..., Apple has unveiled its
  // 16-inch MacBook Pro"): it reported nothing
  if (CLAUSE_ONLY.has(hit.lemma) && a <= hi && /^(DET|NUM|ADJ|NOUN|PROPN|PRON)$/.test(ctx.pos[a])) return i;
  // end frame with the subject first: "CONTENT, he said." (", who wrote ..." is a relative clause),
  // also after "as" when nothing but an adjunct follows the verb ("CONTENT, as Reuters reported.")
  const comma = titleStart(ctx, speaker[0], prevEnd) - (asEndFrame(ctx, speaker, i, hi) ? 2 : 1);
  if (speaker[0] > prevEnd + 1 && ctx.lower[comma] === "," && !/^(who|which)$/.test(ctx.lower[speaker[0]])) {
    // ("After the hearing, X issued ...": words with no verb are an adjunct, not content)
    const span = holdsVerb(ctx, prevEnd, comma - 1) ? contentSpan(ctx, prevEnd, comma - 1) : null;
    if (span) s.events.push(event([i, cueEnd], hit.type, speaker, span, prevEnd, hi));
    return hi;
  }
  return i;
}

/** "Nobody said it would be easy", "No one claims ...": what no one said is no one's report. */
function nobody(ctx: Ctx, [a, b]: [number, number]): boolean {
  const w = ctx.lower[a];
  return (
    (a === b && (w === "nobody" || w === "no-one")) || (b === a + 1 && w === "no" && ctx.lower[b] === "one")
  );
}

/** Most tokens of a title before a subject's name ("Zanu-PF Secretary for Information and Publicity"). */
const MAX_TITLE_TOKENS = 10;

/**
 * Where the capitalised title before the name at `k` starts (past "of", "for", "and" and
 * hyphens inside it: "Zanu-PF Secretary for Information and Publicity Christopher Mutsvangwa"),
 * or `k` when no capitalised word stands right before it.
 */
function titleStart(ctx: Ctx, k: number, lo: number): number {
  let start = k;
  for (let j = k - 1; j > lo && j >= k - MAX_TITLE_TOKENS; j--) {
    if (isCap(ctx.words[j]) && ctx.pos[j] !== "PUNCT") start = j;
    else if (!/^(of|for|and|-)$/.test(ctx.lower[j])) break;
  }
  return start;
}

/**
 * Does the verb cue at `v.i` (with its cue ending at `cueEnd`, its content from `a`) report nothing
 * before its content is read? A question the source left unanswered, a participle's clause after
 * it, a document pointed at, a message with its own source, a relative clause on an adjunct, a
 * coordinated predicate, a stance in a relative clause.
 */
function reportsNothing(
  ctx: Ctx,
  { i, hit, speaker }: VerbAt,
  cueEnd: number,
  a: number,
  hi: number,
): boolean {
  // "the agency didn't estimate how many were there", "did not say whether he would run": a
  // question the source left unanswered reports nothing
  if (negated(ctx, i) && QUESTION_WORDS.has(ctx.lower[a] ?? "")) return true;
  // "urged a strong stand, saying that ...": the participle's clause is what is reported, by
  // the participle (which shares this subject), not the content of this verb
  let b = a;
  while (b <= hi && ctx.lower[b] === ",") b++;
  if (b <= hi && ctx.lower[b - 1] === "," && /ing$/.test(ctx.lower[b]) && cueAt(ctx, b)) return true;
  if (POINTERS.has(hit.lemma) && a <= hi && namedDocument(ctx, a, hi)) return true;
  if (namedMessage(ctx, cueEnd + 1, hi)) return true;
  // ("responded through its Twitter account which has 5.4 million followers": a relative clause on
  // an adjunct's noun is no content; but a question after the one asked is, "asked the senator who ...")
  const asks = OBJECT_VERBS.has(hit.lemma) || hit.lemma === "ask" || hit.lemma === "wonder";
  const relative = /^(which|who|whom)$/.test(ctx.lower[a] ?? "") && /^(NOUN|PROPN)$/.test(ctx.pos[a - 1]);
  if (!asks && a > cueEnd + 1 && relative) return true;
  return (
    coordinatedPredicate(ctx, a, hi) ||
    (speaker !== null && stanceInRelativeClause(ctx, speaker, i, hi, hit.lemma))
  );
}

/**
 * "rejected an Intelogic announcement that ...": an object that is a message with a named source
 * of its own and a clause; the noun reports the clause for its source (nouns.ts), the verb nothing.
 */
function namedMessage(ctx: Ctx, a: number, hi: number): boolean {
  let k = a + 1;
  while (k <= hi && ctx.pos[k] === "PROPN") k++;
  const message =
    k < hi && ctx.pos[k] === "NOUN" && CUE_NOUNS.has(ctx.lower[k]) && ctx.lower[k + 1] === "that";
  return message && namedBefore(ctx, k, a) !== null;
}

/**
 * "Qantas plans daily flights to Bombay, the airline announced Friday.": a belief or intention
 * found before a speech verb's sentence-final frame is part of what that frame reports; the frame
 * takes the clause, and the belief goes. Returns the token to continue after, or undefined.
 */
function endFrameOverBeliefs(s: Scan, i: number, hit: CueHit): number | undefined {
  const { ctx, hi } = s;
  if (hit.type !== "speech" || s.events.length === 0) return undefined;
  // (only beliefs or intentions whose clause opens the sentence, which the frame then reports)
  if (!s.events.every((ev) => ev.cueType !== "speech" && !ev.nested && ev.first === s.start))
    return undefined;
  // (or only its addressee and where it was said: "told Reuters in an interview at the Paris car show")
  if (!endsSentence(ctx, i, hi) && !(hit.lemma === "tell" && addresseeOnly(ctx, i, hi))) return undefined;
  const subject = subjectLeft(ctx, i, s.start + 1);
  // (the belief's own verb is the clause's predicate, however the tagger read it)
  if (!subject || ctx.lower[subject[0] - 1] !== ",") return undefined;
  const span = contentSpan(ctx, s.start, subject[0] - 2);
  if (!span) return undefined;
  s.events.length = 0;
  s.events.push(event([i, i], hit.type, subject, span, s.start, hi));
  return hi;
}

/** ", as Reuters reported last week.": "as", the subject and the verb end the sentence. */
function asEndFrame(ctx: Ctx, speaker: [number, number], i: number, hi: number): boolean {
  return ctx.lower[speaker[0] - 1] === "as" && ctx.lower[speaker[0] - 2] === "," && endsSentence(ctx, i, hi);
}

/** Does the verb at `i` end its sentence [.., hi], a time adjunct and punctuation aside ("said Friday.")? */
function endsSentence(ctx: Ctx, i: number, hi: number): boolean {
  let end = hi;
  while (end > i && ctx.pos[end] === "PUNCT") end--;
  return end === i || onlyTimeAdjunct(ctx, i + 1, end);
}

/**
 * Is "that" at token `j` the subject of the clause it opens, a relative pronoun ("events that are
 * not theirs")? A verb right after it, and the tree agrees ("said Thursday that Kasich would" and
 * "told delegates that Clinton's use" open complement clauses).
 */
function relativeArgument(ctx: Ctx, j: number): boolean {
  if (ctx.pos[j + 1] !== "VERB" && ctx.pos[j + 1] !== "AUX") return false;
  return /^nsubj/.test(treeRelation(ctx, j) ?? "");
}

/** "learned who had written it", "Who said what": a question word after a verb, or opening, asks; it names no source. */
function questionWord(ctx: Ctx, [a, b]: [number, number]): boolean {
  // ("WHO reported": the World Health Organization)
  if (a !== b || !/^(who|what)$/.test(ctx.lower[a]) || ctx.words[a] === "WHO") return false;
  // (or opening its sentence or line: "London (AFP) – Who said what at Wimbledon on Tuesday")
  // (a capital after a dash: "— who said ..." is a relative clause between dashes)
  const opens =
    a === ctx.sentFirst[ctx.sent[a]] || (/^[–—:-]$/.test(ctx.lower[a - 1] ?? "") && isCap(ctx.words[a]));
  return ctx.pos[a - 1] === "VERB" || opens;
}

/**
 * "The police responded and confirmed that ...": a verb coordinated right after the cue is a
 * predicate of its own (a cue there reports the content, with this subject), not this cue's content.
 */
function coordinatedPredicate(ctx: Ctx, a: number, hi: number): boolean {
  if (a > hi || !/^(and|but|or)$/.test(ctx.lower[a])) return false;
  let k = a + 1;
  while (k < hi && (ctx.pos[k] === "ADV" || ctx.lower[k] === "not" || ctx.lower[k] === "n't")) k++;
  return ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX";
}

/** Does the comma at `before` close a relative clause ("Beta, which it claims ...,") whose cue reported? */
function closesRelativeReport({ ctx, events }: Scan, before: number): boolean {
  const prev = events[events.length - 1];
  if (!prev?.speaker || ctx.lower[before] !== "," || prev.last + 1 !== before) return false;
  const k = prev.speaker[0];
  const opener = /^(which|whom)$/.test(ctx.lower[k - 1] ?? "") ? k - 1 : k;
  return (
    /^(who|which|whom)$/.test(ctx.lower[opener]) &&
    (ctx.lower[opener - 1] === "," || inAppositive(ctx, opener))
  );
}

/**
 * The first token of a coordinate clause with its own subject and finite verb (", but they
 * declined") between tokens `from` and `to`, or -1.
 */
function coordinateClause(ctx: Ctx, from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (ctx.lower[k - 1] !== "," || !/^(but|and|yet)$/.test(ctx.lower[k])) continue;
    const subject = npRight(ctx, k + 1, to);
    const verb = subject ? subject[1] + 1 : -1;
    if (verb > 0 && verb < to && /^(VERB|AUX)$/.test(ctx.pos[verb]) && !/ing$/.test(ctx.lower[verb]))
      return k + 1;
  }
  return -1;
}

/** Is token `k` inside an appositive after a name ("Hunter Richard, the teen who")? */
function inAppositive(ctx: Ctx, k: number): boolean {
  return appositiveOpening(ctx, k, MAX_APPOSITIVE_WORDS) >= 0;
}

/** Most words between the comma that opens an appositive and a relative pronoun inside it. */
const MAX_APPOSITIVE_WORDS = 13;

/**
 * The comma that closes a non-restrictive relative clause whose pronoun `speaker` is the cue's
 * subject: the first comma after the cue before the main clause's finite verb ("Smith, who said
 * the party was united, left early"); -1 when there is none.
 */
/** Dashes that set off a parenthetical ("Sanders — who said ... — has"). */
const DASHES = new Set(["—", "–", "-", "--"]);

function relativeClauseEnd(ctx: Ctx, speaker: [number, number], i: number, hi: number): number {
  // (the pronoun may be the object of the clause, before its subject: "Beta, which it claims is ...")
  const k = /^(which|whom)$/.test(ctx.lower[speaker[0] - 1] ?? "") ? speaker[0] - 1 : speaker[0];
  if ((k === speaker[0] && speaker[1] !== k) || !/^(who|which|whom)$/.test(ctx.lower[k])) return -1;
  // (between dashes: "Sen. Bernie Sanders — who said on Wednesday that ... — has kept", up to the
  // closing dash)
  if (DASHES.has(ctx.lower[k - 1]))
    for (let j = i + 1; j < hi; j++) if (ctx.lower[j] === ctx.lower[k - 1]) return j;
  // (after a comma, or inside an appositive set off by one: "Hunter Richard, the teen who says he
  // was wearing the hat, told WOAI")
  if (ctx.lower[k - 1] !== "," && !inAppositive(ctx, k)) return -1;
  for (let j = i + 1; j < hi; j++) {
    if (ctx.pos[j] === "QUOTE") return -1;
    const next = ctx.pos[j + 1];
    if (ctx.lower[j] === "," && (next === "VERB" || next === "AUX") && !/ing$/.test(ctx.lower[j + 1]))
      return j;
  }
  return -1;
}

/**
 * The main clause's verb after a report inside a restrictive relative clause whose pronoun is the
 * reported clause's subject ("A man whom police say was armed has been arrested": the content ends
 * before "has"); -1 when the cue is not in such a clause.
 */
function gappedRelativeEnd(ctx: Ctx, speaker: [number, number], i: number, hi: number): number {
  const pronoun = speaker[0] - 1;
  if (!RELATIVE_PRONOUNS.has(ctx.lower[pronoun] ?? "") || ctx.lower[pronoun - 1] === ",") return -1;
  if (!/^(AUX|VERB)$/.test(ctx.pos[i + 1] ?? "") || /ing$/.test(ctx.lower[i + 1])) return -1;
  for (let j = i + 2; j < hi; j++) {
    if (ctx.pos[j] === "QUOTE" || ctx.lower[j] === ",") return -1;
    const finite = ctx.pos[j] === "AUX" || (ctx.pos[j] === "VERB" && !/(ing|ed|en)$/.test(ctx.lower[j]));
    // (after a noun, an adjective or a participle: "was armed has been", not "can help block")
    const ends = /^(NOUN|PROPN|ADJ|NUM)$/.test(ctx.pos[j - 1]) || /(ed|en)$/.test(ctx.lower[j - 1]);
    if (finite && ends) return j;
  }
  return -1;
}

/**
 * The comma that closes a participle modifying the noun before it ("Priebus, in the wake of a new
 * poll showing his standing down, told Fox News that ..."): the first comma after the cue followed
 * by a finite verb, the main clause's; -1 when none.
 */
function reducedRelativeEnd(ctx: Ctx, i: number, hi: number): number {
  if (!/ing$/.test(ctx.lower[i]) || !/^(NOUN|PROPN)$/.test(ctx.pos[i - 1] ?? "")) return -1;
  for (let j = i + 1; j < hi; j++) {
    if (ctx.pos[j] === "QUOTE") return -1;
    if (ctx.lower[j] === "," && ctx.pos[j + 1] === "VERB" && !/ing$/.test(ctx.lower[j + 1])) return j;
  }
  return -1;
}

/**
 * The comma that closes an opening adverbial clause holding the cue ("While Ramos said that
 * journalists cannot ..., he appears uneasy", "when I asked if ..., she went off on me"): the
 * first comma after the cue followed by the main clause's subject and finite verb; -1 when none.
 */
function adverbialClauseEnd(ctx: Ctx, speaker: [number, number], i: number, hi: number): number {
  let opener = speaker[0] - 1;
  // (past a share of the subject: "While two of the three members have ...")
  if (ctx.lower[opener] === "of" && /^(NUM|DET|ADJ|PRON)$/.test(ctx.pos[opener - 1] ?? "")) opener -= 2;
  // (or the subordinator that opens the sentence, before a subject with an appositive: "Shortly
  // after two of its competitors, Disney and Apple, revealed ...")
  if (!SUBORDINATORS.has(ctx.lower[opener])) {
    const first = ctx.sentFirst[ctx.sent[speaker[0]]];
    const sub = ctx.pos[first] === "ADV" ? first + 1 : first;
    // (a short phrase closed by a comma is no clause's subject: "Until then, Conseco said")
    const shortPhrase = ctx.lower.slice(sub + 1, sub + 4).includes(",");
    // ("As another Pew study noted, X": "as" frames the main clause, which is the report)
    const clauseOpener = SUBORDINATORS.has(ctx.lower[sub]) && ctx.lower[sub] !== "as";
    if (clauseOpener && sub < speaker[0] && !shortPhrase && !holdsVerb(ctx, sub + 1, speaker[0] - 1))
      opener = sub;
  }
  // (and a relative "where" after a comma: "in Miami, where two members have disavowed Trump, Ferre said")
  const where = ctx.lower[opener] === "where" && ctx.lower[opener - 1] === ",";
  if (opener < 0 || !(SUBORDINATORS.has(ctx.lower[opener]) || where)) return -1;
  // (an adverb may open the sentence before it: "Shortly after Disney revealed ..., Netflix ...")
  const adverbFirst = ctx.pos[opener - 1] === "ADV" && opener - 1 === ctx.sentFirst[ctx.sent[opener]];
  if (
    opener > 0 &&
    ctx.sent[opener - 1] === ctx.sent[opener] &&
    !/^(,|;|and|but)$/.test(ctx.lower[opener - 1]) &&
    !adverbFirst
  )
    return -1;
  // (an adverb that opens the reported clause is no clause of its own: "Although officials have
  // said that internationally, the threat is low, they ..." does not end at "internationally,")
  const from = ctx.lower[i + 1] === "that" ? i + 2 : i + 1;
  for (let j = i + 1; j < hi; j++) {
    if (ctx.pos[j] === "QUOTE") return -1;
    if (ctx.lower[j] !== "," || (j > from && ctx.pos.slice(from, j).every((p) => p === "ADV"))) continue;
    const subject = npRight(ctx, j + 1, hi + 1);
    const verb = subject ? subject[1] + 1 : -1;
    // (after "where", only a report of its own ends the clause: "..., where prosecutors warned
    // that if X is indicted, the government may ..." goes on)
    if (where && verb > 0 && !cueAt(ctx, verb)) continue;
    if (verb > 0 && verb <= hi && /^(VERB|AUX)$/.test(ctx.pos[verb]) && !/ing$/.test(ctx.lower[verb]))
      return j;
  }
  return -1;
}

/**
 * "Legislators who backed the bill said ...": a stance verb with a noun-phrase object in a
 * restrictive relative clause only says which people are meant; the main clause's verb reports,
 * with the whole phrase as its subject.
 */
function stanceInRelativeClause(
  ctx: Ctx,
  [k, k1]: [number, number],
  i: number,
  hi: number,
  lemma: string,
): boolean {
  if (
    k1 !== k ||
    !/^(who|that)$/.test(ctx.lower[k]) ||
    ctx.lower[k - 1] === "," ||
    !TRANSITIVE_STANCE.has(lemma) ||
    ctx.titleCase[ctx.sent[i]]
  )
    return false;
  const object = npRight(ctx, i + 1, hi);
  const next = object ? object[1] + 1 : -1;
  return next > 0 && next <= hi && /^(VERB|AUX)$/.test(ctx.pos[next]) && !/ing$/.test(ctx.lower[next]);
}

/** Does an inverted end frame (", said the police.") close the sentence after token `i`? */
function invertedFrameAfter(ctx: Ctx, i: number, hi: number): boolean {
  for (let j = i + 2; j <= hi; j++) if (invertedEnd(ctx, j, hi)) return true;
  return false;
}

/** Verbs that, with a thing as subject and an infinitive, mean a risk (cue-classes.json riskVerbs). */
const RISK_VERBS: ReadonlySet<string> = new Set(CUE_CLASSES.riskVerbs);

/**
 * Is the subject a thing: a common noun that names no speaker (no person or body description,
 * role, gendered or group noun), without a name?
 */
function thingSubject(ctx: Ctx, [a, b]: [number, number]): boolean {
  if (ctx.pos[b] !== "NOUN") return false;
  for (let k = a; k <= b; k++) if (ctx.pos[k] === "PROPN" || ctx.nonAgent[k] === 2) return false;
  const agent = (w: string) =>
    DESCRIPTIONS.has(w) || ROLE_NOUNS.has(w) || ANONYMOUS_HEADS.has(w) || GENDERED_NOUNS.has(w);
  return !agent(ctx.lower[b]) && !agent(singularOf(ctx.lower[b]));
}

/**
 * "..., going to Delhi or Jammu, said the help line personnel.": after a comma, "said" or "added"
 * with only a noun phrase after it to the sentence's end is an inverted frame, whatever stands
 * before the comma (verbs that take an object have it there: "X, a Republican, denounced Y.").
 */
function invertedEnd(ctx: Ctx, i: number, hi: number): boolean {
  if (ctx.lower[i - 1] !== "," || !/^(said|says|added)$/.test(ctx.lower[i])) return false;
  const right = subjectRight(ctx, i, hi + 1);
  if (!right || right[1] + 1 > hi) return false;
  // (past a time adjunct: "..., said a meteorologist on Monday.")
  let stop = right[1] + 1;
  while (stop < hi && ctx.lower[stop] !== ".") stop++;
  const adjunct = stop === right[1] + 1 || onlyTimeAdjunct(ctx, right[1] + 1, stop - 1);
  return ctx.lower[stop] === "." && ctx.sent[stop] === ctx.sent[i] && adjunct;
}

/**
 * Inverted end frame: "CONTENT, said X." (only a source and a short adjunct after the verb). A
 * participle never inverts: "..., saying the city is a front" has its clause after it.
 */
function invertedFrame(s: Scan, { i, hit, prevEnd }: VerbAt): number {
  const { ctx, hi } = s;
  const right = subjectRight(ctx, i, hi + 1);
  if (!right || i <= prevEnd || (ctx.lower[i - 1] !== "," && ctx.pos[i - 1] !== "QUOTE")) return i;
  if (/ing$/.test(ctx.lower[i])) return i;
  // (a relative clause on the source is no content: "said a handful of Democrats who point to ...")
  const relative = /^(who|whom|whose)$/.test(ctx.lower[right[1] + 1] ?? "");
  // ("said the candidate could be ...": the noun phrase is the subject of a content clause)
  if (ctx.pos[right[1] + 1] === "AUX") return i;
  if (!relative)
    for (let j = right[1] + 1; j <= hi; j++) if (ctx.pos[j] === "VERB" || ctx.lower[j] === "that") return i;
  const span = contentSpan(ctx, prevEnd, i - 2);
  const run = lastPropnRun(ctx, right[0], right[1]);
  const sp = run && ctx.lower[right[0]] !== "the" ? run : right;
  if (span) s.events.push(event([i, i], hit.type, sp, span, prevEnd, hi));
  return hi;
}

/** Is the verb at `i` negated ("did not say", "didn't estimate", "never said")? */
function negated(ctx: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (/^(not|n't|never)$/.test(ctx.lower[k])) return true;
    if (ctx.pos[k] !== "ADV" && ctx.pos[k] !== "AUX" && ctx.pos[k] !== "PART") return false;
  }
  return false;
}

/** "told Reuters in October that prices would rise": "that", tagged a determiner, opens a clause. */
function clauseAfter(ctx: Ctx, that: number, hi: number): boolean {
  const np = npRight(ctx, that + 1, hi + 1);
  return !!np && /^(VERB|AUX)$/.test(ctx.pos[np[1] + 1] ?? "");
}

/** "that analysts say will ...": a relative clause whose subject gap is in a report inside it. */
function reportInRelative(ctx: Ctx, that: number, hi: number): boolean {
  // a short subject, then the cue right before the clause's verb (the tagger often reads "say"
  // there as a noun: the word is enough)
  for (let k = that + 2; k < Math.min(hi, that + 6); k++) {
    const afterSubject = /^(NOUN|PROPN|PRON)$/.test(ctx.pos[k - 1]); // not "that the request was"
    // (the clause's verb is finite: "that she regretted calling him" has a gerund object)
    const finite = /^(AUX|VERB)$/.test(ctx.pos[k + 1]) && !/ing$/.test(ctx.lower[k + 1]);
    if (CUE_VERBS.has(ctx.lower[k]) && afterSubject && finite) return true;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON)$/.test(ctx.pos[k])) return false;
  }
  return false;
}

/** First token of the content after a cue: past an addressee, "that", particles and adjuncts. */
function contentStart(s: Scan, cueEnd: number, hit: CueHit): number {
  const { ctx, hi } = s;
  let a = cueEnd + 1;
  if (OBJECT_VERBS.has(hit.lemma)) {
    const obj = npRight(ctx, a, hi + 1);
    if (obj && ["that", ",", ":", "."].includes(ctx.lower[obj[1] + 1] ?? "")) a = obj[1] + 1;
    // "asked Sanders whether ...": the one asked, then the question
    else if (obj && hit.lemma === "ask" && QUESTION_WORDS.has(ctx.lower[obj[1] + 1] ?? "")) a = obj[1] + 1;
    // "told Polygraph.info the claims are false": the addressee, then the clause
    else if (
      obj &&
      hit.lemma === "tell" &&
      /^(DET|PRON|PROPN)$/.test(ctx.pos[obj[1] + 1] ?? "") &&
      !/^(who|whom|which|that)$/.test(ctx.lower[obj[1] + 1])
    )
      a = obj[1] + 1;
  }
  // "told the jury, according to the Chronicle, that": the relay's phrase is no content
  if (ctx.lower[a] === ",") {
    const relayed = relayingPhraseEnd(ctx, a + 1, matchPhrase(ctx, a + 1, SOURCE_PHRASES));
    if (relayed > 0) a = relayed;
  }
  // skip a prepositional frame before "that": "said in a statement that" (not an object's
  // relative clause: "unveiled cars that analysts say will boost sales")
  for (let j = a; j <= Math.min(hi, a + 12); j++) {
    // ("denied accusations by the prosecutor that she lied": the "that" is the accusation's, and
    // the object phrase is what was denied)
    if (holderAfterBy(ctx, j, hi)) break;
    // ("rejected Jones's argument that the tax was illegal": the clause is the object noun's, and
    // the whole phrase what was rejected)
    if (ctx.lower[j] === "that" && objectCueNoun(ctx, a, j - 1)) break;
    if (ctx.lower[j] === "that" && reportInRelative(ctx, j, hi)) break;
    // ("claim credit for events that are not theirs": a relative pronoun, the object's clause)
    if (ctx.lower[j] === "that" && j > a && relativeArgument(ctx, j)) break;
    if (ctx.lower[j] === "that" && (ctx.pos[j] !== "DET" || clauseAfter(ctx, j, hi))) {
      a = j + 1;
      break;
    }
    // (a programme's title in quotation marks is part of the frame: 'told CNN's “State of the
    // Union” that')
    if (ctx.pos[j] === "QUOTE") {
      const close = quotedTitleEnd(ctx, j, hi);
      if (close < 0) break;
      j = close;
      continue;
    }
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") break;
  }
  while (a <= hi && SKIP_AFTER_CUE.has(ctx.lower[a])) a++;
  // an adjunct right after the verb ("said at the time, ...", "spoke in an interview") is no content
  // (after "that" the clause has begun, "estimated that over 318,000 evacuees arrived", unless an
  // opening phrase of its own ends at a comma: "said that from late 2017 to April 2018, a ...")
  if (
    a <= hi &&
    (ctx.lower[a - 1] !== "that" || openingPhraseEnd(ctx, a, hi) >= 0) &&
    ctx.pos[a] === "ADP" &&
    !PREP_COMPLEMENT.has(ctx.lower[a]) &&
    !QUESTION_WORDS.has(ctx.lower[a])
  )
    a = afterPrepositionalPhrases(ctx, a, hi);
  return afterTimeAdjunct(ctx, a, hi);
}

/**
 * Past the prepositional phrases from `a`: ADP + noun phrase, repeatedly ("in an interview with
 * the Post"), a participle on a phrase's noun ("in a report released on Monday") and a gerund
 * between two nouns, a compound's ("at the opening of the tobacco selling season"); then past a
 * comma or "that".
 */
function afterPrepositionalPhrases(ctx: Ctx, a: number, hi: number): number {
  // (the participle's own phrase: "released on Monday", "released Sunday", "released.")
  const participle = (k: number) =>
    ctx.pos[k] === "VERB" &&
    /ed$/.test(ctx.lower[k]) &&
    ctx.pos[k - 1] === "NOUN" &&
    (k === hi || /^(ADP|PUNCT)$/.test(ctx.pos[k + 1]) || TIME_WORDS.has(ctx.lower[k + 1]));
  const compound = (k: number) =>
    ctx.pos[k] === "VERB" &&
    /ing$/.test(ctx.lower[k]) &&
    ctx.pos[k - 1] === "NOUN" &&
    ctx.pos[k + 1] === "NOUN";
  let j = a;
  while (j <= hi) {
    if (participle(j)) for (j++; j <= hi && TIME_WORDS.has(ctx.lower[j]); ) j++;
    else if (compound(j)) j = (npRight(ctx, j + 1, hi + 1)?.[1] ?? j) + 1;
    else if (ctx.pos[j] === "ADP" && (j > a || !PREP_COMPLEMENT.has(ctx.lower[j]))) {
      const np = npRight(ctx, j + 1, hi + 1);
      j = np ? np[1] + 1 : j + 1;
    } else break;
  }
  // ("in an interview which was released by ...": a relative clause on the phrase's noun)
  if (j > a && ctx.lower[j] === "which" && ctx.pos[j - 1] === "NOUN") j = clauseEnd(ctx, j, hi);
  while (j <= hi && (ctx.lower[j] === "," || ctx.lower[j] === "that")) j++;
  return j;
}

/** The comma that ends the clause opening at `j`, or the end of the range. */
function clauseEnd(ctx: Ctx, j: number, hi: number): number {
  while (j <= hi && ctx.lower[j] !== ",") j++;
  return j;
}

/** Most words of a phrase that opens a clause before its comma ("from late 2017 to April 2018,"). */
const MAX_OPENING_PHRASE = 10;

/** The comma that closes the verbless phrase opening at `a` (within ten words), or -1. */
function openingPhraseEnd(ctx: Ctx, a: number, hi: number): number {
  for (let j = a + 1; j <= hi && j - a <= MAX_OPENING_PHRASE; j++) {
    if (ctx.lower[j] === ",") return j;
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX" || ctx.pos[j] === "QUOTE") return -1;
  }
  return -1;
}

/** Most words of a title in quotation marks inside a frame. */
const MAX_TITLE_WORDS = 6;

/**
 * The closing mark of a short capitalised title of a network's programme opening at the mark `j`
 * ("CNN's “State of the Union” that"), or -1.
 */
function quotedTitleEnd(ctx: Ctx, j: number, hi: number): number {
  // (a network's programme: after a possessive, "CNN's", "ABC's")
  if (!/^['’]s$/.test(ctx.lower[j - 1] ?? "")) return -1;
  for (let k = j + 1; k <= hi && k - j <= MAX_TITLE_WORDS + 1; k++) {
    if (ctx.pos[k] === "QUOTE") return k > j + 1 && ctx.lower[k + 1] === "that" ? k : -1;
    if (!isCap(ctx.words[k]) && !/^(of|the|and|for|in|on|a)$/.test(ctx.lower[k])) return -1;
  }
  return -1;
}

/** Longest bare time adjunct between a verb and a comma ("reported last week, ..."). */
const MAX_TIME_ADJUNCT = 4;

/**
 * "As Reuters reported Monday, the caravan ...": a bare time adjunct and its comma are no content;
 * nor is one before the clause's subject ("said Friday it disagreed", "said last week the plant").
 */
function afterTimeAdjunct(ctx: Ctx, a: number, hi: number): number {
  for (let c = a + 1; c <= Math.min(hi, a + MAX_TIME_ADJUNCT); c++)
    if (ctx.lower[c] === ",") return onlyTimeAdjunct(ctx, a, c - 1) ? c + 1 : a;
  // (not from an article: "said the last time anyone paid ... was", "the July 25 call made")
  if (ctx.lower[a] === "the" || ctx.lower[a] === "a") return a;
  let e = a;
  let timeWord = false;
  // (leading words only before the time's words: "last week the plant" ends at "week"; a day's
  // number after its month: "said Oct. 5 it would")
  const inAdjunct = (k: number) =>
    (timeWord ? TIME_WORDS : TIME_ADJUNCT_WORDS).has(ctx.lower[k]) || (timeWord && ctx.pos[k] === "NUM");
  while (e <= Math.min(hi, a + MAX_TIME_ADJUNCT - 1) && inAdjunct(e)) {
    if (TIME_WORDS.has(ctx.lower[e])) timeWord = true;
    e++;
  }
  // (the adjunct's words may be the subject: "said Friday was the deadline")
  return timeWord && e <= hi && /^(PRON|DET|PROPN|NOUN|NUM|ADJ)$/.test(ctx.pos[e]) ? e : a;
}

/** The words of a time adjunct that name a time (not its leading "on", "last", "the"). */

/**
 * "issued a statement about the charges": a publishing verb with a message as its object and no
 * clause after it puts out words the sentence does not report ("a statement calling the test
 * “a clear violation”" does report them, through its participle).
 */
function messageObject(ctx: Ctx, cue: number, a: number, hi: number): boolean {
  if (!PUBLISHING_FORMS.has(ctx.lower[cue])) return false;
  const obj = npRight(ctx, a, hi + 1);
  if (!obj || !MESSAGE_NOUNS.has(ctx.lower[obj[1]])) return false;
  for (let k = obj[1] + 1; k <= hi; k++) {
    if (ctx.lower[k] === "that" || ctx.pos[k] === "QUOTE" || ctx.lower[k] === ":") return false;
    // a participle after a comma reports for the subject ("..., saying ..."); one right after the
    // message, or a finite verb, gives the message's own words
    if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX")
      return /ing$/.test(ctx.lower[k]) && ctx.lower[k - 1] === ",";
  }
  return true;
}

/** "this" or "these" alone as the object, before a preposition or the sentence's end. */
function pointsBack(ctx: Ctx, a: number, hi: number): boolean {
  if (!/^(this|these)$/.test(ctx.lower[a])) return false;
  // (not before the words themselves: "said this in his speech: ...")
  for (let k = a + 1; k <= hi; k++) if (ctx.lower[k] === ":" || ctx.pos[k] === "QUOTE") return false;
  return a === hi || ctx.pos[a + 1] === "ADP" || /^[.,;]$/.test(ctx.lower[a + 1]);
}

/** Verbs that report a clause or a quotation only: "added five birdies" reports nothing. */
const CLAUSE_ONLY: ReadonlySet<string> = new Set(CUE_CLASSES.clauseOnly);

/** A clause-only verb ("speaking on the sidelines of the show") with no clause or quotation from `a`. */
export function noClauseFor(ctx: Ctx, lemma: string, a: number, hi: number): boolean {
  return CLAUSE_ONLY.has(lemma) && !clauseFrom(ctx, a, hi);
}

/** Tags of the words a clause's subject may be made of ("the new plan", "Trump's aides"). */
const SUBJECT_WORD = /^(DET|NUM|ADJ|NOUN|PROPN|PRON|PART|SYM)$/;

/**
 * Does a quotation or colon follow from token `a` ('responded pointedly, with a smile: "..."'), or
 * a clause start there (after a comma or dash): "that", a question word, or a subject phrase and
 * its verb? "wrote hundreds of songs that summer and sent ...", "responded with violence" have
 * none.
 */
function clauseFrom(ctx: Ctx, a: number, hi: number): boolean {
  for (let k = a; k <= hi; k++) if (ctx.pos[k] === "QUOTE" || ctx.lower[k] === ":") return true;
  let k = a;
  while (k <= hi && /^[,—–-]$/.test(ctx.lower[k])) k++;
  if (k > hi) return false;
  if (ctx.lower[k] === "that" || QUESTION_WORDS.has(ctx.lower[k])) return true;
  // (or a clause that opens with a subordinate one, "concluded while X was careless, no prosecutor
  // would ...", not a time phrase: "will conclude after the vote")
  if (SUBORDINATORS.has(ctx.lower[k]) && ctx.lower[k] !== "as") return clauseFrom(ctx, k + 1, hi);
  // (or one after an opening phrase and its comma: "added that on October 15, the police arrested",
  // "added that in contrast, the scene was ...")
  const afterThat = ctx.lower[k - 1] === "that" || ctx.lower[k - 2] === "that";
  const opener = afterThat && (/^(ADP|ADV|ADJ)$/.test(ctx.pos[k]) || TIME_ADJUNCT_WORDS.has(ctx.lower[k]));
  const opening = opener ? openingPhraseEnd(ctx, k, hi) : -1;
  if (opening > 0) return clauseFrom(ctx, opening + 1, hi);
  let sawOf = false;
  for (; k <= hi; k++) {
    // (a participle after a noun modifies it, no finite verb before it: "did not respond to an
    // email seeking comment")
    if (ctx.pos[k] === "VERB" && /ing$/.test(ctx.lower[k]) && ctx.pos[k - 1] === "NOUN") return false;
    // (nor a past participle the tree hangs on the noun: "welcomed the talks held in Muscat",
    // "clarified a statement made by its chairperson"; after an "of" phrase the tree is less sure:
    // "added the mass detention of a million people originated in ...")
    if (ctx.pos[k] === "VERB" && ctx.pos[k - 1] === "NOUN" && !sawOf && treeRelation(ctx, k) === "acl")
      return false;
    if (ctx.lower[k] === "of") sawOf = true;
    // (nor is a participle between a determiner or owner and its noun: "the EU’s planned tariffs")
    const attributive =
      /ed$/.test(ctx.lower[k]) &&
      (/^(DET|ADJ)$/.test(ctx.pos[k - 1]) || ctx.lower[k - 1] === "'s") &&
      /^(NOUN|ADJ)$/.test(ctx.pos[k + 1] ?? "");
    if ((ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") && !attributive) return ctx.lower[k - 1] !== "to";
    // an object with a relative clause ("unveiled cars that analysts say will ...") is no subject
    // ("the mass detention of a million Uighurs originated in ...": "of" continues the subject)
    const of = ctx.lower[k] === "of" && k > a && /^(NOUN|SYM)$/.test(ctx.pos[k - 1]);
    // ("Clinton and her staffers were": two joined subjects, not "a long and gushing caption")
    const joined = ctx.pos[k] === "CCONJ" && /^(DET|PRON|PROPN)$/.test(ctx.pos[k + 1] ?? "");
    // ("added that around 1,100 cartoons were submitted": a preposition before a number measures it)
    const approximate = ctx.pos[k] === "ADP" && ctx.pos[k + 1] === "NUM";
    if (
      (!SUBJECT_WORD.test(ctx.pos[k]) && !of && !joined && !approximate) ||
      RELATIVE_PRONOUNS.has(ctx.lower[k])
    )
      return false;
  }
  return false;
}

/**
 * Does "told" at `i` have only an addressee and adjuncts after it, no clause, quotation or
 * infinitive ("told Reuters in a telephone call", "told reporters in Massachusetts")?
 */
function addresseeOnly(ctx: Ctx, i: number, hi: number): boolean {
  const addressee = npRight(ctx, i + 1, hi + 1);
  if (!addressee) return false;
  for (let k = addressee[1] + 1; k <= hi; k++) {
    // ("told the Cyprus News Agency responding to a question on whether ...": a participle of the
    // circumstances, unless it reports: "told reporters, saying that ...")
    if (k === addressee[1] + 1 && CIRCUMSTANCE_PARTICIPLES.has(ctx.lower[k])) return true;
    // ("told reporters after heading a government meeting": when, not what)
    if (k === addressee[1] + 1 && TIME_SUBORDINATORS.has(ctx.lower[k]) && /ing$/.test(ctx.lower[k + 1] ?? ""))
      return true;
    if (/^(VERB|AUX|QUOTE)$/.test(ctx.pos[k]) || /^(that|:)$/.test(ctx.lower[k])) return false;
  }
  return true;
}

/** Participles of when or why it was said, after an addressee (cue-classes.json circumstanceParticiples). */
const CIRCUMSTANCE_PARTICIPLES: ReadonlySet<string> = new Set(CUE_CLASSES.circumstanceParticiples);

/** The clause after the cue from token `a`, an object relative's pronoun, or a stance verb's object. */
/** Does a clause follow a comma after `a` ("once the activists were sentenced, they suffered")? */
function clauseAfterComma(ctx: Ctx, a: number, hi: number): boolean {
  for (let c = a + 1; c < hi && c <= a + 20; c++) if (ctx.lower[c] === ",") return clauseFrom(ctx, c + 1, hi);
  return false;
}

function forwardContent(s: Scan, a: number, { i, hit, speaker }: VerbAt): [number, number] | null {
  const { ctx, lo, hi } = s;
  if (messageObject(ctx, i, a, hi)) return null;
  if (CLAUSE_ONLY.has(hit.lemma) && !clauseFrom(ctx, a, hi)) return null;
  // ("told Reuters in a telephone call": an addressee and an adjunct are no message)
  if (hit.lemma === "tell" && addresseeOnly(ctx, i, hi)) return null;
  // ("Tuggar said this at a fireside chat": "this" points back at words already reported)
  if (hit.lemma === "say" && pointsBack(ctx, a, hi)) return null;
  // "Article posted with permission from X": a publishing verb with only a phrase after it
  if (PUBLISHING_FORMS.has(ctx.lower[i]) && ctx.pos[a] === "ADP" && !clauseFrom(ctx, a, hi)) return null;
  // ("said when Boyle asked him a question": a time clause after a saying verb is when it was said;
  // asking "when" is a question, and a negated "did not say when" is handled before)
  // (past a day: "..., the company said Tuesday after reports the payload did not ...")
  let when = a;
  while (when < hi && when - i <= 3 && TIME_ADJUNCT_WORDS.has(ctx.lower[when])) when++;
  const timeClause =
    TIME_SUBORDINATORS.has(ctx.lower[when] ?? "") &&
    hit.lemma !== "ask" &&
    when - i <= 3 &&
    (a === i + 1 || when > a) &&
    !clauseAfterComma(ctx, when, hi);
  const forward = a <= hi && !onlyTimeAdjunct(ctx, a, hi) && !timeClause ? contentSpan(ctx, a, hi) : null;
  if (forward) return forward;
  // an object relative: "which Clinton conceded", "what Trump told NBC": the pronoun is the content;
  // after a comma its antecedent is ("its Blue Moon vehicle, which the company's founder Jeff Bezos
  // announced earlier this year")
  const pronoun = speaker && speaker[1] < i ? npLeft(ctx, speaker[1], lo)[0] - 1 : -1;
  // ("Take a look at what PFF said about him:": the words come after the colon, not in "what")
  const colonEnd = ctx.lower[ctx.sentLast[ctx.sent[i]]] === ":";
  if (pronoun > lo && /^(which|what)$/.test(ctx.lower[pronoun]) && !colonEnd) {
    const antecedent =
      ctx.lower[pronoun - 1] === "," && pronoun - 2 > lo ? npLeft(ctx, pronoun - 2, lo) : null;
    const [a0, a1] = antecedent ?? [pronoun, pronoun];
    return [ctx.starts[a0], ctx.ends[a1]];
  }
  // a stance verb's bare object is its content: "endorsed Trump", "criticized him"
  if (a <= hi && (TRANSITIVE_STANCE.has(hit.lemma) || hit.type !== "speech")) {
    const obj = npRight(ctx, a, hi + 1);
    if (obj && !TIME_WORD.test(ctx.words[obj[1]])) return [ctx.starts[obj[0]], ctx.ends[obj[1]]];
  }
  return null;
}
