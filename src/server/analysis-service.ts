/**
 * POST /api/analyze and the page's form: an article given as text, HTML or a URL, analysed on the
 * server's analysis thread, and stored in the corpus when asked.
 */
import type { Analysis } from "../analysis.js";
import { sourceHash } from "../corpus/ingest/sources.js";
import type { CorpusStore, PutOutcome } from "../corpus/store/types.js";
import { InputError } from "../document/errors.js";
import type { DocumentInput } from "../document/input.js";
import { fetchUrlDocument } from "../document/read.js";
import type { Analyzer } from "./analyzer.js";
import { HttpError } from "./errors.js";
import { type AnalyzeBody, analysisDate } from "./inputs.js";
import { refusePrivateAddress } from "./private-address.js";

export interface AnalysisDeps {
  store: CorpusStore;
  analyzer: Analyzer;
  allowPrivateUrls: boolean;
}

export interface AnalysisResult {
  analysis: Analysis;
  /** What storing did, when the request asked for it. */
  stored?: PutOutcome;
}

const NO_TEXT =
  "the article has no text that could be extracted (only frames, scripts, images or page furniture?)";

/** The document the body describes; a URL is fetched with the CLI's bounds. */
async function documentOf(body: AnalyzeBody, allowPrivateUrls: boolean): Promise<DocumentInput> {
  const known = { title: body.title ?? null, outlet: body.outlet ?? null };
  if (body.text !== undefined) return { text: body.text, url: null, ...known };
  if (body.html !== undefined) return { html: body.html, url: null, ...known };
  const fetched = await fetchUrlDocument(body.url!, {
    checkAddress: allowPrivateUrls ? undefined : refusePrivateAddress,
  });
  return {
    ...fetched,
    ...(body.title ? { title: body.title } : {}),
    ...(body.outlet ? { outlet: body.outlet } : {}),
  };
}

/** Analyses (and stores) the article; whatever is wrong with the input is a 400 with one line. */
export async function analyzeRequest(body: AnalyzeBody, deps: AnalysisDeps): Promise<AnalysisResult> {
  try {
    const document = await documentOf(body, deps.allowPrivateUrls);
    if ((document.text ?? document.html ?? "").trim() === "") throw new InputError("the article is empty");
    const analysis = await deps.analyzer(document, analysisDate(body.date));
    if (analysis.text.trim() === "") throw new InputError(NO_TEXT);
    if (!body.store) return { analysis };
    const [outcome] = await deps.store.putArticles([{ analysis, sourceHash: sourceHash(document) }]);
    if (outcome instanceof Error) throw outcome;
    return { analysis, stored: outcome };
  } catch (error) {
    if (error instanceof InputError) throw new HttpError(400, error.message);
    throw error;
  }
}
