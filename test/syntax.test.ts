import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConllu, writeConlluSentence } from "../src/syntax/conllu.js";
import { TagDictionary } from "../src/syntax/dictionary.js";
import { MODEL_FILE, parseWords, syntaxModel, tagWords } from "../src/syntax/index.js";
import { loadModel, saveModel } from "../src/syntax/model.js";
import {
  ATOMS,
  Atom,
  buildLexicon,
  encodeWords,
  FIRST_WORD_ID,
  FIXED_TAG,
  FORM_CACHE_SIZE,
  lexicon,
} from "../src/syntax/lexical.js";
import { tagSentence } from "../src/syntax/tagger.js";
import { MOVES, ParseState, projectivize, rootAtEnd } from "../src/syntax/transitions.js";
import { dossier, ROOT, tempDir } from "./helpers.js";

const FIXTURE = join(ROOT, "test/fixtures/syntax-sample.conllu");

describe("CoNLL-U", () => {
  it("reads word lines and keeps comments, multiword tokens and empty nodes verbatim", () => {
    const text =
      "# text = I can't.\n1\tI\t_\tPRON\t_\t_\t3\tnsubj\t_\t_\n2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tca\t_\tAUX\t_\t_\t0\troot\t_\t_\n3\tn't\t_\tPART\t_\t_\t2\tadvmod\t_\t_\n3.1\tgo\t_\tVERB\t_\t_\t_\t_\t2:conj\t_\n\n";
    const [s] = readConllu(text);
    expect(s.words.map((w) => w.form)).toEqual(["I", "ca", "n't"]);
    expect(s.words[0]).toEqual({ form: "I", upos: "PRON", head: 3, deprel: "nsubj" });
    expect(writeConlluSentence(s, s.words)).toBe(text);
  });

  it("reports a word line without ten columns", () => {
    const bad: number[] = [];
    readConllu("1\tI\tPRON\n", (line) => bad.push(line));
    expect(bad).toEqual([1]);
  });
});

/**
 * Follows zero-cost moves of the dynamic oracle from the start and returns the heads it builds
 * (CoNLL-U numbering: 0 is the root).
 */
function oracleParse(gold: Int32Array): Int32Array {
  const st = new ParseState(gold.length - 1);
  const goldAtEnd = rootAtEnd(gold);
  while (!st.done) {
    const move = [...Array(MOVES).keys()].find((m) => st.valid(m) && st.cost(m, goldAtEnd) === 0);
    if (move === undefined) throw new Error("no zero-cost move");
    st.apply(move, 0);
  }
  return Int32Array.from({ length: gold.length }, (_, i) => (i === 0 ? 0 : st.headOf(i)));
}

describe("arc-eager transitions and the dynamic oracle", () => {
  it("rebuilds projective gold trees exactly", () => {
    // "John Smith , the president of the union , said the deal was done ."
    const trees = [
      [0, 2, 10, 5, 5, 2, 8, 8, 5, 5, 0, 12, 14, 14, 10, 10],
      [0, 0],
      [0, 2, 0, 2, 3, 3],
      [0, 3, 3, 0, 5, 3, 5],
    ];
    for (const tree of trees) {
      const gold = Int32Array.from(tree);
      expect(Array.from(oracleParse(gold).subarray(1))).toEqual(tree.slice(1));
    }
  });

  it("lifts non-projective arcs until the tree is projective", () => {
    // Word 3 depends on word 1 across word 2, whose head (4) is outside the arc.
    const heads = Int32Array.from([0, 4, 4, 1, 0]);
    expect(Array.from(projectivize(heads))).toEqual([0, 4, 4, 4, 0]);
    expect(Array.from(oracleParse(projectivize(heads)).subarray(1))).toEqual([4, 4, 4, 0]);
  });
});

