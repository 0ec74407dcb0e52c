/**
 * Mention candidates: runs of capitalised words (with name particles and "of"/"for" joins after
 * organisation, event and place heads), split into a demonym, a title and a name, and classified
 * by lexicon, head noun and context. One left-to-right pass over the words of each sentence.
 */
import { classifyName, fold, type Kind, type NameClass } from "./classify.js";
import { gazetteer } from "./gazetteer.js";
import { genderOfGiven } from "../util/given-names.js";
import { nameOnly } from "../syntax/index.js";
import {
  calendarWords,
  cities,
  companySuffixes,
  demonymsExtra,
  eventHeads,
  locativePreps,
  placeOfNouns,
  matchPhraseAt,
  nations,
  officeHeads,
  orgByName,
  orgDescriptionNouns,
  placeNouns,
  regions,
  roleNouns,
  nameStopwords,
  speechVerbs,
  stopwords,
  titles,
} from "./lexicons.js";
import { ADJECTIVAL, capWord, cutRun, MAX_RUN, runEnd } from "./runs.js";
import type { Word } from "./words.js";

export interface Candidate {
  /** Word range [a, b). */
  a: number;
  b: number;
  kind: Kind;
  /** Canonical name given by a lexicon (country, organisation). */
  key?: string;
  /** Country of a nationality adjective or of a capital. */
  country?: string;
  metonymy: boolean;
  /** Title written before the name in the same run ("Prime Minister"), and its demonym's country. */
  title?: string;
  titleCountry?: string;
  /** A description that refers back to a person ("the expert"): the role noun. */
  description?: string;
  /** Found by matching an ALL-CAPS headline against names known from the body. */
  caps?: boolean;
  /** Text forced by the caller (caption credit or source). */
  forced?: boolean;
  /** A part of one word ("Japan" in "Japan-US"): its own character span. */
  span?: { start: number; end: number };
  /** First word of the capitalised run the name came from (before a demonym or title). */
  runStart?: number;
  /** The name opens its sentence (so its capital letter says little). */
  initial?: boolean;
  /** The place of a dateline ("LONDON 1996-08-30"). */
  dateline?: boolean;
}

const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", "„", "•", "-", "–", "—", ":"]);
const NUMBERISH = /^(\d|[IVX]+$)/;
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const VERSUS = new Set([
  "beat",
  "beats",
  "v",
  "vs",
  "vs.",
  "drew",
  "defeated",
  "edged",
  "routed",
  "thrashed",
  "outlasted",
]);
const DATE_TOKEN = /^\d{4}-\d\d-\d\d$|^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|i|ish|ch)$/u;

/** Is the word at i the first of its sentence (ignoring opening quotes and brackets)? */
export function sentenceInitial(words: readonly Word[], i: number, sentStart: number): boolean {
  let k = i - 1;
  // A few openers at most ("(“"), so the look-back stays bounded.
  while (k >= sentStart && k >= i - 4 && OPENERS.has(words[k].text)) k--;
  return k < sentStart || words[k].newline || words[i].newline;
}

export interface SentenceRange {
  start: number;
  end: number;
  caps: boolean;
}

/** Word ranges of sentences, and whether each is written in capitals (a headline). */
export function sentenceRanges(words: readonly Word[]): SentenceRange[] {
  const out: SentenceRange[] = [];
  let i = 0;
  // A sentence ends at its tokens' sentence boundary or at a line break (headlines, datelines, lists).
  while (i < words.length) {
    const s = words[i].sentence;
    let j = i;
    let letters = 0;
    let upper = 0;
    while (j < words.length && words[j].sentence === s && (j === i || !words[j].newline)) {
      const w = words[j];
      if (/\p{L}{2}/u.test(w.text)) {
        letters++;
        if (w.upper) upper++;
      }
      j++;
    }
    out.push({ start: i, end: j, caps: letters >= 1 && upper / letters >= 0.8 && upper >= 1 });
    i = j;
  }
  return out;
}

