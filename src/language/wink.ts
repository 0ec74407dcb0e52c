/**
 * wink-nlp behind a wrapper that forgets what it learned from each article.
 *
 * wink's tokenizer adds every out-of-vocabulary token it meets to the model's lexicon, and later
 * look-ups treat those entries as known words: after "...different from Trump's." the text
 * "Trump's best ideas" tokenises as one token. Output would then depend on what the process
 * analysed before. `forgetLearned` deletes the look-up keys added since the model was loaded, so
 * every article is read by the lexicon as loaded. The lists behind those keys only grow (wink keeps
 * per-entry features in a private array indexed by position), so once they hold MAX_LEARNED new
 * entries a fresh instance is loaded (~60 ms), which bounds memory in long batches. Each instance
 * reads the model through ./wink-model.ts (the same model, read faster than by the package).
 */
import winkNLP, { type WinkMethods } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { coreModel } from "./wink-model.js";

interface Feature {
  hash: Record<string, number>;
  list: string[];
}

interface Instance {
  nlp: WinkMethods;
  /** Every feature lexicon (lexeme, shape, suffix, ...) with the length of its list when loaded. */
  lexicons: { feature: Feature; loaded: number; forgotten: number }[];
}

const MAX_LEARNED = 200_000;

/** The two loaders of the model that we wrap (the published types leave them opaque). */
interface Loaders {
  core: () => { features: Record<string, Partial<Feature>> };
  metaCER: () => unknown;
}
const loaders = model as unknown as Loaders;

/** wink's meta-CER loader re-stringifies its own result on each call; the first result is kept. */
let metaCer: unknown;

function load(pipes: string[]): Instance {
  let features: Record<string, Partial<Feature>> = {};
  const tracked: Loaders = {
    ...loaders,
    core() {
      const core = coreModel() as unknown as ReturnType<Loaders["core"]>;
      features = core.features;
      return core;
    },
    metaCER() {
      metaCer ??= loaders.metaCER();
      return metaCer;
    },
  };
  const nlp = winkNLP(tracked as unknown as typeof model, pipes as never);
  const lexicons = Object.values(features)
    .filter((f): f is Feature => Array.isArray(f?.list) && typeof f?.hash === "object")
    .map((feature) => ({ feature, loaded: feature.list.length, forgotten: feature.list.length }));
  return { nlp, lexicons };
}

/** A wink instance whose readDoc results never depend on earlier articles (see the module note). */
export class ForgetfulWink {
  private instance: Instance;

  constructor(private readonly pipes: string[]) {
    this.instance = load(pipes);
  }

  get nlp(): WinkMethods {
    return this.instance.nlp;
  }

  /** Runs `read` on the instance, then removes what the lexicon learned from it. */
  withArticle<T>(read: (nlp: WinkMethods) => T): T {
    try {
      return read(this.instance.nlp);
    } finally {
      this.forgetLearned();
    }
  }

  private forgetLearned(): void {
    let learned = 0;
    for (const lexicon of this.instance.lexicons) {
      const { hash, list } = lexicon.feature;
      for (let i = lexicon.forgotten; i < list.length; i++) {
        // A value learned twice (deleted, then met again) has a newer index; only delete our own.
        if (hash[list[i]] === i) delete hash[list[i]];
      }
      lexicon.forgotten = list.length;
      learned = Math.max(learned, list.length - lexicon.loaded);
    }
    if (learned > MAX_LEARNED) this.instance = load(this.pipes);
  }
}
