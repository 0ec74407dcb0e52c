/**
 * Who speaks, read from the dependency tree: the subject of the communication predicate (`nsubj`),
 * the agent of a passive one (`obl:agent`), the object of "according to", or the subject a
 * coordinated verb shares ("X became ... and said"). The subject is its noun phrase's core: the
 * head with its compound, flat-name, possessor, determiner and modifier words, never an apposition
 * or a relative clause ("Jane Roe, the president of the Farmers Union, said": Jane Roe).
 */
import type { SyntaxLayer } from "../syntax/stage.js";
import { loadSet } from "../util/lexicon.js";
import type { Candidate } from "./candidate.js";
import { type Ctx, isCap, joined } from "./context.js";
import {
  ANONYMOUS_HEADS,
  CUE_CLASSES,
  DESCRIPTIONS,
  MESSAGE_NOUNS,
  SENT_NOUNS,
  SOURCE_NOUNS,
  SUPPORT_FORMS,
} from "./cues.js";

const sourceNoun = (w: string) =>
  SOURCE_NOUNS.has(w) || DESCRIPTIONS.has(w) || DESCRIPTIONS.has(w.replace(/s$/, ""));

const TELL = new Set(["tell", "tells", "told", "telling"]);

/** Relative pronouns that can be the object of a cue ("..., which X announced"). */
const RELATIVE_OBJECTS = new Set(["which", "that", "whom"]);

/** Dependents that belong to a speaker's name or description. */
const CORE = new Set([
  "compound",
  "flat",
  "flat:name",
  "nmod:poss",
  "case",
  "det",
  "det:predet",
  "amod",
  "nummod",
  "fixed",
  "goeswith",
  "nmod",
  "nmod:desc",
]);

/** Tokens whose head is `h`, within its parsed piece (at most 200 tokens, however long the sentence). */
function children(syntax: SyntaxLayer, h: number): number[] {
  const [a, b] = syntax.piece(h);
  const out: number[] = [];
  for (let k = a; k < b; k++) if (syntax.head[k] === h) out.push(k);
  return out;
}

/** Words that count a group (lexicons/quotes/share-words.txt): "percent", "half", "majority". */
const SHARE_WORDS = loadSet("quotes/share-words");

/** Nouns of a number of people before "of" ("a number of officials", "a group of employees"). */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(CUE_CLASSES.quantityNouns);

/** Is token `x` a share or a number of a group ("52 percent", "half", "Nine in 10", "a number")? */
function share(ctx: Ctx, syntax: SyntaxLayer, x: number): boolean {
  return syntax.upos[x] === "NUM" || SHARE_WORDS.has(ctx.lower[x]) || QUANTITY_NOUNS.has(ctx.lower[x]);
}

/** Is `c` the sender of the message noun `x` ("statements by the President", "a release from X")? */
function sentBy(ctx: Ctx, syntax: SyntaxLayer, x: number, c: number): boolean {
  return SENT_NOUNS.has(ctx.lower[x]) && children(syntax, c).some((k) => /^(by|from)$/.test(ctx.lower[k]));
}

