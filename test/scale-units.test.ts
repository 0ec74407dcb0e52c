/** Pieces of the scale-out path that need no server: SQL parameters, search syntax, job ids, URLs. */
import { describe, expect, it } from "vitest";
import { positional } from "../src/corpus/store/postgres/runner.js";
import { tsQueryParts } from "../src/corpus/store/postgres/search.js";
import { redisOptions } from "../src/queue/connection.js";
import { jobId } from "../src/queue/jobs.js";
import { redactedUrl } from "../src/util/service-error.js";

describe("the PostgreSQL store's query text", () => {
  it("numbers named parameters once each, in order, and refuses a missing one", () => {
    expect(positional("SELECT @a, @b WHERE x = @a AND y @@ z", { a: 1, b: "two", unused: 3 })).toEqual({
      text: "SELECT $1, $2 WHERE x = $1 AND y @@ z",
      values: [1, "two"],
    });
    expect(() => positional("SELECT @missing", {})).toThrow(/no value for the parameter @missing/);
  });

  it("reads the search syntax of the SQLite store: NOT, phrases, prefixes", () => {
    expect(tsQueryParts('sanct* NOT Lavrov "peace treaty"')).toEqual({
      words: '  -Lavrov "peace treaty"',
      prefixes: ["sanct:*"],
    });
    expect(() => tsQueryParts("?!")).toThrow(/has no words to look for/);
  });
});

describe("queue jobs", () => {
  const item = (givenId: string | null, sourceHash: string) => ({ givenId, sourceHash });

  it("gives an article one job id per input: the same input twice is one job, new text another", () => {
    const a = jobId(item("reuters:2024/05/01", "a".repeat(64)));
    expect(a).toBe(jobId(item("reuters:2024/05/01", "a".repeat(64))));
    expect(a).not.toBe(jobId(item("reuters:2024/05/01", "b".repeat(64))));
    // BullMQ refuses ids with ':' and ids that are integers
    expect(a).not.toContain(":");
    expect(jobId(item("123", "c".repeat(64)))).not.toMatch(/^\d+$/);
    expect(jobId(item(null, "d".repeat(64)))).toBe(`text.${"d".repeat(16)}`);
  });

  it("reads a redis:// URL with its database number and refuses anything else in one line", () => {
    expect(redisOptions("redis://:secret@10.0.0.5:6390/3")).toMatchObject({
      host: "10.0.0.5",
      port: 6390,
      db: 3,
      password: "secret",
      maxRetriesPerRequest: null,
    });
    expect(() => redisOptions("http://10.0.0.5")).toThrow(/is not a redis:\/\/ URL/);
    expect(() => redisOptions("redis://10.0.0.5/queue")).toThrow(/must be a database number/);
    expect(redactedUrl("postgres://user:pw@db.example:5432/news")).toBe("postgres://db.example:5432/news");
  });
});
