/**
 * Reading what the user gave us: a file, standard input or a URL. Every refusal is an InputError
 * with one line that says what is wrong, where, and what to do. Files are only ever read.
 */
import { statSync } from "node:fs";
import { open } from "node:fs/promises";
import { extname } from "node:path";
import iconv from "iconv-lite";
import { InputError } from "./errors.js";
import type { DocumentInput } from "./input.js";

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_URL_BYTES = 10 * 1024 * 1024;
const URL_TIMEOUT_MS = Number(process.env.DOSSIER_URL_TIMEOUT_MS) || 15_000;
const MAX_REDIRECTS = 5;
const ACCEPTED_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

/** Byte-order marks, which decide the encoding before anything else (as browsers do). */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

/**
 * WHATWG encoding labels that name another decoder than their face value: Latin-1 and ASCII
 * pages are windows-1252, and a page that says it is UTF-16 without a BOM is read as UTF-8.
 */
const LABEL_ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  latin1: "windows-1252",
  l1: "windows-1252",
  ascii: "windows-1252",
  "us-ascii": "windows-1252",
  "x-user-defined": "windows-1252",
  "utf-16": "utf-8",
  "utf-16le": "utf-8",
  "utf-16be": "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  unicode11utf8: "utf-8",
  unicode20utf8: "utf-8",
  "x-unicode20utf8": "utf-8",
  utf8: "utf-8",
};

/** The charset an HTML page declares in its first bytes (`<meta charset>` or `<meta http-equiv>`). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    "latin1",
  );
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** Where the bytes are and what is known about their encoding. */
export interface DecodeOptions {
  /** A charset declared outside the bytes (the HTTP Content-Type header). */
  charset?: string | null;
  /** The bytes may be HTML: a `<meta>` charset is honoured. */
  html?: boolean;
}

/**
 * Decodes text: a BOM (UTF-8, UTF-16 LE/BE) decides first, then a declared charset (HTTP
 * header, else an HTML page's `<meta>`, decoded with iconv-lite), else strict UTF-8. Binary data
 * and invalid UTF-8 are refused.
 */
export function decodeText(bytes: Uint8Array, where: string, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new InputError(`${where} is empty: give an article with some text`);
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  let encoding = bom?.[1];
  let declared = false;
  if (!encoding) {
    const head = bytes.subarray(0, 8192);
    if (head.includes(0))
      throw new InputError(`${where} looks binary (it contains NUL bytes): give a text or HTML file`);
    const label = (options.charset ?? (options.html ? declaredCharset(bytes) : null))?.trim().toLowerCase();
    if (label) {
      encoding = LABEL_ALIASES[label] ?? label;
      declared = encoding !== "utf-8";
    }
  }
  encoding ??= "utf-8";
  let text: string;
  if (declared) {
    if (!iconv.encodingExists(encoding))
      throw new InputError(
        `${where} declares the charset '${encoding}', which dossier cannot decode: convert it to UTF-8 first`,
      );
    text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  } else {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new InputError(
        encoding === "utf-8"
          ? `${where} is not valid UTF-8 and declares no charset: convert it first, e.g. iconv -f LATIN1 -t UTF-8 FILE > FILE.utf8`
          : `${where} starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
      );
    }
  }
  if (text.trim() === "") throw new InputError(`${where} has no text (only white space): give an article`);
  return text;
}

/** Could these bytes be an HTML page (by the file name or the first characters)? */
function mayBeHtml(bytes: Uint8Array, name: string): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString(
    "latin1",
  );
  return looksLikeHtml(head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, ""), name);
}

export function looksLikeHtml(text: string, name = ""): boolean {
  const ext = extname(name).toLowerCase();
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

function asDocument(content: string, name: string, url: string | null = null): DocumentInput {
  return looksLikeHtml(content, name) ? { html: content, url } : { text: content, url };
}

const overLimit = (where: string) => `${where} is over the 20 MB limit: split it into articles`;

/**
 * Reads at most `cap` bytes from an open source, chunk by chunk; one byte more is a refusal. The
 * size a file reports is not trusted: devices (/dev/zero), pipes and FIFOs report 0.
 */
export async function readCapped(
  chunks: AsyncIterable<Uint8Array>,
  cap: number,
  tooBig: () => Error,
): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > cap) throw tooBig();
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** The chunks of an open file handle (at most `cap` + 1 bytes are ever asked for). */
async function* fileChunks(
  handle: Awaited<ReturnType<typeof open>>,
  cap: number,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  while (total <= cap) {
    const buffer = Buffer.allocUnsafe(Math.min(1 << 20, cap + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) return;
    total += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/** A folder is a corpus: `dossier ingest` analyses it into a store; `analyze` takes its files. */
function directoryMessage(path: string): string {
  return `'${path}' is a directory: to analyse a folder into a searchable store, run dossier ingest ${path}; or give its article files (dossier analyze ${path}/*.html ...)`;
}

function cannotRead(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return new InputError(`'${path}' does not exist: check the path, or give an http(s) URL`);
  if (code === "EACCES") return new InputError(`'${path}' cannot be read (permission denied)`);
  if (code === "EISDIR") return new InputError(directoryMessage(path));
  return new InputError(`'${path}' cannot be read: ${(error as Error).message}`);
}

/**
 * Reads a file argument (a regular file, a device, a FIFO or a pipe such as `<(cat a.txt)`);
 * refuses directories, missing files, huge, empty, binary and non-UTF-8 input. At most 20 MB + 1
 * byte is ever read, whatever the file claims its size is.
 */
export async function readFileDocument(path: string): Promise<DocumentInput> {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(directoryMessage(path));
    size = stat.isFile() ? stat.size : 0;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(path, error);
  }
  if (size > MAX_FILE_BYTES)
    throw new InputError(
      `'${path}' is ${(size / 1048576).toFixed(1)} MB, over the 20 MB limit: split it into articles`,
    );
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw cannotRead(path, error);
  }
  let bytes: Buffer;
  try {
    bytes = await readCapped(
      fileChunks(handle, MAX_FILE_BYTES),
      MAX_FILE_BYTES,
      () => new InputError(overLimit(`'${path}'`)),
    );
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(path, error);
  } finally {
    await handle.close().catch(() => undefined);
  }
  const content = decodeText(bytes, `'${path}'`, { html: mayBeHtml(bytes, path) });
  return asDocument(content, path);
}

/** Reads standard input to the end (at most 20 MB), with the same checks as a file. */
export async function readStdinDocument(): Promise<DocumentInput> {
  const bytes = await readCapped(process.stdin, MAX_FILE_BYTES, () => {
    process.stdin.destroy();
    return new InputError(overLimit("standard input"));
  });
  return asDocument(decodeText(bytes, "standard input", { html: mayBeHtml(bytes, "") }), "");
}

export function isUrl(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg);
}

function charsetOf(contentType: string): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1].toLowerCase() : null;
}

