import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractProblems } from "../src/analysis.js";
import { spawnSync } from "node:child_process";
import { CLI, dossier, ROOT, SEED_PATH, tempDir } from "./helpers.js";

const oneLineError = (stderr: string) => {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^dossier: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

describe("dossier itself", () => {
  it("prints its version and a help that lists the commands", () => {
    const v = dossier(["--version"]);
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const h = dossier(["--help"]);
    expect(h.status).toBe(0);
    for (const command of ["analyze", "eval", "schema", "render", "parse"])
      expect(h.stdout).toContain(command);
    expect(h.stdout).toMatch(/Exit status: 0 done; 1 .*\n2 bad input or usage; 3 .*; 70 internal error/);
  });
  it("analyses an article without loading the store, the worker pool or the schema library", () => {
    // what a one-paragraph analysis waits for at start-up is only what it uses
    const record = join(tempDir(), "imports.txt");
    writeFileSync(record, "");
    const r = spawnSync(
      process.execPath,
      ["--import", join(ROOT, "test/fixtures/record-imports.mjs"), CLI, "analyze", "-", "--format", "json"],
      {
        input: "Ana Ruiz said on Monday that the talks had failed.",
        encoding: "utf8",
        env: { ...process.env, RECORD_IMPORTS_TO: record },
      },
    );
    expect(r.status).toBe(0);
    const packages = readFileSync(record, "utf8").split("\n").filter(Boolean);
    expect(packages).toContain("wink-nlp");
    for (const unused of ["better-sqlite3", "piscina", "cli-progress", "zod", "pg", "bullmq"])
      expect(packages).not.toContain(unused);
  });
});

describe("dossier analyze on good input", () => {
  it("prints a readable report by default", () => {
    const r = dossier(["analyze", SEED_PATH]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Photo captions/);
    expect(r.stdout).toMatch(/Anti-Russian course/);
  });

  it("prints a valid Analysis as JSON", () => {
    const r = dossier(["analyze", SEED_PATH, "--format", "json", "--date", "2022-10-07"]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(contractProblems(a)).toEqual([]);
    expect(a.meta.published).toBeNull();
    expect(a.meta.dctSource).toBe("option");
  });

  it("reads standard input with -", () => {
    const r = dossier(["analyze", "-", "--format", "json"], "Short text. Two sentences.");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).sentences).toHaveLength(2);
  });

  it("writes Markdown and a self-contained HTML page that escapes the article", () => {
    const dir = tempDir();
    const file = join(dir, "evil.txt");
    writeFileSync(file, 'The minister said <script>alert("x")</script> was fine.\n');
    const md = dossier(["analyze", file, "--format", "md"]);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# /);
    const out = join(dir, "page.html");
    const html = dossier(["analyze", file, "--format", "html", "--out", out]);
    expect(html.status).toBe(0);
    const page = readFileSync(out, "utf8");
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toContain("<script>");
    expect(page).toContain("&lt;script&gt;");
  });

  it("analyses HTML files through article extraction", () => {
    const dir = tempDir();
    const file = join(dir, "page.html");
    const para =
      "<p>The government said on Monday that the new policy would take effect next year, officials confirmed.</p>";
    writeFileSync(
      file,
      `<!doctype html><html><head><title>T</title><meta property="og:site_name" content="Daily Example"><meta property="article:published_time" content="2023-05-02T10:00:00Z"></head><body><nav>Home | World | Sport</nav><article><h1>Policy news</h1>${para.repeat(6)}</article><footer>Copyright</footer></body></html>`,
    );
    const r = dossier(["analyze", file, "--format", "json"]);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(a.meta.outlet).toBe("Daily Example");
    expect(a.meta.published).toMatch(/^2023-05-02/);
    expect(a.text).toContain("The government said on Monday");
    expect(a.text).not.toContain("Home | World");
  });

  it("processes JSON Lines, skipping bad lines by number and exiting 1", () => {
    const dir = tempDir();
    const file = join(dir, "in.jsonl");
    const lines = [
      JSON.stringify({ id: "a", text: "First article. It has text." }),
      "{not json",
      JSON.stringify({ id: "b" }),
      JSON.stringify({
        id: "c",
        html: "<html><body><p>Third article body text.</p></body></html>",
        dct: "2020-01-02",
      }),
    ];
    writeFileSync(file, `${lines.join("\n")}\n`);
    const before = statSync(file).mtimeMs;
    const r = dossier(["analyze", "--jsonl", file, "--format", "jsonl"]);
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((a) => a.id)).toEqual(["a", "c"]);
    expect(r.stderr).toMatch(/in\.jsonl:2: is not valid JSON/);
    expect(r.stderr).toMatch(/in\.jsonl:3: has no "text" or "html"/);
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe("dossier analyze on bad input", () => {
  const dir = tempDir();
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const cases: [string, () => string, RegExp][] = [
    ["a missing path", () => join(dir, "nope.txt"), /does not exist/],
    [
      "a directory",
      () => {
        mkdirSync(join(dir, "folder"), { recursive: true });
        return join(dir, "folder");
      },
      /is a directory/,
    ],
    ["an empty file", () => file("empty.txt", ""), /is empty/],
    ["a blank file", () => file("blank.txt", " \n\n "), /no text/],
    [
      "a binary file",
      () => file("bin.dat", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
      /looks binary/,
    ],
    [
      "invalid UTF-8",
      () => file("latin1.txt", Buffer.from("Caf\xe9 au lait, na\xefve.", "latin1")),
      /not valid UTF-8/,
    ],
    [
      "a file over 20 MB",
      () => file("huge.txt", Buffer.alloc(21 * 1024 * 1024, "a")),
      /over the 20 MB limit/,
    ],
  ];
  for (const [what, make, message] of cases) {
    it(`refuses ${what} with one line and a non-zero exit`, () => {
      const r = dossier(["analyze", make()]);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      oneLineError(r.stderr);
    });
  }

  it("points a .jsonl file given as an article to --jsonl", () => {
    const r = dossier(["analyze", file("batch.jsonl", '{"id":"a","text":"Hello."}\n')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/--jsonl/);
    oneLineError(r.stderr);
  });

  it("refuses a bad --date and an unknown format", () => {
    const d = dossier(["analyze", SEED_PATH, "--date", "yesterday"]);
    expect(d.status).not.toBe(0);
    oneLineError(d.stderr);
    const f = dossier(["analyze", SEED_PATH, "--format", "pdf"]);
    expect(f.status).not.toBe(0);
    oneLineError(f.stderr);
  });
});

describe("dossier analyze on URLs", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === "/image") {
        res.writeHead(200, { "content-type": "image/png" });
        res.end(Buffer.from([1, 2, 3]));
      } else if (req.url === "/redirect") {
        res.writeHead(302, { location: "/article" });
        res.end();
      } else if (req.url === "/article") {
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
        res.end("The mayor said the bridge would reopen. Residents welcomed the news.");
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const run = async (url: string, ...rest: string[]) => {
    // spawnSync would block the event loop that serves the test page, so run the CLI asynchronously.
    const { spawn } = await import("node:child_process");
    const { CLI } = await import("./helpers.js");
    return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [CLI, "analyze", url, ...rest]);
      let stdout = "";
      let stderr = "";
      p.stdout.on("data", (d) => (stdout += d));
      p.stderr.on("data", (d) => (stderr += d));
      p.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  };

  it("follows a redirect to a plain-text article", async () => {
    const r = await run(`${base}/redirect`, "--format", "json");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meta.url).toBe(`${base}/article`);
  });
  it("refuses a non-text content type", async () => {
    const r = await run(`${base}/image`);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/image\/png/);
    oneLineError(r.stderr);
  });
  it("reports an HTTP error status", async () => {
    const r = await run(`${base}/missing`);
    expect(r.stderr).toMatch(/HTTP 404/);
    oneLineError(r.stderr);
  });
  it("reports an unreachable host", async () => {
    const r = await run("http://127.0.0.1:9/");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot reach/);
    oneLineError(r.stderr);
  });
});
