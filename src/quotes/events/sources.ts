/**
 * Attributions to a source named by a phrase rather than a verb: "according to X", "in his
 * opinion", a document or poll ("In a Des Moines Register poll last month, ...", "... in the most
 * recent Fox poll").
 */
import { type Ctx, firstPropnRun, isCap, lastPropnRun, npRight, tokenAt, treeTag } from "../context.js";
import {
  CUE_CLASSES,
  type CueType,
  DESCRIPTIONS,
  MESSAGE_NOUNS,
  POLL_NOUNS,
  ROLE_NOUNS,
  SOURCE_NOUNS,
  SOURCE_PHRASES,
  STANCE_NOUNS,
} from "../cues.js";
import { clauseStartsAt, cueAt, renamingName, sourceLike } from "../frames.js";
import { loadSet } from "../../util/lexicon.js";
import { reportBeforeSource } from "./nested.js";
import {
  contentSpan,
  type Event,
  event,
  holdsVerb,
  matchPhrase,
  PUBLISHING_FORMS,
  type Scan,
  subjectSpan,
} from "./span.js";

/**
 * "according to X, ..." / "..., according to X." / "A, according to X, B" at token `i`. Returns the
 * token to continue after, or undefined when no source phrase starts there.
 */
export function accordingTo(s: Scan, i: number, prevEnd: number): number | undefined {
  const { ctx, hi } = s;
  const pl = matchPhrase(ctx, i, SOURCE_PHRASES);
  if (pl === 0 || relayingPhraseEnd(ctx, i, pl) >= 0 || relaysEndFrame(ctx, i)) return undefined;
  const np = accordingToSource(s, i + pl);
  if (!np) return i;
  if (mediumOfReport(s, i)) return undefined;
  const renamed = renamedSource(ctx, np, hi, i <= prevEnd + 1);
  if (citesEvidence(s, i)) return undefined;
  const atStart =
    i <= prevEnd + 1 ||
    (i > s.lo && ctx.lower[i - 1] === "," && i - 1 <= prevEnd + 1) ||
    coordinateOpening(ctx, i);
  let span: [number, number] | null = null;
  let first = i;
  let last = np[1];
  let segments: [number, number][] | undefined;
  if (atStart && ctx.lower[np[1] + 1] === ",") {
    // (past an appositive on the source: "According to Jane Roe, a spokeswoman for the union, ...",
    // or the name that renames it: "According to the health minister, Jeffrey Bostic, ...")
    const from = renamed ? renamed[1] + 2 : afterSourceAppositive(ctx, np[1] + 1, hi);
    span = contentSpan(ctx, from, hi);
    last = hi;
  } else if (i > prevEnd && !afterClaimedFrame(s, i)) {
    // "A, according to X, B": the content runs around the frame, in two pieces (but "..., so
    // it's possible ..." after it is the writer's own inference)
    // (nor a noun phrase with no verb, an appositive on the source: "according to diplomatic
    // sources in Riyadh, the Saudi capital.")
    const appositive = /^(DET|PROPN|NOUN)$/.test(ctx.pos[np[1] + 2]) && !finiteVerbIn(ctx, np[1] + 2, hi);
    const around =
      ctx.lower[np[1] + 1] === "," &&
      np[1] + 2 < hi &&
      !WRITER_CONTINUES.has(ctx.lower[np[1] + 2]) &&
      !appositive;
    // and a writer's clause before a dash or semicolon is no part of it ("It's unclear whether
    // ... — both were said to have had issues, according to X")
    const from = afterLastBreak(ctx, prevEnd, i - 1);
    span = contentSpan(ctx, from, around ? hi : i - 1);
    if (around) {
      last = hi;
      // (the first piece may be the subject alone: "The professor, according to X, failed ...")
      const before = contentSpan(ctx, from, i - 1) ?? subjectSpan(ctx, from, i - 1);
      const after = contentSpan(ctx, np[1] + 2, hi);
      if (before && after) segments = [before, after];
    }
    first = prevEnd;
  }
  if (!span) return i;
  // (the issuer of a message is read as a subject is: "The iPhone maker" refers back)
  const issuer = atStart ? null : issuerOfMessage(ctx, np, span);
  const source = renamed ?? messageSender(ctx, np, hi) ?? issuer ?? sourceName(ctx, np);
  const ev = event([i, i + pl - 1], "speech", source, span, first, last, {
    resolvedBy: source === issuer ? "name" : "according-to",
  });
  if (segments) ev.segments = segments;
  s.events.push(ev);
  // (a report that opens the content it scopes over is nested in it)
  if (!segments && !atStart && first < i) reportBeforeSource(s, ev, i);
  return last;
}

