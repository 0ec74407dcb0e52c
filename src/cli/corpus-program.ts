/** The corpus commands on the `dossier` command line: ingest, then the views of the store. */
import type { Command } from "commander";
import type { QueryOptions } from "./corpus-commands.js";

// The store (better-sqlite3) and the ingest pool are imported when their command runs, so that
// --help, --version and the other commands do not load them.
const views = () => import("./corpus-commands.js");

const DB_HELP =
  "the store: a SQLite file or postgres://USER@HOST:PORT/DB (default: $DOSSIER_DB or ./dossier.db)";
const FORMAT_HELP = "text (default, fits the terminal) | json";
const LIMIT_TEXT = "at most N items (text shows 50 unless given; 0: all)";

/** --speaker, --outlet, --from, --to: what every listing can be narrowed by. */
function withFilters(command: Command): Command {
  return command
    .option(
      "--speaker <name>",
      "only speakers named NAME (its words start words of the name: peskov, 'dmitry pes')",
    )
    .option("--outlet <name>", "only outlets named NAME (same rule)")
    .option("--from <date>", "only articles dated on or after DATE (2016, 2016-03, 2016-03-12)")
    .option("--to <date>", "only articles dated up to DATE (--to 2016-03 includes all of March)");
}

function query(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option("--db <file>", DB_HELP)
    .option("-f, --format <format>", FORMAT_HELP);
}

function addIngest(program: Command): void {
  program
    .command("ingest")
    .description("analyse articles into a corpus store (SQLite), on all cores; re-runs add only what is new")
    .argument(
      "[paths...]",
      "text or HTML files, folders (recursive), .jsonl files, or - for JSON Lines on stdin",
    )
    .option("--db <file>", DB_HELP)
    .option("--workers <n>", "analysis threads (default: the number of cores)")
    .option("--queue <url>", "enqueue for `dossier worker`s instead: redis://HOST:PORT[/DB]")
    .option("-f, --format <format>", "the summary as text (default) | json")
    .addHelpText(
      "after",
      `
Examples:
  dossier ingest news/                        every .txt, .md, .html and .jsonl file under news/
  dossier ingest articles.jsonl --db corpus.db --workers 2
  zcat feed.jsonl.gz | dossier ingest - --db corpus.db
  dossier ingest news/ --db postgres://dossier@db.example/news
  dossier ingest news/ --queue redis://10.0.0.5:6379     then: dossier worker (see its --help)

An article's id is its JSONL record's "id", else a hash of its text. The same article again is a
no-op; the same id with another input replaces the stored one (reported on stderr). Articles are
committed in batches, each one whole: after a crash or kill, run the same command again and it
does only what is missing. A file or line that cannot be read or analysed is reported with its
path (and line) and skipped; the exit status is then 1.
`,
    )
    .action(async (paths: string[], options) => {
      const { ingestCommand } = await import("./ingest-command.js");
      process.exitCode = await ingestCommand(paths, options);
    });
}

function addViews(program: Command): void {
  query(program, "stats", "count what the store holds: articles, quotes, entities, speakers, clusters")
    .addHelpText("after", "\nExample:\n  dossier stats --db corpus.db --format json\n")
    .action(async (options: QueryOptions) => {
      process.exitCode = await (await views()).statsCommand(options);
    });

  withFilters(
    query(program, "search", "full-text search of the articles (with --speaker: of that speaker's quotes)"),
  )
    .argument("<query>", 'words, "a phrase", OR, NOT, prefix*')
    .option("--limit <n>", "at most N hits (default 20)")
    .addHelpText(
      "after",
      `
Examples:
  dossier search "peace treaty" --from 2022-01 --limit 5
  dossier search bridge --speaker "Jane Roe" --format json
Hits are ranked by relevance (bm25); matches are shown between [ and ].
`,
    )
    .action(async (q: string, options: QueryOptions) => {
      process.exitCode = await (await views()).searchCommand(q, options);
    });

  withFilters(query(program, "quotes", "list quotes with their speaker and article, in date order"))
    .option("--limit <n>", LIMIT_TEXT)
    .addHelpText(
      "after",
      '\nExamples:\n  dossier quotes --speaker "Jane Roe"\n  dossier quotes --outlet Reuters --from 2022-03 --format json > quotes.json\n',
    )
    .action(async (options: QueryOptions) => {
      process.exitCode = await (await views()).quotesCommand(options);
    });

  withFilters(
    query(program, "speakers", "speakers ranked by quotes, with roles, outlets, first and last seen"),
  )
    .option("--limit <n>", "at most N speakers (default 50; 0: all)")
    .addHelpText(
      "after",
      "\nExamples:\n  dossier speakers\n  dossier speakers --outlet TASS --limit 10 --format json\n",
    )
    .action(async (options: QueryOptions) => {
      process.exitCode = await (await views()).speakersCommand(options);
    });
}

function addTimelineAndClusters(program: Command): void {
  query(program, "timeline", "dated events across the corpus, in date order")
    .option(
      "--entity <name>",
      "only events whose clause names an entity named NAME (its words start words of the name)",
    )
    .option("--outlet <name>", "only articles from outlets named NAME (same rule)")
    .option("--from <date>", "only events dated on or after DATE")
    .option("--to <date>", "only events dated up to DATE")
    .option("--limit <n>", LIMIT_TEXT)
    .addHelpText(
      "after",
      "\nExamples:\n  dossier timeline --entity Springfield\n  dossier timeline --from 1945 --to 1956 --format json\n",
    )
    .action(async (options: QueryOptions) => {
      process.exitCode = await (await views()).timelineCommand(options);
    });

  query(
    program,
    "clusters",
    "statements reported by several articles: variants, who said it first, misattributions",
  )
    .option(
      "--speaker <name>",
      "only clusters with a member credited to a speaker named NAME (its words start words of the name)",
    )
    .option("--min-size <n>", "only clusters of at least N quotes (default 2)")
    .option("--limit <n>", LIMIT_TEXT)
    .addHelpText(
      "after",
      `
Examples:
  dossier clusters --min-size 3
  dossier clusters --speaker Trump --format json
Direct and mixed quotes are clustered as they are ingested. The canonical text is the longest
member; each member's relation (exact, normalised, truncated, extended, edited) and changes are
relative to it. A cluster whose members credit different people is flagged (misattributed).
`,
    )
    .action(async (options: QueryOptions) => {
      process.exitCode = await (await views()).clustersCommand(options);
    });
}

function addExport(program: Command): void {
  program
    .command("export")
    .description("write one layer of the corpus as CSV (RFC 4180, with a header) or JSON Lines")
    .option("--db <file>", DB_HELP)
    .option("-f, --format <format>", "csv (default) | jsonl")
    .option("--layer <layer>", "articles | quotes | entities | timexes | techniques")
    .option("-o, --out <file>", "write to a file instead of standard output")
    .addHelpText(
      "after",
      `
Examples:
  dossier export --layer quotes --out quotes.csv
  dossier export --layer techniques --format jsonl > techniques.jsonl
One row per item, with its article id and offsets into the article's text; lists (roles,
aliases, via) are joined with "; " in CSV.
`,
    )
    .action(async (options: QueryOptions) => {
      process.exitCode = await (await views()).exportCommand(options);
    });
}

export function addCorpusCommands(program: Command): void {
  addIngest(program);
  addViews(program);
  addTimelineAndClusters(program);
  addExport(program);
}
