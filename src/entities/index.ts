/**
 * Entities stage: people, organisations, countries, places, events and works, one entity per actor,
 * each with its mentions (offsets), aliases, roles, country and metonymy flags.
 *
 * words.ts (words from tokens) -> recognise.ts (capitalised runs found by runs.ts, split and
 * classified by classify.ts with gazetteer.ts and lexicons.ts) -> roles.ts (titles, role phrases,
 * appositions) -> resolve.ts (coreference and merging over the clusters of clusters.ts, with
 * organisations.ts and descriptions.ts). Linear in article length.
 */
import type { Entity } from "../analysis.js";
import type { Article } from "../article.js";
import { isSportsReport, settleByContext } from "./context.js";
import { foldedLookup, fold, type Lookup } from "./classify.js";
import { orgByName } from "./lexicons.js";
import {
  type Candidate,
  recogniseCaps,
  recogniseSentence,
  type SentenceRange,
  sentenceRanges,
} from "./recognise.js";
import type { Resolved } from "./clusters.js";
import { resolve } from "./resolve.js";
import { rolesOf } from "./roles.js";
import { buildWords, type Word } from "./words.js";
import { partitionPoint } from "../util/sorted.js";

export { countryOf, gazetteer } from "./gazetteer.js";

const ACRONYM_SHAPE = /^[A-Z][A-Z0-9&.-]{1,9}$/;

export function findEntities(article: Article): Entity[] {
  const words = buildWords(article);
  if (words.length === 0) return [];
  const sentences = sentenceRanges(words);
  const candidates: Candidate[] = [];
  for (const s of sentences) if (!s.caps) recogniseSentence(words, s, candidates);
  forceCaptionCredits(article, words, candidates);
  if (sentences.some((s) => s.caps)) recogniseHeadlines(article.text, words, sentences, candidates);
  settleByContext(words, candidates, isSportsReport(words));
  candidates.sort((x, y) => start(x, words) - start(y, words));
  const resolved = toMentions(article, words, sentences, candidates);
  linkBracketedAcronyms(article.text, resolved);
  return resolve(resolved, words);
}

/** Headlines in capitals: names the body already gave, then the gazetteer. */
function recogniseHeadlines(
  text: string,
  words: readonly Word[],
  sentences: readonly SentenceRange[],
  candidates: Candidate[],
): void {
  const body = bodyNames(text, words, candidates);
  const lookup = (k: string) => body.get(k) ?? foldedLookup(k);
  for (const s of sentences) {
    if (!s.caps) continue;
    const from = candidates.length;
    recogniseCaps(words, s, lookup, candidates);
    for (let i = from; i < candidates.length; i++) {
      const c = candidates[i] as Candidate & { form?: string };
      const hit = lookup(fold(text.slice(words[c.a].start, words[c.b - 1].end)));
      if (hit?.form) c.form = hit.form;
    }
  }
}

/** The names found in the body, by their folded text, with the form the body writes them in. */
function bodyNames(
  text: string,
  words: readonly Word[],
  candidates: readonly Candidate[],
): Map<string, Lookup> {
  const body = new Map<string, Lookup>();
  for (const c of candidates)
    if (!c.description && !c.span && !(c.kind === "unknown" && c.initial)) {
      const t = text.slice(words[c.a].start, words[c.b - 1].end);
      const k = fold(t);
      if (!body.has(k)) body.set(k, { kind: c.kind, key: c.key, country: c.country, form: t });
      // A person's surname alone ("SIMMONS") also names them.
      if (c.kind === "person" && c.b - c.a > 1) {
        const last = words[c.b - 1].text;
        if (!body.has(fold(last))) body.set(fold(last), { kind: "person", form: last });
      }
    }
  return body;
}

/**
 * The candidates (sorted by start) as mentions with offsets, text, block and roles; of
 * overlapping candidates the first wins. An unknown name that takes a role becomes a person.
 */