/**
 * "The ministry said on Wednesday that ..., according to a statement.": a message with no sender
 * named, after a speech verb of the sentence, is the medium of that verb's report, not a source of
 * its own.
 */
export function mediumOfReport(s: Pick<Scan, "ctx" | "hi" | "used">, i: number): boolean {
  const { ctx } = s;
  const np = accordingToSource(s, i + matchPhrase(ctx, i, SOURCE_PHRASES));
  if (
    !np ||
    !unsentMessage(ctx, np, MESSAGE_NOUNS) ||
    !/^(a|an|the)$/.test(ctx.lower[np[0]]) ||
    np[1] - np[0] > 2
  )
    return false;
  for (let k = ctx.sentFirst[ctx.sent[i]]; k < i; k++) if (cueAt(ctx, k)?.type === "speech") return true;
  return false;
}

/**
 * Is the phrase a message of `nouns` with no sender named after it? ("a statement"; "a report from
 * the inspector general" names its sender, and is a source of its own.)
 */
function unsentMessage(ctx: Ctx, np: [number, number], nouns: ReadonlySet<string>): boolean {
  return nouns.has(ctx.lower[np[1]]) && !/^(from|by|of)$/.test(ctx.lower[np[1] + 1] ?? "");
}

/** Messages an actor issues about itself (lexicons/quotes/issuer-messages.txt). */
const ISSUER_MESSAGES = loadSet("quotes/issuer-messages");

/**
 * "The iPhone maker will expand spending ..., according to a Monday statement": a message with no
 * sender named is the statement of the actor its content opens with (a name, a person or body,
 * a description of one), who speaks. Null when the message names its sender or the content opens
 * with no actor ("The toll will rise, according to a statement").
 */
function issuerOfMessage(ctx: Ctx, np: [number, number], span: [number, number]): [number, number] | null {
  if (!unsentMessage(ctx, np, ISSUER_MESSAGES)) return null;
  const first = tokenAt(ctx, span[0]);
  const subject = npRight(ctx, first, ctx.n);
  // (a pronoun's antecedent is not sought here: "It will start producing ..., according to a release")
  if (!subject || ctx.pos[subject[0]] === "PRON" || !/^(VERB|AUX)$/.test(ctx.pos[subject[1] + 1] ?? ""))
    return null;
  return sourceLike(ctx, subject) || DESCRIPTIONS.has(ctx.lower[subject[1]]) ? subject : null;
}

/**
 * Does [a, b] hold a verb of a clause, not only participles on its nouns ("an organization managed
 * by World Resources Institute" holds none)?
 */
