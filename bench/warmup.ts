/**
 * The warm-up texts of the benchmark: English texts that are not among the timed ones, so that
 * nothing the timed run reads was read before it (whatever a cache might keep). The documents of
 * the UD English treebank (their `# text` lines, paragraphs as in the treebank), the RealNews dev
 * articles and the quote-cluster corpus, read from the data root like the timed texts.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type BenchArticle, eachLine, interleave, makeArticle } from "./corpus.js";

const TREEBANKS = ["ud/en_ewt-ud-train.conllu", "ud/en_ewt-ud-dev.conllu"];
const JSONL_TEXTS = ["quotes/realnews-dev.jsonl", "corpus/clusters.jsonl"];

/** The documents of a CoNLL-U file: the sentences' text, a blank line between paragraphs. */
function treebankDocuments(path: string, name: string): BenchArticle[] {
  const docs: BenchArticle[] = [];
  let paragraphs: string[][] = [];
  const flush = () => {
    const text = paragraphs
      .filter((p) => p.length)
      .map((p) => p.join(" "))
      .join("\n\n");
    if (text.trim()) docs.push(makeArticle(name, String(docs.length + 1), text));
    paragraphs = [];
  };
  eachLine(path, (line) => {
    if (line.startsWith("# newdoc")) flush();
    else if (line.startsWith("# newpar") || paragraphs.length === 0) paragraphs.push([]);
    if (line.startsWith("# text = ")) paragraphs[paragraphs.length - 1].push(line.slice(9));
  });
  flush();
  return docs;
}

function jsonlTexts(path: string, name: string): BenchArticle[] {
  const docs: BenchArticle[] = [];
  eachLine(path, (line) => {
    if (line.trim() === "") return;
    const rec = JSON.parse(line) as { text?: unknown; dct?: unknown; published?: unknown };
    const dct =
      typeof rec.dct === "string" ? rec.dct : typeof rec.published === "string" ? rec.published : undefined;
    if (typeof rec.text === "string" && rec.text.trim())
      docs.push(makeArticle(name, String(docs.length + 1), rec.text, dct));
  });
  return docs;
}

/** Every warm-up text present under `dataDir`, interleaved source by source. */
export function loadWarmup(dataDir: string): BenchArticle[] {
  const lists: BenchArticle[][] = [];
  for (const file of TREEBANKS)
    if (existsSync(join(dataDir, file))) lists.push(treebankDocuments(join(dataDir, file), `warmup-${file}`));
  for (const file of JSONL_TEXTS)
    if (existsSync(join(dataDir, file))) lists.push(jsonlTexts(join(dataDir, file), `warmup-${file}`));
  return interleave(lists);
}
