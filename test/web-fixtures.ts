/** What the server tests share: a small stored corpus, and an article whose every name is an attack. */
import { join } from "node:path";
import type { Analysis } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";
import { openStore } from "../src/corpus/store/index.js";
import { dossier, tempDir } from "./helpers.js";

/** Payloads that would run if anything were not escaped; each sets window.xss when it runs. */
export const PAYLOADS = {
  script: `<script>window.xss=1</script>`,
  img: `<img src=x onerror="window.xss=2">`,
  svg: `<svg onload="window.xss=3">`,
  textarea: `</textarea><b>bold</b>`,
};

export const XSS_SPEAKER = `John ${PAYLOADS.img} Smith`;
export const XSS_TITLE = `${PAYLOADS.script} Minister ${PAYLOADS.textarea} quits`;

/** An analysed article whose title, quotes, entity and speaker names carry the payloads. */
export function hostileAnalysis(): Analysis {
  const text = `Officials met in Springfield on Monday.\n\n“The plan ${PAYLOADS.script} will fail ${PAYLOADS.textarea},” said John Smith, the minister of roads.\n\nHe added that ${PAYLOADS.svg} the report was false.`;
  const a = analyze({
    id: "xss",
    text,
    title: XSS_TITLE,
    outlet: `Daily ${PAYLOADS.svg}`,
    dct: "2024-05-09",
  });
  const smith = a.entities.find((e) => e.name === "John Smith");
  if (!smith || !a.quotes.some((q) => q.speaker?.entity === smith.id))
    throw new Error("fixture: John Smith is no longer found as a speaker; adjust the hostile article");
  smith.name = XSS_SPEAKER;
  smith.roles = [`minister ${PAYLOADS.svg}`];
  for (const q of a.quotes) if (q.speaker?.entity === smith.id) q.speaker.name = XSS_SPEAKER;
  return a;
}

/** examples/corpus ingested into a new SQLite store, plus the hostile article; returns its path. */
export async function corpusDb(): Promise<string> {
  const db = join(tempDir(), "corpus.db");
  const r = dossier(["ingest", "examples/corpus", "--db", db, "--workers", "1"]);
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  // awaited: the store's methods may answer with promises
  const store = await openStore(db);
  try {
    const [outcome] = await store.putArticles([{ analysis: hostileAnalysis(), sourceHash: "xss" }]);
    if (outcome instanceof Error) throw outcome;
  } finally {
    await store.close();
  }
  return db;
}
