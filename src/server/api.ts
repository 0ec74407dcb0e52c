/**
 * The JSON API (docs/API.md; the OpenAPI document at /api/openapi.json): the corpus views of the
 * CLI (stats, search, quotes, speakers, clusters, timeline), one stored Analysis, and analysing
 * an article given as text, HTML or a URL. Every store call is awaited, so a store whose methods
 * answer with promises works the same.
 */
import type { FastifyInstance } from "fastify";
import type { AnalysisDeps } from "./analysis-service.js";
import { analyzeRequest } from "./analysis-service.js";
import { notFound } from "./errors.js";
import {
  AnalyzeBody,
  ClustersQuery,
  Filters,
  parseOr400,
  SearchQuery,
  SpeakersQuery,
  TimelineQuery,
  withoutBlanks,
} from "./inputs.js";
import { openApiDocument } from "./openapi.js";

/** Items a listing returns unless `limit` says otherwise (search and speakers: the CLI's defaults). */
export const DEFAULT_LIMITS = { search: 20, speakers: 50, quotes: 100, clusters: 100, timeline: 100 };

/** Every item of a store listing (sync or async iterable). */
export async function collect<T>(items: Iterable<T> | AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A cluster by its id (clusters of two or more quotes, the ones that are ever linked to). */
export async function findCluster(store: AnalysisDeps["store"], id: string) {
  for await (const cluster of store.clusters({ minSize: 2 })) if (cluster.id === id) return cluster;
  return null;
}

export function registerApi(app: FastifyInstance, deps: AnalysisDeps): void {
  const { store } = deps;
  const query = <T extends Parameters<typeof parseOr400>[0]>(schema: T, raw: unknown) =>
    parseOr400(schema, withoutBlanks(raw));

  app.get("/api/stats", async () => await store.stats());

  app.get("/api/search", async (request) => {
    const { q, ...filters } = query(SearchQuery, request.query);
    return { hits: await store.search(q, { limit: DEFAULT_LIMITS.search, ...filters }) };
  });

  app.get<{ Params: { id: string } }>("/api/articles/:id", async (request) => {
    const analysis = await store.article(request.params.id);
    if (!analysis) throw notFound(`article '${request.params.id}'`);
    return analysis;
  });

  app.get("/api/quotes", async (request) => {
    const filters = query(Filters, request.query);
    return { quotes: await collect(store.quotes({ limit: DEFAULT_LIMITS.quotes, ...filters })) };
  });

  app.get("/api/speakers", async (request) => {
    const filters = query(SpeakersQuery, request.query);
    return { speakers: await store.speakers({ limit: DEFAULT_LIMITS.speakers, ...filters }) };
  });

  app.get("/api/clusters", async (request) => {
    const { minSize, ...rest } = query(ClustersQuery, request.query);
    const options = { minSize: minSize ?? 2, limit: DEFAULT_LIMITS.clusters, ...rest };
    return { clusters: await collect(store.clusters(options)) };
  });

  app.get<{ Params: { id: string } }>("/api/clusters/:id", async (request) => {
    const cluster = await findCluster(store, request.params.id);
    if (!cluster) throw notFound(`cluster '${request.params.id}'`);
    return cluster;
  });

  app.get("/api/timeline", async (request) => {
    const filters = query(TimelineQuery, request.query);
    return { events: await collect(store.timeline({ limit: DEFAULT_LIMITS.timeline, ...filters })) };
  });

  app.post("/api/analyze", async (request, reply) => {
    const body = parseOr400(AnalyzeBody, request.body);
    const { analysis, stored } = await analyzeRequest(body, deps);
    if (stored)
      reply
        .header("x-dossier-stored", stored)
        .header("location", `/api/articles/${encodeURIComponent(analysis.id)}`);
    return reply.code(stored === "stored" ? 201 : 200).send(analysis);
  });

  app.get("/api/openapi.json", async () => openApiDocument());
}
