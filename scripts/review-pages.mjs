// Prints real pages with dossier's speech items, for a by-hand check against the realnews-dev
// guidelines (docs/ACCURACY.md, "seventh session"): news texts that no one annotated for quotes,
// split into N files so that several reviewers can share them.
//   npm run build && node scripts/review-pages.mjs --out DIR [--parts N] [--data DIR]
//        [--source html|ptc|timebank | --texts FILE] [--limit N] [--offset F] [--exclude FILE]
// --source html (default): the article-extraction dev pages that realnews-dev does not annotate;
// ptc: the propaganda dev articles; timebank: the TimeBank news of the time data. --limit keeps N
// texts spread evenly over the file (every k-th one), so the choice does not depend on content;
// --offset F (0 <= F < 1) shifts that choice by a fraction of the step: 0.5 picks texts disjoint
// from those of 0 (the default), for a second, fresh sample. --exclude FILE leaves out the texts
// whose ids it lists (one per line, or "ARTICLE <id>" lines of earlier part files), so a new sample
// holds only texts no reviewer has seen. --texts FILE reads the texts from a JSON Lines file of
// { id, url, text } instead of a --source (any news the data folder does not hold).
// Each page: its text, then each item (kind, speaker as resolved and as written, cue, via,
// content; an interrupted quotation with its segments, each scored as an item). Beliefs and
// intentions are left out, as the realnews metric leaves them out.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../dist/eval/data.js";
import { analyze } from "../dist/src/index.js";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    parts: { type: "string", default: "3" },
    data: { type: "string" },
    source: { type: "string", default: "html" },
    limit: { type: "string" },
    offset: { type: "string", default: "0" },
    exclude: { type: "string" },
    texts: { type: "string" },
  },
});
if (!values.out) {
  process.stderr.write("review-pages: --out DIR is required (where part1.txt ... go)\n");
  process.exit(2);
}
const data = values.data ?? defaultDataDir();
const parts = Math.max(1, Number(values.parts) || 1);
function lines(file) {
  try {
    return readFileSync(join(data, file), "utf8").trim().split("\n").map((l) => JSON.parse(l));
  } catch (error) {
    process.stderr.write(`review-pages: cannot read ${join(data, file)}: ${error.message} (pass --data DIR)\n`);
    process.exit(2);
  }
}

/** The texts of a source as { id, url, text }, longer than 400 characters. */
function sourceTexts(source) {
  if (values.texts) return readFileSync(values.texts, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  if (source === "html") {
    const annotated = new Set(lines("quotes/realnews-dev.jsonl").map((a) => a.id));
    return lines("html/article-extraction-dev.jsonl")
      .filter((a) => !annotated.has(a.id))
      .map((a) => ({ id: a.id, url: a.url, text: a.articleBody ?? "" }));
  }
  if (source === "ptc") return lines("propaganda/ptc-dev.jsonl").map((a) => ({ id: a.id, url: a.title, text: a.text }));
  if (source === "timebank") return lines("time/timebank_tbaq.jsonl").map((a) => ({ id: a.id, url: a.dct, text: a.text }));
  process.stderr.write(`review-pages: unknown --source ${source} (html, ptc or timebank)\n`);
  process.exit(2);
}

function spread(texts, limit, offset) {
  if (!limit || limit >= texts.length) return texts;
  return Array.from({ length: limit }, (_, i) => texts[Math.floor(((i + offset) * texts.length) / limit)]);
}

/** Ids listed in the --exclude file (bare, or after "ARTICLE "). */
function excludedIds() {
  if (!values.exclude) return new Set();
  const ids = readFileSync(values.exclude, "utf8").split("\n");
  return new Set(ids.map((l) => l.replace(/^.*ARTICLE\s+/, "").split(/\s/)[0]).filter(Boolean));
}
const excluded = excludedIds();

const pages = spread(
  // (a part file names a text by its id's first 12 characters)
  sourceTexts(values.source).filter(
    (a) => a.text.length > 400 && !excluded.has(a.id) && !excluded.has(a.id.slice(0, 12)),
  ),
  Number(values.limit) || 0,
  Math.min(0.99, Math.max(0, Number(values.offset) || 0)),
);

function itemLines(text, q, k) {
  const written = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null;
  const speaker = `${JSON.stringify(q.speaker?.name ?? null)} (as written: ${JSON.stringify(written)})`;
  const anonymous = q.speaker?.anonymous ? " (anonymous)" : "";
  const out = [
    `Q${k + 1} [${q.kind}] speaker=${speaker}${anonymous} cue=${JSON.stringify(q.cue?.text ?? null)} via=${JSON.stringify(q.via)}`,
    `   content: ${JSON.stringify(q.text)}`,
  ];
  if (q.segments) {
    const segs = q.segments.map(([a, b]) => JSON.stringify(text.slice(a, b))).join(" + ");
    out.push(`   (interrupted: scored as ${q.segments.length} separate items: ${segs})`);
  }
  if (q.medium) out.push(`   medium: ${q.medium}`);
  return out;
}

function pageText(a) {
  const text = a.text;
  const items = analyze({ id: a.id, text }).quotes.filter((q) => (q.cue?.type ?? "speech") === "speech");
  return [
    `==================== ARTICLE ${a.id.slice(0, 12)} (${a.url})`,
    "",
    text,
    "",
    `---- DOSSIER QUOTES (${items.length}; beliefs and intentions are not listed)`,
    ...items.flatMap((q, k) => itemLines(text, q, k)),
    "",
  ].join("\n");
}

mkdirSync(values.out, { recursive: true });
for (let p = 0; p < parts; p++) {
  const mine = pages.filter((_, i) => i % parts === p);
  writeFileSync(join(values.out, `part${p + 1}.txt`), mine.map(pageText).join("\n\n"));
  process.stderr.write(`part${p + 1}.txt: ${mine.length} pages\n`);
}
