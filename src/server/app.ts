/**
 * The web server of `dossier serve` (Fastify): the JSON API under /api/, the pages, and the
 * browser files under /assets/. Every answer carries a Content-Security-Policy that lets only the
 * site's own script files run; every error is one line (JSON for the API, a page otherwise); every
 * request is logged as one line.
 */
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from "fastify";
import type { CorpusStore } from "../corpus/store/types.js";
import type { Analyzer } from "./analyzer.js";
import { registerApi } from "./api.js";
import { HttpError } from "./errors.js";
import { messagePage } from "./pages/layout.js";
import { registerPages } from "./pages.js";

export const DEFAULT_BODY_LIMIT = 10 * 1024 * 1024;

export interface AppOptions {
  store: CorpusStore;
  analyzer: Analyzer;
  /** The largest request body, in bytes (default 10 MB); a larger one is answered 413. */
  bodyLimit?: number;
  /** Let POST /api/analyze fetch loopback and private addresses. */
  allowPrivateUrls?: boolean;
  /** Where the one line per request goes (default: nowhere). */
  log?: (line: string) => void;
  /**
   * Host names the requests must be addressed to (the Host header, without its port); others are
   * refused with 403. A server on loopback sets them, so a web page whose name an attacker points
   * at 127.0.0.1 (DNS rebinding) cannot read the corpus through the user's browser.
   */
  allowedHosts?: string[];
}

/** No inline script, no outside origin: article text can never run code in the page. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SECURITY_HEADERS = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({ logger: false, bodyLimit });
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addHook("onSend", async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
  if (options.allowedHosts) {
    const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()));
    app.addHook("onRequest", async (request) => {
      if (!allowed.has(hostName(request.headers.host)))
        throw new HttpError(403, `this server answers only requests addressed to ${[...allowed].join(", ")}`);
    });
  }
  if (options.log) {
    const log = options.log;
    app.addHook("onResponse", async (request, reply) => log(requestLine(request, reply)));
  }
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, message } = errorAnswer(error, bodyLimit);
    if (status >= 500)
      process.stderr.write(`dossier serve: ${request.method} ${request.url}: ${error.stack}\n`);
    return answerError(request, reply, status, message);
  });
  app.setNotFoundHandler((request, reply) =>
    answerError(request, reply, 404, `no such page: ${request.url.split("?")[0]}`),
  );
  const deps = {
    store: options.store,
    analyzer: options.analyzer,
    allowPrivateUrls: options.allowPrivateUrls ?? false,
  };
  registerApi(app, deps);
  registerPages(app, deps);
  return app;
}

/** The host name of a Host header (`localhost:8080` -> `localhost`, `[::1]:8080` -> `[::1]`). */
function hostName(header: string | undefined): string {
  try {
    return new URL(`http://${header ?? ""}`).hostname.toLowerCase();
  } catch {
    return "";
  }
}

/** `2024-05-03T10:00:00.000Z GET /api/stats 200 3.2 ms`, control characters removed. */
function requestLine(request: FastifyRequest, reply: FastifyReply): string {
  const url = request.url.replace(/[\u0000-\u001f\u007f]/g, "?").slice(0, 300);
  return `${new Date().toISOString()} ${request.method} ${url} ${reply.statusCode} ${reply.elapsedTime.toFixed(1)} ms`;
}

/** The status and one-line reason of an error: ours, Fastify's (body too large, bad JSON), or a bug. */
function errorAnswer(error: FastifyError, bodyLimit: number): { status: number; message: string } {
  if (error instanceof HttpError) return { status: error.status, message: error.message };
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { status: 413, message: `the request body is over the ${bodyLimit} byte limit (--body-limit)` };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, message: "send JSON (Content-Type: application/json)" };
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { status: 400, message: "the body is empty: send a JSON object" };
    case "FST_ERR_CTP_INVALID_JSON_BODY":
      return { status: 400, message: "the body is not valid JSON" };
  }
  if (error instanceof SyntaxError)
    return { status: 400, message: `the body is not valid JSON (${oneLine(error.message)})` };
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return { status, message: oneLine(error.message) };
  return { status: 500, message: "internal error (the server's log has the details)" };
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim().slice(0, 500);

function answerError(request: FastifyRequest, reply: FastifyReply, status: number, message: string) {
  reply.code(status);
  if (request.url.startsWith("/api/")) return reply.send({ error: message });
  return reply.type("text/html; charset=utf-8").send(messagePage(status, message));
}
