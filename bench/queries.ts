/**
 * The search benchmark's queries, built the same way every time from the dev texts and the store:
 * single words across the whole range of document frequency (rare to very common), names, two-word
 * phrases, two words anywhere, names with an outlet and a date filter, and words in one speaker's
 * quotes (the most quoted speakers).
 */
import { openSqliteStore } from "../src/corpus/store/sqlite/store.js";
import type { QueryFilters } from "../src/corpus/store/types.js";
import type { IngestRecord } from "./polnear.js";

export interface BenchQuery {
  kind: string;
  query: string;
  filters: QueryFilters;
}

const WORD = /\p{L}{4,}/gu;

/** Words of at least four letters by the number of texts that have them, most frequent first. */
function wordsByFrequency(records: IngestRecord[]): string[] {
  const df = new Map<string, number>();
  for (const r of records)
    for (const w of new Set((r.text.toLowerCase().match(WORD) ?? []) as string[]))
      df.set(w, (df.get(w) ?? 0) + 1);
  return [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** `n` items spread evenly over `list`, first and last included. */
const spread = <T>(list: T[], n: number): T[] =>
  Array.from({ length: n }, (_, i) => list[Math.floor((i * (list.length - 1)) / Math.max(1, n - 1))]);

/** Capitalised words inside sentences (names: Trump, Clinton, Iowa), most frequent first. */
function namesByFrequency(records: IngestRecord[]): string[] {
  const df = new Map<string, number>();
  for (const r of records) {
    const names = new Set((r.text.match(/(?<=[a-z,;] )\p{Lu}\p{Ll}{3,}/gu) ?? []) as string[]);
    for (const name of names) df.set(name, (df.get(name) ?? 0) + 1);
  }
  return [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

function phrases(records: IngestRecord[], n: number): string[] {
  return spread(records, n).map((r) => {
    const words = r.text.match(WORD) ?? ["news", "said"];
    const at = Math.floor(words.length / 2);
    return `"${words[at]} ${words[at + 1] ?? ""}"`.replace(' "', '"');
  });
}

export async function benchQueries(records: IngestRecord[], db: string): Promise<BenchQuery[]> {
  const words = wordsByFrequency(records);
  const singles = spread(words, 60);
  const outlets = [...new Set(records.map((r) => r.outlet).filter((o): o is string => o !== null))].sort();
  const store = openSqliteStore(db);
  const speakers = (await store.speakers({ limit: 30 })).map((s) => s.name);
  await store.close();
  const topical = spread(words.slice(50, 1000), 30);
  const names = namesByFrequency(records).slice(0, 300);
  return [
    ...singles.map((w) => ({ kind: "one word (rare to common)", query: w, filters: {} })),
    ...spread(names, 30).map((w) => ({ kind: "one name (rare to common)", query: w, filters: {} })),
    ...phrases(records, 40).map((p) => ({ kind: "two-word phrase", query: p, filters: {} })),
    ...spread(words.slice(100, 3000), 40).map((w, i) => ({
      kind: "a name and a word",
      query: `${names[(i * 7) % names.length]} ${w}`,
      filters: {},
    })),
    ...spread(names, 30).map((w, i) => ({
      kind: "name + outlet + dates",
      query: w,
      filters: { outlet: outlets[i % outlets.length], from: "2016-01", to: "2016-06" },
    })),
    ...speakers.map((name, i) => ({
      kind: "word in a speaker's quotes",
      query: topical[i % topical.length],
      filters: { speaker: name },
    })),
  ];
}