function finiteVerbIn(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    // (a participle with no object: "managed by", "based in"; "network censured his report" is a clause)
    const reduced =
      ctx.pos[k] === "VERB" &&
      /(ed|en)$/.test(ctx.lower[k]) &&
      ctx.pos[k - 1] === "NOUN" &&
      /^(ADP|PUNCT)$/.test(ctx.pos[k + 1] ?? "PUNCT");
    if ((ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") && !reduced && holdsVerb(ctx, k, k)) return true;
  }
  return false;
}

/** Most words of a name that renames the source of "according to". */
const MAX_RENAMING_NAME = 8;

/**
 * "according to a handwritten note sent by one of them, Ventus Lau, to his girlfriend": a message
 * and the participle that names its sender after "by"; the sender (the name that renames "one of
 * them" when one does) is the source. Null for any other phrase.
 */
function messageSender(ctx: Ctx, np: [number, number], hi: number): [number, number] | null {
  // (the participle may be in the phrase already: "a letter signed by the mayor")
  let message = np[0];
  while (message <= np[1] && !(MESSAGE_NOUNS.has(ctx.lower[message]) && ctx.lower[message + 2] === "by"))
    message++;
  if (message > np[1] || ctx.pos[message + 1] !== "VERB") return null;
  const agent = npRight(ctx, message + 3, hi + 1);
  if (!agent) return null;
  // (past "of them", "of the defendants": the group the sender is one of)
  let end = agent[1];
  if (ctx.lower[end + 1] === "of") end = npRight(ctx, end + 2, hi + 1)?.[1] ?? end;
  if (ctx.lower[end + 1] === ",") {
    const run = firstPropnRun(ctx, end + 2, Math.min(hi, end + 6));
    if (run && run[0] === end + 2 && ctx.nonAgent[run[1]] === 2) return run;
  }
  return agent;
}

/**
 * "according to Minister of Health, Lt. Col. Jeffrey Bostic": the person's name (with its title)
 * after a comma that renames a description, up to the next comma or the sentence's end; null
 * when no name does (frames.ts renamingName).
 */
function renamedSource(
  ctx: Ctx,
  np: [number, number],
  hi: number,
  opening: boolean,
): [number, number] | null {
  if (ctx.lower[np[1] + 1] !== ",") return null;
  const a = np[1] + 2;
  let b = a;
  while (b + 1 <= hi && !/^[,.!?;]$/.test(ctx.lower[b + 1])) b++;
  if (b - a >= MAX_RENAMING_NAME) return null;
  // (an opening "according to police, John Smith, 45, was arrested" has the content's subject
  // there: only a role renamed before a new clause is read so)
  if (opening) {
    let role = false;
    for (let x = np[0]; x <= np[1]; x++) role ||= ROLE_NOUNS.has(ctx.lower[x]);
    if (!role || b + 2 > hi || ctx.lower[b + 1] !== "," || !clauseStartsAt(ctx, b + 2, hi)) return null;
  }
  return renamingName(ctx, np, a, b);
}

/** Most words of an appositive on the source of an opening "according to X,". */
const MAX_SOURCE_APPOSITIVE = 12;

/**
 * The token after the comma that closes a noun phrase with no verb right after the comma at `k`
 * ("According to Jane Roe, a spokeswoman for the union, the plan ..."); `k + 1` when none does.
 */
function afterSourceAppositive(ctx: Ctx, k: number, hi: number): number {
  // (a description opens with an article or a role: a name or a bare noun there is the content's
  // subject with an appositive of its own, "According to the Times, Brett Kavanaugh, the nominee,")
  if (!/^(a|an|the)$/.test(ctx.lower[k + 1] ?? "") && !ROLE_NOUNS.has(ctx.lower[k + 1] ?? "")) return k + 1;
  for (let j = k + 2; j < hi && j - k <= MAX_SOURCE_APPOSITIVE; j++) {
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX" || ctx.pos[j] === "QUOTE") return k + 1;
    if (ctx.lower[j] === ",") return j + 1;
  }
  return k + 1;
}

/**
 * "A, but according to X, B": an "according to" that opens a coordinate clause scopes over that
 * clause alone; the clause before the conjunction is the writer's.
 */
function coordinateOpening(ctx: Ctx, i: number): boolean {
  return i >= 2 && ctx.lower[i - 2] === "," && /^(but|and|yet|while)$/.test(ctx.lower[i - 1]);
}

/**
 * "..., Yeltsin's spokesman Sergei Yastrzhembsky said, according to the Interfax news agency.": an
 * "according to" right after a sentence-final "Name said" names who relayed that speaker's words.
 */
export function relaysEndFrame(ctx: Ctx, i: number): boolean {
  // (also "..., Miller said, Azernews reports, citing TASS": the cited agency relayed it too)
  if (!/^(according|citing)$/.test(ctx.lower[i]) || ctx.lower[i - 1] !== "," || i < 3) return false;
  // (past a time: "Commissioner Manuel Mondragon said yesterday, according to a statement")
  let verb = i - 2;
  while (verb > i - 5 && verb > 1 && TIME_ADJUNCT.has(ctx.lower[verb])) verb--;
  const cue = cueAt(ctx, verb);
  return (
    cue?.type === "speech" && /^(PROPN|NOUN|PRON)$/.test(ctx.pos[verb - 1]) && sentenceFinalFrame(ctx, verb)
  );
}

/** Is the verb at `verb` a frame after its content ("..., X said"): a comma before its subject? */
function sentenceFinalFrame(ctx: Ctx, verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k > verb - 10 && ctx.sent[k] === ctx.sent[verb]; k--) {
    if (ctx.lower[k] === ",") return true;
    if (!/^(PROPN|NOUN|ADJ|DET|PART)$/.test(ctx.pos[k]) && ctx.lower[k] !== "'s") return false;
  }
  return false;
}

