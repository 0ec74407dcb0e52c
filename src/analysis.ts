/**
 * The Analysis contract, `dossier.analysis/1` (docs/SCHEMA.md). This zod schema is the single
 * definition of the JSON that outside scorers read: field names are fixed; fields may be added,
 * never renamed, without a new schema version.
 *
 * Every span (`start`/`end`) indexes `text` in UTF-16 code units, end exclusive.
 */
import { z } from "zod";

export const SCHEMA_ID = "dossier.analysis/1";

const offset = z.number().int().nonnegative();

export const Span = z.object({ start: offset, end: offset });

export const Meta = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  /** ISO 639-1 code of the detected language (three letters where there is none). */
  language: z.string(),
  byline: z.string().nullable().optional(),
  /** How the document creation time used as the time anchor was obtained. */
  dctSource: z.enum(["option", "record", "page", "inferred", "none"]).optional(),
  /** The document creation time actually used to anchor time expressions (ISO date), or null. */
  dct: z.string().nullable().optional(),
  /** What made this Analysis: "dossier X.Y.Z". */
  generator: z.string().optional(),
  /** What the reader should know about this Analysis (an unsupported language, ...). */
  warnings: z.array(z.string()).optional(),
});

export const Caption = z.object({ description: z.string(), source: z.string(), credit: z.string() });

export const Block = Span.extend({
  type: z.enum(["paragraph", "heading", "caption"]),
  caption: Caption.optional(),
});

export const Sentence = Span.extend({ block: z.number().int().nonnegative().optional() });

export const Mention = Span.extend({
  text: z.string(),
  metonymy: z.boolean(),
  block: z.number().int().nonnegative().optional(),
});

export const EntityType = z.enum(["person", "organization", "country", "place", "event", "work", "other"]);

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  country: z.string().nullable(),
  mentions: z.array(Mention),
  /** True when every mention of the entity is inside a caption block. */
  captionOnly: z.boolean().optional(),
});

export const Speaker = Span.extend({
  entity: z.string().nullable(),
  name: z.string(),
  anonymous: z.boolean(),
  resolvedBy: z.enum(["name", "pronoun", "description", "according-to", "previous"]),
});

export const Cue = Span.extend({
  text: z.string(),
  type: z.enum(["speech", "belief", "intention"]).optional(),
});

export const Quote = Span.extend({
  id: z.string(),
  kind: z.enum(["direct", "mixed", "indirect"]),
  text: z.string(),
  paragraphs: z.number().int().positive(),
  speaker: Speaker.nullable(),
  cue: Cue.nullable(),
  via: z.array(z.string()),
  medium: z.string().nullable(),
  /** Content pieces when the quote is interrupted ("A," he said, "B."). */
  segments: z.array(z.tuple([offset, offset])).optional(),
});

export const Timex = Span.extend({
  text: z.string(),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]),
  value: z.string(),
  mod: z.string().nullable(),
  /** How the value was anchored: the document date, a year inferred from the text, or nothing. */
  anchor: z.enum(["dct", "context", "absolute", "none"]).optional(),
});

export const TimelineItem = Span.extend({
  date: z.string(),
  timex: z.number().int().nonnegative(),
  summary: z.string(),
  actors: z.array(z.string()),
  source: z.enum(["body", "caption"]),
});

export const Technique = Span.extend({
  text: z.string(),
  technique: z.string(),
  voice: z.string(),
  explanation: z.string(),
  rule: z.string().optional(),
});

export const Analysis = z.object({
  schema: z.literal(SCHEMA_ID),
  id: z.string(),
  meta: Meta,
  text: z.string(),
  blocks: z.array(Block),
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  quotes: z.array(Quote),
  timexes: z.array(Timex),
  timeline: z.array(TimelineItem),
  techniques: z.array(Technique),
});

export type Analysis = z.infer<typeof Analysis>;
export type Meta = z.infer<typeof Meta>;
export type Block = z.infer<typeof Block>;
export type Caption = z.infer<typeof Caption>;
export type Sentence = z.infer<typeof Sentence>;
export type Entity = z.infer<typeof Entity>;
export type EntityType = z.infer<typeof EntityType>;
export type Mention = z.infer<typeof Mention>;
export type Quote = z.infer<typeof Quote>;
export type Speaker = z.infer<typeof Speaker>;
export type Cue = z.infer<typeof Cue>;
export type Timex = z.infer<typeof Timex>;
export type TimelineItem = z.infer<typeof TimelineItem>;
export type Technique = z.infer<typeof Technique>;

/** The contract as JSON Schema, for `dossier schema`. */
export function analysisJsonSchema(): unknown {
  return z.toJSONSchema(Analysis);
}

/**
 * Checks that an Analysis obeys the contract, including what zod cannot say: every span lies
 * inside `text`, and every `text` field equals the slice it claims. Returns the problems found.
 */
export function contractProblems(value: unknown): string[] {
  const parsed = Analysis.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const a = parsed.data;
  const problems: string[] = [];
  const n = a.text.length;
  // An offset between the two halves of a surrogate pair would cut a character (an emoji) in two.
  const splitsPair = (i: number) =>
    i > 0 && i < n && /[\uD800-\uDBFF]/.test(a.text[i - 1]) && /[\uDC00-\uDFFF]/.test(a.text[i]);
  const check = (where: string, s: { start: number; end: number; text?: string }) => {
    if (s.start > s.end || s.end > n)
      problems.push(`${where}: span ${s.start}-${s.end} outside text of ${n}`);
    else if (s.text !== undefined && a.text.slice(s.start, s.end) !== s.text)
      problems.push(`${where}: text does not match its span`);
    else if (splitsPair(s.start) || splitsPair(s.end))
      problems.push(`${where}: span ${s.start}-${s.end} splits a surrogate pair`);
  };
  const spans: [string, { start: number; end: number; text?: string }][] = [
    ...a.blocks.map((b, i) => [`blocks.${i}`, b] as [string, typeof b]),
    ...a.sentences.map((s, i) => [`sentences.${i}`, s] as [string, typeof s]),
    ...a.entities.flatMap((e, i) =>
      e.mentions.map((m, j) => [`entities.${i}.mentions.${j}`, m] as [string, typeof m]),
    ),
    ...a.quotes.flatMap((q, i) => {
      const parts: [string, { start: number; end: number; text?: string }][] = [[`quotes.${i}`, q]];
      if (q.speaker) parts.push([`quotes.${i}.speaker`, q.speaker]);
      if (q.cue) parts.push([`quotes.${i}.cue`, q.cue]);
      for (const [j, [start, end]] of (q.segments ?? []).entries())
        parts.push([`quotes.${i}.segments.${j}`, { start, end }]);
      return parts;
    }),
    ...a.timexes.map((t, i) => [`timexes.${i}`, t] as [string, typeof t]),
    ...a.timeline.map((t, i) => [`timeline.${i}`, t] as [string, typeof t]),
    ...a.techniques.map((t, i) => [`techniques.${i}`, t] as [string, typeof t]),
  ];
  for (const [where, span] of spans) check(where, span);
  return problems;
}