/** The body-text recogniser for one (mixed-case) sentence. */
export function recogniseSentence(words: readonly Word[], s: SentenceRange, out: Candidate[]): void {
  let i = dateline(words, s, out);
  let listPlace = false; // inside "the islands of X, Y and Z"
  while (i < s.end) {
    const w = words[i];
    if (w.cap && ADJECTIVAL.test(w.text)) {
      // "London-based", "Surinamese-born": an adjective naming a place or a people.
      out.push({ a: i, b: i + 1, kind: "other", metonymy: false });
      i++;
      continue;
    }
    if (!capWord(w)) {
      if (listPlace && !(w.text === "," || w.lower === "and" || w.lower === "the")) listPlace = false;
      describe(words, s, i, out);
      i++;
      continue;
    }
    const { j, joinHead } = runEnd(words, i, s.end);
    if (j < s.end && words[j].cap && ADJECTIVAL.test(words[j].text) && !words[j].newline) {
      // "Hong Kong-based", "St. Louis-based": the whole name is part of the adjective (not a
      // sentence's capitalised article: "The New York-based company")
      const a = /^(the|a|an)$/.test(w.lower) ? i + 1 : i;
      out.push({ a, b: j + 1, kind: "other", metonymy: false });
      i = j + 1;
      continue;
    }
    decomposeRun(words, s, i, j, joinHead, listPlace, out);
    // A following "and"/"," keeps a place list going; "islands of" / "village of" starts one.
    listPlace =
      listPlace || (i >= 1 && words[i - 1].lower === "of" && placeNouns.has(words[i - 2]?.lower ?? ""));
    i = j;
  }
}

/** Splits and classifies the capitalised run [i, j) as one name, or window by window when it is too long for one. */
function decomposeRun(
  words: readonly Word[],
  s: SentenceRange,
  i: number,
  j: number,
  joinHead: Kind | null,
  listPlace: boolean,
  out: Candidate[],
): void {
  if (j - i <= MAX_RUN) {
    decompose(words, s, i, j, joinHead, listPlace, out);
    return;
  }
  // Longer than any name (a title-case heading, a pathological paragraph): window by window,
  // so that splitting and classifying stay linear in the run's length.
  for (let a = i; a < j; ) {
    const e = cutRun(words, a, j);
    decompose(words, s, a, e, null, listPlace, out);
    a = e;
  }
}

/**
 * A dateline opening a line: "MILWAUKEE , Wisconsin 1996-08-29", "LONDON 1996-08-30": the words in
 * capitals are a place. Returns the index after it (s.start when there is none).
 */
function dateline(words: readonly Word[], s: SentenceRange, out: Candidate[]): number {
  let k = s.start;
  while (k < s.end && k - s.start < 4 && words[k].upper) k++;
  if (k === s.start || k >= s.end) return s.start;
  const next = words[k];
  const follows =
    DATE_TOKEN.test(next.text) ||
    (next.text === "," && k + 1 < s.end && words[k + 1].cap) ||
    ((next.text === "(" || next.text === "-" || next.text === "—" || next.text === "–") && k - s.start <= 3);
  if (!follows) return s.start;
  const known = classifyName(words, s.start, k);
  const kind =
    known.kind === "unknown" || known.kind === "organization" || known.kind === "capital"
      ? "place"
      : known.kind;
  out.push({
    a: s.start,
    b: k,
    kind,
    key: known.key,
    country: known.country,
    metonymy: false,
    dateline: true,
  });
  return k;
}

/** Splits one capitalised run into mentions and classifies them. */
function decompose(
  words: readonly Word[],
  s: SentenceRange,
  start: number,
  stop: number,
  joinHead: Kind | null,
  listPlace: boolean,
  out: Candidate[],
): void {
  const run = trimRun(words, s, start, stop);
  if (!run) return;
  const { a, b } = run;
  // A hyphenated compound of countries or demonyms ("Japan-US", "Japanese-Russian").
  if (b - a === 1 && words[a].text.includes("-") && splitCompound(words, a, out)) return;
  // a title alone, even in capitals ("the PM said"), names no one by itself
  if (titlesAt(words, a, b) === b - a || officeWithoutName(words, a, b)) return;
  const whole = classifyName(words, a, b, joinHead);
  // "the Greek Ionian Islands": a nationality, then the place.
  if (whole.kind === "place" && b - a > 2 && gazetteer.countryByDemonym.has(words[a].text)) {
    out.push({
      a,
      b: a + 1,
      kind: "nationality",
      country: gazetteer.countryByDemonym.get(words[a].text),
      metonymy: false,
    });
    push(words, s, a + 1, b, "place", out, undefined, undefined, listPlace);
    return;
  }
  if (
    whole.kind !== "unknown" &&
    whole.kind !== "person" &&
    !(whole.kind === "organization" && !whole.key && titledPersonInside(words, a, b))
  ) {
    push(words, s, a, b, whole.kind, out, whole.key, whole.country, listPlace);
    return;
  }
  splitTitledName(words, s, a, b, whole, joinHead, listPlace, out);
}

