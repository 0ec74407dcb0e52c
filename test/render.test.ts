import { createHash } from "node:crypto";
import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { type Analysis, contractProblems, SCHEMA_ID } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { render } from "../src/render/index.js";
import { escapeHtml, renderHtml } from "../src/render/html.js";
import { md, renderMarkdown } from "../src/render/markdown.js";
import {
  coveredLength,
  headlineFacts,
  persuasion,
  quotesBySpeaker,
  relayChainText,
  timelineRows,
  voiceMatrix,
  whoIsWho,
} from "../src/render/summary.js";
import { renderText } from "../src/render/text.js";
import { seedText } from "./helpers.js";

/** Span of the `nth` occurrence of `needle` in `text` (throws when absent, so fixtures stay honest). */
function at(text: string, needle: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`fixture: '${needle}' #${nth} not in text`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

const empty = (text: string, over: Partial<Analysis> = {}): Analysis => ({
  schema: SCHEMA_ID,
  id: "a1",
  meta: { title: null, url: null, outlet: null, published: null, language: "en" },
  text,
  blocks: [{ type: "paragraph", start: 0, end: text.length }],
  sentences: [],
  entities: [],
  quotes: [],
  timexes: [],
  timeline: [],
  techniques: [],
  ...over,
});

/** A small hand-made article with every layer filled in. */
function sample(): Analysis {
  const heading = "Talks stalled";
  const p1 =
    'Prime Minister Anna Berg said on Monday that "the talks are over" and that Norland would keep its sanctions, TASS reported.';
  const p2 = "According to experts, the so-called peace plan is a disgraceful sham.";
  const cap = "Anna Berg in Oslo on 3 March 2021 (AP, John Doe)";
  const text = [heading, p1, p2, cap].join("\n\n");
  const block = (s: string, type: "heading" | "paragraph" | "caption") => ({ type, ...at(text, s) });
  const { text: _h, ...hb } = block(heading, "heading");
  const { text: _1, ...b1 } = block(p1, "paragraph");
  const { text: _2, ...b2 } = block(p2, "paragraph");
  const { text: _c, ...bc } = block(cap, "caption");
  const m = (needle: string, nth = 0, metonymy = false) => ({ ...at(text, needle, nth), metonymy });
  const a: Analysis = {
    ...empty(text),
    meta: {
      title: "Talks stalled",
      url: "https://example.org/talks",
      outlet: "Daily Example",
      published: "2023-05-02",
      language: "en",
      byline: "Jo Writer",
    },
    blocks: [
      hb,
      b1,
      b2,
      { ...bc, caption: { description: "Anna Berg in Oslo", source: "AP", credit: "John Doe" } },
    ],
    sentences: [
      { start: b1.start, end: b1.end },
      { start: b2.start, end: b2.end },
    ],
    entities: [
      {
        id: "e1",
        type: "person",
        name: "Anna Berg",
        aliases: ["Anna Berg", "Berg"],
        roles: ["Prime Minister of Norland"],
        country: "Norland",
        mentions: [m("Anna Berg"), m("Anna Berg", 1)],
      },
      {
        id: "e2",
        type: "organization",
        name: "TASS",
        aliases: [],
        roles: ["news agency"],
        country: null,
        mentions: [m("TASS")],
      },
      {
        id: "e3",
        type: "country",
        name: "Norland",
        aliases: ["Norlandia"],
        roles: [],
        country: null,
        mentions: [m("Norland")],
      },
      {
        id: "e4",
        type: "place",
        name: "Oslo",
        aliases: [],
        roles: [],
        country: "Norway",
        mentions: [m("Oslo")],
        captionOnly: true,
      },
    ],
    quotes: [
      {
        id: "q1",
        kind: "direct",
        ...at(text, "the talks are over"),
        paragraphs: 1,
        speaker: {
          entity: "e1",
          name: "Anna Berg",
          anonymous: false,
          resolvedBy: "name",
          ...at(text, "Anna Berg"),
        },
        cue: { ...at(text, "said"), type: "speech" },
        via: ["TASS"],
        medium: null,
      },
      {
        id: "q2",
        kind: "indirect",
        ...at(text, "Norland would keep its sanctions"),
        paragraphs: 1,
        speaker: {
          entity: "e1",
          name: "Anna Berg",
          anonymous: false,
          resolvedBy: "previous",
          ...at(text, "Anna Berg"),
        },
        cue: { ...at(text, "said") },
        via: ["TASS"],
        medium: "statement to parliament",
      },
      {
        id: "q3",
        kind: "indirect",
        ...at(text, "the so-called peace plan is a disgraceful sham"),
        paragraphs: 1,
        speaker: {
          entity: null,
          name: "experts",
          anonymous: true,
          resolvedBy: "according-to",
          ...at(text, "experts"),
        },
        cue: { ...at(text, "According to") },
        via: [],
        medium: null,
      },
    ],
    timexes: [
      { ...at(text, "Monday"), type: "DATE", value: "2023-05-01", mod: null },
      { ...at(text, "3 March 2021"), type: "DATE", value: "2021-03-03", mod: null },
    ],
    timeline: [
      {
        date: "2023-05-01",
        timex: 0,
        ...at(text, p1),
        summary: "Anna Berg says the talks are over",
        actors: ["e1"],
        source: "body",
      },
      {
        date: "2021-03-03",
        timex: 1,
        ...at(text, cap),
        summary: "Anna Berg in Oslo",
        actors: ["e1", "e4"],
        source: "caption",
      },
    ],
    techniques: [
      {
        ...at(text, "disgraceful sham"),
        technique: "Loaded_Language",
        voice: "author",
        explanation: "emotive words",
      },
      { ...at(text, "so-called"), technique: "Doubt", voice: "experts", explanation: "scare phrase" },
      {
        ...at(text, "disgraceful"),
        technique: "Name_Calling,Labeling",
        voice: "author",
        explanation: "label",
      },
    ],
  };
  // The sentence/timeline spans carry no `text` field; strip the helper's.
  for (const t of a.timeline) delete (t as { text?: string }).text;
  return a;
}

describe("render fixtures", () => {
  it("are valid Analysis objects", () => {
    expect(contractProblems(sample())).toEqual([]);
    expect(contractProblems(empty("Nothing here."))).toEqual([]);
  });
});

describe("summary views", () => {
  const a = sample();
  it("groups who is who by kind, most mentioned first", () => {
    const g = whoIsWho(a);
    expect(g.map((x) => x.label)).toEqual(["People", "Organisations", "Countries", "Places"]);
    expect(g[0].entities[0].name).toBe("Anna Berg");
  });
  it("groups quotes by speaker entity, anonymous flagged, relay chain to the outlet", () => {
    const g = quotesBySpeaker(a);
    expect(g.map((x) => [x.name, x.quotes.length, x.anonymous])).toEqual([
      ["Anna Berg", 2, false],
      ["experts", 1, true],
    ]);
    expect(relayChainText(a, a.quotes[0])).toBe("Anna Berg → TASS → Daily Example");
    expect(relayChainText({ ...a, meta: { ...a.meta, outlet: null } }, a.quotes[2])).toBe(
      "experts → this article",
    );
  });
  it("orders the timeline by date", () => {
    expect(timelineRows(a).map((t) => t.date)).toEqual(["2021-03-03", "2023-05-01"]);
  });
  it("counts technique x voice and the author's share of flagged text (union of spans)", () => {
    const p = persuasion(a);
    expect(p.voices).toEqual(["author", "experts"]);
    expect(p.counts.get("Loaded_Language")?.get("author")).toBe(1);
    expect(p.counts.get("Doubt")?.get("experts")).toBe(1);
    // author: "disgraceful sham" (16, contains "disgraceful"); experts: "so-called" (9)
    expect(p.authorChars).toBe(16);
    expect(p.flaggedChars).toBe(25);
    expect(p.authorShare).toBeCloseTo(16 / 25);
    expect(p.grouped.map((g) => g.count)).toEqual([1, 1, 1]);
    const twice = persuasion({ ...a, techniques: [...a.techniques, { ...a.techniques[1] }] });
    expect(twice.grouped.find((g) => g.item.technique === "Doubt")?.count).toBe(2);
    expect(renderText({ ...a, techniques: [...a.techniques, { ...a.techniques[1] }] }, false)).toMatch(
      /Doubt “so-called” ×2 voice: experts/,
    );
    const many = persuasion({
      ...a,
      techniques: ["v1", "v2", "v3", "author"].map((voice) => ({ ...a.techniques[1], voice })),
    });
    expect(voiceMatrix(many, 3)).toEqual({
      columns: ["author", "v1", "2 other speakers"],
      rows: [{ technique: "Doubt", counts: [1, 1, 2], total: 4 }],
    });
    expect(voiceMatrix(many, 4).columns).toEqual(["author", "v1", "v2", "v3"]);
    expect(coveredLength([])).toBe(0);
    expect(
      coveredLength([
        { start: 5, end: 10 },
        { start: 0, end: 3 },
        { start: 8, end: 12 },
      ]),
    ).toBe(10);
  });
  it("titles an untitled article by its leading heading, else by id", () => {
    const x = sample();
    x.meta.title = null;
    expect(renderText(x, false).split("\n")[0]).toBe("Talks stalled");
    expect(renderText(empty("Body only."), false).split("\n")[0]).toBe("Article a1");
  });
  it("states the headline facts", () => {
    const f = headlineFacts(a).join("\n");
    expect(f).toMatch(/2 paragraphs/);
    expect(f).toMatch(/1 person, 1 organisation, 2 places/);
    expect(f).toMatch(/3 quotes \(1 direct, 2 indirect\) from 2 speakers, 1 anonymous/);
    expect(f).toMatch(/2 dated events \(2021-03-03 to 2023-05-01\)/);
    expect(f).toMatch(/3 techniques, 64% of flagged text in the author's voice/);
  });
});

describe("text report", () => {
  const out = renderText(sample(), false);
  it("has the sections in order", () => {
    const order = [
      "Talks stalled",
      "\nWho is who\n──────────\n",
      "\nWho said what\n",
      "\nTimeline\n",
      "\nHow it persuades\n",
      "\nSections\n",
      "\nPhoto captions\n",
    ].map((s) => out.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    expect(out).toMatch(/Daily Example · published 2023-05-02 · by Jo Writer/);
  });
  it("shows who is who with roles and aliases (not repeating the name)", () => {
    expect(out).toMatch(/Anna Berg — Prime Minister of Norland · Norland · aka Berg ×2/);
    expect(out).toMatch(/Norland — aka Norlandia ×1/);
    expect(out).toMatch(/Oslo — Norway · caption only/);
  });
  it("groups quotes by speaker with cue, relay chain, medium, and flags anonymous sources", () => {
    expect(out).toMatch(/Anna Berg \(Prime Minister of Norland\) 2 quotes/);
    expect(out).toMatch(/said · Anna Berg → TASS → Daily Example\n/);
    expect(out).toMatch(/statement to parliament · speaker from the previous attribution/);
    expect(out).toMatch(/experts \[anonymous source\] 1 quote/);
  });
  it("marks caption events in the timeline", () => {
    expect(out).toMatch(/2021-03-03 +Anna Berg in Oslo \[caption\] \(Anna Berg, Oslo\)/);
    expect(out).toMatch(/2023-05-01 +Anna Berg says the talks are over \(Anna Berg\)\n/);
  });
  it("prints the technique x voice table, the author share, then the items", () => {
    expect(out).toMatch(/64% of the flagged text is in the author's voice/);
    expect(out).toMatch(/technique +author +experts +total/);
    expect(out).toMatch(/Loaded_Language +1 +· +1/);
    expect(out).toMatch(/Doubt +· +1 +1/);
    expect(out).toMatch(/Doubt “so-called” voice: experts/);
  });
  it("uses colour only when asked and never passes control characters through", () => {
    expect(out).not.toMatch(/\x1b/);
    expect(renderText(sample(), true)).toMatch(/\x1b\[1m/);
    const evil = empty("x", { meta: { ...empty("x").meta, title: "bad\x1b[2Jtitle\x07" } });
    expect(renderText(evil, false)).toMatch(/^bad\[2Jtitle\n/);
  });
  it("skips empty sections", () => {
    const t = renderText(empty("Just one sentence."), false);
    expect(t).toMatch(/0 quotes/);
    expect(t).not.toMatch(/Who said what|Timeline|How it persuades|Who is who|Photo captions/);
  });
});

describe("markdown report", () => {
  const out = renderMarkdown(sample());
  it("has the same sections as Markdown", () => {
    expect(out).toMatch(/^# Talks stalled\n/);
    for (const h of [
      "## Who is who",
      "### People",
      "## Who said what",
      "## Timeline",
      "## How it persuades",
      "### Items",
    ])
      expect(out).toContain(`\n${h}`);
    expect(out).toMatch(/\| \*\*Anna Berg\*\* \| Prime Minister of Norland \| Berg \| Norland \| 2 \|/);
    expect(out).toMatch(/### experts ⚠ anonymous source \(1 quote\)/);
    expect(out).toContain("Anna Berg → TASS → Daily Example");
    expect(out).toMatch(/\| 2021-03-03 \| Anna Berg in Oslo \| Anna Berg, Oslo \| \*\*caption\*\* \|/);
    expect(out).toMatch(/\| technique \| \*\*author\*\* \| experts \| total \|/);
    expect(out).toMatch(/\| Loaded\\_Language \| 1 \| {2}\| 1 \|/);
  });
  it("escapes Markdown and HTML from the article", () => {
    expect(md("a|b *c* <script> (x) [y]")).toBe("a\\|b \\*c\\* &lt;script&gt; (x) \\[y\\]");
    expect(md("x\ny & z")).toBe("x y &amp; z");
    const a = sample();
    a.entities[0].name = "Evil | <img src=x onerror=alert(1)>";
    const evil = renderMarkdown(a);
    expect(evil).not.toContain("<img");
    expect(evil).toContain("Evil \\| &lt;img");
  });
});

describe("html page", () => {
  const page = renderHtml(sample());
  const doc = new DOMParser().parseFromString(page, "text/html");
  const spans = (sel: string) => [...doc.querySelectorAll(sel)] as HTMLElement[];

  it("is one self-contained page", () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<link |src="http|@import/);
    expect(doc.querySelectorAll("style").length).toBe(1);
    expect(doc.querySelectorAll("script").length).toBe(1);
    expect(page).toMatch(
      /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-/,
    );
  });
  it("keeps the article text intact, block by block", () => {
    expect(doc.querySelector("article h2")?.textContent).toBe("Talks stalled");
    const paras = spans("article > p:not(.caption)").map((p) => p.textContent);
    expect(paras).toEqual([sample().text.split("\n\n")[1], sample().text.split("\n\n")[2]]);
    expect(doc.querySelector("article .caption")?.textContent).toContain("(AP, John Doe)");
  });
  const cardOf = (el: Element): string =>
    doc.querySelector(`#cards [data-key="${el.getAttribute("data-card")}"]`)?.textContent ?? "";

  it("makes every highlight one element with its layer and the offsets of the text it holds", () => {
    const text = sample().text;
    const highlights = spans("[data-layer]");
    expect(new Set(highlights.map((e) => e.getAttribute("data-layer")))).toEqual(
      new Set(["quote", "entity", "timex", "technique"]),
    );
    for (const el of highlights) {
      expect(el.closest("article")).not.toBeNull();
      const [start, end] = [Number(el.getAttribute("data-start")), Number(el.getAttribute("data-end"))];
      expect(text.slice(start, end)).toBe(el.textContent);
      expect(el.getAttribute("tabindex")).toBe("0");
    }
    // a quote is one element when nothing crosses it
    const q1 = sample().quotes[0];
    expect(
      doc.querySelector(`[data-layer="quote"][data-start="${q1.start}"][data-end="${q1.end}"]`)?.id,
    ).toBe("hl-q1");
  });
  it("has a card for every highlight saying what it is", () => {
    const ent = spans("article .ent.t-person");
    expect(ent.map((e) => e.textContent)).toContain("Anna Berg");
    expect(cardOf(ent[0])).toMatch(/Anna Berg.*person.*Prime Minister of Norland.*Berg/s);
    const quote = doc.getElementById("hl-q1") as HTMLElement;
    expect(quote.textContent).toBe("the talks are over");
    expect(cardOf(quote)).toMatch(
      /Anna Berg.*direct quote.*“said” \(speech\).*Anna Berg → TASS → Daily Example/s,
    );
    const anon = spans('article [data-part="speaker"].anonymous');
    expect(anon.map((e) => e.textContent)).toEqual(["experts"]);
    expect(cardOf(anon[0])).toContain("anonymous source");
    expect(spans('article [data-part="cue"]').map((e) => e.textContent)).toContain("According to");
    const timex = spans('article [data-layer="timex"]');
    expect(timex.map((e) => e.textContent)).toEqual(["Monday", "3 March 2021"]);
    expect(cardOf(timex[0])).toContain("2023-05-01");
    const tech = spans("article .tech.v-other");
    expect(tech.map((e) => e.textContent)).toEqual(["so-called"]);
    expect(cardOf(tech[0])).toMatch(/Doubt.*scare phrase.*experts, in a quote/s);
    // nested layers: "disgraceful" is a technique inside another ("disgraceful sham"), inside a quote
    const inner = spans("article .tech.v-author").find((e) => e.textContent === "disgraceful") as HTMLElement;
    expect(cardOf(inner)).toContain("Name Calling,Labeling");
    const outer = inner.parentElement?.closest('[data-layer="technique"]') as HTMLElement;
    expect(outer.textContent).toBe("disgraceful sham");
    expect(cardOf(outer)).toContain("Loaded Language");
    expect(inner.closest('[data-layer="quote"]')?.className).toContain("k-indirect");
  });
  it("colours quotes by speaker", () => {
    const [q1, q2, q3] = ["hl-q1", "hl-q2", "hl-q3"].map((id) => doc.getElementById(id)?.className ?? "");
    const colour = (cls: string) => cls.match(/\bsp-\S+/)?.[0];
    expect(colour(q1)).toBe(colour(q2));
    expect(colour(q1)).not.toBe(colour(q3));
  });
  it("has panels for quotes, entities, timeline and techniques by voice, each item linking into the text", () => {
    const aside = doc.querySelector("aside") as HTMLElement;
    expect(aside.querySelector(".quotes")?.textContent).toMatch(/Anna Berg.*2 quotes/s);
    expect(aside.querySelector(".quotes")?.textContent).toMatch(/experts\s*anonymous source/);
    expect(aside.querySelector('.quotes a[href="#hl-q1"]')).not.toBeNull();
    expect(aside.querySelector(".timeline")?.textContent).toMatch(/2021-03-03.*caption.*2023-05-01/s);
    expect(aside.querySelector(".techniques")?.textContent).toMatch(/64% of the flagged text/);
    expect(aside.querySelector(".entities")?.textContent).toMatch(/Anna Berg.*TASS.*Norland.*Oslo/s);
    // every panel link leads to an element of the text
    const links = [...aside.querySelectorAll('a[href^="#"]')].map((l) => l.getAttribute("href")!.slice(1));
    expect(links.length).toBeGreaterThan(8);
    for (const id of links) expect(doc.getElementById(id)?.closest("article"), id).not.toBeNull();
    for (const panel of [".timeline", ".techniques", ".entities", ".quotes"])
      expect(aside.querySelector(`${panel} a[href^="#hl-"]`), panel).not.toBeNull();
    const toggles = [...aside.querySelectorAll("input[data-toggle]")].map((i) =>
      i.getAttribute("data-toggle"),
    );
    expect(toggles).toEqual(["quote", "entity", "timex", "technique"]);
  });
  it("titles an untitled article by its opening words, not its id", () => {
    const a = sample();
    a.meta.title = null;
    a.blocks = a.blocks.filter((b) => b.type !== "heading");
    const d = new DOMParser().parseFromString(renderHtml(a), "text/html");
    expect(d.querySelector("h1")?.textContent).toMatch(/^Prime Minister Anna Berg said on Monday/);
    expect(d.querySelector(".meta")?.textContent).toContain("article a1");
  });
  it("lets only its own script run: the inline script is pinned by hash in the CSP", () => {
    const js = doc.querySelector("script")?.textContent ?? "";
    const hash = createHash("sha256").update(js).digest("base64");
    expect(js).toContain("data-toggle");
    expect(page).toContain(`script-src 'sha256-${hash}'`);
  });
  it("links the site's files instead when served", () => {
    const served = renderHtml(sample(), {
      site: {
        nav: "<nav>site</nav>",
        assets: "/assets/",
        speaker: (n) => `/speakers/${encodeURIComponent(n)}`,
      },
    });
    expect(served).not.toMatch(/<style|<script type|http-equiv/);
    expect(served).toContain('<script src="/assets/article.js"></script>');
    expect(served).toContain('href="/speakers/Anna%20Berg"');
  });
  it("keeps a quote whole when a technique crosses its edge, cutting the technique instead", () => {
    const text = "Some claim the plan will fail, he said.";
    const a = empty(text, {
      quotes: [
        {
          id: "q1",
          kind: "indirect",
          ...at(text, "the plan will fail"),
          paragraphs: 1,
          speaker: null,
          cue: null,
          via: [],
          medium: null,
        },
      ],
      techniques: [
        { ...at(text, "Some claim the plan"), technique: "Doubt", voice: "author", explanation: "x" },
      ],
    });
    const d = new DOMParser().parseFromString(renderHtml(a), "text/html");
    const quote = d.querySelectorAll('[data-layer="quote"]');
    expect([...quote].map((e) => e.textContent)).toEqual(["the plan will fail"]);
    const pieces = [...d.querySelectorAll('[data-layer="technique"]')];
    expect(
      pieces.map((e) => [e.textContent, e.getAttribute("data-start"), e.getAttribute("data-end")]),
    ).toEqual([
      ["Some claim ", "0", "11"],
      ["the plan", "11", "19"],
    ]);
    expect(pieces[1].parentElement).toBe(quote[0]);
    expect(pieces.map((e) => e.getAttribute("data-card"))).toEqual(["tech-0", "tech-0"]);
    expect(pieces.filter((e) => e.id).map((e) => e.id)).toEqual(["hl-tech-0"]);
  });
  it("anchors a quote spanning paragraphs once", () => {
    const text = "“First part.\n\nSecond part,” she said.";
    const a = empty(text, {
      blocks: [
        { type: "paragraph", start: 0, end: 12 },
        { type: "paragraph", start: 14, end: text.length },
      ],
      quotes: [
        {
          id: "q1",
          kind: "direct",
          ...at(text, "First part.\n\nSecond part,"),
          paragraphs: 2,
          speaker: null,
          cue: null,
          via: [],
          medium: null,
        },
      ],
    });
    expect(contractProblems(a)).toEqual([]);
    const p = renderHtml(a);
    expect(p.match(/id="hl-q1"/g)).toHaveLength(1);
    expect(p.match(/class="hl quote k-direct/g)).toHaveLength(2);
  });
  it("renders an article with empty layers", () => {
    const p = renderHtml(empty("Plain text & nothing else."));
    expect(p).toContain("<p>Plain text &amp; nothing else.</p>");
    expect(p).toContain("No quotes found.");
  });

  it("escapes everything taken from the article (hostile input)", () => {
    const hostile = `Hi <script>alert(1)</script> and </style><b>bold</b> "quoted" it's \`x\``;
    const evilName = `"><img src=x onerror=alert(2)>`;
    const a = empty(hostile, {
      id: `"><script>alert(3)</script>`,
      meta: {
        title: `</title><script>alert(4)</script>`,
        url: `javascript:alert(5)`,
        outlet: `</style><script>alert(6)</script>`,
        published: `" onmouseover="alert(7)`,
        language: `en" onload="alert(8)`,
        byline: "<i>x</i>",
      },
      entities: [
        {
          id: `e1" onmouseover="alert(9)`,
          type: "person",
          name: evilName,
          aliases: [`'><svg onload=alert(10)>`],
          roles: ["</style>"],
          country: null,
          mentions: [{ ...at(hostile, "<script>"), metonymy: false }],
        },
      ],
      quotes: [
        {
          id: `q"><script>alert(11)</script>`,
          kind: "direct",
          ...at(hostile, `"quoted"`),
          paragraphs: 1,
          speaker: {
            entity: null,
            name: evilName,
            anonymous: true,
            resolvedBy: "name",
            ...at(hostile, "<b>"),
          },
          cue: null,
          via: ["<script>alert(12)</script>"],
          medium: `</style>`,
        },
      ],
      techniques: [
        {
          ...at(hostile, "</style>"),
          technique: `<img src=x onerror=alert(13)>`,
          voice: `"author`,
          explanation: `</script><script>alert(14)</script>`,
        },
      ],
    });
    expect(contractProblems(a)).toEqual([]);
    const p = renderHtml(a);
    const d = new DOMParser().parseFromString(p, "text/html");
    // only our own style and script elements, nothing injected
    expect(p.match(/<script/gi)?.length).toBe(1);
    expect(p.match(/<\/script/gi)?.length).toBe(1);
    expect(p.match(/<style/gi)?.length).toBe(1);
    expect(p.match(/<\/style/gi)?.length).toBe(1);
    expect([...d.querySelectorAll("img, svg, i, article b, header b")].map((e) => e.outerHTML)).toEqual([]);
    const handlers = [...d.querySelectorAll("*")].flatMap((el) =>
      [...(el as Element).attributes].map((x) => x.name).filter((n) => n.startsWith("on")),
    );
    expect(handlers).toEqual([]);
    expect(p).not.toMatch(/href="javascript:/i);
    // the article text survives as text
    expect(d.querySelector("article")?.textContent).toContain(hostile);
    expect(d.querySelector("h1")?.textContent).toBe(`</title><script>alert(4)</script>`);
    // names, aliases and ids are shown as text in the cards and panels
    expect(d.querySelector('#cards [data-key="ent-0"]')?.textContent).toContain(evilName);
    expect(d.querySelector('#cards [data-key="ent-0"]')?.textContent).toContain(`'><svg onload=alert(10)>`);
    expect(d.querySelector('#cards [data-key="quote-0"]')?.textContent).toContain(
      "<script>alert(12)</script>",
    );
    expect(d.querySelector("aside .techniques")?.textContent).toContain(`<img src=x onerror=alert(13)>`);
    expect(d.querySelector("html")?.getAttribute("lang")).toBe(`en" onload="alert(8)`);
    expect(escapeHtml(`<a href="x" title='y'>&`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;");
  });
});

describe("render on the real pipeline", () => {
  it("renders the seed article's Analysis in every format", () => {
    const a = analyze({ text: seedText() }, { date: "2022-10-07" });
    expect(contractProblems(a)).toEqual([]);
    for (const f of ["text", "md", "html", "json"] as const) expect(render(a, f).length).toBeGreaterThan(100);
    const d = new DOMParser().parseFromString(render(a, "html"), "text/html");
    expect(d.querySelector("article")?.textContent?.replace(/\s+/g, "")).toContain(
      a.text.slice(0, 200).replace(/\s+/g, ""),
    );
    // every highlight, speaker and cue holds exactly the text its offsets name
    const marked = [...d.querySelectorAll("article [data-start]")] as HTMLElement[];
    expect(marked.length).toBeGreaterThan(200);
    for (const el of marked)
      expect(el.textContent).toBe(a.text.slice(Number(el.dataset.start), Number(el.dataset.end)));
    expect(d.querySelectorAll('[data-layer="quote"]').length).toBeGreaterThanOrEqual(a.quotes.length);
  });
});
