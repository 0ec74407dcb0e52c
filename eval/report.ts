/** What every scorer returns: named figures, a printable table, and notes on what is missing. */
export interface EvalReport {
  task: string;
  /** The dataset file scored, for the record. */
  data: string;
  /** Headline figures, e.g. { f1: 0.95, precision: 0.93, recall: 0.97 }. */
  figures: Record<string, number>;
  /** Rows of a human-readable table: the first row is the header. */
  table: (string | number)[][];
  /** Lines explaining failures or what is still missing (for the seed check). */
  notes?: string[];
}

export interface EvalOptions {
  /** Folder holding the datasets (../shared/data by default). */
  dataDir: string;
  /** `dataDir` was given by the user (--data): it must hold the data, no built-in fallback. */
  explicitData?: boolean;
  /** Score only the first N documents. */
  limit?: number;
  /** Called after each document with (done, total), for a progress bar. */
  progress?: (done: number, total: number) => void;
}

/** Formats a table of rows with aligned columns. */
export function formatTable(rows: (string | number)[][]): string {
  const cells = rows.map((r) =>
    r.map((c) => (typeof c === "number" ? (Number.isInteger(c) ? String(c) : c.toFixed(3)) : c)),
  );
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (c ?? "").padEnd(widths[i]))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}