/**
 * "Commercial Director", "Chief Customer and Commercial Officer": capitalised common words that
 * end in an office (lexicons/entities/office-heads.txt), or a title's words before "and" and such
 * an office, with no given name and no known name among them: an office written without a name.
 */
function officeWithoutName(words: readonly Word[], a: number, b: number): boolean {
  const titleWords = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const kind = classifyName(words, k, k + 1).kind;
      const common = genderOfGiven(words[k].text) === null && (kind === "unknown" || kind === "organization");
      if (!common && matchTitle(words, k, k + 1) === 0) return false;
    }
    return true;
  };
  // (no known place before the office: "United States Secretary of Defense X"; a body's office is
  // one: "The LSK President stated")
  const office = (from: number, to: number) =>
    to - from >= 2 &&
    officeHeads.has(words[to - 1].lower) &&
    titleWords(from, to - 1) &&
    /^(unknown|organization)$/.test(classifyName(words, from, to - 1).kind);
  if (office(a, b)) return true;
  // (the first of two offices joined by "and": "Chief Customer and Commercial Officer")
  if (words[b]?.lower !== "and" || matchTitle(words, a, b) === 0 || !titleWords(a, b)) return false;
  let end = b + 1;
  while (end < words.length && capWord(words[end])) end++;
  return office(b + 1, end);
}

/**
 * "St. Louis County Prosecutor Robert McCulloch", "Los Angeles County Sheriff Alex Villanueva": a
 * title inside the run with a person's name after it; the body before the title is no part of
 * the name, however its words made the whole run look like an organisation's.
 */
function titledPersonInside(words: readonly Word[], a: number, b: number): boolean {
  for (let p = a + 1; p < b - 1; p++) {
    const t = titlesAt(words, p, b);
    if (t > 0 && p + t < b && classifyName(words, p + t, b).kind === "person") return true;
  }
  return false;
}

/**
 * "He Jianxiong, a professor ...", "Will Moy said": a stopword that is also a name, opening a run
 * of two or more names that stands before a comma or a speech verb.
 */
function nameOpening(words: readonly Word[], a: number, b: number): boolean {
  if (!nameStopwords.has(words[a].text) || b - a < 2 || stopwords.has(words[a + 1].text)) return false;
  const after = words[b];
  return !!after && (after.text === "," || speechVerbs.has(after.lower));
}

/**
 * The run without what is not part of a name: a day or month after it, leading function words
 * and a sentence-initial common word; null when nothing is left.
 */
function trimRun(
  words: readonly Word[],
  s: SentenceRange,
  a: number,
  b: number,
): { a: number; b: number } | null {
  // A day or month after the name is the date ("CNBC Friday").
  while (b - a > 1 && calendarWords.has(words[b - 1].text)) b--;
  // Leading function words ("The", "In", "According") and a sentence-initial common word.
  while (a < b && stopwords.has(words[a].text) && !orgByName.has(spanText(words, a, b))) {
    if (nameOpening(words, a, b)) return { a, b };
    a++;
  }
  if (a >= b) return null;
  // (a legal form alone, after a bracketed acronym: "Company (NNPC) Limited")
  if (b - a === 1 && companySuffixes.has(words[a].text)) return null;
  // ("Singer Lara Fabian, who ...": an occupation opening the sentence is no part of the name)
  // (not a title the run's splitting reads: "Secretary of State John Kerry")
  if (
    sentenceInitial(words, a, s.start) &&
    b - a >= 3 &&
    roleNouns.has(words[a].lower) &&
    titlesAt(words, a, b) === 0 &&
    !stopwords.has(words[a + 1].text) &&
    !knownWhole(words, a, b)
  )
    return { a: a + 1, b };
  if (
    sentenceInitial(words, a, s.start) &&
    words[a].pos !== "PROPN" &&
    !words[a].upper &&
    classifyName(words, a, a + 1).kind === "unknown" &&
    !knownWhole(words, a, b)
  ) {
    a++;
    while (a < b && stopwords.has(words[a].text)) a++;
    if (a >= b) return null;
  }
  return { a, b };
}

