import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { buildDocument, MAX_TEXT_CHARS } from "../src/document/index.js";
import { InputError } from "../src/document/errors.js";
import { textBlocks } from "../src/document/text.js";
import { seedText } from "./helpers.js";

describe("plain-text blocks", () => {
  const text = seedText();
  const blocks = textBlocks(text);
  const slice = (b: { start: number; end: number }) => text.slice(b.start, b.end);

  it("finds the seed's three captions with description, source and credit", () => {
    const captions = blocks.filter((b) => b.type === "caption").map((b) => b.caption);
    expect(captions).toEqual([
      { description: "Fumio Kishida", source: "AP", credit: "Andres Kudacki" },
      {
        description:
          "Negotiations between Russian President Vladimir Putin and Japanese Prime Minister Shinzo Abe at the WEF, 2019",
        source: "RIA News",
        credit: "Grigory Sysoev",
      },
      {
        description:
          "View of the Mendeleev volcano and the village of Yuzhno-Kurilsk on the island of Kunashir",
        source: "RIA News",
        credit: "Vladimir Mikhailov",
      },
    ]);
  });

  it("finds the seed's three headings", () => {
    expect(blocks.filter((b) => b.type === "heading").map(slice)).toEqual([
      "Anti-Russian course",
      '"Generally recognized results of the Second World War"',
      '"Japan is making things worse for itself"',
    ]);
  });

  it("keeps caption text out of every paragraph", () => {
    const captions = blocks.filter((b) => b.type === "caption");
    for (const p of blocks.filter((b) => b.type === "paragraph")) {
      for (const c of captions) expect(p.end <= c.start || p.start >= c.end).toBe(true);
      expect(slice(p)).not.toMatch(/^\s*•|©/);
    }
  });

  it("does not take a short line ending a sentence for a heading", () => {
    const b = textBlocks("He left.\n\nShe stayed home all day long, as she said she would.");
    expect(b.map((x) => x.type)).toEqual(["paragraph", "paragraph"]);
  });

  it("does not take a colon speech frame with its unpunctuated quotation for a heading", () => {
    const b = textBlocks(
      "Wilkin said: “Frankly ladies and gentlemen, Cleveland will be a train wreck”\n\nThe remarks came during a busy week in the capital.",
    );
    expect(b.map((x) => x.type)).toEqual(["paragraph", "paragraph"]);
    const h = textBlocks(
      "Market update: “Buy” signals everywhere\n\nThe remarks came during a busy week in the capital.",
    );
    expect(h[0].type).toBe("heading");
  });

  it("takes a long headline, past short page labels before its text, for a heading (sixteenth session)", () => {
    const t =
      "UN secretary-general António Guterres accuses world's biggest polluters of committing arson on our only home\n\n" +
      "1 of 2\n\nA new report summarizing the work of 270 climate-change report authors from 67 countries paints a bleak picture of the impact of global heating on nature and people.";
    expect(textBlocks(t).map((x) => x.type)).toEqual(["heading", "heading", "paragraph"]);
    // (a long quoted line is a quotation, and a post's signature is no label to pass over)
    const q =
      "“Beautiful spectacle! Dance, music, acting is amazing! Wonderful costume! Funny moments! We recommend at 100%”\n\nA very long review text follows here, and it ends like prose.";
    expect(textBlocks(q)[0].type).toBe("paragraph");
    const post =
      "Club statement\n\n— Tottenham Hotspur (@SpursOfficial) November 20, 2019\n\nHe has won a domestic title in a record four different countries.";
    expect(textBlocks(post)[0].type).toBe("paragraph");
  });

  it("takes every unpunctuated line above the first sentence for a heading, whatever follows it (seventeenth session)", () => {
    const t =
      "Venezuela minister says opposition negotiated members' exit\n\n" +
      "Security forces guard the residence, where opposition members have sought asylum since March\n" +
      "Source: REUTERS\n\n" +
      "Venezuela's interior minister on Wednesday said the exit was negotiated.\n\nShort closing line";
    expect(textBlocks(t).map((x) => x.type)).toEqual(["heading", "heading", "paragraph", "paragraph"]);
  });

  it("keeps a line with a sentence-long quotation above the first sentence a paragraph (seventeenth session)", () => {
    const t =
      "Officials weigh in (The Daily Ledger)\n\nIn a statement, Cheney said, “Now it's time to look forward united in our convictions”\n\nOfficials gave no further details on Tuesday.";
    expect(textBlocks(t).map((x) => x.type)).toEqual(["heading", "paragraph", "paragraph"]);
  });

  it("keeps a long line ending with a comma and the small-letter line after it in one paragraph (seventeenth session)", () => {
    const t =
      '"We need help for the most needy sectors, because it matters for the country and for everyone in it," Carlos Acuña, a CGT leader,\nsaid on local television.\n\nNext.';
    expect(textBlocks(t)).toHaveLength(2);
    // (not a list item after it)
    expect(
      textBlocks(
        "These are the long reasons given by the several parties to the dispute for the delay in the talks this week,\n- and more.",
      ),
    ).toHaveLength(2);
  });

  it("takes a quoted fragment opening with an ellipsis, alone on its line, for a heading (a pull quote)", () => {
    const b = textBlocks(
      "“… prevent the evacuation of the Syrian civilians from the camp”\n\nA reporter's source inside the camp told a different story about the evacuation.",
    );
    expect(b.map((x) => x.type)).toEqual(["heading", "paragraph"]);
  });

  it("takes single line breaks after finished sentences as paragraph breaks", () => {
    const t = "Headline of the story\nThe first paragraph ends here.\n“A quote,” she said.\nThird one.";
    const b = textBlocks(t);
    expect(b.map((x) => t.slice(x.start, x.end))).toEqual([
      "Headline of the story",
      "The first paragraph ends here.",
      "“A quote,” she said.",
      "Third one.",
    ]);
    expect(b[0].type).toBe("heading");
  });

  it("ends a headline of over 50 characters at its line break when the next line is too long to be hard-wrapped (nineteenth session)", () => {
    const t =
      "Minister advises high school students to stop worrying\n" +
      "The Deputy Minister of Education and Training Nguyen Vinh Hien has advised students to not worry too much about their exam.";
    const b = textBlocks(t);
    expect(b.map((x) => [x.type, t.slice(x.start, x.end).slice(0, 20)])).toEqual([
      ["heading", "Minister advises hig"],
      ["paragraph", "The Deputy Minister "],
    ]);
  });

  it("keeps a hard-wrapped paragraph together", () => {
    const t =
      "The committee met on Tuesday to discuss the proposal that had been\n" +
      "circulated among members, and after a long debate it decided to\n" +
      "postpone the vote until next month.\n\nA second paragraph follows.";
    const b = textBlocks(t);
    expect(b).toHaveLength(2);
    expect(t.slice(b[0].start, b[0].end)).toMatch(/^The committee.*next month\.$/s);
  });

  it("groups a description, agency and credit given without bullets but indented", () => {
    const t =
      "Body text here.\n\n    Protesters in the square\n    Reuters\n    © Jane Doe\n\nMore body text.";
    const caption = textBlocks(t).find((x) => x.type === "caption");
    expect(caption?.caption).toEqual({
      description: "Protesters in the square",
      source: "Reuters",
      credit: "Jane Doe",
    });
  });
});

