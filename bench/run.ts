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
import { defaultDataDir } from "../eval/data.js";
import { analyze, type StageName } from "../src/analyze.js";
import { tokenizeOnly } from "../src/language/index.js";
import { type BenchArticle, cycleTo, loadSources, prefixOf, totals } from "./corpus.js";

const MB = 1024 * 1024;

interface Options {
  mb: number;
  compromiseMb: number;
  warmupMb: number;
  json: boolean;
  data: string;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      mb: { type: "string", default: "10" },
      "compromise-mb": { type: "string", default: "1" },
      "warmup-mb": { type: "string", default: "0.5" },
      json: { type: "boolean", default: false },
      data: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      "usage: npm run bench -- [--mb N] [--compromise-mb N] [--warmup-mb N] [--data DIR] [--json]\n",
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
    data: values.data ?? defaultDataDir(),
  };
}

/** A progress line on stderr, only on a terminal, at most five updates a second. */
function progress(label: string, total: number): { tick(done: number): void; end(): void } {
  if (!process.stderr.isTTY) return { tick() {}, end() {} };
  let last = 0;
  return {
    tick(done: number) {
      const now = performance.now();
      if (now - last < 200 && done < total) return;
      last = now;
      const pct = total ? Math.floor((100 * done) / total) : 100;
      process.stderr.write(
        `\r${label.padEnd(22)} ${(done / MB).toFixed(1)}/${(total / MB).toFixed(1)} MB ${pct}%`,
      );
    },
    end() {
      process.stderr.write("\r\x1b[K");
    },
  };
}

const rssMb = () => process.resourceUsage().maxRSS / 1024;
const round = (n: number, digits = 1) => {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
};

interface PipelineRun {
  /** Wall milliseconds per article, in corpus order (NaN for an article that threw). */
  perArticleMs: Float64Array;
  totalMs: number;
  cpuMs: number;
  timings: Partial<Record<StageName, number>>;
  failures: { id: string; error: string }[];
  found: { entities: number; quotes: number; timexes: number; techniques: number };
}

function runPipeline(articles: readonly BenchArticle[], label: string, bytes: number): PipelineRun {
  const perArticleMs = new Float64Array(articles.length);
  const timings: Partial<Record<StageName, number>> = {};
  const failures: { id: string; error: string }[] = [];
  const found = { entities: 0, quotes: 0, timexes: 0, techniques: 0 };
  const bar = progress(label, bytes);
  let done = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const s = performance.now();
    try {
      const r = analyze({ id: a.id, text: a.text, dct: a.dct ?? null }, { timings });
      perArticleMs[i] = performance.now() - s;
      found.entities += r.entities.length;
      found.quotes += r.quotes.length;
      found.timexes += r.timexes.length;
      found.techniques += r.techniques.length;
    } catch (e) {
      perArticleMs[i] = Number.NaN;
      if (failures.length < 1000) failures.push({ id: a.id, error: (e as Error)?.message ?? String(e) });
    }
    done += a.bytes;
    bar.tick(done);
  }
  const totalMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  bar.end();
  return { perArticleMs, totalMs, cpuMs: (cpu.user + cpu.system) / 1000, timings, failures, found };
}

function runTokenize(articles: readonly BenchArticle[], bytes: number): { ms: number; tokens: number } {
  const bar = progress("wink tokenise", bytes);
  let tokens = 0;
  let done = 0;
  const t0 = performance.now();
  for (const a of articles) {
    tokens += tokenizeOnly(a.text).tokens;
    done += a.bytes;
    bar.tick(done);
  }
  const ms = performance.now() - t0;
  bar.end();
  return { ms, tokens };
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
  bytes: number,
): { ms: number; found: number } {
  const bar = progress("compromise", bytes);
  let found = 0;
  let done = 0;
  const t0 = performance.now();
  for (const a of articles) {
    const doc = nlp(a.text);
    found += doc.people().out("array").length;
    found += doc.places().out("array").length;
    found += doc.organizations().out("array").length;
    done += a.bytes;
    bar.tick(done);
  }
  const ms = performance.now() - t0;
  bar.end();
  return { ms, found };
}