describe("the shipped model", () => {
  it("finds the subject, apposition and complement of a reporting verb", () => {
    const words = "John Smith , the president of the union , said the deal was done .".split(" ");
    const parsed = parseWords(words);
    const at = (form: string) => words.indexOf(form) + 1;
    // UD EWT heads a flat name by its first word: "John" is the subject, "Smith" hangs on it.
    expect(parsed[at("John") - 1]).toMatchObject({ head: at("said"), deprel: "nsubj" });
    expect(parsed[at("Smith") - 1]).toMatchObject({ head: at("John"), deprel: "flat" });
    expect(parsed[at("president") - 1]).toMatchObject({ head: at("John"), deprel: "appos" });
    expect(parsed[at("done") - 1]).toMatchObject({ head: at("said"), deprel: "ccomp" });
    expect(parsed[at("said") - 1]).toMatchObject({ upos: "VERB", head: 0, deprel: "root" });
  });

  it("waits for the verb before choosing the root after a long apposition", () => {
    // With the root at the bottom of the stack, the parser had to decide at "Kim" whether it was
    // the sentence's root; it now sees "confirmed" first (root at the end of the buffer).
    const words =
      "Kim Lee , a spokesperson for the agency , confirmed to reporters that the plan had changed .".split(
        " ",
      );
    const parsed = parseWords(words);
    const at = (form: string) => words.indexOf(form) + 1;
    expect(parsed[at("Kim") - 1]).toMatchObject({ head: at("confirmed"), deprel: "nsubj" });
    expect(parsed[at("confirmed") - 1]).toMatchObject({ head: 0, deprel: "root" });
  });

  it("knows words UD's training split never showed, from the external tag dictionary", () => {
    const model = syntaxModel();
    expect(model.lexicon.ids.has("decommissioned")).toBe(false);
    expect(model.lexicon.dictionary?.idOf("decommissioned")).toBeGreaterThan(0);
    expect(tagWords(["They", "decommissioned", "the", "reactor", "."])[1]).toBe("VERB");
  });

  it("tags a simple sentence", () => {
    expect(tagWords(["She", "reads", "the", "report", "."])).toEqual([
      "PRON",
      "VERB",
      "DET",
      "NOUN",
      "PUNCT",
    ]);
  });

  it("never throws on odd input and always returns one tree", () => {
    const odd = [
      [],
      [""],
      ["🙂"],
      ["x".repeat(10_000)],
      ["...", "?!", "--", "«", "»", "\u0000", "\t"],
      Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? "," : `w${i}`)),
    ];
    for (const words of odd) {
      const parsed = parseWords(words);
      expect(parsed).toHaveLength(words.length);
      expect(parsed.filter((w) => w.head === 0).length).toBe(words.length ? 1 : 0);
      parsed.forEach((w) => {
        expect(w.head).toBeGreaterThanOrEqual(0);
        expect(w.head).toBeLessThanOrEqual(words.length);
        expect(w.deprel).toMatch(/^[a-z]+(:[a-z]+)?$/);
      });
    }
  });

  it("is deterministic", () => {
    const words = "The court ruled that the law , passed in 2019 , was unconstitutional .".split(" ");
    expect(parseWords(words)).toEqual(parseWords(words));
  });
});

describe("word atoms", () => {
  it("are the same whatever was encoded before, also once the cache of forms starts afresh", () => {
    const words = ["The", "Cat", "walked", "U.S.", "1999", "—"];
    const fresh = () => lexicon(["the", "cat"], [1, 2]);
    const lex = fresh();
    const first = encodeWords(words, lex).atoms;
    const many = Array.from({ length: FORM_CACHE_SIZE + 10 }, (_, i) => `w${i}`);
    encodeWords(many, lex);
    expect([...encodeWords(words, lex).atoms]).toEqual([...first]);
    expect([...encodeWords(words, fresh()).atoms]).toEqual([...first]);
    expect(first[ATOMS]).not.toBe(first[2 * ATOMS]); // "The" and "Cat" differ
  });
});

describe("words tagged without scoring", () => {
  const tags = ["DET", "NOUN", "PRON"];
  const many = (form: string, upos: string, k: number) => Array.from({ length: k }, () => ({ form, upos }));

  it("are the words seen often enough and (nearly) always with one tag", () => {
    const sentences = [
      [...many("the", "DET", 199), { form: "The", upos: "PRON" }], // 99.5% DET: settled
      many("cat", "NOUN", FIXED_TAG.minCount - 1), // too rare
      [...many("that", "DET", 30), ...many("that", "PRON", 30)], // ambiguous
    ];
    const lex = buildLexicon(sentences, tags, 2);
    const fixed = lex.fixedTags.map(([word, tag]) => [lex.words[word], tags[tag]]);
    expect(fixed).toEqual([["the", "DET"]]);
  });

  it("get their tag, also as their runner-up, whatever the weights say", () => {
    const lex = lexicon(["the", "cat"], [1, 2], undefined, [[0, 0]]);
    const words = encodeWords(["The", "cat"], lex);
    expect([words.atoms[ATOMS + Atom.FixedTag], words.atoms[2 * ATOMS + Atom.FixedTag]]).toEqual([1, 0]);
    // weights that favour the last tag everywhere
    const weights = new Int8Array(16 * 3).map((_, i) => (i % 3 === 2 ? 5 : 0));
    const tagged = new Int32Array(3);
    const runnerUp = new Int32Array(3);
    tagSentence({ classes: 3, mask: 15, weights }, words, tagged, runnerUp);
    expect([...tagged.subarray(1)]).toEqual([0, 2]);
    expect(runnerUp[1]).toBe(0);
  });

  it("keep their tags in the model file", () => {
    const lex = syntaxModel().lexicon;
    const the = lex.ids.get("the")! - FIRST_WORD_ID;
    expect(lex.fixedTags.some(([word]) => word === the)).toBe(true);
  });
});

