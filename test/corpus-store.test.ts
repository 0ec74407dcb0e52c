/**
 * The corpus stores: idempotence, replacement, whole articles, the views, clusters: one suite run
 * against SQLite and (when npm run test:scale provides a server) PostgreSQL; then what is
 * particular to each: migrating SQLite files, concurrent writers on PostgreSQL.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { InputError } from "../src/document/errors.js";
import { openStore } from "../src/corpus/store/index.js";
import { openPostgresStore } from "../src/corpus/store/postgres/store.js";
import { openSqliteStore } from "../src/corpus/store/sqlite/store.js";
import type { ArticleToStore, CorpusStore } from "../src/corpus/store/types.js";
import { ServiceError } from "../src/util/service-error.js";
import { tempDir } from "./helpers.js";
import { newPostgresDatabase, PG_URL, STORE_KINDS } from "./stores.js";

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

function newSqliteStore(target?: number): { path: string; store: CorpusStore } {
  const path = join(tempDir(), "corpus.db");
  return { path, store: openSqliteStore(path, { create: true }, target) };
}

const all = async <T>(rows: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
};

const ids = (hits: { article: string }[]) => hits.map((h) => h.article).sort();

/** Four articles: one statement reported three times (twice by Peskov, once credited to Lavrov). */
function corpus(): ArticleToStore[] {
  return [
    article("a1", PESKOV, "Wire", "2022-03-01"),
    article("a2", PESKOV_AGAIN, "Daily", "2022-03-02"),
    article("a3", ROE, "Daily", "2021-05-01"),
    article("a4", LAVROV, "Herald", "2022-03-04"),
  ];
}

const TABLES = [
  "articles",
  "quotes",
  "entities",
  "mentions",
  "timexes",
  "timeline",
  "techniques",
  "cluster_members",
];