/**
 * A run that is a person or unknown as a whole, split into what precedes the name (a known
 * country, organisation or city; a demonym; an organisation before a title; titles) and the name.
 */
function splitTitledName(
  words: readonly Word[],
  s: SentenceRange,
  a: number,
  b: number,
  whole: NameClass,
  joinHead: Kind | null,
  listPlace: boolean,
  out: Candidate[],
): void {
  // "Secretary for Information and Publicity Christopher Mutsvangwa": the last word of a
  // portfolio, then a given name, opens the run
  a += portfolioTail(words, a, b);
  // A known country, organisation or city at the start of the run, then a name
  // ("the Russian Federation Ivan Petrov").
  const beforeSplit = out.length;
  let n = splitKnownPrefix(words, s, a, b, listPlace, out);
  // Demonym + title + name ("Japanese Prime Minister Taro Yamada"); a country name works the
  // same way ("US President X").
  let titleCountry =
    out.length > beforeSplit && out[out.length - 1].kind === "country" ? out[out.length - 1].key : undefined;
  const dem = gazetteer.countryByDemonym.get(words[n].text);
  const demonym = !!dem || demonymsExtra.has(words[n].text);
  if (b - n === 2 && demonym && classifyName(words, n + 1, b).kind === "nationality") {
    // "Iraqi Kurds", "South African Afrikaners": one group.
    push(words, s, n, b, "nationality", out, undefined, dem, listPlace);
    return;
  }
  if (b - n > 1 && demonym && (matchTitle(words, n + 1, b) > 0 || nameAfterDemonym(words, n, b))) {
    out.push({ a: n, b: n + 1, kind: "nationality", country: dem, metonymy: false });
    titleCountry = dem;
    n++;
  }
  n = splitBeforeTitle(words, s, n, b, listPlace, out);
  let t = titlesAt(words, n, b);
  if (t > 0) t += officeAfterTitle(words, n + t, b);
  if (t > 0 && t === b - n) return; // a title alone ("the President")
  let title: string | undefined;
  if (t > 0) {
    title = spanText(words, n, n + t);
    n = splitKnownPrefix(words, s, n + t, b, listPlace, out);
  }
  if (n >= b) return;
  const name = n === a ? whole : classifyName(words, n, b, joinHead);
  const kind = title ? (name.kind === "unknown" ? "person" : name.kind) : name.kind;
  const c = push(words, s, n, b, kind, out, name.key, name.country, listPlace);
  if (c) c.runStart = a;
  if (c && title) {
    c.title = title;
    c.titleCountry = titleCountry;
  }
}

/** Most words of a portfolio's end before the name ("of Government Affairs Phil Smith"). */
const MAX_PORTFOLIO_TAIL = 3;

/**
 * How many of the run's first words end a title's portfolio, after "and", "of" or "for": common
 * words (no given name, not only a name), then a given name and at least one more word ("and
 * Publicity Christopher Mutsvangwa", "of Government Affairs Phil Smith"; not "Rose Mary Smith").
 * 0 when the run opens with no such words.
 */
function portfolioTail(words: readonly Word[], a: number, b: number): number {
  if (a === 0 || !/^(and|of|for)$/.test(words[a - 1].lower)) return 0;
  for (let k = a; k < b - 2 && k - a < MAX_PORTFOLIO_TAIL; k++) {
    if (genderOfGiven(words[k].text) !== null || nameOnly(words[k].text)) return 0;
    // (a title or a nationality opens a name of its own: "and French President Jacques Chirac")
    if (matchTitle(words, k, b) > 0 || gazetteer.countryByDemonym.has(words[k].text)) return 0;
    if (genderOfGiven(words[k + 1].text) !== null) return k + 1 - a;
    // (a name whose given name the list lacks is words no dictionary has as common: "and Relief
    // Kamrul Islam"; only after one portfolio word, as a common word may be a name too: "for Home
    // Affairs Ram Bahadur Thapa")
    if (k === a && words.slice(k + 1, b).every((w) => nameOnly(w.text))) return 1;
  }
  return 0;
}

/** Most capitalised words between a title and the office word that ends it ("Chief Election Commissioner"). */
const MAX_OFFICE_WORDS = 2;

/**
 * How many words after a title at `k` go on with it up to an office word before the name ("Chief"
 * + "Election Commissioner" + "Muhammad Raza Khan"; lexicons/entities/office-heads.txt): common
 * words, no given name, and a name left after them. 0 when none do.
 */
