/**
 * Throughput and memory benchmark (`npm run bench [-- --mb N] [-- --json]`).
 *
 * The article texts of the evaluation datasets, cycled to at least N MB (default 10), go through
 * the whole pipeline (`analyze`) on the main thread after a warm-up, with per-stage timings. In
 * the same run, over the same texts, two references: wink-nlp's bare tokenisation and sentence
 * split (the floor every pipeline pays) and compromise extracting people, places and
 * organisations (timed on a 1 MB prefix, since it is much slower; the pipeline's speed on that
 * same prefix is what it is compared with). Fixed order, no randomness: two runs on the same
 * machine read the same texts in the same order.
 *
 * With --json the last line of stdout is one JSON object with the figures.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defaultDataDir } from "../eval/data.js";
import { analyze, type StageName } from "../src/analyze.js";
import { tokenizeOnly } from "./floor.js";
import { type BenchResult, resultMarkdown } from "./report.js";
import { type BenchArticle, chunksOf, cycleTo, loadSources, prefixOf, totals } from "./corpus.js";
import { progressBar } from "../src/cli/progress.js";

const MB = 1024 * 1024;
/** Size of the chunks in which the pipeline and the references alternate. */
const CHUNK = MB;

interface Options {
  mb: number;
  compromiseMb: number;
  warmupMb: number;
  json: boolean;
  md: boolean;
  data: string;
  /** false with --no-syntax: the pipeline without dependency trees, to measure the parser's cost. */
  syntax: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: "string", default: "10" },
      "compromise-mb": { type: "string", default: "1" },
      "warmup-mb": { type: "string", default: "0.5" },
      json: { type: "boolean", default: false },
      md: { type: "boolean", default: false },
      data: { type: "string" },
      "no-syntax": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run bench -- [--mb N] [--compromise-mb N] [--warmup-mb N] [--data DIR] [--no-syntax] [--md] [--json]\n",
    );
    process.exit(0);
  }
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number >= ${min}, got '${v}'`);
    return n;
  };
  return {
    mb: num("mb", values.mb, 0.01),
    compromiseMb: num("compromise-mb", values["compromise-mb"], 0),
    warmupMb: num("warmup-mb", values["warmup-mb"], 0),
    json: values.json ?? false,
    md: values.md ?? false,
    data: values.data ?? defaultDataDir(),
    syntax: !values["no-syntax"],
  };
}

/** Progress in MB on stderr (a bar only on a terminal). */
function progress(label: string, total: number): { tick: (bytes: number) => void; end(): void } {
  const bar = progressBar(label.padEnd(22), "MB");
  let done = 0;
  return {
    tick(bytes: number) {
      done += bytes;
      bar.update(Number((done / MB).toFixed(1)), Number((total / MB).toFixed(1)));
    },
    end: () => bar.stop(),
  };
}

/**
 * A full garbage collection between chunks (never inside a timed region), so that the heap
 * measured after each chunk is what is still reachable: flat when nothing accumulates.
 */
function fullGc(): (() => void) | null {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
const gc = fullGc();

const rssMb = () => process.resourceUsage().maxRSS / 1024;
const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

/** Wall and CPU time spent on one kind of work, with how much text it covered. */
class Meter {
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

interface PipelineState {
  /** Whether the pipeline builds dependency trees (see --no-syntax). */
  syntax: boolean;
  timings: Partial<Record<StageName, number>>;
  failures: { id: string; error: string }[];
  failed: number;
  found: { entities: number; quotes: number; timexes: number; techniques: number };
}

const newState = (syntax: boolean): PipelineState => ({
  syntax,
  timings: {},
  failures: [],
  failed: 0,
  found: { entities: 0, quotes: 0, timexes: 0, techniques: 0 },
});

/** The whole pipeline over `articles`; an article that throws is recorded and not counted. */
function runPipeline(
  articles: readonly BenchArticle[],
  meter: Meter,
  state: PipelineState,
  tick: (bytes: number) => void = () => {},
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
function runTokenize(
  articles: readonly BenchArticle[],
  meter: Meter,
  tick: (bytes: number) => void = () => {},
) {
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

type Nlp = (text: string) => {
  people(): { out(f: "array"): string[] };
  places(): { out(f: "array"): string[] };
  organizations(): { out(f: "array"): string[] };
};

async function loadCompromise(): Promise<Nlp | null> {
  try {
    const mod = (await import("compromise")) as unknown as { default: Nlp };
    return mod.default;
  } catch {
    return null;
  }
}

function runCompromise(
  nlp: Nlp,
  articles: readonly BenchArticle[],
  meter: Meter,
  tick: (bytes: number) => void = () => {},
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

const log = (s = "") => process.stdout.write(`${s}\n`);
const note = (s: string) => process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  const opt = parseOptions(process.argv.slice(2));
  const loadAtStart = loadavg();
  const corpus = loadCorpus(opt);
  warmUp(corpus.articles, opt);
  const run = measurePipeline(corpus, opt.syntax);
  const comparison = await measureCompromise(corpus.articles, opt);
  const result = benchResult(corpus, run, comparison, loadAtStart);
  printSummary(result, run.state.failures);
  if (opt.md) {
    log("");
    log(resultMarkdown(result, `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim()));
  }
  if (opt.json) log(JSON.stringify(result));
}

