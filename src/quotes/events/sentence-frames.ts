/**
 * Attributions that frame a whole sentence: one frame between commas ("CONTENT, he said." /
 * "CONTENT, said X, the ..." / "A, she said, B."), a participle clause chained to a frame ("...,
 * adding that ..."), and a label before a colon at the start of a paragraph ("Name: words").
 */
import { loadSet } from "../../util/lexicon.js";
import { type Ctx, hyphenGlued, isCap, lastPropnRun, npRight, tokenAt } from "../context.js";
import {
  ACTION_FORMS,
  FRAMING_FORMS,
  CUE_CLASSES,
  FEMALE_NAMES,
  MALE_NAMES,
  QUESTION_WORDS,
  RELATIVE_PRONOUNS,
} from "../cues.js";
import {
  clauseStartsAt,
  cueAt,
  type Frame,
  frameAfter,
  frameVerbAt,
  reducedWithAgent,
  sourceLike,
  subjectLeft,
} from "../frames.js";
import { isPassive, namedDocument, TIME_SUBORDINATORS } from "./verb-helpers.js";
import {
  contentSpan,
  type Event,
  event,
  holdsVerb,
  OBJECT_VERBS,
  onlyTimeAdjunct,
  POINTERS,
  type Scan,
  SKIP_AFTER_CUE,
  subjectSpan,
} from "./span.js";
import { citesEvidence, relaysEndFrame } from "./sources.js";
import { noClauseFor } from "./verbs.js";
import { treeComplementStart, treeFindsVerb } from "../tree.js";

/** Relative pronouns that open a clause on the source after an inverted frame ("that" may open the content). */
const PERSON_RELATIVES = new Set(["who", "whom", "whose", "which"]);

/** Longest frame between commas: "said John Smith", "the campaign said in a statement". */
const MAX_FRAME = 14;

/** The sentence's events when one frame between commas attributes it all, else null. */
export function commaFrame(ctx: Ctx, start: number, hi: number, used: Uint8Array): Event[] | null {
  // (one word may stand before the frame: "Mexico, she said, is doing its part", "Still, said CEO
  // Bill Thomas, the company is ...")
  for (let c = start + 1; c < hi; c++) {
    if (ctx.lower[c] !== "," || used[c] || ctx.inMark[c] >= 0) continue;
    let e = c + 1;
    while (e <= hi && ctx.lower[e] !== "," && ctx.pos[e] !== "QUOTE" && !used[e]) e++;
    // (a relative clause on an inverted source lengthens no frame: "said Erin Purcell of Boston-based
    // Reagan Communications that represents ...")
    let r = c + 2;
    while (r < e && !relativeThat(ctx, r)) r++;
    if (r - c - parenthesised(ctx, c, r) - hyphenGlued(ctx, c, r) > MAX_FRAME) continue;
    const f = frameAfter(ctx, c + 1, e);
    // "..., signed by Russia in 1855": an action is no speech frame
    // (a relay frames the sentence only when it ends it: "CONTENT, Interfax quoted spokesman X as
    // saying.")
    const relayEnds = !!f?.relay && ctx.lower[f.cue[1]] === "saying" && onlyPunctuation(ctx, f.cue[1] + 1, e);
    if (!f?.speaker || (f.relay && !relayEnds) || actionOnly(ctx.lower[f.cue[0]])) continue;
    // ("..., laws and guidelines issued by official authorities, ...": a participle with its agent
    // modifies the noun before it)
    if (f.speaker[1] < f.cue[0] && reducedWithAgent(ctx, f.cue[0])) continue;
    // (after one word, only a short frame with a finite verb: "Terrorism, mental health issues,
    // and ..." is a list, "Sure, it can be challenging at times, but ..." a clause)
    const finiteFrame = ctx.pos[f.cue[0]] === "VERB" && !/ing$/.test(ctx.lower[f.cue[0]]) && e - c <= 5;
    if (c === start + 1 && !finiteFrame) continue;
    // "..., she went off on me": a verb that frames only a quotation ("she went, “...”") frames
    // no clause
    if (frameVerbAt(ctx, f.cue[0]) && !cueAt(ctx, f.cue[0])) continue;
    // "The Sentra, which goes on sale in January, loses ...": a relative clause modifies the noun
    // before it and frames nothing
    // (also an object relative: "..., a finding that she reported in 2009")
    // (nor does a question word's clause: "an argument that, no matter how one feels about ..., did not")
    if (inPhrase(f.speaker, (k) => RELATIVE_PRONOUNS.has(ctx.lower[k]) || QUESTION_WORDS.has(ctx.lower[k])))
      continue;
    // "Both times, reporters were told by X, ..., that ...": a passive's subject is no source
    if (f.speaker[1] < f.cue[0] && isPassive(ctx, f.cue[0], c + 1)) continue;
    // "..., reiterated those feelings": after the verb, only a source makes an inverted frame
    if (f.speaker[0] > f.cue[1] && !sourceLike(ctx, f.speaker)) continue;
    if (citesEvidence({ ctx, hi, used }, f.cue[0])) continue;
    const evs = commaFrameEvents(ctx, { start, hi, used }, f as Frame & { speaker: [number, number] }, c, e);
    if (evs && relayEnds) evs[0].relay = [c + 1, f.cue[0] - 1];
    const inner = evs && evs.length === 1 && !evs[0].segments ? openingReport(ctx, start, c - 1) : null;
    if (evs) return inner ? [...evs, inner] : evs;
  }
  const appositive = appositiveEndFrame(ctx, start, hi, used);
  return appositive ? [appositive] : null;
}

