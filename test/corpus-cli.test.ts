/** The corpus commands end to end, as a user runs them: ingest a small folder, then each view. */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { dossier, tempDir } from "./helpers.js";

const PESKOV =
  "Kremlin spokesman Dmitry Peskov said: “We will not accept these sanctions under any circumstances.” He added that talks would continue on Monday.";
const PESKOV_PAGE = `<!doctype html><html><head><title>Kremlin rejects sanctions</title>
<meta property="og:site_name" content="Daily"><meta property="article:published_time" content="2022-03-02T10:00:00Z">
</head><body><nav>Home | World</nav><article><h1>Kremlin rejects sanctions</h1>
<p>Peskov told reporters: “we will not accept these sanctions under any circumstances”. The ministry declined to comment.</p>
<p>Officials in Brussels said new measures were being prepared for the summit next week.</p></article></body></html>`;
const LAVROV =
  "Foreign minister Sergei Lavrov said: “We will not accept these sanctions under any circumstances.” Talks resumed in Geneva on 3 March 2022.";
const ROE =
  "Jane Roe, the mayor of Springfield, said the bridge would reopen in May. “It is safe, and we checked,” Roe said.";

const jsonl = (...records: unknown[]) =>
  `${records.map((r) => (typeof r === "string" ? r : JSON.stringify(r))).join("\n")}\n`;