/** The contiguous token span of `h`'s noun-phrase core. */
function nounCore(ctx: Ctx, syntax: SyntaxLayer, h: number): [number, number] {
  const inCore = new Set([h]);
  const stack = [h];
  while (stack.length > 0) {
    const x = stack.pop() as number;
    for (const c of children(syntax, x)) {
      const rel = syntax.deprel[c];
      // A prepositional phrase names the source only after a source or role noun ("a report from
      // X", "a spokesman for Y"); after a name ("Paul Sperry of Counter Jihad") or another noun
      // ("Mr. Obama's reaction to the attacks in France") it is not the speaker.
      // ... or after a share ("52 percent of registered voters", "half of voters in each state")
      // ... or its sender after a message ("Statements by the President", not "posts about ISIS")
      if (rel === "nmod" && !sourceNoun(ctx.lower[x]) && !share(ctx, syntax, x) && !sentBy(ctx, syntax, x, c))
        continue;
      if (rel === "case" && syntax.deprel[x] !== "nmod:poss" && syntax.deprel[x] !== "nmod") continue;
      if (CORE.has(rel)) {
        inCore.add(c);
        stack.push(c);
      }
    }
  }
  let a = h;
  let b = h;
  // A name is its run of proper nouns ("Walt Disney Co. executive Kevin Mayer": Kevin Mayer); a
  // description keeps its words ("a report from Kotak Institutional Equities").
  // (capitalised words count: the tagger reads "Business" in "Business Insider" as a noun)
  const name = syntax.upos[h] === "PROPN";
  const within = (k: number) => inCore.has(k) && (!name || syntax.upos[k] === "PROPN" || isCap(ctx.words[k]));
  while (within(a - 1)) a--;
  while (within(b + 1)) b++;
  b = nameAfterRole(syntax, h, b);
  // a hyphenated word stays whole ("The 17-year-old teen")
  while (a >= 2 && ctx.lower[a - 1] === "-" && joined(ctx, a - 2, a - 1) && joined(ctx, a - 1, a)) a -= 2;
  return [a, b];
}

/**
 * "Labour leader Keir Starmer responded": a role noun and the name after it, which the parser may
 * make a second subject of the same verb (or the noun's dependent). The last token of the name, or
 * `b` when none follows.
 */
function nameAfterRole(syntax: SyntaxLayer, h: number, b: number): number {
  if (syntax.upos[h] !== "NOUN" || syntax.upos[b + 1] !== "PROPN") return b;
  const sibling = syntax.head[b + 1] === syntax.head[h] && syntax.deprel[b + 1] === syntax.deprel[h];
  if (!sibling && syntax.head[b + 1] !== h) return b;
  let e = b + 1;
  while (syntax.upos[e + 1] === "PROPN" && syntax.head[e + 1] >= b + 1 && syntax.head[e + 1] <= e + 1) e++;
  return e;
}

/** The head word of a cue that spans tokens [a, b]: the one whose head lies outside. */
function cueHead(syntax: SyntaxLayer, a: number, b: number): number {
  for (let k = a; k <= b; k++) if (syntax.head[k] < a || syntax.head[k] > b) return k;
  return a;
}

/** The token of the cue's subject (the agent of a passive; X of "according to X"), or -1. */
function subjectToken(ctx: Ctx, syntax: SyntaxLayer, a: number, b: number): number {
  let cue = cueHead(syntax, a, b);
  // "according to X": "according" is a case marker of X (read as a participle, it is not one
  // whose clause's subject speaks: "X signed ..., according to court records")
  if (ctx.lower[cue] === "according") return syntax.deprel[cue] === "case" ? syntax.head[cue] : -1;
  let relayed = false;
  for (let hop = 0; hop < 2; hop++) {
    const kids = children(syntax, cue);
    // a passive cue (also where the labeller missed it: "Voters were urged by the governor" with
    // an "aux:pass" but "nsubj" and "obl"): the agent speaks, the subject was spoken to or of;
    // a cue coordinated with a passive shares its subject ("X was forced ... and said")
    const passive = kids.some((k) => syntax.deprel[k] === "nsubj:pass" || syntax.deprel[k] === "aux:pass");
    if (hop === 0 && passive)
      return kids.find((k) => syntax.deprel[k] === "obl:agent" || byPhrase(ctx, syntax, k)) ?? -1;
    const subject = kids.find((k) => /^nsubj(:outer|:pass)?$/.test(syntax.deprel[k]));
    // ("TASS quoted him as saying": "as saying" is the quoted person's, not the relay's; only a
    // passive's subject speaks, "He was quoted as saying")
    if (relayed && subject !== undefined && syntax.deprel[subject] !== "nsubj:pass") return -1;
    if (subject !== undefined) return namedByAppositive(ctx, syntax, subject);
    // a coordinated verb shares its first conjunct's subject, a participle clause its main
    // clause's ("Liu said that ..., warning: “...”")
    const participle = syntax.deprel[cue] === "advcl" && /ing$/.test(ctx.lower[cue]);
    if ((syntax.deprel[cue] !== "conj" && !participle) || syntax.head[cue] < 0) return -1;
    relayed = participle && ctx.lower[cue - 1] === "as";
    cue = syntax.head[cue];
  }
  return -1;
}