export interface FetchOptions {
  /** Called before each request (the first and every redirect); throws to refuse the address. */
  checkAddress?: (at: URL) => Promise<void>;
}

/** Fetches an http(s) URL: 15 s timeout, 10 MB cap, at most 5 redirects, HTML or plain text only. */
export async function fetchUrlDocument(url: string, options: FetchOptions = {}): Promise<DocumentInput> {
  const start = parseUrl(url);
  const signal = AbortSignal.timeout(URL_TIMEOUT_MS);
  const { response, at } = await followRedirects(url, start, signal, options);
  const type = acceptedType(response, at.href);
  const bytes = await readBody(response, at.href, signal);
  const plainText = /text\/plain/i.test(type);
  const text = decodeText(bytes, at.href, { charset: charsetOf(type), html: !plainText });
  return plainText ? { text, url: at.href } : asDocument(text, ".html", at.href);
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch {
    throw new InputError(`'${url}' is not a valid URL`);
  }
}

/** The first answer that is not a redirect, and the address that gave it (at most MAX_REDIRECTS hops). */
async function followRedirects(
  url: string,
  start: URL,
  signal: AbortSignal,
  options: FetchOptions,
): Promise<{ response: Response; at: URL }> {
  let current = start;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== "http:" && current.protocol !== "https:")
      throw new InputError(`'${current.href}': only http and https URLs are supported`);
    await options.checkAddress?.(current);
    const response = await request(current, signal);
    const location =
      response.status >= 300 && response.status < 400 ? response.headers.get("location") : null;
    if (!location) return { response, at: current };
    if (hop >= MAX_REDIRECTS) throw new InputError(`${url}: more than ${MAX_REDIRECTS} redirects`);
    try {
      current = new URL(location, current);
    } catch {
      throw new InputError(`${current.href} redirects to an invalid address '${location.slice(0, 200)}'`);
    }
  }
}

/** One GET that does not follow redirects; a network failure or the timeout is an InputError. */
async function request(at: URL, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(at, { redirect: "manual", signal, headers: { "user-agent": "dossier/0.1" } });
  } catch (error) {
    const reason = signal.aborted
      ? `no answer within ${URL_TIMEOUT_MS / 1000} s`
      : ((error as Error).cause as Error)?.message;
    throw new InputError(`cannot reach ${at.href}: ${reason ?? (error as Error).message}`);
  }
}

/** The content type of a successful answer that is HTML or plain text and not declared over the cap. */
function acceptedType(response: Response, href: string): string {
  if (!response.ok) throw new InputError(`${href} answered HTTP ${response.status}: check the address`);
  const type = response.headers.get("content-type") ?? "";
  if (!ACCEPTED_TYPES.test(type))
    throw new InputError(`${href} is '${type || "no content type"}', not an HTML page or plain text`);
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > MAX_URL_BYTES) throw new InputError(`${href} is over the 10 MB limit`);
  return type;
}

/** The body, read chunk by chunk up to the cap (whatever the answer declared). */
async function readBody(response: Response, href: string, signal: AbortSignal): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  try {
    while (reader) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_URL_BYTES) {
        await reader.cancel();
        throw new InputError(`${href} is over the 10 MB limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = signal.aborted
      ? `the page did not arrive in full within ${URL_TIMEOUT_MS / 1000} s`
      : `the connection broke while reading the page (${((error as Error).cause as Error)?.message ?? (error as Error).message})`;
    throw new InputError(`cannot read ${href}: ${reason}`);
  }
  return Buffer.concat(chunks);
}
