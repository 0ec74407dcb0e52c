/**
 * dossier serve in a real browser: Debian's headless Chromium driven by playwright-core, against
 * the built command serving a small corpus. Screenshots go to tmp/screenshots/ (not committed) for
 * a person to look at. Skipped, with a message, only where /usr/bin/chromium is absent.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, seedText } from "./helpers.js";
import { corpusDb, PAYLOADS, XSS_SPEAKER, XSS_TITLE } from "./web-fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const SHOTS = join(ROOT, "tmp", "screenshots");
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let server: ChildProcess;
let base: string;
let context: BrowserContext;
let page: Page;
/** Script errors and failed loads on any page: there should be none. */
const problems: string[] = [];
/** alert() and friends: an injected payload would open one. */
const dialogs: string[] = [];

async function startServer(db: string): Promise<string> {
  server = spawn(process.execPath, [CLI, "serve", "--db", db, "--port", "0"], { cwd: ROOT });
  let stderr = "";
  server.stderr?.on("data", (d) => {
    stderr += d;
  });
  return new Promise<string>((resolve, reject) => {
    server.stdout?.once("data", (d) => resolve(String(d).trim()));
    server.once("exit", () => reject(new Error(`dossier serve exited: ${stderr}`)));
  });
}

async function openBrowser(): Promise<void> {
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "dossier-chromium-")), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1400, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
const quoteSpeakers = () => page.locator("aside .quotes h3").allTextContents();

const available = existsSync(CHROMIUM);
if (!available)
  console.warn(`web-browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium; .ci/run does)`);

describe.skipIf(!available)("dossier serve in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    base = await startServer(await corpusDb());
    await openBrowser();
  });
  afterAll(async () => {
    await context?.close();
    server?.kill("SIGTERM");
  });

  it("analyses the pasted seed article: quotes highlighted, Peskov and Kishida among the speakers", async () => {
    await page.goto(base);
    await page.fill("textarea#content", seedText());
    await page.click('form[action="/analyze"] button[type="submit"]');
    await page.waitForSelector('article [data-layer="quote"]');
    expect(await page.locator('article [data-layer="quote"]').count()).toBeGreaterThanOrEqual(25);
    const speakers = (await quoteSpeakers()).join("\n");
    expect(speakers).toContain("Dmitry Peskov");
    expect(speakers).toContain("Fumio Kishida");
    const peskov = page.locator('article [data-layer="quote"]', {
      hasText: "Certainly, under such conditions",
    });
    const colour = await peskov.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(colour).not.toBe("rgba(0, 0, 0, 0)");
    expect(await page.locator("h1").textContent()).toMatch(/^The Japanese government will continue/);
    await shot("1-seed-article");
  });

  it("opens a card on hover and on keyboard focus; Esc closes it", async () => {
    const peskov = page.locator('article [data-layer="quote"]', {
      hasText: "Certainly, under such conditions",
    });
    await peskov.hover();
    const card = page.locator("#card");
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/Dmitry Peskov.*direct quote.*“said”/s);
    await shot("2-hover-card");
    await page.keyboard.press("Escape");
    await expect.poll(() => card.isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    // Tab from the search box in the navigation bar: the text's first highlight takes focus, with its card
    await page.focus('nav input[name="q"]');
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.closest("article") !== null)) break;
    }
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-layer"));
    expect(["quote", "entity", "timex", "technique"]).toContain(focused);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-describedby"))).toBe("card");
    await page.keyboard.press("Escape");
    await expect.poll(() => card.isVisible()).toBe(false);
  });

  it("toggles a layer off and on", async () => {
    const quote = page.locator('article [data-layer="quote"]').first();
    const background = () =>
      quote.evaluate((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor);
    const shown = await background();
    await page.uncheck('input[data-toggle="quote"]');
    expect(await page.evaluate(() => document.body.classList.contains("hide-quote"))).toBe(true);
    expect(await background()).toBe("nonergba(0, 0, 0, 0)");
    expect(await quote.getAttribute("tabindex")).toBe("-1");
    // the legend and the panels keep their colours
    const swatch = page.locator("aside .quotes h3 .swatch").first();
    expect(await swatch.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
    await shot("3-quotes-off");
    await page.check('input[data-toggle="quote"]');
    expect(await background()).toBe(shown);
  });

  it("leads from a panel item to its place in the text", async () => {
    const link = page.locator("aside .timeline a").first();
    const target = (await link.getAttribute("href"))!.slice(1);
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
    expect(await page.locator("#card").isVisible()).toBe(true);
    const tech = page.locator("aside .techniques a").first();
    await tech.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-layer")))
      .toBe("technique");
  });

  it("searches the stored corpus and opens a hit", async () => {
    await page.goto(base);
    await page.fill('nav input[name="q"]', "bridge safe");
    await page.press('nav input[name="q"]', "Enter");
    await page.waitForSelector("ol.hits li");
    const first = page.locator("ol.hits li a").first();
    const title = await first.textContent();
    await shot("4-search");
    await first.click();
    await page.waitForSelector('article [data-layer="quote"]');
    expect(await page.locator("h1").textContent()).toBe(title);
    expect((await quoteSpeakers()).join("\n")).toMatch(/Jane Roe|Maria Chen/);
  });

  it("shows a speaker's page with the chart, then a statement's journey", async () => {
    await page.goto(`${base}speakers/Jane%20Roe`);
    expect(await page.locator("h1").textContent()).toBe("Jane Roe");
    expect(await page.locator(".chart svg rect.bar").count()).toBeGreaterThan(0);
    expect(await page.locator("ul.quotes li").count()).toBeGreaterThanOrEqual(3);
    await shot("5-speaker");
    await page.locator('ul.clusters a[href^="/clusters/"]').first().click();
    await page.waitForSelector("table.journey");
    expect(await page.locator(".error").textContent()).toMatch(/Credited to different speakers/);
    await shot("6-cluster");
    // a quote of the journey opens its article at that quote, with its card
    await page.locator("table.journey a.q").nth(1).click();
    await page.waitForSelector("article");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-layer")))
      .toBe("quote");
  });

  it("shows the hostile article's payloads as text, running none of them", async () => {
    await page.goto(`${base}articles/xss`);
    expect(await page.locator("h1").textContent()).toBe(XSS_TITLE);
    const text = (await page.locator("article").textContent()) ?? "";
    for (const p of [PAYLOADS.script, PAYLOADS.textarea, PAYLOADS.svg]) expect(text).toContain(p);
    expect((await quoteSpeakers()).join("\n")).toContain(XSS_SPEAKER);
    await page.locator('article [data-layer="quote"]').first().hover();
    expect(await page.locator("#card").textContent()).toContain(XSS_SPEAKER);
    await shot("7-xss");
    await page.goto(`${base}speakers/${encodeURIComponent(XSS_SPEAKER)}`);
    expect(await page.locator("h1").textContent()).toBe(XSS_SPEAKER);
    await page.goto(`${base}?q=plan`);
    expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
    expect(await page.locator("img, b").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("met no script error or failed load on any page", () => {
    expect(problems).toEqual([]);
  });
});