/**
 * "She told a town hall that “...,” according to ABC affiliate WFAA.": a sentence-final "according
 * to X" after a report with its own source names who relayed it. Returns the token before the
 * phrase (where the content ends) and the relay's name, or null.
 */
export function trailingRelay(s: Scan, a: number): { end: number; relay: [number, number] | null } | null {
  const { ctx, hi } = s;
  for (let k = a + 1; k < hi; k++) {
    if (ctx.lower[k] !== "according" || ctx.lower[k + 1] !== "to") continue;
    const before = ctx.pos[k - 1] === "QUOTE" ? k - 2 : k - 1;
    if (ctx.lower[before] !== ",") return null;
    const np = accordingToSource(s, k + 2);
    let end = np ? np[1] + 1 : -1;
    while (end >= 0 && end <= hi && ctx.pos[end] === "PUNCT") end++;
    if (!np || end <= hi) return null;
    // (a message with no sender is the report's medium, no relay: "..., according to a statement.")
    return { end: k - 1, relay: mediumOfReport(s, k) ? null : sourceName(ctx, np) };
  }
  return null;
}

/** Longest source phrase between a speech verb and its "that" ("according to the San Francisco Chronicle"). */
const MAX_RELAYING = 10;

/**
 * "Gonzalez told the jury, according to the San Francisco Chronicle, that ...": a source phrase
 * between commas right after a speech verb (and its addressee), before its "that", names who
 * relayed the verb's words, not their source. `pl` is the phrase's length in tokens. Returns the
 * token of that "that", or -1 when the phrase at `i` is no such relay.
 */
export function relayingPhraseEnd(ctx: Ctx, i: number, pl: number): number {
  // ("The paper reported, citing officials, that": the cited are the source, the paper relays)
  if (pl === 0 || ctx.lower[i - 1] !== "," || ctx.lower[i] !== "according") return -1;
  let comma = i + pl;
  while (
    comma - i < MAX_RELAYING &&
    comma < ctx.n &&
    ctx.lower[comma] !== "," &&
    ctx.sent[comma] === ctx.sent[i]
  )
    comma++;
  if (ctx.lower[comma] !== "," || ctx.lower[comma + 1] !== "that") return -1;
  for (let k = i - 2; k >= Math.max(0, i - 5) && ctx.sent[k] === ctx.sent[i]; k--)
    if (ctx.pos[k] === "VERB" && cueAt(ctx, k)?.type === "speech") return comma + 1;
  return -1;
}

/** Words that open the writer's own clause after a mid-sentence "according to X,". */
const WRITER_CONTINUES = new Set(["so", "but", "although", "though", "which", "while", "and"]);

