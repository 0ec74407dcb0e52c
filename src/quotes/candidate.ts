/**
 * What the quote passes hand each other: candidates (quotes found, speakers still token ranges) and
 * the claims earlier passes have made on tokens and quotation marks.
 */
import type { Quote, Speaker } from "../analysis.js";
import type { Ctx } from "./context.js";
import type { CueType } from "./cues.js";
import type { MarkSpan } from "./marks.js";

export interface Candidate {
  kind: Quote["kind"];
  start: number;
  end: number;
  paragraphs: number;
  segments?: [number, number][];
  speaker: [number, number] | null;
  resolvedBy: Speaker["resolvedBy"];
  cue: [number, number] | null;
  cueType: CueType;
  /** No source at all (agentless passive): the speaker stays null. */
  noSource?: boolean;
  /** A report inside an earlier one's content, kept with it (see events/span.ts). */
  nested?: boolean;
  /** A report withheld ("did not disclose the price"; see events/span.ts). */
  withheld?: boolean;
  /** Character range of the attribution words (for via / medium). */
  frame: [number, number] | null;
  relay: string | null;
  /** The channel when a pass knows it without reading the frame (an embedded post's platform). */
  medium?: string;
}

/** The state the passes share over one article. */
export interface Passes {
  ctx: Ctx;
  marks: readonly MarkSpan[];
  /** Tokens that belong to a direct quote's frame: the reported-speech pass skips them. */
  used: Uint8Array;
  /** Quotations already part of a quote. */
  markUsed: Uint8Array;
  /** Last token of each direct-quote frame -> its speaker, for chained clauses after it. */
  frameSpeakers: Map<number, [number, number] | null>;
  cands: Candidate[];
}

/** The state of the passes over an article, before any pass (marks paired, context built). */
export function startPasses(ctx: Ctx, marks: readonly MarkSpan[]): Passes {
  return {
    ctx,
    marks,
    used: new Uint8Array(ctx.n),
    markUsed: new Uint8Array(marks.length),
    frameSpeakers: new Map(),
    cands: [],
  };
}

/** A direct quote with no frame of its own: its speaker is the last one before it. */
export function unframedQuote(start: number, end: number, paragraphs: number): Candidate {
  return {
    kind: "direct",
    start,
    end,
    paragraphs,
    speaker: null,
    resolvedBy: "previous",
    cue: null,
    cueType: "speech",
    frame: null,
    relay: null,
  };
}

/** Mixed quotes start at the quoted words when these make up most of the content. */
export const FRAGMENT_SHARE = 0.5;

/** Character range of tokens [a, b]. */
export function frameRange(ctx: Ctx, a: number, b: number): [number, number] {
  return [ctx.starts[a], ctx.ends[b]];
}
