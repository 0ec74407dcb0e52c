import { describe, expect, it } from "vitest";
import {
  chunksOf,
  countWords,
  cycleTo,
  interleave,
  makeArticle,
  prefixOf,
  totals,
  utf8Bytes,
} from "../bench/corpus.js";
import { type BenchResult, resultMarkdown } from "../bench/report.js";

describe("bench corpus helpers", () => {
  it("counts words as letter/digit runs, contractions once, punctuation never", () => {
    expect(countWords("")).toBe(0);
    expect(countWords(" -- . , ")).toBe(0);
    expect(countWords("Russia's talks, don't stop: 2022 ended.")).toBe(6);
    expect(countWords("Москва и Токио")).toBe(3);
    expect(countWords("a\nb\tc")).toBe(3);
  });

  it("measures UTF-8 bytes, not UTF-16 units", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("“")).toBe(3);
  });

  it("interleaves sources round-robin, skipping exhausted ones", () => {
    expect(interleave<unknown>([[1, 2, 3], ["a"], [true, false]])).toEqual([1, "a", true, 2, false, 3]);
    expect(interleave([])).toEqual([]);
  });

  it("cycles the corpus in order until the target size, with unique ids per copy", () => {
    const base = [makeArticle("s", "1", "aaaa"), makeArticle("s", "2", "bb"), makeArticle("s", "3", "")];
    const out = cycleTo(base, 13);
    expect(out.map((a) => a.id)).toEqual(["s:1", "s:2", "s:1#1", "s:2#1", "s:1#2"]);
    expect(totals(out).bytes).toBeGreaterThanOrEqual(13);
    expect(new Set(out.map((a) => a.id)).size).toBe(out.length);
    // same input, same output: no randomness
    expect(cycleTo(base, 13)).toEqual(out);
    expect(() => cycleTo([makeArticle("s", "x", "")], 10)).toThrow();
  });

  it("takes the shortest prefix reaching a size", () => {
    const base = [
      makeArticle("s", "1", "one two"),
      makeArticle("s", "2", "three"),
      makeArticle("s", "3", "four"),
    ];
    expect(prefixOf(base, 8).map((a) => a.id)).toEqual(["s:1", "s:2"]);
    expect(prefixOf(base, 0)).toEqual([]);
    expect(prefixOf(base, 1000)).toHaveLength(3);
    expect(totals(base).words).toBe(4);
  });

  it("splits into consecutive chunks of about a size, losing nothing", () => {
    const base = ["aaaa", "bb", "cccccc", "d"].map((t, i) => makeArticle("s", String(i), t));
    const chunks = chunksOf(base, 5);
    expect(chunks.map((c) => c.map((a) => a.text))).toEqual([["aaaa", "bb"], ["cccccc"], ["d"]]);
    expect(chunksOf(base, 1000)).toEqual([base]);
    expect(chunksOf([], 5)).toEqual([]);
  });
});

describe("bench report", () => {
  it("formats the figures as Markdown tables", () => {
    const r: BenchResult = {
      articlesPerSec: 100.5,
      wordsPerSec: 60000,
      mbPerSec: 0.4,
      baselineTokenizeWordsPerSec: 300000,
      ratioToTokenize: 0.2,
      compromiseWordsPerSec: null,
      pipelineWordsPerSecOnCompromiseSlice: null,
      speedupVsCompromise: null,
      peakRssMb: 250,
      peakRssMbWithCompromise: 300,
      syntaxWordsPerSec: 81000,
      syntaxWordsPerCpuSec: 85000,
      workers: { 1: 60000, 2: 100000 },
      workersSpeedup: 1.67,
      peakRssMbSingleWorker: 240,
      workerRuns: [],
      startupMs: 90,
      oneParagraphMs: 400,
      rssMbPerChunk: [200, 210],
      heapUsedMbPerChunk: [90, 120],
      liveHeapMbAfterRun: null,
      stageShare: { language: 0.75, other: 0.25 },
      stageMsPerArticle: { language: 7.5, other: 2.5 },
      msPerArticle: 10,
      cpu: {
        wordsPerCpuSec: 70000,
        articlesPerCpuSec: 120,
        baselineTokenizeWordsPerCpuSec: 350000,
        compromiseWordsPerCpuSec: null,
        pipelineCpuPerWall: 0.9,
      },
      mb: 10,
      warmupMb: 2,
      articles: 3000,
      words: 1700000,
      failures: 0,
      distinctArticles: 1000,
      distinctMb: 3.5,
      compromiseMb: 1,
      compromiseArticles: 300,
      found: { entities: 1, quotes: 2, timexes: 3, techniques: 4 },
      machine: { nproc: 2, cpu: "X", node: "v20", loadavg1m: 1, loadavg1mAtEnd: 1.5 },
    };
    const md = resultMarkdown(r, "npm run bench -- --json");
    expect(md).toContain("Command: `npm run bench -- --json`");
    expect(md).toContain("| words/s | 60,000 |");
    expect(md).toContain("| speedupVsCompromise | n/a |");
    expect(md).toContain("| language | 75.0% | 7.500 |");
    expect(md).toContain("2 CPUs (X), Node v20");
    expect(md).toContain("| RSS after each chunk | 200, 210 MB |");
    expect(md).toContain("| live heap after the run (one full collection) | n/a |");
    expect(md).toContain("| pipeline on 2 worker threads, words/s | 100,000 |");
    expect(md).toContain("| N workers / 1 worker | 1.67x |");
    expect(md).toContain("| tag + parse alone, every sentence, words/s (per CPU-second) | 81,000 (85,000) |");
    expect(md).toContain("| dossier --version (startupMs) | 90 ms |");
  });
});