describe("language layer", () => {
  it("never lets a sentence cross a block boundary", () => {
    const a = analyze({ text: seedText() });
    for (const s of a.sentences) {
      const inside = a.blocks.filter((b) => b.start <= s.start && s.end <= b.end);
      expect(inside).toHaveLength(1);
    }
    expect(a.sentences.length).toBeGreaterThan(50);
  });
});

describe("language layer on pathological input", () => {
  it("keeps offsets and stays fast on one enormous token", () => {
    const text = `Start. ${"x".repeat(30_000)}😀${"y".repeat(500)} end.`;
    const t0 = performance.now();
    const a = analyze({ text });
    expect(performance.now() - t0).toBeLessThan(20_000);
    const last = a.sentences[a.sentences.length - 1];
    expect(last.end).toBe(text.length);
    for (const s of a.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  });
});

describe("the text cap of one article", () => {
  it("refuses more than MAX_TEXT_CHARS of text with an input error, before any analysis", () => {
    const text = "word ".repeat(MAX_TEXT_CHARS / 5 + 1);
    const t0 = performance.now();
    expect(() => analyze({ text })).toThrow(InputError);
    expect(() => analyze({ text })).toThrow(/over the 5 million one article may have/);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("takes an article of exactly MAX_TEXT_CHARS", () => {
    expect(() => buildDocument({ text: "a".repeat(MAX_TEXT_CHARS) })).not.toThrow();
  });
});

describe("markup nested past the depth limit", () => {
  it("keeps the text of a bare run of nested elements (no <html> or <body>)", () => {
    const html = `${"<div>".repeat(1000)}John Smith said the deal was done.${"</div>".repeat(1000)}`;
    expect(analyze({ html }).text).toBe("John Smith said the deal was done.");
  });
});

describe("the page's date", () => {
  const page = (meta: string) =>
    `<html><head>${meta}</head><body><article><p>${"The mayor said the bridge would reopen on Monday. ".repeat(8)}</p></article></body></html>`;

  for (const meta of [
    '<meta property="article:published" content="2022-10-07T08:00:00Z">',
    '<meta name="parsely-pub-date" content="2022-10-07T08:00:00Z">',
    '<meta name="sailthru.date" content="2022-10-07 08:00:00">',
    '<meta name="DC.date" content="2022-10-07">',
  ])
    it(`is read from ${meta.match(/(?:property|name)="([^"]+)"/)?.[1]} and anchors the time expressions`, () => {
      const a = analyze({ html: page(meta) });
      expect(a.meta.dct).toBe("2022-10-07");
      expect(a.meta.dctSource).toBe("page");
    });
});
