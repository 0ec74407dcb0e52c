/**
 * wink's English model, read for one wink instance faster than the package's own reader, with
 * the same result. The package parses its 3 MB JSON model once (at import) and, for each instance,
 * deep-copies it through JSON.stringify and JSON.parse and decodes two base64 arrays a byte at a
 * time: 60-90 ms of a start-up. Here the feature lists (the only parts an instance changes:
 * it appends the words it learns) are copied as arrays of the same strings, the other small parts
 * through JSON, and the base64 arrays are decoded by Buffer. The steps after the copy are those of
 * wink-eng-lite-web-model 1.8.1's read-core-model.js and load-core-model.js, in the same order.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface Layout {
  [feature: string]: number[];
}
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] } & Record<string, unknown>;
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [part: string]: unknown;
}

/** The model as the package parsed it: never changed, every instance copies it. */
const original =
  require("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json") as CoreModel;

function copyOfOriginal(): CoreModel {
  const copy: Record<string, unknown> = {};
  for (const [part, value] of Object.entries(original))
    if (part === "features") {
      const features: Record<string, Feature> = {};
      for (const [name, f] of Object.entries(original.features))
        features[name] = { ...f, list: f.list.slice() };
      copy.features = features;
    } else copy[part] = typeof value === "string" ? value : JSON.parse(JSON.stringify(value));
  return copy as CoreModel;
}

/** A base64 string as 32-bit words in a buffer of their own (as wink's reader makes them). */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, "base64");
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

/** What wink's `read-core-model.js` returns. */
function readModel(): CoreModel {
  const model = copyOfOriginal();
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout)
    if (packing.layout[f][3] === 0) {
      features[f].hash = Object.create(null) as Record<string, number>;
      for (let k = 0; k < features[f].list.length; k++) features[f].hash[features[f].list[k] as string] = k;
    }
  features.lexeme.hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < features.lexeme.list.length; k++)
    features.lexeme.hash[features.lexeme.list[k] as string] = k;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split("_").map((e) => pos.hash[e] || 0));
  return model;
}

/** What wink's `load-core-model.js` (the model's `core()`) returns. */
export function coreModel(): CoreModel {
  const model = readModel();
  const { packing, features } = model;
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}