function officeAfterTitle(words: readonly Word[], k: number, b: number): number {
  for (let j = k; j < b - 1 && j - k <= MAX_OFFICE_WORDS; j++) {
    if (genderOfGiven(words[j].text) !== null || nameOnly(words[j].text)) return 0;
    if (officeHeads.has(words[j].lower)) return j + 1 - k;
  }
  return 0;
}

/** After a demonym at n, a known name or more than one word: the demonym is a word of its own. */
function nameAfterDemonym(words: readonly Word[], n: number, b: number): boolean {
  return classifyName(words, n + 1, b).kind !== "unknown" || b - n > 2;
}

/**
 * "Panamanian Boxing Association President X", "Belgrade airport General Director X": what comes
 * before a title inside the run is pushed as its own mention; returns where the title starts.
 */
function splitBeforeTitle(
  words: readonly Word[],
  s: SentenceRange,
  n: number,
  b: number,
  listPlace: boolean,
  out: Candidate[],
): number {
  for (let p = n + 1; p < b - 1 && matchTitle(words, n, b) === 0; p++) {
    const tp = matchTitle(words, p, b);
    if (tp === 0 || p + tp >= b) continue;
    const before = classifyName(words, n, p);
    let kind = before.kind;
    // "Zairean Prime Minister X": a word shaped like a demonym before a title.
    if (kind === "unknown" && p - n === 1 && DEMONYM_SHAPE.test(words[n].text)) kind = "nationality";
    push(words, s, n, p, kind, out, before.key, before.country, listPlace);
    return p;
  }
  return n;
}

/** Length in words of the titles in a row at n ("Deputy" + "Foreign Minister", "Acting" + "President"). */
function titlesAt(words: readonly Word[], n: number, b: number): number {
  let t = matchTitle(words, n, b);
  while (t > 0 && n + t < b) {
    const more = matchTitle(words, n + t, b);
    if (more === 0 || n + t + more >= b) break;
    t += more;
  }
  return t;
}

/** Pushes the longest known country / organisation / city that starts the run and returns where the rest begins. */
function splitKnownPrefix(
  words: readonly Word[],
  s: SentenceRange,
  n: number,
  b: number,
  listPlace: boolean,
  out: Candidate[],
): number {
  if (b - n < 2 || classifyName(words, n, b).kind !== "unknown") return n;
  for (let m = b - 1; m > n; m--) {
    const head = classifyName(words, n, m);
    const known =
      head.kind === "country" ||
      head.kind === "capital" ||
      (head.kind === "organization" && !!head.key) ||
      (head.kind === "place" && m - n > 1 && lexicalPlace(words, n, m));
    if (known) {
      push(words, s, n, m, head.kind, out, head.key, head.country, listPlace);
      return m;
    }
  }
  return n;
}

function lexicalPlace(words: readonly Word[], a: number, b: number): boolean {
  const t = spanText(words, a, b);
  return cities.has(t) || regions.has(t) || nations.has(t);
}

function knownWhole(words: readonly Word[], a: number, b: number): boolean {
  return b - a > 1 && classifyName(words, a, b).kind !== "unknown";
}

function matchTitle(words: readonly Word[], a: number, b: number): number {
  if (a >= b || !words[a].cap) return 0;
  return matchPhraseAt(titles, words, a, b, "lower");
}

function splitCompound(words: readonly Word[], i: number, out: Candidate[]): boolean {
  const w = words[i];
  const parts = w.text.split("-");
  const kinds = parts.map((p) =>
    gazetteer.countryByName.has(p) ? "country" : gazetteer.countryByDemonym.has(p) ? "nationality" : null,
  );
  if (kinds.some((k) => k === null)) return false;
  let at = w.start;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k];
    // Sub-word mentions get their own pseudo words so spans stay exact.
    out.push({
      a: i,
      b: i + 1,
      kind: kinds[k] as Kind,
      key: kinds[k] === "country" ? gazetteer.countryByName.get(p) : undefined,
      country: gazetteer.countryByName.get(p) ?? gazetteer.countryByDemonym.get(p),
      metonymy: false,
      span: { start: at, end: at + p.length },
    });
    at += p.length + 1;
  }
  return true;
}

