/** Quoting marks other than double ones: single marks as an outlet's quotation marks, old AP primes (src/quotes/marks.ts quotingText). */
import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.js";
import { quotingText } from "../src/quotes/marks.js";

describe("single quotation marks as an article's quoting marks", () => {
  it("maps quoting marks one for one and leaves apostrophes", () => {
    const text =
      "Sir Philip told the BBC: 'We have got 450 stores. That's it.'\n\n" +
      "The players' union wants 'certain onerous leases' across the board.";
    const mapped = quotingText(text);
    expect(mapped).toHaveLength(text.length);
    expect(mapped).toBe(
      "Sir Philip told the BBC: “We have got 450 stores. That's it.”\n\n" +
        "The players' union wants “certain onerous leases” across the board.",
    );
  });

  it("keeps a quotation inside a quotation and a possessive inside a quotation", () => {
    const text = "‘I was the first to yell out, ‘Shut up’. The players’ union followed,’ he said.";
    expect(quotingText(text)).toBe(
      "“I was the first to yell out, ‘Shut up’. The players’ union followed,” he said.",
    );
  });

  it("changes nothing in an article that has double marks or no clear opening single mark", () => {
    const withDouble = "He said: \"We won.\" Then 'the deal' was signed.";
    expect(quotingText(withDouble)).toBe(withDouble);
    const noQuote = "The players' union met in the '90s and said it won.";
    expect(quotingText(noQuote)).toBe(noQuote);
  });

  it("reads single-mark quotations as direct quotes, with their texts as written", () => {
    const text =
      "Health minister Zahid Maleque on Thursday directed officials not to talk to media.\n\n" +
      "‘Giving any statement to media creates misunderstanding,’ he said.\n\n" +
      "Sir Philip Green told the BBC: 'We have got 450 stores.'\n\n" +
      "He added: 'Now, there may be other opportunities.'";
    const quotes = analyze({ text }).quotes;
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ["direct", "Zahid Maleque", "Giving any statement to media creates misunderstanding,"],
      ["direct", "Philip Green", "We have got 450 stores."],
      ["direct", "Philip Green", "Now, there may be other opportunities."],
    ]);
  });

  it("reads old AP copy's ``...″ as a quotation, and a prime after a digit as inches", () => {
    const text =
      "The tally was close.\n\n``We have given ourselves a structure,″ said Charles Boefferding, an organizer of the 12″ display.";
    const quotes = analyze({ text }).quotes;
    expect(quotes.map((q) => [q.kind, q.speaker?.name, q.text])).toEqual([
      ["direct", "Charles Boefferding", "We have given ourselves a structure,"],
    ]);
    expect(quotingText(text)).toContain("12″");
  });
});