const BREAK = /^(—|–|--|;)$/;

/**
 * The token after the last dash or semicolon in [a, b] when a clause of its own follows it (a
 * subject and a verb); a when there is none, or when the dash closes a parenthetical pair ("— or
 * about 0.2 points —") or opens an appositive ("— including murder").
 */
function afterLastBreak(ctx: Ctx, a: number, b: number): number {
  let k = b - 1;
  while (k > a && !(BREAK.test(ctx.lower[k]) && ctx.inMark[k] < 0)) k--;
  if (k <= a) return a;
  for (let j = a; j < k; j++) if (BREAK.test(ctx.lower[j])) return a;
  if (!/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(ctx.pos[k + 1] ?? "")) return a;
  for (let j = k + 2; j <= b; j++) if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") return k + 1;
  return a;
}

/**
 * "“...,” he told settler leaders, according to a statement": after a quotation's frame the phrase
 * names where the attributed words were published, not another source of them.
 */
function afterClaimedFrame(s: Scan, i: number): boolean {
  const { ctx, used } = s;
  let k = i - 1;
  while (k >= s.lo && ctx.pos[k] === "PUNCT" && !used[k]) k--;
  return k >= s.lo && used[k] === 1;
}

/**
 * "..., citing the release of prisoners": what is cited is the speaker's evidence, not a source;
 * the verb rules take "citing" as a cue of the clause's own subject, and the clause before it
 * keeps its own source ("Analysts said sales would slow, citing weak demand").
 */
export function citesEvidence(s: Pick<Scan, "ctx" | "hi" | "used">, i: number): boolean {
  if (s.ctx.lower[i] !== "citing") return false;
  const np = accordingToSource(s, i + 1);
  return !np || !sourceLike(s.ctx, np);
}

/**
 * The noun phrase after "according to", extended over "of" chains and participles up to the comma:
 * "the press secretary of the President ... Ivan Ivanov", "exit polls conducted for the AP".
 */
function accordingToSource(s: Pick<Scan, "ctx" | "hi" | "used">, a: number): [number, number] | null {
  const { ctx, hi, used } = s;
  const np = npRight(ctx, a, hi + 1) ?? looseSource(ctx, a, hi);
  if (!np) return null;
  let e = np[1];
  while (
    e + 1 <= hi &&
    ctx.lower[e + 1] !== "," &&
    ctx.pos[e + 1] !== "PUNCT" &&
    !used[e + 1] &&
    e - np[0] < 20 &&
    ((ctx.pos[e + 1] !== "VERB" && ctx.pos[e + 1] !== "AUX") ||
      isCap(ctx.words[e + 1]) ||
      (ctx.pos[e + 1] === "VERB" && /(ed|en)$/.test(ctx.lower[e + 1])) ||
      // (a noun read as a verb inside a compound, where the parser's tagger says noun: "according
      // to the Rourkela help line")
      (ctx.pos[e + 1] === "VERB" && ctx.pos[e + 2] === "NOUN" && treeTag(ctx, e + 1) === "NOUN"))
  )
    e++;
  // the phrase runs to a comma or to the end of the sentence ("..., according to people familiar
  // with the matter.")
  const closed = e + 1 > hi || /^[,.!?;]$/.test(ctx.lower[e + 1]);
  return withoutTimeAdjunct(ctx, closed ? [np[0], e] : np);
}

/** Words of a time adjunct (cue-classes.json: timeAdjuncts, timeAdjunctLead). */
const TIME_ADJUNCT: ReadonlySet<string> = new Set([
  ...CUE_CLASSES.timeAdjuncts,
  ...CUE_CLASSES.timeAdjunctLead,
]);

/** "according to a news agency report Friday": the day is when, not who. */
function withoutTimeAdjunct(ctx: Ctx, [a, b]: [number, number]): [number, number] {
  let e = b;
  while (e > a && TIME_ADJUNCT.has(ctx.lower[e])) e--;
  return [a, e];
}

