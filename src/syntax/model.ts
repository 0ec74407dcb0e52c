/**
 * The model file: deflate-compressed [magic][u32 header length][JSON header][int16 tables]. The
 * header holds the tag set, the label set and the vocabulary; the tables are the tagger's, the
 * parser's and the labeler's weights (row-major, one int16 per class), little-endian.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { endianness } from "node:os";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { InputError } from "../document/errors.js";
import { type Lexicon, lexicon } from "./lexical.js";
import type { LinearModel } from "./linear.js";

const MAGIC = "DOSSIER-SYNTAX-1\n";

export interface SyntaxModel {
  tags: string[];
  labels: string[];
  lexicon: Lexicon;
  tagger: LinearModel;
  parser: LinearModel;
  labeler: LinearModel;
  /** What the model is, for the record: data, scores, date. */
  about: Record<string, unknown>;
}

interface Header {
  tags: string[];
  labels: string[];
  vocabulary: string[];
  tagClasses: number[];
  tables: { name: "tagger" | "parser" | "labeler"; classes: number; rows: number }[];
  about: Record<string, unknown>;
}

const TABLES = ["tagger", "parser", "labeler"] as const;

// Tables are stored little-endian, the byte order of every platform Node supports in practice.
const LITTLE_ENDIAN = endianness() === "LE";

function int16Bytes(model: LinearModel): Buffer {
  const w = model.weights;
  if (LITTLE_ENDIAN && w instanceof Int16Array) return Buffer.from(w.buffer, w.byteOffset, w.byteLength);
  const out = Buffer.alloc(w.length * 2);
  for (let i = 0; i < w.length; i++) out.writeInt16LE(w[i], i * 2);
  return out;
}

function readInt16(raw: Buffer, offset: number, size: number): Int16Array {
  const weights = new Int16Array(size);
  if (LITTLE_ENDIAN) new Uint8Array(weights.buffer).set(raw.subarray(offset, offset + size * 2));
  else for (let i = 0; i < size; i++) weights[i] = raw.readInt16LE(offset + i * 2);
  return weights;
}

/** Writes a model whose tables are already quantised to int16. */
export function saveModel(path: string, model: SyntaxModel): number {
  const header: Header = {
    tags: model.tags,
    labels: model.labels,
    vocabulary: model.lexicon.words,
    tagClasses: model.lexicon.tagClasses,
    tables: TABLES.map((name) => ({ name, classes: model[name].classes, rows: model[name].mask + 1 })),
    about: model.about,
  };
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const parts = [
    Buffer.from(MAGIC, "latin1"),
    length,
    json,
    ...TABLES.map((name) => int16Bytes(model[name])),
  ];
  const bytes = deflateRawSync(Buffer.concat(parts), { level: 9 });
  writeFileSync(path, bytes);
  return bytes.length;
}

export function loadModel(path: string): SyntaxModel {
  let raw: Buffer;
  try {
    raw = inflateRawSync(readFileSync(path));
  } catch (error) {
    throw new InputError(`cannot read the syntax model '${path}': ${(error as Error).message}`);
  }
  if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC)
    throw new InputError(`'${path}' is not a dossier syntax model`);
  let offset = MAGIC.length;
  const headerLength = raw.readUInt32LE(offset);
  offset += 4;
  const header = JSON.parse(raw.toString("utf8", offset, offset + headerLength)) as Header;
  offset += headerLength;
  const tables = new Map<string, LinearModel>();
  for (const t of header.tables) {
    const size = t.rows * t.classes;
    const weights = readInt16(raw, offset, size);
    offset += size * 2;
    tables.set(t.name, { classes: t.classes, mask: t.rows - 1, weights });
  }
  return {
    tags: header.tags,
    labels: header.labels,
    lexicon: lexicon(header.vocabulary, header.tagClasses),
    tagger: tables.get("tagger")!,
    parser: tables.get("parser")!,
    labeler: tables.get("labeler")!,
    about: header.about,
  };
}
