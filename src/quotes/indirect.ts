/**
 * Pass 3, reported speech: the events of each sentence (a cue, its source, its content; see
 * events/) in the words the direct-quote pass left free, in body paragraphs and headings (not
 * captions). A content that holds quoted words is a mixed quote when they are most of it, and a
 * direct quote without its marks when it is all quotation ("According to X, “...”"). Short quoted
 * words inside a paraphrase leave it indirect.
 */
import type { Quote } from "../analysis.js";
import { loadSet } from "../util/lexicon.js";
import { partitionPoint } from "../util/sorted.js";
import { type Candidate, FRAGMENT_SHARE, frameRange, type Passes } from "./candidate.js";
import type { Ctx } from "./context.js";
import { NAMING_FORMS, RELATIVE_PRONOUNS } from "./cues.js";
import { type Event, sentenceEvents } from "./events/index.js";
import { relaysEndFrame } from "./events/sources.js";
import type { MarkSpan } from "./marks.js";
import { treeAntecedent } from "./tree.js";

export function reportedQuotes(p: Passes): void {
  const { ctx } = p;
  for (let s = 0; s < ctx.article.sentences.length; s++) {
    const lo = ctx.sentFirst[s];
    if (lo < 0) continue;
    const b = ctx.article.blocks[ctx.block[lo]];
    // (headlines and section headings report nothing, nor related-story links: the realnews-dev
    // guidelines leave them out)
    if (b?.type !== "paragraph" || relatedLink(ctx, b.start)) continue;
    for (const ev of sentenceEvents(ctx, lo, ctx.sentLast[s], p.used, p.frameSpeakers))
      p.cands.push(reportedCandidate(p, ev));
  }
}

/** Labels of a line that links another story (lexicons/quotes/related-link-labels.txt). */
const RELATED_LINK = new RegExp(
  `^\\s*(?:${[...loadSet("quotes/related-link-labels")].join("|")})\\s*[:|]`,
  "i",
);

/** Does the block starting at `start` open with a related-story label? */
export function relatedLink(ctx: Ctx, start: number): boolean {
  return RELATED_LINK.test(ctx.text.slice(start, start + 16));
}

const EVIDENCE_NOUNS = loadSet("quotes/evidence-nouns");

/**
 * "Images of bullet casings indicate that ...", "Those facts suggest ...": a thing that shows is no
 * source that says, and what it shows is the article's own inference. Read once the tree has
 * chosen the subjects (pass 4).
 */
export function withoutEvidenceSubjects(ctx: Ctx, cands: Candidate[]): Candidate[] {
  return cands.filter((c) => !(c.kind === "indirect" && c.speaker && evidenceHead(ctx, c.speaker)));
}

function evidenceHead(ctx: Ctx, speaker: [number, number]): boolean {
  // a relative pronoun stands for the noun before it ("taking pictures which revealed ...")
  const [a, b] =
    (speaker[0] === speaker[1] && RELATIVE_PRONOUNS.has(ctx.lower[speaker[0]])
      ? treeAntecedent(ctx, speaker[0])
      : null) ?? speaker;
  // the head: the last word before a prepositional phrase ("Images of bullet casings")
  let head = a;
  while (head < b && ctx.pos[head + 1] !== "ADP") head++;
  // (or the noun before a prepositional phrase the subject was cut to: "A reading above 50")
  const outer = a - 2 >= 0 && ctx.pos[a - 1] === "ADP" && ctx.lower[a - 1] !== "of" ? a - 2 : -1;
  // (a name's word is no common noun: "the Department of Housing and Urban Development announced")
  const noun = (k: number) =>
    EVIDENCE_NOUNS.has(ctx.lower[k]) && (ctx.mentionFirst[k] < 0 || ctx.mentionFirst[k] === k);
  return noun(head) || (outer >= 0 && noun(outer));
}

/** Index of the first mark span whose closing mark lies after `offset` (binary search). */
function firstMarkEndingAfter(marks: readonly MarkSpan[], offset: number): number {
  return partitionPoint(marks, (m) => m.close <= offset);
}

interface Shape {
  kind: Quote["kind"];
  start: number;
  end: number;
  paragraphs: number;
}

function reportedCandidate(p: Passes, ev: Event): Candidate {
  const shape = quotedShape(p, ev);
  // "X called Y “Z”", "X described Y as “Z”": the quoted complement is the speaker's own words,
  // a mixed quote from the quotation to the end of the content
  if (shape.kind === "indirect" && NAMING_FORMS.has(p.ctx.lower[ev.cue[1]])) {
    const m = namingComplement(p, ev.cue[1], ev.end);
    if (m) {
      shape.kind = "mixed";
      shape.start = m.start;
    }
  }
  return {
    ...shape,
    speaker: ev.speaker,
    resolvedBy: ev.resolvedBy,
    cue: ev.cue,
    cueType: ev.cueType,
    frame: reportedFrame(p.ctx, ev),
    relay: ev.relay ? p.ctx.text.slice(p.ctx.starts[ev.relay[0]], p.ctx.ends[ev.relay[1]]) : null,
    noSource: ev.noSource,
    nested: ev.nested,
    withheld: ev.withheld,
    ...(ev.segments && shape.start === ev.start && shape.end === ev.end ? { segments: ev.segments } : {}),
  };
}

