/**
 * The PolNeAR dev articles (../shared/data/quotes/polnear-dev.jsonl, see docs/EVALUATION.md) as
 * `dossier ingest` records: its `publisher` is the outlet and its `date` the document date. Read
 * at run time from the data root; nothing is copied into the repository.
 */
import { readFileSync } from "node:fs";
import { datasetFiles, defaultDataDir } from "../eval/data.js";

export interface IngestRecord {
  id: string;
  title: string | null;
  outlet: string | null;
  dct: string | null;
  text: string;
}

export const POLNEAR_DEV = "quotes/polnear-dev.jsonl";

export function polnearRecords(dataDir = defaultDataDir()): IngestRecord[] {
  const [file] = datasetFiles(dataDir, POLNEAR_DEV);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const r = JSON.parse(line);
      return {
        id: r.id,
        title: r.title ?? null,
        outlet: r.publisher ?? null,
        dct: r.date ?? null,
        text: r.text,
      };
    });
}

/** The `n`th record of the dev set cycled: a new id for every copy after the first. */
export function cycled(records: IngestRecord[], n: number): IngestRecord {
  const base = records[n % records.length];
  const copy = Math.floor(n / records.length);
  return copy === 0 ? base : { ...base, id: `${base.id}#${copy}` };
}

export function dataOption(argv: string[]): string {
  const i = argv.indexOf("--data");
  return i >= 0 ? argv[i + 1] : defaultDataDir();
}
