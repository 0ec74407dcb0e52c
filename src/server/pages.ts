/**
 * The pages of `dossier serve`: the start page (analyse, search, the corpus), an article, a
 * speaker, a cluster; and the browser files they use. Pages are rendered on the server; the
 * only scripts are the files under /assets/.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { renderHtml } from "../render/html.js";
import { WEB_ASSETS, type WebAsset, webAsset } from "../render/html-assets.js";
import { type AnalysisDeps, analyzeRequest } from "./analysis-service.js";
import { collect, findCluster } from "./api.js";
import { HttpError, notFound } from "./errors.js";
import { AnalyzeBody, Filters, parseOr400, SearchQuery, withoutBlanks, zodReason } from "./inputs.js";
import { clusterPage } from "./pages/cluster.js";
import { type AnalyseForm, type HomeView, homePage } from "./pages/home.js";
import { articleHref, SITE } from "./pages/layout.js";
import { speakerPage } from "./pages/speaker.js";

/** Quotes a speaker's page lists at most. */
const SPEAKER_QUOTES = 2000;

const CONTENT_TYPES: Record<string, string> = {
  css: "text/css; charset=utf-8",
  js: "text/javascript; charset=utf-8",
};

const html = (reply: FastifyReply, body: string) => reply.type("text/html; charset=utf-8").send(body);

async function homeView(deps: AnalysisDeps, query: unknown): Promise<HomeView> {
  const { store } = deps;
  const view: HomeView = {
    stats: await store.stats(),
    speakers: await store.speakers({ limit: 10 }),
    clusters: await collect(store.clusters({ minSize: 2, limit: 10 })),
  };
  const raw = withoutBlanks(query);
  if (raw.q === undefined) return view;
  const parsed = SearchQuery.safeParse(raw);
  if (!parsed.success) return { ...view, searchError: zodReason(parsed.error) };
  const { q, ...filters } = parsed.data;
  return { ...view, search: { ...parsed.data, hits: await store.search(q, { limit: 50, ...filters }) } };
}

/** The start page's form as the API's body: pasted HTML is told from text by its first character. */
function formBody(form: Record<string, string>): AnalyzeBody {
  const content = form.content?.trim() ?? "";
  const url = form.url?.trim() ?? "";
  if (!content && !url) throw new HttpError(400, "paste an article, or give its address");
  if (content && url) throw new HttpError(400, "give either pasted text or an address, not both");
  const source = url ? { url } : content.startsWith("<") ? { html: content } : { text: form.content };
  return { ...source, ...(form.date ? { date: form.date } : {}), store: form.store === "1" };
}

/**
 * A form posted from another site is refused: a page elsewhere must not make the user's browser
 * fill their corpus (the JSON API needs a JSON body, which browsers never send across sites).
 */
function refuseCrossSite(request: FastifyRequest): void {
  if (request.headers["sec-fetch-site"] === "cross-site")
    throw new HttpError(403, "a form from another site cannot post here");
}

async function analyseForm(deps: AnalysisDeps, request: FastifyRequest, reply: FastifyReply) {
  refuseCrossSite(request);
  const form = (request.body ?? {}) as Record<string, string>;
  const values: AnalyseForm = { content: form.content, url: form.url, date: form.date };
  try {
    const body = parseOr400(AnalyzeBody, formBody(form));
    const { analysis, stored } = await analyzeRequest(body, deps);
    if (stored) return reply.redirect(articleHref(analysis.id), 303);
    return html(reply, renderHtml(analysis, { site: SITE }));
  } catch (error) {
    if (!(error instanceof HttpError) || error.status !== 400) throw error;
    const view = await homeView(deps, {});
    return html(reply.code(400), homePage({ ...view, form: { ...values, error: error.message } }));
  }
}

/**
 * A name filter for the store that finds at least every speaker named exactly `name`: the store
 * matches words that start after a space, hyphen, dot or apostrophe, so only such words of the
 * name are asked for (undefined: none, every speaker); the page then keeps the exact name.
 */
function speakerFilter(name: string): string | undefined {
  const words = name
    .split(/[\s\-.'’]+/)
    .map((w) => /^[\p{L}\p{N}]+/u.exec(w)?.[0])
    .filter(Boolean);
  return words.length ? words.join(" ") : undefined;
}

async function speakerView(deps: AnalysisDeps, name: string) {
  const { store } = deps;
  const speaker = speakerFilter(name);
  const quotes = (await collect(store.quotes({ speaker, limit: SPEAKER_QUOTES }))).filter(
    (q) => q.speaker === name,
  );
  const row = (await store.speakers({ speaker, limit: 0 })).find((s) => s.name === name) ?? null;
  if (!row && !quotes.length) throw notFound(`speaker '${name}'`);
  const clusters = (await collect(store.clusters({ speaker, minSize: 2 }))).filter((c) =>
    c.members.some((m) => m.speaker === name),
  );
  return {
    name,
    row,
    quotes,
    clusters,
    truncatedAt: quotes.length >= SPEAKER_QUOTES ? SPEAKER_QUOTES : undefined,
  };
}

export function registerPages(app: FastifyInstance, deps: AnalysisDeps): void {
  const { store } = deps;
  app.get("/", async (request, reply) => html(reply, homePage(await homeView(deps, request.query))));

  app.post("/analyze", (request, reply) => analyseForm(deps, request, reply));

  app.get<{ Params: { id: string } }>("/articles/:id", async (request, reply) => {
    const analysis = await store.article(request.params.id);
    if (!analysis) throw notFound(`article '${request.params.id}'`);
    return html(reply, renderHtml(analysis, { site: SITE }));
  });

  app.get<{ Params: { name: string } }>("/speakers/:name", async (request, reply) => {
    parseOr400(Filters.pick({ speaker: true }), { speaker: request.params.name });
    return html(reply, speakerPage(await speakerView(deps, request.params.name)));
  });

  app.get<{ Params: { id: string } }>("/clusters/:id", async (request, reply) => {
    const cluster = await findCluster(store, request.params.id);
    if (!cluster) throw notFound(`cluster '${request.params.id}'`);
    return html(reply, clusterPage(cluster));
  });

  app.get<{ Params: { name: string } }>("/assets/:name", async (request, reply) => {
    const name = request.params.name as WebAsset;
    if (!WEB_ASSETS.includes(name)) throw notFound(`file '${name}'`);
    return reply
      .type(CONTENT_TYPES[name.split(".").pop()!])
      .header("cache-control", "no-cache")
      .send(webAsset(name));
  });
}
