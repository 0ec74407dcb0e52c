// Prints the documents of the UD English Web Treebank (the parser's data: weblogs, newsgroups,
// emails, answers, reviews) as plain text, one JSON line { id, url, text } per document, for a
// by-hand quote review of texts no quote rule was tuned on (docs/ACCURACY.md, "thirteenth session"):
//   npm run build && node scripts/ud-texts.mjs [--data DIR] [--genres weblog,newsgroup] > texts.jsonl
//   node scripts/review-pages.mjs --texts texts.jsonl --out DIR --parts 3 --limit 24
// Each sentence's "# text" line is the sentence as written; "# newpar" starts a paragraph. Kept:
// documents of the chosen genres (by default weblog and newsgroup, where news is reposted and
// discussed) over --length characters (default 600) with at least --reports "said"/"told"/
// "according to" (default 2). The text is EWT's (CC BY-SA 4.0): never commit it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../dist/eval/data.js";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    genres: { type: "string", default: "weblog,newsgroup" },
    length: { type: "string", default: "600" },
    reports: { type: "string", default: "2" },
  },
});
const minLength = Number(values.length);
const minReports = Number(values.reports);
if (![minLength, minReports].every(Number.isFinite)) {
  process.stderr.write("ud-texts: --length and --reports take numbers\n");
  process.exit(2);
}
const genres = new Set(values.genres.split(",").map((g) => g.trim()));
const dir = values.data ?? join(defaultDataDir(), "ud");
const udDir = existsSync(join(dir, "ud")) ? join(dir, "ud") : dir;
const files = ["en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu"].map((f) => join(udDir, f));
if (!files.every(existsSync)) {
  process.stderr.write(`ud-texts: no EWT train and dev files in ${udDir} (see docs/EVALUATION.md)\n`);
  process.exit(2);
}

/** Documents of one CoNLL-U file as { id, paragraphs: string[][] } from its comment lines. */
function documents(file) {
  const docs = [];
  let doc = null;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const newdoc = /^# newdoc id = (.+)$/.exec(line);
    if (newdoc) {
      doc = { id: newdoc[1].trim(), paragraphs: [[]] };
      docs.push(doc);
    } else if (doc && line.startsWith("# newpar") && doc.paragraphs.at(-1).length > 0) {
      doc.paragraphs.push([]);
    } else if (doc && line.startsWith("# text = ")) {
      doc.paragraphs.at(-1).push(line.slice("# text = ".length).trim());
    }
  }
  return docs;
}

function kept(id, text) {
  const reports = (text.match(/\b(said|says|told|according to)\b/g) ?? []).length;
  return genres.has(id.split("-")[0]) && text.length > minLength && reports >= minReports;
}

for (const file of files) {
  for (const doc of documents(file)) {
    const text = doc.paragraphs.map((p) => p.join(" ")).join("\n\n");
    if (kept(doc.id, text)) process.stdout.write(`${JSON.stringify({ id: doc.id, url: doc.id, text })}\n`);
  }
}
