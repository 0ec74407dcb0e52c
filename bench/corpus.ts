/**
 * The benchmark corpus: the article texts of the evaluation datasets (../shared/data), read in a
 * fixed order, interleaved source by source so that any prefix is a mix of every kind of text.
 * The warm-up reads other texts (./warmup.ts). Files are read line by line and only the fields
 * used are kept: the HTML pages and annotations around the texts never stay in memory. Pure
 * helpers, no timing here.
 */
import { closeSync, existsSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";

export interface BenchArticle {
  /** Unique per copy: `<source>:<record id>` plus `#<cycle>` for the second and later copies. */
  id: string;
  source: string;
  text: string;
  /** Document creation time when the dataset gives one (it anchors relative dates). */
  dct?: string;
  /** UTF-8 size of `text`. */
  bytes: number;
  /** Words as counted by `countWords`. */
  words: number;
}

/** Where each source's article texts are and which field holds the text. */
export const SOURCES: readonly { name: string; file: string; field: string; dctField?: string }[] = [
  { name: "quotes", file: "quotes/polnear-dev.jsonl", field: "text", dctField: "date" },
  { name: "propaganda", file: "propaganda/ptc-dev.jsonl", field: "text" },
  { name: "time", file: "time/timebank_tbaq.jsonl", field: "text", dctField: "dct" },
  { name: "ner", file: "ner/conll2003_dev.documents.jsonl", field: "text" },
  { name: "html", file: "html/article-extraction-dev.jsonl", field: "articleBody" },
];

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * Words in a text: maximal runs of Unicode letters and digits, with an inner apostrophe kept in
 * the word ("don't", "Russia's" count once). The same count is the denominator for the pipeline
 * and for both references, so words/s compare like with like.
 */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export function makeArticle(source: string, id: string, text: string, dct?: string): BenchArticle {
  return { id: `${source}:${id}`, source, text, dct, bytes: utf8Bytes(text), words: countWords(text) };
}

/** Round-robin over the sources, each in file order; a source that runs out is skipped. */
export function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return out;
}

/**
 * Repeats `base` (empty texts dropped) in order until the total size reaches `targetBytes`,
 * stopping at the first article that reaches it. Copies after the first pass get `#<cycle>`
 * appended to their id.
 */
export function cycleTo(base: readonly BenchArticle[], targetBytes: number): BenchArticle[] {
  const usable = base.filter((a) => a.bytes > 0);
  if (usable.length === 0) throw new Error("the benchmark corpus has no text");
  const out: BenchArticle[] = [];
  let total = 0;
  for (let cycle = 0; total < targetBytes; cycle++)
    for (const a of usable) {
      if (total >= targetBytes) break;
      out.push(cycle === 0 ? a : { ...a, id: `${a.id}#${cycle}` });
      total += a.bytes;
    }
  return out;
}

/** The shortest prefix of `articles` whose size reaches `targetBytes` (all of them if smaller). */
export function prefixOf(articles: readonly BenchArticle[], targetBytes: number): BenchArticle[] {
  const out: BenchArticle[] = [];
  let total = 0;
  for (const a of articles) {
    if (total >= targetBytes) break;
    out.push(a);
    total += a.bytes;
  }
  return out;
}

export function totals(articles: readonly BenchArticle[]): { bytes: number; words: number } {
  let bytes = 0;
  let words = 0;
  for (const a of articles) {
    bytes += a.bytes;
    words += a.words;
  }
  return { bytes, words };
}

/**
 * Calls `line` with each line of a UTF-8 file, read a megabyte at a time: a file far larger than
 * what is kept of it never sits in memory whole.
 */
export function eachLine(path: string, line: (text: string, index: number) => void): void {
  const fd = openSync(path, "r");
  const buffer = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let index = 0;
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const lines = (pending + decoder.write(buffer.subarray(0, n))).split("\n");
      pending = lines.pop() ?? "";
      for (const l of lines) line(l, index++);
    }
    pending += decoder.end();
    if (pending) line(pending, index);
  } finally {
    closeSync(fd);
  }
}

/** The articles of one source file: its text field, an id and the document date when given. */
function sourceArticles(path: string, s: (typeof SOURCES)[number]): BenchArticle[] {
  const list: BenchArticle[] = [];
  eachLine(path, (line, i) => {
    if (line.trim() === "") return;
    const rec = JSON.parse(line) as Record<string, unknown>;
    const text = rec[s.field];
    if (typeof text !== "string" || text.trim() === "") return;
    const id = typeof rec.id === "string" || typeof rec.id === "number" ? String(rec.id) : `line${i + 1}`;
    const dct = s.dctField && typeof rec[s.dctField] === "string" ? (rec[s.dctField] as string) : undefined;
    list.push(makeArticle(s.name, id, text, dct));
  });
  return list;
}

/** Reads every source present under `dataDir` (missing files are reported, not fatal). */
export function loadSources(dataDir: string): { articles: BenchArticle[]; missing: string[] } {
  const perSource: BenchArticle[][] = [];
  const missing: string[] = [];
  for (const s of SOURCES) {
    const path = join(dataDir, s.file);
    if (existsSync(path)) perSource.push(sourceArticles(path, s));
    else missing.push(path);
  }
  return { articles: interleave(perSource), missing };
}

/** Consecutive runs of articles of about `chunkBytes` each (each chunk at least one article). */
export function chunksOf(articles: readonly BenchArticle[], chunkBytes: number): BenchArticle[][] {
  const out: BenchArticle[][] = [];
  let cur: BenchArticle[] = [];
  let size = 0;
  for (const a of articles) {
    cur.push(a);
    size += a.bytes;
    if (size >= chunkBytes) {
      out.push(cur);
      cur = [];
      size = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}
