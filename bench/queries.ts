/**
 * The search benchmark's queries, built the same way every time from the dev texts and the store:
 * single words across the whole range of document frequency (rare to very common), two-word
 * phrases, two words anywhere, words with an outlet or date filter, and words in one speaker's
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

function phrases(records: IngestRecord[], n: number): string[] {
  return spread(records, n).map((r) => {
    const words = r.text.match(WORD) ?? ["news", "said"];
    const at = Math.floor(words.length / 2);
    return `"${words[at]} ${words[at + 1] ?? ""}"`.replace(' "', '"');
  });
}

export function benchQueries(records: IngestRecord[], db: string): BenchQuery[] {
  const words = wordsByFrequency(records);
  const singles = spread(words, 60);
  const outlets = [...new Set(records.map((r) => r.outlet).filter((o): o is string => o !== null))].sort();
  const store = openSqliteStore(db);
  const speakers = store.speakers({ limit: 30 }).map((s) => s.name);
  store.close();
  const common = words.slice(0, 200);
  return [
    ...singles.map((w) => ({ kind: "one word (rare to common)", query: w, filters: {} })),
    ...phrases(records, 40).map((p) => ({ kind: "two-word phrase", query: p, filters: {} })),
    ...spread(words.slice(0, 2000), 40).map((w, i) => ({
      kind: "two words",
      query: `${w} ${singles[i % singles.length]}`,
      filters: {},
    })),
    ...spread(common, 30).map((w, i) => ({
      kind: "word + outlet + dates",
      query: w,
      filters: { outlet: outlets[i % outlets.length], from: "2016-01", to: "2016-06" },
    })),
    ...speakers.map((name, i) => ({
      kind: "word in a speaker's quotes",
      query: common[i * 3],
      filters: { speaker: name },
    })),
  ];
}