/**
 * "An eye specialist told Bruno that he could be blinded, the newspaper said.": the content of an
 * end frame that is itself a report, its subject opening the clause and its verb the clause's
 * first, is a nested item of its own (the realnews guidelines' nested reports). Null otherwise.
 */
function openingReport(ctx: Ctx, start: number, end: number): Event | null {
  let i = start + 1;
  while (i < end && ctx.pos[i] !== "VERB" && ctx.pos[i] !== "AUX") i++;
  const hit = i < end ? cueAt(ctx, i) : null;
  if (hit?.type !== "speech" || ctx.inMark[i] >= 0) return null;
  const subject = subjectLeft(ctx, i, start);
  if (!subject || subject[0] !== start || !sourceLike(ctx, subject)) return null;
  // the clause after "that", past the addressee of a tell-type verb ("told the 35-year-old Bruno that")
  let a = i + 1;
  if (OBJECT_VERBS.has(hit.lemma) && ctx.lower[a] !== "that") a = (npRight(ctx, a, end + 1)?.[1] ?? a) + 1;
  // (past a time adjunct: "demanded on Saturday that")
  for (let k = a; k < end && k <= a + 3 && ctx.lower[a] !== "that"; k++) if (ctx.lower[k] === "that") a = k;
  // (or a clause without "that", where the tree finds one: right after the cue, "say half of the
  // housing was built"; past a tell-type verb's addressee and adjuncts, where the tree's clause
  // starts: "told investigators in July she was advised")
  const clause = ctx.lower[a] === "that" ? a + 1 : treeComplementStart(ctx, i, end);
  if (clause < 0) return null;
  const from = ctx.lower[a] === "that" || OBJECT_VERBS.has(hit.lemma) ? clause : a;
  const span = contentSpan(ctx, from, end);
  return span ? event([i, i], hit.type, subject, span, start, end, { nested: true }) : null;
}

/**
 * "..., expects to report earnings of $200,000, J.C. Matlock, chairman, said.": a sentence-final
 * speech verb whose named subject carries an appositive frames the whole clause before them.
 */