/**
 * "documents filed in federal court in Manhattan", "a lawsuit filed against Google": a document
 * and where, when or against whom it was made, whose names are no source. Returns the document's
 * head noun before the participle, -1 when the phrase is not so, or names the agent ("a report
 * released Friday by the ministry") or where it was published ("statistics published in the
 * National Review", unless a name before the head made it).
 */
function madeWhere(ctx: Ctx, [a, b]: [number, number]): number {
  for (let k = a; k < b; k++) {
    if (ctx.pos[k] !== "NOUN" || ctx.pos[k + 1] !== "VERB" || !/(ed|en)$/.test(ctx.lower[k + 1])) continue;
    // (unless a name makes the document its own: "an Ipsos poll published in The Australian
    // Financial Review" is Ipsos's poll)
    if (PUBLISHING_FORMS.has(ctx.lower[k + 1])) return firstPropnRun(ctx, a, k - 1) ? k : -1;
    for (let j = k + 2; j <= b; j++) if (ctx.lower[j] === "by") return -1;
    return k;
  }
  return -1;
}

/** Most "in"/"at" phrases after a source's name ("at Cornell University in New York"). */
const MAX_WHERE_PHRASES = 3;

/**
 * The name before the "in PLACE" or "at BODY" phrases that end a source phrase starting at `a`
 * and whose last name is `run`; null when no name stands right before such a phrase.
 */
function namedBeforeWhere(ctx: Ctx, a: number, run: [number, number]): [number, number] | null {
  let found: [number, number] | null = null;
  let last = run;
  for (let n = 0; n < MAX_WHERE_PHRASES; n++) {
    let p = last[0] - 1;
    if (ctx.lower[p] === "the") p--;
    const where = ctx.lower[p] === "at" || (ctx.lower[p] === "in" && ctx.nonAgent[last[0]] === 1);
    if (!where || p - 1 <= a || ctx.pos[p - 1] !== "PROPN") return found;
    last = lastPropnRun(ctx, a, p - 1) ?? last;
    found = last;
  }
  return found;
}

/** The name in a source phrase: "Paul Sperry of Counter Jihad" (the name before "of" with its org). */
function sourceName(ctx: Ctx, np: [number, number]): [number, number] {
  const made = madeWhere(ctx, np);
  if (made >= 0) return [np[0], made];
  let run = lastPropnRun(ctx, np[0], np[1]);
  // ("according to UNHCR spokesman Adrian Edwards in Geneva": where the person spoke is no source,
  // nor is the body a named centre belongs to, "the Roper Center ... at Cornell University")
  const where = run ? namedBeforeWhere(ctx, np[0], run) : null;
  if (where) return [np[0], where[1]];
  const head = firstPropnRun(ctx, np[0], np[1]);
  if (head && ctx.lower[head[1] + 1] === "of" && head[1] < np[1]) run = [head[0], np[1]];
  // two names joined: "according to Fastiggi and Goldstein" is both, and so is "according to
  // Mexico's National Seismological Service and the US Geological Survey"
  if (head && run && head[1] + 2 === run[0] && ctx.lower[head[1] + 1] === "and") run = [head[0], run[1]];
  // (the "and" one or two words before the last name: "... Service and the US Geological Survey")
  const and = run ? [run[0] - 1, run[0] - 2].find((k) => k > np[0] && ctx.lower[k] === "and") : undefined;
  if (and !== undefined && ctx.pos[and - 1] === "PROPN") return np;
  return run && run[1] === np[1] ? run : np;
}

/** Longest source after "according to" when the tagger breaks its noun phrase. */
const MAX_LOOSE_SOURCE = 12;

/**
 * The source after "according to" when the chunker finds no noun phrase ("the most recent data",
 * "exit polls" tagged as a verb): the words up to the next comma or the end, holding a noun.
 */
