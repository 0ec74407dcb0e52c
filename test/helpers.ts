/** Shared helpers for tests: the seed article, and running the built CLI as a user would. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Block, Quote } from "../src/analysis.js";
import type { Article } from "../src/article.js";
import { segment } from "../src/language/index.js";

export const ROOT = join(import.meta.dirname, "..");
export const SEED_PATH = join(ROOT, "examples/russia-japan-peace-treaty.txt");
export const seedText = (): string => readFileSync(SEED_PATH, "utf8");
export const CLI = join(ROOT, "dist/src/cli/main.js");

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `dossier ARGS` from the built CLI (npm test builds first). */
export function dossier(args: string[], input?: string | Buffer): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: "utf8",
    timeout: 60_000,
    cwd: ROOT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const madeDirs: string[] = [];
// the temporary folders of a test file go when its process ends
process.on("exit", () => {
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "dossier-test-"));
  madeDirs.push(dir);
  return dir;
}

/**
 * An Article as the pipeline has it after the language stage: text, blocks (one paragraph per
 * text unless given), sentences and tokens; later layers empty unless given. For testing one stage.
 */
export function articleUpToLanguage(
  text: string,
  layers: { blocks?: Block[]; quotes?: Quote[] } = {},
): Article {
  const blocks = layers.blocks ?? [{ type: "paragraph" as const, start: 0, end: text.length }];
  const { sentences, tokens } = segment(text, blocks);
  return {
    id: "t",
    text,
    meta: { title: null, url: null, outlet: null, published: null, language: "en" },
    dct: null,
    blocks,
    sentences,
    tokens,
    entities: [],
    quotes: layers.quotes ?? [],
    timexes: [],
    timeline: [],
    techniques: [],
  };
}

/** A quote of `inner` (found in `text`) by `speaker`, for stage tests that need a quotes layer. */
export function quoteAt(text: string, inner: string, speaker: string, kind: Quote["kind"] = "direct"): Quote {
  const start = text.indexOf(inner);
  return {
    id: "q1",
    kind,
    start,
    end: start + inner.length,
    text: inner,
    paragraphs: 1,
    speaker: { entity: null, name: speaker, anonymous: false, start: 0, end: 1, resolvedBy: "name" },
    cue: null,
    via: [],
    medium: null,
  };
}
