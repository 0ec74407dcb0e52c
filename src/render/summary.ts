/**
 * Shared views of an Analysis that every report format (text, Markdown, HTML) shows in its own
 * way: headline facts, who is who, who said what (grouped by speaker, with the relay chain), the
 * timeline, and how the text persuades (technique x voice, share of flagged text in the author's
 * voice). Pure functions; no formatting beyond plain strings.
 */
import type { Analysis, Entity, EntityType, Quote, Technique, TimelineItem } from "../analysis.js";

/** The voice of a technique the article's author is responsible for (contract value). */
export const AUTHOR_VOICE = "author";

/** `s` on one line, cut to at most `max` UTF-16 units with "…"; a surrogate pair is never split. */
export function snippet(s: string, max = 160): string {
  const one = s.replace(/\s+/g, " ").trim();
  if (one.length <= max) return one;
  let cut = max - 1;
  const last = one.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--; // the high half of a pair: leave the pair out
  return `${one.slice(0, cut)}…`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function percent(x: number): string {
  return `${(100 * x).toFixed(x > 0 && x < 0.1 ? 1 : 0)}%`;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Headline

export interface Headline {
  title: string;
  /** Outlet, date, byline, URL: what is known about where the article comes from. */
  meta: string[];
  /** One-line counts: paragraphs, words, people, quotes, dates, techniques. */
  facts: string[];
}

export function headline(a: Analysis): Headline {
  const m = a.meta;
  const meta = [
    m.outlet,
    m.published ? `published ${m.published}` : null,
    m.byline ? `by ${m.byline}` : null,
    m.url,
    ...provenance(m),
  ].filter((x): x is string => Boolean(x));
  const warnings = (m.warnings ?? []).map((w) => `warning: ${w}`);
  return {
    title: articleTitle(a) ?? `Article ${a.id}`,
    meta,
    facts: [...warnings, ...headlineFacts(a)],
  };
}

/** How the Analysis was made: the date that anchored its dates, the generator, the options that changed it. */
export function provenance(m: Analysis["meta"]): string[] {
  return [m.dct ? `dates anchored on ${m.dct}` : null, m.generator ?? null, optionsLine(m.options)].filter(
    (x): x is string => Boolean(x),
  );
}

/** The options that changed the Analysis, as the command line spells them: "--date 2022-10-07, parser off". */
function optionsLine(options: Analysis["meta"]["options"]): string | null {
  if (!options) return null;
  const parts = [
    options.date !== undefined ? `--date ${options.date}` : null,
    options.syntax === false ? "parser off" : null,
  ].filter((x): x is string => Boolean(x));
  return parts.length ? `options: ${parts.join(", ")}` : null;
}

/** The article's title: its meta title, else its leading heading; null when it has neither. */
export function articleTitle(a: Analysis): string | null {
  return a.meta.title ?? leadingHeading(a);
}

/** The text of the first block when it is a heading (a plain-text article's title line). */
function leadingHeading(a: Analysis): string | null {
  const first = a.blocks.reduce<Analysis["blocks"][number] | null>(
    (f, b) => (f === null || b.start < f.start ? b : f),
    null,
  );
  if (first?.type !== "heading") return null;
  const t = snippet(a.text.slice(first.start, first.end), 200);
  return t || null;
}

export function headlineFacts(a: Analysis): string[] {
  const ofType = (...types: EntityType[]) => a.entities.filter((e) => types.includes(e.type)).length;
  const speakers = quotesBySpeaker(a);
  const anonymous = speakers.filter((g) => g.anonymous).length;
  const byKind = (k: Quote["kind"]) => a.quotes.filter((q) => q.kind === k).length;
  const facts = [
    `${plural(a.blocks.filter((b) => b.type === "paragraph").length, "paragraph")}, ${plural(countWords(a.text), "word")}`,
    `${plural(ofType("person"), "person", "people")}, ${plural(ofType("organization"), "organisation")}, ${plural(ofType("country", "place"), "place")}`,
  ];
  const quoteKinds = (["direct", "mixed", "indirect"] as const)
    .map((k) => [k, byKind(k)] as const)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  facts.push(
    `${plural(a.quotes.length, "quote")}${quoteKinds.length ? ` (${quoteKinds.join(", ")})` : ""} from ${plural(speakers.filter((g) => g.key !== UNATTRIBUTED).length, "speaker")}${anonymous ? `, ${anonymous} anonymous` : ""}`,
  );
  const dates = timelineRows(a).map((t) => t.date);
  facts.push(
    `${plural(a.timeline.length, "dated event")}${dates.length ? ` (${dates[0]}${dates.length > 1 && dates[dates.length - 1] !== dates[0] ? ` to ${dates[dates.length - 1]}` : ""})` : ""}`,
  );
  const p = persuasion(a);
  facts.push(
    `${plural(a.techniques.length, "technique")}${a.techniques.length ? `, ${percent(p.authorShare)} of flagged text in the author's voice` : ""}`,
  );
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Who is who

export interface EntityGroup {
  label: string;
  entities: Entity[];
}

const GROUPS: readonly { label: string; types: readonly EntityType[] }[] = [
  { label: "People", types: ["person"] },
  { label: "Organisations", types: ["organization"] },
  { label: "Countries", types: ["country"] },
  { label: "Places", types: ["place"] },
  { label: "Other", types: ["event", "work", "other"] },
];

const firstMention = (e: Entity) =>
  e.mentions.length ? Math.min(...e.mentions.map((m) => m.start)) : Infinity;

/** Entities by kind; within a kind the most mentioned first, ties by first appearance. */
export function whoIsWho(a: Analysis): EntityGroup[] {
  const out: EntityGroup[] = [];
  for (const g of GROUPS) {
    const entities = a.entities
      .filter((e) => g.types.includes(e.type))
      .map((e) => ({ e, n: e.mentions.length, first: firstMention(e) }))
      .sort((x, y) => y.n - x.n || x.first - y.first)
      .map((x) => x.e);
    if (entities.length) out.push({ label: g.label, entities });
  }
  return out;
}

/** Aliases other than the canonical name itself. */
export function otherAliases(e: Entity): string[] {
  const seen = new Set([e.name.toLowerCase()]);
  const out: string[] = [];
  for (const x of e.aliases) {
    const k = x.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      out.push(x);
    }
  }
  return out;
}

export function entityById(a: Analysis): Map<string, Entity> {
  return new Map(a.entities.map((e) => [e.id, e]));
}

// ---------------------------------------------------------------------------------------------
// Who said what

export const UNATTRIBUTED = "(unattributed)";

export interface SpeakerGroup {
  /** Entity id, or the speaker name as written, or UNATTRIBUTED. */
  key: string;
  name: string;
  entity: Entity | null;
  anonymous: boolean;
  quotes: Quote[];
}

/** Quotes grouped by speaker (entity when known, else name), by first appearance; unattributed last. */
export function quotesBySpeaker(a: Analysis): SpeakerGroup[] {
  const byId = entityById(a);
  const groups = new Map<string, SpeakerGroup>();
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start);
  for (const q of quotes) {
    const s = q.speaker;
    const key = s ? (s.entity ?? `name:${s.name.toLowerCase()}`) : UNATTRIBUTED;
    let g = groups.get(key);
    if (!g) {
      const entity = s?.entity ? (byId.get(s.entity) ?? null) : null;
      g = {
        key,
        name: s ? entity?.name || s.name : UNATTRIBUTED,
        entity,
        anonymous: s?.anonymous ?? false,
        quotes: [],
      };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  const out = [...groups.values()];
  return [...out.filter((g) => g.key !== UNATTRIBUTED), ...out.filter((g) => g.key === UNATTRIBUTED)];
}

/** The relay chain of a quote: speaker -> relays -> the outlet publishing this article. */
export function relayChain(a: Analysis, q: Quote): string[] {
  const outlet = a.meta.outlet ?? "this article";
  const chain = [q.speaker?.name ?? "?", ...q.via];
  if (chain[chain.length - 1]?.toLowerCase() !== outlet.toLowerCase()) chain.push(outlet);
  return chain;
}

export function relayChainText(a: Analysis, q: Quote): string {
  return relayChain(a, q).join(" → ");
}

/** Short description of how a speaker was identified, when it was not by name. */
export function resolvedNote(q: Quote): string | null {
  const s = q.speaker;
  if (!s || s.resolvedBy === "name") return null;
  return `speaker from ${s.resolvedBy === "previous" ? "the previous attribution" : s.resolvedBy}`;
}

// ---------------------------------------------------------------------------------------------
// Timeline

/** Timeline items by date (stable: same date keeps text order). */
export function timelineRows(a: Analysis): TimelineItem[] {
  return a.timeline
    .map((t, i) => ({ t, i }))
    .sort((x, y) => (x.t.date < y.t.date ? -1 : x.t.date > y.t.date ? 1 : x.i - y.i))
    .map((x) => x.t);
}

export function actorNames(a: Analysis, t: TimelineItem): string[] {
  const byId = entityById(a);
  return t.actors.map((id) => byId.get(id)?.name ?? id);
}

// ---------------------------------------------------------------------------------------------
// How it persuades

export interface Persuasion {
  /** Techniques by total count, most frequent first. */
  techniques: string[];
  /** Voices: the author first, then speakers by count. */
  voices: string[];
  /** counts.get(technique).get(voice) */
  counts: Map<string, Map<string, number>>;
  /** Characters covered by at least one technique span. */
  flaggedChars: number;
  /** Of those, characters covered by a technique in the author's voice. */
  authorChars: number;
  /** authorChars / flaggedChars (0 when nothing is flagged). */
  authorShare: number;
  /** flaggedChars / text length. */
  flaggedShareOfText: number;
  /** Technique items in text order. */
  items: Technique[];
  /** The same items with repeats (same technique, voice and words) folded into one, in text order. */
  grouped: { item: Technique; count: number }[];
}

/** Length of the union of spans (linear after sorting). */
export function coveredLength(spans: readonly { start: number; end: number }[]): number {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    if (s.start > curEnd) {
      total += curEnd - curStart;
      curStart = s.start;
      curEnd = s.end;
    } else if (s.end > curEnd) curEnd = s.end;
  }
  return total + (curEnd - curStart);
}

export function persuasion(a: Analysis): Persuasion {
  const counts = new Map<string, Map<string, number>>();
  const perTechnique = new Map<string, number>();
  const perVoice = new Map<string, number>();
  for (const t of a.techniques) {
    let row = counts.get(t.technique);
    if (!row) {
      row = new Map();
      counts.set(t.technique, row);
    }
    row.set(t.voice, (row.get(t.voice) ?? 0) + 1);
    perTechnique.set(t.technique, (perTechnique.get(t.technique) ?? 0) + 1);
    perVoice.set(t.voice, (perVoice.get(t.voice) ?? 0) + 1);
  }
  const byCount = (m: Map<string, number>) =>
    [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([k]) => k);
  const voices = byCount(perVoice);
  const authorFirst = voices.includes(AUTHOR_VOICE)
    ? [AUTHOR_VOICE, ...voices.filter((v) => v !== AUTHOR_VOICE)]
    : voices;
  const items = [...a.techniques].sort((x, y) => x.start - y.start || x.end - y.end);
  const grouped = new Map<string, { item: Technique; count: number }>();
  for (const t of items) {
    const key = `${t.technique}\u0000${t.voice}\u0000${t.text.replace(/\s+/g, " ").toLowerCase()}`;
    const g = grouped.get(key);
    if (g) g.count++;
    else grouped.set(key, { item: t, count: 1 });
  }
  const flaggedChars = coveredLength(a.techniques);
  const authorChars = coveredLength(a.techniques.filter((t) => t.voice === AUTHOR_VOICE));
  return {
    techniques: byCount(perTechnique),
    voices: authorFirst,
    counts,
    flaggedChars,
    authorChars,
    authorShare: flaggedChars ? authorChars / flaggedChars : 0,
    flaggedShareOfText: a.text.length ? flaggedChars / a.text.length : 0,
    items,
    grouped: [...grouped.values()],
  };
}

export interface VoiceMatrix {
  /** Column headings: voices, then "other speakers" when some were folded. */
  columns: string[];
  rows: { technique: string; counts: number[]; total: number }[];
}

/**
 * The technique x voice table with at most `maxVoices` voice columns (the author first, then the
 * speakers with most techniques); the remaining speakers are folded into one "other speakers".
 */
export function voiceMatrix(p: Persuasion, maxVoices = 6): VoiceMatrix {
  const fold = p.voices.length > maxVoices;
  const shown = fold ? p.voices.slice(0, maxVoices - 1) : p.voices;
  const rest = fold ? p.voices.slice(maxVoices - 1) : [];
  const rows = p.techniques.map((technique) => {
    const row = p.counts.get(technique)!;
    const counts = shown.map((v) => row.get(v) ?? 0);
    if (fold) counts.push(rest.reduce((n, v) => n + (row.get(v) ?? 0), 0));
    return { technique, counts, total: counts.reduce((x, y) => x + y, 0) };
  });
  return { columns: fold ? [...shown, `${rest.length} other speakers`] : shown, rows };
}