/** Adds a candidate, using context to settle capitals (metonymy) and unknown names. */
function push(
  words: readonly Word[],
  s: SentenceRange,
  a: number,
  b: number,
  kind: Kind,
  out: Candidate[],
  key?: string,
  country?: string,
  listPlace = false,
): Candidate | null {
  if (a >= b) return null;
  // Bare numbers and single letters are not names.
  if (b - a === 1 && (NUMBERISH.test(words[a].text) || words[a].text.length < 2) && kind === "unknown")
    return null;
  const c: Candidate = { a, b, kind, key, country, metonymy: false };
  if (sentenceInitial(words, a, s.start)) c.initial = true;
  const prev = a > s.start ? words[a - 1] : undefined;
  const next = b < s.end ? words[b] : undefined;
  if (isTeam(words, a, b, kind, prev, next)) {
    c.kind = "organization";
    out.push(c);
    return c;
  }
  if (kind === "capital") {
    // A capital acting or speaking stands for its state; after "in", "at", "from" or "a resident
    // of" it is a place.
    const placeOf = prev?.lower === "of" && a - 2 >= s.start && placeOfNouns.has(words[a - 2].lower);
    if (
      prev &&
      (locativePreps.has(prev.lower) || placeOf) &&
      !(next && (next.text === "'s" || next.text === "’s"))
    )
      c.kind = "place";
    else {
      c.kind = "country";
      c.key = country;
      c.metonymy = true;
    }
  } else if (kind === "unknown") c.kind = unknownKindByContext(words, s, a, b, c, prev, next, listPlace);
  // "the Russian side": the state.
  if (kind === "nationality" && prev?.lower === "the" && next?.lower === "side" && c.country) {
    c.kind = "country";
    c.key = c.country;
    c.a = a - 1;
    c.b = b + 1;
    c.metonymy = true;
  }
  out.push(c);
  return c;
}

/** A city or region with a score or a "beat"/"v" is a team: "Chicago 5 Boston 3", "Surrey beat Kent". */
function isTeam(
  words: readonly Word[],
  a: number,
  b: number,
  kind: Kind,
  prev: Word | undefined,
  next: Word | undefined,
): boolean {
  return (
    (kind === "place" || kind === "capital") &&
    // A home nation ("England beat Pakistan") is written like a country: a place, as countries are.
    !nations.has(spanText(words, a, b)) &&
    (SCORE.test(next?.text ?? "") || VERSUS.has(next?.lower ?? "") || VERSUS.has(prev?.lower ?? ""))
  );
}

/** The kind the words around an unknown name give it (a team, a place, a person), else still unknown. */
function unknownKindByContext(
  words: readonly Word[],
  s: SentenceRange,
  a: number,
  b: number,
  c: Candidate,
  prev: Word | undefined,
  next: Word | undefined,
  listPlace: boolean,
): Kind {
  // A team in a results table, opening the line or after the other side's score:
  // "Wigan 3 Scunthorpe 1" (not a bowler in a scorecard: "c Stewart b Gough 33").
  if (SCORE.test(next?.text ?? "") && b - a <= 3 && (!prev || words[a].newline || /^\d/.test(prev.text)))
    return "organization";
  const initialWord = c.initial && b - a === 1;
  if (listPlace || (next && placeNouns.has(next.lower) && next.lower !== "part")) return "place";
  if (prev?.lower === "of" && a >= 2 && placeNouns.has(words[a - 2].lower)) return "place";
  // "the chief executive of Full Fact": what a role is of is an organisation
  if (prev?.lower === "of" && a >= 2 && roleNouns.has(words[a - 2].lower)) return "organization";
  if (next && speechVerbs.has(next.lower) && !initialWord) return "person";
  // "..., said Parnevik .": a speech verb, then the name closing the clause.
  if (prev && speechVerbs.has(prev.lower) && (!next || next.text === "." || next.text === ","))
    return "person";
  if (prev && !prev.cap && roleNouns.has(prev.lower)) return "person";
  const locative = !!prev && locativePreps.has(prev.lower) && prev.lower !== "to";
  // (not after a place's preposition: "In a press conference in Sulaymaniyah, the minister said";
  // "biased toward Zelimkhan Yandarbiyev, president of ..." is a direction to a person)
  const placed = locative && !/^towards?$/.test(prev.lower);
  if (next?.text === "," && b + 1 < s.end && !placed && roleStart(words, b + 1, s.end)) return "person";
  if (locative) return "place";
  // "in the Gulf", "from the South": a locative preposition, then the article.
  if (prev?.lower === "the" && a >= 2 && locativePreps.has(words[a - 2].lower) && b - a === 1) return "place";
  return "unknown";
}

