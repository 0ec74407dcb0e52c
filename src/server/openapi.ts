/** The OpenAPI 3.1 document of the JSON API (GET /api/openapi.json); docs/API.md says the same in prose. */
import { analysisJsonSchema } from "../analysis.js";
import { VERSION } from "../util/version.js";
import { MAX_LIMIT } from "./inputs.js";

const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const int = { type: "integer" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (items: object) => ({ type: "array", items });
const object = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: "object",
  properties,
  required,
});

function param(name: string, description: string, schema: object = str, required = false) {
  return { name, in: "query", required, description, schema };
}

const FILTERS = [
  param("speaker", "only speakers named NAME: each of its words starts a word of the name, ignoring case"),
  param("outlet", "only outlets named NAME (same rule)"),
  param("from", "only articles dated on or after this ISO date (2016, 2016-03, 2016-03-12)"),
  param("to", "only articles dated up to this ISO date (2016-03 includes all of March)"),
];
const limit = (fallback: number) =>
  param(`limit`, `at most this many items (default ${fallback})`, {
    type: "integer",
    minimum: 1,
    maximum: MAX_LIMIT,
  });

const ERRORS = {
  "400": {
    description: "a parameter or the body is not valid (one-line reason)",
    content: json(ref("Error")),
  },
};

function json(schema: object) {
  return { "application/json": { schema } };
}

function listing(summary: string, key: string, item: string, parameters: object[]) {
  return {
    get: {
      summary,
      parameters,
      responses: {
        "200": { description: "OK", content: json(object({ [key]: arrayOf(ref(item)) })) },
        ...ERRORS,
      },
    },
  };
}

const byId = (summary: string, schema: string, what: string) => ({
  get: {
    summary,
    parameters: [{ name: "id", in: "path", required: true, schema: str }],
    responses: {
      "200": { description: "OK", content: json(ref(schema)) },
      "404": { description: `no such ${what}`, content: json(ref("Error")) },
    },
  },
});

const ANALYZE = {
  post: {
    summary: "Analyse an article given as text, HTML or a URL (stored in the corpus when store is true)",
    requestBody: {
      required: true,
      content: json({
        type: "object",
        additionalProperties: false,
        properties: {
          text: { ...str, description: "the article as plain text" },
          html: { ...str, description: "the article's HTML page" },
          url: { ...str, description: "an http(s) URL to fetch (15 s, 10 MB, 5 redirects, HTML or text)" },
          date: { ...str, description: "document date (ISO 8601) that anchors 'yesterday', 'in March'" },
          title: str,
          outlet: str,
          store: { type: "boolean", description: "also store the Analysis in the corpus" },
        },
        description: 'exactly one of "text", "html" or "url"',
      }),
    },
    responses: {
      "200": { description: "the Analysis", content: json(ref("Analysis")) },
      "201": {
        description: "the Analysis, newly stored (Location: /api/articles/ID)",
        content: json(ref("Analysis")),
      },
      ...ERRORS,
      "413": { description: "the body is over the server's --body-limit", content: json(ref("Error")) },
      "415": { description: "the body is not JSON", content: json(ref("Error")) },
    },
  },
};