/**
 * A subject head that names no one, with a person's name in apposition to it, is that person
 * ("German Economy Minister Robert Habeck" parsed with "Economy" as the head); else `h`.
 */
function namedByAppositive(ctx: Ctx, syntax: SyntaxLayer, h: number): number {
  // (a group keeps its head: "Trump's lawyers, including Rudolph Giuliani, said")
  if (ctx.nonAgent[h] === 2 || /s$/.test(ctx.lower[h])) return h;
  // (the name right after the head, in one phrase: not one set off by commas, often someone else)
  const person = children(syntax, h).find(
    (k) =>
      syntax.deprel[k] === "appos" &&
      ctx.nonAgent[k] === 2 &&
      k > h &&
      k - h <= MAX_TITLE_GAP &&
      !ctx.lower.slice(h, k).includes(","),
  );
  return person ?? h;
}

/** Most tokens between a title's head and the name it is given ("Economy Minister Robert"). */
const MAX_TITLE_GAP = 3;

/** Is token `k` an oblique introduced by "by"? */
function byPhrase(ctx: Ctx, syntax: SyntaxLayer, k: number): boolean {
  return syntax.deprel[k] === "obl" && children(syntax, k).some((c) => ctx.lower[c] === "by");
}

/** The speaker of the cue at tokens [a, b] by the tree, or null when the tree names none. */
export function treeSubject(ctx: Ctx, a: number, b: number): [number, number] | null {
  const syntax = ctx.article.syntax;
  if (!syntax) return null;
  syntax.ensure(a);
  syntax.ensure(b);
  const h = subjectToken(ctx, syntax, a, b);
  return h < 0 ? null : nounCore(ctx, syntax, h);
}

const RELATIVE_CLAUSE = new Set(["acl:relcl", "acl", "parataxis", "appos"]);

/**
 * The noun phrase a relative pronoun at token `rel` stands for, by the tree: the noun its clause
 * modifies (`acl:relcl`), also through a coordinated clause ("Sanders - who discussed ...",
 * "X, who worshiped here and who mentioned ..."). Null for a question word ("learned who had
 * written it") or where the parse has no relative clause.
 */
export function treeAntecedent(ctx: Ctx, rel: number): [number, number] | null {
  const syntax = ctx.article.syntax;
  if (!syntax) return null;
  syntax.ensure(rel);
  let verb = syntax.head[rel];
  for (let hops = 0; verb >= 0 && syntax.deprel[verb] === "conj" && hops < 3; hops++)
    verb = syntax.head[verb];
  if (verb < 0 || !RELATIVE_CLAUSE.has(syntax.deprel[verb])) return null;
  const noun = syntax.head[verb];
  // a clause between dashes may be parsed as loosely attached to the noun before it
  const nominal = noun >= 0 && (syntax.upos[noun] === "NOUN" || syntax.upos[noun] === "PROPN");
  return nominal && noun < rel ? nounCore(ctx, syntax, noun) : null;
}

/**
 * The tree's relation of token `k` to its head (parsing its sentence when first asked): "acl" for
 * a clause that modifies a noun ("a mission called X"), "amod" for a participle that does ("a
 * recorded interview"); null without a syntax layer.
 */
export function treeRelation(ctx: Ctx, k: number): string | null {
  const syntax = ctx.article.syntax;
  if (!syntax) return null;
  syntax.ensure(k);
  return syntax.deprel[k];
}

/**
 * Does the tree's tagger find a verb in tokens [a, b] where the token tags found none ("The
 * rejection of the treaty signals the beginning of the end", "signals" tagged a noun)? Only a
 * phrase of a clause's length that opens like a subject is asked (the parse is lazy).
 */
export function treeFindsVerb(ctx: Ctx, a: number, b: number): boolean {
  const syntax = ctx.article.syntax;
  if (!syntax || b - a < 4 || !/^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(ctx.pos[a])) return false;
  syntax.ensure(a);
  for (let k = a; k <= b; k++) {
    syntax.ensure(k);
    if (syntax.upos[k] === "VERB" || (syntax.upos[k] === "AUX" && syntax.deprel[k] === "root")) return true;
  }
  return false;
}