function looseSource(ctx: Ctx, a: number, hi: number): [number, number] | null {
  let noun = false;
  let k = a;
  for (; k <= hi && k - a < MAX_LOOSE_SOURCE; k++) {
    if (ctx.inMark[k] >= 0 || ctx.pos[k] === "QUOTE" || ctx.pos[k] === "PUNCT") break;
    if (
      ctx.pos[k] === "AUX" ||
      (ctx.pos[k] === "VERB" && k + 1 <= hi && ctx.pos[k + 1] !== "NOUN" && ctx.pos[k + 1] !== "PUNCT")
    )
      return null;
    if (ctx.pos[k] === "NOUN" || ctx.pos[k] === "PROPN" || ctx.pos[k] === "VERB") noun = true;
  }
  if (!noun || k === a || (k <= hi && ctx.pos[k] !== "PUNCT")) return null;
  return [a, k - 1];
}

/** Possessive pronouns of a stance frame ("in his view"). */
const STANCE_OWNERS = new Set(["his", "her", "their", "its", "my", "our"]);
/** Most words of a name owning a stance frame ("in Senator Albert Gore's words"). */
const MAX_STANCE_OWNER = 5;

/**
 * "in his opinion,", "to her mind,", "in Senator Gore's words,": a stance frame at token `i`
 * before a comma, its owner (the possessive pronoun, or the name before "'s") and its noun's cue
 * type (lexicons/quotes/cue-classes.json stanceNouns); null for other words.
 */
