/**
 * JSON Lines input: one record per line, `{"id", "text"|"html", "dct"?, "url"?, "title"?, "outlet"?}`.
 * A bad line is reported with its line number and skipped; the others are still processed.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { DocumentInput } from "./input.js";

/** One line's outcome; `bytes` is how far into the file reading has got (for progress). */
export type JsonlItem = ({ line: number; document: DocumentInput } | { line: number; error: string }) & {
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
  const id = typeof r.id === "string" || typeof r.id === "number" ? String(r.id) : `line-${line}`;
  return {
    line,
    document: {
      id,
      text,
      html,
      dct: optional("dct"),
      url: optional("url"),
      title: optional("title"),
      outlet: optional("outlet"),
    },
  };
}

/** Reads a JSONL file lazily, line by line (any size); blank lines are skipped silently. */
export async function* readJsonl(path: string): AsyncGenerator<JsonlItem> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  let bytes = 0;
  for await (const raw of lines) {
    n++;
    bytes += Buffer.byteLength(raw) + 1;
    if (raw.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      yield { line: n, error: `is not valid JSON (${(error as Error).message})`, bytes };
      continue;
    }
    yield { ...recordToDocument(record, n), bytes };
  }
}
