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
  /** Resident memory (MB) after each 1 MB chunk of the pipeline + floor run. */
  rssMbPerChunk: number[];
  /** Live heap (MB) after a full GC at the end of each chunk (empty when GC could not be forced). */
  liveHeapMbPerChunk: number[];
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
  articles: number;
  words: number;
  failures: number;
  distinctArticles: number;
  distinctMb: number;
  compromiseMb: number;
  compromiseArticles: number;
  found: { entities: number; quotes: number; timexes: number; techniques: number };
  machine: { nproc: number; cpu: string; node: string; loadavg1m: number };
}

const n = (x: number | null) => (x === null ? "n/a" : x.toLocaleString("en-US"));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function resultMarkdown(r: BenchResult, command: string): string {
  const lines = [
    `Command: \`${command}\``,
    "",
    `Machine: ${r.machine.nproc} CPUs (${r.machine.cpu}), Node ${r.machine.node}, 1-minute load ${r.machine.loadavg1m} at start.`,
    `Corpus: ${r.mb} MB, ${n(r.articles)} articles (${n(r.distinctArticles)} distinct texts, ${r.distinctMb} MB, cycled), ${n(r.words)} words.`,
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
    `| RSS after each 1 MB chunk | ${r.rssMbPerChunk.join(", ")} MB |`,
    `| live heap after each chunk (after a full GC) | ${r.liveHeapMbPerChunk.length ? `${r.liveHeapMbPerChunk.join(", ")} MB` : "n/a"} |`,
    `| wink-nlp tokenise + sentences (floor), words/s | ${n(r.baselineTokenizeWordsPerSec)} |`,
    `| pipeline / floor (ratioToTokenize) | ${r.ratioToTokenize} |`,
    `| compromise people/places/organisations, words/s (${r.compromiseMb} MB) | ${n(r.compromiseWordsPerSec)} |`,
    `| pipeline on that same slice, words/s | ${n(r.pipelineWordsPerSecOnCompromiseSlice)} |`,
    `| speedupVsCompromise | ${r.speedupVsCompromise === null ? "n/a" : `${r.speedupVsCompromise}x`} |`,
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