function appositiveEndFrame(ctx: Ctx, start: number, hi: number, used: Uint8Array): Event | null {
  let q = hi;
  while (q > start && ctx.pos[q] === "PUNCT") q--;
  if (q - 4 <= start || used[q] || ctx.lower[q - 1] !== ",") return null;
  const cue = cueAt(ctx, q);
  if (cue?.type !== "speech") return null;
  const speaker = subjectLeft(ctx, q, start + 1);
  if (!speaker || ctx.pos[speaker[1]] !== "PROPN" || ctx.lower[speaker[0] - 1] !== ",") return null;
  // the appositive after the name ends at the comma before the verb
  if (speaker[1] + 1 === q - 1) return null;
  for (let k = start; k < speaker[0]; k++) if (used[k]) return null;
  const span = contentSpan(ctx, start, speaker[0] - 2);
  return span ? event([q, q], "speech", speaker, span, start, hi) : null;
}

/** Does a preposition of time or place (not "for") stand between the cue and token `j`? */
function inAdjunct(ctx: Ctx, cue: number, j: number): boolean {
  for (let k = cue + 1; k < j; k++)
    if (ctx.pos[k] === "ADP" && /^(during|at|in|on|after|before)$/.test(ctx.lower[k])) return true;
  return false;
}

/** Does "that" at `j` open a relative clause on the name before it ("Communications that represents")? */
function relativeThat(ctx: Ctx, j: number): boolean {
  return ctx.lower[j] === "that" && ctx.pos[j - 1] === "PROPN" && /^(VERB|AUX)$/.test(ctx.pos[j + 1] ?? "");
}

/** An action or topic verb that frames no clause around it ("..., signed by Russia in 1855"). */
function actionOnly(form: string): boolean {
  return ACTION_FORMS.has(form) && !FRAMING_FORMS.has(form);
}

/** Are the tokens [a, b) punctuation only (or none)? */
function onlyPunctuation(ctx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.pos[k] !== "PUNCT") return false;
  return true;
}

/** Tokens inside parentheses between `a` and `b` ("(R-S.C.)" counts 6), which lengthen no frame. */
function parenthesised(ctx: Ctx, a: number, b: number): number {
  let n = 0;
  let open = -1;
  for (let k = a; k < b; k++) {
    if (ctx.lower[k] === "(") open = k;
    else if (ctx.lower[k] === ")" && open >= 0) {
      n += k - open + 1;
      open = -1;
    }
  }
  return n;
}

/** Does a token of the phrase [a, b] pass `test`? */
function inPhrase([a, b]: [number, number], test: (k: number) => boolean): boolean {
  for (let k = a; k <= b; k++) if (test(k)) return true;
  return false;
}

