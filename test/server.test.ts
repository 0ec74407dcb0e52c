/** dossier serve without a browser: the JSON API and the pages through Fastify's inject(), and the command. */
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractProblems } from "../src/analysis.js";
import { openStore } from "../src/corpus/store/index.js";
import type { CorpusStore } from "../src/corpus/store/types.js";
import { inThreadAnalyzer } from "../src/server/analyzer.js";
import { buildApp, type AppOptions } from "../src/server/app.js";
import { isPublicAddress } from "../src/server/private-address.js";
import { CLI, dossier, ROOT, tempDir } from "./helpers.js";
import { corpusDb, PAYLOADS, XSS_SPEAKER, XSS_TITLE } from "./web-fixtures.js";

let db: string;
let store: CorpusStore;
let app: FastifyInstance;
const logged: string[] = [];

async function appWith(options: Partial<AppOptions>): Promise<FastifyInstance> {
  return buildApp({ store, analyzer: inThreadAnalyzer, log: (l) => logged.push(l), ...options });
}

beforeAll(async () => {
  db = await corpusDb();
  store = await openStore(db);
  app = await appWith({});
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = (url: string) => app.inject({ method: "GET", url });
const post = (url: string, payload: unknown, a = app) =>
  a.inject({ method: "POST", url, payload: payload as object });
const page = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("the JSON API", () => {
  it("counts the corpus", async () => {
    const r = await get("/api/stats");
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ articles: 6, outlets: 4 });
  });

  it("searches, with filters, best first", async () => {
    const r = await get("/api/search?q=bridge%20safe&limit=2");
    expect(r.statusCode).toBe(200);
    const { hits } = r.json();
    expect(hits).toHaveLength(2);
    expect(hits[0]).toHaveProperty("article");
    expect(hits[0].snippet).toContain("[bridge]");
    const bySpeaker = (await get("/api/search?q=bridge&speaker=roe")).json().hits;
    expect(bySpeaker.length).toBeGreaterThan(0);
    for (const h of bySpeaker) expect(h.quote.speaker).toBe("Jane Roe");
  });

  it("refuses a bad query with 400 and one line naming the field", async () => {
    for (const [url, reason] of [
      ["/api/search", /^q: /],
      ["/api/search?q=x&from=yesterday", /^from: not an ISO 8601 date/],
      ["/api/search?q=x&limit=0", /^limit: /],
      ["/api/search?q=x&colour=red", /colour/],
      ["/api/quotes?limit=many", /^limit: /],
    ] as const) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error, url).toMatch(reason);
      expect(r.json().error).not.toContain("\n");
    }
  });

  it("gives a stored Analysis, and 404 for an unknown article", async () => {
    const r = await get("/api/articles/herald-0502");
    expect(r.statusCode).toBe(200);
    expect(contractProblems(r.json())).toEqual([]);
    const missing = await get("/api/articles/nope");
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: "article 'nope' not found" });
  });

  it("lists quotes, speakers, clusters and the timeline", async () => {
    const quotes = (await get("/api/quotes?speaker=roe")).json().quotes;
    expect(quotes.length).toBeGreaterThan(1);
    for (const q of quotes) expect(q.speaker).toBe("Jane Roe");
    const speakers = (await get("/api/speakers?limit=3")).json().speakers;
    expect(speakers).toHaveLength(3);
    expect(speakers[0]).toHaveProperty("quotes");
    const clusters = (await get("/api/clusters")).json().clusters;
    const misattributed = clusters.find((c: { misattributed: boolean }) => c.misattributed);
    expect(misattributed.speakers.map((s: { name: string }) => s.name).sort()).toEqual([
      "Jane Roe",
      "Maria Chen",
    ]);
    expect((await get(`/api/clusters/${misattributed.id}`)).json()).toEqual(misattributed);
    expect((await get("/api/clusters/999999")).statusCode).toBe(404);
    const events = (await get("/api/timeline?limit=5")).json().events;
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toHaveProperty("date");
  });

  it("describes itself in an OpenAPI document", async () => {
    const doc = (await get("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    for (const path of [
      "/api/stats",
      "/api/search",
      "/api/articles/{id}",
      "/api/quotes",
      "/api/speakers",
      "/api/clusters",
      "/api/timeline",
      "/api/analyze",
    ])
      expect(doc.paths, path).toHaveProperty([path]);
    expect(doc.components.schemas.Analysis.properties).toHaveProperty("quotes");
  });
});

