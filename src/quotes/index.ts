/**
 * Quotes stage: direct, mixed and reported speech with speakers, relays and media.
 *
 * 1. marks.ts pairs quotation marks over the body paragraphs (captions and headings are never
 *    speech), across paragraphs.
 * 2. Direct quotes: a quotation with an attribution frame right after it ("...," Ivanov said) or
 *    right before it (He said: "..."), or a long quotation standing on its own (a sentence or
 *    paragraph that is all quote), which continues the last speaker. Interrupted quotes
 *    ("A," he said, "B.") are one quote with two segments.
 * 3. Reported speech (reported.ts) in the remaining words of each sentence; a content clause that
 *    holds a quoted fragment is a mixed quote. Short quoted words outside any attribution are
 *    titles or scare quotes and are not reported.
 * 4. Speakers are resolved in text order (speakers.ts); relays and media come from the frame.
 * Every step is a pass over tokens, sentences or mark spans: linear in the article's length.
 */
import type { Block, Quote, Speaker } from "../analysis.js";
import type { Article } from "../article.js";
import { buildCtx, type Ctx, tokenAt } from "./context.js";
import { type CueType, NAMING_FORMS } from "./cues.js";
import { cueAt, type Frame, frameAfter, frameBefore } from "./frames.js";
import { type MarkSpan, pairMarks } from "./marks.js";
import { relayInfo } from "./relays.js";
import { sentenceEvents } from "./reported.js";
import { SpeakerResolver } from "./speakers.js";
import { betterSpeaker, replaceable, treeAddressee, treeSubject } from "./tree.js";
import { partitionPoint } from "../util/sorted.js";

interface Candidate {
  kind: Quote["kind"];
  start: number;
  end: number;
  paragraphs: number;
  segments?: [number, number][];
  speaker: [number, number] | null;
  resolvedBy: Speaker["resolvedBy"];
  cue: [number, number] | null;
  cueType: CueType;
  /** No source at all (agentless passive): the speaker stays null. */
  noSource?: boolean;
  /** Character range of the attribution words (for via / medium). */
  frame: [number, number] | null;
  relay: string | null;
}

/** Mixed quotes start at the quoted words when these make up most of the content. */
const FRAGMENT_SHARE = 0.5;

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}]+/gu);
  return m ? m.length : 0;
}

/** Does a quotation read as speech on its own (a sentence or more), not a title or scare quote? */
function isLong(text: string, m: MarkSpan): boolean {
  const content = text.slice(m.start, m.end);
  const words = wordCount(content);
  if (m.paragraphs > 1) return true;
  if (words >= 8) return true;
  return words >= 4 && /[.!?…,]$/.test(content);
}

/**
 * The token of an opening mark at `open`. A doubled mark ('' ...) is one token starting a character
 * before the offset that mark pairing uses.
 */
function markTok(ctx: Ctx, open: number): number {
  const t = tokenAt(ctx, open);
  if (t <= 0) return t;
  if (ctx.starts[t - 1] < open && ctx.ends[t - 1] > open) return t - 1;
  // two single-mark tokens
  if (t < ctx.n && ctx.pos[t] === "QUOTE" && ctx.pos[t - 1] === "QUOTE" && ctx.ends[t - 1] === ctx.starts[t])
    return t - 1;
  return t;
}

/**
 * What may separate a frame from the quotation that continues its quote: punctuation, and a quoted
 * title the frame ends with (... said on NBC's “Meet the Press.” “...”).
 */
