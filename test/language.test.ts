/**
 * The language stage: offsets that survive invisible characters, and results that never depend on
 * what the process analysed before (wink's tokenizer learns unknown words into its lexicon).
 */
import { describe, expect, it } from "vitest";
import type { Analysis } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { MAX_TEXT_CHARS } from "../src/document/index.js";
import { segment } from "../src/language/index.js";
import { tokenStarts } from "../src/language/offsets.js";
import { MAX_RUN, tokenizerCopy } from "../src/language/tokenizer-copy.js";
import { seedText } from "./helpers.js";

const paragraph = (text: string) => [{ type: "paragraph" as const, start: 0, end: text.length }];
const tokenTexts = (text: string) =>
  segment(text, paragraph(text)).tokens.map((t) => text.slice(t.start, t.end));

describe("tokens never depend on earlier articles", () => {
  it("a possessive learned in one article is not one token in the next", () => {
    const later = "Trump's best ideas came late, Zorblax's aide said.";
    const alone = tokenTexts(later);
    tokenTexts("This is different from Trump's. And Zorblax's.");
    expect(tokenTexts(later)).toEqual(alone);
    expect(alone.slice(0, 2)).toEqual(["Trump", "'s"]);
  });

  it("an article gives byte-identical output alone and after 500 others", () => {
    const target = seedText();
    const alone = JSON.stringify(analyze({ text: target }));
    const names = ["Qarvello", "Zintaro", "Brumwick", "Oltessa", "Vexhall"];
    for (let i = 0; i < 500; i++) {
      const name = `${names[i % names.length]}${i}`;
      analyze({
        text: `This differs from ${name}'s. ${name}'s aides, led by Dr. ${name}-Smith, said "${name}'s plan" failed on ${1 + (i % 28)} March. Kishida's, Tavrovsky's and Kistanov's views differ from Russia's.`,
      });
    }
    expect(JSON.stringify(analyze({ text: target }))).toBe(alone);
  });
});

describe("words wink splits or ends a sentence at", () => {
  it("an abbreviation's dot before a lower-case word ends no sentence and stays with its word", () => {
    const text = "Acme Cos. said it will cut prices. He works at Acme Co. He left.";
    const { sentences } = segment(text, paragraph(text));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Acme Cos. said it will cut prices.",
      "He works at Acme Co.",
      "He left.",
    ]);
    expect(tokenTexts(text)).toContain("Cos.");
  });

  it("a title after a company's legal form starts a sentence ('... Lawrence Ltd. Mr. Panet-Raymond said')", () => {
    const text =
      "He is a broker with McDermid St. Lawrence Ltd. Mr. Panet-Raymond said so. He works for Acme Corp. and Mr. Jones does too.";
    const { sentences } = segment(text, paragraph(text));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "He is a broker with McDermid St. Lawrence Ltd.",
      "Mr. Panet-Raymond said so.",
      "He works for Acme Corp. and Mr. Jones does too.",
    ]);
  });

  it("no sentence begins with a comma (a party tag's dot inside parentheses ends none)", () => {
    const text = "Rep. Elijah Cummings (D-Md.), chair of the committee, said it was fair. He left.";
    const { sentences } = segment(text, paragraph(text));
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Rep. Elijah Cummings (D-Md.), chair of the committee, said it was fair.",
      "He left.",
    ]);
  });

  it("a name with its 's before 'said' is one word; a possessive is not", () => {
    expect(tokenTexts("McDonald's said it would raise wages.").slice(0, 2)).toEqual(["McDonald's", "said"]);
    expect(tokenTexts("McDonald's reported earnings rose.").slice(0, 2)).toEqual(["McDonald", "'s"]);
  });
});

describe("offsets survive invisible characters", () => {
  const base =
    "Intro text. John Smith said “we will win” on Monday. Mary Jones, the mayor of Springfield, said the deal was done in March 2021.";
  const summary = (a: Analysis) => ({
    entities: a.entities.map((e) => e.name),
    quotes: a.quotes.map((q) => [q.text, q.speaker?.name]),
  });

  for (const [name, mark] of [
    ["form feed", "\f\f"],
    ["byte-order mark", "\ufeff"],
    ["ideographic space", "\u3000"],
    ["line separator", "\u2028"],
    ["paragraph separator", "\u2029"],
    ["vertical tab", "\v"],
  ]) {
    it(`${name}s before a sentence remove no entity or quote after it`, () => {
      const plain = analyze({ text: base });
      const marked = analyze({ text: base.replace("Intro ", `Intro${mark} `) });
      expect(plain.quotes.length).toBeGreaterThan(0);
      expect(summary(marked)).toEqual(summary(plain));
      for (const s of marked.sentences)
        expect(marked.text.slice(s.start, s.end).trim()).toBe(marked.text.slice(s.start, s.end));
    });
  }

  it("a sentence never ends inside a surrogate pair", () => {
    const text = ":\ufeff👧";
    const { sentences, tokens } = segment(text, paragraph(text));
    expect(sentences.at(-1)?.end).toBe(4);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([":", "👧"]);
  });

  it("tokenStarts finds each token in the text when the reported spaces fall short", () => {
    expect(tokenStarts("a\u3000\u3000b c", ["a", "b", "c"], ["", "", " "])).toEqual([0, 3, 5]);
  });
});

