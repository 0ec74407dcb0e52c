/**
 * dossier as a library, installed as a user would: `npm pack`, the tarball installed into an empty
 * project, `analyze` imported from "dossier" in plain Node ESM and type-checked by TypeScript.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers.js";

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });

describe("the packed package", () => {
  let project = "";

  beforeAll(() => {
    const packDir = tempDir();
    // --ignore-scripts: the checkout is already built, and a rebuild would race the other tests
    npm(["pack", "--ignore-scripts", "--pack-destination", packDir], ROOT);
    const tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz")) as string);
    project = tempDir();
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    npm(["install", "--prefer-offline", "--ignore-scripts", tarball], project);
  }, 180_000);

  it("imports analyze in plain Node ESM and finds a quote with its speaker", () => {
    const script = `import { analyze, SCHEMA_ID } from "dossier";
const a = analyze({ text: "Jane Roe, the mayor of Springfield, said the bridge would reopen in May." });
console.log(JSON.stringify({ schema: a.schema === SCHEMA_ID, speaker: a.quotes[0]?.speaker?.name }));`;
    writeFileSync(join(project, "use.mjs"), script);
    const out = execFileSync(process.execPath, ["use.mjs"], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(out)).toEqual({ schema: true, speaker: "Jane Roe" });
  });

  it("type-checks a TypeScript consumer against the shipped declarations", () => {
    writeFileSync(
      join(project, "use.ts"),
      `import { analyze, renderMarkdown, type Analysis, type Quote } from "dossier";
const a: Analysis = analyze({ text: "Jane Roe said the bridge would reopen." });
const quotes: Quote[] = a.quotes;
const md: string = renderMarkdown(a);
export const summary = \`\${quotes.length} \${md.length}\`;
// @ts-expect-error: analyze takes a document, not a string
analyze("plain string");
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ["use.ts"],
      }),
    );
    const tsc = join(ROOT, "node_modules/.bin/tsc");
    expect(() =>
      execFileSync(tsc, ["-p", "tsconfig.json"], { cwd: project, encoding: "utf8" }),
    ).not.toThrow();
  });
});