/**
 * The tree's subject of the cue at token `i` when it lies within tokens [from, i): for a cue whose
 * subject the token rules could not delimit ("People in Fort Pierce said", where "Pierce" reads
 * as a verb).
 */
export function treeSubjectBefore(ctx: Ctx, i: number, from: number): [number, number] | null {
  const syntax = ctx.article.syntax;
  if (!syntax) return null;
  // no noun or pronoun before the cue: nothing the tree could give (no parse needed)
  let nominal = false;
  for (let k = Math.max(0, from); k < i && !nominal; k++)
    nominal = /^(NOUN|PROPN|PRON|NUM|ADJ|DET|X)$/.test(ctx.pos[k]);
  if (!nominal) return null;
  syntax.ensure(i);
  // only a cue with a content clause: "hosts a call to discuss results", "the tour concludes
  // October 10th" have objects, and report nothing
  if (!children(syntax, i).some((k) => CONTENT_CLAUSE.has(syntax.deprel[k]))) return null;
  const subject = treeSubject(ctx, i, i);
  return subject && subject[0] >= from && subject[1] < i ? subject : null;
}

/** Relations of a clause that is what a cue reports. */
const CONTENT_CLAUSE = new Set(["ccomp", "parataxis"]);

/**
 * The first word of the clause the cue at `cue` reports without "that" ("told investigators in July
 * she was advised ...", "say about half of the housing was built ..."): the leftmost word under its
 * `ccomp` dependent, when that lies after the cue and up to `end`; -1 when the tree has none.
 */
export function treeComplementStart(ctx: Ctx, cue: number, end: number): number {
  const syntax = ctx.article.syntax;
  if (!syntax) return -1;
  syntax.ensure(cue);
  const clause = children(syntax, cue).find((k) => k > cue && k <= end && syntax.deprel[k] === "ccomp");
  if (clause === undefined) return -1;
  let first = clause;
  for (let k = cue + 1; k < clause; k++)
    if (descends(syntax, k, clause)) {
      first = k;
      break;
    }
  return first;
}

/** Whether token `k` lies in the subtree of `h`. */
function descends(syntax: SyntaxLayer, k: number, h: number): boolean {
  const [a, b] = syntax.piece(h);
  for (let x = k, steps = 0; x >= a && x < b && steps < b - a; x = syntax.head[x], steps++)
    if (x === h) return true;
  return false;
}

/** Whether every token of `span` lies under a dependent of `head` with relation `rel`. */
function underDependent(syntax: SyntaxLayer, head: number, rel: string, span: [number, number]): boolean {
  const dependents = children(syntax, head).filter((k) => syntax.deprel[k] === rel);
  if (dependents.length === 0) return false;
  for (let k = span[0]; k <= span[1]; k++) if (!dependents.some((d) => descends(syntax, k, d))) return false;
  return true;
}

/**
 * Whether the frame's speaker only describes the tree's subject: it lies in an apposition of a
 * subject that names an agent ("China, the only ally of Pyongyang, said": not Pyongyang), or it is
 * no agent and lies in a modifier of the subject ("Farmers near Fort Pierce said", "an agency
 * journalist in the area reported"). A subject that is a title ("police commissioner Chris Tang")
 * never wins this way: the name in it is a person, the speaker.
 */
function describesSubject(
  ctx: Ctx,
  syntax: SyntaxLayer,
  head: number,
  core: [number, number],
  frame: [number, number],
): boolean {
  if (agentKinds(ctx, core).agent && underDependent(syntax, head, "appos", frame)) return true;
  return !agentKinds(ctx, frame).agent && underDependent(syntax, head, "nmod", frame);
}

