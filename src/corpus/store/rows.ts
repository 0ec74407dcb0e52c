/**
 * An Analysis as the rows of the store's tables, column by column in table order: both stores
 * write the same rows (SQLite with `?` placeholders, PostgreSQL with multi-row inserts). Flags
 * are 0/1 and lists are JSON text in both.
 */
import type { Analysis, Entity, Quote } from "../../analysis.js";
import { packAnalysis } from "./pack.js";
import type { ArticleToStore } from "./types.js";

export type Value = string | number | null | Uint8Array;
export type Row = Value[];

export const ARTICLE_COLUMNS = [
  "id",
  "source_hash",
  "outlet",
  "url",
  "title",
  "published",
  "date",
  "language",
  "generator",
  "text",
  "analysis",
];

export function articleRow({ analysis: a, sourceHash, packed }: ArticleToStore): Row {
  const { meta } = a;
  return [
    a.id,
    sourceHash,
    meta.outlet,
    meta.url,
    meta.title,
    meta.published,
    meta.dct ?? null,
    meta.language,
    meta.generator ?? null,
    a.text,
    packed ?? packAnalysis(a),
  ];
}

/** The actor (kind + name) that an unlinked speaker is stored as: the group or the name as written. */
export function unlinkedSpeaker(q: Quote): { kind: string; name: string } | null {
  const sp = q.speaker;
  if (!sp) return null;
  return { kind: sp.anonymous ? "anonymous" : "other", name: sp.name };
}

export const entityRow = (article: number, e: Entity, actor: number): Row => [
  article,
  e.id,
  actor,
  JSON.stringify(e.roles),
  JSON.stringify(e.aliases),
  e.country,
  e.captionOnly ? 1 : 0,
];

export const mentionRows = (article: number, e: Entity): Row[] =>
  e.mentions.map((m) => [article, e.id, m.start, m.end, m.text, m.metonymy ? 1 : 0]);

export const QUOTE_COLUMNS = [
  "article",
  "qid",
  "kind",
  "start",
  '"end"',
  "text",
  "paragraphs",
  "speaker_actor",
  "speaker_start",
  "speaker_end",
  "resolved_by",
  "cue",
  "cue_type",
  "cue_start",
  "cue_end",
  "via",
  "medium",
];

export function quoteRow(article: number, q: Quote, actor: number | null): Row {
  const sp = q.speaker;
  return [
    article,
    q.id,
    q.kind,
    q.start,
    q.end,
    q.text,
    q.paragraphs,
    actor,
    sp?.start ?? null,
    sp?.end ?? null,
    sp?.resolvedBy ?? null,
    q.cue?.text ?? null,
    q.cue?.type ?? null,
    q.cue?.start ?? null,
    q.cue?.end ?? null,
    JSON.stringify(q.via),
    q.medium,
  ];
}

export const timexRows = (article: number, a: Analysis): Row[] =>
  a.timexes.map((t, idx) => [article, idx, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor ?? null]);

export const timelineRows = (article: number, a: Analysis): Row[] =>
  a.timeline.map((item, idx) => [
    article,
    idx,
    item.date,
    item.timex,
    item.start,
    item.end,
    item.summary,
    item.source,
  ]);

/** (actor, article, idx) of each timeline item's actors that are stored entities. */
export function timelineActorRows(
  article: number,
  a: Analysis,
  actorOf: (eid: string) => number | undefined,
) {
  const rows: Row[] = [];
  a.timeline.forEach((item, idx) => {
    for (const eid of item.actors) {
      const actor = actorOf(eid);
      if (actor !== undefined) rows.push([actor, article, idx]);
    }
  });
  return rows;
}

export const techniqueRows = (article: number, a: Analysis): Row[] =>
  a.techniques.map((t, idx) => [
    article,
    idx,
    t.start,
    t.end,
    t.text,
    t.technique,
    t.voice,
    t.explanation,
    t.rule ?? null,
  ]);