/** Does a role phrase start at word i (after an optional article)? */
export function roleStart(words: readonly Word[], i: number, end: number): boolean {
  let k = i;
  if (k < end && /^(a|an|the|former|then|now)$/.test(words[k].lower)) k++;
  for (let n = 0; n < 4 && k < end; n++, k++) {
    if (
      matchPhraseAt(titles, words, k, Math.min(k + 2, words.length), "lower") > 0 ||
      roleNouns.has(words[k].lower)
    )
      return true;
    if (words[k].text === ",") return false;
  }
  return false;
}

/** "the expert", "the analyst", "the Japanese prime minister": a description next to a speech verb. */
function describe(words: readonly Word[], s: SentenceRange, i: number, out: Candidate[]): void {
  if (words[i].lower !== "the" || i + 1 >= s.end) return;
  let k = i + 1;
  let country: string | undefined;
  const dem = gazetteer.countryByDemonym.get(words[k].text);
  if (dem) {
    country = dem;
    k++;
  }
  if (k >= s.end || words[k].cap) return;
  const two = [words[k].lower, words[k + 1]?.lower ?? ""];
  let len = roleNouns.has(`${two[0]} ${two[1]}`) ? 2 : roleNouns.has(two[0]) ? 1 : 0;
  const org = !len && !country && orgDescriptionNouns.has(two[0]);
  if (org) len = 1;
  if (!len) return;
  const end = k + len;
  const after = end < s.end ? words[end] : undefined;
  if (after && (after.lower === "of" || after.cap || after.lower === "'s")) return;
  const before = i > s.start ? words[i - 1] : undefined;
  const speech =
    (after && speechVerbs.has(after.lower)) || (before && speechVerbs.has(before.lower)) || !!country;
  if (!speech) return;
  len = end - i;
  out.push({
    a: i,
    b: i + len,
    kind: org ? "organization" : "person",
    metonymy: false,
    description: words
      .slice(k, end)
      .map((w) => w.lower)
      .join(" "),
    titleCountry: country,
  });
}

/** Headline (ALL CAPS) sentence: names known from the body or the gazetteer, and a dateline place. */
export function recogniseCaps(
  words: readonly Word[],
  s: SentenceRange,
  lookup: (lower: string) => { kind: Kind; key?: string; country?: string } | undefined,
  out: Candidate[],
): void {
  // Dateline: "LONDON 1996-08-30", "WASHINGTON , Aug 3".
  let i = s.start;
  let k = i;
  while (k < s.end && words[k].upper) k++;
  if (k > i && k < s.end && k - i <= 3 && (DATE_TOKEN.test(words[k].text) || words[k].text === ",")) {
    const known = lookup(fold(spanText(words, i, k)));
    out.push({
      a: i,
      b: k,
      kind: known?.kind === "country" ? "country" : "place",
      key: known?.key,
      country: known?.country,
      metonymy: false,
      caps: true,
      dateline: true,
    });
    i = k;
  }
  while (i < s.end) {
    if (!words[i].upper && !words[i].cap) {
      i++;
      continue;
    }
    let found = 0;
    for (let n = Math.min(5, s.end - i); n >= 1; n--) {
      let ok = true;
      for (let x = i; x < i + n; x++) if (!(words[x].upper || words[x].cap)) ok = false;
      if (!ok) continue;
      const hit = lookup(fold(spanText(words, i, i + n)));
      if (hit) {
        const nextText = i + n < s.end ? words[i + n].text : "";
        const team = (hit.kind === "place" || hit.kind === "capital") && SCORE.test(nextText);
        out.push({
          a: i,
          b: i + n,
          kind: team ? "organization" : hit.kind === "capital" ? "place" : hit.kind,
          key: hit.key,
          country: hit.country,
          metonymy: false,
          caps: true,
        });
        found = n;
        break;
      }
    }
    i += found || 1;
  }
}

export function spanText(words: readonly Word[], a: number, b: number): string {
  let s = words[a].text;
  for (let k = a + 1; k < b; k++) s += (words[k].start > words[k - 1].end ? " " : "") + words[k].text;
  return s;
}

export function isDateToken(w: Word): boolean {
  return DATE_TOKEN.test(w.text);
}

export { eventHeads };
