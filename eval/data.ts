/** Locating and reading the evaluation datasets (../shared/data, or --data / DOSSIER_DATA). */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../src/document/errors.js";
import { packageRoot } from "../src/util/lexicon.js";

export function defaultDataDir(): string {
  return process.env.DOSSIER_DATA ?? resolve(packageRoot(), "..", "shared", "data");
}

/** Reads a JSONL dataset file, all records, optionally only the first `limit`. */
export function readDataset<T>(dataDir: string, file: string, limit?: number): T[] {
  const path = join(dataDir, file);
  if (!existsSync(path))
    throw new InputError(
      `dataset '${path}' not found: pass --data DIR (the folder with html/, ner/, quotes/, time/, propaganda/)`,
    );
  const lines = readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const records = (limit ? lines.slice(0, limit) : lines).map((l) => JSON.parse(l) as T);
  return records;
}
