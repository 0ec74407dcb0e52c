// Prints the CoNLL-2003 dev documents (Reuters news, August 1996; the NER data) as plain text, one
// JSON line { id, url, text } per document, for a by-hand quote review of news no quote rule was
// tuned on (docs/ACCURACY.md, "twelfth session"):
//   npm run build && node scripts/conll-texts.mjs [--data DIR] > texts.jsonl
//   node scripts/review-pages.mjs --texts texts.jsonl --out DIR --parts 3 --limit 24
// The data is tokenised ("said . \""): the script joins punctuation to its word, pairs straight
// quotation marks per document, moves an opening mark the sentence split left at a line's end to
// the next line, and keeps documents that read as news stories (by default over 800 characters
// (--length), three or more "said"/"told"/"according to" (--reports), under 5% digits (--digits):
// no sports tables). The text is Reuters': never commit it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir } from "../dist/eval/data.js";

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    length: { type: "string", default: "800" },
    reports: { type: "string", default: "3" },
    digits: { type: "string", default: "0.05" },
  },
});
const minLength = Number(values.length);
const minReports = Number(values.reports);
const maxDigits = Number(values.digits);
if (![minLength, minReports, maxDigits].every(Number.isFinite)) {
  process.stderr.write("conll-texts: --length, --reports and --digits take numbers\n");
  process.exit(2);
}
const file = join(values.data ?? defaultDataDir(), "ner", "conll2003_dev.documents.jsonl");
if (!existsSync(file)) {
  process.stderr.write(`conll-texts: no ${file} (see docs/EVALUATION.md for the data layout)\n`);
  process.exit(2);
}

/** Punctuation and clitics written against the word before them. */
const GLUED_LEFT = /^(,|\.|;|:|\?|!|\)|'s|'S|n't|'re|'ve|'ll|'d|'m|%|')$/;
/** Tokens the next word is written against. */
const GLUED_RIGHT = new Set(["(", "$"]);

/** One tokenised line as written; `state.open` says whether a quotation is open. */
function detokenise(line, state) {
  const tokens = line.split(" ").filter(Boolean);
  if (tokens[0] === '"') state.open = false;
  let out = "";
  let glueNext = false;
  for (const t of tokens) {
    let glue = glueNext;
    glueNext = false;
    if (t === '"') {
      if (state.open) out += t;
      else {
        out += (out && !glue ? " " : "") + t;
        glueNext = true;
      }
      state.open = !state.open;
      continue;
    }
    if (GLUED_LEFT.test(t)) glue = true;
    out += (out && !glue ? " " : "") + t;
    if (GLUED_RIGHT.has(t)) glueNext = true;
  }
  return out;
}

function story(text) {
  const reports = (text.match(/\b(said|says|told|according to)\b/g) ?? []).length;
  const digits = (text.match(/[0-9]/g) ?? []).length / text.length;
  return text.length > minLength && reports >= minReports && digits < maxDigits;
}

const lines = [];
for (const raw of readFileSync(file, "utf8").split("\n")) {
  if (!raw.trim()) continue;
  const doc = JSON.parse(raw);
  const state = { open: false };
  const text = doc.text
    .split("\n")
    .map((line) => detokenise(line, state))
    .join("\n")
    // (the sentence split leaves an opening mark at a line's end, and a date's number on the next line)
    .replace(/ "\n/g, '\n"')
    .replace(/\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.\n(?=\d)/g, "$1. ");
  if (story(text)) lines.push(JSON.stringify({ id: doc.id, url: text.split("\n")[0], text }));
}
process.stdout.write(`${lines.join("\n")}\n`);
process.stderr.write(`conll-texts: ${lines.length} news stories\n`);
