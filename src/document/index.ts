/**
 * Document stage: from what the user gave (text or HTML) to the article `text`, its `blocks`
 * and `meta`. Only `\r\n` -> `\n` is changed in plain text; all later offsets index this text.
 */
import type { Block, Meta } from "../analysis.js";
import { htmlToDocument } from "./html.js";
import type { DocumentInput } from "./input.js";
import { normalizeText, textBlocks } from "./text.js";

export interface DocumentLayer {
  text: string;
  blocks: Block[];
  meta: Meta;
}

export function buildDocument(input: DocumentInput): DocumentLayer {
  const fromHtml =
    input.html !== undefined && input.text === undefined ? htmlToDocument(input.html) : undefined;
  const text = fromHtml ? fromHtml.text : normalizeText(input.text ?? "");
  const blocks = fromHtml ? fromHtml.blocks : textBlocks(text);
  const meta: Meta = {
    title: input.title ?? fromHtml?.meta.title ?? null,
    url: input.url ?? fromHtml?.meta.url ?? null,
    outlet: input.outlet ?? fromHtml?.meta.outlet ?? null,
    published: input.dct ?? fromHtml?.meta.published ?? null,
    language: "en",
    byline: fromHtml?.meta.byline ?? null,
  };
  return { text, blocks, meta };
}