interface Corpus {
  /** The distinct article texts. */
  base: BenchArticle[];
  /** `base` cycled to the size asked for. */
  articles: BenchArticle[];
  size: { bytes: number; words: number };
  baseSize: { bytes: number; words: number };
}

function loadCorpus(opt: Options): Corpus {
  const { articles: base, missing } = loadSources(opt.data);
  for (const m of missing) note(`bench: skipping missing dataset ${m}`);
  if (base.length === 0)
    throw new Error(`no article texts under '${opt.data}': pass --data DIR or set DOSSIER_DATA`);
  const articles = cycleTo(base, opt.mb * MB);
  return { base, articles, size: totals(articles), baseSize: totals(base) };
}

/**
 * Warm-up: the first articles through both paths, so that lexicons are loaded and the JIT has
 * compiled the hot code before anything is timed. Not counted.
 */
function warmUp(corpus: readonly BenchArticle[], opt: Options): void {
  const warm = prefixOf(corpus, opt.warmupMb * MB);
  runPipeline(warm, new Meter(), newState(opt.syntax));
  runTokenize(warm, new Meter());
}

interface PipelineRun {
  pipe: Meter;
  tok: Meter;
  state: PipelineState;
  /** Resident memory after each chunk: flat when nothing accumulates across articles. */
  rssCurve: number[];
  /** Live heap after a full GC at the end of each chunk. */
  heapCurve: number[];
  peakRssMb: number;
}

/**
 * The pipeline and the wink floor alternate chunk by chunk, so that both see the same machine
 * load (other processes come and go) and the ratio between them stays meaningful.
 */
function measurePipeline(corpus: Corpus, syntax: boolean): PipelineRun {
  const pipe = new Meter();
  const tok = new Meter();
  const state = newState(syntax);
  const bar = progress("pipeline + wink floor", 2 * corpus.size.bytes);
  const rssCurve: number[] = [];
  const heapCurve: number[] = [];
  for (const chunk of chunksOf(corpus.articles, CHUNK)) {
    runPipeline(chunk, pipe, state, bar.tick);
    runTokenize(chunk, tok, bar.tick);
    rssCurve.push(round(process.memoryUsage().rss / MB));
    if (gc) {
      gc();
      heapCurve.push(round(process.memoryUsage().heapUsed / MB));
    }
  }
  bar.end();
  return { pipe, tok, state, rssCurve, heapCurve, peakRssMb: rssMb() };
}

interface CompromiseRun {
  slice: BenchArticle[];
  sliceSize: { bytes: number; words: number };
  /** False when compromise is not installed or the slice is empty. */
  ran: boolean;
  comp: Meter;
  pipeOnSlice: Meter;
}

/** compromise on a prefix of the same corpus, alternating with the pipeline on the same chunks. */
async function measureCompromise(corpus: readonly BenchArticle[], opt: Options): Promise<CompromiseRun> {
  const slice = prefixOf(corpus, opt.compromiseMb * MB);
  const sliceSize = totals(slice);
  const nlp = slice.length ? await loadCompromise() : null;
  if (!nlp && slice.length)
    note("bench: compromise is not installed (a dev dependency); its figures are null");
  const comp = new Meter();
  const pipeOnSlice = new Meter();
  if (nlp) {
    runCompromise(nlp, slice.slice(0, 5), new Meter()); // warm-up
    const cbar = progress("compromise + pipeline", 2 * sliceSize.bytes);
    for (const chunk of chunksOf(slice, CHUNK / 4)) {
      runCompromise(nlp, chunk, comp, cbar.tick);
      runPipeline(chunk, pipeOnSlice, newState(opt.syntax), cbar.tick);
    }
    cbar.end();
  }
  return { slice, sliceSize, ran: nlp !== null, comp, pipeOnSlice };
}

/** Each stage's share of the pipeline's wall time and its mean ms per article; "other" is the rest. */
function stageFigures(run: PipelineRun, perArticle: number) {
  const { pipe, state } = run;
  const stageMs: Record<string, number> = {};
  let stagesTotal = 0;
  for (const [stage, ms] of Object.entries(state.timings)) {
    stageMs[stage] = ms ?? 0;
    stagesTotal += ms ?? 0;
  }
  stageMs.other = Math.max(0, pipe.wallMs - stagesTotal);
  const stageShare: Record<string, number> = {};
  const stageMsPerArticle: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(stageMs)) {
    stageShare[stage] = round(ms / pipe.wallMs, 4);
    stageMsPerArticle[stage] = round(ms / perArticle, 3);
  }
  return { stageShare, stageMsPerArticle };
}

