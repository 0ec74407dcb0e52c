/**
 * Pass 2, direct quotes: a quotation with an attribution frame right after it ("...," Ivanov said)
 * or right before it (He said: "..."), or a long quotation standing on its own (a sentence or
 * paragraph that is all quote), which continues the last speaker. Interrupted quotes ("A," he said,
 * "B.") are one quote with two segments. Words before a framed quotation in its sentence make it a
 * mixed quote ("The plans are ''irresponsible,'' said X").
 */
import type { Quote } from "../analysis.js";
import { type Candidate, FRAGMENT_SHARE, frameRange, type Passes, unframedQuote } from "./candidate.js";
import { type Ctx, titleModifierEnd, tokenAt } from "./context.js";
import { cueAt, type Frame, frameAfter, frameBefore } from "./frames.js";
import type { MarkSpan } from "./marks.js";
import { relayedSpeaker } from "./events/relayed.js";

/** Claims the quotations of the article that are direct quotes, in text order. */
export function directQuotes(p: Passes): void {
  for (let mi = 0; mi < p.marks.length; mi++) {
    if (p.markUsed[mi]) continue;
    // (a signature line after the quotation names its speaker whatever frames it before: a
    // roundup's "Who said what at Wimbledon:" and its "-- Svitolina on ...")
    const signed = standsAlone(p.ctx, p.marks[mi]) ? dashSignature(p, p.marks[mi]) : null;
    if (signed) {
      p.markUsed[mi] = 1;
      p.cands.push(signed);
      continue;
    }
    const framed = framedQuote(p, mi);
    if (framed) p.cands.push(framed);
    else if ((isLong(p.ctx.text, p.marks[mi]) || shortContinuation(p, mi)) && standsAlone(p.ctx, p.marks[mi]))
      standingQuote(p, mi);
  }
}

/**
 * '"Hands! Let me see your hands!" an officer ordered. "Step out."': a short quoted sentence right
 * after a framed quote's frame in the same paragraph goes on with that quote.
 */
function shortContinuation(p: Passes, mi: number): boolean {
  const m = p.marks[mi];
  const prev = p.cands[p.cands.length - 1];
  const sentence =
    /^\p{Lu}/u.test(p.ctx.text.slice(m.start, m.start + 1)) &&
    (/[.!?…]$/.test(p.ctx.text.slice(m.start, m.end)) || stopAfterMark(p.ctx.text, m));
  return (
    sentence &&
    prev !== undefined &&
    prev.frame !== null &&
    p.ctx.block[tokenAt(p.ctx, prev.start)] === m.firstBlock &&
    continuesQuote(p.ctx, prev, m)
  );
}

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
  return words >= 4 && (/[.!?…,]$/.test(content) || stopAfterMark(text, m));
}

/** A full stop right after the closing mark, as British style puts it ("“I figured he was sick”.")? */
function stopAfterMark(text: string, m: MarkSpan): boolean {
  return m.closed && /^[.!?]/.test(text.slice(m.close + 1, m.close + 2));
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

/** Most words of a quoted title in running text. */
const MAX_TITLE_WORDS = 6;
/** Short words a title leaves in lower case ("Takin' It To the Streets"). */
const TITLE_LOWER = /^(a|an|the|of|in|on|to|and|or|for|at|by|with|from)$/;

/**
 * "After playing “Black Water,” Smith told the crowd ...": a short quotation in title case that is
 * the object of the verb, preposition or determiner before it names a song, book or show; it is
 * no one's words, and the frame after it reports its own content.
 */
function quotedTitle(ctx: Ctx, m: MarkSpan, openTok: number): boolean {
  const before = openTok - 1;
  if (before < 0 || ctx.sent[before] !== ctx.sent[openTok] || !/^(VERB|ADP|DET)$/.test(ctx.pos[before]))
    return false;
  const words = ctx.text.slice(m.start, m.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || m.paragraphs > 1) return false;
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_LOWER.test(w)));
}

/** A frame found for a quotation, with the extent of the quote it attributes. */
interface Framed {
  frame: Frame;
  end: number;
  paragraphs: number;
  segments?: [number, number][];
}

