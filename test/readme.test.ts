/** The README's sample output is what the current build prints (regenerate: npm run readme:sample). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { expect, it } from "vitest";
import { ROOT } from "./helpers.js";

it("README.md shows the current output of dossier analyze on the example", async () => {
  const script = pathToFileURL(join(ROOT, "scripts/readme-sample.mjs")).href;
  const { withSample } = (await import(script)) as { withSample: (readme: string) => string };
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  expect(withSample(readme), "run npm run readme:sample").toBe(readme);
});
