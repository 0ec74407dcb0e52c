/**
 * Document stage: from what the user gave (text or HTML) to the article `text`, its `blocks`
 * and `meta`. Only `\r\n` -> `\n` is changed in plain text; all later offsets index this text.
 */
import type { Block, Meta } from "../analysis.js";
import { InputError } from "./errors.js";
import { htmlToDocument } from "./html.js";
import type { DocumentInput } from "./input.js";
import { normalizeText, textBlocks } from "./text.js";

export interface DocumentLayer {
  text: string;
  blocks: Block[];
  meta: Meta;
  /** The language an HTML page declares (`<html lang>`): a hint for detection, null for text. */
  declaredLanguage: string | null;
}

/**
 * The most text one article may have, in UTF-16 code units (about 1 million words, ten novels).
 * Every stage keeps per-token structures, so peak memory grows with the text: at this size the
 * most hostile inputs measured (a run of quotation marks, dense dates) stay under 2 GB
 * (docs/RELIABILITY.md). Inputs are read up to 20 MB, since HTML is mostly markup.
 */
export const MAX_TEXT_CHARS = 5_000_000;

export function buildDocument(input: DocumentInput): DocumentLayer {
  const fromHtml =
    input.html !== undefined && input.text === undefined ? htmlToDocument(input.html) : undefined;
  const text = fromHtml ? fromHtml.text : normalizeText(input.text ?? "");
  if (text.length > MAX_TEXT_CHARS)
    throw new InputError(
      `the article's text is ${(text.length / 1e6).toFixed(1)} million characters, over the ${MAX_TEXT_CHARS / 1e6} million one article may have: split it into articles`,
    );
  const blocks = fromHtml ? fromHtml.blocks : textBlocks(text);
  const meta: Meta = {
    title: input.title ?? fromHtml?.meta.title ?? null,
    url: input.url ?? fromHtml?.meta.url ?? null,
    outlet: input.outlet ?? fromHtml?.meta.outlet ?? null,
    published: input.dct ?? fromHtml?.meta.published ?? null,
    language: "en",
    byline: fromHtml?.meta.byline ?? null,
  };
  return { text, blocks, meta, declaredLanguage: fromHtml?.lang ?? null };
}