/** The quotation `mi` as a framed direct (or mixed) quote, or null when no frame attributes it. */
function framedQuote(p: Passes, mi: number): Candidate | null {
  const { ctx } = p;
  const m = p.marks[mi];
  const openTok = markTok(ctx, m.open);
  if (quotedTitle(ctx, m, openTok)) return null;
  const afterTok = tokenAt(ctx, Math.max(m.close + 1, m.end));
  const framed = frameFollowing(p, mi, afterTok) ?? frameLeading(p, mi, openTok, afterTok);
  if (!framed) return null;
  const { frame } = framed;
  const f0 = frame.cue[0] < openTok ? ctx.sentFirst[ctx.sent[openTok - 1]] : afterTok;
  if (frame.cue[0] > openTok) claimEndFrame(p, frame, afterTok);
  p.markUsed[mi] = 1;
  const { kind, start } = mixedStart(p, m, frame, openTok, framed.end);
  return {
    kind,
    start,
    end: framed.end,
    paragraphs: framed.paragraphs,
    segments: framed.segments,
    speaker: frame.speaker,
    resolvedBy: "name",
    cue: frame.cue,
    cueType: frame.cueType,
    frame: frameRange(ctx, f0, frame.last),
    relay: frame.relay,
  };
}

/**
 * The frame right after the quotation, on its line and in its sentence ("...," Ivanov said), up to
 * the next quotation or a chained reported clause (", adding that"). When the next quotation
 * follows the frame after a comma, it is the second segment of the same quote ("A," he said, "B.").
 */
function frameFollowing(p: Passes, mi: number, afterTok: number): Framed | null {
  const { ctx, marks } = p;
  const { text } = ctx;
  const m = marks[mi];
  // a quotation that ends its sentence with a full stop is not followed by its frame
  const endsSentence =
    /[.…]$/.test(text.slice(m.start, m.end)) || /^\s*[.…]/.test(text.slice(m.close + 1, m.close + 3));
  const nextWord = afterTok < ctx.n ? ctx.words[afterTok] : "";
  const capitalAfter = /^\p{Lu}/u.test(nextWord) && ctx.pos[afterTok] !== "PRON";
  const endsQuestion = /[?!]$/.test(text.slice(m.start, m.end));
  // the frame follows on the same line; after a question a capitalised word must be a name
  const sameLine = afterTok < ctx.n && !text.slice(m.close, ctx.starts[afterTok]).includes("\n");
  const questionOk = !endsQuestion || !capitalAfter || ctx.pos[afterTok] === "PROPN";
  if (!m.closed || !sameLine || ctx.block[afterTok] !== m.lastBlock || !questionOk) return null;
  const hi = followingFrameEnd(p, mi, afterTok);
  const frame = frameAfter(ctx, afterTok, hi);
  if (!frame) return null;
  // after a full stop a new sentence begins: only a whole short frame sentence attributes the
  // quotation ('“...” Bundy told The Evening Star.'), not one that goes on to report
  if (endsSentence && /^\p{Lu}/u.test(nextWord) && !frameSentence(ctx, frame, afterTok, hi)) return null;
  frame.last = hi - 1;
  const next = mi + 1 < marks.length ? marks[mi + 1] : null;
  // a title inside the frame ('the "Pose" actor') is part of it, never a quotation of its own
  if (next && next.open < ctx.ends[hi - 1]) p.markUsed[mi + 1] = 1;
  if (
    next &&
    next.firstBlock === m.lastBlock &&
    markTok(ctx, next.open) === hi &&
    ctx.lower[hi - 1] === ","
  ) {
    p.markUsed[mi + 1] = 1;
    return {
      frame,
      segments: [
        [m.start, m.end],
        [next.start, next.end],
      ],
      end: next.end,
      paragraphs: m.paragraphs + next.paragraphs - 1,
    };
  }
  return { frame, end: m.end, paragraphs: m.paragraphs };
}

/** Longest frame sentence after a quotation that ends with a full stop. */
const MAX_FRAME_SENTENCE = 10;

