/**
 * The model file: [magic][u32 header length][JSON header][int8 tables]. The header holds the tag
 * set, the label set, the vocabulary and the tag dictionary; the tables are the tagger's, the
 * parser's and the labeler's weights (row-major, one signed byte per class). Nothing is
 * compressed: inflating the file (format 4) took 43 ms of every process's start, where a
 * one-paragraph `analyze` should take under half a second; the tables are used where they are read.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { InputError } from "../document/errors.js";
import { type LabelCandidates, labelCandidates } from "./candidates.js";
import { type PackedDictionary, TagDictionary } from "./dictionary.js";
import { type Lexicon, lexicon } from "./lexical.js";
import type { LinearModel } from "./linear.js";

const MAGIC = "DOSSIER-SYNTAX-6\n";

export interface SyntaxModel {
  tags: string[];
  labels: string[];
  lexicon: Lexicon;
  candidates: LabelCandidates;
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
  /** [vocabulary index, tag index] of the words tagged without scoring. */
  fixedTags: [number, number][];
  dictionary?: PackedDictionary;
  labelCandidates: number[][];
  tables: { name: "tagger" | "parser" | "labeler"; classes: number; rows: number }[];
  about: Record<string, unknown>;
}

const TABLES = ["tagger", "parser", "labeler"] as const;
const TABLE_ALIGNMENT = 64;

function int8Bytes(model: LinearModel): Buffer {
  const w = model.weights;
  if (!(w instanceof Int8Array)) throw new Error("quantise the model before saving it");
  return Buffer.from(w.buffer, w.byteOffset, w.byteLength);
}

/** Writes a model whose tables are already quantised to int8. */
export function saveModel(path: string, model: SyntaxModel): number {
  const header: Header = {
    tags: model.tags,
    labels: model.labels,
    vocabulary: model.lexicon.words,
    tagClasses: model.lexicon.tagClasses,
    fixedTags: model.lexicon.fixedTags.map(([word, tag]) => [word, tag]),
    dictionary: model.lexicon.dictionary?.pack(),
    labelCandidates: model.candidates.lists.map((l) => Array.from(l)),
    tables: TABLES.map((name) => ({ name, classes: model[name].classes, rows: model[name].mask + 1 })),
    about: model.about,
  };
  // the header is padded with spaces so that the tables start on a 64-byte boundary: read in
  // place, a row would otherwise straddle two cache lines more often (tag + parse ~3% slower)
  const unpadded = Buffer.byteLength(JSON.stringify(header), "utf8");
  const padding = (TABLE_ALIGNMENT - ((MAGIC.length + 4 + unpadded) % TABLE_ALIGNMENT)) % TABLE_ALIGNMENT;
  const json = Buffer.from(JSON.stringify(header) + " ".repeat(padding), "utf8");
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const parts = [Buffer.from(MAGIC, "latin1"), length, json, ...TABLES.map((name) => int8Bytes(model[name]))];
  const bytes = Buffer.concat(parts);
  writeFileSync(path, bytes);
  return bytes.length;
}

/** The file's bytes, its header and where the tables start. */
function readHeader(path: string): { header: Header; raw: Buffer; offset: number } {
  try {
    const raw = readFileSync(path);
    if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC)
      throw new InputError(`'${path}' is not a dossier syntax model (format ${MAGIC.trim()})`);
    const headerLength = raw.readUInt32LE(MAGIC.length);
    const start = MAGIC.length + 4;
    const json = raw.toString("utf8", start, start + headerLength);
    return { header: JSON.parse(json) as Header, raw, offset: start + headerLength };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read the syntax model '${path}': ${(error as Error).message}`);
  }
}

export function loadModel(path: string): SyntaxModel {
  const { header, raw, offset: tablesStart } = readHeader(path);
  let offset = tablesStart;
  const tables = new Map<string, LinearModel>();
  for (const t of header.tables) {
    const size = t.rows * t.classes;
    if (offset + size > raw.length) throw new InputError(`the syntax model '${path}' is truncated`);
    const weights = new Int8Array(raw.buffer, raw.byteOffset + offset, size);
    offset += size;
    tables.set(t.name, { classes: t.classes, mask: t.rows - 1, weights });
  }
  return {
    tags: header.tags,
    labels: header.labels,
    lexicon: lexicon(
      header.vocabulary,
      header.tagClasses,
      header.dictionary && TagDictionary.unpack(header.dictionary),
      header.fixedTags,
    ),
    candidates: labelCandidates(
      header.tags.length + 2,
      header.labels.length,
      header.labels.indexOf("root"),
      header.labelCandidates,
    ),
    tagger: tables.get("tagger")!,
    parser: tables.get("parser")!,
    labeler: tables.get("labeler")!,
    about: header.about,
  };
}