describe.each(STORE_KINDS)("the $name store", (kind) => {
  describe("storing articles", () => {
    it("stores an article whole, and the same article again is a no-op", async () => {
      const { store } = await kind.open();
      const a = article("a1", PESKOV, "Wire", "2022-03-01");
      expect(await store.putArticles([a])).toEqual(["stored"]);
      const before = await store.stats();
      expect(await store.putArticles([a])).toEqual(["unchanged"]);
      expect(await store.stats()).toEqual(before);
      expect(before).toMatchObject({ articles: 1, quotes: a.analysis.quotes.length, outlets: 1 });
      expect(await store.article("a1")).toEqual(a.analysis);
      expect(await store.sourceHashOf("a1")).toBe(a.sourceHash);
      expect(await store.hasSource(a.sourceHash)).toBe(true);
      expect(await store.sourceHashOf("nope")).toBeNull();
      await store.close();
    });

    it("replaces an article whose id comes again with another text, leaving nothing of the old one", async () => {
      const { store, location } = await kind.open();
      await store.putArticles([article("a1", ROE)]);
      const roeOnly = await kind.count(location, TABLES);
      await store.putArticles([article("x", PESKOV)]);
      expect(await store.putArticles([article("x", LAVROV)])).toEqual(["replaced"]);
      expect(await store.search("Peskov", {})).toEqual([]);
      expect(ids(await store.search("Lavrov", {}))).toEqual(["x"]);
      expect((await store.stats()).articles).toBe(2);
      expect(await store.putArticles([article("x", PESKOV)])).toEqual(["replaced"]);
      await store.putArticles([article("x", ROE)]);
      // x now holds the same text as a1: twice the rows of a1 alone, nothing left of Peskov or Lavrov
      const counts = await kind.count(location, TABLES);
      for (const [table, n] of Object.entries(roeOnly)) expect(counts[table], table).toBe(2 * n);
      expect(await all(store.quotes({ speaker: "Lavrov" }))).toEqual([]);
      await store.close();
    });

    it("stores the good articles of a batch when one of them fails, and none of the bad one", async () => {
      const { store, location } = await kind.open();
      const bad = article("bad", LAVROV);
      (bad.analysis as { techniques: unknown }).techniques = null;
      const outcomes = await store.putArticles([article("a1", PESKOV), bad, article("a3", ROE)]);
      expect(outcomes[0]).toBe("stored");
      expect(outcomes[1]).toBeInstanceOf(Error);
      expect(outcomes[2]).toBe("stored");
      expect(await store.sourceHashOf("bad")).toBeNull();
      expect(await all(store.quotes({ speaker: "Lavrov" }))).toEqual([]);
      expect((await kind.count(location, ["articles"])).articles).toBe(2);
      await store.close();
    });
  });

  describe("the views", () => {
    let store: CorpusStore;
    beforeAll(async () => {
      store = (await kind.open()).store;
      await store.putArticles(corpus());
      return () => store.close();
    });

    it("counts what it holds", async () => {
      expect(await store.stats()).toMatchObject({
        articles: 4,
        outlets: 3,
        from: "2021-05-01",
        to: "2022-03-04",
        clusters: 1,
        clusteredQuotes: 3,
      });
      expect((await store.stats()).speakers).toBeGreaterThanOrEqual(4);
    });

    it("searches articles, and one speaker's quotes, forgiving text that is not query syntax", async () => {
      expect(ids(await store.search("sanctions", {}))).toEqual(["a1", "a2", "a4"]);
      expect((await store.search("bridge", {}))[0]).toMatchObject({
        article: "a3",
        outlet: "Daily",
        snippet: expect.stringContaining("[bridge]"),
      });
      expect(ids(await store.search("sanctions", { outlet: "herald" }))).toEqual(["a4"]);
      expect(ids(await store.search("sanctions", { from: "2022-03-02", to: "2022-03" }))).toEqual([
        "a2",
        "a4",
      ]);
      const quoted = await store.search("circumstances", { speaker: "peskov" });
      expect(quoted.map((h) => h.quote?.speaker).sort()).toEqual(["Dmitry Peskov", "Peskov"]);
      expect(ids(await store.search('sanctions: "circumstances (', {}))).toEqual(["a1", "a2", "a4"]);
      expect(ids(await store.search("sanct* NOT Lavrov", {}))).toEqual(["a1", "a2"]);
      expect(await store.search("Peskov's bridge", {})).toEqual([]);
    });

    it("lists quotes in date order with their article, and ranks speakers", async () => {
      const quotes = await all(store.quotes({}));
      expect(quotes.map((q) => q.date)).toEqual([...quotes.map((q) => q.date)].sort());
      const safe = quotes.find((q) => q.text.startsWith("It is safe"))!;
      expect(safe).toMatchObject({
        article: "a3",
        speaker: "Jane Roe",
        kind: "direct",
        outlet: "Daily",
        cluster: null,
      });
      expect(ROE.slice(safe.start, safe.end)).toBe(safe.text);
      expect(await all(store.quotes({ speaker: "Peskov", limit: 1 }))).toHaveLength(1);
      // a name filter matches words from their start, in the listings and in search alike
      expect((await all(store.quotes({ speaker: "dmitry pes" }))).map((q) => q.speaker)).toEqual([
        "Dmitry Peskov",
        "Dmitry Peskov",
      ]);
      expect(await all(store.quotes({ speaker: "eskov" }))).toEqual([]);
      expect(await store.search("circumstances", { speaker: "eskov" })).toEqual([]);
      expect(ids(await store.search("circumstances", { speaker: "dmitry pes" }))).toEqual(["a1"]);
      await expect(all(store.quotes({ speaker: "?!" }))).rejects.toThrow(
        /--speaker '\?!' has no letters or digits/,
      );
      const top = await store.speakers({});
      expect(top[0]).toMatchObject({ name: "Dmitry Peskov", quotes: 2, roles: ["Kremlin spokesman"] });
      expect(top.find((s) => s.name === "Jane Roe")).toMatchObject({
        firstSeen: "2021-05-01",
        outlets: [{ outlet: "Daily", quotes: 2 }],
      });
    });

    it("builds the timeline across articles, by entity", async () => {
      const events = await all(store.timeline({}));
      expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
      expect(await all(store.timeline({ entity: "jane" }))).toEqual([
        expect.objectContaining({ date: "2021-05", article: "a3", actors: ["Jane Roe", "Springfield"] }),
      ]);
    });

    it("clusters one statement reported three times, flags the misattribution, says what each variant changed", async () => {
      const [cluster, ...rest] = await all(store.clusters({ minSize: 2 }));
      expect(rest).toEqual([]);
      expect(cluster.canonical).toBe("We will not accept these sanctions under any circumstances.");
      expect(cluster.first).toMatchObject({ article: "a1", outlet: "Wire", date: "2022-03-01" });
      expect(cluster.members.map((m) => [m.article, m.relation])).toEqual([
        ["a1", "exact"],
        ["a2", "normalised"],
        ["a4", "exact"],
      ]);
      expect(cluster.misattributed).toBe(true);
      expect(cluster.speakers.map((s) => s.name).sort()).toEqual([
        "Dmitry Peskov",
        "Peskov",
        "Sergei Lavrov",
      ]);
      expect(await all(store.clusters({ minSize: 2, speaker: "Roe" }))).toEqual([]);
      expect(await all(store.clusters({ minSize: 4 }))).toEqual([]);
    });

    it("exports each layer as rows with article ids and offsets", async () => {
      const quotes = await all(store.exportLayer("quotes"));
      expect(quotes.length).toBe((await store.stats()).quotes);
      expect(Object.keys(quotes[0])).toEqual(await store.layerColumns("quotes"));
      const entity = (await all(store.exportLayer("entities"))).find((e) => e.name === "Dmitry Peskov")!;
      expect(entity).toMatchObject({
        article: "a1",
        type: "person",
        roles: ["Kremlin spokesman"],
        caption_only: false,
      });
      expect(PESKOV.slice(entity.start as number, entity.end as number)).toBe("Dmitry Peskov");
      for (const layer of ["articles", "timexes", "techniques"] as const)
        expect(await store.layerColumns(layer)).toContain("article");
    });

    it("gives back the stored Analysis as analyze made it", async () => {
      const again: Analysis = analyze({ id: "a3", text: ROE, outlet: "Daily", dct: "2021-05-01" });
      expect(await store.article("a3")).toEqual(again);
      expect(await store.article("zzz")).toBeNull();
    });
  });

  describe("clusters that meet", () => {
    const FULL =
      "We will rebuild the old bridge over the river this summer, and the new school will open its doors in the autumn for every child in the town.";
    const START = "We will rebuild the old bridge over the river this summer, and the new school";
    const END = "the new school will open its doors in the autumn for every child in the town.";
    const quoted = (id: string, words: string) =>
      article(id, `The mayor, Jane Roe, said: “${words}” She spoke on Monday.`);

    it("merges the clusters of a statement's start and end once a fuller report joins them", async () => {
      const { store } = await kind.open();
      await store.putArticles([quoted("s", START), quoted("e", END)]);
      expect(await all(store.clusters({ minSize: 1 }))).toHaveLength(2);
      await store.putArticles([quoted("f", FULL)]);
      const clusters = await all(store.clusters({ minSize: 1 }));
      expect(clusters).toHaveLength(1);
      expect(clusters[0].members.map((m) => m.article).sort()).toEqual(["e", "f", "s"]);
      await store.close();
    });
  });
});