/** Is the sentence from `a` to `hi` (exclusive) only the frame: no other verb, short, its end? */
function frameSentence(ctx: Ctx, frame: Frame, a: number, hi: number): boolean {
  if (hi - a > MAX_FRAME_SENTENCE || hi - 1 !== ctx.sentLast[ctx.sent[a]]) return false;
  for (let k = a; k < hi; k++)
    if ((ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") && (k < frame.cue[0] || k > frame.cue[1]))
      return false;
  return true;
}

/**
 * Token after the last one a frame after quotation `mi` may use; a quoted title inside the frame's
 * noun phrase ('the "Pose" actor') does not end it.
 */
function followingFrameEnd(p: Passes, mi: number, afterTok: number): number {
  const { ctx, marks } = p;
  let hi = ctx.sentLast[ctx.sent[afterTok]] + 1;
  // stop at the next quotation in the sentence (a continuation), unless it is a title inside the
  // frame's noun phrase ('"...," the "Pose" actor said': the title is no quotation)
  const next = mi + 1 < marks.length ? marks[mi + 1] : null;
  if (next && next.open < ctx.ends[hi - 1]) {
    const open = markTok(ctx, next.open);
    if (titleModifierEnd(ctx, open, hi) < 0) hi = open;
  }
  // stop before a chained reported clause: ", adding that" (a participle, not a name: ", Turing's
  // chief commercial officer, said")
  for (let j = afterTok + 2; j < hi; j++) {
    if (ctx.lower[j - 1] === "," && /^\p{Ll}.*ing$/u.test(ctx.words[j]) && j - afterTok > 2) return j - 1;
  }
  return hi;
}

/**
 * The frame before the quotation, in its paragraph or ending the previous one with a colon ("He
 * said:" / "Transcript as follows:" and the quotation as the next paragraph). The quotation must
 * run to the end of its sentence, or be followed only by a chained clause ('X said: "...," adding
 * that ...') or an adjunct.
 */
function frameLeading(p: Passes, mi: number, openTok: number, afterTok: number): Framed | null {
  const { ctx } = p;
  const m = p.marks[mi];
  if (
    openTok <= 0 ||
    (ctx.block[openTok - 1] !== m.firstBlock &&
      !(/^[:,]$/.test(ctx.lower[openTok - 1]) && standsAlone(ctx, m)))
  )
    return null;
  const f = frameBefore(ctx, ctx.sentFirst[ctx.sent[openTok - 1]], openTok);
  if (!f) return null;
  // 'Reuters quoted Pakistan's minister as saying, “...”': the person quoted, the agency the relay
  const relayed = f.speaker ? null : relayedSpeaker(ctx, f.cue[0], ctx.sentFirst[ctx.sent[f.cue[0]]]);
  if (relayed) {
    f.speaker = relayed.person;
    f.relay = relayed.relay ? ctx.text.slice(ctx.starts[relayed.relay[0]], ctx.ends[relayed.relay[1]]) : null;
  }
  const tail = ctx.text.slice(
    m.close + 1,
    ctx.ends[ctx.sentLast[ctx.sent[Math.min(ctx.n - 1, afterTok)]]] ?? m.close + 1,
  );
  const chainTail = /^\s*,?\s*(\p{L}+ly\s+)?\p{L}+ing\b/u.test(tail);
  const coordinated = coordinatedQuotation(p, mi, tail);
  const endsItsSentence =
    coordinated ||
    !m.closed ||
    !/[\p{L}\p{N}]/u.test(tail) ||
    chainTail ||
    (/^[,:]$/.test(ctx.lower[openTok - 1]) &&
      /[,.!?]$/.test(ctx.text.slice(m.start, m.end)) &&
      adjunctTail(ctx, afterTok)) ||
    afterTok >= ctx.n ||
    ctx.sent[afterTok] !== ctx.sent[openTok - 1];
  if (!endsItsSentence) return null;
  f.last = openTok - 1;
  // the frame is its own words; the words before it keep their own events ("Asked if ...,"; a
  // participle's subject too: "Liu said that ..., warning: “...”" reports twice)
  const participle = ctx.lower[f.cue[0] - 1] === "," && /ing$/.test(ctx.lower[f.cue[0]]);
  const from = participle ? f.cue[0] - 1 : Math.min(f.cue[0], f.speaker?.[0] ?? f.cue[0]);
  for (let j = from; j < openTok; j++) p.used[j] = 1;
  if (chainTail && afterTok > 0) {
    // the closing mark stands for the frame: the chained clause shares its speaker
    p.used[afterTok - 1] = 1;
    p.frameSpeakers.set(afterTok - 1, f.speaker);
  }
  if (coordinated) p.cands.push(coordinatedCandidate(p, mi + 1, f));
  return { frame: f, end: m.end, paragraphs: m.paragraphs };
}

/**
 * "Teachers chanted, “Fund our schools,” and “Put kids first,” as ...": a second quotation joined
 * to the first by "and" or "or" right after it has the same frame.
 */
function coordinatedQuotation(p: Passes, mi: number, tail: string): boolean {
  const next = p.marks[mi + 1];
  if (!next || p.markUsed[mi + 1] || next.firstBlock !== p.marks[mi].lastBlock) return false;
  const between = p.ctx.text.slice(p.marks[mi].close + 1, next.open);
  return /^\s*,?\s*(and|or)\s*$/.test(between) && tail.length > between.length;
}

/** The second of two coordinated quotations, with the first one's frame. */
function coordinatedCandidate(p: Passes, mi: number, f: Frame): Candidate {
  const m = p.marks[mi];
  p.markUsed[mi] = 1;
  return {
    kind: "direct",
    start: m.start,
    end: m.end,
    paragraphs: m.paragraphs,
    speaker: f.speaker,
    resolvedBy: "name",
    cue: f.cue,
    cueType: f.cueType,
    frame: frameRange(p.ctx, f.cue[0], f.last),
    relay: f.relay,
  };
}

/**
 * Marks the words of a frame after a quotation as used, so the reported pass does not read them
 * again. A non-restrictive relative with its own cue ("said X, who said he ...") is an attribution
 * of its own: its words stay free for the reported pass.
 */
function claimEndFrame(p: Passes, frame: Frame, afterTok: number): void {
  const { ctx } = p;
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
  for (let j = afterTok; j <= last; j++) p.used[j] = 1;
  p.frameSpeakers.set(frame.last, frame.speaker);
}

/**
 * Words before a quotation with its frame after it, in its sentence ("The plans are
 * ''irresponsible,'' said X"), make a mixed quote, starting at the sentence when the quoted words
 * are not most of it.
 */
function mixedStart(
  p: Passes,
  m: MarkSpan,
  frame: Frame,
  openTok: number,
  end: number,
): { kind: Quote["kind"]; start: number } {
  const { ctx } = p;
  const direct = { kind: "direct" as const, start: m.start };
  if (frame.cue[0] <= openTok || standsAlone(ctx, m)) return direct;
  const s0 =
    openTok > 0 && ctx.block[openTok - 1] === m.firstBlock ? ctx.sentFirst[ctx.sent[openTok - 1]] : openTok;
  let a = s0;
  while (a < openTok && (p.used[a] || ctx.pos[a] === "PUNCT" || ctx.pos[a] === "QUOTE")) a++;
  if (a >= openTok || !cleanLead(ctx, a, openTok, m)) return direct;
  return {
    kind: "mixed",
    start: end - m.start < FRAGMENT_SHARE * (end - ctx.starts[a]) ? ctx.starts[a] : m.start,
  };
}

/** Are the words [a, openTok) one stretch of the quotation's sentence, free of other speech? */
function cleanLead(ctx: Ctx, a: number, openTok: number, m: MarkSpan): boolean {
  for (let j = a; j < openTok; j++)
    if (/^[.!?…:;]$/.test(ctx.lower[j]) || ctx.inMark[j] >= 0 || cueAt(ctx, j) || ctx.words[j].includes("\n"))
      return false;
  if (ctx.text.slice(ctx.starts[a], m.open).includes("\n")) return false;
  // a parenthetical quotation ("... blowback (“...,” wrote X)") is no part of the sentence
  return !/\(\s*$/.test(ctx.text.slice(Math.max(0, m.open - 3), m.open));
}

/**
 * A quotation that is a sentence on its own: the last speaker goes on. Right after a framed
 * quotation in the same paragraph (or the next one) it continues that quotation.
 */
function standingQuote(p: Passes, mi: number): void {
  const m = p.marks[mi];
  const afterText = p.ctx.text.slice(m.close + 1, m.close + 3);
  // (a lower-case word right after the mark goes on with the sentence; after a line break it
  // opens another paragraph)
  if (m.closed && /^[^\S\n]*\p{Ll}/u.test(afterText)) return;
  p.markUsed[mi] = 1;
  const signed = dashSignature(p, m);
  if (signed) {
    p.cands.push(signed);
    return;
  }
  const prev = p.cands[p.cands.length - 1];
  if (prev && continuesQuote(p.ctx, prev, m)) {
    prev.segments = [...(prev.segments ?? [[prev.start, prev.end]]), [m.start, m.end]];
    prev.end = m.end;
    prev.paragraphs += m.paragraphs - 1;
    return;
  }
  const quote = unframedQuote(m.start, m.end, m.paragraphs);
  const lead = colonLeadSubject(p.ctx, m) ?? labelAbove(p.ctx, m);
  if (lead) {
    quote.speaker = lead;
    quote.resolvedBy = "name";
  }
  p.cands.push(quote);
}

/** Most words of a speaker's label line ("Thomas O’Connor, Kildare IFA chair"). */
const MAX_LABEL_WORDS = 12;

/**
 * "Thomas O’Connor, Kildare IFA chair\n\n“You’re looking into a room of farmers ...”": a line of
 * its own right above the quotation's paragraph that holds a person's name (and after a comma a
 * role or place), no verb and no final stop, labels the speaker, as roundups of voices and
 * transcripts do. The name's tokens, or null.
 */
function labelAbove(ctx: Ctx, m: MarkSpan): [number, number] | null {
  const open = tokenAt(ctx, m.open);
  const block = ctx.block[open];
  if (open < 1 || ctx.block[open - 1] !== block - 1 || ctx.starts[open] !== m.open) return null;
  let a = open - 1;
  while (a > 0 && ctx.block[a - 1] === block - 1) a--;
  if (open - a > MAX_LABEL_WORDS || ctx.nonAgent[a] !== 2 || ctx.mentionFirst[a] !== a) return null;
  let b = a;
  while (b + 1 < open && ctx.mentionFirst[b + 1] === a) b++;
  for (let k = b + 1; k < open; k++) if (/^(VERB|AUX|QUOTE)$/.test(ctx.pos[k])) return null;
  const rest = ctx.lower.slice(b + 1, open);
  return rest.length === 0 || (rest[0] === "," && !/^[.!?]$/.test(rest[rest.length - 1])) ? [a, b] : null;
}

/** Longest signature line after a quotation: a name and a short role or place. */
const MAX_SIGNATURE = 80;

/**
 * A quotation signed by a dash and a name at the end of its line, on the next one or in the next
 * paragraph, as testimonials, reader reviews, epigraphs and pull quotes are (“...”
 * -Charles Haddon Spurgeon; “...”\n– Maria Lopez, Austin; "..."\n\n-President Obama, tweeting
 * after the speech.; a roundup's "..."\n\n-- Svitolina on her daughter): the named person's direct
 * quote, the dash its cue.
 */
function dashSignature(p: Passes, m: MarkSpan): Candidate | null {
  const { ctx } = p;
  if (!m.closed) return null;
  const after = ctx.text.slice(m.close + 1, m.close + 1 + MAX_SIGNATURE);
  const sig = /^[ \t]*(?:\n[ \t]*){0,2}(--|[-–—―])[ \t]*(?=\p{Lu})([^\n]*)(?:\n|$)/u.exec(after);
  if (!sig) return null;
  const dashAt = m.close + 1 + sig[0].indexOf(sig[1]);
  const a = tokenAt(ctx, dashAt + sig[0].slice(sig[0].indexOf(sig[1])).indexOf(sig[2]));
  if (a < 0) return null;
  // (a signature line may be a caption block of its own, whose dash is no token)
  const dash = tokenAt(ctx, dashAt);
  const cue: [number, number] | null = dash >= 0 && sig[1].startsWith(ctx.lower[dash]) ? [dash, dash] : null;
  // the name: capitalised words (a review page may mask their letters, "Jo** Al****"), then
  // nothing or a comma and a role or place
  const lineEnd = m.close + 1 + sig[0].length;
  let b = a;
  const nameWord = (k: number) => /^(\p{Lu}|\*+$)/u.test(ctx.words[k]);
  while (b + 1 < ctx.n && b - a < 8 && ctx.starts[b + 1] < lineEnd && nameWord(b + 1)) b++;
  while (b > a && !/\p{L}/u.test(ctx.words[b])) b--;
  const rest = ctx.text.slice(ctx.ends[b], lineEnd).trim().replace(/^\*+/, "");
  const masked = ctx.words[a + 1] === "*";
  // (a title may open the name: "-President Obama")
  const named = ctx.pos[a] === "PROPN" || ctx.pos[b] === "PROPN" || masked;
  // (or what the occasion was: "-- Svitolina on her daughter", "-- Swiatek backs Svitolina for the title")
  if (!(named && (rest === "" || rest.startsWith(",") || /^\p{Ll}/u.test(rest)))) return null;
  const quote = unframedQuote(m.start, m.end, m.paragraphs);
  quote.speaker = [a, b];
  quote.resolvedBy = "name";
  quote.cue = cue;
  quote.frame = frameRange(ctx, cue ? cue[0] : a, b);
  for (let k = cue ? cue[0] : a; k <= b; k++) p.used[k] = 1;
  return quote;
}

/**
 * "Buckley, who phoned in from the set, had a similar experience: “...”", "Clinton was blunt:
 * “...”": a sentence without a reporting verb that ends with a colon before the quotation gives
 * it its subject, a person or body named (or a pronoun) opening that sentence, whose verb follows.
 */
function colonLeadSubject(ctx: Ctx, m: MarkSpan): [number, number] | null {
  const colon = tokenAt(ctx, m.open) - 1;
  if (colon < 1 || ctx.lower[colon] !== ":" || ctx.inMark[colon] >= 0) return null;
  const first = ctx.sentFirst[ctx.sent[colon]];
  const pronoun = ctx.pos[first] === "PRON" && /^(he|she|they)$/.test(ctx.lower[first]);
  const named = ctx.nonAgent[first] === 2 || ctx.nonAgent[first] === 3;
  if (!pronoun && !named) return null;
  let last = first;
  // (a name: the whole phrase up to its verb or a comma, "Senate Majority Leader Mitch McConnell")
  if (named) while (last + 1 < colon && !/^(VERB|AUX|ADP|PUNCT)$/.test(ctx.pos[last + 1])) last++;
  // "Clinton's response was callous:": the response's owner speaks
  for (let k = first + 1; k <= last; k++) if (/^['’]s$/.test(ctx.lower[k])) last = k - 1;
  let verb = false;
  for (let k = last + 1; k < colon; k++) {
    if (cueAt(ctx, k)) return null; // a frame of its own ("X said:") is the frame passes' business
    if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX") verb = true;
  }
  return verb ? [first, last] : null;
}

/** Does quotation `m` continue the framed direct quote `prev` (only its frame between them)? */
function continuesQuote(ctx: Ctx, prev: Candidate, m: MarkSpan): boolean {
  if (prev.kind === "indirect" || !prev.cue || !prev.frame) return false;
  const sameBlock = ctx.block[tokenAt(ctx, prev.start)] === m.firstBlock;
  const frameEnd = tokenAt(ctx, prev.frame[1]);
  return (
    (sameBlock || ctx.block[tokenAt(ctx, prev.frame[1] - 1)] === m.firstBlock - 1) &&
    CONTINUES.test(ctx.text.slice(prev.frame[1], m.open)) &&
    simpleFrame(ctx, prev.cue[1] + 1, frameEnd) &&
    (sameBlock || !relativeAttribution(ctx, prev.cue[1] + 1, frameEnd))
  );
}

/** No other verb after the cue in a frame ("he said", not "he said, and her husband cut in"). */
function simpleFrame(ctx: Ctx, from: number, to: number): boolean {
  // a verb in a relative clause ("X, who worked with ...") is fine; any other verb is a new event
  let relative = false;
  for (let k = from; k < to; k++) {
    if (/^(who|which|whose|whom)$/.test(ctx.lower[k])) relative = true;
    else if (/^(and|but|while|,)$/.test(ctx.lower[k]) && ctx.lower[k - 1] !== ",")
      relative = relative && ctx.lower[k] === ",";
    else if (!relative && ctx.pos[k] === "VERB" && !modifier(ctx, k)) return false;
  }
  return true;
}

/** A participle inside a noun phrase ("a Border Patrol tunneling expert", "the elected official")? */
function modifier(ctx: Ctx, k: number): boolean {
  return (
    /(ing|ed)$/.test(ctx.lower[k]) &&
    /^(DET|ADJ|NOUN|PROPN)$/.test(ctx.pos[k - 1]) &&
    ctx.pos[k + 1] === "NOUN"
  );
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
