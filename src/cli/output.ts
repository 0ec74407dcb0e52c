/**
 * Where `dossier analyze` writes: standard output or an --out file. A fault on the user's side
 * (missing folder, a directory, a full device, no permission) is an InputError with one line,
 * never an unhandled stream error. Writes wait for the stream to drain, so output of any size
 * goes out piece by piece.
 */
import { createWriteStream, realpathSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Writable } from "node:stream";
import { InputError } from "../document/errors.js";
import { jsonChunks } from "./json-stream.js";

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of its path is not a folder",
  EISDIR: "it is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  EFBIG: "the file is too large for the device",
  EIO: "input/output error on the device",
};

/** One line for an error met while writing to `where`. */
export function writeFault(where: string, error: unknown): InputError {
  const e = error as NodeJS.ErrnoException;
  return new InputError(`cannot write ${where}: ${REASONS[e?.code ?? ""] ?? e?.message ?? String(error)}`);
}

const realpath = (path: string): string | null => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

/**
 * Checks an --out path before any work is done: not a directory, in an existing folder, and not
 * one of the input files (inputs are never modified).
 */
export function checkOutPath(out: string, inputs: (string | undefined)[] = []): void {
  let stat: ReturnType<typeof statSync> | undefined;
  try {
    stat = statSync(out);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory())
    throw new InputError(`cannot write '${out}': it is a directory (give a file name)`);
  if (!stat) {
    const folder = dirname(resolve(out));
    let dir: ReturnType<typeof statSync> | undefined;
    try {
      dir = statSync(folder);
    } catch {
      dir = undefined;
    }
    if (!dir)
      throw new InputError(`cannot write '${out}': folder '${folder}' does not exist (create it first)`);
    if (!dir.isDirectory()) throw new InputError(`cannot write '${out}': '${folder}' is not a folder`);
    return;
  }
  const target = realpath(out);
  if (target && stat.isFile())
    for (const input of inputs)
      if (input && realpath(input) === target)
        throw new InputError(
          `--out '${out}' is the input file: give another file name (inputs are never modified)`,
        );
}

/** A destination for the output, with back-pressure and one-line errors. */
export class Output {
  readonly stream: Writable;
  private readonly where: string;
  private failure: unknown = null;

  constructor(private readonly out?: string) {
    this.stream = out ? createWriteStream(out) : process.stdout;
    this.where = out ? `'${out}'` : "standard output";
    this.stream.on("error", (error) => {
      this.failure ??= error;
    });
  }

  private check(): void {
    this.failure ??= this.stream.errored;
    if (this.failure) throw writeFault(this.where, this.failure);
  }

  async write(chunk: string): Promise<void> {
    this.check();
    let ok: boolean;
    try {
      ok = this.stream.write(chunk);
    } catch (error) {
      throw writeFault(this.where, error);
    }
    if (!ok && !this.failure)
      await new Promise<void>((done) => {
        const finish = () => {
          this.stream.off("drain", finish);
          this.stream.off("error", finish);
          done();
        };
        this.stream.on("drain", finish);
        this.stream.on("error", finish);
      });
    this.check();
  }

  /** Writes `value` as JSON piece by piece (never one string of the whole), then `end`. */
  async writeJson(value: unknown, space = 0, end = "\n"): Promise<void> {
    for (const chunk of jsonChunks(value, space)) await this.write(chunk);
    await this.write(end);
  }

  /** Ends an --out file (standard output stays open); reports a write that failed on the way. */
  async close(): Promise<void> {
    this.check();
    if (this.out)
      await new Promise<void>((done) => {
        // the end callback gets a write error before the 'error' event is emitted
        this.stream.end((error?: Error | null) => {
          if (error) this.failure ??= this.stream.errored ?? error;
          done();
        });
      });
    this.check();
  }
}

/**
 * Whether a text report is coloured: `--color` / `--no-color` decide; else never into a file or
 * when NO_COLOR is set (no-color.org), and only on a terminal.
 */
export function useColor(option: boolean | undefined, out: string | undefined): boolean {
  if (option !== undefined) return option;
  if (out || (process.env.NO_COLOR ?? "") !== "") return false;
  return process.stdout.isTTY === true;
}
