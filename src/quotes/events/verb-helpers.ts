/** Tests on the words around a reporting verb that the verb rules use. */
import { dictionaryTags } from "../../syntax/index.js";
import { type Ctx, isCap, npRight } from "../context.js";
import {
  ACTION_FORMS,
  CUE_CLASSES,
  DOCUMENT_NAMES,
  inflections,
  QUESTION_WORDS,
  REQUEST_FORMS,
} from "../cues.js";
import { TIME_WORDS } from "./span.js";

const PERSON_OBJECTS = new Set(["him", "her", "them", "me", "us", "you", "himself", "herself"]);

/**
 * Does a content marker follow the verb at `i` (past a particle or adverb): a that-, whether- or
 * if-clause, a colon or a quotation? Action verbs need one to report anything. A question verb
 * reports an indirect question, also after the one asked ("asked Sanders whether ...", "asked
 * our followers which candidate won").
 */
export function contentMarkerAfter(ctx: Ctx, i: number): boolean {
  let k = i + 1;
  // (past a particle, an adverb or a time: "charged Tuesday that")
  while (
    k < ctx.n &&
    k <= i + 3 &&
    (ctx.pos[k] === "ADV" || ctx.pos[k] === "ADP" || TIME_WORDS.has(ctx.lower[k])) &&
    !CLAUSE_OPENERS.has(ctx.lower[k]) &&
    // (a question word tagged an adverb opens the question: "asked why results were ignored")
    !(QUESTION_WORDS.has(ctx.lower[k]) && QUESTION_VERBS.has(ctx.lower[i]))
  )
    k++;
  if (k >= ctx.n) return false;
  const w = ctx.lower[k];
  if (
    (w === "that" && ctx.pos[k] !== "DET" && !demonstrativeThat(ctx, k)) ||
    w === ":" ||
    ctx.pos[k] === "QUOTE"
  )
    return true;
  if (w === "whether" || w === "if" || askedQuestion(ctx, i, k) || request(ctx, i, k)) return true;
  if (clauseAfterAddressee(ctx, i, k)) return true;
  // "attacked her rival": a verbal act on a person
  if (ACTION_FORMS.get(ctx.lower[i]) === true && (ctx.nonAgent[k] === 2 || PERSON_OBJECTS.has(w)))
    return true;
  return quotedInObject(ctx, k);
}

const CLAUSE_OPENERS = new Set(["that", "whether", "if"]);

/**
 * "recalled that historic flight in 1944": "that" before a modified noun with no verb after it is
 * a determiner, whatever its tag ("recalled that the flight was" opens a clause).
 */
function demonstrativeThat(ctx: Ctx, k: number): boolean {
  if (!/^(ADJ|NOUN)$/.test(ctx.pos[k + 1] ?? "")) return false;
  const np = npRight(ctx, k + 1, ctx.n);
  return !!np && !/^(VERB|AUX)$/.test(ctx.pos[np[1] + 1] ?? "");
}

/** The writer as an object ("informed me"). */
const WRITER_OBJECTS = new Set(["me", "us"]);

/** Forms of the verbs whose first object is the addressee ("informed the staff that"). */
const ADDRESSEE_FORMS: ReadonlySet<string> = new Set(CUE_CLASSES.objectVerbs.flatMap(inflections));

/**
 * A that-clause or a colon after the addressee of the verb at `i` ("informed the staff that the
 * plant would close", "reminded them that"), the addressee's phrase starting at `k`. Not where the
 * writer is told ("My account informed me that"): the writer's own narration.
 */
function clauseAfterAddressee(ctx: Ctx, i: number, k: number): boolean {
  if (!ADDRESSEE_FORMS.has(ctx.lower[i]) || WRITER_OBJECTS.has(ctx.lower[k])) return false;
  const addressee = npRight(ctx, k, ctx.n);
  const next = addressee ? addressee[1] + 1 : -1;
  return (
    next > 0 &&
    next < ctx.n &&
    ((ctx.lower[next] === "that" && ctx.pos[next] !== "DET") || ctx.lower[next] === ":")
  );
}
const QUESTION_VERBS = new Set(["ask", "asks", "asked", "asking"]);

/** Does an indirect question follow the question verb at `i`, at `k` or past the one asked? */
function askedQuestion(ctx: Ctx, i: number, k: number): boolean {
  // "met with the general to ask what happened": a purpose, not a question put
  if (!QUESTION_VERBS.has(ctx.lower[i]) || ctx.lower[i - 1] === "to") return false;
  if (QUESTION_WORDS.has(ctx.lower[k])) return true;
  const asked = npRight(ctx, k, ctx.n);
  return !!asked && QUESTION_WORDS.has(ctx.lower[asked[1] + 1] ?? "");
}

/**
 * A request put to someone right after the verb, like "urged X to": "asked attorneys in Florida
 * to investigate", "ordered the company to pay" (not "asked for permission to build": a demand).
 */