/** Is the frame's speaker a body in a phrase after a plural group noun that heads the subject? */
function groupOf(
  ctx: Ctx,
  syntax: SyntaxLayer,
  head: number,
  core: [number, number],
  frame: [number, number],
): boolean {
  const group =
    ANONYMOUS_HEADS.has(ctx.lower[head]) && /s$/.test(ctx.lower[head]) && syntax.upos[head] === "NOUN";
  return (
    group &&
    core[1] === head &&
    frame[0] > head &&
    frame[0] - head <= 4 &&
    underDependent(syntax, head, "nmod", frame)
  );
}

/**
 * Whose claim, plan or warning the noun cue at token `i` is, by the tree: its possessor ("his
 * recent call to", "Comey's Friday announcement that"), its subject where the parse reads it as a
 * verb ("The Clinton campaign plans to"), or the subject of the support verb it is the object of
 * ("Mrs. Clinton delivered a forceful promise to"). Null when the tree names none.
 */
export function treeHolder(ctx: Ctx, i: number): [number, number] | null {
  const syntax = ctx.article.syntax;
  if (!syntax) return null;
  syntax.ensure(i);
  const kids = children(syntax, i);
  const owner = kids.find((k) => syntax.deprel[k] === "nmod:poss" || syntax.deprel[k] === "nsubj");
  if (owner !== undefined) return nounCore(ctx, syntax, owner);
  const verb = syntax.head[i];
  if (syntax.deprel[i] !== "obj" || verb < 0 || !SUPPORT_FORMS.has(ctx.lower[verb])) return null;
  return treeSubject(ctx, verb, verb);
}

/**
 * "X released a statement saying ...", "she sent an email saying ...": a participle cue that goes
 * with a message noun which is the object of a verb (modifying the noun, or the verb: parses
 * differ) reports what the verb's subject said. Returns the message noun's token and that
 * subject, or null.
 */
export function messageAuthor(
  ctx: Ctx,
  a: number,
  b: number,
): { message: number; author: [number, number] } | null {
  const syntax = ctx.article.syntax;
  if (!syntax || !/ing$/.test(ctx.lower[b])) return null;
  syntax.ensure(a);
  syntax.ensure(b);
  const cue = cueHead(syntax, a, b);
  // (the object, or the oblique of an instrument: "blew it off with a joke saying")
  const isMessage = (k: number) => /^(obj|obl)$/.test(syntax.deprel[k]) && MESSAGE_NOUNS.has(ctx.lower[k]);
  let verb = -1;
  let message = -1;
  if (syntax.deprel[cue] === "acl" && isMessage(syntax.head[cue])) {
    message = syntax.head[cue];
    verb = syntax.head[message];
  } else if (syntax.deprel[cue] === "advcl" && syntax.head[cue] >= 0) {
    verb = syntax.head[cue];
    message = children(syntax, verb).find(isMessage) ?? -1;
  }
  if (verb < 0 || message < 0) return null;
  // a coordinated verb shares its first conjunct's subject ("mixed up ... and blew it off with")
  if (syntax.deprel[verb] === "conj" && !children(syntax, verb).some((k) => syntax.deprel[k] === "nsubj"))
    verb = syntax.head[verb];
  const subject = verb < 0 ? undefined : children(syntax, verb).find((k) => syntax.deprel[k] === "nsubj");
  return subject === undefined ? null : { message, author: nounCore(ctx, syntax, subject) };
}

/** The most agent-like entity kind among tokens [a, b]: 2 a person, 3 an organisation or country. */
function agentKinds(ctx: Ctx, [a, b]: [number, number]): { person: boolean; agent: boolean } {
  let person = false;
  let agent = false;
  for (let k = a; k <= b; k++) {
    if (ctx.nonAgent[k] === 2) person = true;
    if (ctx.nonAgent[k] >= 2) agent = true;
  }
  return { person, agent };
}

/**
 * Can the tree replace this frame speaker at all? Not one that names a person, nor a pronoun
 * (resolved later): betterSpeaker would keep them, so their sentences need no parse.
 */
export function replaceable(ctx: Ctx, frame: [number, number]): boolean {
  return !(frame[0] === frame[1] && ctx.pos[frame[0]] === "PRON") && !agentKinds(ctx, frame).person;
}

