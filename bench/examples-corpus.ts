/**
 * A corpus of any size from the repository's own example articles (the seed and examples/corpus:
 * text, HTML and JSON Lines records), cycled with new ids and outlets: what the scale-out tests
 * and benchmark analyse where ../shared/data is absent (a fresh clone, CI).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../src/util/lexicon.js";

export interface ExampleRecord {
  id: string;
  text?: string;
  html?: string;
  outlet?: string;
  title?: string;
  dct?: string;
}

/** The distinct example articles. */
function examples(): Omit<ExampleRecord, "id">[] {
  const root = packageRoot();
  const folder = join(root, "examples/corpus");
  const out: Omit<ExampleRecord, "id">[] = [
    { text: readFileSync(join(root, "examples/russia-japan-peace-treaty.txt"), "utf8") },
  ];
  for (const name of readdirSync(folder).sort()) {
    const content = readFileSync(join(folder, name), "utf8");
    if (name.endsWith(".jsonl"))
      for (const line of content.trim().split("\n")) {
        const { id: _id, ...record } = JSON.parse(line);
        out.push(record);
      }
    else out.push(name.endsWith(".html") ? { html: content } : { text: content });
  }
  return out;
}

const OUTLETS = ["Wire", "Daily", "Herald", "Post", "Courier"];

/** `n` records, ids `scale-0` ..., cycling the examples. */
export function exampleRecords(n: number): ExampleRecord[] {
  const base = examples();
  return Array.from({ length: n }, (_, i) => ({
    outlet: OUTLETS[i % OUTLETS.length],
    ...base[i % base.length],
    id: `scale-${i}`,
  }));
}
