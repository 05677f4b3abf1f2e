// Search: results as you type over the current language's pages, keyboard selection, readings
// and other spellings from the glossary, hostile queries, the header's form (with and without
// JavaScript) and search offline after one visit.
import { test, expect, LANGS, axeViolations, baseText } from "./fixtures.js";

const prefix = (lang) => (lang === "ja" ? "/" : `/${lang}/`);
/** A query each language's content answers, and a word its top result's title contains. */
const QUERIES = {
  ja: { q: "差別", lang: "ja" },
  easy: { q: "差別", lang: "ja" },
  en: { q: "discrimination", lang: "en" },
};

const results = (page) => page.locator(".search-results a.search-result");

for (const lang of LANGS) {
  test.describe(`search (${lang})`, () => {
    test("typing shows results with the match highlighted; arrow keys and Enter work", async ({ page }) => {
      await page.goto(`${prefix(lang)}search`);
      const box = page.locator("#search-query");
      await box.fill(QUERIES[lang].q);
      await expect(results(page).first()).toBeVisible();
      const count = await results(page).count();
      expect(count).toBeGreaterThan(2);
      // The count is announced (a status line) and the address keeps the query.
      await expect(page.locator(".search-status[role=status]")).toContainText(/\d/);
      await expect(page).toHaveURL(/\?q=/);
      await expect(results(page).locator("mark").first()).toBeVisible();
      // Every result is a page of this language.
      for (const href of await results(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
        if (lang === "ja") expect(href).not.toMatch(/^\/(en|easy)\//);
        else expect(href.startsWith(`/${lang}/`), href).toBe(true);
      }
      expect(await axeViolations(page)).toEqual([]);
      await box.press("ArrowDown");
      await expect(results(page).nth(0)).toBeFocused();
      await page.keyboard.press("ArrowDown");
      await expect(results(page).nth(1)).toBeFocused();
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      await expect(box).toBeFocused();
      await box.press("ArrowDown");
      const target = await results(page).nth(0).getAttribute("href");
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`${target.replace(/[.?*+^$()[\]{}|\\]/g, "\\$&")}$`));
      await expect(page.locator("main h1")).toBeVisible();
    });
  });
}

test("a reading finds the term it reads (いでんし → 遺伝子), and full-width letters are folded", async ({ page }) => {
  await page.goto("/search?q=いでんし");
  await expect(results(page).first()).toBeVisible();
  const titles = await results(page).locator(".search-result__title").allTextContents();
  expect(titles.some((t) => t.includes("遺伝子")), titles.join(" | ")).toBe(true);
  // Never particles: no result is there only for で or し.
  await expect(results(page).locator("mark").first()).toContainText("遺伝子");
  await page.goto("/en/search?q=ｎｉｐｔ");
  await expect(results(page).first()).toBeVisible();
  await expect(results(page).first().locator("mark").first()).toHaveText(/nipt/i);
});

test("hostile and odd queries: no markup, no panic, a helpful line", async ({ page }) => {
  page.on("dialog", () => {
    throw new Error("a query opened a dialog");
  });
  await page.goto("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E");
  await expect(page.locator(".search-status")).not.toBeEmpty();
  await expect(page.locator("main img, main script")).toHaveCount(0);
  // The reader's words are shown as text when nothing matches.
  await page.goto("/search?q=%3Czzqxjv%3E");
  await expect(page.locator(".search-status")).toContainText("「<zzqxjv>」");
  await expect(page.locator("main zzqxjv")).toHaveCount(0);
  // Nothing found: glossary words to try and the situations list.
  await expect(page.locator(".search-help__terms a").first()).toBeVisible();
  await expect(page.locator(".search-help a[href$='/counselling']")).toBeVisible();
  // Only symbols or emoji, or nothing: asked to type a word.
  for (const q of ["%21%21%21%3F%3F", "%F0%9F%A7%AC", ""]) {
    await page.goto(`/search?q=${q}`);
    await expect(page.locator(".search-status")).toHaveText("探したい言葉を入れてください。");
  }
  // Very long: cut to 100 characters. Given twice: the first counts.
  await page.goto(`/search?q=${"遺伝".repeat(400)}`);
  expect((await page.locator("#search-query").inputValue()).length).toBe(100);
  await page.goto("/search?q=%E4%BF%9D%E9%99%BA&q=zzz");
  await expect(page.locator("#search-query")).toHaveValue("保険");
  await expect(results(page).first()).toBeVisible();
});

test("a result leads to the item itself: a service on a page that lists it", async ({ page }) => {
  await page.goto("/search?q=インターネット人権相談");
  const link = page.locator(".search-results a[href*='#resource-']").first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/\/counselling\/[a-z-]+\/?#resource-moj-internet-consultation-name$/);
  await link.click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toBeInViewport();
});

test("the language switch keeps the search", async ({ page }) => {
  await page.goto("/search");
  await page.locator("#search-query").fill("NIPT");
  await expect(results(page).first()).toBeVisible();
  await page.locator(".lang-switch a[hreflang=en]").click();
  await expect(page).toHaveURL(/\/en\/search\?q=NIPT$/);
  await expect(page.locator("#search-query")).toHaveValue("NIPT");
  await expect(results(page).first()).toBeVisible();
});

test("the header's search box on every page leads to the results", async ({ page }) => {
  await page.goto("/en/plan");
  await page.getByRole("searchbox", { name: "Search this site" }).first().fill("genome");
  await page.getByRole("searchbox", { name: "Search this site" }).first().press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=genome$/);
  await expect(results(page).first()).toBeVisible();
  expect(await baseText(page.locator("main h1"))).toBe("Search");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the header's form submits to /search", async ({ page }) => {
    await page.goto("/plan");
    const box = page.locator(".site-search input[name=q]");
    await box.fill("差別");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=%E5%B7%AE%E5%88%A5$/);
  });
});

test.describe("offline", () => {
  test.use({ serviceWorkers: "allow" });
  test("after one visit, search works with no network", async ({ page, context }) => {
    await page.goto("/");
    await page.waitForFunction(() => !!navigator.serviceWorker && !!navigator.serviceWorker.controller);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    await page.goto("/search?q=保険");
    await expect(results(page).first()).toBeVisible();
    await page.goto("/en/search?q=counselling");
    await expect(results(page).first()).toBeVisible();
  });
});
