/**
 * JSON Lines input: one record per line, `{"id", "text"|"html", "dct"?, "url"?, "title"?, "outlet"?}`.
 * A bad line is reported with its line number and skipped; the others are still processed.
 */
import { createReadStream } from "node:fs";
import { ISO_FORMS, isIsoDate } from "./dct.js";
import { InputError } from "./errors.js";
import type { DocumentInput } from "./input.js";
import { MAX_FILE_BYTES } from "./read.js";

/**
 * One line's outcome; `bytes` is how far into the file reading has got (for progress);
 * `lineId` marks a record without an `id`, given `line-N` (ingest uses a hash of the text instead).
 */
export type JsonlItem = (
  | { line: number; document: DocumentInput; lineId?: boolean }
  | { line: number; error: string }
) & {
  bytes?: number;
};

/** Checks one parsed record; returns the document or what is wrong with it. */
export function recordToDocument(record: unknown, line: number): JsonlItem {
  if (record === null || typeof record !== "object" || Array.isArray(record))
    return { line, error: "is not a JSON object" };
  const r = record as Record<string, unknown>;
  const text = typeof r.text === "string" ? r.text : undefined;
  const html = typeof r.html === "string" ? r.html : undefined;
  if ((text ?? html ?? "").trim() === "")
    return { line, error: 'has no "text" or "html" string with content' };
  const optional = (k: string) => (typeof r[k] === "string" ? (r[k] as string) : null);
  if (
    r.dct !== undefined &&
    r.dct !== null &&
    r.dct !== "" &&
    (typeof r.dct !== "string" || !isIsoDate(r.dct))
  )
    return {
      line,
      error: `has a "dct" that is not an ISO 8601 date (${JSON.stringify(r.dct).slice(0, 40)}): use ${ISO_FORMS}`,
    };
  const given = typeof r.id === "string" || typeof r.id === "number";
  return {
    line,
    ...(given ? {} : { lineId: true }),
    document: {
      id: given ? String(r.id) : `line-${line}`,
      text,
      html,
      dct: optional("dct") || null,
      url: optional("url"),
      title: optional("title"),
      outlet: optional("outlet"),
    },
  };
}

/** One line of bytes, or how long a line over the cap was. */
export type RawLine = { line: number; bytes: number } & ({ data: Buffer } | { over: number });

/**
 * Splits a byte stream into lines without ever holding more than `cap` bytes of one line: a longer
 * line is counted to its end and reported as over the cap, its bytes dropped. `bytes` is how far
 * into the stream the line ends (for progress).
 */
export async function* byteLines(chunks: AsyncIterable<Uint8Array>, cap: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let length = 0;
  let over = false;
  let line = 0;
  let offset = 0;
  const end = function* (): Generator<RawLine> {
    line++;
    if (over) yield { line, bytes: offset, over: length };
    else yield { line, bytes: offset, data: parts.length === 1 ? parts[0] : Buffer.concat(parts) };
    parts = [];
    length = 0;
    over = false;
  };
  for await (const chunk of chunks) {
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    while (from < buffer.length) {
      const nl = buffer.indexOf(10, from);
      const to = nl === -1 ? buffer.length : nl;
      length += to - from;
      offset += to - from + (nl === -1 ? 0 : 1);
      if (length > cap) {
        over = true;
        parts = [];
      } else parts.push(buffer.subarray(from, to));
      if (nl === -1) break;
      yield* end();
      from = nl + 1;
    }
  }
  if (length > 0 || over) yield* end();
}

/** Reads a JSONL file lazily, line by line (any size, each line at most 20 MB); blank lines are skipped silently. */
async function* parseLines(path: string): AsyncGenerator<JsonlItem> {
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const withBom = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  for await (const raw of byteLines(textChunks(path), MAX_FILE_BYTES)) {
    const { line: n, bytes } = raw;
    if ("over" in raw) {
      yield {
        line: n,
        error: `is ${(raw.over / 1048576).toFixed(1)} MB, over the 20 MB limit for one record`,
        bytes,
      };
      continue;
    }
    let text: string;
    try {
      // a BOM at the start of the file is not part of the first record
      text = (n === 1 ? withBom : strict).decode(raw.data);
    } catch {
      yield { line: n, error: "is not valid UTF-8 (convert the file to UTF-8)", bytes };
      continue;
    }
    if (text.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      yield { line: n, error: `is not valid JSON (${(error as Error).message})`, bytes };
      continue;
    }
    yield { ...recordToDocument(record, n), bytes };
  }
}

/** Control characters shown as escapes, so that an error line never carries raw bytes to the terminal. */
export function escapeControls(s: string): string {
  return s.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** How many bad lines in a row, with no record before them, show a file is not JSON Lines. */
export const NOT_JSONL_AFTER = 10;

/**
 * The file's bytes (`-`: standard input); a file whose first 8 KB hold NUL bytes (binary, UTF-16)
 * is refused at once.
 */
async function* textChunks(path: string): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of path === "-" ? process.stdin : createReadStream(path)) {
    const buffer = chunk as Buffer;
    if (first) {
      first = false;
      if (buffer[0] === 0xff && buffer[1] === 0xfe)
        throw new InputError(`'${path}' is UTF-16: convert it to UTF-8 (JSON Lines is UTF-8)`);
      if (buffer[0] === 0xfe && buffer[1] === 0xff)
        throw new InputError(`'${path}' is UTF-16: convert it to UTF-8 (JSON Lines is UTF-8)`);
      if (buffer.subarray(0, 8192).includes(0))
        throw new InputError(`'${path}' looks binary (it contains NUL bytes): give a JSON Lines file`);
    }
    yield buffer;
  }
}

/**
 * Reads a JSONL file lazily, line by line (any size, each line at most 20 MB); blank lines are
 * skipped silently. Error texts have control characters escaped. A file whose first
 * NOT_JSONL_AFTER lines are all bad is not JSON Lines: reading stops with an InputError.
 */
export async function* readJsonl(path: string): AsyncGenerator<JsonlItem> {
  let records = 0;
  let errors = 0;
  for await (const item of parseLines(path)) {
    if ("error" in item) {
      yield { ...item, error: escapeControls(item.error) };
      if (++errors >= NOT_JSONL_AFTER && records === 0)
        throw new InputError(
          `'${path}' does not look like JSON Lines (its first ${errors} lines are not records): give a file of one JSON object per line`,
        );
    } else {
      records++;
      yield item;
    }
  }
}
