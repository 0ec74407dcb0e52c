/**
 * Reported speech, beliefs and intentions within one sentence: every cue (a reporting verb, an
 * "according to" phrase, an opinion frame) with its source and its content clause. Content is the
 * rest of the clause after the cue (a that-clause, an object), or the words before an end frame
 * ("..., he said."). A cue after a comma or "and" with no subject of its own ("..., adding that")
 * shares the previous cue's source. One left-to-right pass over the sentence's tokens.
 */
import { type Ctx, firstPropnRun, isCap, lastPropnRun, npLeft, npRight, tokenAt } from "./context.js";
import {
  ACTION_FORMS,
  CUE_CLASSES,
  CUE_NOUNS,
  CUE_NOUNS_TO,
  DOCUMENT_NAMES,
  POLL_NOUNS,
  OPINION_PHRASES,
  SOURCE_NOUNS,
  SOURCE_PHRASES,
} from "./cues.js";
import { type CueHit, cueAt, frameAfter, subjectLeft, subjectRight } from "./frames.js";

export interface Event {
  /** Cue tokens. */
  cue: [number, number];
  cueType: CueHit["type"];
  speaker: [number, number] | null;
  resolvedBy: "name" | "according-to";
  /** An attribution without a source ("is expected"): no speaker, not even the previous one. */
  noSource?: boolean;
  /** Content in character offsets. */
  start: number;
  end: number;
  /** First and last token of the whole attribution (for bounding the next one). */
  first: number;
  last: number;
}

const SKIP_AFTER_CUE = new Set(["out", "up", "that", ",", ":", "to", "on", "about", "—"]);
const OBJECT_VERBS: ReadonlySet<string> = new Set(CUE_CLASSES.objectVerbs);
/** Prepositions that open a complement rather than an adjunct ("spoke of", "complained about"). */
const PREP_COMPLEMENT = new Set(["of", "about", "for", "against", "with", "to", "on", "into", "as"]);
/** One-word contents that answer a question ("said so", "said no"). */
const SHORT_CONTENT: ReadonlySet<string> = new Set(CUE_CLASSES.shortContents);
/** Core reporting verbs that start their own attribution even inside another one's content. */
const NESTING: ReadonlySet<string> = new Set(CUE_CLASSES.nesting);
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
/** Adverbs that mark the clause as hearsay with an unnamed source. */
const HEARSAY: ReadonlySet<string> = new Set(CUE_CLASSES.hearsay);
const TRANSITIVE_STANCE: ReadonlySet<string> = new Set(CUE_CLASSES.transitiveStance);
/** Day and time words that are adjuncts, never objects ("endorsed Tuesday"). */
const TIME_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|night|morning|week|month|year|time)$/i;
/** Words that join two clauses as equals: a cue after them may start its own attribution. */
const COORDINATORS = new Set(["and", "but", ",", ";", "while", "whereas"]);
const CHAIN = new Set([",", "and", "but", "while", "as"]);
/** Verbs that point at a text ("referring to", "citing"): a document's name alone is no content. */
const POINTERS: ReadonlySet<string> = new Set(CUE_CLASSES.pointers);
const DEMONSTRATIVE = new Set(["this", "that", "it", "these", "such"]);

