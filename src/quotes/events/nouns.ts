/** Nominal cues with a content clause: "his claim that ...", "amid fears that ...", "a plan to ...". */
import { type Ctx, lastPropnRun, npLeft, npRight, thatBeforePlural } from "../context.js";
import { cueAt, subjectLeft } from "../frames.js";
import {
  CUE_CLASSES,
  CUE_NOUNS,
  CUE_NOUNS_TO,
  inflections,
  SUPPORT_FORMS,
  TRANSITIVE_STANCE,
} from "../cues.js";
import { treeHolder } from "../tree.js";
import { contentSpan, event, type Scan, TIME_WORDS } from "./span.js";

/** The event of a noun cue at token `i`, pushed to the scan; the token to continue after, or undefined. */
export function nounCue(s: Scan, i: number, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  // ("expressed hope that": the object of an expression verb is a noun, whatever its tag)
  // (asked only of a noun or a verb-tagged word: this runs on every token of the article)
  const nounOrVerb = ctx.pos[i] === "NOUN" || ctx.pos[i] === "VERB";
  const expressed = nounOrVerb && expressedBefore(ctx, i);
  if ((ctx.pos[i] !== "NOUN" && !expressed) || ctx.inMark[i] >= 0) return undefined;
  // "Variety reports that ...": after its subject the word is the verb (verbs.ts), not a noun
  if (cueAt(ctx, i) && !expressed) return undefined;
  const byHolder = holderAfterBy(ctx, i, hi);
  if (byHolder) return heldByAfter(s, i, byHolder);
  // ("political promises that could have an impact": "that" right before a verb opens a relative
  // clause, not the message's content)
  // (a gerund may open the content: "the argument that allowing the remarried to ...")
  const relative = /^(AUX|VERB)$/.test(ctx.pos[i + 2] ?? "") && !/ing$/.test(ctx.lower[i + 2] ?? "");
  const type =
    ctx.lower[i + 1] === "that" && !relative && (ctx.pos[i + 1] !== "DET" || thatBeforePlural(ctx, i + 1))
      ? CUE_NOUNS.get(ctx.lower[i])
      : ctx.lower[i + 1] === "to" && ctx.pos[i + 2] === "VERB" && CUE_NOUNS_TO.has(ctx.lower[i])
        ? ("intention" as const)
        : undefined;
  if (!type) return undefined;
  const held = holder(ctx, i, prevEnd) ?? after(treeHolder(ctx, i), prevEnd);
  // ("expressed doubt that", "voiced concern that": a stance put into words is said)
  const said = type === "belief" && expressed ? "speech" : type;
  // (a day's or a month's is no holder: "after Thursday's announcement that ...")
  const sp = held && held[0] === held[1] && TIME_WORDS.has(ctx.lower[held[0]]) ? null : held;
  // (a cue noun that is the sentence's subject: its clause ends before the main verb, "Trump's
  // promise to build a wall won him votes")
  // (not the object of a verb after the holder: "Leaders have expressed doubt that enough votes
  // can be found")
  const opensSentence = sp !== null && sp[0] <= ctx.sentFirst[ctx.sent[i]] + 1 && !verbBetween(ctx, sp[1], i);
  // (the parser attaches such a sentence's main verb inside the clause, so the words decide)
  const verb = opensSentence ? mainVerbAfterClause(ctx, i + 2, hi) : -1;
  const end = clauseEnd(ctx, i + 2, verb > i + 2 ? verb - 1 : frontedPhraseEnd(ctx, i, hi));
  const span = contentSpan(ctx, i + 2, end);
  if (!span) return undefined;
  // (the main clause after a subject's content is no report of its own: "was rejected by the court")
  const last = verb > i + 2 ? hi : end;
  s.events.push(event([i, i], said, sp, span, sp ? sp[0] : i, last, { noSource: !sp }));
  return last;
}

function verbBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (ctx.pos[k] === "VERB") return true;
  return false;
}

/** Forms of the verbs that put a stance into words (cue-classes.json expressions). */
const EXPRESS_FORMS: ReadonlySet<string> = new Set(CUE_CLASSES.expressions.flatMap(inflections));

/** Is the noun at `i` the object of "express" or "voice" ("expressed serious doubt that")? */
function expressedBefore(ctx: Ctx, i: number): boolean {
  let k = i - 1;
  while (k > 0 && k >= i - 3 && /^(ADJ|DET|ADV)$/.test(ctx.pos[k])) k--;
  return EXPRESS_FORMS.has(ctx.lower[k]);
}

