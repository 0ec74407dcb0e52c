/**
 * The corpus query commands: stats, search, quotes, speakers, timeline, clusters and export, each
 * reading a store that `dossier ingest` wrote. JSON lists are written item by item, so a listing
 * of a million quotes never becomes one string.
 */
import { isIsoDate, ISO_FORMS } from "../document/dct.js";
import { InputError } from "../document/errors.js";
import { csvLine } from "../corpus/csv.js";
import { openStore, storeLocation } from "../corpus/store/index.js";
import { type CorpusStore, LAYERS, type Layer, type QueryFilters } from "../corpus/store/types.js";
import {
  clusterText,
  quoteText,
  SPEAKERS_HEADER,
  searchHitText,
  speakerText,
  statsText,
  timelineText,
} from "./corpus-text.js";
import { checkOutPath, Output } from "./output.js";

export interface QueryOptions {
  db?: string;
  format?: string;
  limit?: string;
  speaker?: string;
  outlet?: string;
  from?: string;
  to?: string;
  entity?: string;
  minSize?: string;
  layer?: string;
  out?: string;
}

/** How many items a text listing shows unless --limit says otherwise. */
const TEXT_LIMIT = 50;

function textOrJson(format: string | undefined): "text" | "json" {
  if (format === undefined || format === "text" || format === "json") return format ?? "text";
  throw new InputError(`--format '${format}' is not one of text, json`);
}

function count(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new InputError(`${option} '${value}' is not a whole number`);
  return Number(value);
}

function isoOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value))
    throw new InputError(`${option} '${value}' is not an ISO 8601 date: use ${ISO_FORMS}`);
  return value.trim();
}

function filtersOf(options: QueryOptions): QueryFilters {
  return {
    speaker: options.speaker,
    outlet: options.outlet,
    from: isoOption(options.from, "--from"),
    to: isoOption(options.to, "--to"),
    limit: count(options.limit, "--limit"),
  };
}

/** Runs `work` on the store named by --db or DOSSIER_DB (which must exist), closing it after. */
async function withStore(options: QueryOptions, work: (store: CorpusStore, db: string) => Promise<void>) {
  const db = storeLocation(options.db);
  const store = await openStore(db);
  try {
    await work(store, db);
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * A listing: JSON (an array, one item per line) or text lines. A text listing without --limit
 * stops at TEXT_LIMIT items and says that there are more.
 */
async function writeList<T>(
  items: (limit: number | undefined) => Iterable<T> | AsyncIterable<T>,
  format: "text" | "json",
  limit: number | undefined,
  toText: (item: T, rank: number) => string,
  empty: string,
): Promise<void> {
  const out = new Output();
  const textLimit = limit ?? TEXT_LIMIT;
  // text asks for one item more than it shows, to know whether to say there are more
  const wanted = format === "json" ? limit : textLimit === 0 ? undefined : textLimit + 1;
  let i = 0;
  if (format === "json") await out.write("[");
  for await (const item of items(wanted)) {
    if (format === "json") await out.write(`${i ? "," : ""}\n${JSON.stringify(item)}`);
    else if (textLimit === 0 || i < textLimit) await out.write(`${toText(item, i + 1)}\n`);
    else {
      await out.write(`… more: give --limit N (0 for all) or --format json\n`);
      break;
    }
    i++;
  }
  if (format === "json") await out.write(i ? "\n]\n" : "]\n");
  else if (i === 0) process.stderr.write(`dossier: ${empty}\n`);
}

export function statsCommand(options: QueryOptions) {
  const format = textOrJson(options.format);
  return withStore(options, async (store, db) => {
    const stats = await store.stats();
    const out = new Output();
    await out.write(format === "json" ? `${JSON.stringify(stats, null, 2)}\n` : `${statsText(stats, db)}\n`);
  });
}

export function searchCommand(query: string, options: QueryOptions) {
  const format = textOrJson(options.format);
  const filters = filtersOf(options);
  return withStore(options, async (store) => {
    const hits = await store.search(query, { ...filters, limit: filters.limit ?? 20 });
    await writeList(() => hits, format, 0, searchHitText, "no article matches");
  });
}

export function quotesCommand(options: QueryOptions) {
  const format = textOrJson(options.format);
  const filters = filtersOf(options);
  return withStore(options, (store) =>
    writeList(
      (limit) => store.quotes({ ...filters, limit }),
      format,
      filters.limit,
      quoteText,
      "no quotes found",
    ),
  );
}

export function speakersCommand(options: QueryOptions) {
  const format = textOrJson(options.format);
  const filters = filtersOf(options);
  return withStore(options, async (store) => {
    const rows = await store.speakers({ ...filters, limit: filters.limit ?? 50 });
    if (format === "text" && rows.length) process.stdout.write(`${SPEAKERS_HEADER}\n`);
    await writeList(() => rows, format, 0, speakerText, "no speakers found");
  });
}

export function timelineCommand(options: QueryOptions) {
  const format = textOrJson(options.format);
  const filters = { ...filtersOf(options), entity: options.entity };
  return withStore(options, (store) =>
    writeList(
      (limit) => store.timeline({ ...filters, limit }),
      format,
      filters.limit,
      timelineText,
      "no dated events found",
    ),
  );
}

export function clustersCommand(options: QueryOptions) {
  const format = textOrJson(options.format);
  const minSize = count(options.minSize, "--min-size") ?? 2;
  const limit = count(options.limit, "--limit");
  return withStore(options, (store) =>
    writeList(
      (l) => store.clusters({ speaker: options.speaker, minSize: Math.max(1, minSize), limit: l }),
      format,
      limit,
      clusterText,
      `no statement is reported ${minSize} times or more`,
    ),
  );
}

export function exportCommand(options: QueryOptions) {
  const format = options.format ?? "csv";
  if (format !== "csv" && format !== "jsonl")
    throw new InputError(`--format '${format}' is not one of csv, jsonl`);
  const layer = options.layer as Layer;
  if (!LAYERS.includes(layer))
    throw new InputError(
      options.layer
        ? `--layer '${options.layer}' is not one of ${LAYERS.join(", ")}`
        : `give --layer ${LAYERS.join("|")}`,
    );
  if (options.out) checkOutPath(options.out, [storeLocation(options.db)]);
  return withStore(options, async (store) => {
    const out = new Output(options.out);
    if (format === "csv") await out.write(csvLine(await store.layerColumns(layer)));
    for await (const row of store.exportLayer(layer))
      await out.write(format === "jsonl" ? `${JSON.stringify(row)}\n` : csvLine(Object.values(row)));
    await out.close();
  });
}
