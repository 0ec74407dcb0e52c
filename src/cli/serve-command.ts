/** `dossier serve`: its options and help; the server itself is loaded only when the command runs. */
import type { Command } from "commander";

export function addServeCommand(program: Command): void {
  program
    .command("serve")
    .description(
      "serve the web pages and the JSON API over a corpus store (analyse, search, speakers, clusters)",
    )
    .option("--db <file>", "the store file (default: ./dossier.db; created empty when missing)")
    .option("--port <n>", "the port to listen on (default 8080; 0: any free port)")
    .option("--host <address>", "the address to listen on (default 127.0.0.1: this machine only)")
    .option("--body-limit <size>", "the largest request body: bytes, or 512kb, 10mb (default 10mb)")
    .option("--allow-private-urls", "let the server fetch loopback and private-network URLs it is given")
    .addHelpText(
      "after",
      `
Examples:
  dossier ingest news/ --db corpus.db && dossier serve --db corpus.db
  dossier serve --db corpus.db --port 9000 --host 0.0.0.0      reachable from other machines
  curl -s localhost:8080/api/search?q=sanctions
  curl -s localhost:8080/api/analyze -H 'content-type: application/json' -d '{"text": "..."}'

Pages: / (analyse an article, search, the corpus), /articles/ID, /speakers/NAME, /clusters/ID.
The JSON API is described in docs/API.md and at /api/openapi.json. The first line on standard
output is the server's address; each request is logged as one line on standard error. Ctrl-C
(SIGINT) or SIGTERM stops it cleanly. URLs given to analyse are fetched with the same bounds as
dossier analyze, and never from loopback or private addresses unless --allow-private-urls.
`,
    )
    .action(async (options) => {
      const { serve } = await import("../server/serve.js");
      process.exitCode = await serve(options);
    });
}
