/**
 * JSON written piece by piece. An Analysis of a dense 10 MB article is over half a gigabyte of
 * JSON, more than the longest string V8 can build ("Invalid string length"), so the output is
 * never one string: the top-level fields and the items of top-level arrays are serialised one at
 * a time and handed out in chunks of about `chunkSize` characters. The text is exactly that of
 * `JSON.stringify(value, null, space)`.
 */

/** Containers above this depth are walked; deeper values are serialised whole (one item each). */
const STREAM_DEPTH = 2;

type Json = Record<string, unknown> | unknown[];

function toJson(value: unknown, key: string): unknown {
  if (
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON === "function"
  )
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  return value;
}

/** Yields the JSON text of `value` in chunks of about `chunkSize` characters (one item may be longer). */
export function* jsonChunks(value: unknown, space = 0, chunkSize = 1 << 16): Generator<string> {
  const gap = " ".repeat(space);
  let parts: string[] = [];
  let size = 0;
  const push = (s: string) => {
    parts.push(s);
    size += s.length;
  };
  const take = (): string => {
    const chunk = parts.join("");
    parts = [];
    size = 0;
    return chunk;
  };
  /** A value serialised whole, indented to sit at `indent`; undefined when JSON has no value for it. */
  const whole = (v: unknown, indent: string): string | undefined => {
    const s = JSON.stringify(v, null, space);
    return s !== undefined && gap && indent ? s.replaceAll("\n", `\n${indent}`) : s;
  };

  function* walk(v: Json, depth: number, indent: string): Generator<string> {
    const inner = indent + gap;
    const open = Array.isArray(v) ? "[" : "{";
    const close = Array.isArray(v) ? "]" : "}";
    let first = true;
    push(open);
    const entries: Iterable<[string, unknown]> = Array.isArray(v)
      ? v.map((item, i): [string, unknown] => [String(i), item])
      : Object.entries(v);
    for (const [key, raw] of entries) {
      const item = toJson(raw, key);
      const walked = item !== null && typeof item === "object" && depth + 1 < STREAM_DEPTH;
      let text: string | undefined;
      if (!walked) {
        text = whole(item, inner);
        if (text === undefined) {
          if (!Array.isArray(v)) continue; // JSON leaves out undefined fields...
          text = "null"; // ...and writes undefined items as null
        }
      }
      push(first ? "" : ",");
      first = false;
      if (gap) push(`\n${inner}`);
      if (!Array.isArray(v)) push(`${JSON.stringify(key)}:${gap ? " " : ""}`);
      if (walked) yield* walk(item as Json, depth + 1, inner);
      else push(text as string);
      if (size >= chunkSize) yield take();
    }
    if (!first && gap) push(`\n${indent}`);
    push(close);
  }

  const top = toJson(value, "");
  if (top !== null && typeof top === "object") yield* walk(top as Json, 0, "");
  else {
    const text = whole(top, "");
    if (text !== undefined) push(text);
  }
  if (size > 0) yield take();
}
