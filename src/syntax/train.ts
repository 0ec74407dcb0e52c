/**
 * Trains the tagger and the parser on UD English EWT and writes models/syntax-en-ewt.bin:
 *   npm run train:syntax [-- --data DIR] [--out FILE]
 * Deterministic: sentence order and exploration use a seeded PRNG. The parser learns from tags
 * predicted by jackknifing (each fold tagged by a tagger trained on the other folds), so the tags it
 * sees in training are as noisy as at run time. The dev split is used only to pick the best epoch.
 */
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { InputError } from "../document/errors.js";
import { defaultDataDir } from "../../eval/data.js";
import { readUd, UD_DEV_FILE, UD_TRAIN_FILE, udFile } from "../../eval/ud.js";
import { packageRoot } from "../util/lexicon.js";
import { buildLabelCandidates } from "./candidates.js";
import { readEnLexicon, type TagDictionary } from "./dictionary.js";
import type { ConlluSentence } from "./conllu.js";
import { scoreTrees, type UdScores } from "./evaluate.js";
import type { TaggedSentence } from "./features.js";
import { parseWordsWith, MODEL_FILE } from "./index.js";
import { ATOMS, Atom, buildLexicon, type EncodedSentence, encodeWords, type Lexicon } from "./lexical.js";
import { type LinearModel, meanOf, Perceptron, quantize } from "./linear.js";
import { type SyntaxModel, saveModel } from "./model.js";
import { type TrainingTree, trainParserSentence } from "./parser.js";
import { tagSentence, trainTaggerSentence } from "./tagger.js";
import { projectivize, rootAtEnd } from "./transitions.js";
import { seededRandom, shuffle } from "./hash.js";

const SETTINGS = {
  seed: 20120801,
  minWordCount: 2,
  taggerEpochs: 8,
  taggerBits: 17,
  /** Taggers trained (each on its own sentence order) whose weights are averaged. */
  taggerRuns: 3,
  folds: 5,
  parserEpochs: 15,
  /** Parsers trained (each on its own sentence order) whose weights are averaged. */
  parserRuns: 3,
  parserBits: 20,
  labelerBits: 15,
};

interface Corpus {
  sentences: ConlluSentence[];
  encoded: EncodedSentence[];
  goldTags: Int32Array[];
}

const log = (message: string) => process.stderr.write(`${message}\n`);
const pct = (x: number) => (100 * x).toFixed(2);

function corpus(sentences: ConlluSentence[], vocab: Lexicon, tags: string[]): Corpus {
  const encoded = sentences.map((s) =>
    encodeWords(
      s.words.map((w) => w.form),
      vocab,
    ),
  );
  const goldTags = sentences.map((s) => Int32Array.from([0, ...s.words.map((w) => tags.indexOf(w.upos))]));
  return { sentences, encoded, goldTags };
}

function trainTagger(c: Corpus, indices: number[], classes: number, random: () => number): LinearModel {
  const model = new Perceptron(classes, SETTINGS.taggerBits);
  const order = indices.slice();
  for (let epoch = 0; epoch < SETTINGS.taggerEpochs; epoch++) {
    for (const i of shuffle(order, random)) trainTaggerSentence(model, c.encoded[i], c.goldTags[i]);
  }
  return model.averaged();
}

/**
 * The mean of SETTINGS.taggerRuns taggers, the first on the shared stream, the others each on a
 * stream of its own (so the parser's training order stays as with one tagger). On dev, two
 * training seeds: UPOS +0.10 / +0.12, UAS +0.07 / +0.06, LAS +0.07 / +0.06 over one tagger.
 */
function meanTagger(c: Corpus, classes: number, random: () => number): LinearModel {
  const all = [...c.sentences.keys()];
  const runs = [trainTagger(c, all, classes, random)];
  for (let r = 1; r < SETTINGS.taggerRuns; r++)
    runs.push(trainTagger(c, all, classes, seededRandom(SETTINGS.seed + r)));
  return runs.length === 1 ? runs[0] : meanOf(runs);
}

/** A sentence's predicted tags and the tagger's runner-up for each word. */
type PredictedTags = Pick<TaggedSentence, "tags" | "alternatives">;

