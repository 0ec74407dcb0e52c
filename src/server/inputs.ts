/**
 * What the API and the pages accept, as zod schemas; a request that does not fit is refused with
 * a 400 and one line naming the field and what is wrong with it.
 */
import { z } from "zod";
import { isIsoDate, ISO_FORMS, isoDate } from "../document/dct.js";
import { HttpError } from "./errors.js";

/** The most items one listing returns. */
export const MAX_LIMIT = 10_000;

const name = z.string().trim().min(1).max(200);
const date = z
  .string()
  .trim()
  .refine(isIsoDate, { message: `not an ISO 8601 date: use ${ISO_FORMS}` });
const limit = z.coerce.number().int().min(1).max(MAX_LIMIT);

/** The filters every listing takes (as the CLI's --speaker, --outlet, --from, --to, --limit). */
export const Filters = z
  .object({
    speaker: name.optional(),
    outlet: name.optional(),
    from: date.optional(),
    to: date.optional(),
    limit: limit.optional(),
  })
  .strict();

export const SearchQuery = Filters.extend({
  q: z.string().trim().min(1, "give the words to search for: ?q=...").max(1000),
}).strict();

export const SpeakersQuery = Filters.omit({ speaker: true }).strict();

export const ClustersQuery = z
  .object({
    speaker: name.optional(),
    minSize: z.coerce.number().int().min(1).max(1000).optional(),
    limit: limit.optional(),
  })
  .strict();

export const TimelineQuery = Filters.omit({ speaker: true }).extend({ entity: name.optional() }).strict();

/** The body of POST /api/analyze: exactly one of text, html or url, and what is known about it. */
export const AnalyzeBody = z
  .object({
    text: z.string().optional(),
    html: z.string().optional(),
    url: z.string().max(2000).optional(),
    date: date.optional(),
    title: z.string().max(1000).optional(),
    outlet: z.string().max(200).optional(),
    store: z.boolean().optional(),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of "text", "html" or "url"',
  });
export type AnalyzeBody = z.infer<typeof AnalyzeBody>;

/** `date` as the pipeline takes it (ISO, normalised), or undefined. */
export const analysisDate = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : (isoDate(value) ?? undefined);

/** One line for the first problem zod found: `field: what is wrong`. */
export function zodReason(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue?.message ?? "invalid input"}`;
}

/** Parses a value or throws a 400 with the one-line reason. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, zodReason(result.error));
  return result.data;
}

/**
 * A query string without its empty fields: a form's blank field (`?speaker=`) means "any", not
 * "a speaker named nothing".
 */
export function withoutBlanks(query: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) if (v !== "") out[k] = v;
  return out;
}