function toMentions(
  article: Article,
  words: readonly Word[],
  sentences: readonly SentenceRange[],
  candidates: readonly Candidate[],
): Resolved[] {
  const { text } = article;
  const kindAt: (string | undefined)[] = new Array(words.length);
  for (const c of candidates) if (!c.description) for (let k = c.a; k < c.b; k++) kindAt[k] = c.kind;
  const sentenceOf = new Int32Array(words.length);
  sentences.forEach((s, i) => {
    for (let k = s.start; k < s.end; k++) sentenceOf[k] = i;
  });
  const captionBlocks = new Set<number>();
  article.blocks.forEach((b, i) => {
    if (b.type === "caption") captionBlocks.add(i);
  });

  const resolved: Resolved[] = [];
  let lastEnd = -1;
  for (const c of candidates) {
    const st = start(c, words);
    const en = c.span ? c.span.end : words[c.b - 1].end;
    if (st < lastEnd) continue; // overlapping candidates: the first wins
    lastEnd = en;
    const block = article.sentences[words[c.a].sentence]?.block;
    // The candidate becomes the resolved mention in place (no copy per mention).
    const r = c as Resolved;
    r.start = st;
    r.end = en;
    r.text = text.slice(st, en);
    r.block = block;
    r.roles = [];
    r.caption = block !== undefined && captionBlocks.has(block);
    if ((c.kind === "person" || c.kind === "unknown") && !c.description && !c.caps && !c.span) {
      r.roles = rolesOf(text, words, sentences[sentenceOf[c.a]], c, c.runStart ?? c.a, kindAt);
      if (r.roles.length && r.kind === "unknown") {
        r.kind = "person";
        for (let k = c.a; k < c.b; k++) kindAt[k] = "person";
      }
    }
    resolved.push(r);
  }
  return resolved;
}

/** "Full Name (ACR)": the acronym is the short form of the name before it; both are organisations. */
function linkBracketedAcronyms(text: string, resolved: readonly Resolved[]): void {
  for (let i = 1; i < resolved.length; i++) {
    const r = resolved[i];
    const prev = resolved[i - 1];
    const orgLike =
      prev.kind === "organization" ||
      (prev.kind === "unknown" && prev.b - prev.a >= 2 && prev.text[0] === r.text[0] && r.text.length >= 3);
    if (
      orgLike &&
      ACRONYM_SHAPE.test(r.text) &&
      prev.end - prev.start > r.text.length &&
      /^\s*\(\s*$/.test(text.slice(prev.end, r.start)) &&
      /^\s*\)/.test(text.slice(r.end, r.end + 3))
    ) {
      r.shortFormOf = prev;
      r.kind = "organization";
      prev.kind = "organization";
    }
  }
}

function start(c: Candidate, words: readonly Word[]): number {
  return c.span ? c.span.start : words[c.a].start;
}

/** Photo credits are people and photo sources organisations, whatever their words look like. */
function forceCaptionCredits(article: Article, words: readonly Word[], out: Candidate[]): void {
  const forced: Candidate[] = [];
  for (const b of article.blocks) {
    if (b.type !== "caption" || !b.caption) continue;
    for (const [value, kind] of [
      [b.caption.credit, "person"],
      [b.caption.source, "organization"],
    ] as const) {
      if (!value) continue;
      const at = article.text.indexOf(value, b.start);
      if (at < 0 || at + value.length > b.end) continue;
      let a = -1;
      let e = -1;
      // Binary search would do; captions are short, and words are sorted by offset.
      for (let k = lowerBound(words, at); k < words.length && words[k].start < at + value.length; k++) {
        if (a < 0) a = k;
        e = k + 1;
      }
      if (a < 0 || words[a].start !== at || words[e - 1].end !== at + value.length) continue;
      // The source wins over a credit written at the same place (the same caption's last push).
      const prev = forced[forced.length - 1];
      if (prev && prev.a < e && prev.b > a) forced.pop();
      forced.push({
        a,
        b: e,
        kind,
        key: kind === "organization" ? orgByName.get(value) : undefined,
        metonymy: false,
        forced: true,
      });
    }
  }
  if (forced.length === 0) return;
  // Drop the candidates a forced one overlaps, in one pass: word index -> covered by a forced one.
  const covered = new Uint8Array(words.length);
  for (const f of forced) covered.fill(1, f.a, f.b);
  let kept = 0;
  for (const c of out) {
    let hit = false;
    for (let k = c.a; k < c.b && !hit; k++) if (covered[k]) hit = true;
    if (!hit) out[kept++] = c;
  }
  out.length = kept;
  out.push(...forced);
}

function lowerBound(words: readonly Word[], offset: number): number {
  return partitionPoint(words, (w) => w.start < offset);
}
