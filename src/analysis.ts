/**
 * The Analysis contract, `dossier.analysis/1` (docs/SCHEMA.md). This zod schema is the single
 * definition of the JSON that outside scorers read: field names are fixed; fields may be added,
 * never renamed, without a new schema version.
 *
 * Every span (`start`/`end`) indexes `text` in UTF-16 code units, end exclusive.
 */
import { z } from "zod";
import { SCHEMA_ID } from "./schema-id.js";

export { SCHEMA_ID };

const offset = z.number().int().nonnegative();
const start = offset.describe("first UTF-16 code unit of the span in `text`");
const end = offset.describe("UTF-16 code unit after the span in `text` (end exclusive)");
const asWritten = z.string().describe("the words of the span: text.slice(start, end)");

export const Span = z.object({ start, end });

export const MetaOptions = z
  .object({
    date: z
      .string()
      .optional()
      .describe("the document date given (--date), which overrode the record's dct and the page's date"),
    syntax: z
      .literal(false)
      .optional()
      .describe("false when the dependency parser was off: the quotes stage used its frame rules alone"),
  })
  .describe("options of analyze that change its result; output-only options (format, colour) are not");

export const Meta = z
  .object({
    title: z.string().nullable().describe("the article's title, from the record or the page"),
    url: z.string().nullable().describe("the article's address (canonical URL of the page)"),
    outlet: z.string().nullable().describe("the publication (site name)"),
    published: z.string().nullable().describe("the publication date as given by the record or the page"),
    language: z
      .string()
      .describe(
        "ISO 639-1 code of the detected language (three letters where there is none); an HTML page's lang attribute decides when the text is too short or ambiguous",
      ),
    byline: z.string().nullable().optional().describe("the author line of the page"),
    dctSource: z
      .enum(["option", "record", "page", "inferred", "none"])
      .optional()
      .describe("where the document date came from: --date, the record's dct, the page, or nowhere"),
    dct: z
      .string()
      .nullable()
      .optional()
      .describe("the document date (ISO) that anchored relative time expressions, or null"),
    generator: z.string().optional().describe('what made this Analysis: "dossier X.Y.Z"'),
    options: MetaOptions.optional().describe(
      "the options that changed this Analysis from what the input alone gives; absent when none did",
    ),
    warnings: z
      .array(z.string())
      .optional()
      .describe("what the reader should know about this Analysis, e.g. an unsupported language"),
  })
  .describe("where the article comes from and how it was analysed");

export const Caption = z
  .object({
    description: z.string().describe("what the picture shows"),
    source: z.string().describe("the agency or outlet credited"),
    credit: z.string().describe("the photographer"),
  })
  .describe("a photo caption's parts");

export const Block = Span.extend({
  type: z.enum(["paragraph", "heading", "caption"]).describe("captions are kept out of the body"),
  caption: Caption.optional(),
}).describe("a paragraph, heading or caption, in text order");

export const Sentence = Span.extend({
  block: z.number().int().nonnegative().optional().describe("index of the block that holds the sentence"),
}).describe("a sentence; never across blocks");

export const Mention = Span.extend({
  text: asWritten,
  metonymy: z.boolean().describe('a capital or country standing for its government ("Moscow said")'),
  block: z.number().int().nonnegative().optional().describe("index of the block that holds the mention"),
}).describe("one place where the entity is named");

export const EntityType = z
  .enum(["person", "organization", "country", "place", "event", "work", "other"])
  .describe("person -> PER, organization -> ORG, country and place -> LOC, the rest -> MISC");

export const Entity = z
  .object({
    id: z.string().describe("e1, e2, ...: what quotes and timeline items point to"),
    type: EntityType,
    name: z.string().describe("the canonical (fullest) name"),
    aliases: z.array(z.string()).describe("other names the article uses for it"),
    roles: z.array(z.string()).describe('roles from titles and appositions ("Prime Minister")'),
    country: z
      .string()
      .nullable()
      .describe("the country the person or body belongs to, when the article says"),
    mentions: z.array(Mention).describe("every place where the entity is named"),
    captionOnly: z.boolean().optional().describe("every mention is inside a caption block"),
  })
  .describe("one actor: a person, organisation, country, place, event or work");