/** The events of frame `f` between the commas at `c` and `e`, or null when it frames no content. */
function commaFrameEvents(
  ctx: Ctx,
  { start, hi, used }: { start: number; hi: number; used: Uint8Array },
  f: Frame & { speaker: [number, number] },
  c: number,
  e: number,
): Event[] | null {
  const cue = f.cue[1];
  // after an inverted frame, a relative clause or an appositive on its source ("..., said Elhadj
  // As Sy, the secretary general of the IFRC") is no part of the content
  const relativeOnSource =
    f.speaker[0] > cue &&
    ctx.lower[e] === "," &&
    (PERSON_RELATIVES.has(ctx.lower[e + 1] ?? "") || pastSourceAppositive(ctx, e + 1, hi) < 0);
  // (a clause of when it was said after the frame: "..., Robert Habeck said on Thursday, when
  // asked about the threat of job cuts")
  const circumstance =
    ctx.lower[e] === "," &&
    TIME_SUBORDINATORS.has(ctx.lower[e + 1] ?? "") &&
    ctx.pos[e + 2] === "VERB" &&
    /(ed|ing)$/.test(ctx.lower[e + 2] ?? "");
  let verbAfter = false;
  for (let j = cue + 1; j <= hi; j++) {
    // (used words, or the relay of the frame: "..., X said, according to Interfax"; a relative
    // clause on the speaker: "..., said a spokesman, who by custom was not identified")
    if (used[j] || relaysEndFrame(ctx, j) || (j === e + 1 && (relativeOnSource || circumstance))) break;
    // (nor "that" with a verb right after the inverted source's name: "said Erin Purcell of Reagan
    // Communications that represents two of the ships", a relative clause on it)
    if (f.speaker[0] > cue && j > f.speaker[1] && relativeThat(ctx, j)) break;
    // (an infinitive inside an adjunct is no clause of its own: "said during his speech to be a
    // delegate"; "called for him to resign" has its own)
    // (nor is the participle of a hyphenated modifier in an inverted source: "said Erin Purcell of
    // Boston-based Reagan Communications")
    const hyphenated = f.speaker[0] > cue && ctx.lower[j - 1] === "-" && ctx.starts[j] === ctx.ends[j - 1];
    // (nor is a participle on the adjunct's noun: "said in an interview released Sunday")
    const onAdjunctNoun = ctx.pos[j - 1] === "NOUN" && /ed$/.test(ctx.lower[j]) && inAdjunct(ctx, cue, j);
    const finite =
      (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") &&
      !hyphenated &&
      !onAdjunctNoun &&
      !(ctx.lower[j - 1] === "to" && inAdjunct(ctx, cue, j));
    if (finite) verbAfter = true;
    // a clause of its own inside the frame: no frame
    // (as does a question word that opens the content: "Mr. Cruz described how, growing up, ...")
    if (j < e && (ctx.lower[j] === "that" || QUESTION_WORDS.has(ctx.lower[j]) || finite)) return null;
  }
  // "CONTENT, she said, adding that ...": the participle clause is a second attribution
  const chained = ctx.lower[e] === "," && e + 1 <= hi ? chainedClause(ctx, e + 1, hi, f.speaker) : null;
  if (!onlyAdjunctAfter(ctx, f, e, verbAfter && !chained)) return null;
  let span: [number, number] | null;
  // "In an interview with the FBI, Webb confessed ..., admitting that ...": words with no verb
  // before the frame are an adjunct of it, not what it reports
  if ((!verbAfter || chained) && !holdsVerb(ctx, start, c - 1) && !treeFindsVerb(ctx, start, c - 1))
    return chained ? [chained] : null;
  if (!verbAfter || chained) span = contentSpan(ctx, start, c - 1);
  else if (ctx.lower[e] === ",") span = contentSpan(ctx, start, hi);
  else return null;
  if (!span) return null;
  const first = event(f.cue, f.cueType, f.speaker, span, start, hi);
  // "Many of the prisons, she said, are aging": the frame is no part of the content
  if (span[1] > ctx.ends[e] && !chained) {
    // (the first piece may be the subject alone: "The verdict, Wohl said, was a failure")
    const before = contentSpan(ctx, start, c - 1) ?? subjectSpan(ctx, start, c - 1);
    const after = contentSpan(ctx, f.speaker[0] > cue ? pastSourceAppositive(ctx, e + 1, hi) : e + 1, hi);
    // ("..., reports said Friday, sparking worries", "..., the Herald reported, which could
    // amount to": a participle or relative clause after the frame is the writer's, no second piece)
    if (before && after && writersAddition(ctx, e + 1) && holdsVerb(ctx, start, c - 1))
      [first.start, first.end] = before;
    else if (before && after) first.segments = [before, after];
    // (a short adjunct before the frame is no piece of its own: "Upon investigation, Lombardo
    // said, police learned ...")
    else if (after) [first.start, first.end] = after;
  }
  return chained ? [first, chained] : [first];
}

/**
 * Is the clause at `k`, after a frame, the writer's: a relative on what came before ("which ..."),
 * or a participle ("he said, wiping sweat off his face", "reports said Friday, sparking worries";
 * not "including", which goes on with a list of the content)? The tree does not tell these apart
 * reliably: it hangs "sparking" on the content's verb as often as on the cue.
 */
function writersAddition(ctx: Ctx, k: number): boolean {
  return (
    ctx.lower[k] === "which" ||
    (ctx.pos[k] === "VERB" && /ing$/.test(ctx.lower[k]) && ctx.lower[k] !== "including") ||
    // (what happened before, with a subject of its own: "..., Dhaka said, after the agency was
    // criticized"; "..., he said, until it went bankrupt" goes on with the content)
    (ctx.lower[k] === "after" && clauseStartsAt(ctx, k + 1, ctx.sentLast[ctx.sent[k]], true))
  );
}

/**
 * After an inverted frame's source, an appositive on it: the predicate that follows the appositive
 * ("..., says Richard Locksley, an immunologist, helps direct ..."), -1 when the words describe
 * the source and no more ("..., said Elhadj As Sy, the secretary general of the IFRC, as the
 * nation ..."), `a` when no appositive opens there (or a "that" clause goes on).
 */
function pastSourceAppositive(ctx: Ctx, a: number, hi: number): number {
  if (!/^(DET|NOUN|PROPN|NUM)$/.test(ctx.pos[a] ?? "")) return a;
  for (let k = a + 1; k <= hi; k++) {
    if (ctx.lower[k] === "that") return a;
    if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") return ctx.lower[k - 1] === "," ? k : -1;
  }
  return -1;
}

/**
 * After the verb (and a source named after it) only an adjunct may follow in the frame ("said on
 * Tuesday"), or the addressee of "tell", "assure" ("..., Smith told reporters.").
 */
function onlyAdjunctAfter(
  ctx: Ctx,
  f: Frame & { speaker: [number, number] },
  e: number,
  verbAfter: boolean,
): boolean {
  const cue = f.cue[1];
  let j = Math.max(cue, f.speaker[0] > cue ? f.speaker[1] : cue) + 1;
  if (
    f.speaker[0] < cue &&
    j < e &&
    !verbAfter &&
    !ctx.titleCase[ctx.sent[cue]] &&
    OBJECT_VERBS.has(cueAt(ctx, cue)?.lemma ?? "")
  ) {
    const addressee = npRight(ctx, j, e);
    if (addressee) j = addressee[1] + 1;
  }
  while (j < e && ctx.pos[j] === "PUNCT" && ctx.lower[j] !== ",") j++;
  // (a bare time adjunct: "Any adjustments, Mr. Grenier said earlier this month, will appear")
  if (j < e && onlyTimeAdjunct(ctx, j, e - 1)) return true;
  // (an adverb may open an object: "announced sharply lower earnings" is no adjunct)
  let k = j;
  while (k < e && ctx.pos[k] === "ADV") k++;
  if (k > j && k < e && /^(ADJ|NOUN|DET|NUM|PROPN)$/.test(ctx.pos[k])) return false;
  return !(
    j < e &&
    ctx.pos[j] !== "ADP" &&
    ctx.pos[j] !== "ADV" &&
    !(f.speaker[0] > cue && ctx.lower[j] === ",")
  );
}

/** "..., adding that X" / "..., referring to X": a participle cue whose source is `speaker`. */
export function chainedClause(
  ctx: Ctx,
  i: number,
  hi: number,
  speaker: [number, number] | null,
): Event | null {
  while (i < hi && ctx.pos[i] === "ADV") i++; // "instead seeking to ..."
  if (!/ing$/.test(ctx.lower[i])) return null;
  // the participle itself, or a cue right after it ("going on to say", "seeking to stress")
  let c = i;
  let hit = cueAt(ctx, i);
  for (let k = i + 1; !hit && k <= Math.min(hi, i + 3); k++) {
    if (ctx.pos[k] === "PUNCT") break;
    hit = cueAt(ctx, k);
    c = k;
  }
  // ("..., declining to specify the names": a refusal with its infinitive reports nothing)
  const refusal = hit !== null && REFUSALS.has(hit.lemma) && ctx.lower[c + 1] === "to";
  if (!hit || refusal) return null;
  i = c;
  let a = i + 1;
  while (a <= hi && SKIP_AFTER_CUE.has(ctx.lower[a])) a++;
  if (POINTERS.has(hit.lemma) && namedDocument(ctx, a, hi)) return null;
  // ("..., Li said, speaking on the sidelines of the show": where it was said, no content)
  if (ctx.pos[i + 1] === "ADP" && ctx.lower[i + 1] !== "that" && noClauseFor(ctx, hit.lemma, i + 1, hi))
    return null;
  const span = contentSpan(ctx, a, hi);
  if (!span) return null;
  return event([i, i], hit.type, speaker, span, i, hi);
}

/** Verbs whose infinitive is a report withheld (cue-classes.json refusals). */
const REFUSALS: ReadonlySet<string> = new Set(CUE_CLASSES.refusals);

/** Is token `i` the first token of its block? */
function isFirstInBlock(ctx: Ctx, i: number): boolean {
  return i === 0 || ctx.block[i - 1] !== ctx.block[i];
}

/**
 * "Name: words" at the start of a paragraph or headline (transcripts, headline attributions). The
 * label must name someone (a person, an organisation, a country): "Graphic:", "Disclaimer:" and
 * other page labels are furniture, not speakers.
 */
export function labelColon(s: Scan): Event | null {
  const { ctx, lo, hi } = s;
  if (s.start !== lo || ctx.sentFirst[ctx.sent[lo]] !== lo) return null;
  let c = lo;
  while (
    c <= hi &&
    c - lo < 8 &&
    ctx.lower[c] !== ":" &&
    (ctx.pos[c] === "PROPN" || isCap(ctx.words[c]) || ctx.pos[c] === "PUNCT")
  )
    c++;
  const namesAgent = ctx.nonAgent.subarray(lo, c).some((kind) => kind >= 2);
  if (c <= lo || c > hi || ctx.lower[c] !== ":" || ctx.pos[c - 1] === "PUNCT" || !namesAgent) return null;
  // (a colon inside brackets is a ticker's, "Eli Lilly (NYSE:LLY) said", no label's)
  if (ctx.lower.slice(lo, c).includes("(")) return null;
  // "DEAR ABBY: My husband ...": a salutation names whom the letter is written to; "On Hezbollah:"
  // names a topic
  if (ctx.lower[lo] === "dear" || TOPIC_PREPOSITIONS.has(ctx.lower[lo])) return null;
  // a page's label ("WARNING: ...") or a headline with its verb ("Coroner Defies Court Order: ...")
  if (PAGE_LABELS.has(ctx.lower[lo]) || headlineClause(ctx, lo, c)) return null;
  if (!isFirstInBlock(ctx, lo) || dateline(ctx, lo, c)) return null;
  if (ctx.nonAgent.subarray(lo, c).includes(2) && listedFacts(ctx, c + 1, hi)) return null;
  // ("Austria: Michael Konsel, Markus Schopp, ...": a team's line-up, a list with no verb)
  if (nameList(ctx, c + 1, hi)) return null;
  const span = contentSpan(ctx, c + 1, hi);
  if (!span) return null;
  // a transcript's question or answer mark after the name ("BACON Q:", "GILANI A:") is no part of it
  const end = c - 2 >= lo && /^[QA]$/.test(ctx.words[c - 1]) ? c - 2 : c - 1;
  const speaker = lastPropnRun(ctx, lo, end) ?? [lo, end];
  // a title-cased headline's label names a speaker only if the article names that actor again or
  // it is a person's full name ("Texas Mom:", "Black Death Warning:" are topics)
  if (ctx.titleCase[ctx.sent[lo]] && !knownActor(ctx, speaker)) return null;
  return event([c, c], "speech", speaker, span, lo, hi);
}

/** Prepositions that open a topic label ("On Hezbollah:", "About the deal:"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(CUE_CLASSES.topicPrepositions);

/** Is the run [a, b] an actor the article mentions outside its sentence, or a person's full name? */
function knownActor(ctx: Ctx, [a, b]: [number, number]): boolean {
  // (the entity of the run's last word: "McCain Challenger Kelli Ward" is Kelli Ward)
  const from = ctx.starts[b];
  const to = ctx.ends[b];
  const sentence = ctx.sent[a];
  const entity = ctx.article.entities.find((e) => e.mentions.some((m) => m.start < to && m.end > from));
  if (!entity || entity.type === "other") return false;
  // (a title may precede the name: "McCain Challenger Kelli Ward")
  for (let k = a; k < b && entity.type === "person"; k++)
    if (MALE_NAMES.has(ctx.lower[k]) || FEMALE_NAMES.has(ctx.lower[k])) return true;
  return entity.mentions.some((m) => ctx.sent[tokenAt(ctx, m.start)] !== sentence);
}

/** lexicons/quotes/page-labels.txt */
const PAGE_LABELS = loadSet("quotes/page-labels");

/** Does a finite verb stand in the words before the colon ("Sound Weapon Used To ATTACK US Diplomats")? */
function headlineClause(ctx: Ctx, lo: number, colon: number): boolean {
  // (a title-cased headline's verb is tagged a proper noun; the parser's tagger reads the clause)
  const syntax = ctx.article.syntax;
  // (the entity layer may take a whole title-cased headline for a name)
  for (let k = lo + 1; k < colon; k++) {
    syntax?.ensure(k);
    if ((ctx.pos[k] === "VERB" && ctx.nonAgent[k] === 0) || syntax?.upos[k] === "VERB") return true;
  }
  return false;
}

/**
 * "NEW DELHI: The government ...", "Manila: Authorities ...": a place opening a paragraph in
 * capitals, or opening the article, is its dateline (a transcript's "TRUMP:" is no place, and an
 * acronym, "AP:", is an organisation's).
 */
function dateline(ctx: Ctx, lo: number, colon: number): boolean {
  if (colon === lo + 1 && ctx.words[lo].length <= 4) return false;
  // (in capitals anywhere, "NEW DELHI:" after a headline and a byline, also with its country,
  // "BERLIN, Germany:"; title-cased only opening the text)
  const capitals = !/\p{Ll}/u.test(ctx.words[lo]);
  for (let k = lo; k < colon; k++) {
    if (ctx.lower[k] === "," && k > lo) continue;
    if (!isCap(ctx.words[k]) || !placeAt(ctx, k)) return false;
  }
  return capitals || ctx.block[lo] === ctx.block[0];
}

/** Is token `k` part of a mention of a place or country? */
function placeAt(ctx: Ctx, k: number): boolean {
  const at = ctx.starts[k];
  return ctx.article.entities.some(
    (e) =>
      (e.type === "place" || e.type === "country") && e.mentions.some((m) => m.start <= at && at < m.end),
  );
}

/** Are tokens [a, hi] a list of names, two commas or more and no verb ("Konsel, Schopp, Feiersinger")? */
function nameList(ctx: Ctx, a: number, hi: number): boolean {
  let commas = 0;
  let depth = 0; // (a note in brackets may hold other words: "(Andreas Ogris 77th)")
  for (let k = a; k <= hi; k++) {
    const w = ctx.lower[k];
    if (w === "(") depth++;
    else if (w === ")") depth = Math.max(0, depth - 1);
    else if (w === "," && depth === 0) commas++;
    else if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") return false;
    else if (depth === 0 && !/^(PROPN|PUNCT|CCONJ|NUM)$/.test(ctx.pos[k])) return false;
  }
  return commas >= 2;
}

/**
 * "Elizabeth A. Burton: Possession of methamphetamine, possession of ...": after a person's name, a
 * list entry that opens with a noun phrase (or a gerund's) without a verb or quotation before its
 * first comma states facts about the person, who says nothing. Headlines ("Cecile Richards: I'm Sick Of ...") are not read so: their
 * tags are unreliable.
 */
function listedFacts(ctx: Ctx, a: number, hi: number): boolean {
  // (it opens with a noun, a number or a gerund: "Two ... warrants", "Dealing in cocaine")
  const gerund = ctx.pos[a] === "VERB" && /ing$/.test(ctx.lower[a]);
  if (ctx.titleCase[ctx.sent[a]] || !(/^(NOUN|PROPN|NUM)$/.test(ctx.pos[a]) || gerund)) return false;
  for (let k = gerund ? a + 1 : a; k <= hi && !/^[,;]$/.test(ctx.lower[k]); k++) {
    if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX" || ctx.pos[k] === "QUOTE") return false;
  }
  return true;
}