describe("long runs without sentence punctuation", () => {
  it("5 million characters of words without a full stop (the text cap) are analysed, not a stack overflow", () => {
    const a = analyze({ text: "word ".repeat(MAX_TEXT_CHARS / 5) });
    expect(a.text.length).toBe(MAX_TEXT_CHARS);
    expect(a.sentences.length).toBeGreaterThan(0);
  });
});

describe("the tokenizer's copy of a block", () => {
  it("keeps the length, breaks runs over MAX_RUN and never cuts a surrogate pair", () => {
    const run = `${"a".repeat(99)}👧${"b".repeat(150)}`;
    const copy = tokenizerCopy(run);
    expect(copy.length).toBe(run.length);
    expect(Math.max(...copy.split(" ").map((w) => w.length))).toBeLessThanOrEqual(MAX_RUN + 1); // one more to step over an astral character
    expect(copy).toContain("👧");
  });

  it("turns invisible characters into spaces", () => {
    expect(tokenizerCopy("a\ufeffb\u200bc\fd")).toBe("a b c d");
  });

  it("keeps a name with letters of the Latin extensions one token (sixteenth session)", () => {
    const text = "Mugur Isărescu met Recep Tayyip Erdoğan and Łukasz Żak in Hà Nội.";
    const layer = segment(text, paragraph(text));
    const words = layer.tokens.map((t) => text.slice(t.start, t.end));
    expect(words).toEqual([
      "Mugur",
      "Isărescu",
      "met",
      "Recep",
      "Tayyip",
      "Erdoğan",
      "and",
      "Łukasz",
      "Żak",
      "in",
      "Hà",
      "Nội",
      ".",
    ]);
    expect(analyze({ text }).entities.map((e) => e.name)).toContain("Recep Tayyip Erdoğan");
  });

  it("reads 19.5 MB of one character without a stack overflow", () => {
    const copy = tokenizerCopy("a".repeat(19_500_000));
    expect(copy.length).toBe(19_500_000);
    expect(copy.indexOf(" ")).toBe(MAX_RUN - 1);
  });
});

describe("web names", () => {
  it("are one proper-noun token, and no sentence ends at their dot", () => {
    const text = "Moneycontrol.com advises readers to check. He told Polygraph.info and USA.gov so. The end.";
    const layer = segment(text, paragraph(text));
    const words = layer.tokens.map((t) => text.slice(t.start, t.end));
    for (const name of ["Moneycontrol.com", "Polygraph.info", "USA.gov"]) {
      expect(words).toContain(name);
      expect(layer.tokens[words.indexOf(name)].pos).toBe("PROPN");
    }
    expect(layer.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Moneycontrol.com advises readers to check.",
      "He told Polygraph.info and USA.gov so.",
      "The end.",
    ]);
    expect(tokenTexts("It cost 5.30 dollars, the U.S. said.")).toContain("U.S.");
  });
});

describe("abbreviated titles", () => {
  it("end no sentence before a name ('Cmdr. Sean Robertson', 'Maj. Gen. Tom Jones')", () => {
    const text =
      "Cmdr. Sean Robertson spoke. Maj. Gen. Tom Jones agreed. Supt. Al McHugh left. He met the Gov. Then he left.";
    const layer = segment(text, paragraph(text));
    expect(layer.sentences.map((s) => text.slice(s.start, s.end)).slice(0, 3)).toEqual([
      "Cmdr. Sean Robertson spoke.",
      "Maj. Gen. Tom Jones agreed.",
      "Supt. Al McHugh left.",
    ]);
  });

  it("end no sentence inside a short parenthesis ('Sen. Lindsey Graham (R-S.C.) told')", () => {
    const text =
      "Sen. Lindsey Graham (R-S.C.) told the Post on Thursday. Rep. Jim McDermott (D-Wash.) said it was fine.";
    const layer = segment(text, paragraph(text));
    expect(layer.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Sen. Lindsey Graham (R-S.C.) told the Post on Thursday.",
      "Rep. Jim McDermott (D-Wash.) said it was fine.",
    ]);
  });
});