export const Speaker = Span.extend({
  entity: z.string().nullable().describe("the entity id, when the speaker is one"),
  name: z.string().describe("canonical name, or the anonymous group as written"),
  anonymous: z.boolean().describe('an unnamed person or group ("sources", "a senior official")'),
  resolvedBy: z
    .enum(["name", "pronoun", "description", "according-to", "previous"])
    .describe("how the mention was resolved to the name"),
}).describe("who said it; start/end locate the mention as written in this attribution");

export const Cue = Span.extend({
  text: asWritten,
  type: z
    .enum(["speech", "belief", "intention"])
    .optional()
    .describe('"said" is speech, "believes" belief, "wants" intention'),
}).describe("the attributing words");

export const Quote = Span.extend({
  id: z.string().describe("q1, q2, ..."),
  kind: z
    .enum(["direct", "mixed", "indirect"])
    .describe("quoted words; reported speech with a quoted fragment; reported speech"),
  text: asWritten.describe("the content, without the quotation marks"),
  paragraphs: z.number().int().positive().describe("how many paragraphs the content spans"),
  speaker: Speaker.nullable().describe(
    'who said it; null for an attribution without a source ("is expected to")',
  ),
  cue: Cue.nullable().describe(
    'the attributing words ("said", "according to"), or null for a quotation that continues a speaker',
  ),
  via: z.array(z.string()).describe('outlets that relayed the words ("told Reuters", "TASS quoted him")'),
  medium: z.string().nullable().describe('the channel: "interview with RT", "statement", "Telegram"'),
  segments: z
    .array(z.tuple([offset, offset]))
    .optional()
    .describe('content pieces when the quotation is interrupted ("A," he said, "B.")'),
}).describe("a direct, mixed or indirect quote");

export const Timex = Span.extend({
  text: asWritten,
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]).describe("TIMEX3 type"),
  value: z.string().describe("TIMEX3 value: 2022-03-16, 1945-02, P50Y, PRESENT_REF, XXXX-03"),
  mod: z.string().nullable().describe("TIMEX3 modifier: START, END, APPROX, BEFORE, ..."),
  anchor: z
    .enum(["dct", "context", "absolute", "none"])
    .optional()
    .describe(
      "what the value rests on: the document date, a year in the text, the expression itself, nothing",
    ),
}).describe("a time expression");

export const TimelineItem = Span.extend({
  date: z.string().describe("the date (the timex value)"),
  timex: z.number().int().nonnegative().describe("index into timexes"),
  summary: z.string().describe("the clause around the date"),
  actors: z.array(z.string()).describe("ids of the entities in that clause"),
  source: z.enum(["body", "caption"]).describe("whether the date is in the article's body or in a caption"),
}).describe("a dated event; start/end cover the clause");

export const Technique = Span.extend({
  text: asWritten,
  technique: z.string().describe("the propaganda corpus's technique name, or Vague_Attribution"),
  voice: z.string().describe('"author", or the canonical name of the speaker whose quote holds the words'),
  explanation: z.string().describe("why these words were flagged"),
  rule: z.string().optional().describe("the rule that matched (lexicons/rhetoric/...)"),
}).describe("a persuasion technique, in its voice");

export const Analysis = z
  .object({
    schema: z.literal(SCHEMA_ID).describe("the contract's name and version"),
    id: z.string().describe("the record's id, else the first 16 hex digits of the SHA-256 of text"),
    meta: Meta,
    text: z.string().describe("the article's plain text: every offset indexes it (UTF-16 code units)"),
    blocks: z.array(Block).describe("paragraphs, headings and captions, in text order"),
    sentences: z.array(Sentence).describe("sentences, never across blocks"),
    entities: z
      .array(Entity)
      .describe("people, organisations, countries, places, events, works: one per actor"),
    quotes: z.array(Quote).describe("direct, mixed and indirect quotes with speaker, cue, relay and medium"),
    timexes: z.array(Timex).describe("time expressions with TIMEX3 values"),
    timeline: z.array(TimelineItem).describe("dated events, sorted by date"),
    techniques: z.array(Technique).describe("persuasion techniques, each in its voice"),
  })
  .describe("dossier.analysis/1: one article, every item with offsets into its text (docs/SCHEMA.md)");

export type Analysis = z.infer<typeof Analysis>;
export type Meta = z.infer<typeof Meta>;
export type MetaOptions = z.infer<typeof MetaOptions>;
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