function request(ctx: Ctx, i: number, k: number): boolean {
  if (!REQUEST_FORMS.has(ctx.lower[i]) || k !== i + 1 || ctx.lower[i - 1] === "to") return false;
  // (a request made in the text itself is none reported: "We must ask God to ...", "I ask you to pray")
  if (/^(i|we|must|should|can|could|may|might|will|would|shall)$/.test(ctx.lower[i - 1] ?? "")) return false;
  const asked = npRight(ctx, k, ctx.n);
  if (!asked) return false;
  let next = asked[1] + 1;
  // (past a phrase on the one asked: "attorneys in Florida")
  const place = /^(in|at|from|of)$/.test(ctx.lower[next] ?? "") ? npRight(ctx, next + 1, ctx.n) : null;
  if (place && ctx.lower[place[1] + 1] === "to") next = place[1] + 1;
  // (an adverb may split the infinitive: "ordered the members to never reveal")
  const verb = ctx.pos[next + 1] === "ADV" ? next + 2 : next + 1;
  return ctx.lower[next] === "to" && ctx.pos[verb] === "VERB";
}

/** Most words between a cue and a quotation in its object ("criticized the law as a “crazy system”"). */
const MAX_OBJECT_WORDS = 10;

/**
 * Quoted words in the object of the cue, before any finite verb of another clause: "criticized the
 * Affordable Care Act as a “crazy system”", "asked white actors to act “whiter”". The quotation
 * is the speaker's own words, whatever the verb: a mixed quote, as the realnews guidelines read
 * "called the plan “reckless”".
 */
function quotedInObject(ctx: Ctx, k: number): boolean {
  const end = Math.min(ctx.n, k + MAX_OBJECT_WORDS);
  for (let j = k; j < end; j++) {
    if (ctx.sent[j] !== ctx.sent[k] || /^[;:,.]$/.test(ctx.lower[j])) return false;
    if (ctx.pos[j] === "QUOTE") return ctx.inMark[j + 1] >= 0;
    if ((ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") && ctx.lower[j - 1] !== "to") return false;
  }
  return false;
}

/** Prepositions that need an object ("commented on", "talked about"), unlike particles ("written off"). */
const STRANDED = new Set(["on", "about", "upon", "to", "of", "with", "for"]);

/** Is the preposition at `k` stranded (no object of its own: "commented on in Moscow", "talked about.")? */
export function strandedPreposition(ctx: Ctx, k: number, hi: number): boolean {
  if (k > hi || !STRANDED.has(ctx.lower[k])) return false;
  if (!(k === hi || ctx.pos[k + 1] === "ADP" || ctx.pos[k + 1] === "PUNCT")) return false;
  // "what X is accused of": the relative pronoun is the content
  for (let j = k - 1; j >= 0 && j >= k - 10 && ctx.sent[j] === ctx.sent[k]; j--)
    if (/^(what|which)$/.test(ctx.lower[j])) return false;
  return true;
}

/**
 * Is the content at `a` only the name of a document ("the Versailles Treaty, signed in 1919", "the Treaty
 * of Paris.")? A capitalised document noun in a noun phrase that ends the clause or meets a comma.
 */
export function namedDocument(ctx: Ctx, a: number, hi: number): boolean {
  const np = npRight(ctx, a, hi + 1);
  if (!np || (np[1] < hi && ctx.pos[np[1] + 1] !== "PUNCT")) return false;
  for (let k = np[0]; k <= np[1]; k++)
    if (isCap(ctx.words[k]) && DOCUMENT_NAMES.has(ctx.lower[k])) return true;
  return false;
}

export const BE_FORMS: ReadonlySet<string> = new Set([
  "is",
  "was",
  "were",
  "are",
  "been",
  "being",
  "be",
  "'s",
]);

/** Is the cue at `i` a passive participle ("is expected", "was first reported")? */
export function isPassive(ctx: Ctx, i: number, lo: number): boolean {
  // (a participle by its ending, or one the tag dictionary knows: "found", "heard")
  if (!/(ed|en|wn|ld|ght|id)$/.test(ctx.lower[i]) && !dictionaryTags(ctx.lower[i]).includes("VBN"))
    return false;
  let k = i - 1;
  // (past adverbs and a floating quantifier: "were all urged to evacuate")
  while (k >= lo && (ctx.pos[k] === "ADV" || /^(not|n't|all|both|each)$/.test(ctx.lower[k]))) k--;
  // ("McDonald's said": a possessive-looking "'s" before a verb ends a name, it is no "is")
  return k >= lo && BE_FORMS.has(ctx.lower[k]) && !(ctx.lower[k] === "'s" && ctx.pos[k] === "PART");
}

/** Conjunctions that open a time clause ("said when asked", "said after the meeting ended"). */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set([
  "when",
  "while",
  "after",
  "before",
  "once",
  "until",
]);
