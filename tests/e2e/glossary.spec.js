// The glossary (/glossary, /glossary/{term}) and the terms marked in the content, whose short
// explanation opens in place by tap or keyboard, and without the app (a popover in the
// pre-rendered page).
import { test, expect, LANGS, axeViolations, baseText } from "./fixtures.js";

const prefix = (lang) => (lang === "ja" ? "/" : `/${lang}/`);

for (const lang of LANGS) {
  test.describe(`glossary (${lang})`, () => {
    test("the list has a row index that jumps to its rows, in order, and fits 320 px", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 740 });
      await page.goto(`${prefix(lang)}glossary`);
      const index = page.locator("nav.glossary-index a");
      expect(await index.count()).toBeGreaterThan(5);
      const rows = await page.locator(".glossary-row h2").allTextContents();
      expect(await index.allTextContents()).toEqual(rows);
      // Sorted: 五十音 rows (あ か さ…) or A–Z.
      expect([...rows].sort((a, b) => a.localeCompare(b, lang === "en" ? "en" : "ja"))).toEqual(rows);
      const last = index.last();
      const target = (await last.getAttribute("href")).split("#")[1];
      await last.click();
      await expect(page).toHaveURL(new RegExp(`#${target}$`));
      await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await page.locator("dl.glossary-list dt").count()).toBeGreaterThanOrEqual(50);
      expect(await axeViolations(page)).toEqual([]);
    });

    test("an entry has its own page with the term, the site's explanation and a way back", async ({ page }) => {
      await page.goto(`${prefix(lang)}glossary`);
      const first = page.locator("dl.glossary-list dt a").first();
      const term = await baseText(first);
      await first.click();
      await expect.poll(() => baseText(page.locator("main h1"))).toBe(term);
      await expect(page.locator("main .own-summary-label")).toBeVisible();
      await expect.poll(() => page.locator("main .breadcrumbs a").evaluate((a) => a.href)).toMatch(new RegExp(`${prefix(lang)}glossary$`));
      expect(await axeViolations(page)).toEqual([]);
    });

    test("an unknown term says so and links back to the list", async ({ page }) => {
      await page.goto(`${prefix(lang)}glossary/no-such-term`);
      await expect(page.locator(".not-found a.button")).toHaveAttribute("href", new RegExp(`${prefix(lang)}glossary$`));
    });

    test("a term in the text opens its explanation in place by tap and by keyboard", async ({ page }) => {
      await page.goto(`${prefix(lang)}plan/understanding?open=discrimination`);
      const words = page.locator("main .term__word");
      await expect(words.first()).toBeVisible();
      // Each term is marked once per page: its first occurrence.
      const terms = await words.evaluateAll((ws) => ws.map((w) => w.getAttribute("data-term")));
      expect(new Set(terms).size).toBe(terms.length);

      const word = words.first();
      const note = page.locator(`[id="${await word.getAttribute("aria-controls")}"]`);
      await expect(note).toBeHidden();
      await word.click();
      await expect(word).toHaveAttribute("aria-expanded", "true");
      await expect(note).toBeVisible();
      // In place: below the word, not over it.
      const [w, n] = [await word.boundingBox(), await note.boundingBox()];
      expect(n.y).toBeGreaterThanOrEqual(w.y + w.height - 1);
      await expect(note.locator("a")).toHaveAttribute("href", new RegExp(`${prefix(lang)}glossary/[a-z0-9-]+$`));
      expect(await axeViolations(page)).toEqual([]);
      // Esc closes it and puts the focus back on the word.
      await note.locator("a").focus();
      await page.keyboard.press("Escape");
      await expect(note).toBeHidden();
      await expect(word).toBeFocused();
      await expect(word).toHaveAttribute("aria-expanded", "false");
      // Enter opens it again.
      await page.keyboard.press("Enter");
      await expect(note).toBeVisible();
      // The link leads to the term's page.
      await note.locator("a").click();
      await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+$/);
    });
  });
}

test("in 日本語 with furigana on, a marked term shows the glossary's reading", async ({ page }) => {
  await page.goto("/plan/understanding?open=discrimination");
  const reading = page.locator("main .term__word rt").first();
  await expect(reading).toBeAttached();
  await expect(reading).toBeHidden();
  await page.locator(".furigana-switch").click();
  await expect(reading).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a pre-rendered page opens a term's explanation as a popover", async ({ page }) => {
    await page.goto("/plan");
    const word = page.locator("main .term__word").filter({ visible: true }).first();
    const note = page.locator(`[id="${await word.getAttribute("popovertarget")}"]`);
    await expect(note).toBeHidden();
    await word.click();
    await expect(note).toBeVisible();
    expect(await note.locator("a").evaluate((a) => a.href)).toMatch(/\/glossary\/[a-z0-9-]+$/);
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
  });

  test("every glossary entry is pre-rendered", async ({ page }) => {
    await page.goto("/en/glossary");
    const links = await page.locator("dl.glossary-list dt a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links.length).toBeGreaterThanOrEqual(50);
    const response = await page.goto(links[links.length - 1]);
    expect(response.status()).toBe(200);
    await expect(page.locator("main h1")).not.toBeEmpty();
  });
});
