/**
 * What the benchmark runs and how it counts: the pipeline, the wink floor and compromise over a
 * list of articles, each timed by a Meter (wall and CPU time, articles, words, bytes).
 */
import { analyze, type StageName } from "../src/analyze.js";
import type { BenchArticle } from "./corpus.js";
import { tokenizeOnly } from "./floor.js";

/** Wall and CPU time spent on one kind of work, with how much text it covered. */
export class Meter {
  wallMs = 0;
  cpuMs = 0;
  articles = 0;
  words = 0;
  bytes = 0;
  private t0 = 0;
  private cpu0: NodeJS.CpuUsage = { user: 0, system: 0 };
  start(): void {
    this.cpu0 = process.cpuUsage();
    this.t0 = performance.now();
  }
  stop(): void {
    this.wallMs += performance.now() - this.t0;
    const c = process.cpuUsage(this.cpu0);
    this.cpuMs += (c.user + c.system) / 1000;
  }
  count(a: BenchArticle): void {
    this.articles++;
    this.words += a.words;
    this.bytes += a.bytes;
  }
  wordsPerSec(): number {
    return this.wallMs > 0 ? this.words / (this.wallMs / 1000) : 0;
  }
  wordsPerCpuSec(): number {
    return this.cpuMs > 0 ? this.words / (this.cpuMs / 1000) : 0;
  }
}

export interface PipelineState {
  /** Whether the pipeline builds dependency trees (see --no-syntax). */
  syntax: boolean;
  timings: Partial<Record<StageName, number>>;
  failures: { id: string; error: string }[];
  failed: number;
  found: { entities: number; quotes: number; timexes: number; techniques: number };
}

export const newState = (syntax: boolean): PipelineState => ({
  syntax,
  timings: {},
  failures: [],
  failed: 0,
  found: { entities: 0, quotes: 0, timexes: 0, techniques: 0 },
});

type Tick = (bytes: number) => void;
const noTick: Tick = () => {};

/** The whole pipeline over `articles`; an article that throws is recorded and not counted. */
export function runPipeline(
  articles: readonly BenchArticle[],
  meter: Meter,
  state: PipelineState,
  tick = noTick,
): void {
  meter.start();
  for (const a of articles) {
    try {
      const r = analyze(
        { id: a.id, text: a.text, dct: a.dct ?? null },
        { timings: state.timings, syntax: state.syntax },
      );
      meter.count(a);
      state.found.entities += r.entities.length;
      state.found.quotes += r.quotes.length;
      state.found.timexes += r.timexes.length;
      state.found.techniques += r.techniques.length;
    } catch (e) {
      state.failed++;
      if (state.failures.length < 20)
        state.failures.push({ id: a.id, error: (e as Error)?.message ?? String(e) });
    }
    tick(a.bytes);
  }
  meter.stop();
}

/** The floor: wink-nlp reading the text (tokens and sentences), nothing else. */
export function runTokenize(articles: readonly BenchArticle[], meter: Meter, tick = noTick): number {
  let tokens = 0;
  meter.start();
  for (const a of articles) {
    tokens += tokenizeOnly(a.text).tokens;
    meter.count(a);
    tick(a.bytes);
  }
  meter.stop();
  return tokens;
}

export type Nlp = (text: string) => {
  people(): { out(f: "array"): string[] };
  places(): { out(f: "array"): string[] };
  organizations(): { out(f: "array"): string[] };
};

export async function loadCompromise(): Promise<Nlp | null> {
  try {
    const mod = (await import("compromise")) as unknown as { default: Nlp };
    return mod.default;
  } catch {
    return null;
  }
}

/** compromise extracting people, places and organisations. */
export function runCompromise(
  nlp: Nlp,
  articles: readonly BenchArticle[],
  meter: Meter,
  tick = noTick,
): number {
  let found = 0;
  meter.start();
  for (const a of articles) {
    const doc = nlp(a.text);
    found += doc.people().out("array").length;
    found += doc.places().out("array").length;
    found += doc.organizations().out("array").length;
    meter.count(a);
    tick(a.bytes);
  }
  meter.stop();
  return found;
}
