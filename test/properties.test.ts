/**
 * Property-based tests of the whole pipeline on random documents (test/arbitraries.ts): it never
 * throws, every span lies inside the text, slices to its own text and splits no surrogate pair, and
 * an invisible character between two sentences removes no quote or entity. `npm run test:fuzz`
 * runs 10,000 cases each (docs/RELIABILITY.md).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contractProblems } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { documentText, RUNS, SEED, sentencesWithInsertion } from "./arbitraries.js";

const timeout = Math.max(60_000, RUNS * 50);

describe("random documents", () => {
  it(
    "never throw, and every span lies in the text, slices to its text and splits no surrogate pair",
    () => {
      fc.assert(
        fc.property(documentText, (text) => {
          if (text.trim() === "") return;
          expect(contractProblems(analyze({ text }))).toEqual([]);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    timeout,
  );

  it(
    "HTML documents built from the same pieces keep every span valid",
    () => {
      fc.assert(
        fc.property(documentText, (body) => {
          const html = `<html><body><article><p>${body.split("\n\n").join("</p><p>")}</p></article></body></html>`;
          let analysis: ReturnType<typeof analyze>;
          try {
            analysis = analyze({ html });
          } catch (error) {
            // A page with no text is refused with an input error, not a crash.
            expect((error as Error).name).toBe("InputError");
            return;
          }
          expect(contractProblems(analysis)).toEqual([]);
        }),
        { numRuns: Math.ceil(RUNS / 4), seed: SEED + 1 },
      );
    },
    timeout,
  );

  it(
    "an invisible character between two sentences removes no quote or entity",
    () => {
      fc.assert(
        fc.property(sentencesWithInsertion, ({ sentences, at, mark }) => {
          const head = sentences.slice(0, at).join(" ");
          const plain = sentences.join(" ");
          const marked = `${head}${mark} ${sentences.slice(at).join(" ")}`;
          const before = analyze({ text: plain });
          const after = analyze({ text: marked });
          const names = (a: typeof before) => a.entities.map((e) => e.name).sort();
          // Quotes elsewhere: a quote whose span holds the insertion point may rightly change.
          const quotes = (a: typeof before) =>
            a.quotes
              .filter((q) => q.end <= head.length || q.start > head.length)
              .map((q) => `${q.kind}|${q.text}|${q.speaker?.name}`)
              .sort();
          expect(names(after)).toEqual(names(before));
          expect(quotes(after)).toEqual(quotes(before));
        }),
        { numRuns: RUNS, seed: SEED + 2 },
      );
    },
    timeout,
  );
});