describe("opening SQLite store files", () => {
  it("migrates a version-1 file (no clusters yet) to the current version, clustering its quotes", async () => {
    const { path, store } = newSqliteStore(1);
    await store.putArticles(corpus());
    await store.close();
    const reopened = openSqliteStore(path);
    expect(await reopened.stats()).toMatchObject({
      schemaVersion: 3,
      articles: 4,
      clusters: 1,
      clusteredQuotes: 3,
    });
    await reopened.close();
  });

  it("rebuilds the search indexes and the clusters of a version-2 file from an earlier build", async () => {
    const { path, store } = newSqliteStore(2);
    await store.putArticles(corpus());
    await store.close();
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
    expect(await reopened.stats()).toMatchObject({ schemaVersion: 3, clusters: 1, clusteredQuotes: 3 });
    expect(ids(await reopened.search("sanctions", { outlet: "herald" }))).toEqual(["a4"]);
    expect(ids(await reopened.search("circumstances", { speaker: "lavrov" }))).toEqual(["a4"]);
    await reopened.putArticles([article("a5", ROE)]);
    expect(ids(await reopened.search("bridge", {}))).toEqual(["a3", "a5"]);
    await reopened.close();
  });

  it("refuses a file written by a newer dossier, a file that is no store, and a missing file", async () => {
    const { path, store } = newSqliteStore();
    await store.close();
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

describe("PostgreSQL store", () => {
  it("says in one line that a server cannot be reached", async () => {
    // a port nothing listens on: the connection is refused at once
    const refused = openStore("postgres://dossier@127.0.0.1:9/corpus");
    await expect(refused).rejects.toBeInstanceOf(ServiceError);
    await expect(refused).rejects.toThrow(
      /^cannot reach PostgreSQL at postgres:\/\/127\.0\.0\.1:9\/corpus \(/,
    );
  });

  it.skipIf(!PG_URL)("refuses a database written by a newer dossier", async () => {
    const url = await newPostgresDatabase();
    await (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("INSERT INTO schema_version(version) VALUES (99)");
    await client.end();
    await expect(openPostgresStore(url)).rejects.toThrow(
      /of version 99, newer than this dossier reads \(1\)/,
    );
  });

  it.skipIf(!PG_URL)(
    "stores each article once and clusters its quotes consistently when writers race",
    async () => {
      const url = await newPostgresDatabase();
      const writers = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
      const articles = corpus();
      // every writer delivers every article, each in its own order: at-least-once delivery at its worst
      const outcomes = await Promise.all(
        writers.map((w, i) => w.putArticles([...articles.slice(i), ...articles.slice(0, i)])),
      );
      expect(outcomes.flat().filter((o) => o === "stored")).toHaveLength(articles.length);
      expect(outcomes.flat().filter((o) => o === "unchanged")).toHaveLength(3 * articles.length);
      const sequential = newSqliteStore().store;
      await sequential.putArticles(corpus());
      const { schemaVersion: _pg, ...raced } = await writers[0].stats();
      const { schemaVersion: _sqlite, ...expected } = await sequential.stats();
      expect(raced).toEqual(expected);
      await Promise.all([...writers, sequential].map((w) => w.close()));
    },
  );
});