describe("the external tag dictionary", () => {
  it("survives packing into the model file, and finds every word as written", () => {
    const dictionary = TagDictionary.fromEntries([
      ["walked", "VBD|VBN"],
      ["cat", "NN"],
      ["Cat", "NN"],
      ["é", "FW"],
      ["cats", "NNS"],
    ]);
    const back = TagDictionary.unpack(JSON.parse(JSON.stringify(dictionary.pack())));
    expect(back.tagSets).toEqual(dictionary.tagSets);
    for (const d of [dictionary, back]) {
      expect(d.tagSets[d.idOf("walked") - 1]).toBe("VBD|VBN");
      expect(d.tagSets[d.idOf("cats") - 1]).toBe("NNS");
      expect(d.idOf("Cat")).toBe(d.idOf("cat"));
      expect(d.tagSets[d.idOf("é") - 1]).toBe("FW");
      for (const absent of ["ca", "catss", "Walked", "", "zz"]) expect(d.idOf(absent)).toBe(0);
    }
  });
});

describe("the model file", () => {
  const shipped = () => syntaxModel();

  it("gives back on loading exactly what was saved", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-model-"));
    const path = join(dir, "model.bin");
    const model = shipped();
    saveModel(path, model);
    expect(readFileSync(path).equals(readFileSync(join(ROOT, MODEL_FILE)))).toBe(true);
    const back = loadModel(path);
    for (const table of ["tagger", "parser", "labeler"] as const) {
      expect(back[table].classes).toBe(model[table].classes);
      expect(
        Buffer.from(
          back[table].weights.buffer,
          back[table].weights.byteOffset,
          back[table].weights.byteLength,
        ).equals(
          Buffer.from(
            model[table].weights.buffer,
            model[table].weights.byteOffset,
            model[table].weights.byteLength,
          ),
        ),
      ).toBe(true);
    }
    expect(back.lexicon.words).toEqual(model.lexicon.words);
    expect(back.tags).toEqual(model.tags);
  });

  it("explains a file that is not a model, or is cut short, in one line", () => {
    const dir = mkdtempSync(join(tmpdir(), "dossier-model-"));
    const other = join(dir, "other.bin");
    writeFileSync(other, "not a model at all\n");
    expect(() => loadModel(other)).toThrow(/is not a dossier syntax model/);
    const cut = join(dir, "cut.bin");
    const bytes = readFileSync(join(ROOT, MODEL_FILE));
    writeFileSync(cut, bytes.subarray(0, bytes.length - 1000));
    expect(() => loadModel(cut)).toThrow(/is truncated/);
    expect(() => loadModel(join(dir, "absent.bin"))).toThrow(/cannot read the syntax model/);
  });
});

describe("dossier parse", () => {
  it("fills UPOS, HEAD and DEPREL and keeps everything else", () => {
    const r = dossier(["parse", FIXTURE, "--format", "conllu"]);
    expect(r.status).toBe(0);
    const input = readConllu(readFileSync(FIXTURE, "utf8"));
    const output = readConllu(r.stdout);
    expect(output).toHaveLength(input.length);
    output.forEach((s, i) => {
      expect(s.words.map((w) => w.form)).toEqual(input[i].words.map((w) => w.form));
      expect(s.lines.filter((l) => !/^\d+\t/.test(l))).toEqual(
        input[i].lines.filter((l) => !/^\d+\t/.test(l)),
      );
      expect(s.words.filter((w) => w.head === 0)).toHaveLength(1);
      for (const w of s.words) expect(w.head).toBeLessThanOrEqual(s.words.length);
    });
  });

  it("explains a missing or malformed file in one line", () => {
    const missing = dossier(["parse", "no-such-file.conllu"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^dossier: no such file/);
    const bad = dossier(["parse", "-"], "1\tonly three\tcolumns\n");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("npm run train:syntax", () => {
  it("explains missing training data in one line, exit 2, without a stack trace", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "dist/src/syntax/train.js"), "--data", tempDir()], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^train:syntax: no 'en_ewt-ud-train.conllu' under /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});
