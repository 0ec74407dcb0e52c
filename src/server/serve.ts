/**
 * Running the server: open the store, start the analysis thread, listen, and on SIGINT or
 * SIGTERM stop taking requests, finish the ones in flight, and close everything.
 */
import { DEFAULT_DB, openStore } from "../corpus/store/index.js";
import { InputError } from "../document/errors.js";
import { threadAnalyzer } from "./analyzer.js";
import { buildApp, DEFAULT_BODY_LIMIT } from "./app.js";

export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  bodyLimit?: string;
  allowPrivateUrls?: boolean;
}

const DEFAULT_PORT = 8080;
const DEFAULT_HOST = "127.0.0.1";
const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1024, mb: 1024 * 1024, gb: 1024 * 1024 * 1024 };

export function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new InputError(`--port '${value}' is not a port number (0 to 65535; 0 picks a free one)`);
  return port;
}

export function parseSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BODY_LIMIT;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(value.trim());
  const bytes = m ? Math.floor(Number(m[1]) * UNITS[m[2].toLowerCase()]) : Number.NaN;
  if (!(bytes >= 1))
    throw new InputError(`--body-limit '${value}' is not a size: give bytes, or e.g. 512kb, 10mb`);
  return bytes;
}

function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  if (error.code === "EADDRINUSE")
    return new InputError(`port ${port} on ${host} is in use: pick another with --port (0: any free port)`);
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
    return new InputError(`cannot listen on '${host}': give an address of this machine with --host`);
  if (error.code === "EACCES")
    return new InputError(`not allowed to listen on port ${port}: use a port above 1023`);
  return error;
}

/** The names a browser on this machine uses for a loopback address; null: any name (not loopback). */
function loopbackNames(host: string): string[] | null {
  const loopback = ["127.0.0.1", "localhost", "::1", "[::1]"];
  return loopback.includes(host.toLowerCase()) ? ["127.0.0.1", "localhost", "[::1]"] : null;
}

const stopSignal = () =>
  new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });

export async function serve(options: ServeOptions): Promise<number> {
  const port = parsePort(options.port);
  const host = options.host ?? DEFAULT_HOST;
  const bodyLimit = parseSize(options.bodyLimit);
  const db = options.db ?? DEFAULT_DB;
  const store = await openStore(db, { create: true });
  const analyzer = threadAnalyzer();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const app = await buildApp({
    store,
    analyzer: analyzer.analyze,
    bodyLimit,
    allowPrivateUrls: options.allowPrivateUrls ?? false,
    allowedHosts: loopbackNames(host) ?? undefined,
    log,
  });
  try {
    await app.listen({ port, host });
    const address = app.server.address();
    const bound = typeof address === "object" && address ? address.port : port;
    process.stdout.write(`http://${host.includes(":") ? `[${host}]` : host}:${bound}/\n`);
    log(`dossier serve: ${db}, Ctrl-C stops`);
    log(`dossier serve: ${await stopSignal()}: stopping`);
  } catch (error) {
    throw listenError(error as NodeJS.ErrnoException, host, port);
  } finally {
    await app.close();
    await analyzer.close();
    await store.close();
  }
  return 0;
}
