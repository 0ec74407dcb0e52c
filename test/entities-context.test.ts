import { describe, expect, it } from "vitest";
import type { Entity } from "../src/analysis.js";
import { analyze } from "../src/analyze.js";

const run = (text: string): Entity[] => analyze({ id: "t", text }).entities;
/** Type of the entity with a mention whose text is `mention` (first such mention). */
const typeOf = (es: Entity[], mention: string) =>
  es.find((e) => e.mentions.some((m) => m.text === mention))?.type;
const typesOf = (es: Entity[], mention: string) =>
  es.flatMap((e) => e.mentions.filter((m) => m.text === mention).map(() => e.type));

describe("entities: sports reports", () => {
  const report = [
    "CRICKET - ESSEX CLOSE IN ON TITLE .",
    "LONDON 1996-08-31",
    "Essex beat Kent by five wickets on Saturday to close in on the county championship .",
    "Surrey captain Adam Grey made 70 as his team reached 429 for seven in their first innings .",
    "The match at Chelmsford was played in front of 4,000 fans in Essex .",
  ].join("\n");
  const es = run(report);

  it("reads towns and counties acting in a sports report as teams", () => {
    expect(typeOf(es, "Kent")).toBe("organization");
    expect(typeOf(es, "Surrey")).toBe("organization");
    expect(typesOf(es, "Essex")[0]).toBe("organization");
  });

  it("keeps the dateline and a town after a locative preposition as places", () => {
    const london = es.find((e) => e.mentions.some((m) => m.text === "LONDON"));
    expect(london?.type === "place" || london?.type === "country").toBe(true);
    expect(typesOf(es, "Essex").at(-1)).toBe("place");
  });

  it("leaves towns in other news as places", () => {
    const news = run("Kent County officials said on Monday that flooding in Surrey had closed two roads .");
    expect(typeOf(news, "Surrey")).toBe("place");
  });

  it("reads results-table rows as teams", () => {
    const table = run(
      [
        "SOCCER - ENGLISH LEAGUE STANDINGS .",
        "Standings in the English soccer league after matches on Saturday ( played , won , drawn , lost , goals for , against , points ) :",
        "Preston 4 1 1 2 4 5 4",
        "Chester 4 1 1 2 6 7 4",
      ].join("\n"),
    );
    expect(typeOf(table, "Preston")).toBe("organization");
    expect(typeOf(table, "Chester")).toBe("organization");
  });
});

describe("entities: classifier nouns and company names", () => {
  it("a classifier noun makes every mention of the name an organisation", () => {
    const es = run(
      "The deal was reported by the daily Gazeta Nowa on Friday. Gazeta Nowa said the buyers would pay cash.",
    );
    expect(typesOf(es, "Gazeta Nowa")).toEqual(["organization", "organization"]);
  });

  it("a company's shares and spokesman mark it as an organisation", () => {
    const es = run("Lomark shares rose 5 percent on Friday, a Lomark spokesman said.");
    expect(typesOf(es, "Lomark").every((t) => t === "organization")).toBe(true);
    expect(typesOf(es, "Lomark").length).toBe(2);
  });

  it("a town before 'stock' stays a place", () => {
    const es = run("Shares fell as Frankfurt stock prices recovered from the morning's losses.");
    expect(typeOf(es, "Frankfurt")).not.toBe("organization");
  });

  it("a legal form closes a company's name", () => {
    const es = run("The Halvard Chemical Co of the United States will invest $ 4 billion in the plant.");
    expect(typeOf(es, "Halvard Chemical Co")).toBe("organization");
    expect(typeOf(es, "United States")).toBe("country");
  });
});

describe("entities: lone names that refer to people", () => {
  it("a name closing a clause after a speech verb is a person", () => {
    const es = run('"I was disappointed with the last hole," said Tarnevik .');
    expect(typeOf(es, "Tarnevik")).toBe("person");
  });

  it("an unknown word that starts a full name in the article joins that person", () => {
    const es = run("Jandor Khalil beat his rival in four games. Later Jandor complained about the lights.");
    const p = es.find((e) => e.name === "Jandor Khalil");
    expect(p?.type).toBe("person");
    expect(p?.mentions.map((m) => m.text)).toContain("Jandor");
  });
});

describe("entities: firms named after people", () => {
  it("'X & Y' is a firm even when X is a given name", () => {
    const es = run("Shares of Douglas & Brennick rose on Friday after the merger was announced.");
    expect(typeOf(es, "Douglas & Brennick")).toBe("organization");
  });
});
