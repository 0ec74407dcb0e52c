/** Locating and reading the evaluation datasets (../shared/data, or --data / DOSSIER_DATA). */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError } from "../src/document/errors.js";
import { packageRoot } from "../src/util/lexicon.js";

export function defaultDataDir(): string {
  return process.env.DOSSIER_DATA ?? resolve(packageRoot(), "..", "shared", "data");
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * The files to score for a task whose default file is `file` (e.g. "time/timebank_tbaq.jsonl").
 * `dataDir` may be the data root (the default file, else every .jsonl of the task's folder, so a
 * held-out root with other file names works too), the task's folder itself, or one .jsonl file.
 * NER documents files are told apart from the sentence files by their ".documents." infix.
 */
export function datasetFiles(dataDir: string, file: string): string[] {
  if (isFile(dataDir)) {
    if (!dataDir.endsWith(".jsonl"))
      throw new InputError(
        `--data '${dataDir}' is not a .jsonl file: give the folder with the datasets, a task folder, or a .jsonl file`,
      );
    return [dataDir];
  }
  if (isFile(join(dataDir, file))) return [join(dataDir, file)];
  const wanted = (name: string) =>
    name.endsWith(".jsonl") && (!basename(file).includes(".documents.") || name.includes(".documents."));
  for (const folder of [join(dataDir, dirname(file)), dataDir]) {
    if (!isDir(folder)) continue;
    const files = readdirSync(folder).filter(wanted).sort();
    if (files.length) return files.map((f) => join(folder, f));
  }
  throw new InputError(
    `no dataset for '${file}' under '${dataDir}': pass --data DIR (the folder with html/, ner/, quotes/, time/, propaganda/), a task folder, or a .jsonl file`,
  );
}

/** Reads a task's JSONL dataset (all files found, in name order), optionally only the first `limit` records. */
export function readDataset<T>(dataDir: string, file: string, limit?: number): T[] {
  const records: T[] = [];
  for (const path of datasetFiles(dataDir, file)) {
    const lines = readFileSync(path, "utf8").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (limit && records.length >= limit) return records;
      if (lines[i].trim() === "") continue;
      try {
        records.push(JSON.parse(lines[i]) as T);
      } catch (error) {
        throw new InputError(
          `${path}:${i + 1} is not valid JSON (${(error as Error).message}): is it a dataset file?`,
        );
      }
    }
  }
  return records;
}
