/**
 * Which language an article is written in, by franc-min (trigram profiles of 82 languages, and
 * scripts, offline). The pipeline reads English; detection only has to say when an article is
 * clearly something else. On the English dev texts (polnear, realnews, PTC, TimeBank, CoNLL) English
 * always scored highest or level with the top language (results tables read as French or Swedish
 * at 0.98-1.00 of the top score), so English wins unless it falls clearly behind.
 */
import { francAll } from "franc-min";
import { loadJson, loadSet } from "../util/lexicon.js";
import { INVISIBLE } from "./tokenizer-copy.js";

const LANGUAGES = loadJson<{ iso1: Record<string, string>; nonLatin: string[] }>("languages");
const ISO1 = LANGUAGES.iso1;
/** Languages written in another script than the Latin one. */
const NON_LATIN = new Set(LANGUAGES.nonLatin);
/** Characters read: a few paragraphs decide. */
const SAMPLE = 3000;
/** Shorter texts are taken as English: trigram statistics need some text. */
const MIN_LENGTH = 40;
/** English within this share of the top score still wins. */
const ENGLISH_MARGIN = 0.97;

/**
 * Below this many letters a Latin-script text is taken as English: a short English text full of
 * names ("Ursula von der Leyen and Jean-Claude Juncker ...") reads as German or Dutch to trigrams.
 * A text in another script (Cyrillic, Arabic, CJK ...) is told by its script at any length.
 */
const MIN_LATIN_LETTERS = 200;

const latinShare = (s: string): { letters: number; latin: number } => ({
  letters: (s.match(/\p{L}/gu) ?? []).length,
  latin: (s.match(/\p{Script=Latin}/gu) ?? []).length,
});

const FUNCTION_WORDS = loadSet("english-function-words");
/** Share of function words above which a text is English without asking the trigram model. */
const PLAINLY_ENGLISH = 0.2;

/** Running English: a fifth or more of its words are the commonest English function words. */
function plainlyEnglish(sample: string): boolean {
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  let common = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) common++;
  return words.length >= 20 && common >= PLAINLY_ENGLISH * words.length;
}

/** What the text says: a language, and whether it says so clearly. */
interface Verdict {
  code: string;
  sure: boolean;
}

/** The text's language by function words, script and trigrams; "en" when nothing is clear. */
function verdictOf(sample: string): Verdict {
  // the trigram model costs ~2 ms an article; running English is told at a glance (~0.05 ms)
  if (plainlyEnglish(sample.slice(0, 1000))) return { code: "en", sure: true };
  const { letters, latin } = latinShare(sample);
  if (latin >= letters / 2 && latin < MIN_LATIN_LETTERS) return { code: "en", sure: false };
  const scores = francAll(sample, { minLength: MIN_LENGTH });
  const [top] = scores[0];
  if (top === "und") return { code: "en", sure: false };
  // a runner-up level with the top language: the trigrams cannot tell them apart
  const close = (scores[1]?.[1] ?? 0) >= ENGLISH_MARGIN;
  if (top === "eng") return { code: "en", sure: !close };
  const english = scores.find(([code]) => code === "eng")?.[1] ?? 0;
  if (english >= ENGLISH_MARGIN) return { code: "en", sure: false };
  return { code: ISO1[cyrillicByLetters(top, sample)] ?? top, sure: !close };
}

/** Whether a language is written in the Latin script, as the text mostly is (`latinText`). */
const scriptAgrees = (code: string, latinText: boolean): boolean =>
  code === "sr" || NON_LATIN.has(code) !== latinText;

/**
 * The ISO 639-1 code (three letters where there is none) of the text's language. `declared` is the
 * language the page says it is in (`<html lang>`): when the text is unsure (short, undetermined,
 * or two languages level) the page decides, if its script fits the text's; when the text clearly
 * says otherwise, the text wins. Without either, "en".
 */
export function detectLanguage(text: string, declared: string | null = null): string {
  // invisible characters read as spaces here too: inserting one must not change the verdict
  const sample = text.slice(0, SAMPLE).replace(INVISIBLE, " ");
  const verdict = verdictOf(sample);
  if (verdict.sure || !declared) return verdict.code;
  const { letters, latin } = latinShare(sample);
  return scriptAgrees(declared, latin >= letters / 2) ? declared : verdict.code;
}

/**
 * Trigrams confuse Russian and Ukrainian on short texts; their alphabets do not: only Russian
 * writes ы, э, ъ; only Ukrainian і, ї, є, ґ (and Belarusian і, ў).
 */
function cyrillicByLetters(top: string, sample: string): string {
  if (top !== "rus" && top !== "ukr") return top;
  const ukrainian = /[іїєґ]/iu.test(sample);
  const russian = /[ыэъ]/iu.test(sample);
  if (russian && !ukrainian) return "rus";
  if (ukrainian && !russian) return "ukr";
  return top;
}
