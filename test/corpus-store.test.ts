/** The SQLite corpus store: idempotence, replacement, whole articles, migration, the views. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Analysis } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { InputError } from "../src/document/errors.js";
import { openSqliteStore } from "../src/corpus/store/sqlite/store.js";
import type { ArticleToStore, CorpusStore } from "../src/corpus/store/types.js";
import { tempDir } from "./helpers.js";

const PESKOV =
  "Kremlin spokesman Dmitry Peskov said: “We will not accept these sanctions under any circumstances.” He added that talks would continue on Monday.";
const PESKOV_AGAIN =
  "Peskov told reporters: “we will not accept these sanctions under any circumstances”. The ministry declined to comment.";
const LAVROV =
  "Foreign minister Sergei Lavrov said: “We will not accept these sanctions under any circumstances.” Talks resumed in Geneva on 3 March 2022.";
const ROE =
  "Jane Roe, the mayor of Springfield, said the bridge would reopen in May. “It is safe,” Roe said.";

function article(
  id: string,
  text: string,
  outlet: string | null = null,
  dct: string | null = null,
): ArticleToStore {
  return { analysis: analyze({ id, text, outlet, dct }), sourceHash: `${id}:${text}` };
}

function newStore(target?: number): { path: string; store: CorpusStore } {
  const path = join(tempDir(), "corpus.db");
  return { path, store: openSqliteStore(path, { create: true }, target) };
}

/** Four articles: one statement reported three times (twice by Peskov, once credited to Lavrov). */
function corpus(): ArticleToStore[] {
  return [
    article("a1", PESKOV, "Wire", "2022-03-01"),
    article("a2", PESKOV_AGAIN, "Daily", "2022-03-02"),
    article("a3", ROE, "Daily", "2021-05-01"),
    article("a4", LAVROV, "Herald", "2022-03-04"),
  ];
}

