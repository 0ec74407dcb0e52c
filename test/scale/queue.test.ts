/**
 * Scale-out against real servers (npm run test:scale starts Redis and PostgreSQL): articles
 * enqueued, analysed by several `dossier worker` processes, stored in PostgreSQL exactly once,
 * through a worker killed with SIGKILL, a poison article, and restarts of Redis and PostgreSQL.
 */
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { articleQueue } from "../../src/queue/jobs.js";
import { queueStatus as readStatus } from "../../src/queue/status.js";
import { dossier, tempDir } from "../helpers.js";
import { newPostgresDatabase, PG_URL } from "../stores.js";
import {
  expectedQuotes,
  json,
  killLeftWorkers,
  queueStatus,
  queueUrl,
  REDIS_URL,
  restart,
  type RunningWorker,
  scaleCorpus,
  startWorker,
  stopWorker,
  waitFor,
} from "./harness.js";

type Stats = Record<string, number>;

/** Articles and quotes in the database, and articles stored more than once (must be none). */
async function stored(db: string): Promise<{ articles: number; quotes: number; repeated: number }> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  const { rows } = await client.query(`SELECT
    (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes,
    (SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1) r) AS repeated`);
  await client.end();
  return {
    articles: Number(rows[0].articles),
    quotes: Number(rows[0].quotes),
    repeated: Number(rows[0].repeated),
  };
}

/** Completed jobs that were delivered more than once because their worker went silent. */
async function redelivered(url: string): Promise<number> {
  const queue = articleQueue(url);
  const jobs = await queue.getCompleted(0, -1);
  await queue.close();
  return jobs.filter((job) => job.stalledCounter > 0).length;
}

function enqueue(path: string, queue: string): { enqueued: number } {
  const r = dossier(["ingest", path, "--queue", queue, "--format", "json"]);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** Whether `n` jobs are completed (read in this process: polling costs the workers no CPU). */
const done = (queue: string, n: number) => async () => (await readStatus(queue)).completed >= n;

describe.skipIf(!REDIS_URL || !PG_URL)("scale-out: queue, workers, PostgreSQL", () => {
  afterEach(killLeftWorkers);

  it("2 workers store 1,000 articles exactly once; stats equal the SQLite ingest of the same corpus", async () => {
    const queue = queueUrl(1);
    const db = await newPostgresDatabase();
    const { path, records } = scaleCorpus(1_000);
    expect(enqueue(path, queue).enqueued).toBe(1_000);
    // the same articles again: the same job ids, nothing added
    enqueue(path, queue);
    expect(queueStatus(queue).waiting).toBe(1_000);
    const workers = [startWorker(queue, db), startWorker(queue, db)];
    await waitFor("1,000 completed jobs", done(queue, 1_000), 400);
    expect(await Promise.all(workers.map(stopWorker))).toEqual([0, 0]);
    expect(queueStatus(queue)).toMatchObject({ waiting: 0, active: 0, failed: 0 });
    expect(await stored(db)).toEqual({ articles: 1_000, quotes: expectedQuotes(records), repeated: 0 });

    const file = join(tempDir(), "same.db");
    expect(dossier(["ingest", path, "--db", file, "--workers", "2"]).status).toBe(0);
    const pgStats = json<Stats>(["stats", "--db", db]);
    const sqliteStats = json<Stats>(["stats", "--db", file]);
    for (const key of [
      "articles",
      "quotes",
      "direct",
      "mixed",
      "indirect",
      "entities",
      "mentions",
      "speakers",
      "timexes",
      "techniques",
      "outlets",
    ])
      expect(pgStats[key], key).toBe(sqliteStats[key]);
    // the views read the same on both stores
    const quotes = (store: string) =>
      json<{ article: string }[]>(["quotes", "--db", store, "--speaker", "Chen"]);
    expect(quotes(db).length).toBe(quotes(file).length);
    const search = (store: string) =>
      json<{ article: string }[]>(["search", "bridge", "--db", store, "--limit", "0"]);
    expect(search(db).length).toBe(search(file).length);
  });

  it("re-delivers the jobs of a worker killed with SIGKILL: nothing lost, nothing stored twice", async () => {
    const queue = queueUrl(2);
    const db = await newPostgresDatabase();
    const { path, records } = scaleCorpus(300);
    enqueue(path, queue);
    // a short lock: the jobs of a silent worker are delivered again after 3 seconds
    const fast = ["--stalled-after", "3"];
    const [victim, survivor] = [startWorker(queue, db, fast), startWorker(queue, db, fast)];
    await waitFor("60 completed jobs", done(queue, 60), 120);
    victim.process.kill("SIGKILL");
    expect(await victim.exited).toBeNull();
    const killedAt = queueStatus(queue).completed;
    expect(killedAt).toBeLessThan(300);
    await waitFor("300 completed jobs", done(queue, 300), 300);
    expect(await stopWorker(survivor)).toBe(0);
    expect(queueStatus(queue)).toMatchObject({ waiting: 0, active: 0, failed: 0 });
    expect(await stored(db)).toEqual({ articles: 300, quotes: expectedQuotes(records), repeated: 0 });
    // the jobs the killed worker held were found stalled and delivered again, and completed
    expect(await redelivered(queue)).toBeGreaterThanOrEqual(1);
  });

  it("fails a poison article with its reason, and finishes through restarts of Redis and PostgreSQL", async () => {
    const queue = queueUrl(3);
    const db = await newPostgresDatabase();
    const { path, records } = scaleCorpus(300, true);
    expect(enqueue(path, queue).enqueued).toBe(301);
    const workers: RunningWorker[] = [startWorker(queue, db), startWorker(queue, db)];
    await waitFor("80 completed jobs", done(queue, 80), 120);
    restart("redis");
    await waitFor("160 completed jobs", done(queue, 160), 120);
    restart("postgres");
    await waitFor("300 completed jobs", done(queue, 300), 300);
    const status = queueStatus(queue);
    expect(status).toMatchObject({ waiting: 0, active: 0, failed: 1 });
    expect(status.failures[0]).toMatchObject({ job: expect.stringMatching(/^poison\./) });
    expect(status.failures[0].reason).toMatch(/scale\.jsonl:151: has no article text/);
    expect(await stored(db)).toEqual({ articles: 300, quotes: expectedQuotes(records), repeated: 0 });
    const log = workers.flatMap((w) => w.log).join("\n");
    expect(log).toMatch(/lost Redis/);
    expect(log).toMatch(/cannot reach PostgreSQL .*waiting for it/);
    // retry-failed runs it again; the same input fails the same way
    expect(dossier(["queue", "retry-failed", "--queue", queue]).stdout).toMatch(/^1 failed job moved back/);
    await waitFor("the poison job failed again", async () => (await readStatus(queue)).failed === 1, 60);
    expect(await Promise.all(workers.map(stopWorker))).toEqual([0, 0]);
  });

  it("says in one line, exit status 69, that a server cannot be reached", () => {
    const noRedis = dossier(["queue", "status", "--queue", "redis://127.0.0.1:9"]);
    expect(noRedis.status).toBe(69);
    expect(noRedis.stderr).toMatch(
      /^dossier: cannot reach Redis at redis:\/\/127\.0\.0\.1:9 \(.*\): start it/,
    );
    expect(noRedis.stderr.trim().split("\n")).toHaveLength(1);
    const noPg = dossier(["stats", "--db", "postgres://dossier@127.0.0.1:9/x"]);
    expect(noPg.status).toBe(69);
    expect(noPg.stderr.trim().split("\n")).toHaveLength(1);
  });
});