function benchResult(
  corpus: Corpus,
  run: PipelineRun,
  comparison: CompromiseRun,
  loadAtStart: number[],
): BenchResult {
  const { pipe, tok, state } = run;
  const { comp, pipeOnSlice, ran } = comparison;
  const secs = pipe.wallMs / 1000;
  const wordsPerSec = pipe.wordsPerSec();
  const baselineTokenizeWordsPerSec = tok.wordsPerSec();
  const compromiseWordsPerSec = ran ? comp.wordsPerSec() : null;
  const speedupVsCompromise = compromiseWordsPerSec
    ? pipeOnSlice.wordsPerSec() / compromiseWordsPerSec
    : null;
  const n = Math.max(1, pipe.articles + state.failed);
  const { stageShare, stageMsPerArticle } = stageFigures(run, n);
  return {
    articlesPerSec: round(pipe.articles / secs),
    wordsPerSec: Math.round(wordsPerSec),
    mbPerSec: round(pipe.bytes / MB / secs, 3),
    baselineTokenizeWordsPerSec: Math.round(baselineTokenizeWordsPerSec),
    ratioToTokenize: round(wordsPerSec / baselineTokenizeWordsPerSec, 4),
    compromiseWordsPerSec: compromiseWordsPerSec === null ? null : Math.round(compromiseWordsPerSec),
    pipelineWordsPerSecOnCompromiseSlice: ran ? Math.round(pipeOnSlice.wordsPerSec()) : null,
    speedupVsCompromise: speedupVsCompromise === null ? null : round(speedupVsCompromise, 2),
    peakRssMb: round(run.peakRssMb),
    peakRssMbWithCompromise: round(rssMb()),
    rssMbPerChunk: run.rssCurve,
    liveHeapMbPerChunk: run.heapCurve,
    stageShare,
    stageMsPerArticle,
    msPerArticle: round(pipe.wallMs / n, 3),
    cpu: {
      wordsPerCpuSec: Math.round(pipe.wordsPerCpuSec()),
      articlesPerCpuSec: round(pipe.cpuMs > 0 ? pipe.articles / (pipe.cpuMs / 1000) : 0),
      baselineTokenizeWordsPerCpuSec: Math.round(tok.wordsPerCpuSec()),
      compromiseWordsPerCpuSec: ran ? Math.round(comp.wordsPerCpuSec()) : null,
      pipelineCpuPerWall: round(pipe.cpuMs / pipe.wallMs, 2),
    },
    mb: round(corpus.size.bytes / MB, 2),
    articles: corpus.articles.length,
    words: corpus.size.words,
    failures: state.failed,
    distinctArticles: corpus.base.length,
    distinctMb: round(corpus.baseSize.bytes / MB, 2),
    compromiseMb: round(comparison.sliceSize.bytes / MB, 2),
    compromiseArticles: comparison.slice.length,
    found: state.found,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      node: process.version,
      loadavg1m: round(loadAtStart[0], 2),
    },
  };
}

/** The human-readable lines on stdout: throughput, the references, the stages, what was found. */
function printSummary(result: BenchResult, failures: readonly { id: string; error: string }[]): void {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const fmt = (x: number | null) => (x === null ? "n/a" : Math.round(x).toLocaleString("en-US"));
  log(
    `dossier bench: ${result.mb} MB, ${result.articles} articles (${result.distinctArticles} distinct, ${result.distinctMb} MB), ${result.words.toLocaleString("en-US")} words`,
  );
  log(
    `machine: ${result.machine.nproc} cpu (${result.machine.cpu}), node ${result.machine.node}, load ${result.machine.loadavg1m} at start`,
  );
  log("");
  log(
    `pipeline        ${result.articlesPerSec} articles/s  ${fmt(result.wordsPerSec)} words/s  ${result.mbPerSec} MB/s  ${result.msPerArticle} ms/article`,
  );
  log(
    `                ${fmt(result.cpu.wordsPerCpuSec)} words per CPU-second (cpu/wall ${result.cpu.pipelineCpuPerWall}), peak RSS ${result.peakRssMb} MB`,
  );
  log(
    `wink floor      ${fmt(result.baselineTokenizeWordsPerSec)} words/s; the pipeline runs at ${pct(result.ratioToTokenize)} of it`,
  );
  if (result.compromiseWordsPerSec !== null)
    log(
      `compromise      ${fmt(result.compromiseWordsPerSec)} words/s on ${result.compromiseMb} MB; the pipeline on the same text: ${fmt(result.pipelineWordsPerSecOnCompromiseSlice)} words/s (${result.speedupVsCompromise}x)`,
    );
  log("");
  log("stage        share   ms/article");
  for (const [stage, share] of Object.entries(result.stageShare))
    log(
      `${stage.padEnd(12)} ${pct(share).padStart(6)}   ${result.stageMsPerArticle[stage].toFixed(3).padStart(8)}`,
    );
  log("");
  const { found } = result;
  log(
    `found: ${found.entities} entities, ${found.quotes} quotes, ${found.timexes} timexes, ${found.techniques} techniques`,
  );
  if (result.failures)
    log(`FAILED: ${result.failures} articles threw; first: ${failures[0].id}: ${failures[0].error}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
});