function tagAll(model: LinearModel, c: Corpus, indices: number[], out: PredictedTags[]): void {
  for (const i of indices) {
    const n = c.encoded[i].n + 1;
    out[i] = { tags: new Int32Array(n), alternatives: new Int32Array(n) };
    tagSentence(model, c.encoded[i], out[i].tags, out[i].alternatives);
  }
}

/**
 * Tags of the training sentences, each fold tagged by a tagger trained on the other folds, with a
 * lexicon (vocabulary and tag classes) built from those folds too, so no fold sees its own tags.
 */
function jackknifedTags(
  sentences: ConlluSentence[],
  tags: string[],
  dictionary: TagDictionary,
  random: () => number,
): PredictedTags[] {
  const out: PredictedTags[] = [];
  const n = sentences.length;
  for (let fold = 0; fold < SETTINGS.folds; fold++) {
    const lo = Math.floor((fold * n) / SETTINGS.folds);
    const hi = Math.floor(((fold + 1) * n) / SETTINGS.folds);
    const rest = [...Array(n).keys()].filter((i) => i < lo || i >= hi);
    const held = [...Array(n).keys()].slice(lo, hi);
    const lex = buildLexicon(
      rest.map((i) => sentences[i].words),
      tags,
      SETTINGS.minWordCount,
      dictionary,
    );
    const c = corpus(sentences, lex, tags);
    tagAll(trainTagger(c, rest, tags.length, random), c, held, out);
    log(`  jackknife fold ${fold + 1}/${SETTINGS.folds}: ${tagAccuracy(c, held, out)} UPOS`);
  }
  return out;
}

/** How much of dev the words tagged without scoring cover, and how often their tag is right. */
function fixedTagReport(dev: Corpus, lex: Lexicon): string {
  let words = 0;
  let fixed = 0;
  let right = 0;
  dev.encoded.forEach((s, i) => {
    for (let w = 1; w <= s.n; w++, words++) {
      const tag = s.atoms[w * ATOMS + Atom.FixedTag] - 1;
      if (tag < 0) continue;
      fixed++;
      if (tag === dev.goldTags[i][w]) right++;
    }
  });
  return (
    `${lex.fixedTags.length} words tagged without scoring: ${pct(fixed / words)}% of dev's words, ` +
    `their tag right on ${right} of ${fixed}`
  );
}

function tagAccuracy(c: Corpus, indices: number[], predicted: PredictedTags[]): string {
  let right = 0;
  let all = 0;
  for (const i of indices) {
    for (let w = 1; w <= c.encoded[i].n; w++, all++) if (predicted[i].tags[w] === c.goldTags[i][w]) right++;
  }
  return pct(right / all);
}

function trainingTrees(c: Corpus, tags: PredictedTags[], labels: string[]): TrainingTree[] {
  return c.sentences.map((s, i) => ({
    sentence: { words: c.encoded[i], ...tags[i] },
    heads: rootAtEnd(projectivize(Int32Array.from([0, ...s.words.map((w) => w.head)]))),
    labels: Int32Array.from([0, ...s.words.map((w) => labels.indexOf(w.deprel))]),
  }));
}

function* goldArcs(trees: TrainingTree[]): Iterable<[TaggedSentence, number, number, number]> {
  for (const tree of trees) {
    const n = tree.sentence.words.n;
    for (let dep = 1; dep <= n; dep++)
      if (tree.heads[dep] <= n) yield [tree.sentence, tree.heads[dep], dep, tree.labels[dep]];
  }
}

function devScores(model: SyntaxModel, dev: ConlluSentence[]): UdScores {
  const predicted = dev.map((s) =>
    parseWordsWith(
      model,
      s.words.map((w) => w.form),
    ),
  );
  return scoreTrees(
    dev.map((s) => s.words),
    predicted,
  );
}

interface Trained {
  parser: LinearModel;
  labeler: LinearModel;
  scores: UdScores;
  epoch: number;
}

