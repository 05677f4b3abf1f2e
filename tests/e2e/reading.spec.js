// Reading aids that need no setting: Japanese headings wrap between phrases, never inside a word.
import { test, expect } from "./fixtures.js";

/** For each character of the element's text, the index of the line it is drawn on. */
async function lineOfEachChar(locator) {
  return locator.evaluate((el) => {
    const out = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
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

for (const [path, words] of [
  ["/progress/cases", ["格納", "症例数"]],
  ["/discrimination", ["ゲノム医療推進法", "定めている"]],
]) {
  test(`headings on ${path} do not break inside a word`, async ({ page }) => {
    await page.goto(path);
    const heading = page.locator("main h1, main h2").filter({ hasText: words[0] }).first();
    await expect(heading).toBeVisible();
    const chars = await lineOfEachChar(heading);
    for (const word of words) expect(sameLine(chars, word), `${word} is split across lines`).toBe(true);
  });
}
