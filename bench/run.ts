/**
 * Throughput and memory benchmark (`npm run bench [-- --json]`).
 *
 * The distinct article texts of the evaluation datasets, each once, go through the whole pipeline
 * (`analyze`) on the main thread, after a warm-up on other texts (./warmup.ts) and with per-stage
 * timings. In the same run, over the same texts, two references: wink-nlp's bare tokenisation and
 * sentence split (the floor every pipeline pays) and compromise extracting people, places and
 * organisations (timed on a 1 MB prefix, since it is much slower; the pipeline's speed on that
 * same prefix is what it is compared with). No garbage collection is forced while anything is
 * timed. Then the pipeline on 1 and N worker threads (each in a process of its own, which also
 * gives the peak memory of one worker) and the start-up of the command. Fixed order, no
 * randomness.
 *
 * With --json the last line of stdout is one JSON object with the figures.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { defaultDataDir } from "../eval/data.js";
import { progressBar } from "../src/cli/progress.js";
import { moderateHeapGrowth } from "../src/util/heap.js";
import { type BenchArticle, chunksOf, cycleTo, loadSources, prefixOf, totals } from "./corpus.js";
import { measureSyntax, type SyntaxSpeed } from "./syntax-speed.js";
import {
  loadCompromise,
  Meter,
  newState,
  type PipelineState,
  runCompromise,
  runPipeline,
  runTokenize,
} from "./measure.js";
import { type PoolRun, poolFigures } from "./pool-figures.js";
import { type BenchResult, resultMarkdown } from "./report.js";
import { startupFigures } from "./startup.js";
import { loadWarmup } from "./warmup.js";

const MB = 1024 * 1024;
/** Size of the chunks in which the pipeline and the floor alternate. */
const CHUNK = MB / 2;
/** Warm-up of compromise before it is timed (it is slow: a quarter of a megabyte). */
const COMPROMISE_WARMUP = MB / 4;

interface Options {
  mb: number;
  compromiseMb: number;
  warmupMb: number;
  workers: number;
  workerRepeat: number;
  startup: boolean;
  json: boolean;
  md: boolean;
  data: string;
  /** false with --no-syntax: the pipeline without dependency trees, to measure the parser's cost. */
  syntax: boolean;
}