const CONTINUES = /^[\s.,;:!?—–'‘’`-]*(?:["“]\p{Lu}[^"“”\n]{0,80}["”][\s.,;:!?—–'‘’`-]*)?$/u;

/**
 * Is the rest of the sentence from token `a` a prepositional adjunct without a verb ('He blurted
 * out, "Oh, God," at the mention of his name.')? Then the quotation still ends its sentence.
 */
function adjunctTail(ctx: Ctx, a: number): boolean {
  while (a < ctx.n && ctx.lower[a] === ",") a++;
  if (a >= ctx.n || ctx.pos[a] !== "ADP" || ctx.lower[a] === "that") return false;
  const last = ctx.sentLast[ctx.sent[a]];
  for (let j = a + 1; j <= last; j++)
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX" || ctx.pos[j] === "QUOTE" || ctx.inMark[j] >= 0)
      return false;
  return true;
}

/** Longest run-in heading before a quotation, in characters. */
const MAX_RUN_IN = 160;

/** Is the opening mark at the start of its block or of a sentence? */
function standsAlone(ctx: Ctx, m: MarkSpan): boolean {
  const block = ctx.article.blocks[m.firstBlock];
  let k = m.open - 1;
  // the first half of a doubled opening mark ('' ... '')
  if (k >= block.start && /['‘’`]/.test(ctx.text[k])) k--;
  // any white space, the invisible kinds (U+FEFF, U+3000, ...) included
  while (k >= block.start && /[^\S\n]/.test(ctx.text[k])) k--;
  if (k < block.start || /[.!?:…\n]/.test(ctx.text[k])) return true;
  // a sentence that ends inside a closing mark or bracket (... on “Meet the Press.” “...”)
  if (k > block.start && /["”’'»)\]]/.test(ctx.text[k]) && /[.!?…]/.test(ctx.text[k - 1])) return true;
  // a run-in heading in capitals before it ("WHAT THE EXPERTS SAY “...”"), short by nature
  if (k - block.start > MAX_RUN_IN) return false;
  const lead = ctx.text.slice(block.start, k + 1);
  return !/\p{Ll}/u.test(lead) && /\p{Lu}.*\p{Lu}/u.test(lead) && !/\n/.test(lead);
}

function frameRange(ctx: Ctx, a: number, b: number): [number, number] {
  return [ctx.starts[a], ctx.ends[b]];
}

const DOUBLED = /''|’’|‘‘|``/g;

/**
 * Some newspapers write a double quotation mark as two single ones (''Because ...,'' he said). For
 * mark pairing they become one straight mark, padded with a space on the outer side so that the
 * text keeps its length and offsets: an opener before the words, a closer after them.
 */
function doubledMarks(text: string): string {
  if (!text.includes("''") && !text.includes("’’") && !text.includes("‘‘") && !text.includes("``"))
    return text;
  return text.replace(DOUBLED, (_m, offset: number) => {
    const before = offset === 0 ? " " : text[offset - 1];
    return /[\s([{\-—–]/.test(before) ? ' "' : '" ';
  });
}

/**
 * The body as lines for mark pairing: paragraph blocks split at line breaks (some sources break
 * paragraphs with a single newline), other blocks kept as non-body. `parent` maps each line back
 * to its block.
 */
function bodyLines(text: string, blocks: readonly Block[]): { lines: Block[]; parent: number[] } {
  const lines: Block[] = [];
  const parent: number[] = [];
  blocks.forEach((b, i) => {
    if (b.type !== "paragraph") {
      lines.push({ ...b, type: "caption" });
      parent.push(i);
      return;
    }
    let start = b.start;
    for (let k = b.start; k <= b.end; k++) {
      if (k === b.end || text[k] === "\n") {
        if (text.slice(start, k).trim() !== "") {
          lines.push({ type: "paragraph", start, end: k });
          parent.push(i);
        }
        start = k + 1;
      }
    }
  });
  return { lines, parent };
}

/** Index of the first mark span whose closing mark lies after `offset` (binary search). */
function firstMarkEndingAfter(marks: readonly MarkSpan[], offset: number): number {
  return partitionPoint(marks, (m) => m.close <= offset);
}

/** No other verb after the cue in a frame ("he said", not "he said, and her husband cut in"). */
function simpleFrame(ctx: Ctx, from: number, to: number): boolean {
  // a verb in a relative clause ("X, who worked with ...") is fine; any other verb is a new event
  let relative = false;
  for (let k = from; k < to; k++) {
    if (/^(who|which|whose|whom)$/.test(ctx.lower[k])) relative = true;
    else if (/^(and|but|while|,)$/.test(ctx.lower[k]) && ctx.lower[k - 1] !== ",")
      relative = relative && ctx.lower[k] === ",";
    else if (!relative && ctx.pos[k] === "VERB") return false;
  }
  return true;
}

/** A cue among the first words of a relative clause starting at `a` ("who said", "who has long argued"). */
function relativeCue(ctx: Ctx, a: number, last: number): boolean {
  for (let j = a; j <= Math.min(last, a + 3); j++) if (cueAt(ctx, j)) return true;
  return false;
}

/** A relative clause with a cue of its own in a frame ("said X, who thinks often about ..."). */
function relativeAttribution(ctx: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (/^(who|which)$/.test(ctx.lower[k]) && relativeCue(ctx, k + 1, to)) return true;
  return false;
}

/** Does the candidate lie between two segments of an interrupted quote? */
function inGap(segments: [number, number][] | undefined, c: Candidate): boolean {
  if (!segments) return false;
  for (let k = 1; k < segments.length; k++)
    if (c.start >= segments[k - 1][1] && c.end <= segments[k][0]) return true;
  return false;
}

/**
 * Is the content `[start, end)` a clause (a verb in it, or a relative pronoun standing for it: "which
 * was first reported by X"), not a noun phrase ("who supports X", "who spoke on condition of ...")?
 */
function clausal(ctx: Ctx, start: number, end: number): boolean {
  const a = tokenAt(ctx, start);
  if (a < ctx.n && /^(which|that|who)$/.test(ctx.lower[a])) return true;
  for (let j = a; j < ctx.n && ctx.starts[j] < end; j++)
    if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") return true;
  return false;
}

/**
 * An interrupted quotation whose frame holds an attribution of its own ("“A,” X wrote in the email,
 * which was first reported by Y. “B.”", "“A,” said X, who said he would ... “B.”") reads as separate
 * quotations around that attribution: each segment after such a gap becomes a quote of its own, with
 * the same speaker. `cands` is sorted by start; it is re-sorted when anything is split. Each
 * candidate's gaps are looked up by binary search: linear in the number of candidates.
 */
function splitAtGapEvents(ctx: Ctx, cands: Candidate[]): void {
  const added: Candidate[] = [];
  for (const c of cands) {
    const segs = c.segments;
    if (c.kind !== "direct" || !segs || segs.length < 2) continue;
    const parts: [number, number][][] = [[segs[0]]];
    for (let k = 1; k < segs.length; k++) {
      const gapStart = segs[k - 1][1];
      const gapEnd = segs[k][0];
      let event = false;
      for (let j = partitionPoint(cands, (x) => x.start < gapStart); j < cands.length; j++) {
        const x = cands[j];
        if (x.start >= gapEnd) break;
        if (x !== c && x.cue && x.end <= gapEnd && clausal(ctx, x.start, x.end)) {
          event = true;
          break;
        }
      }
      if (event) parts.push([segs[k]]);
      else parts[parts.length - 1].push(segs[k]);
    }
    if (parts.length < 2) continue;
    const whole = { ...c };
    parts.forEach((p, i) => {
      const target = i === 0 ? c : { ...whole, cue: null, frame: null, relay: null };
      target.start = p[0][0];
      target.end = p[p.length - 1][1];
      target.segments = p.length > 1 ? p : undefined;
      target.paragraphs = 1 + (ctx.text.slice(target.start, target.end).match(/\n+/g)?.length ?? 0);
      if (i > 0) added.push(target);
    });
  }
  if (added.length === 0) return;
  cands.push(...added);
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Longest run of words between a naming verb and its quoted complement ("called the ... islands"). */
const MAX_NAMED_OBJECT = 15;

/**
 * The quoted complement of a naming verb at token `cue`: the first unused quotation within the
 * next few words, with no verb or clause break before it, that is not inside the object noun
 * phrase (a mark right after a determiner or preposition is, unless the preposition is "as").
 */
function namingComplement(
  ctx: Ctx,
  marks: readonly MarkSpan[],
  markUsed: Uint8Array,
  cue: number,
  end: number,
): MarkSpan | null {
  for (let j = cue + 1; j < ctx.n && j <= cue + MAX_NAMED_OBJECT && ctx.starts[j] < end; j++) {
    if (ctx.pos[j] === "QUOTE" && ctx.inMark[j] < 0 && ctx.inMark[j + 1] >= 0) {
      const k = ctx.inMark[j + 1];
      const before = ctx.lower[j - 1];
      if (!markUsed[k] && (before === "as" || (ctx.pos[j - 1] !== "DET" && ctx.pos[j - 1] !== "ADP")))
        return marks[k];
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

export function findQuotes(article: Article): Quote[] {
  const { text, blocks } = article;
  if (article.tokens.length === 0) return [];
  const { lines, parent } = bodyLines(text, blocks);
  const marks = pairMarks(doubledMarks(text), lines);
  for (const m of marks) {
    m.firstBlock = parent[m.firstBlock];
    m.lastBlock = parent[m.lastBlock];
  }
  const ctx = buildCtx(article, marks);
  const used = new Uint8Array(ctx.n);
  const markUsed = new Uint8Array(marks.length);
  const cands: Candidate[] = [];
  /** Last token of each direct-quote frame -> its speaker, for chained clauses after it. */
  const frameSpeakers = new Map<number, [number, number] | null>();

  // 2. direct quotes
  for (let mi = 0; mi < marks.length; mi++) {
    if (markUsed[mi]) continue;
    const m = marks[mi];
    const openTok = markTok(ctx, m.open);
    const afterTok = tokenAt(ctx, Math.max(m.close + 1, m.end));
    let frame: Frame | null = null;
    let segments: [number, number][] | undefined;
    let end = m.end;
    let paragraphsCount = m.paragraphs;

    // a quotation that ends its sentence with a full stop is not followed by its frame
    const endsSentence =
      /[.…]$/.test(text.slice(m.start, m.end)) || /^\s*[.…]/.test(text.slice(m.close + 1, m.close + 3));
    const nextWord = afterTok < ctx.n ? ctx.words[afterTok] : "";
    const capitalAfter = /^\p{Lu}/u.test(nextWord) && ctx.pos[afterTok] !== "PRON";
    const endsQuestion = /[?!]$/.test(text.slice(m.start, m.end));
    // the frame follows on the same line; after a question a capitalised word must be a name
    const sameLine = afterTok < ctx.n && !text.slice(m.close, ctx.starts[afterTok]).includes("\n");
    const questionOk = !endsQuestion || !capitalAfter || ctx.pos[afterTok] === "PROPN";
    if (
      m.closed &&
      sameLine &&
      ctx.block[afterTok] === m.lastBlock &&
      !(endsSentence && /^\p{Lu}/u.test(nextWord)) &&
      questionOk
    ) {
      const s = ctx.sent[afterTok];
      let hi = ctx.sentLast[s] + 1;
      // stop at the next quotation in the sentence (a continuation)
      let next = mi + 1 < marks.length ? marks[mi + 1] : null;
      if (next && next.open < ctx.ends[hi - 1]) hi = markTok(ctx, next.open);
      // stop before a chained reported clause: ", adding that"
      for (let j = afterTok + 2; j < hi; j++) {
        if (ctx.lower[j - 1] === "," && /ing$/.test(ctx.lower[j]) && j - afterTok > 2) {
          hi = j - 1;
          break;
        }
      }
      frame = frameAfter(ctx, afterTok, hi);
      if (frame) {
        frame.last = hi - 1;
        // "A," he said, "B."
        next = mi + 1 < marks.length ? marks[mi + 1] : null;
        if (
          next &&
          next.firstBlock === m.lastBlock &&
          markTok(ctx, next.open) === hi &&
          ctx.lower[hi - 1] === ","
        ) {
          segments = [
            [m.start, m.end],
            [next.start, next.end],
          ];
          end = next.end;
          paragraphsCount += next.paragraphs - 1;
          markUsed[mi + 1] = 1;
        }
      }
    }
    // the frame before the quotation, in its paragraph or ending the previous one with a colon
    // ("He said:" / "Transcript as follows:" and the quotation as the next paragraph)
    if (
      !frame &&
      openTok > 0 &&
      (ctx.block[openTok - 1] === m.firstBlock || (ctx.lower[openTok - 1] === ":" && standsAlone(ctx, m)))
    ) {
      const lo = ctx.sentFirst[ctx.sent[openTok - 1]];
      const f = frameBefore(ctx, lo, openTok);
      // the quotation must run to the end of its sentence
      if (f) {
        const tail = text.slice(
          m.close + 1,
          ctx.ends[ctx.sentLast[ctx.sent[Math.min(ctx.n - 1, afterTok)]]] ?? m.close + 1,
        );
        // ... or be followed only by a chained clause: 'X said: "...," adding that ...'
        const chainTail = /^\s*,?\s*(\p{L}+ly\s+)?\p{L}+ing\b/u.test(tail);
        if (
          !m.closed ||
          !/[\p{L}\p{N}]/u.test(tail) ||
          chainTail ||
          (/^[,:]$/.test(ctx.lower[openTok - 1]) &&
            /[,.!?]$/.test(text.slice(m.start, m.end)) &&
            adjunctTail(ctx, afterTok)) ||
          afterTok >= ctx.n ||
          ctx.sent[afterTok] !== ctx.sent[openTok - 1]
        ) {
          frame = f;
          frame.last = openTok - 1;
          // the frame is its own words; the words before it keep their own events ("Asked if ...,")
          const from = Math.min(f.cue[0], f.speaker?.[0] ?? f.cue[0]);
          for (let j = from; j < openTok; j++) used[j] = 1;
          if (chainTail && afterTok > 0) {
            // the closing mark stands for the frame: the chained clause shares its speaker
            used[afterTok - 1] = 1;
            frameSpeakers.set(afterTok - 1, f.speaker);
          }
        }
      }
    }
    if (frame) {
      const f0 = frame.cue[0] < openTok ? ctx.sentFirst[ctx.sent[openTok - 1]] : afterTok;
      if (frame.cue[0] > openTok) {
        // a non-restrictive relative with its own cue ("said X, who said he ...") is an attribution
        // of its own: its words stay free for the reported pass
        let last = frame.last;
        for (let j = afterTok; j < frame.last - 2; j++)
          if (
            ctx.lower[j] === "," &&
            /^(who|which)$/.test(ctx.lower[j + 1]) &&
            relativeCue(ctx, j + 2, frame.last)
          ) {
            last = j;
            break;
          }
        for (let j = afterTok; j <= last; j++) used[j] = 1;
        frameSpeakers.set(frame.last, frame.speaker);
      }
      markUsed[mi] = 1;
      // words before the quotation in its sentence ("The plans are ''irresponsible,'' said X"):
      // a mixed quote, starting at the sentence when the quoted words are not most of it
      let kind: Quote["kind"] = "direct";
      let qStart = m.start;
      if (frame.cue[0] > openTok && !standsAlone(ctx, m)) {
        const s0 =
          openTok > 0 && ctx.block[openTok - 1] === m.firstBlock
            ? ctx.sentFirst[ctx.sent[openTok - 1]]
            : openTok;
        let a = s0;
        while (a < openTok && (used[a] || ctx.pos[a] === "PUNCT" || ctx.pos[a] === "QUOTE")) a++;
        let clean = a < openTok;
        for (let j = a; j < openTok && clean; j++)
          if (
            /^[.!?…:;]$/.test(ctx.lower[j]) ||
            ctx.inMark[j] >= 0 ||
            cueAt(ctx, j) ||
            ctx.words[j].includes("\n")
          )
            clean = false;
        if (clean && text.slice(ctx.starts[a], m.open).includes("\n")) clean = false;
        // a parenthetical quotation ("... blowback (“...,” wrote X)") is no part of the sentence
        if (/\(\s*$/.test(text.slice(Math.max(0, m.open - 3), m.open))) clean = false;
        if (clean) {
          kind = "mixed";
          if (end - m.start < FRAGMENT_SHARE * (end - ctx.starts[a])) qStart = ctx.starts[a];
        }
      }
      cands.push({
        kind,
        start: qStart,
        end,
        paragraphs: paragraphsCount,
        segments,
        speaker: frame.speaker,
        resolvedBy: "name",
        cue: frame.cue,
        cueType: frame.cueType,
        frame: frameRange(ctx, f0, frame.last),
        relay: frame.relay,
      });
      continue;
    }
    if (isLong(text, m) && standsAlone(ctx, m)) {
      // a quotation that is a sentence on its own: the last speaker goes on
      const afterText = text.slice(m.close + 1, m.close + 3);
      if (m.closed && /^\s*\p{Ll}/u.test(afterText)) continue;
      markUsed[mi] = 1;
      // right after a framed quotation in the same paragraph it continues that quotation
      const prev = cands[cands.length - 1];
      if (
        prev &&
        prev.kind === "direct" &&
        prev.cue &&
        prev.frame &&
        (ctx.block[tokenAt(ctx, prev.start)] === m.firstBlock ||
          ctx.block[tokenAt(ctx, prev.frame[1] - 1)] === m.firstBlock - 1) &&
        CONTINUES.test(text.slice(prev.frame[1], m.open)) &&
        simpleFrame(ctx, prev.cue[1] + 1, tokenAt(ctx, prev.frame[1])) &&
        (ctx.block[tokenAt(ctx, prev.start)] === m.firstBlock ||
          !relativeAttribution(ctx, prev.cue[1] + 1, tokenAt(ctx, prev.frame[1])))
      ) {
        prev.segments = [...(prev.segments ?? [[prev.start, prev.end]]), [m.start, m.end]];
        prev.end = m.end;
        prev.paragraphs += m.paragraphs - 1;
        continue;
      }
      cands.push({
        kind: "direct",
        start: m.start,
        end: m.end,
        paragraphs: m.paragraphs,
        speaker: null,
        resolvedBy: "previous",
        cue: null,
        cueType: "speech",
        frame: null,
        relay: null,
      });
    }
  }

  // 3. reported speech, sentence by sentence (body paragraphs and headings, not captions)
  for (let s = 0; s < article.sentences.length; s++) {
    const lo = ctx.sentFirst[s];
    const hi = ctx.sentLast[s];
    if (lo < 0) continue;
    const b = blocks[ctx.block[lo]];
    if (!b || b.type === "caption") continue;
    for (const ev of sentenceEvents(ctx, lo, hi, used, frameSpeakers)) {
      // quoted fragments inside the content make it mixed
      let kind: Quote["kind"] = "indirect";
      let first = -1;
      let quoted = 0;
      let runOn = -1;
      for (let k = firstMarkEndingAfter(marks, ev.start); k < marks.length; k++) {
        const m = marks[k];
        if (m.open >= ev.end) break;
        if (m.close <= ev.start || markUsed[k]) continue;
        kind = "mixed";
        if (first < 0) first = m.start;
        quoted += Math.min(m.end, ev.end) - Math.max(m.start, ev.start);
        // a quotation opened in the content that runs on past its sentence ("said that “A. B.”")
        if (m.open >= ev.start && m.end > ev.end && m.lastBlock === m.firstBlock) runOn = k;
      }
      if (runOn >= 0 && marks[runOn].open > ev.start) {
        const m = marks[runOn];
        quoted += m.end - ev.end;
        ev.end = m.end;
        markUsed[runOn] = 1;
      }
      let start = ev.start;
      // a quoted fragment that is most of the content makes a mixed quote starting at the quoted
      // words; a short quoted word or phrase inside a paraphrase leaves it indirect
      if (kind === "mixed" && quoted < FRAGMENT_SHARE * (ev.end - ev.start)) kind = "indirect";
      else if (kind === "mixed" && first > start) start = first;
      // content that is all quotation ("According to X, “...”") is a direct quote without its marks
      let end = ev.end;
      let paragraphs = 1;
      if (kind === "mixed") {
        const k = firstMarkEndingAfter(marks, start);
        const m = marks[k];
        // ... also when the quotation opens the content and runs on past its sentence
        // ('X argued that “A. B. C.”')
        const runsOn = m && m.end > ev.end && !markUsed[k];
        if (
          m &&
          m.open <= ev.start &&
          m.start >= ev.start &&
          ev.end <= m.close + 1 &&
          (ev.end >= m.end || runsOn)
        ) {
          kind = "direct";
          start = m.start;
          end = m.end;
          paragraphs = m.paragraphs;
          markUsed[k] = 1;
        }
      }
      // "X called Y “Z”", "X described Y as “Z”": the quoted complement is the speaker's own words,
      // a mixed quote from the quotation to the end of the content
      if (kind === "indirect" && NAMING_FORMS.has(ctx.lower[ev.cue[1]])) {
        const m = namingComplement(ctx, marks, markUsed, ev.cue[1], ev.end);
        if (m) {
          kind = "mixed";
          start = m.start;
        }
      }
      cands.push({
        kind,
        start,
        end,
        paragraphs,
        speaker: ev.speaker,
        resolvedBy: ev.resolvedBy,
        cue: ev.cue,
        cueType: ev.cueType,
        frame: frameRange(
          ctx,
          Math.min(ev.first, ev.cue[0]),
          Math.max(ev.cue[1], ev.speaker?.[1] ?? ev.cue[1]),
        ),
        relay: null,
        noSource: ev.noSource,
      });
    }
  }

  // 4. speakers in text order; the tree's subject of a cue replaces a frame speaker where the tree
  // has the better evidence (tree.ts betterSpeaker: "X, the president of Y, said": X, not Y)
  for (const c of cands) {
    // a frame speaker that the tree could never replace needs no parse
    if (!c.cue || !c.speaker || !replaceable(ctx, c.speaker)) continue;
    const subject = treeSubject(ctx, c.cue[0], c.cue[1]);
    if (subject && betterSpeaker(ctx, subject, c.speaker)) c.speaker = subject;
  }
  cands.sort((x, y) => x.start - y.start || y.end - x.end);
  splitAtGapEvents(ctx, cands);
  const resolver = new SpeakerResolver(ctx);
  const quotes: Quote[] = [];
  let lastEnd = -1;
  let lastSegments: [number, number][] | undefined;
  let lastStart = -1;
  for (const c of cands) {
    // nested in an earlier quote, unless it lies in the frame between two segments
    if (c.start < lastEnd && c.kind !== "direct" && !inGap(lastSegments, c)) continue;
    // a quotation standing alone that an earlier attribution's content already covers
    // (the same words: that content starts at the quotation's opening mark)
    if (c.kind === "direct" && !c.cue && c.end <= lastEnd && c.start - lastStart <= 2) continue;
    if (c.end <= c.start) continue;
    let speaker: Speaker | null = null;
    if (c.speaker)
      speaker = resolver.resolve(
        c.speaker[0],
        c.speaker[1],
        c.resolvedBy === "according-to" ? "according-to" : "name",
      );
    else if (!c.noSource) {
      const last = resolver.lastSpeaker(c.start);
      if (last)
        speaker = {
          start: c.start,
          end: c.start,
          name: last.name,
          entity: last.entity?.id ?? null,
          anonymous: false,
          resolvedBy: "previous",
        };
    }
    const frameText = c.frame ? text.slice(c.frame[0], c.frame[1]) : "";
    const told = c.cue ? treeAddressee(ctx, c.cue[0], c.cue[1]) : null;
    const addressee = told ? text.slice(ctx.starts[told[0]], ctx.ends[told[1]]) : null;
    const { via, medium } = relayInfo(frameText, c.relay, addressee, article.meta.outlet);
    const cue: Quote["cue"] = c.cue
      ? {
          text: text.slice(ctx.starts[c.cue[0]], ctx.ends[c.cue[1]]),
          start: ctx.starts[c.cue[0]],
          end: ctx.ends[c.cue[1]],
        }
      : null;
    if (cue) cue.type = c.cueType;
    const q: Quote = {
      id: `q${quotes.length + 1}`,
      kind: c.kind,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      paragraphs: c.paragraphs,
      speaker,
      cue,
      via,
      medium,
    };
    if (c.segments) q.segments = c.segments;
    quotes.push(q);
    if (c.end > lastEnd) {
      lastSegments = c.segments;
      lastStart = c.start;
    }
    lastEnd = Math.max(lastEnd, c.end);
  }
  return quotes;
}