/**
 * The attribution words of an event: source and cue, and the words between the cue and a content
 * after it ("told Polygraph.info", "said in an email that"), where relays and media are named.
 */
function reportedFrame(ctx: Ctx, ev: Event): [number, number] {
  let last = Math.max(ev.cue[1], ev.speaker?.[1] ?? ev.cue[1]);
  // "..., X said, according to Interfax": the relay after the frame is part of it
  if (relaysEndFrame(ctx, last + 2)) last = ctx.sentLast[ctx.sent[last]];
  const [start, end] = frameRange(ctx, Math.min(ev.first, ev.cue[0]), last);
  return [start, ev.start >= end ? Math.max(end, ev.start) : end];
}

/** Indirect, mixed or direct, by the quoted words in the content (which may extend it). */
function quotedShape(p: Passes, ev: Event): Shape {
  const { first, quoted } = quotedWords(p, ev);
  if (first < 0 || quoted < FRAGMENT_SHARE * (ev.end - ev.start))
    return { kind: "indirect", start: ev.start, end: ev.end, paragraphs: 1 };
  const start = Math.max(first, ev.start);
  return allQuoted(p, ev, start) ?? { kind: "mixed", start, end: ev.end, paragraphs: 1 };
}

/**
 * Where the quoted words of the content start (-1: none) and how many characters they cover. A
 * quotation opened in the content that runs on past its sentence ("said that “A. B.”") extends the
 * content to its end.
 */
function quotedWords(p: Passes, ev: Event): { first: number; quoted: number } {
  const { marks, markUsed } = p;
  let first = -1;
  let quoted = 0;
  let runOn = -1;
  for (let k = firstMarkEndingAfter(marks, ev.start); k < marks.length; k++) {
    const m = marks[k];
    if (m.open >= ev.end) break;
    if (m.close <= ev.start || markUsed[k]) continue;
    if (first < 0) first = m.start;
    quoted += Math.min(m.end, ev.end) - Math.max(m.start, ev.start);
    if (m.open >= ev.start && m.end > ev.end && m.lastBlock === m.firstBlock) runOn = k;
  }
  if (runOn >= 0 && marks[runOn].open > ev.start) {
    quoted += marks[runOn].end - ev.end;
    ev.end = marks[runOn].end;
    markUsed[runOn] = 1;
  }
  return { first, quoted };
}

/**
 * Content that is all quotation ("According to X, “...”") is a direct quote without its marks, also
 * when the quotation opens the content and runs on past its sentence ('X argued that “A. B. C.”').
 */
function allQuoted(p: Passes, ev: Event, start: number): Shape | null {
  const k = firstMarkEndingAfter(p.marks, start);
  const m = p.marks[k];
  if (!m || m.open > ev.start || m.start < ev.start || ev.end > m.close + 1) return null;
  const runsOn = m.end > ev.end && !p.markUsed[k];
  if (ev.end < m.end && !runsOn) return null;
  p.markUsed[k] = 1;
  return { kind: "direct", start: m.start, end: m.end, paragraphs: m.paragraphs };
}

/** Longest run of words between a naming verb and its quoted complement ("called the ... islands"). */
const MAX_NAMED_OBJECT = 15;

/**
 * The quoted complement of a naming verb at token `cue`: the first unused quotation within the
 * next few words, with no verb or clause break before it, that is not inside the object noun
 * phrase (a mark right after a determiner or preposition is, unless the preposition is "as").
 */
function namingComplement(p: Passes, cue: number, end: number): MarkSpan | null {
  const ctx: Ctx = p.ctx;
  for (let j = cue + 1; j < ctx.n && j <= cue + MAX_NAMED_OBJECT && ctx.starts[j] < end; j++) {
    if (ctx.pos[j] === "QUOTE" && ctx.inMark[j] < 0 && ctx.inMark[j + 1] >= 0) {
      const k = ctx.inMark[j + 1];
      const before = ctx.lower[j - 1];
      if (!p.markUsed[k] && (before === "as" || (ctx.pos[j - 1] !== "DET" && ctx.pos[j - 1] !== "ADP")))
        return p.marks[k];
      continue;
    }
    if (ctx.inMark[j] >= 0) continue;
    // participles may modify the object ("her recovered emails", "those supporting him")
    const participle = ctx.pos[j] === "VERB" && /(ed|ing)$/.test(ctx.lower[j]);
    if ((ctx.pos[j] === "VERB" && !participle) || ctx.pos[j] === "AUX" || /^[,;:.!?]$/.test(ctx.lower[j]))
      return null;
  }
  return null;
}
