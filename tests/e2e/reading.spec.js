// Reading aids that need no setting: Japanese headings wrap between phrases, never inside a word,
// both with Chromium's CSS auto-phrase and with the fallback that engines without it get (WebKit,
// Gecko): BudouX's phrases with <wbr> between them (src/components/phrase_breaks.rs).
import { test, expect } from "./fixtures.js";

/** For each character of the element's text, the index of the line it is drawn on. */
async function lineOfEachChar(locator) {
  return locator.evaluate((el) => {
    const out = [];
    // Readings (<rt>) are not part of the line's words.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement.closest("rt") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let lastTop = null;
    let line = -1;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (lastTop === null || rect.top > lastTop + rect.height / 2) {
          line += 1;
          lastTop = rect.top;
        }
        out.push({ ch: node.data[i], line });
      }
    }
    return out;
  });
}

function sameLine(chars, word) {
  const text = chars.map((c) => c.ch).join("");
  const at = text.indexOf(word);
  expect(at, `${word} in ${text}`).toBeGreaterThanOrEqual(0);
  const lines = new Set(chars.slice(at, at + word.length).map((c) => c.line));
  return lines.size === 1;
}

const FALLBACK_SCRIPT = /\/js\/phrase-breaks\.js$/;

for (const [path, words] of [
  ["/progress/cases", ["格納", "症例数"]],
  ["/discrimination", ["ゲノム医療推進法", "定めている"]],
  ["/easy/progress/cases", ["ゲノム", "データ", "保存", "症例"]],
]) {
  test(`headings on ${path} do not break inside a word (CSS auto-phrase)`, async ({ page }) => {
    const fallback = [];
    page.on("request", (r) => FALLBACK_SCRIPT.test(r.url()) && fallback.push(r.url()));
    await page.goto(path);
    const heading = page.locator("main h1, main h2").filter({ hasText: words[0] }).first();
    await expect(heading).toBeVisible();
    const chars = await lineOfEachChar(heading);
    for (const word of words) expect(sameLine(chars, word), `${word} is split across lines`).toBe(true);
    // Chromium breaks phrases itself: the fallback's script is never fetched.
    expect(fallback).toEqual([]);
  });

  test(`headings on ${path} do not break inside a word (fallback without auto-phrase)`, async ({ page }) => {
    await page.addInitScript(() => {
      const supports = CSS.supports.bind(CSS);
      CSS.supports = (...args) => !/auto-phrase/.test(args.join(" ")) && supports(...args);
    });
    // A narrow phone, so that every heading here wraps.
    await page.setViewportSize({ width: 320, height: 740 });
    await page.goto(path);
    // The headings have their breaks: pre-rendered on a page that loads its controls alone, else
    // once the app has loaded the fallback.
    await page.locator("html[data-phrase-breaks], html[data-app]").first().waitFor({ state: "attached" });
    // Without auto-phrase the page's own CSS must do the work.
    // A constructed stylesheet: the page's security policy refuses an added <style>.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(
        ":lang(ja) :is(h1, h2, h3) { word-break: normal !important; } :lang(ja) :is(h1, h2, h3):has(wbr) { word-break: keep-all !important; }",
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const heading = page.locator("main h1, main h2").filter({ hasText: words[0] }).first();
    await expect(heading.locator("wbr").first()).toBeAttached();
    const chars = await lineOfEachChar(heading);
    for (const word of words) expect(sameLine(chars, word), `${word} is split across lines`).toBe(true);
    // Every line after the first starts where a phrase starts.
    const text = chars.map((c) => c.ch).join("");
    const lineStarts = chars.map((c, i) => (i > 0 && c.line !== chars[i - 1].line ? i : -1)).filter((i) => i > 0);
    expect(lineStarts.length, `${text} wraps at 360 px`).toBeGreaterThan(0);
    const phraseStarts = await heading.evaluate((el) => {
      const starts = new Set();
      let at = 0;
      const walk = (n) => {
        if (n.nodeType === Node.TEXT_NODE) at += n.data.length;
        else if (n.nodeName === "WBR") starts.add(at);
        else if (!["RT", "RP"].includes(n.nodeName)) n.childNodes.forEach(walk);
      };
      walk(el);
      return [...starts];
    });
    for (const start of lineStarts) expect(phraseStarts, `a line of ${text} starts at ${start}`).toContain(start);
  });
}