/**
 * "the claim by the company that sales rose", "accusations made by Amir's brother, Hagai, that she
 * joined ...", "a warning from the central bank that": the holder of a cue noun named after it by
 * "by" or "from", before the content's "that". The holder's tokens and the "that", or null.
 */
export function holderAfterBy(
  ctx: Ctx,
  i: number,
  hi: number,
): { np: [number, number]; that: number } | null {
  let k = i + 1;
  if (ctx.lower[k] === "made") k++;
  // (or after "from", when it names someone, not a place: "a warning from the central bank that",
  // not "reports from Gaza that"; and not a message denied, "no statement from the White House")
  const from = ctx.lower[k] === "from" && ctx.lower[i - 1] !== "no";
  if ((ctx.lower[k] !== "by" && !from) || !CUE_NOUNS.has(ctx.lower[i])) return null;
  let np = npRight(ctx, k + 1, hi + 1);
  if (!np || (from && ctx.nonAgent[np[1]] === 1)) return null;
  let that = np[1] + 1;
  // (past an appositive naming the holder, who is then the holder: ", Hagai,")
  if (ctx.lower[that] === ",") {
    const name = npRight(ctx, that + 1, hi + 1);
    if (name && ctx.lower[name[1] + 1] === ",") {
      that = name[1] + 2;
      if (ctx.pos[name[0]] === "PROPN") np = name;
    }
  }
  return ctx.lower[that] === "that" && that < hi ? { np, that } : null;
}

/**
 * Inside another report's content, only a cue noun with its holder named is a report of its own:
 * after it ("denied accusations by the prosecutor that she lied": the prosecutor's accusation) or
 * as its possessor ("rejected Jones's argument that the tax was illegal": Jones's).
 */
export function nestedNounCue(s: Scan, i: number): number | undefined {
  const { ctx, hi } = s;
  if (ctx.pos[i] !== "NOUN" || ctx.inMark[i] >= 0) return undefined;
  const byHolder = holderAfterBy(ctx, i, hi);
  if (byHolder) return heldByAfter(s, i, byHolder, true);
  const owner = ctx.lower[i + 1] === "that" ? possessor(ctx, i, s.lo) : null;
  const type = owner ? CUE_NOUNS.get(ctx.lower[i]) : undefined;
  if (!owner || !type) return undefined;
  // (a pronoun owner of what the outer source repeats is that source: "Smith repeated his claim
  // that" is one report; after a stance verb it is another's, "Smith denied her claim that")
  const outer = s.events[s.events.length - 1];
  const stance = outer && TRANSITIVE_STANCE.has(cueAt(ctx, outer.cue[0])?.lemma ?? "");
  if (owner[0] === owner[1] && ctx.pos[owner[0]] !== "PROPN" && !stance) return undefined;
  // (the phrase may be the subject of the outer content: "said Rubio's claim that Cruz is in favor
  // of it is simply not true")
  const verb = mainVerbAfterClause(ctx, i + 2, hi);
  const end = clauseEnd(ctx, i + 2, verb > i + 2 ? verb - 1 : hi);
  const span = contentSpan(ctx, i + 2, end);
  if (!span) return undefined;
  s.events.push(event([i, i], type, owner, span, owner[0], end, { nested: true }));
  return end;
}

/** The event of a cue noun whose holder follows it after "by": content from after the "that". */
function heldByAfter(
  s: Scan,
  i: number,
  { np, that }: { np: [number, number]; that: number },
  nested = false,
): number | undefined {
  const { ctx, hi } = s;
  const type = CUE_NOUNS.get(ctx.lower[i]);
  // (a cue noun opening the sentence: its clause ends before the main verb, "was false")
  const opensSentence = i <= ctx.sentFirst[ctx.sent[i]] + 1;
  const verb = opensSentence ? mainVerbAfterClause(ctx, that + 1, hi) : -1;
  const end = clauseEnd(ctx, that + 1, verb > that + 1 ? verb - 1 : frontedPhraseEnd(ctx, i, hi));
  const span = type ? contentSpan(ctx, that + 1, end) : null;
  if (!type || !span) return undefined;
  s.events.push(event([i, i], type, np, span, np[0], verb > that + 1 ? hi : end, { nested }));
  return verb > that + 1 ? hi : end;
}

/**
 * "an Intelogic announcement that ...", "a Pentagon statement that ...": a name between the article
 * and the cue noun is its source. Null when no such name stands there.
 */
