// How much the tagger's errors cost the parser (models/README.md, "fifteenth session"): UAS and
// LAS on UD EWT dev with the model's own tags, then with the gold UPOS tags given to the same
// parser (the runner-up tag the gold one too), punctuation rules as in `dossier eval ud`.
//   npm run build && node scripts/ud-gold-tags.mjs [--data DIR]
import { parseArgs } from "node:util";
import { defaultDataDir } from "../dist/eval/data.js";
import { readUd, UD_DEV_FILE, udFile } from "../dist/eval/ud.js";
import { syntaxModel } from "../dist/src/syntax/index.js";
import { encodeWords } from "../dist/src/syntax/lexical.js";
import { parseTagged } from "../dist/src/syntax/parser.js";
import { attachPunctuation } from "../dist/src/syntax/punctuation.js";
import { tagSentence } from "../dist/src/syntax/tagger.js";

const { values } = parseArgs({ options: { data: { type: "string" } } });
let dev;
try {
  dev = readUd(udFile(values.data ?? defaultDataDir(), UD_DEV_FILE));
} catch (error) {
  process.stderr.write(`ud-gold-tags: ${error.message}\n`);
  process.exit(2);
}
const model = syntaxModel();
const models = {
  parser: model.parser,
  labeler: model.labeler,
  rootLabel: model.labels.indexOf("root"),
  candidates: model.candidates,
};

/** UAS and LAS (universal relation) over dev, with predicted or gold tags. */
function score(goldTags) {
  let words = 0;
  let attached = 0;
  let labelled = 0;
  for (const s of dev) {
    const forms = s.words.map((w) => w.form);
    const encoded = encodeWords(forms, model.lexicon);
    const n = encoded.n;
    const tags = new Int32Array(n + 1);
    const alternatives = new Int32Array(n + 1);
    tagSentence(model.tagger, encoded, tags, alternatives);
    if (goldTags)
      for (let i = 1; i <= n; i++) {
        tags[i] = model.tags.indexOf(s.words[i - 1].upos);
        alternatives[i] = tags[i];
      }
    const tree = parseTagged(models, { words: encoded, tags, alternatives });
    const heads = new Int32Array(n + 1);
    const punct = new Uint8Array(n + 1);
    for (let i = 1; i <= n; i++) {
      heads[i] = tree.headOf(i);
      punct[i] = model.tags[tags[i]] === "PUNCT" ? 1 : 0;
    }
    attachPunctuation(heads, punct, forms);
    for (let i = 1; i <= n; i++, words++) {
      const gold = s.words[i - 1];
      if (heads[i] !== gold.head) continue;
      attached++;
      const moved = heads[i] !== tree.headOf(i) && punct[i];
      const relation = moved ? "punct" : model.labels[tree.labels[i]];
      if (relation.split(":")[0] === gold.deprel.split(":")[0]) labelled++;
    }
  }
  return `UAS ${(attached / words).toFixed(4)}  LAS ${(labelled / words).toFixed(4)}`;
}

console.log(`predicted tags  ${score(false)}`);
console.log(`gold tags       ${score(true)}`);