const SCHEMAS = {
  Error: object({ error: { ...str, description: "what is wrong, on one line" } }),
  Stats: object(
    Object.fromEntries(
      [
        "articles",
        "quotes",
        "direct",
        "mixed",
        "indirect",
        "entities",
        "mentions",
        "speakers",
        "timexes",
        "techniques",
        "clusters",
        "clusteredQuotes",
        "outlets",
        "schemaVersion",
      ]
        .map((k) => [k, int] as [string, object])
        .concat([
          ["from", nullableStr],
          ["to", nullableStr],
        ]),
    ),
  ),
  SearchHit: object(
    {
      article: str,
      title: nullableStr,
      outlet: nullableStr,
      published: nullableStr,
      date: nullableStr,
      snippet: { ...str, description: "the matching words in context, matches between [ and ]" },
      score: { type: "number", description: "bm25: lower is better" },
      quote: object({ id: str, start: int, end: int, text: str, speaker: nullableStr }),
    },
    ["article", "title", "outlet", "published", "date", "snippet", "score"],
  ),
  Quote: object({
    article: str,
    id: str,
    kind: { enum: ["direct", "mixed", "indirect"] },
    start: int,
    end: int,
    text: str,
    speaker: nullableStr,
    anonymous: { type: "boolean" },
    cue: nullableStr,
    via: arrayOf(str),
    medium: nullableStr,
    outlet: nullableStr,
    published: nullableStr,
    date: nullableStr,
    cluster: { type: ["integer", "null"] },
  }),
  Speaker: object({
    name: str,
    kind: str,
    quotes: int,
    articles: int,
    roles: arrayOf(str),
    outlets: arrayOf(object({ outlet: str, quotes: int })),
    firstSeen: nullableStr,
    lastSeen: nullableStr,
  }),
  Cluster: object({
    id: str,
    canonical: str,
    speaker: nullableStr,
    first: object({ article: str, outlet: nullableStr, published: nullableStr, date: nullableStr }),
    members: arrayOf(
      object({
        article: str,
        quote: str,
        start: int,
        end: int,
        text: str,
        outlet: nullableStr,
        published: nullableStr,
        date: nullableStr,
        speaker: nullableStr,
        relation: { enum: ["exact", "normalised", "truncated", "extended", "edited"] },
        changes: {
          type: ["object", "null"],
          properties: {
            cut: arrayOf(str),
            changed: arrayOf(object({ from: str, to: str })),
            added: arrayOf(str),
          },
        },
      }),
    ),
    speakers: arrayOf(object({ name: str, quotes: int })),
    misattributed: { type: "boolean" },
  }),
  TimelineEvent: object({
    date: str,
    summary: str,
    article: str,
    outlet: nullableStr,
    start: int,
    end: int,
    actors: arrayOf(str),
  }),
};

export function openApiDocument(): object {
  return {
    openapi: "3.1.0",
    info: {
      title: "dossier",
      version: VERSION,
      description:
        "Who said what, who is who, what happened when and how it persuades, for one article or a corpus. Offsets (start, end) index the article's text in UTF-16 code units.",
    },
    paths: {
      "/api/stats": {
        get: {
          summary: "Counts of the corpus",
          responses: { "200": { description: "OK", content: json(ref("Stats")) } },
        },
      },
      "/api/search": listing(
        "Full-text search (with speaker: of that speaker's quotes)",
        "hits",
        "SearchHit",
        [param("q", 'words, "a phrase", OR, NOT, prefix*', str, true), ...FILTERS, limit(20)],
      ),
      "/api/articles/{id}": byId("The stored Analysis of an article", "Analysis", "article"),
      "/api/quotes": listing("Quotes with speaker and article, in date order", "quotes", "Quote", [
        ...FILTERS,
        limit(100),
      ]),
      "/api/speakers": listing("Speakers ranked by quotes", "speakers", "Speaker", [
        ...FILTERS.slice(1),
        limit(50),
      ]),
      "/api/clusters": listing("Statements reported by several articles", "clusters", "Cluster", [
        FILTERS[0],
        param("minSize", "only clusters of at least this many quotes (default 2)", int),
        limit(100),
      ]),
      "/api/clusters/{id}": byId(
        "One cluster: its variants, first outlet, misattribution",
        "Cluster",
        "cluster",
      ),
      "/api/timeline": listing("Dated events across the corpus, in date order", "events", "TimelineEvent", [
        param("entity", "only events whose clause names an entity named NAME"),
        ...FILTERS.slice(1),
        limit(100),
      ]),
      "/api/analyze": ANALYZE,
      "/api/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OK" } } } },
    },
    components: { schemas: { ...SCHEMAS, Analysis: analysisJsonSchema() } },
  };
}
