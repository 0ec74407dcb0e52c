/**
 * The article as it moves through the pipeline: the Analysis layers built so far, plus internal
 * layers (tokens, the time anchor) that stages read but the contract does not carry.
 */
import type { Block, Entity, Meta, Quote, Sentence, Technique, TimelineItem, Timex } from "./analysis.js";
import type { Token } from "./language/index.js";
import type { SyntaxLayer } from "./syntax/stage.js";

export interface Article {
  id: string;
  text: string;
  meta: Meta;
  /** Document creation time (ISO date) that anchors relative dates, or null when unknown. */
  dct: string | null;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  /** Tags and dependency tree of the tokens; absent when a stage is run on its own in a test. */
  syntax?: SyntaxLayer;
  entities: Entity[];
  quotes: Quote[];
  timexes: Timex[];
  timeline: TimelineItem[];
  techniques: Technique[];
}
