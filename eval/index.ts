/** The evaluation tasks of `dossier eval`, each scored with its dataset's official metric. */
import { runClusters } from "./clusters.js";
import { runHtml } from "./html.js";
import { runNer } from "./ner.js";
import { runPropaganda } from "./propaganda.js";
import { runQuotes } from "./quotes.js";
import { runRealnews } from "./realnews.js";
import type { EvalOptions, EvalReport } from "./report.js";
import { runSeed } from "./seed.js";
import { runTime } from "./time.js";
import { runUd } from "./ud.js";

export const EVAL_TASKS = {
  quotes: { run: runQuotes, about: "PolNeAR attribution relations: overlap F1, speaker accuracy" },
  realnews: {
    run: runRealnews,
    about: "real news articles: strict (quote, speaker) precision and recall (realnews-dev README)",
  },
  time: { run: runTime, about: "TempEval-3 timexes: strict/relaxed/value/type F1" },
  ner: { run: runNer, about: "CoNLL-2003 named entities: exact span+type micro F1" },
  propaganda: { run: runPropaganda, about: "PTC propaganda spans: SemEval-2020 SI F1 and label-aware F1" },
  html: { run: runHtml, about: "article-extraction benchmark: body shingle F1" },
  ud: { run: runUd, about: "UD English EWT dev: UPOS accuracy, UAS, LAS (CoNLL 2018, punctuation included)" },
  clusters: {
    run: runClusters,
    about: "quote identity across articles: B-cubed P/R/F1 and coverage, next to the Quotebank baseline",
  },
  seed: {
    run: (o: EvalOptions) => runSeed(o.dataDir, o.explicitData),
    about: "articles against their analyst-made expected extraction (NAME.txt + NAME.expected.json)",
  },
} satisfies Record<string, { run: (o: EvalOptions) => EvalReport | Promise<EvalReport>; about: string }>;

export type EvalTask = keyof typeof EVAL_TASKS;
