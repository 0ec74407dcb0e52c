/**
 * Crash safety of ingest: a real `dossier ingest` child process is killed with SIGKILL while it
 * writes; the file still opens, every stored article is whole, and running the same command again
 * does only what is missing and ends with the same counts as a run that was never interrupted.
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { CLI, dossier, seedText, tempDir } from "./helpers.js";

/** Articles of a few paragraphs of the seed each, overlapping, so that quotes repeat across them. */
function corpusFile(articles: number): string {
  const paragraphs = seedText()
    .split(/\n\s*\n/)
    .filter((p) => p.trim());
  const lines: string[] = [];
  for (let i = 0; i < articles; i++) {
    const from = (i * 3) % (paragraphs.length - 6);
    const text = paragraphs.slice(from, from + 6).join("\n\n");
    lines.push(
      JSON.stringify({
        id: `k${i}`,
        text,
        outlet: `Outlet ${i % 4}`,
        dct: `2022-03-${String(1 + (i % 28)).padStart(2, "0")}`,
      }),
    );
  }
  const path = join(tempDir(), "corpus.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

function storedArticles(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created yet
  }
}

/** Starts an ingest and kills it with SIGKILL once some articles are committed; resolves when it is dead. */
function ingestKilledMidway(input: string, db: string): Promise<{ killedAt: number; exited: boolean }> {
  const child = spawn(process.execPath, [CLI, "ingest", input, "--db", db, "--workers", "2"], {
    stdio: "ignore",
  });
  let exited = false;
  child.on("exit", () => {
    exited = true;
  });
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const stored = storedArticles(db);
      if (exited) {
        clearInterval(poll);
        reject(
          new Error(`ingest ended (${stored} articles) before it could be killed: give it more articles`),
        );
      } else if (stored > 0) {
        clearInterval(poll);
        child.kill("SIGKILL");
        child.on("exit", (_code, signal) => resolve({ killedAt: stored, exited: signal === "SIGKILL" }));
      }
    }, 20);
  });
}

/** Enough articles for the kill to land while ingest writes (it commits a batch at least every second). */
const ARTICLES = 250;

const summary = (stdout: string) => JSON.parse(stdout.trim());

/** Everything that must be equal between the resumed and the uninterrupted store. */
function contents(db: string) {
  const conn = new Database(db, { readonly: true });
  const one = (sql: string) => conn.prepare(sql).pluck().get();
  const result = {
    integrity: one("PRAGMA integrity_check"),
    perArticle: conn
      .prepare(
        `SELECT a.id, (SELECT count(*) FROM quotes q WHERE q.article = a.rowid) AS quotes,
           (SELECT count(*) FROM entities e WHERE e.article = a.rowid) AS entities,
           (SELECT count(*) FROM mentions m WHERE m.article = a.rowid) AS mentions,
           (SELECT count(*) FROM timexes t WHERE t.article = a.rowid) AS timexes,
           (SELECT count(*) FROM techniques t WHERE t.article = a.rowid) AS techniques
         FROM articles a ORDER BY a.id`,
      )
      .all(),
    clusterSizes: conn.prepare("SELECT size FROM clusters ORDER BY size DESC, id").pluck().all(),
  };
  conn.close();
  return result;
}

it("survives kill -9 mid-ingest: a re-run does only what is missing and ends as an uninterrupted run", async () => {
  const input = corpusFile(ARTICLES);
  const dir = tempDir();
  const whole = join(dir, "whole.db");
  const killed = join(dir, "killed.db");

  const { killedAt, exited } = await ingestKilledMidway(input, killed);
  expect(exited).toBe(true);
  const survived = storedArticles(killed);
  expect(survived).toBeGreaterThanOrEqual(killedAt);
  expect(survived).toBeLessThan(ARTICLES);

  const resumed = dossier(["ingest", input, "--db", killed, "--workers", "2", "--format", "json"]);
  expect(resumed.status, resumed.stderr).toBe(0);
  expect(summary(resumed.stdout)).toMatchObject({
    unchanged: survived,
    stored: ARTICLES - survived,
    failed: 0,
  });

  const uninterrupted = dossier(["ingest", input, "--db", whole, "--workers", "2", "--format", "json"]);
  expect(summary(uninterrupted.stdout)).toMatchObject({ stored: ARTICLES });

  const stats = (db: string) => JSON.parse(dossier(["stats", "--db", db, "--format", "json"]).stdout);
  expect(stats(killed)).toEqual(stats(whole));
  expect(stats(whole).clusters).toBeGreaterThan(0);
  const after = contents(killed);
  expect(after.integrity).toBe("ok");
  expect(after).toEqual(contents(whole));
}, 120_000);