async function main(): Promise<void> {
  const opt = parseOptions(process.argv.slice(2));
  const log = (s = "") => process.stdout.write(`${s}\n`);
  const note = (s: string) => process.stderr.write(`${s}\n`);
  const loadAtStart = loadavg();

  const { articles: base, missing } = loadSources(opt.data);
  for (const m of missing) note(`bench: skipping missing dataset ${m}`);
  if (base.length === 0)
    throw new Error(`no article texts under '${opt.data}': pass --data DIR or set DOSSIER_DATA`);
  const corpus = cycleTo(base, opt.mb * MB);
  const size = totals(corpus);
  const baseSize = totals(base);

  // Warm-up: the first articles through every path, so that lexicons are loaded and the JIT has
  // compiled the hot code before anything is timed. Not counted.
  const warm = prefixOf(corpus, opt.warmupMb * MB);
  runPipeline(warm, "warm-up", totals(warm).bytes);
  for (const a of warm) tokenizeOnly(a.text);

  const pipe = runPipeline(corpus, "pipeline", size.bytes);
  const peakRssMb = rssMb();
  const ok = pipe.perArticleMs.filter((ms) => !Number.isNaN(ms)).length;
  const okWords = corpus.reduce((n, a, i) => n + (Number.isNaN(pipe.perArticleMs[i]) ? 0 : a.words), 0);
  const secs = pipe.totalMs / 1000;
  const articlesPerSec = ok / secs;
  const wordsPerSec = okWords / secs;

  const tok = runTokenize(corpus, size.bytes);
  const baselineTokenizeWordsPerSec = size.words / (tok.ms / 1000);

  // compromise on a prefix of the same corpus; the pipeline's own speed on exactly that prefix
  // (from the per-article times above) is what it is compared with.
  const slice = prefixOf(corpus, opt.compromiseMb * MB);
  const sliceSize = totals(slice);
  let sliceMs = 0;
  let sliceWords = 0;
  for (let i = 0; i < slice.length; i++)
    if (!Number.isNaN(pipe.perArticleMs[i])) {
      sliceMs += pipe.perArticleMs[i];
      sliceWords += slice[i].words;
    }
  const pipelineSliceWordsPerSec = sliceMs > 0 ? sliceWords / (sliceMs / 1000) : null;
  const nlp = slice.length ? await loadCompromise() : null;
  if (!nlp && slice.length)
    note("bench: compromise is not installed (a dev dependency); its figures are null");
  let compromiseWordsPerSec: number | null = null;
  if (nlp) {
    runCompromise(nlp, slice.slice(0, Math.min(5, slice.length)), 0); // warm-up
    const c = runCompromise(nlp, slice, sliceSize.bytes);
    compromiseWordsPerSec = sliceSize.words / (c.ms / 1000);
  }
  const speedupVsCompromise =
    compromiseWordsPerSec && pipelineSliceWordsPerSec
      ? pipelineSliceWordsPerSec / compromiseWordsPerSec
      : null;

  const stageMs: Record<string, number> = {};
  let stagesTotal = 0;
  for (const [stage, ms] of Object.entries(pipe.timings)) {
    stageMs[stage] = ms ?? 0;
    stagesTotal += ms ?? 0;
  }
  stageMs.other = Math.max(0, pipe.totalMs - stagesTotal);
  const stageShare: Record<string, number> = {};
  const stageMsPerArticle: Record<string, number> = {};
  for (const [stage, ms] of Object.entries(stageMs)) {
    stageShare[stage] = round(ms / pipe.totalMs, 4);
    stageMsPerArticle[stage] = round(ms / corpus.length, 3);
  }

  const result = {
    articlesPerSec: round(articlesPerSec),
    wordsPerSec: Math.round(wordsPerSec),
    mbPerSec: round(size.bytes / MB / secs, 3),
    baselineTokenizeWordsPerSec: Math.round(baselineTokenizeWordsPerSec),
    ratioToTokenize: round(wordsPerSec / baselineTokenizeWordsPerSec, 4),
    compromiseWordsPerSec: compromiseWordsPerSec === null ? null : Math.round(compromiseWordsPerSec),
    pipelineWordsPerSecOnCompromiseSlice:
      pipelineSliceWordsPerSec === null ? null : Math.round(pipelineSliceWordsPerSec),
    speedupVsCompromise: speedupVsCompromise === null ? null : round(speedupVsCompromise, 2),
    peakRssMb: round(peakRssMb),
    peakRssMbWithReferences: round(rssMb()),
    stageShare,
    stageMsPerArticle,
    msPerArticle: round(pipe.totalMs / corpus.length, 3),
    cpuPerWall: round(pipe.cpuMs / pipe.totalMs, 2),
    mb: round(size.bytes / MB, 2),
    articles: corpus.length,
    words: size.words,
    failures: corpus.length - ok,
    distinctArticles: base.length,
    distinctMb: round(baseSize.bytes / MB, 2),
    compromiseMb: round(sliceSize.bytes / MB, 2),
    compromiseArticles: slice.length,
    found: pipe.found,
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      node: process.version,
      loadavg1m: round(loadAtStart[0], 2),
    },
  };

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const fmt = (n: number | null) => (n === null ? "n/a" : Math.round(n).toLocaleString("en-US"));
  log(
    `dossier bench: ${result.mb} MB, ${result.articles} articles (${result.distinctArticles} distinct, ${result.distinctMb} MB), ${size.words.toLocaleString("en-US")} words`,
  );
  log(
    `machine: ${result.machine.nproc} cpu (${result.machine.cpu}), node ${process.version}, load ${result.machine.loadavg1m}`,
  );
  log("");
  log(
    `pipeline            ${result.articlesPerSec} articles/s   ${fmt(wordsPerSec)} words/s   ${result.mbPerSec} MB/s`,
  );
  log(
    `                    ${result.msPerArticle} ms/article, cpu/wall ${result.cpuPerWall}, peak RSS ${result.peakRssMb} MB`,
  );
  log(
    `wink tokenise       ${fmt(baselineTokenizeWordsPerSec)} words/s  (pipeline runs at ${pct(result.ratioToTokenize)} of this floor)`,
  );
  if (compromiseWordsPerSec !== null)
    log(
      `compromise          ${fmt(compromiseWordsPerSec)} words/s on ${result.compromiseMb} MB  (pipeline on the same slice: ${fmt(pipelineSliceWordsPerSec)} words/s, ${result.speedupVsCompromise}x)`,
    );
  log("");
  log("stage        share     ms/article");
  for (const [stage, share] of Object.entries(stageShare))
    log(`${stage.padEnd(12)} ${pct(share).padStart(6)}   ${stageMsPerArticle[stage].toFixed(3).padStart(9)}`);
  log("");
  log(
    `found: ${pipe.found.entities} entities, ${pipe.found.quotes} quotes, ${pipe.found.timexes} timexes, ${pipe.found.techniques} techniques`,
  );
  if (result.failures) {
    log(
      `FAILED: ${result.failures} articles threw; first: ${pipe.failures[0].id}: ${pipe.failures[0].error}`,
    );
  }
  if (opt.json) log(JSON.stringify(result));
}

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${(e as Error)?.message ?? String(e)}\n`);
  process.exit(1);
});
