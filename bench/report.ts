/** The benchmark's figures as Markdown tables (for docs/PERFORMANCE.md): pure formatting. */

export interface BenchResult {
  articlesPerSec: number;
  wordsPerSec: number;
  mbPerSec: number;
  baselineTokenizeWordsPerSec: number;
  ratioToTokenize: number;
  compromiseWordsPerSec: number | null;
  pipelineWordsPerSecOnCompromiseSlice: number | null;
  speedupVsCompromise: number | null;
  peakRssMb: number;
  peakRssMbWithCompromise: number;
  /** Our tagger and parser alone over every sentence of the timed texts (bench/syntax-speed.ts). */
  syntaxWordsPerSec: number;
  syntaxWordsPerCpuSec: number;
  /** words/s of the pipeline on 1 and N worker threads (median of the runs); null with --workers 0. */
  workers: Record<number, number> | null;
  workersSpeedup: number | null;
  /** Peak resident memory of the process running the pipeline on one worker thread. */
  peakRssMbSingleWorker: number | null;
  workerRuns: {
    workers: number;
    wordsPerSec: number;
    articlesPerSec: number;
    cpuPerWall: number;
    peakRssMb: number;
    loadavg1m: number;
  }[];
  /** `dossier --version`, wall ms (best of 5); null with --no-startup. */
  startupMs: number | null;
  /** `dossier analyze - --format json` of one paragraph, wall ms (best of 5). */
  oneParagraphMs: number | null;
  /** Resident memory (MB) after each chunk of the pipeline + floor run. */
  rssMbPerChunk: number[];
  /** Heap in use (MB) after each chunk, no collection forced. */
  heapUsedMbPerChunk: number[];
  /** Live heap (MB) after one full collection once everything was timed (null if none could be forced). */
  liveHeapMbAfterRun: number | null;
  stageShare: Record<string, number>;
  stageMsPerArticle: Record<string, number>;
  msPerArticle: number;
  cpu: {
    wordsPerCpuSec: number;
    articlesPerCpuSec: number;
    baselineTokenizeWordsPerCpuSec: number;
    compromiseWordsPerCpuSec: number | null;
    pipelineCpuPerWall: number;
  };
  mb: number;
  warmupMb: number;
  articles: number;
  words: number;
  failures: number;
  distinctArticles: number;
  distinctMb: number;
  compromiseMb: number;
  compromiseArticles: number;
  found: { entities: number; quotes: number; timexes: number; techniques: number };
  machine: { nproc: number; cpu: string; node: string; loadavg1m: number; loadavg1mAtEnd: number };
}

const n = (x: number | null) => (x === null ? "n/a" : x.toLocaleString("en-US"));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const workerCells = (r: BenchResult) =>
  r.workers
    ? Object.entries(r.workers).map(
        ([w, v]) => `| pipeline on ${w} worker thread${w === "1" ? "" : "s"}, words/s | ${n(v)} |`,
      )
    : [];

export function resultMarkdown(r: BenchResult, command: string): string {
  const lines = [
    `Command: \`${command}\``,
    "",
    `Machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), Node ${r.machine.node}, 1-minute load ${r.machine.loadavg1m} at start, ${r.machine.loadavg1mAtEnd} at the end.`,
    `Corpus: ${r.mb} MB, ${n(r.articles)} distinct articles (of ${n(r.distinctArticles)}, ${r.distinctMb} MB), each once, ${n(r.words)} words; warm-up ${r.warmupMb} MB of other texts.`,
    "",
    "| figure | value |",
    "|---|---:|",
    `| articles/s | ${n(r.articlesPerSec)} |`,
    `| words/s | ${n(r.wordsPerSec)} |`,
    `| MB/s | ${r.mbPerSec} |`,
    `| ms per article (mean) | ${r.msPerArticle} |`,
    `| words per CPU-second | ${n(r.cpu.wordsPerCpuSec)} |`,
    `| articles per CPU-second | ${n(r.cpu.articlesPerCpuSec)} |`,
    `| CPU / wall during the pipeline | ${r.cpu.pipelineCpuPerWall} |`,
    `| peak RSS (pipeline + wink floor) | ${r.peakRssMb} MB |`,
    `| peak RSS (after compromise too) | ${r.peakRssMbWithCompromise} MB |`,
    `| RSS after each chunk | ${r.rssMbPerChunk.join(", ")} MB |`,
    `| heap in use after each chunk (no collection forced) | ${r.heapUsedMbPerChunk.join(", ")} MB |`,
    `| live heap after the run (one full collection) | ${r.liveHeapMbAfterRun === null ? "n/a" : `${r.liveHeapMbAfterRun} MB`} |`,
    `| wink-nlp tokenise + sentences (floor), words/s | ${n(r.baselineTokenizeWordsPerSec)} |`,
    `| pipeline / floor (ratioToTokenize) | ${r.ratioToTokenize} |`,
    `| compromise people/places/organisations, words/s (${r.compromiseMb} MB) | ${n(r.compromiseWordsPerSec)} |`,
    `| pipeline on that same slice, words/s | ${n(r.pipelineWordsPerSecOnCompromiseSlice)} |`,
    `| speedupVsCompromise | ${r.speedupVsCompromise === null ? "n/a" : `${r.speedupVsCompromise}x`} |`,
    `| tag + parse alone, every sentence, words/s (per CPU-second) | ${n(r.syntaxWordsPerSec)} (${n(r.syntaxWordsPerCpuSec)}) |`,
    ...workerCells(r),
    `| N workers / 1 worker | ${r.workersSpeedup === null ? "n/a" : `${r.workersSpeedup}x`} |`,
    `| peak RSS, one worker's process | ${r.peakRssMbSingleWorker === null ? "n/a" : `${r.peakRssMbSingleWorker} MB`} |`,
    `| dossier --version (startupMs) | ${r.startupMs === null ? "n/a" : `${r.startupMs} ms`} |`,
    `| analyze one paragraph, wall | ${r.oneParagraphMs === null ? "n/a" : `${r.oneParagraphMs} ms`} |`,
    `| articles that threw | ${n(r.failures)} |`,
    "",
    "| stage | share of pipeline time | ms per article |",
    "|---|---:|---:|",
    ...Object.entries(r.stageShare).map(
      ([stage, share]) => `| ${stage} | ${pct(share)} | ${(r.stageMsPerArticle[stage] ?? 0).toFixed(3)} |`,
    ),
    "",
    `Found over the run: ${n(r.found.entities)} entities, ${n(r.found.quotes)} quotes, ${n(r.found.timexes)} time expressions, ${n(r.found.techniques)} techniques.`,
  ];
  return `${lines.join("\n")}\n`;
}
