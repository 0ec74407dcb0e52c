import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import type { Quote } from "../src/analysis.js";
import type { Article } from "../src/article.js";
import { compileRules, findTechniques, rulePack } from "../src/rhetoric/index.js";
import { articleUpToLanguage, quoteAt, seedText } from "./helpers.js";

/** An article with only its text, one paragraph and tokens (no entities; quotes when given). */
const article = (text: string, quotes: Quote[] = []): Article => articleUpToLanguage(text, { quotes });

const quote = quoteAt;

const find = (items: ReturnType<typeof findTechniques>, technique: string, text: string) =>
  items.find((t) => t.technique === technique && t.text.includes(text));

describe("rhetoric stage", () => {
  it("labels '<capital> regime' and vague attributions, in the author's voice", () => {
    const text =
      "The aid went to the Minsk regime. According to experts, talks failed. Analysts note the risk.";
    const items = findTechniques(article(text));
    expect(find(items, "Name_Calling,Labeling", "Minsk regime")?.voice).toBe("author");
    expect(find(items, "Vague_Attribution", "According to experts")).toBeDefined();
    expect(find(items, "Vague_Attribution", "Analysts note")).toBeDefined();
  });

  it("does not call a technical 'regime' a label", () => {
    const items = findTechniques(article("They introduced a visa-free regime for tourists."));
    expect(items.filter((t) => t.technique === "Name_Calling,Labeling")).toEqual([]);
  });

  it("flags 'so-called' with the name it doubts and 'allegedly' before scare quotes", () => {
    const text = 'He mocked the so-called G20 summit. The islands were allegedly "occupied" by them.';
    const items = findTechniques(article(text));
    expect(find(items, "Doubt", "so-called G20")).toBeDefined();
    expect(find(items, "Doubt", 'allegedly "occupied"')).toBeDefined();
  });

  it("labels denial of statehood as a general pattern, not for one country", () => {
    const items = findTechniques(article("He said that Canada is not a sovereign state at all."));
    expect(find(items, "Name_Calling,Labeling", "Canada is not a sovereign state")).toBeDefined();
    expect(findTechniques(article("Canada is a sovereign state."))).toEqual([]);
  });

  it("gives the voice of the quote that contains the technique", () => {
    const text = 'The minister said: "This so-called summit is a farce." The talks went on.';
    const items = findTechniques(
      article(text, [quote(text, "This so-called summit is a farce.", "Ann Smith")]),
    );
    expect(find(items, "Doubt", "so-called summit")?.voice).toBe("Ann Smith");
    expect(find(items, "Loaded_Language", "farce")?.voice).toBe("Ann Smith");
  });

  it("keeps word choice in reported speech in the author's voice, but gives its claims to the speaker", () => {
    const text = "The minister said that the Minsk regime would be to blame for the total collapse of talks.";
    const reported = "the Minsk regime would be to blame for the total collapse of talks";
    const items = findTechniques(article(text, [quote(text, reported, "Ann Smith", "indirect")]));
    expect(find(items, "Name_Calling,Labeling", "Minsk regime")?.voice).toBe("author");
    expect(find(items, "Causal_Oversimplification", "to blame")?.voice).toBe("Ann Smith");
  });

  it("gives the quoted words of a mixed quote to the speaker", () => {
    const text = 'He said the allies had "brutally betrayed" the talks.';
    const items = findTechniques(
      article(text, [quote(text, 'the allies had "brutally betrayed" the talks', "Ann Smith", "mixed")]),
    );
    expect(find(items, "Loaded_Language", "betrayed")?.voice).toBe("Ann Smith");
  });

  it("carries rule id, explanation and exact offsets; output sorted by start", () => {
    const text = "The brutal crackdown was a disgrace. Everyone knows the truth.";
    const items = findTechniques(article(text));
    expect(items.length).toBeGreaterThan(1);
    for (const t of items) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.rule).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(t.explanation.length).toBeGreaterThan(10);
      expect(t.explanation).not.toContain("{text}");
    }
    const starts = items.map((t) => t.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("skips caption blocks", () => {
    const text = "A brutal massacre.\nThe talks resumed.";
    const a = article(text);
    a.blocks = [
      { type: "caption", start: 0, end: 18, caption: { description: "", source: "", credit: "" } },
      { type: "paragraph", start: 19, end: text.length },
    ];
    expect(findTechniques(a)).toEqual([]);
  });

  it("flags a charged phrase repeated across the article", () => {
    const text = "The illegal aliens came. Officials freed illegal aliens. More illegal aliens arrived.";
    const items = findTechniques(article(text));
    expect(items.filter((t) => t.technique === "Repetition").length).toBeGreaterThanOrEqual(2);
  });

  it("finds the seed article's required techniques", () => {
    const a = analyze({ id: "seed", text: seedText() });
    const has = (technique: string, text: string) =>
      a.techniques.some((t) => t.technique === technique && t.text.replace(/[“”]/g, '"').includes(text));
    expect(has("Name_Calling,Labeling", "Kyiv regime")).toBe(true);
    expect(has("Doubt", "so-called G7")).toBe(true);
    expect(has("Doubt", 'allegedly "occupied"')).toBe(true);
    expect(has("Doubt", 'alleged "sovereignty"')).toBe(true);
    expect(has("Name_Calling,Labeling", "Japan is not a sovereign country")).toBe(true);
    expect(has("Vague_Attribution", "According to experts")).toBe(true);
    expect(has("Vague_Attribution", "Analysts note")).toBe(true);
  });

  it("stays linear: a long article is analysed quickly", () => {
    const para =
      "The so-called reform is a brutal disgrace, according to experts. Our great nation suffers.\n";
    const text = para.repeat(2000);
    const a = article(text);
    const t0 = performance.now();
    const items = findTechniques(a);
    expect(items.length).toBeGreaterThan(2000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe("linear on long and pathological input", () => {
  /** Fastest of five runs of the stage on the text, in ms (the article is built outside the timing). */
  function timeOf(text: string): number {
    const a = article(text);
    let best = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      findTechniques(a);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }
  // 4x the text must cost well under 16x (quadratic) the time; a floor keeps tiny timings from being
  // noise, and the bound leaves room for a busy machine (CI runs test files in parallel).
  const RATIO = 10;
  const FLOOR_MS = 5;
  const cases: [string, (n: number) => string][] = [
    ['a run of "', (n) => '"'.repeat(n)],
    ["a run of letters", (n) => "a".repeat(n)],
    ["words without a sentence mark", (n) => "word ".repeat(n / 5)],
    ["capitals joined by apostrophes", (n) => "A'".repeat(n / 2)],
    ["spaces before capitals after a mark", (n) => `${". ".padEnd(n / 10, " ")}Word`.repeat(10)],
  ];
  for (const [name, make] of cases)
    it(`scales near-linearly on ${name}`, () => {
      timeOf(make(2000)); // warm up
      const small = timeOf(make(10_000));
      const big = timeOf(make(40_000));
      expect(big / Math.max(small, FLOOR_MS)).toBeLessThan(RATIO);
    });

  it("scales near-linearly on a real article repeated", () => {
    const seed = seedText();
    timeOf(seed);
    const small = timeOf(Array(4).fill(seed).join("\n\n"));
    const big = timeOf(Array(16).fill(seed).join("\n\n"));
    expect(big / Math.max(small, FLOOR_MS)).toBeLessThan(RATIO);
  });

  it("anchoring the rhetorical question at a sentence start keeps its matches", () => {
    const text =
      "He spoke. But who really believes that this plan will ever work? Nobody does!\nWhy is it that the ministers never answer the question? Short one? Then again, is this the end of the road for them?";
    const rule = rulePack().rules.find((r) => r.id === "doubt/rhetorical-question");
    const anchored = [...text.matchAll(rule?.regexes[0] as RegExp)].map((m) => [m.index, m[0]]);
    const unanchored = [...text.matchAll(/[^.!?\n]{25,}\?/g)].map((m) => [m.index, m[0]]);
    expect(anchored).toEqual(unanchored);
    expect(anchored).toHaveLength(3);
  });

  it("a capitalised regime label is still found after a quotation mark", () => {
    const items = findTechniques(article("They back the 'Assad regime' and the Kremlin's Assad regime."));
    expect(items.filter((t) => t.rule === "name-calling/regime").map((t) => t.text)).toEqual([
      "Assad regime",
      "Kremlin's Assad regime",
    ]);
  });
});

describe("scare-quote mechanism (off in the default pack)", () => {
  const pack = compileRules([
    {
      name: "doubt",
      data: {
        technique: "Doubt",
        source: "test",
        rules: [{ id: "scare-quotes", explanation: "{text}", mechanism: "scare-quotes", maxWords: 2 }],
      },
    },
  ]);

  it("flags short quoted words that nobody is quoted as saying", () => {
    const text = 'The "elections" were held under the "guidance" of the army.';
    const items = findTechniques(article(text), pack);
    expect(items.map((t) => t.text)).toEqual(['"elections"', '"guidance"']);
  });

  it("leaves quoted speech and reported naming alone", () => {
    const text = 'He said: "no". She called the plan "a disaster" and added "we will win."';
    expect(findTechniques(article(text), pack)).toEqual([]);
  });
});