/**
 * Whether the tree's subject should replace the speaker the frame rules found. The parser errs
 * too (about one head in seven), so the tree wins only with evidence, never over a pronoun ("TASS
 * quoted him as saying": him, resolved later, not TASS) or a person: it names a person where the
 * frame's speaker names none, or an agent (person, organisation, country) where the frame's
 * speaker names no agent at all.
 */
export function betterSpeaker(ctx: Ctx, tree: [number, number], frame: [number, number]): boolean {
  if ((tree[0] === frame[0] && tree[1] === frame[1]) || !replaceable(ctx, frame)) return false;
  const t = agentKinds(ctx, tree);
  const f = agentKinds(ctx, frame);
  // a group noun of the subject that the frame's speaker left out ("experts on jail suicide
  // told ...": experts, not "jail suicide"; "a person familiar with the matter": not "the matter")
  let group = false;
  for (let k = tree[0]; k <= tree[1]; k++)
    if (ANONYMOUS_HEADS.has(ctx.lower[k]) && (k < frame[0] || k > frame[1])) group = true;
  return t.person || (!f.agent && (t.agent || group));
}

/** Does ", who" or ", which" open a clause still open at the frame's speaker (no comma since)? */
function inRelativeClause(ctx: Ctx, frame: [number, number]): boolean {
  for (let k = frame[0] - 1; k > ctx.sentFirst[ctx.sent[frame[0]]]; k--) {
    if (/^[,;:—–]$/.test(ctx.lower[k]) || ctx.pos[k] === "QUOTE") return false;
    if (/^(who|which)$/.test(ctx.lower[k]) && ctx.lower[k - 1] === ",") return true;
  }
  return false;
}

/** Is there a comma among the tokens [a, b)? */
function commaBetween(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.lower[k] === ",") return true;
  return false;
}

/** Does the noun phrase starting at `a` follow "by", past its modifiers ("by investor Kirk Kerkorian")? */
function afterBy(ctx: Ctx, a: number): boolean {
  let k = a - 1;
  while (k >= 0 && k > a - 4 && /^(NOUN|ADJ|DET|PROPN)$/.test(ctx.pos[k])) k--;
  return ctx.lower[k] === "by";
}

/**
 * Whom the words were said to, by the tree: the indirect object, the object of "tell", or a "to"
 * phrase ("told Reuters", "confirmed to WIRED", "told VOA correspondent Carla Babb").
 */
export function treeAddressee(ctx: Ctx, a: number, b: number): [number, number] | null {
  const syntax = ctx.article.syntax;
  // an addressee follows a tell-verb ("told Reuters") or "to" right after the cue ("confirmed to
  // WIRED"): other sentences need no parse for it ("said John Smith" is the speaker)
  if (!syntax || !(TELL.has(ctx.lower[b]) || ctx.lower[b + 1] === "to")) return null;
  // only a name can be a relay ("told Reuters", "told the BBC"): "told reporters" needs no parse
  let named = false;
  for (let k = b + 1; k <= Math.min(ctx.n - 1, b + 4) && !named; k++) named = isCap(ctx.words[k]);
  if (!named) return null;
  syntax.ensure(a);
  syntax.ensure(b);
  const cue = cueHead(syntax, a, b);
  for (const k of children(syntax, cue)) {
    const rel = syntax.deprel[k];
    const toPhrase =
      rel.startsWith("obl") &&
      children(syntax, k).some((c) => syntax.deprel[c] === "case" && ctx.lower[c] === "to");
    if (rel === "iobj" || (rel === "obj" && TELL.has(ctx.lower[cue])) || toPhrase)
      return nounCore(ctx, syntax, k);
  }
  return null;
}

/**
 * Pass 4: the tree's subject of a cue replaces a frame speaker where the tree has the better
 * evidence ("X, the president of Y, said": X, not Y). A frame speaker that the tree could never
 * replace needs no parse.
 */
