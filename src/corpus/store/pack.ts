/**
 * The stored form of an Analysis: its JSON without the text (which the store keeps once, in its
 * own column), deflated. Packing costs about as much as storing the rows, so ingest does it on
 * the worker threads, not in the single writer.
 */
import { deflateSync, inflateSync } from "node:zlib";
import type { Analysis } from "../../analysis.js";

export function packAnalysis(analysis: Analysis): Uint8Array {
  const { text: _text, ...rest } = analysis;
  return deflateSync(JSON.stringify(rest), { level: 1 });
}

/** The Analysis back from its packed form and its text, with the fields in the contract's order. */
export function unpackAnalysis(packed: Uint8Array, text: string): Analysis {
  const { schema, id, meta, ...layers } = JSON.parse(inflateSync(packed).toString("utf8"));
  return { schema, id, meta, text, ...layers } as Analysis;
}
