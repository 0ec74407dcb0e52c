/** Language detection: English by default, another language only when it is clear. */
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { detectLanguage } from "../src/language/detect.js";
import { dossier, seedText } from "./helpers.js";

const russian =
  "Министр иностранных дел России Сергей Лавров заявил во вторник, что Москва готова к переговорам с Токио по мирному договору. «Мы готовы к диалогу», — сказал он журналистам.";
const ukrainian =
  "Міністр закордонних справ України заявив у вівторок, що Київ готовий до переговорів з партнерами. «Ми готові до діалогу», — сказав він журналістам.";
const german =
  "Der Bundeskanzler sagte am Dienstag in Berlin, dass die Regierung die Sanktionen gegen Russland um weitere sechs Monate verlängern werde. Die Opposition kritisierte die Entscheidung scharf und verlangte eine Debatte im Bundestag über die Folgen für die Wirtschaft.";

describe("detectLanguage", () => {
  it("reads English, also a short one full of foreign names", () => {
    expect(detectLanguage(seedText())).toBe("en");
    expect(
      detectLanguage("Ursula von der Leyen met Jean-Claude Juncker and Sergei Lavrov in Den Haag."),
    ).toBe("en");
  });

  it("tells Russian from Ukrainian by their letters, and German by trigrams", () => {
    expect(detectLanguage(russian)).toBe("ru");
    expect(detectLanguage(ukrainian)).toBe("uk");
    expect(detectLanguage(german)).toBe("de");
  });

  it("takes the page's declared language when the text is unsure, the text's when it is clear", () => {
    const page = (lang: string, body: string) =>
      `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><article><p>${body}</p></article></body></html>`;
    const language = (lang: string, body: string) => analyze({ html: page(lang, body) }).meta.language;
    // too short for trigrams: the page decides
    expect(language("de-DE", "Der Kanzler sagte am Dienstag nein.")).toBe("de");
    expect(language("ru", "Москва заявила")).toBe("ru");
    expect(detectLanguage("Der Kanzler sagte am Dienstag nein.")).toBe("en");
    // the text says otherwise, clearly: the text wins
    const english =
      "The mayor said on Monday that the bridge would reopen next week after months of repairs, and that the city would pay for the work.";
    expect(language("ru", english)).toBe("en");
    expect(language("en", russian)).toBe("ru");
    expect(language("en", german)).toBe("de");
    // a declared language in another script than the text's is no hint
    expect(language("ru", "Putin meets Xi in Beijing")).toBe("en");
  });

  it("analyses only the document layer of an unsupported language, and says so", () => {
    const a = analyze({ text: russian });
    expect(a.meta.language).toBe("ru");
    expect(a.meta.warnings).toEqual([
      "language ru is not supported yet: only the document layer was analysed",
    ]);
    expect(a.blocks.length).toBeGreaterThan(0);
    expect([a.entities.length, a.quotes.length, a.timexes.length, a.techniques.length]).toEqual([0, 0, 0, 0]);
  });

  it("the CLI warns on one line and exits 0, or 3 with --strict-language; JSONL names the record", () => {
    let r = dossier(["analyze", "-"], russian);
    expect([r.status, r.stderr]).toEqual([
      0,
      "dossier: language ru is not supported yet: only the document layer was analysed\n",
    ]);
    r = dossier(["analyze", "-", "--strict-language"], russian);
    expect(r.status).toBe(3);
    r = dossier(["analyze", "--jsonl", "-"], `${JSON.stringify({ id: "moscow-1", text: russian })}\n`);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^dossier: standard input:1 \(id moscow-1\): language ru is not supported yet/);
  });
});