export function preferTreeSpeakers(ctx: Ctx, cands: readonly Candidate[]): void {
  for (const c of cands) {
    if (!c.cue || !c.speaker) continue;
    // the message itself was taken as the source: its author replaces it, a pronoun too
    const byMessage = MESSAGE_NOUNS.has(ctx.lower[c.speaker[1]])
      ? messageAuthor(ctx, c.cue[0], c.cue[1])
      : null;
    if (byMessage && byMessage.message === c.speaker[1]) {
      c.speaker = byMessage.author;
      continue;
    }
    const frame = c.speaker;
    const relative = frame[0] === frame[1] && RELATIVE_OBJECTS.has(ctx.lower[frame[0]]);
    // a person between commas may close an apposition ("Andrew, the brother of the heir,
    // Charles, told"): only the tree tells
    // (or one at the end of a relative clause whose closing comma is missing: "Dr Neil Clark, who
    // is palaeontology curator at the Hunterian said")
    const appositive =
      (ctx.lower[frame[0] - 1] === "," && ctx.lower[frame[1] + 1] === ",") || inRelativeClause(ctx, frame);
    if (!relative && !appositive && !replaceable(ctx, frame)) continue;
    // a subject that opens its sentence, or follows the quotation, right before the cue is the
    // whole subject: the tree would give it back (no parse needed; on PolNeAR dev it changed two
    // speakers of 2,321, one for the better)
    // (or a coordinated clause: "..., and both analysts and sources told")
    const opens =
      frame[0] === ctx.sentFirst[ctx.sent[frame[0]]] ||
      /^(QUOTE|PUNCT)$/.test(ctx.pos[frame[0] - 1]) ||
      (/^(and|but)$/.test(ctx.lower[frame[0] - 1]) && /^(PUNCT|QUOTE)$/.test(ctx.pos[frame[0] - 2] ?? ""));
    if (!relative && !appositive && opens && frame[1] + 1 === c.cue[0]) continue;
    const syntax = ctx.article.syntax;
    if (!syntax) continue;
    syntax.ensure(c.cue[0]);
    syntax.ensure(c.cue[1]);
    const head = subjectToken(ctx, syntax, c.cue[0], c.cue[1]);
    if (head < 0) continue;
    const subject = nounCore(ctx, syntax, head);
    // ("The company, 98.6%-owned by investor Kirk Kerkorian, announced": a participle's agent is
    // no subject, whatever the parse)
    if (afterBy(ctx, subject[0]) && commaBetween(ctx, subject[1], c.cue[0])) continue;
    // (a subject after the cue inverts only after a comma or a quotation: "condemned the policy and
    // said Prime Minister Benjamin Netanyahu was preparing" has the content's subject there)
    if (subject[0] > c.cue[1] && !/^(PUNCT|QUOTE)$/.test(ctx.pos[c.cue[0] - 1] ?? "")) continue;
    // (nor does a subject before it replace an inverted frame's source: "The passengers were going
    // home, said the help line personnel." may be parsed with "said" joined to "going")
    if (frame[0] > c.cue[1] && subject[1] < c.cue[0] && /^(said|says|added)$/.test(ctx.lower[c.cue[0]]))
      continue;
    // "the vehicle, which Jeff Bezos announced": the relative pronoun is the object, not the source
    if (relative) {
      if (head !== frame[0] && syntax.deprel[frame[0]] === "obj") c.speaker = subject;
    } else if (!replaceable(ctx, frame)) {
      // inside the subject's apposition, not the apposition itself ("Smith's spokesman, Tom
      // Lee, said": the appositive names the speaker)
      const renames = children(syntax, head).some(
        (k) => syntax.deprel[k] === "appos" && k >= frame[0] && k <= frame[1],
      );
      const describes =
        underDependent(syntax, head, "appos", frame) || underDependent(syntax, head, "acl:relcl", frame);
      if (!renames && agentKinds(ctx, subject).person && describes) c.speaker = subject;
    } else if (betterSpeaker(ctx, subject, frame) || describesSubject(ctx, syntax, head, subject, frame))
      c.speaker = subject;
    // "Scientists at the University of Oxford say": an unnamed group whose phrase names the body
    // it belongs to speaks, with that phrase (the body alone did not say it)
    else if (groupOf(ctx, syntax, head, subject, frame)) c.speaker = [subject[0], frame[1]];
  }
}