const tableCounts = (path: string) => {
  const db = new Database(path, { readonly: true });
  const tables = [
    "articles",
    "quotes",
    "entities",
    "mentions",
    "timexes",
    "timeline",
    "techniques",
    "cluster_members",
  ];
  const counts = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM ${t}`).pluck().get()]),
  );
  db.close();
  return counts;
};

describe("storing articles", () => {
  it("stores an article whole, and the same article again is a no-op", () => {
    const { store } = newStore();
    const a = article("a1", PESKOV, "Wire", "2022-03-01");
    expect(store.putArticles([a])).toEqual(["stored"]);
    const before = store.stats();
    expect(store.putArticles([a])).toEqual(["unchanged"]);
    expect(store.stats()).toEqual(before);
    expect(before).toMatchObject({ articles: 1, quotes: a.analysis.quotes.length, outlets: 1 });
    expect(store.article("a1")).toEqual(a.analysis);
    expect(store.sourceHashOf("a1")).toBe(a.sourceHash);
    expect(store.hasSource(a.sourceHash)).toBe(true);
    expect(store.sourceHashOf("nope")).toBeNull();
    store.close();
  });

  it("replaces an article whose id comes again with another text, leaving nothing of the old one", () => {
    const { path, store } = newStore();
    store.putArticles([article("a1", ROE)]);
    const roeOnly = tableCounts(path);
    store.putArticles([article("x", PESKOV)]);
    expect(store.putArticles([article("x", LAVROV)])).toEqual(["replaced"]);
    expect(store.search("Peskov", {})).toEqual([]);
    expect(store.search("Lavrov", {}).map((h) => h.article)).toEqual(["x"]);
    expect(store.stats().articles).toBe(2);
    expect(store.putArticles([article("x", PESKOV)])).toEqual(["replaced"]);
    store.putArticles([article("x", ROE)]);
    // x now holds the same text as a1: twice the rows of a1 alone, nothing left of Peskov or Lavrov
    const counts = tableCounts(path);
    for (const [table, n] of Object.entries(roeOnly)) expect(counts[table], table).toBe(2 * (n as number));
    expect([...store.quotes({ speaker: "Lavrov" })]).toEqual([]);
    store.close();
  });

  it("stores the good articles of a batch when one of them fails, and none of the bad one", () => {
    const { path, store } = newStore();
    const bad = article("bad", LAVROV);
    (bad.analysis as { techniques: unknown }).techniques = null;
    const outcomes = store.putArticles([article("a1", PESKOV), bad, article("a3", ROE)]);
    expect(outcomes[0]).toBe("stored");
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(outcomes[2]).toBe("stored");
    expect(store.sourceHashOf("bad")).toBeNull();
    expect([...store.quotes({ speaker: "Lavrov" })]).toEqual([]);
    expect(tableCounts(path).articles).toBe(2);
    store.close();
  });
});

describe("opening store files", () => {
  it("migrates a version-1 file (no clusters yet) to the current version, clustering its quotes", () => {
    const { path, store } = newStore(1);
    store.putArticles(corpus());
    store.close();
    const reopened = openSqliteStore(path);
    expect(reopened.stats()).toMatchObject({
      schemaVersion: 3,
      articles: 4,
      clusters: 1,
      clusteredQuotes: 3,
    });
    reopened.close();
  });

  it("rebuilds the search indexes and the clusters of a version-2 file from an earlier build", () => {
    const { path, store } = newStore(2);
    store.putArticles(corpus());
    store.close();
    // as the first build left it: two-column search indexes kept by triggers, stand-in clusters
    const old = new Database(path);
    old.exec(`DROP TABLE articles_fts; DROP TABLE quotes_fts; DROP VIEW quote_search; DROP INDEX quotes_kind;
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');
      CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END;
      UPDATE cluster_members SET cluster = 999; DELETE FROM cluster_keys;`);
    old.close();
    const reopened = openSqliteStore(path);
    expect(reopened.stats()).toMatchObject({ schemaVersion: 3, clusters: 1, clusteredQuotes: 3 });
    expect(reopened.search("sanctions", { outlet: "herald" }).map((h) => h.article)).toEqual(["a4"]);
    expect(reopened.search("circumstances", { speaker: "lavrov" }).map((h) => h.article)).toEqual(["a4"]);
    reopened.putArticles([article("a5", ROE)]);
    expect(
      reopened
        .search("bridge", {})
        .map((h) => h.article)
        .sort(),
    ).toEqual(["a3", "a5"]);
    reopened.close();
  });

  it("refuses a file written by a newer dossier, a file that is no store, and a missing file", () => {
    const { path, store } = newStore();
    store.close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_version(version) VALUES (99)").run();
    db.close();
    expect(() => openSqliteStore(path)).toThrow(InputError);
    expect(() => openSqliteStore(path)).toThrow(
      /version 99, newer than this dossier reads \(3\): upgrade dossier/,
    );

    const text = join(tempDir(), "notes.db");
    writeFileSync(text, "this is a text file, not a database ".repeat(100));
    expect(() => openSqliteStore(text)).toThrow(/not a dossier store/);
    const other = join(tempDir(), "other.db");
    const foreign = new Database(other);
    foreign.exec("CREATE TABLE customers (name TEXT)");
    foreign.close();
    expect(() => openSqliteStore(other)).toThrow(/an SQLite file but not a dossier store/);
    expect(() => openSqliteStore(join(tempDir(), "missing.db"))).toThrow(
      /does not exist: ingest articles first/,
    );
  });
});

describe("the views", () => {
  const { store } = newStore();
  store.putArticles(corpus());

  it("counts what it holds", () => {
    expect(store.stats()).toMatchObject({
      articles: 4,
      outlets: 3,
      from: "2021-05-01",
      to: "2022-03-04",
      clusters: 1,
      clusteredQuotes: 3,
    });
    expect(store.stats().speakers).toBeGreaterThanOrEqual(4);
  });

  it("searches articles, and one speaker's quotes, forgiving text that is not FTS5 syntax", () => {
    expect(store.search("sanctions", {}).map((h) => h.article)).toEqual(
      expect.arrayContaining(["a1", "a2", "a4"]),
    );
    expect(store.search("bridge", {})[0]).toMatchObject({
      article: "a3",
      outlet: "Daily",
      snippet: expect.stringContaining("[bridge]"),
    });
    expect(store.search("sanctions", { outlet: "herald" }).map((h) => h.article)).toEqual(["a4"]);
    expect(
      store
        .search("sanctions", { from: "2022-03-02", to: "2022-03" })
        .map((h) => h.article)
        .sort(),
    ).toEqual(["a2", "a4"]);
    const quoted = store.search("circumstances", { speaker: "peskov" });
    expect(quoted.map((h) => h.quote?.speaker).sort()).toEqual(["Dmitry Peskov", "Peskov"]);
    expect(
      store
        .search('sanctions: "circumstances (', {})
        .map((h) => h.article)
        .sort(),
    ).toEqual(["a1", "a2", "a4"]);
    expect(store.search("Peskov's", {})).toEqual([]);
  });

  it("lists quotes in date order with their article, and ranks speakers", () => {
    const all = [...store.quotes({})];
    expect(all.map((q) => q.date)).toEqual([...all.map((q) => q.date)].sort());
    const safe = all.find((q) => q.text.startsWith("It is safe"))!;
    expect(safe).toMatchObject({
      article: "a3",
      speaker: "Jane Roe",
      kind: "direct",
      outlet: "Daily",
      cluster: null,
    });
    expect(ROE.slice(safe.start, safe.end)).toBe(safe.text);
    expect([...store.quotes({ speaker: "Peskov", limit: 1 })]).toHaveLength(1);
    // a name filter matches words from their start, in the listings and in search alike
    expect([...store.quotes({ speaker: "dmitry pes" })].map((q) => q.speaker)).toEqual([
      "Dmitry Peskov",
      "Dmitry Peskov",
    ]);
    expect([...store.quotes({ speaker: "eskov" })]).toEqual([]);
    expect(store.search("circumstances", { speaker: "eskov" })).toEqual([]);
    expect(store.search("circumstances", { speaker: "dmitry pes" }).map((h) => h.article)).toEqual(["a1"]);
    expect(() => [...store.quotes({ speaker: "?!" })]).toThrow(/--speaker '\?!' has no letters or digits/);
    const top = store.speakers({});
    expect(top[0]).toMatchObject({ name: "Dmitry Peskov", quotes: 2, roles: ["Kremlin spokesman"] });
    expect(top.find((s) => s.name === "Jane Roe")).toMatchObject({
      firstSeen: "2021-05-01",
      outlets: [{ outlet: "Daily", quotes: 2 }],
    });
  });

  it("builds the timeline across articles, by entity", () => {
    const events = [...store.timeline({})];
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
    expect([...store.timeline({ entity: "jane" })]).toEqual([
      expect.objectContaining({ date: "2021-05", article: "a3", actors: ["Jane Roe", "Springfield"] }),
    ]);
  });

  it("clusters one statement reported three times, flags the misattribution, says what each variant changed", () => {
    const [cluster, ...rest] = [...store.clusters({ minSize: 2 })];
    expect(rest).toEqual([]);
    expect(cluster.canonical).toBe("We will not accept these sanctions under any circumstances.");
    expect(cluster.first).toMatchObject({ article: "a1", outlet: "Wire", date: "2022-03-01" });
    expect(cluster.members.map((m) => [m.article, m.relation])).toEqual([
      ["a1", "exact"],
      ["a2", "normalised"],
      ["a4", "exact"],
    ]);
    expect(cluster.misattributed).toBe(true);
    expect(cluster.speakers.map((s) => s.name).sort()).toEqual(["Dmitry Peskov", "Peskov", "Sergei Lavrov"]);
    expect([...store.clusters({ minSize: 2, speaker: "Roe" })]).toEqual([]);
    expect([...store.clusters({ minSize: 4 })]).toEqual([]);
  });

  it("exports each layer as rows with article ids and offsets", () => {
    const quotes = [...store.exportLayer("quotes")];
    expect(quotes.length).toBe(store.stats().quotes);
    expect(Object.keys(quotes[0])).toEqual(store.layerColumns("quotes"));
    const entity = [...store.exportLayer("entities")].find((e) => e.name === "Dmitry Peskov")!;
    expect(entity).toMatchObject({
      article: "a1",
      type: "person",
      roles: ["Kremlin spokesman"],
      caption_only: false,
    });
    expect(PESKOV.slice(entity.start as number, entity.end as number)).toBe("Dmitry Peskov");
    for (const layer of ["articles", "timexes", "techniques"] as const)
      expect(store.layerColumns(layer)).toContain("article");
  });

  it("gives back the stored Analysis as analyze made it", () => {
    const again: Analysis = analyze({ id: "a3", text: ROE, outlet: "Daily", dct: "2021-05-01" });
    expect(store.article("a3")).toEqual(again);
    expect(store.article("zzz")).toBeNull();
  });
});

describe("clusters that meet", () => {
  const FULL =
    "We will rebuild the old bridge over the river this summer, and the new school will open its doors in the autumn for every child in the town.";
  const START = "We will rebuild the old bridge over the river this summer, and the new school";
  const END = "the new school will open its doors in the autumn for every child in the town.";
  const quoted = (id: string, words: string) =>
    article(id, `The mayor, Jane Roe, said: “${words}” She spoke on Monday.`);

  it("merges the clusters of a statement's start and end once a fuller report joins them", () => {
    const { store } = newStore();
    store.putArticles([quoted("s", START), quoted("e", END)]);
    expect([...store.clusters({ minSize: 1 })]).toHaveLength(2);
    store.putArticles([quoted("f", FULL)]);
    const clusters = [...store.clusters({ minSize: 1 })];
    expect(clusters).toHaveLength(1);
    expect(clusters[0].members.map((m) => m.article).sort()).toEqual(["e", "f", "s"]);
  });
});
