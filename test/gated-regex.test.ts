import { existsSync, readFileSync } from "node:fs";
import { loadSources } from "../bench/corpus.js";
import { defaultDataDir } from "../eval/data.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rulePack } from "../src/rhetoric/rules.js";
import { RULES as TIME_RULES } from "../src/time/recognise.js";
import { GatedRegexes, type GatedScan } from "../src/util/gated-regex.js";
import { LiteralScanner } from "../src/util/literal-scanner.js";
import { visible, WORD_BOUNDARY } from "../src/util/regex-literals.js";
import { literalsOf } from "../src/util/regex-reader.js";
import { RUNS, SEED } from "./arbitraries.js";

/** What the callers did before: a global exec loop, empty matches skipped. */
function naiveMatches(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push(`${m.index}:${m[0]}:${JSON.stringify(m.indices)}`);
  }
  return out;
}

function gatedMatches(gated: GatedRegexes | GatedScan, k: number, text: string): string[] {
  const out: string[] = [];
  const scan = gated instanceof GatedRegexes ? gated.scan(text) : gated;
  scan.forEachMatch(k, (m) => out.push(`${m.index}:${m[0]}:${JSON.stringify(m.indices)}`));
  return out;
}

/** Every tenth text of the evaluation data, when it is there (../shared/data or $DOSSIER_DATA). */
const devTexts = (() => {
  const data = defaultDataDir();
  if (!existsSync(data)) return [];
  return loadSources(data)
    .articles.filter((_, i) => i % 10 === 0)
    .map((a) => a.text);
})();

const families: [string, RegExp[]][] = [
  ["rhetoric", rulePack().rules.flatMap((r) => r.regexes)],
  ["time", TIME_RULES.map((r) => r.re)],
];