export function namedBefore(ctx: Ctx, i: number, prevEnd: number): [number, number] | null {
  if (ctx.pos[i - 1] !== "PROPN") return null;
  const run = lastPropnRun(ctx, Math.max(prevEnd, i - 5), i - 1);
  return run && run[1] === i - 1 && /^(a|an|the)$/.test(ctx.lower[run[0] - 1] ?? "") ? run : null;
}

/** Words that join a second clause or verb to the first: no main verb is read past them. */
const JOINERS = new Set([",", ";", "and", "or", "but", "that", "which", "who", "because", "while"]);

/**
 * The main verb after a subject's content clause ("that his wife had suffered a miscarriage
 * shocked fans": "shocked", the verb after the clause's own verb group), -1 when none stands there.
 */
function mainVerbAfterClause(ctx: Ctx, a: number, hi: number): number {
  let group = 0; // 0: before the clause's verb, 1: in its auxiliaries, 2: after its main verb
  for (let k = a; k <= hi; k++) {
    if (ctx.inMark[k] >= 0 || JOINERS.has(ctx.lower[k])) return -1;
    const p = ctx.pos[k];
    // (a copula's predicate ends the clause's verb group too: "that Cruz is in favor of it is false")
    if (group === 1 && /^(NOUN|PROPN|ADJ|NUM|PRON)$/.test(p)) group = 2;
    if (p !== "VERB" && p !== "AUX") continue;
    if (group === 2 && ctx.lower[k - 1] !== "to") return k;
    if (group < 2) group = p === "AUX" ? 1 : 2;
  }
  return -1;
}

/** The span if it starts at or after `from` (within the words still free), else null. */
function after(span: [number, number] | null, from: number): [number, number] | null {
  return span && span[0] >= from ? span : null;
}

/** Fewest tokens between a comma and the cue of the clause it opens ("..., Esper announced"). */
const MAX_SUBJECT_BEFORE_CUE = 4;

/**
 * Where a nominal cue's content ends: before a comma that opens a clause with a cue of its own
 * ("As part of an effort to forge closer ties, Esper announced that ..."), else at `hi`.
 */
function clauseEnd(ctx: Ctx, a: number, hi: number): number {
  for (let k = a; k < hi; k++) {
    if (ctx.lower[k] !== "," || ctx.inMark[k] >= 0) continue;
    for (let j = k + 2; j <= Math.min(hi, k + MAX_SUBJECT_BEFORE_CUE); j++) if (cueAt(ctx, j)) return k - 1;
  }
  return hi;
}

/**
 * A cue noun in a phrase that opens the sentence with a preposition ("Amid reports that thousands
 * had surrendered, aides were upbeat"): its content ends at the comma that closes the phrase.
 */
function frontedPhraseEnd(ctx: Ctx, i: number, hi: number): number {
  const first = ctx.sentFirst[ctx.sent[i]];
  if (!/^(ADP|SCONJ)$/.test(ctx.pos[first])) return hi;
  for (let k = first + 1; k < i; k++) if (ctx.lower[k] === ",") return hi;
  for (let k = i + 2; k < hi; k++) if (ctx.lower[k] === "," && ctx.inMark[k] < 0) return k - 1;
  return hi;
}

/** Longest run of determiners and modifiers between a verb and its nominal cue ("issued a stern warning"). */
const MAX_OBJECT_LEAD = 3;

/** The possessor right before the noun at `i` ("his claim", "the minister's warning"), or null. */
function possessor(ctx: Ctx, i: number, from: number): [number, number] | null {
  const p = i - 1;
  if (p >= from && /^(his|her|their|its)$/.test(ctx.lower[p])) return [p, p];
  if (p - 1 >= from && (ctx.lower[p] === "'s" || ctx.lower[p] === "’s")) return npLeft(ctx, p - 1, from);
  return null;
}

/**
 * Whose claim, plan or warning: a possessive before the noun ("his claim", "the minister's
 * warning"), else the subject of the verb the noun is the object of ("Ms. Acosta issued a warning
 * that", "Republicans announced plans to").
 */
function holder(ctx: Ctx, i: number, prevEnd: number): [number, number] | null {
  const p = i - 1;
  const owner = possessor(ctx, i, prevEnd);
  if (owner) return owner;
  const named = namedBefore(ctx, i, prevEnd);
  if (named) return named;
  let v = p;
  while (v >= prevEnd && v >= i - MAX_OBJECT_LEAD && /^(DET|ADJ|NUM)$/.test(ctx.pos[v])) v--;
  if (v < prevEnd || ctx.pos[v] !== "VERB" || ctx.inMark[v] >= 0 || !SUPPORT_FORMS.has(ctx.lower[v]))
    return null;
  return subjectLeft(ctx, v, prevEnd);
}
