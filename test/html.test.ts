import { describe, expect, it } from "vitest";
import { htmlToDocument, parseCaption, postClean } from "../src/document/html.js";

const PARAGRAPHS = [
  "The city council voted on Tuesday to expand the night bus network, adding four routes that will run until 3 a.m. from next spring.",
  "Supporters said the change would help shift workers, who often wait more than an hour for a ride home after the last trains stop.",
  "The transport director said the extra service would cost about 2 million euros a year, paid from the regional mobility fund.",
  "Opponents questioned whether ridership would justify the expense, pointing to half-empty buses on the existing night lines.",
];

const PAGE = `<!doctype html>
<html lang="en"><head>
<title>Council expands night buses | The Daily Example</title>
<meta property="og:title" content="Council expands night buses">
<meta property="og:site_name" content="The Daily Example">
<link rel="canonical" href="https://example.com/news/night-buses">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Council expands night buses","datePublished":"2019-11-19T08:30:00Z",
 "author":{"@type":"Person","name":"Jane Doe"}}</script>
</head><body>
<header class="site-header"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article class="story">
<h1>Council expands night buses</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p class="byline">By Jane Doe</p>
<p>${PARAGRAPHS[0]}</p>
<figure><img src="bus.jpg" alt=""><figcaption>A night bus waits at the central station.</figcaption>
<span class="credit">Photo: John Smith / Reuters</span></figure>
<p>${PARAGRAPHS[1]}</p>
<p>${PARAGRAPHS[2]}</p>
<p>Read more: <a href="/news/trams">Trams to run all night at weekends</a></p>
<p>${PARAGRAPHS[3]}</p>
<div class="related-articles"><h3>Related stories</h3><ul>
<li><a href="/a">Bus fares to rise in January after council vote</a></li>
<li><a href="/b">New cycle lanes open on the ring road this week</a></li>
<li><a href="/c">Night-time economy report published by the mayor</a></li></ul></div>
</article></main>
<footer class="site-footer"><p>Copyright 2019 The Daily Example. All rights reserved.</p></footer>
</body></html>`;

describe("htmlToDocument", () => {
  const doc = htmlToDocument(PAGE);
  const slice = (b: { start: number; end: number }) => doc.text.slice(b.start, b.end);

  it("keeps exactly the article paragraphs as body blocks", () => {
    const body = doc.blocks.filter((b) => b.type !== "caption").map(slice);
    expect(body).toEqual(PARAGRAPHS);
  });

  it("makes the figure caption and its credit one caption block with parts filled", () => {
    const captions = doc.blocks.filter((b) => b.type === "caption");
    expect(captions).toHaveLength(1);
    expect(slice(captions[0])).toBe("A night bus waits at the central station.\nPhoto: John Smith / Reuters");
    expect(captions[0].caption).toEqual({
      description: "A night bus waits at the central station.",
      source: "Reuters",
      credit: "John Smith",
    });
  });

  it("fills title, outlet, byline, published date and canonical URL", () => {
    expect(doc.meta).toMatchObject({
      title: "Council expands night buses",
      outlet: "The Daily Example",
      byline: "Jane Doe",
      published: "2019-11-19T08:30:00Z",
      url: "https://example.com/news/night-buses",
    });
  });

  it("gives blocks ordered, non-overlapping offsets separated by blank lines", () => {
    for (let i = 1; i < doc.blocks.length; i++) {
      expect(doc.blocks[i].start).toBe(doc.blocks[i - 1].end + 2);
      expect(doc.text.slice(doc.blocks[i - 1].end, doc.blocks[i].start)).toBe("\n\n");
    }
    expect(doc.blocks[0].start).toBe(0);
    expect(doc.blocks.at(-1)?.end).toBe(doc.text.length);
  });

  it("splits <br>-separated paragraphs and keeps list items and table rows as blocks", () => {
    const filler =
      "This sentence is long enough to be an ordinary paragraph of article text, and then some more.";
    const html = `<html><body><article>
      <p>${filler}<br><br>Second paragraph after a double break, with enough words to count as text.</p>
      <p>${filler}</p><ul><li>First point of the list, written as a sentence.</li><li>Second point of the list.</li></ul>
      <table><tr><td>Team</td><td>Points</td></tr><tr><td>Rovers</td><td>12</td></tr></table>
      <p>${filler}</p><blockquote><p>A quoted passage from the report, in full.</p></blockquote><p>${filler}</p>
    </article></body></html>`;
    const d = htmlToDocument(html);
    const texts = d.blocks.map((b) => d.text.slice(b.start, b.end));
    expect(texts).toContain("Second paragraph after a double break, with enough words to count as text.");
    expect(texts).toContain("Second point of the list.");
    expect(texts).toContain("Rovers 12");
    expect(texts).toContain("A quoted passage from the report, in full.");
  });

  it("falls back to the densest container when Readability finds nothing", () => {
    const d = htmlToDocument(
      "<html><body><div><p>Short page text that is still an article.</p></div></body></html>",
    );
    expect(d.text).toBe("Short page text that is still an article.");
  });
});

