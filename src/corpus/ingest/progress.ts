/**
 * Ingest progress on stderr: a bar with articles/s and the time left (from the bytes read) on a
 * terminal; otherwise one plain line every few seconds, so logs of long runs show it is alive.
 */
import cliProgress from "cli-progress";

export interface IngestCounts {
  stored: number;
  unchanged: number;
  replaced: number;
  failed: number;
  /** Files in folders that are not articles (images, ...). */
  ignored: number;
}

export interface IngestProgress {
  update(counts: IngestCounts, bytesRead: number): void;
  stop(): void;
}

/** Seconds between plain progress lines. */
const PLAIN_EVERY_S = 10;

export const articlesDone = (c: IngestCounts) => c.stored + c.unchanged + c.replaced + c.failed;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

function terminalBar(totalBytes: number | null): IngestProgress {
  const known = totalBytes !== null && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      format: known
        ? "ingest [{bar}] {percentage}% | {articles} articles, {rate}/s | {eta_formatted} left"
        : "ingest {articles} articles, {rate}/s",
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 100,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  bar.start(known ? totalBytes : 1, 0, { articles: 0, rate: "0" });
  return {
    update(counts, bytesRead) {
      const done = articlesDone(counts);
      const rate = (done / ((performance.now() - t0) / 1000)).toFixed(1);
      bar.update(known ? Math.min(bytesRead, totalBytes) : 0, { articles: done, rate });
    },
    stop: () => bar.stop(),
  };
}

function plainLines(totalBytes: number | null): IngestProgress {
  const t0 = performance.now();
  let last = t0;
  return {
    update(counts, bytesRead) {
      const now = performance.now();
      if (now - last < PLAIN_EVERY_S * 1000) return;
      last = now;
      const done = articlesDone(counts);
      const rate = (done / ((now - t0) / 1000)).toFixed(1);
      const read = totalBytes ? `${mb(bytesRead)} of ${mb(totalBytes)}` : mb(bytesRead);
      process.stderr.write(
        `dossier: ingest: ${done} articles (${counts.stored} stored, ${counts.unchanged} unchanged, ` +
          `${counts.replaced} replaced, ${counts.failed} failed), ${read} read, ${rate} articles/s\n`,
      );
    },
    stop() {},
  };
}

export function ingestProgress(totalBytes: number | null): IngestProgress {
  return process.stderr.isTTY ? terminalBar(totalBytes) : plainLines(totalBytes);
}