/** Trains the parser epoch by epoch and keeps the averaged weights of the best epoch on dev (LAS). */
function trainParser(
  trees: TrainingTree[],
  base: SyntaxModel,
  dev: ConlluSentence[],
  random: () => number,
): Trained {
  const rootLabel = base.labels.indexOf("root");
  const models = {
    parser: new Perceptron(4, SETTINGS.parserBits),
    labeler: new Perceptron(base.labels.length, SETTINGS.labelerBits),
    rootLabel,
    candidates: base.candidates,
  };
  let best: Trained | undefined;
  const order = trees.slice();
  for (let epoch = 1; epoch <= SETTINGS.parserEpochs; epoch++) {
    const started = Date.now();
    for (const tree of shuffle(order, random)) trainParserSentence(models, tree, epoch > 1, random);
    const parser = models.parser.averaged();
    const labeler = models.labeler.averaged();
    const scores = devScores({ ...base, parser, labeler }, dev);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    log(`  epoch ${epoch}: dev UAS ${pct(scores.uas)} LAS ${pct(scores.las)} (${seconds} s)`);
    if (!best || scores.las > best.scores.las) best = { parser, labeler, scores, epoch };
  }
  return best!;
}

function main(): void {
  const { values } = parseArgs({ options: { data: { type: "string" }, out: { type: "string" } } });
  const dataDir = resolve(values.data ?? defaultDataDir());
  const out = resolve(values.out ?? join(packageRoot(), MODEL_FILE));
  const started = Date.now();
  const train = readUd(udFile(dataDir, UD_TRAIN_FILE));
  const dev = readUd(udFile(dataDir, UD_DEV_FILE));
  const random = seededRandom(SETTINGS.seed);
  const tags = [...new Set(train.flatMap((s) => s.words.map((w) => w.upos)))].sort();
  const dictionary = readEnLexicon();
  const lex = buildLexicon(
    train.map((s) => s.words),
    tags,
    SETTINGS.minWordCount,
    dictionary,
  );
  const labels = [...new Set(train.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  log(
    `${train.length} training sentences, ${lex.words.length} words, ${tags.length} tags, ${labels.length} labels`,
  );
  log(fixedTagReport(corpus(dev, lex, tags), lex));
  const c = corpus(train, lex, tags);
  log("tagger (jackknifed for the parser's training tags):");
  const predictedTags = jackknifedTags(train, tags, dictionary, random);
  const tagger = meanTagger(c, tags.length, random);
  const empty = { classes: 1, mask: 0, weights: new Float32Array(1) };
  const trees = trainingTrees(c, predictedTags, labels);
  const candidates = buildLabelCandidates(
    tags.length,
    labels.length,
    labels.indexOf("root"),
    goldArcs(trees),
  );
  const base: SyntaxModel = {
    tags,
    labels,
    lexicon: lex,
    candidates,
    tagger,
    parser: empty,
    labeler: empty,
    about: {},
  };
  const runs: Trained[] = [];
  for (let run = 1; run <= SETTINGS.parserRuns; run++) {
    log(`parser, run ${run} of ${SETTINGS.parserRuns} (dynamic oracle, exploring from epoch 2):`);
    runs.push(trainParser(trees, base, dev, random));
  }
  writeModel(out, base, runs, dev, started);
}

/**
 * Writes the mean of the runs' parsers and labelers, quantised. Measured on dev (three training
 * seeds, int8 tables): UAS +0.12 to +0.27 and LAS +0.13 to +0.43 over one run, the same speed.
 */
function writeModel(
  out: string,
  base: SyntaxModel,
  runs: Trained[],
  dev: ConlluSentence[],
  started: number,
): void {
  const model: SyntaxModel = {
    ...base,
    tagger: quantize(base.tagger),
    parser: quantize(meanOf(runs.map((r) => r.parser))),
    labeler: quantize(meanOf(runs.map((r) => r.labeler))),
  };
  const scores = devScores(model, dev);
  model.about = {
    data: "UD English EWT (UD_English-EWT commit 15d613d8447b3478787d4c278730a1e48a945efb), CC BY-SA 4.0",
    settings: SETTINGS,
    bestEpochs: runs.map((r) => r.epoch),
    dev: scores,
  };
  const bytes = saveModel(out, model);
  log(
    `best epochs ${runs.map((r) => r.epoch).join(", ")}; mean of the runs, quantised, on dev: UPOS ${pct(scores.upos)} UAS ${pct(scores.uas)} ` +
      `LAS ${pct(scores.las)} (full deprel ${pct(scores.lasFull)})`,
  );
  log(`wrote ${out} (${(bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 60000).toFixed(1)} min`);
}

try {
  main();
} catch (error) {
  // a missing or unreadable data file is the user's to fix: one line, exit 2 (as the CLI does)
  if (!(error instanceof InputError)) throw error;
  process.stderr.write(`train:syntax: ${error.message}\n`);
  process.exit(2);
}
