/**
 * Lexicons and patterns are data files under `lexicons/` (one file per lexicon, each entry's idea
 * explained in a `#` comment). This module finds and parses them, whether the code runs from
 * `src/` (tests) or from `dist/src/` (the installed command).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/** The repository (package) root: the nearest folder above this module with a `lexicons/` folder. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "lexicons")) || !existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("cannot find the lexicons/ folder of the dossier package");
    dir = up;
  }
  root = dir;
  return dir;
}

const listCache = new Map<string, string[]>();

/**
 * A word list: one entry per line; `#` starts a comment (whole line or trailing after two spaces);
 * blank lines are ignored. `name` is the path below `lexicons/` without `.txt`.
 */
export function loadList(name: string): string[] {
  const cached = listCache.get(name);
  if (cached) return cached;
  const raw = readFileSync(join(packageRoot(), "lexicons", `${name}.txt`), "utf8");
  const entries: string[] = [];
  for (const line of raw.split("\n")) {
    const content = line.startsWith("#") ? "" : line.replace(/\s{2,}#.*$/, "").trim();
    if (content) entries.push(content);
  }
  listCache.set(name, entries);
  return entries;
}

/** A word list as a lower-cased set, for membership tests. */
export function loadSet(name: string): Set<string> {
  return new Set(loadList(name).map((e) => e.toLowerCase()));
}

/** A structured lexicon: `lexicons/<name>.json`. */
export function loadJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), "lexicons", `${name}.json`), "utf8")) as T;
}
