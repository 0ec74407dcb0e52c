/**
 * The output format of `analyze` and `render`: --format, else the one --out's extension names.
 * A module of its own so that `analyze` starts without the Analysis schema `render` validates with.
 */
import { extname } from "node:path";
import { InputError } from "../document/errors.js";
import { FORMATS, type Format } from "../render/index.js";

const BY_EXTENSION: Record<string, Format> = {
  ".txt": "text",
  ".md": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
};

/** The format asked for, else the one `--out`'s extension names, else `fallback`. */
export function chosenFormat(format: string | undefined, out: string | undefined, fallback: Format): Format {
  const chosen = format ?? (out ? BY_EXTENSION[extname(out).toLowerCase()] : undefined) ?? fallback;
  if (!FORMATS.includes(chosen as Format))
    throw new InputError(`unknown --format '${format}': use ${FORMATS.join(", ")}`);
  return chosen as Format;
}
