import { describe, expect, it } from "vitest";
import { analysisJsonSchema, contractProblems } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { renderHtml } from "../src/render/html.js";
import { renderMarkdown } from "../src/render/markdown.js";
import { renderText } from "../src/render/text.js";
import { dossier, seedText } from "./helpers.js";

describe("the Analysis contract", () => {
  it("holds for the seed article", () => {
    const a = analyze({ id: "seed", text: seedText() });
    expect(contractProblems(a)).toEqual([]);
    expect(a.schema).toBe("dossier.analysis/1");
    expect(a.id).toBe("seed");
  });

  it("detects a span that does not match its text", () => {
    const a = analyze({ id: "x", text: "Hello world. It works." });
    a.sentences.push({ start: 5, end: 500 });
    expect(contractProblems(a)).toHaveLength(1);
  });

  it("rejects a renamed field", () => {
    const a = analyze({ id: "x", text: "Hello world." }) as unknown as Record<string, unknown>;
    a.quote = a.quotes;
    delete a.quotes;
    expect(contractProblems(a).join()).toMatch(/quotes/);
  });

  it("is published as JSON Schema with the contract's fields", () => {
    const schema = analysisJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const field of [
      "schema",
      "id",
      "meta",
      "text",
      "blocks",
      "sentences",
      "entities",
      "quotes",
      "timexes",
      "timeline",
      "techniques",
    ])
      expect(schema.required).toContain(field);
  });

  it("keeps characters as given except CRLF line ends", () => {
    const a = analyze({ text: "One “quote”.\r\n\r\nTwo\u00a0words." });
    expect(a.text).toBe("One “quote”.\n\nTwo\u00a0words.");
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("meta.options: the options that changed the result", () => {
  const text = "Jane Roe said the bridge would reopen on Monday.";

  it("records the date given and a parser turned off, and nothing when no option changed the result", () => {
    expect(analyze({ text }).meta.options).toBeUndefined();
    expect(analyze({ text, dct: "2022-10-07" }).meta.options).toBeUndefined();
    const dated = analyze({ text, dct: "2021-01-01" }, { date: "2022-10-07" });
    expect(dated.meta.options).toEqual({ date: "2022-10-07" });
    expect(dated.meta.dctSource).toBe("option");
    expect(analyze({ text }, { syntax: false }).meta.options).toEqual({ syntax: false });
    expect(contractProblems(dated)).toEqual([]);
  });

  it("shows them in the header of every report", () => {
    const a = analyze({ text }, { date: "2022-10-07", syntax: false });
    for (const report of [renderText(a), renderMarkdown(a), renderHtml(a)])
      expect(report).toContain("options: --date 2022-10-07, parser off");
    expect(renderText(analyze({ text }))).not.toContain("options:");
  });

  it("the command line records --date, not --strict-language or --format", () => {
    const r = dossier(
      ["analyze", "-", "--format", "json", "--date", "2022-10-07", "--strict-language"],
      text,
    );
    expect(JSON.parse(r.stdout).meta.options).toEqual({ date: "2022-10-07" });
  });
});

describe("dossier schema", () => {
  it("describes meta.options and each of its fields", () => {
    const r = dossier(["schema"]);
    const meta = JSON.parse(r.stdout).properties.meta.properties;
    expect(meta.options.description).toMatch(/options that changed/);
    expect(meta.options.properties.date.description).toMatch(/--date/);
    expect(meta.options.properties.syntax.description).toMatch(/parser was off/);
  });

  it("describes every field of the contract", () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      for (const [key, child] of Object.entries(
        (n.properties ?? {}) as Record<string, Record<string, unknown>>,
      )) {
        if (typeof child.description !== "string") missing.push(`${path}.${key}`);
        walk(child, `${path}.${key}`);
      }
      for (const k of ["items", "anyOf", "prefixItems"]) for (const c of [n[k]].flat()) walk(c, `${path}[]`);
    };
    walk(analysisJsonSchema(), "");
    expect(missing).toEqual([]);
  });
});
