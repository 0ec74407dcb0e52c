/**
 * Input/output hardening: byte caps while reading, user-side faults as one-line errors (exit 2),
 * encodings, bounded HTML nesting and streamed output. Each test is a regression test of one fix.
 */
import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { byteLines } from "../src/document/jsonl.js";
import { CLI, ROOT, tempDir } from "./helpers.js";

const oneLineError = (stderr: string) => {
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(/^dossier: /);
  expect(stderr).not.toMatch(/\n\s+at /);
};

/** Runs the CLI with a time limit (a hang or runaway read fails the test instead of the machine). */
function run(args: string[], input?: string | Buffer, timeout = 20_000) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input,
    encoding: "utf8",
    timeout,
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same through bash (for process substitution and redirections). */
function runShell(script: string, timeout = 20_000) {
  const r = spawnSync("bash", ["-c", script], {
    encoding: "utf8",
    timeout,
    cwd: ROOT,
    env: { ...process.env, D: `${process.execPath} ${CLI}` },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the 20 MB cap holds while reading, whatever the size the input claims", () => {
  it("refuses /dev/zero (a device of size 0) after reading 20 MB", () => {
    const r = run(["analyze", "/dev/zero"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/over the 20 MB limit/);
    oneLineError(r.stderr);
  });

  it("refuses a pipe given as a file (<(...)) over 20 MB", () => {
    const r = runShell(`$D analyze <(head -c 22000000 /dev/zero | tr '\\0' a)`);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/over the 20 MB limit/);
    oneLineError(r.stderr);
  });

  it("still reads a small pipe given as a file", () => {
    const r = runShell(`$D analyze <(echo 'The mayor said the bridge would reopen.') --format json`);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toContain("bridge");
  });

  it("refuses standard input over 20 MB", () => {
    const r = run(["analyze", "-"], Buffer.alloc(21 * 1024 * 1024, "a"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/standard input is over the 20 MB limit/);
    oneLineError(r.stderr);
  });

  it("skips a JSONL line over 20 MB by its number and analyses the others", () => {
    const dir = tempDir();
    const file = join(dir, "big.jsonl");
    const good = (id: string) => JSON.stringify({ id, text: "The mayor said the bridge would reopen." });
    writeFileSync(file, `${good("a")}\n${"a".repeat(21 * 1024 * 1024)}\n${good("b")}\n`);
    const r = run(["analyze", "--jsonl", file, "--format", "jsonl"]);
    expect(r.status).toBe(1);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["a", "b"]);
    expect(r.stderr).toMatch(/big\.jsonl:2: is 21\.0 MB, over the 20 MB limit/);
  });

  it("never holds more than the cap of one line in memory", async () => {
    let largest = 0;
    async function* chunks() {
      yield Buffer.from("ab\ncd");
      for (let i = 0; i < 1000; i++) yield Buffer.alloc(1000, "x");
      yield Buffer.from("\nef");
    }
    const lines = [];
    for await (const l of byteLines(chunks(), 100)) {
      if ("data" in l) largest = Math.max(largest, l.data.length);
      lines.push("data" in l ? l.data.toString() : `over ${l.over}`);
    }
    expect(lines).toEqual(["ab", "over 1000002", "ef"]);
    expect(largest).toBeLessThanOrEqual(100);
  });
});