/** A folder of three good files, one bad file, one that is not an article; a JSONL file with two bad lines. */
function makeCorpus(): string {
  const news = join(tempDir(), "news");
  mkdirSync(join(news, "sub"), { recursive: true });
  writeFileSync(join(news, "a.txt"), PESKOV);
  writeFileSync(join(news, "sub", "b.html"), PESKOV_PAGE);
  writeFileSync(join(news, "bad.txt"), Buffer.from([0x41, 0xff, 0xfe, 0x41, 0x0a]));
  writeFileSync(join(news, "photo.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(
    join(news, "feed.jsonl"),
    jsonl(
      {
        id: "l1",
        text: LAVROV,
        outlet: "Herald",
        dct: "2022-03-04",
        title: 'Lavrov: "no" to sanctions, again',
      },
      "{not json",
      { id: "empty", text: "  " },
      { text: ROE, outlet: "Daily", dct: "2021-05-01" },
    ),
  );
  return news;
}

const summaryOf = (stdout: string) => JSON.parse(stdout.trim().split("\n").at(-1)!);

describe("dossier ingest", () => {
  it("stores a folder's articles, reports bad files and lines by path and line, and exits 1", () => {
    const news = makeCorpus();
    const db = join(tempDir(), "c.db");
    const r = dossier(["ingest", news, "--db", db, "--workers", "2", "--format", "json"]);
    expect(r.status, r.stderr).toBe(1);
    expect(summaryOf(r.stdout)).toMatchObject({
      stored: 4,
      unchanged: 0,
      replaced: 0,
      failed: 3,
      ignored: 1,
    });
    expect(r.stderr).toMatch(/bad\.txt: is not valid UTF-8.*; skipped/);
    expect(r.stderr).toMatch(/feed\.jsonl:2: is not valid JSON.*; skipped/);
    expect(r.stderr).toMatch(/feed\.jsonl:3: has no "text" or "html" string.*; skipped/);
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const again = dossier(["ingest", news, "--db", db]);
    expect(again.status).toBe(1);
    expect(again.stdout).toMatch(
      /0 stored, 4 unchanged, 0 replaced, 3 failed; 1 other files in the folders ignored/,
    );
  });

  it("replaces an article whose id comes with another text, and reads JSON Lines on standard input", () => {
    const db = join(tempDir(), "c.db");
    const first = dossier(["ingest", "-", "--db", db, "--format", "json"], jsonl({ id: "l1", text: LAVROV }));
    expect(first.status, first.stderr).toBe(0);
    expect(summaryOf(first.stdout)).toMatchObject({ stored: 1 });
    const changed = jsonl({ id: "l1", text: `${LAVROV} He did not elaborate.` }, { text: ROE });
    const second = dossier(["ingest", "-", "--db", db, "--format", "json", "--workers", "1"], changed);
    expect(second.status).toBe(0);
    expect(summaryOf(second.stdout)).toMatchObject({ stored: 1, replaced: 1, unchanged: 0 });
    expect(second.stderr).toMatch(/standard input:1: replaced the stored article l1 \(its input changed\)/);
  });

  it("refuses what it cannot do with one line and status 2", () => {
    for (const args of [["ingest"], ["ingest", "x", "--workers", "0"], ["ingest", "-", "-"]]) {
      const r = dossier(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});

describe("the views of a store", () => {
  let db = "";
  const run = (...args: string[]) => dossier([...args, "--db", db]);
  const json = (...args: string[]) => {
    const r = run(...args, "--format", "json");
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  beforeAll(() => {
    db = join(tempDir(), "c.db");
    dossier(["ingest", makeCorpus(), "--db", db]);
  });

  it("stats", () => {
    expect(json("stats")).toMatchObject({
      articles: 4,
      outlets: 2,
      clusters: 1,
      clusteredQuotes: 3,
      schemaVersion: 3,
    });
    expect(run("stats").stdout).toMatch(/4 articles from 2 outlets, 2021-05-01 to 2022-03-04\n/);
  });

  it("search", () => {
    const hits = json("search", "sanctions", "--outlet", "daily");
    expect(hits.map((h: { title: string }) => h.title)).toEqual(["Kremlin rejects sanctions"]);
    expect(hits[0]).toMatchObject({
      outlet: "Daily",
      published: "2022-03-02T10:00:00Z",
      article: expect.any(String),
    });
    const quoted = json("search", "circumstances", "--speaker", "lavrov");
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toMatchObject({ article: "l1", quote: { speaker: "Sergei Lavrov" } });
    expect(run("search", "bridge").stdout).toMatch(/^1\. .*\(Daily, 2021-05-01\)\n.*\[bridge\]/);
  });

  it("quotes, speakers and timeline", () => {
    const quotes = json("quotes", "--speaker", "Roe");
    expect(quotes.map((q: { text: string }) => q.text)).toEqual([
      "the bridge would reopen in May",
      "It is safe, and we checked,",
    ]);
    expect(json("quotes", "--from", "2022-03-03").every((q: { article: string }) => q.article === "l1")).toBe(
      true,
    );
    const speakers = json("speakers");
    expect(speakers.map((s: { quotes: number }) => s.quotes)).toEqual([2, 2, 1, 1, 1]);
    expect(speakers[1]).toMatchObject({ name: "Jane Roe", quotes: 2, roles: ["mayor of Springfield"] });
    expect(run("speakers").stdout).toMatch(/^quotes +arts +first\.\.last seen/);
    expect(json("timeline", "--entity", "Geneva")).toEqual([
      expect.objectContaining({ date: "2022-03-03", article: "l1", actors: ["Geneva"] }),
    ]);
  });

  it("clusters", () => {
    const [cluster, ...rest] = json("clusters", "--min-size", "2");
    expect(rest).toEqual([]);
    expect(cluster).toMatchObject({
      canonical: "We will not accept these sanctions under any circumstances.",
      misattributed: true,
    });
    expect(cluster.members).toHaveLength(3);
    for (const m of cluster.members) expect(m).toHaveProperty("relation");
    expect(json("clusters", "--speaker", "Roe")).toEqual([]);
    expect(run("clusters").stdout).toMatch(/! credited to different speakers: /);
  });

  it("export: RFC 4180 CSV with a header row, and JSON Lines", () => {
    const csv = run("export", "--layer", "quotes");
    expect(csv.status).toBe(0);
    const [header] = csv.stdout.split("\r\n");
    expect(header).toMatch(/^article,id,kind,start,end,text,speaker,/);
    expect(csv.stdout).toContain(',"It is safe, and we checked,",Jane Roe,');
    const articles = run("export", "--layer", "articles").stdout;
    expect(articles).toContain(',"Lavrov: ""no"" to sanctions, again",');
    const out = join(tempDir(), "entities.jsonl");
    expect(run("export", "--layer", "entities", "--format", "jsonl", "--out", out).status).toBe(0);
    const empty = dossier(["export", "--layer", "techniques", "--db", db]);
    expect(empty.stdout.split("\r\n")[0]).toMatch(/^article,start,end,text,technique,voice/);
  });

  it("every query command explains itself with examples", () => {
    for (const command of [
      "ingest",
      "stats",
      "search",
      "quotes",
      "speakers",
      "timeline",
      "clusters",
      "export",
    ])
      expect(dossier([command, "--help"]).stdout, command).toMatch(/Examples?:\n {2}dossier /);
  });
});

describe("errors of the views", () => {
  it("say in one line what is wrong, with status 2", () => {
    const dir = tempDir();
    const newer = join(dir, "newer.db");
    const good = join(dir, "good.db");
    dossier(["ingest", "-", "--db", newer], jsonl({ id: "x", text: ROE }));
    copyFileSync(newer, good);
    const raw = new Database(newer);
    raw.prepare("INSERT INTO schema_version(version) VALUES (9)").run();
    raw.close();
    const cases: [string[], RegExp][] = [
      [["stats", "--db", join(dir, "missing.db")], /missing\.db' does not exist: ingest articles first/],
      [["stats", "--db", newer], /version 9, newer than this dossier reads/],
      [["export", "--db", newer, "--layer", "people"], /--layer 'people' is not one of articles, quotes/],
      [["quotes", "--db", newer, "--from", "March"], /--from 'March' is not an ISO 8601 date/],
      [["quotes", "--db", newer, "--format", "xml"], /--format 'xml' is not one of text, json/],
      [["search", "--db", good, "?!"], /has no words to look for/],
    ];
    for (const [args, message] of cases) {
      const r = dossier(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
    }
  });
});