const USAGE =
  "usage: npm run bench -- [--mb N] [--warmup-mb N] [--compromise-mb N] [--workers N] [--worker-repeat N]\n" +
  "                        [--no-startup] [--no-syntax] [--data DIR] [--md] [--json]\n";

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: "string" },
      "compromise-mb": { type: "string", default: "1" },
      "warmup-mb": { type: "string", default: "2" },
      workers: { type: "string", default: String(availableParallelism()) },
      "worker-repeat": { type: "string", default: "1" },
      "no-startup": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      md: { type: "boolean", default: false },
      data: { type: "string" },
      "no-syntax": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const num = (name: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number >= ${min}, got '${v}'`);
    return n;
  };
  return {
    mb: values.mb === undefined ? Infinity : num("mb", values.mb, 0.01),
    compromiseMb: num("compromise-mb", values["compromise-mb"], 0),
    warmupMb: num("warmup-mb", values["warmup-mb"], 0),
    workers: num("workers", values.workers, 0),
    workerRepeat: num("worker-repeat", values["worker-repeat"], 1),
    startup: !values["no-startup"],
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

/** A full garbage collection, only once everything is timed: the live heap left after the run. */
function liveHeapMb(): number | null {
  try {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    if (typeof gc !== "function") return null;
    (gc as () => void)();
    return round(process.memoryUsage().heapUsed / MB);
  } catch {
    return null;
  }
}

const rssMb = () => process.resourceUsage().maxRSS / 1024;
const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

const log = (s = "") => process.stdout.write(`${s}\n`);
const note = (s: string) => process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  const opt = parseOptions(process.argv.slice(2));
  // the heap setting of the command line and its workers (src/util/heap.ts), for like figures
  moderateHeapGrowth();
  const loadAtStart = loadavg();
  const corpus = loadCorpus(opt);
  warmUp(opt);
  const run = measurePipeline(corpus, opt.syntax);
  const comparison = await measureCompromise(corpus.articles, opt);
  const live = liveHeapMb();
  const syntax = measureSyntax(corpus.articles);
  const pool = opt.workers > 0 ? measurePool(opt) : null;
  const startup = opt.startup ? startupFigures() : null;
  const result = benchResult({ corpus, run, comparison, live, syntax, pool, startup, loadAtStart, opt });
  printSummary(result, run.state.failures);
  if (opt.md) {
    log("");
    log(resultMarkdown(result, `npm run bench -- ${process.argv.slice(2).join(" ")}`.trim()));
  }
  if (opt.json) log(JSON.stringify(result));
}

interface Corpus {
  /** The timed texts: each distinct text once, in the interleaved order, up to --mb. */
  articles: BenchArticle[];
  size: { bytes: number; words: number };
  /** Every distinct text available. */
  distinct: { articles: number; bytes: number };
}

function loadCorpus(opt: Options): Corpus {
  const { articles: base, missing } = loadSources(opt.data);
  for (const m of missing) note(`bench: skipping missing dataset ${m}`);
  if (base.length === 0)
    throw new Error(`no article texts under '${opt.data}': pass --data DIR or set DOSSIER_DATA`);
  const articles = prefixOf(base, opt.mb * MB);
  if (opt.mb * MB > totals(base).bytes && Number.isFinite(opt.mb))
    note(
      `bench: --mb ${opt.mb} is more than the ${(totals(base).bytes / MB).toFixed(2)} MB of distinct texts: all of them, once`,
    );
  return { articles, size: totals(articles), distinct: { articles: base.length, bytes: totals(base).bytes } };
}

/**
 * Warm-up on texts the timed run never reads (./warmup.ts), through both timed paths, so that
 * lexicons are loaded and the compiler has optimised the hot code. Not counted.
 */
function warmUp(opt: Options): void {
  const texts = loadWarmup(opt.data);
  if (texts.length === 0) {
    note("bench: no warm-up texts (ud/, quotes/realnews-dev.jsonl, corpus/): the first texts run cold");
    return;
  }
  const warm = cycleTo(texts, opt.warmupMb * MB);
  runPipeline(warm, new Meter(), newState(opt.syntax));
  runTokenize(warm, new Meter());
}

interface PipelineRun {
  pipe: Meter;
  tok: Meter;
  state: PipelineState;
  /** Resident memory and heap in use after each chunk, without forcing a collection. */
  rssCurve: number[];
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
    const memory = process.memoryUsage();
    rssCurve.push(round(memory.rss / MB));
    heapCurve.push(round(memory.heapUsed / MB));
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
    const warm = loadWarmup(opt.data);
    runCompromise(nlp, warm.length ? cycleTo(warm, COMPROMISE_WARMUP) : slice.slice(0, 5), new Meter());
    const cbar = progress("compromise + pipeline", 2 * sliceSize.bytes);
    for (const chunk of chunksOf(slice, CHUNK / 2)) {
      runCompromise(nlp, chunk, comp, cbar.tick);
      runPipeline(chunk, pipeOnSlice, newState(opt.syntax), cbar.tick);
    }
    cbar.end();
  }
  return { slice, sliceSize, ran: nlp !== null, comp, pipeOnSlice };
}

interface PoolResult {
  runs: PoolRun[];
  wordsPerSec: Record<number, number>;
  n: number;
}

function measurePool(opt: Options): PoolResult {
  const counts = opt.workers === 1 ? [1] : [1, opt.workers];
  const { runs, wordsPerSec } = poolFigures(counts, {
    data: opt.data,
    warmupMb: opt.warmupMb,
    mb: opt.mb,
    repeat: opt.workerRepeat,
    note,
  });
  return { runs, wordsPerSec, n: opt.workers };
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

interface Measured {
  corpus: Corpus;
  run: PipelineRun;
  comparison: CompromiseRun;
  live: number | null;
  syntax: SyntaxSpeed;
  pool: PoolResult | null;
  startup: { startupMs: number; oneParagraphMs: number } | null;
  loadAtStart: number[];
  opt: Options;
}

/** The figures of the worker pools: words/s per worker count, the speed-up, one worker's memory. */
function poolResult(pool: PoolResult | null) {
  if (!pool) return { workers: null, workersSpeedup: null, peakRssMbSingleWorker: null, workerRuns: [] };
  const one = pool.wordsPerSec[1];
  const many = pool.wordsPerSec[pool.n];
  return {
    workers: pool.wordsPerSec,
    workersSpeedup: pool.n > 1 ? round(many / one, 2) : null,
    peakRssMbSingleWorker: round(
      Math.max(...pool.runs.filter((r) => r.workers === 1).map((r) => r.peakRssMb)),
    ),
    workerRuns: pool.runs.map((r) => ({
      workers: r.workers,
      wordsPerSec: Math.round(r.wordsPerSec),
      articlesPerSec: round(r.articlesPerSec),
      cpuPerWall: round(r.cpuPerWall, 2),
      peakRssMb: round(r.peakRssMb),
      loadavg1m: round(r.loadavg1m, 2),
    })),
  };
}

function benchResult(m: Measured): BenchResult {
  const { corpus, run, comparison } = m;
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
    syntaxWordsPerSec: m.syntax.wordsPerSec,
    syntaxWordsPerCpuSec: m.syntax.wordsPerCpuSec,
    ...poolResult(m.pool),
    startupMs: m.startup?.startupMs ?? null,
    oneParagraphMs: m.startup?.oneParagraphMs ?? null,
    rssMbPerChunk: run.rssCurve,
    heapUsedMbPerChunk: run.heapCurve,
    liveHeapMbAfterRun: m.live,
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
    warmupMb: m.opt.warmupMb,
    articles: corpus.articles.length,
    words: corpus.size.words,
    failures: state.failed,
    distinctArticles: corpus.distinct.articles,
    distinctMb: round(corpus.distinct.bytes / MB, 2),
    compromiseMb: round(comparison.sliceSize.bytes / MB, 2),
    compromiseArticles: comparison.slice.length,
    found: state.found,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      node: process.version,
      loadavg1m: round(m.loadAtStart[0], 2),
      loadavg1mAtEnd: round(loadavg()[0], 2),
    },
  };
}

/** The human-readable lines on stdout: throughput, the references, the stages, what was found. */
function printSummary(result: BenchResult, failures: readonly { id: string; error: string }[]): void {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const fmt = (x: number | null) => (x === null ? "n/a" : Math.round(x).toLocaleString("en-US"));
  log(
    `dossier bench: ${result.mb} MB, ${result.articles} distinct articles, ${result.words.toLocaleString("en-US")} words, after a ${result.warmupMb} MB warm-up on other texts`,
  );
  log(
    `machine: ${result.machine.nproc} cpu (${result.machine.cpu}), node ${result.machine.node}, load ${result.machine.loadavg1m} at start, ${result.machine.loadavg1mAtEnd} at the end`,
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
  log(
    `tag + parse     ${fmt(result.syntaxWordsPerSec)} words/s (${fmt(result.syntaxWordsPerCpuSec)} per CPU-second), every sentence, on one core`,
  );
  if (result.workers)
    log(
      `workers         ${Object.entries(result.workers)
        .map(([w, v]) => `${w}: ${fmt(v)} words/s`)
        .join(
          ", ",
        )}${result.workersSpeedup ? ` (${result.workersSpeedup}x)` : ""}; one worker's process peaks at ${result.peakRssMbSingleWorker} MB`,
    );
  if (result.startupMs !== null)
    log(
      `start-up        dossier --version ${result.startupMs} ms, one paragraph analysed ${result.oneParagraphMs} ms (wall, best of 5)`,
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