describe("caption furniture", () => {
  it("drops 'Caption' / 'Close' buttons and repeated credits, joining credit and description", () => {
    const filler = "An ordinary paragraph of article text that is long enough to be kept as body text here.";
    const html = `<html><body><article><p>${filler}</p><p>${filler} Again.</p>
      <figure><img src="a.jpg"><div class="credit">Photo: Jane Roe, AP</div><div class="credit">Photo: Jane Roe, AP</div>
      <div>Caption</div><div>Close</div><figcaption>Workers repair the bridge on Monday.</figcaption></figure>
      <p>${filler} Third.</p></article></body></html>`;
    const d = htmlToDocument(html);
    const captions = d.blocks.filter((b) => b.type === "caption");
    expect(captions.map((b) => d.text.slice(b.start, b.end))).toEqual([
      "Photo: Jane Roe, AP\nWorkers repair the bridge on Monday.",
    ]);
    expect(captions[0].caption).toEqual({
      description: "Workers repair the bridge on Monday.",
      source: "AP",
      credit: "Jane Roe",
    });
    expect(d.blocks.filter((b) => b.type === "paragraph")).toHaveLength(3);
  });
});

describe("caption markup outside <figure>", () => {
  it("turns a caption-classed element into a caption block, out of the body", () => {
    const filler = "An ordinary paragraph of article text that is long enough to be kept as body text here.";
    const html = `<html><body><article><p>${filler}</p><div class="wp-caption"><img src="a.jpg">
      <p class="wp-caption-text">The mayor opens the new library on Friday. (AP Photo/Jane Roe)</p></div>
      <p>${filler} Again.</p><p>${filler} Third.</p></article></body></html>`;
    const d = htmlToDocument(html);
    const body = d.blocks.filter((b) => b.type === "paragraph").map((b) => d.text.slice(b.start, b.end));
    expect(body).toEqual([filler, `${filler} Again.`, `${filler} Third.`]);
    const caption = d.blocks.find((b) => b.type === "caption");
    expect(caption?.caption).toEqual({
      description: "The mayor opens the new library on Friday.",
      source: "AP",
      credit: "Jane Roe",
    });
  });
});

describe("postClean", () => {
  const piece = (text: string, linkChars = 0) => ({ type: "paragraph" as const, text, linkChars });

  it("drops datelines, bylines, read-more lines and link lists, keeps text and tweet attributions", () => {
    const kept = postClean(
      [
        piece("Published 7:07 PM EST Nov 19, 2019"),
        piece("By Jane Doe and John Roe"),
        piece("Jane Doe, Associated Press"),
        piece("SEE MORE: Protests spread to the university campus"),
        piece("Bus fares to rise in January", 28),
        piece("— Jane Doe (@janedoe) November 18, 2019"),
        piece("July 2 -- Mohegan Sun Arena, Uncasville, CT"),
        piece("The council voted on Tuesday."),
      ],
      { byline: null },
    ).map((p) => p.text);
    expect(kept).toEqual([
      "— Jane Doe (@janedoe) November 18, 2019",
      "July 2 -- Mohegan Sun Arena, Uncasville, CT",
      "The council voted on Tuesday.",
    ]);
  });

  it("keeps unspaced (CJK) paragraphs that contain a clock time", () => {
    const zh =
      "香港警方周一上午10:30在理工大学外与示威者对峙数百名学生被困校园内多名议员前往现场调停局势持续紧张。";
    expect(postClean([piece(zh)], { byline: null }).map((p) => p.text)).toEqual([zh]);
  });

  it("turns in-flow credit lines into captions", () => {
    const out = postClean([piece("Protesters march in the rain. (AP Photo/Jane Doe)")], { byline: null });
    expect(out[0].type).toBe("caption");
  });
});

describe("parseCaption", () => {
  it("splits description, agency and photographer", () => {
    expect(parseCaption("Traders on the floor. REUTERS/Brendan Smith")).toEqual({
      description: "Traders on the floor.",
      source: "REUTERS",
      credit: "Brendan Smith",
    });
    expect(parseCaption("A row of unsold cars. (AP Photo/David Zed)")).toEqual({
      description: "A row of unsold cars.",
      source: "AP",
      credit: "David Zed",
    });
    expect(parseCaption("The governor at the White House.\nAlex Wong | Getty Images")).toEqual({
      description: "The governor at the White House.",
      source: "Getty Images",
      credit: "Alex Wong",
    });
  });
});

describe("pathological markup", () => {
  it("reads a page nested thousands of levels deep as plain text instead of running Readability", () => {
    const depth = 3000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>The council said the road would reopen.</p>${"</div>".repeat(depth)}</body></html>`;
    const doc = htmlToDocument(html);
    expect(doc.text).toBe("The council said the road would reopen.");
    expect(doc.blocks).toEqual([{ type: "paragraph", start: 0, end: doc.text.length }]);
  });
});