/** The word sequences written out in a regex's source ("the official", "according to"). */
const fragmentsOf = (re: RegExp): string[] =>
  re.source
    .replace(/\\s[+*]?/g, " ")
    .replace(/\(\?(?:<?[=!]|:|<\w+>)/g, "(")
    .replace(/\\./g, "")
    .split(/[|()[\]]/)
    .map((f) => f.replace(/[?*+{}\d,^$]/g, "").trim())
    .filter((f) => /^[A-Za-z' -]{2,}$/.test(f));

/** Words and phrases the rules look for, so that random texts hold matches and near misses. */
function vocabularyOf(regexes: RegExp[]): string[] {
  const words = new Set<string>(["said", "the", "Moscow", "2019", "10", "March 3", "12:30", "x", "a", "_"]);
  for (const re of regexes) {
    const { first, must } = literalsOf(re);
    for (const s of [...(first ?? []), ...(must ?? [])].slice(0, 12)) words.add(visible(s));
    for (const f of fragmentsOf(re)) words.add(f);
  }
  return [...words].filter((w) => w.trim() !== "");
}

const separators = [" ", "  ", "\n", "-", ", ", "’", "'", '"', "“", "!", "?", ". ", "", "\t", "é", "9"];
const caseOf = (w: string, c: number) =>
  c === 0 ? w : c === 1 ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1);

function textArbitrary(vocabulary: string[]) {
  const piece = fc.tuple(
    fc.constantFrom(...vocabulary),
    fc.constantFrom(...separators),
    fc.integer({ min: 0, max: 2 }),
  );
  return fc.array(piece, { maxLength: 40 }).map((ps) => ps.map(([w, sep, c]) => caseOf(w, c) + sep).join(""));
}

describe("GatedRegexes", () => {
  const seed = readFileSync(new URL("../examples/russia-japan-peace-treaty.txt", import.meta.url), "utf8");
  for (const [family, regexes] of families) {
    const gated = new GatedRegexes(regexes, 0);
    it(`${family}: the same matches as a global exec loop on the example article`, () => {
      regexes.forEach((re, k) => {
        expect(gatedMatches(gated, k, seed)).toEqual(naiveMatches(re, seed));
      });
    });
    it(`${family}: the same matches as a global exec loop on random texts of the rules' words`, () => {
      fc.assert(
        fc.property(textArbitrary(vocabularyOf(regexes)), (text) => {
          regexes.forEach((re, k) => {
            expect(gatedMatches(gated, k, text)).toEqual(naiveMatches(re, text));
          });
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
    it.skipIf(devTexts.length === 0)(`${family}: the same matches on the evaluation texts`, () => {
      for (const text of devTexts) {
        const scan = gated.scan(text);
        regexes.forEach((re, k) => {
          expect(gatedMatches(scan, k, text)).toEqual(naiveMatches(re, text));
        });
      }
    });
    it(`${family}: most regexes run only where their first literals occur`, () => {
      const kinds = gated.kinds();
      expect(kinds.filter((k) => k === "first").length).toBeGreaterThan(kinds.length * 0.8);
    });
  }

  it("finds matches after an empty match and resumes after each match", () => {
    const re = /\b(?:ab|a)?(?=c)|abc|bcd/g;
    const gated = new GatedRegexes([re], 0);
    for (const text of ["abcd abc", "xabc cd bcd", "c", ""])
      expect(gatedMatches(gated, 0, text)).toEqual(naiveMatches(re, text));
  });

  it("runs the plain loops on the first texts, then the plans: the same matches", () => {
    const [, regexes] = families[1];
    const gated = new GatedRegexes(regexes, 100);
    const text = "Last week, on March 3, 2019, two years ago, he said: every Monday at 10 a.m.";
    for (let i = 0; i < 4; i++)
      regexes.forEach((re, k) => {
        expect(gatedMatches(gated, k, text)).toEqual(naiveMatches(re, text));
      });
  });

  it("refuses a regex without the global flag", () => {
    expect(() => new GatedRegexes([/x/])).toThrow(/global/);
  });
});

describe("literalsOf", () => {
  const first = (re: RegExp) =>
    [...(literalsOf(re).first ?? [])]
      .map((s) => (s.startsWith(WORD_BOUNDARY) ? "^" : "") + visible(s))
      .sort();
  it("gives the strings every match starts with, lower-cased, with word starts marked", () => {
    expect(first(/\b(?:Last|next)\s+week/gi)).toEqual(["^last", "^next"]);
    expect(first(/(?:the\s+)?(?:worst|best)\b/g)).toEqual(["best", "the", "worst"]);
    expect(first(/[Ee]very\s+\w+/g)).toEqual(["every"]);
    expect(first(/\d{4}-\d\d/g)).toEqual("0123456789".split(""));
  });
  it("says nothing where a match can start with any letter", () => {
    expect(literalsOf(/\w+ing/g).first).toBeNull();
    expect([...(literalsOf(/\w+ing/g).must ?? [])]).toEqual(["ing"]);
    expect(literalsOf(/[^.]{3}\?/g).first).toBeNull();
  });
  it("gives up on a cased letter outside ASCII under the i flag", () => {
    expect(literalsOf(/été/gi).first).toBeNull();
    expect([...(literalsOf(/été/g).first ?? [])]).toEqual(["été"]);
  });
  it("ignores look-arounds and back-references", () => {
    expect(first(/(?<=in\s+)the\s+day/g)).toEqual(["the"]);
    expect(literalsOf(/(a)\1/g).first).not.toBeNull();
    expect(literalsOf(/(a|)\1x/g).first).toBeNull();
  });
});

describe("LiteralScanner", () => {
  it("finds every occurrence of every literal, overlapping ones too, case-folded", () => {
    const literals = ["he", "she", "his", "hers", "e"];
    const scanner = new LiteralScanner(literals.map((text) => ({ text, wordStart: false })));
    const text = "uSHErs, his HE";
    const found: string[] = [];
    scanner.scan(text, (k, start) => found.push(`${literals[k]}@${start}`));
    const expected: string[] = [];
    literals.forEach((l, k) => {
      for (let i = text.toLowerCase().indexOf(l); i >= 0; i = text.toLowerCase().indexOf(l, i + 1))
        expected.push(`${literals[k]}@${i}`);
    });
    expect(found.sort()).toEqual(expected.sort());
  });
  it("keeps a word-start literal only where no word character comes before it", () => {
    const scanner = new LiteralScanner([{ text: "in", wordStart: true }]);
    const found: number[] = [];
    scanner.scan("in within -in 9in _in", (_, start) => found.push(start));
    expect(found).toEqual([0, 11]);
  });
});
