import { describe, expect, it } from "vitest";
import { analysisJsonSchema, contractProblems } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { seedText } from "./helpers.js";

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

describe("dossier schema", () => {
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