function matchPhrase(ctx: Ctx, i: number, phrases: string[][]): number {
  for (const p of phrases) {
    if (i + p.length > ctx.n) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      if (ctx.lower[i + k] !== p[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}

/** Character span of tokens [a, b] without trailing punctuation (closing quotation marks stay). */
function contentSpan(ctx: Ctx, a: number, b: number): [number, number] | null {
  while (a <= b && (ctx.pos[a] === "PUNCT" || ctx.lower[a] === "that") && ctx.pos[a] !== "QUOTE") a++;
  while (b >= a && ctx.pos[b] === "PUNCT") b--;
  if (b < a) return null;
  let words = 0;
  for (let k = a; k <= b; k++) if (ctx.pos[k] !== "PUNCT" && ctx.pos[k] !== "QUOTE") words++;
  if (words < 1) return null;
  // a bare time or place adjunct ("said Thursday night", "said on CNN") is no content
  if (words < 3) {
    let verb = false;
    for (let k = a; k <= b; k++)
      if (ctx.pos[k] === "VERB" || ctx.pos[k] === "AUX" || ctx.pos[k] === "QUOTE") verb = true;
    if (!verb && !(words === 1 && SHORT_CONTENT.has(ctx.lower[a].replace(/\.$/, "")))) return null;
  }
  // "said no.": the tokenizer keeps the full stop on the word (as in the abbreviation "No.")
  const stop = /^\p{L}+\.$/u.test(ctx.lower[b]) && SHORT_CONTENT.has(ctx.lower[b].slice(0, -1)) ? 1 : 0;
  return [ctx.starts[a], ctx.ends[b] - stop];
}

/** An event whose content is the character span `span` (a named source unless `extra` says otherwise). */
function event(
  cue: [number, number],
  cueType: CueHit["type"],
  speaker: [number, number] | null,
  span: [number, number],
  first: number,
  last: number,
  extra: Partial<Event> = {},
): Event {
  return { cue, cueType, speaker, resolvedBy: "name", start: span[0], end: span[1], first, last, ...extra };
}

/** Events of the sentence tokens [lo, hi], skipping tokens flagged in `used`. */
export function sentenceEvents(
  ctx: Ctx,
  lo: number,
  hi: number,
  used: Uint8Array,
  frameSpeakers: ReadonlyMap<number, [number, number] | null> = new Map(),
): Event[] {
  const events: Event[] = [];
  // clause start: after tokens used by direct-quote frames
  let start = lo;
  while (start <= hi && used[start]) start++;
  if (start > hi) return events;
  // the words before a quotation's frame ("Asked if ..., Trump replied, “...”") end before it
  for (let j = start + 1; j <= hi; j++) {
    if (!used[j]) continue;
    let k = j;
    while (k <= hi && used[k]) k++;
    if (k <= hi && ctx.pos[k] === "QUOTE" && ctx.pos[j - 1] !== "QUOTE" && ctx.inMark[j - 1] < 0) hi = j - 1;
    break;
  }
  // a participle clause right after a direct quotation's frame: "“...,” he said, adding that ..."
  for (let i = start; i <= hi; i++) {
    if (used[i] || ctx.inMark[i] >= 0 || ctx.pos[i] === "QUOTE") continue;
    if (i > lo && used[i - 1] && frameSpeakers.has(i - 1)) {
      const ev = chainedClause(ctx, ctx.lower[i] === "," ? i + 1 : i, hi, frameSpeakers.get(i - 1) ?? null);
      if (ev) return [ev];
    }
    break;
  }

  let sourcePhraseAt = -1;
  for (let i = start + 1; i <= hi; i++) {
    if (
      !used[i] &&
      ctx.inMark[i] < 0 &&
      ctx.lower[i - 1] === "," &&
      matchPhrase(ctx, i, SOURCE_PHRASES) > 0
    ) {
      sourcePhraseAt = i;
      break;
    }
  }

  // "CONTENT, he said." / "CONTENT, said X, the ..." / "A, she said, B.": one frame between commas
  // makes the whole sentence one attribution
  if (
    sourcePhraseAt < 0 &&
    matchPhrase(ctx, start, SOURCE_PHRASES) === 0 &&
    matchPhrase(ctx, start, OPINION_PHRASES) === 0
  ) {
    const evs = commaFrame(ctx, start, hi, used);
    if (evs) return evs;
  }

  // "Name: words" at the start of a paragraph or headline (transcripts, headline attributions)
  if (start === lo && ctx.sentFirst[ctx.sent[lo]] === lo) {
    let c = lo;
    while (
      c <= hi &&
      c - lo < 8 &&
      ctx.lower[c] !== ":" &&
      (ctx.pos[c] === "PROPN" || isCap(ctx.words[c]) || ctx.pos[c] === "PUNCT")
    )
      c++;
    // the label must name someone (a person, an organisation, a country): "Graphic:", "Disclaimer:"
    // and other page labels are furniture, not speakers
    const namesAgent = ctx.nonAgent.subarray(lo, c).some((kind) => kind >= 2);
    if (
      c > lo &&
      c <= hi &&
      ctx.lower[c] === ":" &&
      ctx.pos[c - 1] !== "PUNCT" &&
      namesAgent &&
      isFirstInBlock(ctx, lo)
    ) {
      const span = contentSpan(ctx, c + 1, hi);
      if (span) {
        const run = lastPropnRun(ctx, lo, c - 1);
        events.push(event([c, c], "speech", run ?? [lo, c - 1], span, lo, hi));
        return events;
      }
    }
  }

  for (let i = start; i <= hi; i++) {
    if (used[i] || ctx.inMark[i] >= 0) continue;
    const prevEnd = events.length ? events[events.length - 1].last + 1 : start;
    const insideContent = prevEnd > i;

    // "according to X, ..." / "..., according to X."
    const pl = insideContent ? 0 : matchPhrase(ctx, i, SOURCE_PHRASES);
    if (pl > 0) {
      let np = npRight(ctx, i + pl, hi + 1) ?? looseSource(ctx, i + pl, hi);
      if (!np) continue;
      // extend over "of" chains and participles up to the comma: "the press secretary of the
      // President ... Ivan Ivanov", "exit polls conducted for the AP"
      let e = np[1];
      while (
        e + 1 <= hi &&
        ctx.lower[e + 1] !== "," &&
        ctx.pos[e + 1] !== "PUNCT" &&
        !used[e + 1] &&
        e - np[0] < 20 &&
        ((ctx.pos[e + 1] !== "VERB" && ctx.pos[e + 1] !== "AUX") ||
          isCap(ctx.words[e + 1]) ||
          (ctx.pos[e + 1] === "VERB" && /(ed|en)$/.test(ctx.lower[e + 1])))
      )
        e++;
      if (ctx.lower[e + 1] === ",") np = [np[0], e];
      // "Paul Sperry of Counter Jihad": the name before "of" is the source
      let run = lastPropnRun(ctx, np[0], np[1]);
      const head = firstPropnRun(ctx, np[0], np[1]);
      if (head && ctx.lower[head[1] + 1] === "of" && head[1] < np[1]) run = [head[0], np[1]];
      const sp: [number, number] = run && run[1] === np[1] ? run : np;
      const atStart = i <= prevEnd + 1 || (i > lo && ctx.lower[i - 1] === "," && i - 1 <= prevEnd + 1);
      let span: [number, number] | null = null;
      let first = i;
      let last = np[1];
      if (atStart && ctx.lower[np[1] + 1] === ",") {
        span = contentSpan(ctx, np[1] + 2, hi);
        last = hi;
      } else if (i > prevEnd) {
        // "A, according to X, B": the content runs around the frame
        const around = ctx.lower[np[1] + 1] === "," && np[1] + 2 < hi;
        span = contentSpan(ctx, prevEnd, around ? hi : i - 1);
        if (around) last = hi;
        first = prevEnd;
      }
      if (span) {
        events.push(event([i, i + pl - 1], "speech", sp, span, first, last, { resolvedBy: "according-to" }));
        i = last;
      }
      continue;
    }

    // "In a Des Moines Register poll last month, X had a lead": a document or poll as the source
    if (!insideContent && i === start && ctx.lower[i] === "in") {
      const ev = documentSource(ctx, i, hi);
      if (ev) {
        events.push(ev);
        i = hi;
        continue;
      }
    }
    // "in his opinion, ..."
    const ol = insideContent ? 0 : matchPhrase(ctx, i, OPINION_PHRASES);
    if (ol > 0 && ctx.lower[i + ol] === ",") {
      const span = contentSpan(ctx, i + ol + 1, hi);
      if (span) {
        const pron = i + 1; // the possessive pronoun
        events.push(event([i, i + ol - 1], "belief", [pron, pron], span, i, hi));
        i = hi;
      }
      continue;
    }
    // a nominal cue with a that-clause: "his claim that ...", "amid fears that ..."
    const nounType =
      insideContent || ctx.pos[i] !== "NOUN"
        ? undefined
        : ctx.lower[i + 1] === "that" && ctx.pos[i + 1] !== "DET"
          ? CUE_NOUNS.get(ctx.lower[i])
          : ctx.lower[i + 1] === "to" && ctx.pos[i + 2] === "VERB" && CUE_NOUNS_TO.has(ctx.lower[i])
            ? ("intention" as const)
            : undefined;
    if (nounType && ctx.inMark[i] < 0) {
      const span = contentSpan(ctx, i + 2, hi);
      if (span) {
        let sp: [number, number] | null = null;
        const p = i - 1;
        if (p >= prevEnd && /^(his|her|their|its)$/.test(ctx.lower[p])) sp = [p, p];
        else if (p - 1 >= prevEnd && (ctx.lower[p] === "'s" || ctx.lower[p] === "’s"))
          sp = npLeft(ctx, p - 1, prevEnd);
        events.push(event([i, i], nounType, sp, span, sp ? sp[0] : i, hi, { noSource: !sp }));
        i = hi;
        continue;
      }
    }
    const hit = cueAt(ctx, i);
    if (!hit || (ACTION_FORMS.has(ctx.lower[i]) && !contentMarkerAfter(ctx, i))) continue;
    // "Asked about X, she said ...": a question put to the subject of the main clause
    if (
      !insideContent &&
      hit.lemma === "ask" &&
      (i === start || (i === start + 1 && /^(when|and|but|if)$/.test(ctx.lower[start])))
    ) {
      let e = i + 1;
      while (e <= hi && ctx.lower[e] !== "," && ctx.pos[e] !== "QUOTE") e++;
      let a = i + 1;
      let sp: [number, number] | null = null;
      if (ctx.lower[a] === "by") {
        sp = npRight(ctx, a + 1, e);
        if (sp) a = sp[1] + 1;
      }
      const span = e <= hi && e > a ? contentSpan(ctx, a, e - 1) : null;
      if (span) {
        events.push(event([i, i], "speech", sp, span, start, e));
        i = e;
        continue;
      }
    }
    // inside the content of an earlier cue only a chained cue ("..., adding that") or a core
    // reporting verb with its own subject ("... Republicans who say the law ...") starts a new one
    let nested: [number, number] | null = null;
    // the word before the cue, past auxiliaries and adverbs ("but did note", "and also said")
    let before = i - 1;
    while (before > lo && (BETWEEN_CHAIN.has(ctx.lower[before]) || ctx.pos[before] === "ADV")) before--;
    const chained =
      (ctx.lower[before] === "," && /ing$/.test(ctx.lower[i])) ||
      ctx.lower[before] === "and" ||
      ctx.lower[before] === "but";
    if (insideContent && !chained) {
      const prev = events[events.length - 1];
      const from = tokenAt(ctx, prev.start);
      nested = subjectLeft(ctx, i, from + 1);
      if (!nested) continue;
      // only a coordinated clause ("... and Trump says ...") starts a new attribution; a subordinate
      // one ("because she believed ...") stays inside the outer content. A non-restrictive relative
      // (", who called ...") is a clause of its own for any cue; other clauses need a core verb.
      const joint = nested[0] - 1 >= from ? ctx.lower[nested[0] - 1] : "";
      if (!COORDINATORS.has(joint)) continue;
      const relative = joint === "," && /^(who|which)$/.test(ctx.lower[nested[0]]);
      if (!NESTING.has(hit.lemma) && !relative) continue;
      const cut = contentSpan(ctx, from, nested[0] - 1);
      if (cut) prev.end = Math.min(prev.end, cut[1]);
    }
    // a later "according to" names the source of the whole sentence
    if (!insideContent && sourcePhraseAt >= 0 && i < sourcePhraseAt) continue;
    let speaker = nested ?? subjectLeft(ctx, i, prevEnd);
    let cueEnd = i;
    if (ctx.lower[i + 1] === "out" || (hit.lemma === "point" && ctx.lower[i + 1] === "to")) cueEnd = i + 1;

    // other passives: "A decision is expected in May", "The meeting was first reported by Politico":
    // the clause is the content, the agent (if any) the source
    if (
      !insideContent &&
      !nested &&
      !hit.adjective &&
      isPassive(ctx, i, prevEnd) &&
      !DEMONSTRATIVE.has(ctx.lower[lo])
    ) {
      let sp: [number, number] | null = null;
      if (ctx.lower[i + 1] === "by") sp = npRight(ctx, i + 2, hi + 1);
      // a stranded preposition ("has been commented on in Moscow", "was talked about"): the
      // subject is the topic of the speech, not its content, and no content clause follows
      else if (strandedPreposition(ctx, i + 1, hi)) continue;
      const from = speaker ? speaker[0] : prevEnd;
      // an agentless passive's clause stops at a semicolon: what follows may be another attribution
      let stop = hi;
      if (!sp)
        for (let k = i + 1; k <= hi; k++)
          if (ctx.lower[k] === ";") {
            stop = k - 1;
            break;
          }
      const span = contentSpan(ctx, from, sp ? i - 1 : stop);
      if (span) {
        events.push(event([i, i], hit.type, sp, span, from, sp ? hi : stop, { noSource: !sp }));
        i = sp ? hi : stop;
      }
      continue;
    }

    // passive with a demonstrative subject: "This was stated by X" attributes the previous sentence
    if (ctx.lower[i + 1] === "by" && i - 2 >= lo && DEMONSTRATIVE.has(ctx.lower[lo]) && i - lo <= 4) {
      const np = npRight(ctx, i + 2, hi + 1);
      const ps = ctx.sent[lo] - 1;
      if (np && ps >= 0 && ctx.sentFirst[ps] >= 0) {
        const run = lastPropnRun(ctx, np[0], Math.min(hi, np[1] + 8));
        const sp: [number, number] = run ?? np;
        const span = contentSpan(ctx, ctx.sentFirst[ps], ctx.sentLast[ps]);
        if (span && ctx.inMark[ctx.sentFirst[ps]] < 0) {
          events.push(event([i - 1, i + 1], hit.type, sp, span, lo, hi));
          i = hi;
          continue;
        }
      }
    }

    // a chained cue ("..., adding that") shares the previous source
    let inherited = false;
    if (!speaker && events.length && before > lo && CHAIN.has(ctx.lower[before])) {
      speaker = events[events.length - 1].speaker;
      inherited = true;
      const prev = events[events.length - 1];
      // the previous content stops before this cue's clause
      if (prev.end > ctx.starts[before]) {
        const cut = contentSpan(ctx, tokenAt(ctx, prev.start), before - 1);
        if (cut) prev.end = cut[1];
      }
    }

    // a coordinated verb with no attribution before it: "X became a delegate and said ..." shares
    // the subject of the verb before "and"
    if (!speaker && !insideContent && (ctx.lower[before] === "and" || ctx.lower[before] === "but"))
      speaker = coordinatedSubject(ctx, before, prevEnd);

    // raising verbs ("he seems to have ...", "voters appear to care"): the clause with its subject
    // is the content, and the subject is the holder of the stance (as PolNeAR annotates it)
    if (RAISING.has(hit.lemma) && speaker && !inherited) {
      const span = contentSpan(ctx, speaker[0], hi);
      if (span) {
        events.push(event([i, i], hit.type, speaker, span, speaker[0], hi));
        i = hi;
        continue;
      }
    }

    // forward content
    let a = cueEnd + 1;
    if (OBJECT_VERBS.has(hit.lemma)) {
      const obj = npRight(ctx, a, hi + 1);
      if (obj && ["that", ",", ":", "."].includes(ctx.lower[obj[1] + 1] ?? "")) a = obj[1] + 1;
    }
    // skip a prepositional frame before "that": "said in a statement that"
    for (let j = a; j <= Math.min(hi, a + 12); j++) {
      if (ctx.lower[j] === "that" && ctx.pos[j] !== "DET") {
        a = j + 1;
        break;
      }
      if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX" || ctx.pos[j] === "QUOTE") break;
    }
    while (a <= hi && SKIP_AFTER_CUE.has(ctx.lower[a])) a++;
    // an adjunct right after the verb ("said at the time, ...", "spoke in an interview") is no content
    if (a <= hi && ctx.pos[a] === "ADP" && !PREP_COMPLEMENT.has(ctx.lower[a])) {
      // skip prepositional phrases: ADP + noun phrase, repeatedly ("in an interview with the Post")
      let j = a;
      while (j <= hi && ctx.pos[j] === "ADP" && (j > a || !PREP_COMPLEMENT.has(ctx.lower[j]))) {
        const np = npRight(ctx, j + 1, hi + 1);
        j = np ? np[1] + 1 : j + 1;
      }
      while (j <= hi && (ctx.lower[j] === "," || ctx.lower[j] === "that")) j++;
      a = j;
    }
    const rightSpeaker = !speaker ? subjectRight(ctx, i, hi + 1) : null;
    const endsSoon = (from: number) => {
      // only a source and a short prepositional tail remain: "..., said X (in a statement)."
      for (let j = from; j <= hi; j++) if (ctx.pos[j] === "VERB" || ctx.lower[j] === "that") return false;
      return true;
    };
    if (
      !speaker &&
      rightSpeaker &&
      i > prevEnd &&
      (ctx.lower[i - 1] === "," || ctx.pos[i - 1] === "QUOTE") &&
      endsSoon(rightSpeaker[1] + 1)
    ) {
      // inverted end frame: "CONTENT, said X."
      const span = contentSpan(ctx, prevEnd, i - 2);
      let sp = rightSpeaker;
      const run = lastPropnRun(ctx, sp[0], sp[1]);
      if (run && ctx.lower[sp[0]] !== "the") sp = run;
      if (span) events.push(event([i, i], hit.type, sp, span, prevEnd, hi));
      i = hi;
      continue;
    }
    if (!speaker) continue;

    if (POINTERS.has(hit.lemma) && a <= hi && namedDocument(ctx, a, hi)) continue;
    let forward = a <= hi ? contentSpan(ctx, a, hi) : null;
    // an object relative: "which Clinton conceded", "what Trump told NBC" — the pronoun is the content
    if (
      !forward &&
      speaker &&
      speaker[0] > lo &&
      speaker[1] < i &&
      /^(which|what)$/.test(ctx.lower[speaker[0] - 1])
    ) {
      const w = speaker[0] - 1;
      forward = [ctx.starts[w], ctx.ends[w]];
    }
    // a stance verb's bare object is its content: "endorsed Trump", "criticized him"
    if (!forward && a <= hi && (TRANSITIVE_STANCE.has(hit.lemma) || hit.type !== "speech")) {
      const obj = npRight(ctx, a, hi + 1);
      if (obj && !TIME_WORD.test(ctx.words[obj[1]])) forward = [ctx.starts[obj[0]], ctx.ends[obj[1]]];
    }
    if (forward && !(speaker[0] > i)) {
      events.push(event([i, cueEnd], hit.type, speaker, forward, inherited ? i : speaker[0], hi));
      continue;
    }
    // end frame with the subject first: "CONTENT, he said."
    if (speaker[0] > prevEnd + 1 && ctx.lower[speaker[0] - 1] === ",") {
      const span = contentSpan(ctx, prevEnd, speaker[0] - 2);
      if (span) events.push(event([i, cueEnd], hit.type, speaker, span, prevEnd, hi));
      i = hi;
    }
  }
  // a poll or document named after the clause: "Kasich was at 25 percent in the most recent Fox poll"
  if (events.length === 0) {
    const ev = documentAfter(ctx, start, hi, used);
    if (ev) events.push(ev);
  }
  // hearsay adverbs with no other attribution: "He reportedly met the donors on Sunday"
  if (events.length === 0) {
    for (let i = start; i <= hi; i++) {
      if (!used[i] && ctx.inMark[i] < 0 && HEARSAY.has(ctx.lower[i])) {
        const span = contentSpan(ctx, start, hi);
        if (span) events.push(event([i, i], "speech", null, span, start, hi, { noSource: true }));
        break;
      }
    }
  }
  return events;
}

const PERSON_OBJECTS = new Set(["him", "her", "them", "me", "us", "you", "himself", "herself"]);

/**
 * Does a content marker follow the verb at `i` (past a particle or adverb): a that-, whether- or
 * if-clause, a colon or a quotation? Action verbs need one to report anything.
 */
function contentMarkerAfter(ctx: Ctx, i: number): boolean {
  let k = i + 1;
  while (k < ctx.n && k <= i + 3 && (ctx.pos[k] === "ADV" || ctx.pos[k] === "ADP") && ctx.lower[k] !== "that")
    k++;
  if (k >= ctx.n) return false;
  const w = ctx.lower[k];
  if (
    (w === "that" && ctx.pos[k] !== "DET") ||
    w === "whether" ||
    w === "if" ||
    w === ":" ||
    ctx.pos[k] === "QUOTE"
  )
    return true;
  // "attacked her rival": a verbal act on a person
  return ACTION_FORMS.get(ctx.lower[i]) === true && (ctx.nonAgent[k] === 2 || PERSON_OBJECTS.has(w));
}

/** Longest source noun phrase of a sentence-opening "In a ... poll," frame. */
const MAX_SOURCE_NP = 12;

/**
 * "In a/the ... NOUN, CONTENT": a noun phrase headed by a document or poll noun, then a comma,
 * then a clause with no cue of its own ("In an interview, he said ..." is the cue's event).
 */
function documentSource(ctx: Ctx, i: number, hi: number): Event | null {
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
  return event([i, i], "speech", [i + 1, c - 1], span, i, hi, { resolvedBy: "according-to" });
}

/** Longest look-back from a coordinating word to the verb of the first clause. */
const MAX_COORDINATED = 25;

/** The subject of the nearest verb before the coordinating word at `and`, or null. */
function coordinatedSubject(ctx: Ctx, and: number, lo: number): [number, number] | null {
  for (let j = and - 1; j >= lo && j >= and - MAX_COORDINATED; j--) {
    if (ctx.inMark[j] >= 0 || ctx.pos[j] === "QUOTE") return null;
    if (ctx.pos[j] !== "VERB" && ctx.pos[j] !== "AUX") continue;
    const sp = subjectLeft(ctx, j, lo);
    if (sp) return sp;
  }
  return null;
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

/** Fewest tokens of a clause before its "in a ... poll" source. */
const MIN_CLAUSE_BEFORE_SOURCE = 4;

/**
 * "CLAUSE in a/the ... NOUN": a prepositional phrase headed by a document or poll noun after a
 * clause with no cue of its own is the clause's source (as a sentence-opening one is).
 */
function documentAfter(ctx: Ctx, start: number, hi: number, used: Uint8Array): Event | null {
  let verb = false;
  for (let i = start; i < hi; i++) {
    if (ctx.pos[i] === "VERB" || ctx.pos[i] === "AUX") verb = true;
    // the clause before the phrase has a verb ("Forty-six percent of people in the poll" has none)
    if (!verb || i < start + MIN_CLAUSE_BEFORE_SOURCE) continue;
    if (ctx.lower[i] !== "in" || used[i] || ctx.inMark[i] >= 0) continue;
    if (!/^(DET|PRON)$/.test(ctx.pos[i + 1]) && ctx.pos[i + 1] !== "PROPN") continue;
    for (let c = i + 1; c <= hi && c - i <= MAX_SOURCE_NP; c++) {
      const p = ctx.pos[c];
      if (p === "PUNCT" || p === "AUX" || p === "QUOTE" || p === "ADP" || (p === "VERB" && c > i + 1)) break;
      if (!POLL_NOUNS.has(ctx.lower[c]) || p === "VERB") continue;
      // the head of the phrase: the noun is not a modifier ("poll numbers"); "in the polls" and
      // "in some polls" are idioms of standing, not sources
      if (ctx.pos[c + 1] === "NOUN" || (c === i + 2 && /s$/.test(ctx.lower[c]))) break;
      const span = contentSpan(ctx, start, i - 1);
      if (!span) return null;
      return event([i, i], "speech", [i + 1, c], span, start, c, { resolvedBy: "according-to" });
    }
  }
  return null;
}

/** Is token `i` the first token of its block? */
function isFirstInBlock(ctx: Ctx, i: number): boolean {
  return i === 0 || ctx.block[i - 1] !== ctx.block[i];
}

/** Longest frame between commas: "said John Smith", "the campaign said in a statement". */
const MAX_FRAME = 14;

function commaFrame(ctx: Ctx, start: number, hi: number, used: Uint8Array): Event[] | null {
  for (let c = start + 2; c < hi; c++) {
    if (ctx.lower[c] !== "," || used[c] || ctx.inMark[c] >= 0) continue;
    let e = c + 1;
    while (e <= hi && ctx.lower[e] !== "," && ctx.pos[e] !== "QUOTE" && !used[e]) e++;
    if (e - c > MAX_FRAME) continue;
    const f = frameAfter(ctx, c + 1, e);
    // "..., signed by Russia in 1855": an action is no speech frame
    if (!f?.speaker || f.relay || ACTION_FORMS.has(ctx.lower[f.cue[0]])) continue;
    const cue = f.cue[1];
    let verbAfter = false;
    let clause = false;
    for (let j = cue + 1; j <= hi; j++) {
      if (used[j]) break;
      if (ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX") verbAfter = true;
      if (j < e && (ctx.lower[j] === "that" || ctx.pos[j] === "VERB" || ctx.pos[j] === "AUX")) clause = true;
    }
    if (clause) continue;
    // after the verb (and a source named after it) only an adjunct may follow: "said on Tuesday"
    let j = Math.max(cue, f.speaker[0] > cue ? f.speaker[1] : cue) + 1;
    // ... or the addressee of "tell", "assure": "..., Smith told reporters."
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
    if (
      j < e &&
      ctx.pos[j] !== "ADP" &&
      ctx.pos[j] !== "ADV" &&
      !(f.speaker[0] > cue && ctx.lower[j] === ",")
    )
      continue;
    // "CONTENT, she said, adding that ...": the participle clause is a second attribution
    const chained = ctx.lower[e] === "," && e + 1 <= hi ? chainedClause(ctx, e + 1, hi, f.speaker) : null;
    let span: [number, number] | null;
    if (!verbAfter || chained) span = contentSpan(ctx, start, c - 1);
    else if (ctx.lower[e] === ",") span = contentSpan(ctx, start, hi);
    else continue;
    if (!span) continue;
    const first = event(f.cue, f.cueType, f.speaker, span, start, hi);
    return chained ? [first, chained] : [first];
  }
  return null;
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
  if (!hit) return null;
  i = c;
  let a = i + 1;
  while (a <= hi && SKIP_AFTER_CUE.has(ctx.lower[a])) a++;
  if (POINTERS.has(hit.lemma) && namedDocument(ctx, a, hi)) return null;
  const span = contentSpan(ctx, a, hi);
  if (!span) return null;
  return event([i, i], hit.type, speaker, span, i, hi);
}

/** Is the preposition at `k` stranded (no object of its own: "commented on in Moscow", "talked about.")? */
function strandedPreposition(ctx: Ctx, k: number, hi: number): boolean {
  if (k > hi || !STRANDED.has(ctx.lower[k])) return false;
  if (!(k === hi || ctx.pos[k + 1] === "ADP" || ctx.pos[k + 1] === "PUNCT")) return false;
  // "what X is accused of": the relative pronoun is the content
  for (let j = k - 1; j >= 0 && j >= k - 10 && ctx.sent[j] === ctx.sent[k]; j--)
    if (/^(what|which)$/.test(ctx.lower[j])) return false;
  return true;
}
/** Prepositions that need an object ("commented on", "talked about"), unlike particles ("written off"). */
const STRANDED = new Set(["on", "about", "upon", "to", "of", "with", "for"]);

/**
 * Is the content at `a` only the name of a document ("the Versailles Treaty, signed in 1919", "the Treaty
 * of Paris.")? A capitalised document noun in a noun phrase that ends the clause or meets a comma.
 */
function namedDocument(ctx: Ctx, a: number, hi: number): boolean {
  const np = npRight(ctx, a, hi + 1);
  if (!np || (np[1] < hi && ctx.pos[np[1] + 1] !== "PUNCT")) return false;
  for (let k = np[0]; k <= np[1]; k++)
    if (isCap(ctx.words[k]) && DOCUMENT_NAMES.has(ctx.lower[k])) return true;
  return false;
}

const BE_FORMS = new Set(["is", "was", "were", "are", "been", "being", "be", "'s"]);

/** Is the cue at `i` a passive participle ("is expected", "was first reported")? */
function isPassive(ctx: Ctx, i: number, lo: number): boolean {
  if (!/(ed|en|wn|ld|ght|id)$/.test(ctx.lower[i])) return false;
  let k = i - 1;
  while (k >= lo && (ctx.pos[k] === "ADV" || ctx.lower[k] === "not" || ctx.lower[k] === "n't")) k--;
  return k >= lo && BE_FORMS.has(ctx.lower[k]);
}
