/** Speakers read from the dependency tree (src/quotes/tree.ts), with the shipped syntax model. */
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { parseArticle } from "../src/syntax/stage.js";
import { articleUpToLanguage, seedText } from "./helpers.js";

const speakers = (text: string) => analyze({ text }).quotes.map((q) => [q.text, q.speaker?.name]);

describe("speakers from the tree", () => {
  it("an apposition never replaces the person it describes", () => {
    expect(speakers("Jane Roe, the president of the Farmers Union, said the deal was done.")).toEqual([
      ["the deal was done", "Jane Roe"],
    ]);
  });

  it("a person closing an apposition of the subject is not the speaker", () => {
    expect(
      speakers(
        "Mark Dunn, the younger brother of the club's owner, Ellen Dunn, told friends the deal was done.",
      ),
    ).toEqual([["the deal was done", "Mark Dunn"]]);
    // the apposition itself names the speaker
    expect(speakers("Smith's spokesman, Tom Lee, said the senator would not attend.")).toEqual([
      ["the senator would not attend", "Tom Lee"],
    ]);
  });

  it("a numeral before an adjective starts the speaker's phrase, not all of it", () => {
    const [q] = analyze({ text: "“The law is clear,” said one legal expert." }).quotes;
    expect([q.speaker?.name, q.speaker?.anonymous]).toEqual(["one legal expert", true]);
  });

  it("a relative pronoun speaks for the noun its clause modifies, by the tree", () => {
    const [q] = analyze({
      text: "Sen. Bernie Sanders - who said on Wednesday that a path ahead exists - has kept his plans.",
    }).quotes;
    expect(q.speaker?.name).toBe("Bernie Sanders");
  });

  it("a participle phrase after the subject names no speaker", () => {
    expect(speakers("John Smith, speaking at a rally in Ohio, said the talks had failed.")).toEqual([
      ["the talks had failed", "John Smith"],
    ]);
    const [q] = analyze({
      text: "Officials speaking on condition of anonymity said the talks had failed.",
    }).quotes;
    expect([q.speaker?.name, q.speaker?.anonymous]).toEqual([
      "Officials speaking on condition of anonymity",
      true,
    ]);
    const [r] = analyze({
      text: "Scientists using a telescope on Mauna Kea confirmed the presence of water.",
    }).quotes;
    expect(r.speaker?.entity).toBeNull();
  });

  it("a group noun speaks, not the place after it; a noun phrase a verb cites reports nothing", () => {
    const [q] = analyze({
      text: "Officials in Kenya said the drought had killed thousands of cattle.",
    }).quotes;
    expect([q.speaker?.name, q.speaker?.entity]).toEqual(["Officials in Kenya", null]);
    expect(speakers("The ministry, citing police reports, said 40 people were injured.")).toEqual([
      ["40 people were injured", "The ministry"],
    ]);
  });

  it("an unnamed spokesperson speaks as the organisation, not as an anonymous source", () => {
    for (const text of [
      "A spokesperson for Google said the company was reviewing the matter.",
      "A Google spokesperson said the company was reviewing the matter.",
    ]) {
      const [q] = analyze({ text }).quotes;
      expect([q.speaker?.name, q.speaker?.anonymous]).toEqual(["Google", false]);
    }
  });

  it("the object of a participle after a comma is no speaker", () => {
    const [q] = analyze({ text: 'The Kremlin denied the report, calling it "absurd."' }).quotes;
    expect(q.speaker?.name).toBe("Kremlin");
  });

  it("'X quoted Y as saying' reports Y's words, relayed by X", () => {
    const [q] = analyze({ text: "Interfax quoted Ivanov as saying the talks were productive." }).quotes;
    expect([q.text, q.speaker?.name, q.via]).toEqual(["the talks were productive", "Ivanov", ["Interfax"]]);
    const text =
      "Pavel Ivanov met reporters. RIA Novosti quoted him as saying that the talks were productive.";
    const [r] = analyze({ text }).quotes;
    expect([r.speaker?.name, r.speaker?.resolvedBy, r.via]).toEqual([
      "Pavel Ivanov",
      "pronoun",
      ["RIA Novosti"],
    ]);
  });

  it("a possessor's noun phrase goes on to its head", () => {
    const [q] = analyze({ text: "The plan was announced by the mayor's office on Tuesday." }).quotes;
    expect(q.speaker?.name).toBe("the mayor's office");
  });

  it("an unnamed individual is anonymous, and so is a pronoun that refers to them", () => {
    const text =
      "An agency journalist in the area reported that the bridge had collapsed. He said the river was rising.";
    const speakers = analyze({ text }).quotes.map((q) => [q.speaker?.name, q.speaker?.anonymous]);
    expect(speakers).toEqual([
      ["An agency journalist in the area", true],
      ["An agency journalist in the area", true],
    ]);
  });

  it("a message speaks as its sender ('a statement from the ministry', 'a report from X')", () => {
    const [q] = analyze({
      text: "According to a statement from the ministry, the talks will resume in May.",
    }).quotes;
    expect(q.speaker?.name).toBe("ministry");
    const [r] = analyze({
      text: '"The market is factoring in a recovery," said a report from Kotak Institutional Equities.',
    }).quotes;
    expect(r.speaker?.name).toBe("Kotak Institutional Equities");
  });

  it("a role word read as an adjective still heads the subject before a relative clause", () => {
    const [q] = analyze({
      text: "The police chief, who asked not to be named, said the suspect was armed.",
    }).quotes;
    expect(q.speaker?.name).toBe("The police chief");
  });

  it("a description of an organisation refers to the organisation named as a subject before it", () => {
    const [q] = analyze({
      text: "Apple reported record sales. The company said demand for the iPhone was strong.",
    }).quotes;
    expect([q.speaker?.name, q.speaker?.resolvedBy]).toEqual(["Apple", "description"]);
  });

  it("'according to' at the end of a sentence takes the whole source phrase; an outlet that speaks relays nothing", () => {
    const [q] = analyze({
      text: "The company will cut 500 jobs, according to people familiar with the matter.",
    }).quotes;
    expect([q.speaker?.name, q.speaker?.anonymous]).toEqual(["people familiar with the matter", true]);
    const [r] = analyze({ text: "According to Reuters, the deal is worth $2 billion." }).quotes;
    expect([r.speaker?.name, r.via]).toEqual(["Reuters", []]);
  });

  it("a source phrase before the verb of an end frame is taken whole", () => {
    const [q] = analyze({ text: '"The deal is done," a source close to the talks told AFP.' }).quotes;
    expect([q.speaker?.name, q.speaker?.anonymous, q.via]).toEqual([
      "a source close to the talks",
      true,
      ["AFP"],
    ]);
  });

  it("a surname alone tells no gender, even one that is also a given name", () => {
    const text = '"The plan is dead," Cole said. "We must move on," she added.';
    expect(analyze({ text }).quotes.map((q) => q.speaker?.name)).toEqual(["Cole", "Cole"]);
  });

  it("a pronoun agrees in gender with the person it refers to, by given name or title", () => {
    const text = 'Tom Lee spoke first. Then Ann Cole took the stage.\n\n"This is our moment," he said.';
    expect(analyze({ text }).quotes.map((q) => q.speaker?.name)).toEqual(["Tom Lee"]);
  });

  it("a surname the tagger reads as a verb is still the person named in full before", () => {
    expect(speakers("Ann Dole arrived late. Dole said the traffic was terrible.")).toEqual([
      ["the traffic was terrible", "Ann Dole"],
    ]);
  });

  it("a share of a group keeps the group in the source's phrase", () => {
    expect(speakers("Just 30 percent of all voters say Clinton is honest.")).toEqual([
      ["Clinton is honest", "30 percent of all voters"],
    ]);
  });

  it("'Y was quoted by X as saying' reports Y's words, relayed by X", () => {
    const [q] = analyze({ text: "Cole was quoted by Reuters as saying that the plan was dead." }).quotes;
    expect([q.text, q.speaker?.name, q.via]).toEqual(["the plan was dead", "Cole", ["Reuters"]]);
    const [r] = analyze({ text: "Cole was quoted as saying that the plan was dead." }).quotes;
    expect([r.speaker?.name, r.via]).toEqual(["Cole", []]);
  });

  it("a named spokesperson speaks, not the body the apposition names", () => {
    expect(speakers("Li Wei, a spokesman for the ministry, told reporters that talks would resume.")).toEqual(
      [["talks would resume", "Li Wei"]],
    );
  });

  it("a message's author speaks, not the message", () => {
    expect(
      speakers(
        "Senator Mary Gowdy released a statement highlighting the role Congress played in the inquiry.",
      ),
    ).toEqual([["the role Congress played in the inquiry", "Mary Gowdy"]]);
    expect(
      speakers("The Acme campaign sent a fundraising email on Friday saying that taxes were too high."),
    ).toEqual([["taxes were too high", "Acme campaign"]]);
  });

  it("a place in the apposition is not the speaker", () => {
    expect(
      speakers(
        "Bob Friedman, a talk show host at a radio station in Alabama, said listeners had changed their minds.",
      ),
    ).toEqual([["listeners had changed their minds", "Bob Friedman"]]);
  });

  it("an outlet told the words is the relay; other addressees are not", () => {
    const via = (text: string) => analyze({ text }).quotes.map((q) => q.via);
    expect(via("John Smith told Reuters that the deal was done.")).toEqual([["Reuters"]]);
    expect(via("The minister told The Hollywood Reporter that the film would be released.")).toEqual([
      ["The Hollywood Reporter"],
    ]);
    expect(via("John Smith told lawmakers that the deal was done.")).toEqual([[]]);
  });

  it("the publishing outlet named as the addressee is the relay", () => {
    const [quote] = analyze({
      text: "Anna Berg told Grainwatch that prices would fall.",
      outlet: "Grainwatch",
    }).quotes;
    expect(quote?.via).toEqual(["Grainwatch"]);
  });

  it("a nominal cue belongs to its possessor, also past a modifier", () => {
    const text = "Senator Bo Lin defended his recent call to cap rents in the city.";
    const [q] = analyze({ text }).quotes;
    expect([q.text, q.speaker?.name, q.cue?.type]).toEqual(["cap rents in the city", "Bo Lin", "intention"]);
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe("his");
  });

  it("a warning delivered is the deliverer's", () => {
    expect(
      speakers("Mayor Tom Kell delivered a stern warning that the budget would run out by May."),
    ).toEqual([["the budget would run out by May", "Tom Kell"]]);
  });

  it("the subject of a cue with a content clause, where the words before it read as a verb", () => {
    // "Cooper" is also a verb: the token rules alone found no subject and no quote
    expect(speakers("Mayor Ellen Cooper said the bridge would reopen in May.")).toEqual([
      ["the bridge would reopen in May", "Ellen Cooper"],
    ]);
    // an object, not a content clause: nothing is reported
    expect(speakers("The museum hosts a dinner on Friday to discuss plans with donors.")).toEqual([]);
  });

  it("a place in a modifier of the subject, or a country in its apposition, is not the speaker", () => {
    expect(speakers("Farmers near Lake Placid said the harvest was late.")).toEqual([
      ["the harvest was late", "Farmers"],
    ]);
    expect(speakers("Norway, the largest donor to the fund, said it would double its pledge.")).toEqual([
      ["it would double its pledge", "Norway"],
    ]);
  });

  it("evidence cited after the content leaves the clause its own source", () => {
    expect(speakers("Analysts said sales would slow, citing weak demand.")).toEqual([
      ["sales would slow", "Analysts"],
    ]);
  });

  it("a participle after an object reports for the verb's subject, and the object is no speaker", () => {
    expect(
      speakers(
        "Dana Reyes, his chief of staff, urged a strong stand, saying that otherwise the deal would collapse.",
      ),
    ).toEqual([["otherwise the deal would collapse", "Dana Reyes"]]);
  });

  it("a relative pronoun that is the cue's object is no speaker: the clause's subject is", () => {
    const [q] = analyze({
      text: "The lander is based on its Blue Moon vehicle, which the company's founder Jeff Bezos announced earlier this year.",
    }).quotes;
    expect(q.speaker?.name).toBe("Jeff Bezos");
  });

  it("a role appositive without an article still only describes the person before it", () => {
    expect(
      speakers(
        "Senior author Dr. Vera Olin, associate professor of biology at Northfield University School of Medicine, commented: “The trial has ended.”",
      ),
    ).toEqual([["The trial has ended.", "Vera Olin"]]);
  });

  it("parses a sentence when first asked, the same whatever was asked before", () => {
    const article = articleUpToLanguage(seedText());
    const forward = parseArticle(article);
    const backward = parseArticle(article);
    expect(forward.deprel[0]).toBeUndefined();
    for (let i = 0; i < article.tokens.length; i++) forward.ensure(i);
    for (let i = article.tokens.length - 1; i >= 0; i--) backward.ensure(i);
    expect([...backward.head]).toEqual([...forward.head]);
    expect(backward.deprel).toEqual(forward.deprel);
    expect(forward.deprel.filter((r) => r === "nsubj").length).toBeGreaterThan(20);
  });
});

describe("a capital's name as a person's surname", () => {
  it("is the person named in full earlier, and speaks as that person", () => {
    const a = analyze({
      text: 'Ian Hamilton, an expert at the University of York, told Newsweek: "It is risky."\n\n"It is not risk free," Hamilton said.',
    });
    expect(a.entities.map((e) => e.name)).not.toContain("Bermuda");
    expect(a.quotes.map((q) => q.speaker?.name)).toEqual(["Ian Hamilton", "Ian Hamilton"]);
  });
});
