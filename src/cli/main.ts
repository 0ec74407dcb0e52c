#!/usr/bin/env node
/**
 * The `dossier` command. Every subcommand calls the same `analyze` pipeline or reads its results;
 * errors the user can fix are printed as one line (a stack trace only with --debug).
 */
import { Command, CommanderError } from "commander";
import { InputError } from "../document/errors.js";
import { SERVICE_EXIT, ServiceError } from "../util/service-error.js";
import { VERSION } from "../util/version.js";
import { addCorpusCommands } from "./corpus-program.js";
import { writeFault } from "./output.js";
import { addQueueCommands } from "./queue-commands.js";
import { addServeCommand } from "./serve-command.js";

const debug = process.argv.includes("--debug");
// Each command's module is imported when it runs: the corpus views and --help start at once,
// without loading the language model that only analysis needs.

// A closed pipe (`dossier ... | head`) is a normal end, not an error; any other fault of standard
// output (a full device, an I/O error) is the user's side: one line, exit 2.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  if (debug) console.error(error);
  process.stderr.write(`dossier: ${writeFault("standard output", error).message}\n`);
  process.exit(2);
});

function fail(error: unknown): never {
  // --help and --version end with 0; a usage error (unknown option or command, missing argument)
  // is bad input like any other: 2
  if (error instanceof CommanderError) process.exit(error.exitCode === 0 ? 0 : 2);
  if (debug) console.error(error);
  if (error instanceof InputError || error instanceof ServiceError) {
    process.stderr.write(`dossier: ${error.message}\n`);
    process.exit(error instanceof ServiceError ? SERVICE_EXIT : 2);
  }
  process.stderr.write(
    `dossier: internal error: ${(error as Error)?.message ?? error} (run again with --debug for details)\n`,
  );
  process.exit(70);
}

const program = new Command()
  .name("dossier")
  .description(
    "Turn news articles into a structured, source-attributed record: who said what (and through whom), " +
      "who is who, what happened when, and how the text persuades. Every item points at the exact words.",
  )
  .version(VERSION, "-V, --version", "print the version")
  .option("--debug", "print stack traces of errors")
  .addHelpText(
    "after",
    `
Exit status: 0 done; 1 some inputs or JSONL records were skipped (each reported on stderr);
2 bad input or usage; 3 an unsupported language under --strict-language; 69 a server cannot be reached; 70 internal error.
`,
  )
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

program
  .command("analyze")
  .description("analyse one article (text or HTML file, http(s) URL, or - for stdin), or many with --jsonl")
  .argument("[inputs...]", "article files, URLs, or - for standard input")
  .option("-f, --format <format>", "text (default) | json | md | html; with --jsonl: jsonl")
  .option("-d, --date <iso>", "document date (ISO 8601) that anchors 'yesterday', 'in March', ...")
  .option("-o, --out <file>", "write the output to a file instead of standard output")
  .option(
    "--strict-language",
    "exit with status 3 when the article is in a language dossier does not analyse yet",
  )
  .option("--color", "colour the text report even when not on a terminal")
  .option("--no-color", "never colour the text report (also: NO_COLOR=1)")
  .option(
    "--jsonl <file>",
    "read one record per line (- for standard input): {id, text|html, dct?, url?, title?, outlet?}",
  )
  .option(
    "--workers <n>",
    "with --jsonl: analysis threads (default: the cores; 1 for a file under 512 KB); output stays in order",
  )
  .addHelpText(
    "after",
    `
Examples:
  dossier analyze examples/russia-japan-peace-treaty.txt
  dossier analyze article.html --format json --date 2022-10-07
  dossier analyze https://example.com/news/story --format html --out story.html
  cat story.txt | dossier analyze - --format md
  dossier analyze --jsonl articles.jsonl --format jsonl > analyses.jsonl

A bad JSONL line is reported on stderr with its line number and skipped; the exit status is then 1.
`,
  )
  .action(async (inputs: string[], options) => {
    const { analyzeCommand } = await import("./analyze-command.js");
    process.exitCode = await analyzeCommand(inputs, options);
  });

program
  .command("eval")
  .description(
    "score dossier on a dataset: quotes | realnews | time | ner | propaganda | html | ud | clusters | seed",
  )
  .argument("<task>", "quotes | realnews | time | ner | propaganda | html | ud | clusters | seed")
  .option("--data <dir>", "folder with the datasets (default: ../shared/data or $DOSSIER_DATA)")
  .option("--limit <n>", "score only the first n documents")
  .option("--json", "print the figures as one JSON line")
  .action(async (task: string, options) => {
    const { evalCommand } = await import("./eval-command.js");
    process.exitCode = await evalCommand(task, options);
  });

program
  .command("parse")
  .description("tag and parse gold-tokenised sentences (CoNLL-U): fills UPOS, HEAD and DEPREL")
  .argument("<file>", "CoNLL-U file, or - for standard input")
  .option("-f, --format <format>", "conllu (default)")
  .option("-o, --out <file>", "write the output to a file instead of standard output")
  .addHelpText(
    "after",
    `
Example:
  dossier parse sentences.conllu --format conllu > parsed.conllu

Columns 4 (UPOS), 7 (HEAD) and 8 (DEPREL) are replaced; comments, multiword token lines and the
other columns are kept as they are.
`,
  )
  .action(async (file: string, options) => {
    const { parseCommand } = await import("./parse-command.js");
    process.exitCode = parseCommand(file, options);
  });

program
  .command("render")
  .description("render a saved Analysis (dossier analyze --format json) as text, Markdown or HTML")
  .argument("<analysis>", "a JSON file written by dossier analyze --format json")
  .option("-f, --format <format>", "text (default) | md | html | json; else inferred from --out's extension")
  .option("-o, --out <file>", "write the output to a file instead of standard output")
  .option("--color", "colour the text report even when not on a terminal")
  .option("--no-color", "never colour the text report (also: NO_COLOR=1)")
  .addHelpText(
    "after",
    `
Examples:
  dossier analyze story.html --format json --out story.json
  dossier render story.json --out story.html
  dossier render story.json --format md
`,
  )
  .action(async (file: string, options) => {
    const { renderCommand } = await import("./render-command.js");
    process.exitCode = await renderCommand(file, options);
  });

program
  .command("schema")
  .description("print the Analysis contract (dossier.analysis/1) as JSON Schema")
  .action(async () => {
    const { analysisJsonSchema } = await import("../analysis.js");
    process.stdout.write(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
  });

addCorpusCommands(program);
addServeCommand(program);
addQueueCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  fail(error);
}
