import { createRequire } from "node:module";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { coreModel } from "../src/language/wink-model.js";

const require = createRequire(import.meta.url);

describe("coreModel", () => {
  it("reads the same model as wink's own reader, and a fresh copy each time", () => {
    const own = require("wink-eng-lite-web-model/dist/load-core-model.js") as () => unknown;
    const ours = coreModel() as unknown as { features: { lexeme: { list: string[] } } };
    expect(isDeepStrictEqual(ours, own())).toBe(true);
    ours.features.lexeme.list.push("learned-by-one-instance");
    expect(isDeepStrictEqual(coreModel(), own())).toBe(true);
  });
});
