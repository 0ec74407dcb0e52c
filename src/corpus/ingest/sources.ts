/**
 * What `dossier ingest` reads: files, folders (recursively), JSON Lines files and `-` (JSON Lines
 * on standard input), as one lazy stream of articles or of failures, each named by its path (and
 * line). Nothing is held beyond the article being read, so any number of articles streams through.
 */
import { createHash } from "node:crypto";
import { opendir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { InputError } from "../../document/errors.js";
import type { DocumentInput } from "../../document/input.js";
import { readJsonl } from "../../document/jsonl.js";
import { readFileDocument } from "../../document/read.js";

/** File kinds taken from a folder; a file named on the command line is read whatever its name. */
const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".md", ".html", ".htm", ".xhtml"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

export interface SourceArticle {
  where: string;
  document: DocumentInput;
  /** The input's own id: a JSONL record's `id`; else the Analysis's id is a hash of its text. */
  givenId: string | null;
  /** Hash of the input: the same input again needs no analysis. */
  sourceHash: string;
  /** Bytes of input read since the previous item (for progress). */
  bytes: number;
}

export interface SourceFailure {
  where: string;
  error: string;
  bytes: number;
}

export type SourceItem = SourceArticle | SourceFailure | { ignored: string };

export function sourceHash(d: DocumentInput): string {
  const fields = [
    d.text ?? null,
    d.html ?? null,
    d.dct ?? null,
    d.url ?? null,
    d.title ?? null,
    d.outlet ?? null,
  ];
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

const isJsonl = (path: string) => path === "-" || JSONL_EXTENSIONS.has(extname(path).toLowerCase());

async function* jsonlItems(path: string): AsyncGenerator<SourceItem> {
  const where = path === "-" ? "standard input" : path;
  let read = 0;
  for await (const item of readJsonl(path)) {
    const bytes = (item.bytes ?? read) - read;
    read = item.bytes ?? read;
    if ("error" in item) {
      yield { where: `${where}:${item.line}`, error: item.error, bytes };
      continue;
    }
    const document = { ...item.document };
    if (item.lineId) delete document.id;
    const givenId = item.lineId ? null : (document.id ?? null);
    yield { where: `${where}:${item.line}`, document, givenId, sourceHash: sourceHash(document), bytes };
  }
}

async function* fileItems(path: string, size: number): AsyncGenerator<SourceItem> {
  const document = await readFileDocument(path);
  yield { where: path, document, givenId: null, sourceHash: sourceHash(document), bytes: size };
}

/** A folder's article and JSONL files, depth first in name order; hidden entries are skipped. */
async function* walk(folder: string): AsyncGenerator<string | { ignored: string }> {
  const entries = [];
  for await (const entry of await opendir(folder)) if (!entry.name.startsWith(".")) entries.push(entry);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const ext = extname(entry.name).toLowerCase();
    if (entry.isDirectory()) yield* walk(path);
    else if (ARTICLE_EXTENSIONS.has(ext) || JSONL_EXTENSIONS.has(ext)) yield path;
    else yield { ignored: path };
  }
}

/** One path's items; a path that cannot be read at all is one failure. */
async function* pathItems(path: string): AsyncGenerator<SourceItem> {
  try {
    if (isJsonl(path)) return yield* jsonlItems(path);
    const info = await stat(path);
    if (!info.isDirectory()) return yield* fileItems(path, info.size);
    for await (const file of walk(path)) {
      if (typeof file !== "string") yield file;
      else yield* pathItems(file);
    }
  } catch (error) {
    yield { where: path, error: unreadable(path, error), bytes: 0 };
  }
}

/** Why a path could not be read, as one line; a fault that is not about the input is rethrown. */
function unreadable(path: string, error: unknown): string {
  if (error instanceof InputError) return error.message.replace(`'${path}' `, "");
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "does not exist: check the path";
  if (code === "EACCES") return "cannot be read (permission denied)";
  if (code) return `cannot be read (${(error as Error).message})`;
  throw error;
}

/** Every article of every path, in order. */
export async function* sourceItems(paths: string[]): AsyncGenerator<SourceItem> {
  for (const path of paths) yield* pathItems(path);
}

/** The total size of the inputs, for the progress bar's ETA; null when standard input is one. */
export async function inputBytes(paths: string[]): Promise<number | null> {
  let total = 0;
  const sizeOf = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) return;
    if (!info.isDirectory()) total += info.size;
    else for await (const file of walk(path)) if (typeof file === "string") await sizeOf(file);
  };
  for (const path of paths) {
    if (path === "-") return null;
    await sizeOf(path);
  }
  return total;
}
