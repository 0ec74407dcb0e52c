/** Concurrent requests on one store: listings interleave without "connection is busy" errors. */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openStore } from "../src/corpus/store/index.js";
import type { CorpusStore } from "../src/corpus/store/types.js";
import { buildApp } from "../src/server/app.js";
import { inThreadAnalyzer } from "../src/server/analyzer.js";
import { corpusDb } from "./web-fixtures.js";

let store: CorpusStore;
let app: FastifyInstance;

beforeAll(async () => {
  store = await openStore(await corpusDb());
  app = await buildApp({ store, analyzer: inThreadAnalyzer, log: () => {} });
});
afterAll(async () => {
  await app.close();
  await store.close();
});

it("answers many listings at once", async () => {
  const urls = ["/api/quotes", "/api/timeline", "/api/clusters", "/api/speakers", "/api/quotes?speaker=Roe"];
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => app.inject({ method: "GET", url: urls[i % urls.length] })),
  );
  for (const a of answers) expect(a.statusCode, a.body).toBe(200);
});