describe("POST /api/analyze", () => {
  const TEXT =
    "Jane Roe, the mayor of Springfield, said the bridge would reopen in May. “It is safe,” Roe said.";

  it("analyses text and HTML without storing them", async () => {
    const r = await post("/api/analyze", { text: TEXT, date: "2024-05-01" });
    expect(r.statusCode).toBe(200);
    const a = r.json();
    expect(contractProblems(a)).toEqual([]);
    expect(a.quotes.map((q: { speaker: { name: string } }) => q.speaker.name)).toContain("Jane Roe");
    expect(a.meta.options).toEqual({ date: "2024-05-01" });
    const html = await post("/api/analyze", {
      html: `<html><body><article><p>${TEXT}</p></article></body></html>`,
    });
    expect(html.json().text).toContain("Jane Roe");
    expect((await get(`/api/articles/${a.id}`)).statusCode).toBe(404);
  });

  it("stores when asked: 201 with the article's address, then unchanged", async () => {
    const body = { text: `${TEXT} Stored once.`, store: true };
    const r = await post("/api/analyze", body);
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toBe(`/api/articles/${r.json().id}`);
    expect((await get(r.headers.location as string)).json().text).toBe(body.text);
    const again = await post("/api/analyze", body);
    expect(again.statusCode).toBe(200);
    expect(again.headers["x-dossier-stored"]).toBe("unchanged");
  });

  it("refuses bad bodies with 400 and one line", async () => {
    const bad = async (payload: string, reason: RegExp) => {
      const r = await app.inject({
        method: "POST",
        url: "/api/analyze",
        headers: { "content-type": "application/json" },
        payload,
      });
      expect(r.statusCode, payload).toBe(400);
      expect(r.json().error, payload).toMatch(reason);
    };
    await bad('{"text": ', /not valid JSON/);
    await bad('{"txt": "hello"}', /Unrecognized key: "txt"/);
    await bad('{"text": "a", "url": "https://example.org/"}', /exactly one of "text", "html" or "url"/);
    await bad('{"text": 42}', /^text: /);
    await bad('{"text": "hello", "date": "last week"}', /^date: not an ISO 8601 date/);
    await bad('{"text": "   "}', /empty/);
    await bad("[1, 2]", /expected object/);
  });

  it("answers 413 to a body over the limit", async () => {
    const small = await appWith({ bodyLimit: 1000 });
    const r = await post("/api/analyze", { text: "x".repeat(2000) }, small);
    expect(r.statusCode).toBe(413);
    expect(r.json().error).toMatch(/over the 1000 byte limit/);
    await small.close();
  });

  describe("with a URL", () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.end(
          `<html><head><title>Bridge</title></head><body><article><p>${TEXT}</p></article></body></html>`,
        );
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/story`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("refuses loopback and private addresses unless allowed", async () => {
      for (const target of [
        url,
        url.replace("127.0.0.1", "localhost"),
        "http://[::1]:9/",
        "http://10.1.2.3/",
      ]) {
        const r = await post("/api/analyze", { url: target });
        expect(r.statusCode, target).toBe(400);
        expect(r.json().error, target).toMatch(/loopback or private address.*--allow-private-urls/);
      }
      const open = await appWith({ allowPrivateUrls: true });
      const r = await post("/api/analyze", { url }, open);
      expect(r.statusCode).toBe(200);
      expect(r.json().meta.url).toBe(url);
      expect(r.json().text).toContain("Jane Roe");
      await open.close();
    });

    it("tells public addresses from the others", () => {
      for (const a of [
        "127.0.0.1",
        "10.0.0.1",
        "172.20.1.1",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fd00::1",
        "fe80::1",
        "::ffff:127.0.0.1",
        "0.0.0.0",
      ])
        expect(isPublicAddress(a), a).toBe(false);
      for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
        expect(isPublicAddress(a), a).toBe(true);
    });
  });
});

describe("the pages", () => {
  it("sends a Content-Security-Policy without inline scripts, on pages, API answers and errors", async () => {
    for (const url of ["/", "/articles/herald-0502", "/api/stats", "/nope", "/api/articles/nope"]) {
      const csp = String((await get(url)).headers["content-security-policy"]);
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).not.toContain("unsafe-inline");
    }
  });

  it("start page: the analyse form, the search box, the corpus", async () => {
    const d = page((await get("/")).body);
    expect(d.querySelector('form[action="/analyze"] textarea[name="content"]')).not.toBeNull();
    expect(d.querySelector('form[action="/"] input[name="q"]')).not.toBeNull();
    expect(d.querySelector("dl.stats")?.textContent).toMatch(/articles\s*\d+/);
    expect([...d.querySelectorAll('a[href^="/speakers/"]')].map((a) => a.textContent)).toContain("Jane Roe");
    expect(d.querySelector('a[href^="/clusters/"]')).not.toBeNull();
  });

  it("search results link to their articles; a bad filter is a message, not a crash", async () => {
    const d = page((await get("/?q=bridge")).body);
    const hits = [...d.querySelectorAll("ol.hits a")].map((a) => a.getAttribute("href"));
    expect(hits).toContain("/articles/river-post-0504");
    expect(d.querySelector("ol.hits mark")?.textContent).toMatch(/bridge/i);
    const bad = page((await get("/?q=bridge&from=soon")).body);
    expect(bad.querySelector(".search-box .error")?.textContent).toMatch(/from: not an ISO 8601 date/);
  });

  it("article page: the one article view, with the site around it", async () => {
    const r = await get("/articles/herald-0502");
    expect(r.headers["content-type"]).toMatch(/text\/html/);
    const d = page(r.body);
    expect(d.querySelector("h1")?.textContent).toBe("Mill Street bridge to reopen on Monday, mayor says");
    expect(d.querySelector("nav.site")).not.toBeNull();
    expect(d.querySelectorAll('article [data-layer="quote"]').length).toBeGreaterThan(0);
    expect([...d.querySelectorAll("script")].map((s) => s.getAttribute("src"))).toEqual([
      "/assets/article.js",
    ]);
    expect(d.querySelector('aside a[href="/speakers/Jane%20Roe"]')).not.toBeNull();
    expect((await get("/articles/nope")).statusCode).toBe(404);
  });

  it("speaker page: quotes by outlet and over time, with their clusters", async () => {
    const d = page((await get("/speakers/Jane%20Roe")).body);
    expect(d.querySelector("h1")?.textContent).toBe("Jane Roe");
    expect(d.querySelector(".chart svg rect.bar")).not.toBeNull();
    expect(d.querySelector("table.outlets")?.textContent).toMatch(/Springfield Herald\s*2/);
    expect(d.querySelectorAll("ul.quotes li").length).toBeGreaterThanOrEqual(3);
    expect(d.querySelector('ul.clusters a[href^="/clusters/"]')).not.toBeNull();
    expect((await get("/speakers/Nobody%20Atall")).statusCode).toBe(404);
  });

  it("cluster page: first outlet, each variant's changes, the misattribution", async () => {
    const clusters = (await get("/api/clusters")).json().clusters;
    const id = clusters.find((c: { misattributed: boolean }) => c.misattributed).id;
    const d = page((await get(`/clusters/${id}`)).body);
    expect(d.querySelector("blockquote.canonical")?.textContent).toContain("The bridge is safe");
    expect(d.querySelector("table.journey tr.first")?.textContent).toContain("Springfield Herald");
    expect(d.querySelector("table.journey")?.textContent).toContain("cut “after the final inspection,”");
    expect(d.querySelector(".error")?.textContent).toMatch(/Credited to different speakers: .*Maria Chen/);
  });

  it("serves its own files and nothing else under /assets/", async () => {
    const js = await get("/assets/article.js");
    expect(js.statusCode).toBe(200);
    expect(js.headers["content-type"]).toMatch(/javascript/);
    expect((await get("/assets/site.css")).headers["content-type"]).toMatch(/text\/css/);
    expect((await get("/assets/..%2Fpackage.json")).statusCode).toBe(404);
    expect((await get("/assets/x.js")).statusCode).toBe(404);
  });

  it("the analyse form shows the article view, stores and redirects when asked, refuses other sites", async () => {
    const form = (body: string, headers: Record<string, string> = {}) =>
      app.inject({
        method: "POST",
        url: "/analyze",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        payload: body,
      });
    const text = encodeURIComponent("“We will not give up,” Dmitry Peskov said on Tuesday.");
    const shown = await form(`content=${text}&url=&date=2022-10-07`);
    expect(shown.statusCode).toBe(200);
    expect(page(shown.body).querySelector('[data-layer="quote"]')?.textContent).toBe("We will not give up,");
    const stored = await form(`content=${text}&store=1`);
    expect(stored.statusCode).toBe(303);
    expect(stored.headers.location).toMatch(/^\/articles\/[0-9a-f]{16}$/);
    const empty = await form("content=&url=");
    expect(empty.statusCode).toBe(400);
    expect(page(empty.body).querySelector(".analyse .error")?.textContent).toBe(
      "paste an article, or give its address",
    );
    expect((await form(`content=${text}`, { "sec-fetch-site": "cross-site" })).statusCode).toBe(403);
  });

  it("shows hostile titles, names and quotes as text, on every page", async () => {
    const pages = [
      "/articles/xss",
      `/speakers/${encodeURIComponent(XSS_SPEAKER)}`,
      "/",
      "/?q=plan",
      "/?q=plan&speaker=smith",
    ];
    for (const url of pages) {
      const r = await get(url);
      expect(r.statusCode, url).toBe(200);
      const d = page(r.body);
      expect(
        [...d.querySelectorAll("script")].every((s) => s.getAttribute("src")?.startsWith("/assets/")),
        url,
      ).toBe(true);
      expect(d.querySelectorAll("img, svg:not(.chart svg), b").length, url).toBe(0);
      expect(d.querySelectorAll("textarea").length, url).toBe(url.startsWith("/?") || url === "/" ? 1 : 0);
      const handlers = [...d.querySelectorAll("*")].flatMap((el) =>
        [...(el as Element).attributes].map((x) => x.name).filter((n) => n.startsWith("on")),
      );
      expect(handlers, url).toEqual([]);
    }
    const article = page((await get("/articles/xss")).body);
    expect(article.querySelector("h1")?.textContent).toBe(XSS_TITLE);
    const text = article.querySelector("article")?.textContent ?? "";
    for (const p of [PAYLOADS.script, PAYLOADS.textarea, PAYLOADS.svg]) expect(text).toContain(p);
    expect(article.querySelector("aside .quotes")?.textContent).toContain(XSS_SPEAKER);
    const speaker = page((await get(`/speakers/${encodeURIComponent(XSS_SPEAKER)}`)).body);
    expect(speaker.querySelector("h1")?.textContent).toBe(XSS_SPEAKER);
  });

  it("on loopback, answers only requests addressed to this machine (no DNS rebinding)", async () => {
    const local = await appWith({ allowedHosts: ["127.0.0.1", "localhost", "[::1]"] });
    const as = (host: string) => local.inject({ method: "GET", url: "/api/stats", headers: { host } });
    for (const host of ["127.0.0.1:8080", "localhost:8080", "[::1]:8080", "LOCALHOST"])
      expect((await as(host)).statusCode, host).toBe(200);
    const evil = await as("attacker.example:8080");
    expect(evil.statusCode).toBe(403);
    expect(evil.json().error).toMatch(/only requests addressed to 127\.0\.0\.1, localhost/);
    await local.close();
  });

  it("logs one line per request", async () => {
    logged.length = 0;
    await get("/api/stats?x=%0Aforged");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ GET \/api\/stats\?x=%0Aforged 200 \d+\.\d ms$/);
  });
});

describe("dossier serve", () => {
  it("listens, answers, logs each request and stops cleanly on SIGTERM", async () => {
    const child = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0"], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.once("data", (d) => resolve(String(d).trim()));
      child.once("exit", () => reject(new Error(`serve exited: ${stderr}`)));
    });
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const stats = await (await fetch(`${address}api/stats`)).json();
    expect(stats.articles).toBeGreaterThan(0);
    const analysed = await fetch(`${address}api/analyze`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "“It is safe,” Jane Roe said." }),
    });
    expect((await analysed.json()).quotes[0].speaker.name).toBe("Jane Roe");
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const t0 = Date.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(stderr).toMatch(/GET \/api\/stats 200/);
    expect(stderr).toMatch(/POST \/api\/analyze 200/);
    expect(stderr).toContain("SIGTERM: stopping");
  });

  it("refuses bad options with one line and status 2", () => {
    for (const [args, reason] of [
      [["--port", "http"], /--port 'http' is not a port number/],
      [["--body-limit", "lots"], /--body-limit 'lots' is not a size/],
    ] as const) {
      const r = dossier(["serve", "--db", join(tempDir(), "x.db"), ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(reason);
    }
  });
});