export function stancePhrase(
  ctx: Ctx,
  i: number,
): { noun: number; owner: [number, number]; type: CueType } | null {
  if (ctx.lower[i] !== "in" && ctx.lower[i] !== "to") return null;
  for (let k = i + 2; k <= i + MAX_STANCE_OWNER + 2 && k < ctx.n; k++) {
    const type = STANCE_NOUNS.get(ctx.lower[k]);
    if (!type || ctx.lower[k + 1] !== ",") continue;
    if (k === i + 2 && STANCE_OWNERS.has(ctx.lower[i + 1])) return { noun: k, owner: [i + 1, i + 1], type };
    if (!/^['’]s$/.test(ctx.lower[k - 1]) || k - 2 <= i) return null;
    for (let j = i + 1; j <= k - 2; j++) if (ctx.pos[j] !== "PROPN") return null;
    return { noun: k, owner: [i + 1, k - 2], type };
  }
  return null;
}

/** "in his opinion, ...", "in Senator Gore's words, ...": the owner holds the belief or said it. */
export function opinionPhrase(s: Scan, i: number): number | undefined {
  const { ctx, hi } = s;
  const frame = stancePhrase(ctx, i);
  if (!frame) return undefined;
  const span = contentSpan(ctx, frame.noun + 2, hi);
  if (!span) return i;
  // (no complementizer follows the comma: "In my opinion, that's the price" keeps its "that")
  span[0] = Math.min(span[0], ctx.starts[frame.noun + 2]);
  s.events.push(event([i, frame.noun], frame.type, frame.owner, span, i, hi));
  return hi;
}

/** Longest source noun phrase of a sentence-opening "In a ... poll," frame. */
const MAX_SOURCE_NP = 12;

/**
 * "In a/the ... NOUN, CONTENT": a noun phrase headed by a document or poll noun, then a comma,
 * then a clause with no cue of its own ("In an interview, he said ..." is the cue's event).
 */
export function documentSource(ctx: Ctx, i: number, hi: number): Event | null {
  let c = i + 1;
  let noun = false;
  while (c <= hi && c - i <= MAX_SOURCE_NP && ctx.lower[c] !== ",") {
    if (ctx.pos[c] === "VERB" || ctx.pos[c] === "AUX" || ctx.pos[c] === "QUOTE") return null;
    if (SOURCE_NOUNS.has(ctx.lower[c])) noun = true;
    c++;
  }
  if (!noun || c > hi || ctx.lower[c] !== ",") return null;
  for (let j = c + 1; j <= hi; j++) if (cueAt(ctx, j)) return null;
  const span = contentSpan(ctx, c + 1, hi);
  if (!span) return null;
  const author = authorAfterDocument(ctx, i, c);
  if (author) return event([i, i], "speech", author, span, i, hi);
  return event([i, i], "speech", [i + 1, c - 1], span, i, hi, { resolvedBy: "according-to" });
}

/**
 * "In another column, she compared ...", "In a memo, Smith argued ...": after a written or spoken
 * piece (not a poll or study, which others make), a clause whose subject is a person's pronoun or
 * name has that person as its author. The subject's tokens, or null.
 */
function authorAfterDocument(ctx: Ctx, i: number, comma: number): [number, number] | null {
  for (let k = i + 1; k < comma; k++) if (POLL_NOUNS.has(ctx.lower[k])) return null;
  const first = comma + 1;
  if (/^(he|she|they|i|we)$/.test(ctx.lower[first])) return [first, first];
  let last = first;
  while (ctx.pos[last + 1] === "PROPN") last++;
  return ctx.nonAgent[first] === 2 && ctx.nonAgent[last] === 2 && ctx.pos[last + 1] === "VERB"
    ? [first, last]
    : null;
}

/** Fewest tokens of a clause before its "in a ... poll" source. */
const MIN_CLAUSE_BEFORE_SOURCE = 4;

/**
 * "CLAUSE in a/the ... NOUN": a prepositional phrase headed by a document or poll noun after a
 * clause with no cue of its own is the clause's source (as a sentence-opening one is).
 */
export function documentAfter(ctx: Ctx, start: number, hi: number, used: Uint8Array): Event | null {
  let verb = false;
  for (let i = start; i < hi; i++) {
    if (ctx.pos[i] === "VERB" || ctx.pos[i] === "AUX") verb = true;
    // the clause before the phrase has a verb ("Forty-six percent of people in the poll" has none)
    if (!verb || i < start + MIN_CLAUSE_BEFORE_SOURCE) continue;
    if (ctx.lower[i] !== "in" || used[i] || ctx.inMark[i] >= 0) continue;
    // right after the verb of a relative clause it is that verb's ("participants who filled in the
    // survey")
    if (ctx.pos[i - 1] === "VERB" && /^(who|that|which)$/.test(ctx.lower[i - 2])) continue;
    // (nor a participle on the subject's noun: "Fewer than half of the voters surveyed in a new poll
    // support ...", where the clause's verb comes after the phrase)
    if (ctx.pos[i - 1] === "VERB" && /ed$/.test(ctx.lower[i - 1]) && /^(NOUN|PROPN)$/.test(ctx.pos[i - 2]))
      continue;
    if (!/^(DET|PRON)$/.test(ctx.pos[i + 1]) && ctx.pos[i + 1] !== "PROPN") continue;
    const c = pollNoun(ctx, i, hi);
    if (c < 0) continue;
    const span = contentSpan(ctx, start, i - 1);
    if (!span) return null;
    return event([i, i], "speech", [i + 1, c], span, start, c, { resolvedBy: "according-to" });
  }
  return null;
}

/** The poll or document noun heading the phrase after "in" at `i` (-1: none). */
function pollNoun(ctx: Ctx, i: number, hi: number): number {
  for (let c = i + 1; c <= hi && c - i <= MAX_SOURCE_NP; c++) {
    const p = ctx.pos[c];
    if (p === "PUNCT" || p === "AUX" || p === "QUOTE" || p === "ADP" || (p === "VERB" && c > i + 1))
      return -1;
    if (!POLL_NOUNS.has(ctx.lower[c]) || p === "VERB") continue;
    // the head of the phrase: the noun is not a modifier ("poll numbers"); "in the polls" and
    // "in some polls" are idioms of standing, not sources
    if (ctx.pos[c + 1] === "NOUN" || (c === i + 2 && /s$/.test(ctx.lower[c]))) return -1;
    return c;
  }
  return -1;
}
