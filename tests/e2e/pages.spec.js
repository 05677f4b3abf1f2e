// Every route renders its own page in both languages, is accessible, fits a 320 px screen, and
// the shell (header, navigation, language switch, footer source) works.
import { test, expect, PAGES, LANGS, urlOf, axeViolations, expectHeading } from "./fixtures.js";

for (const lang of ["ja", "en"]) {
  for (const p of PAGES) {
    test(`${lang} /${p.path} renders, has its title, and passes axe`, async ({ page }) => {
      await page.goto(urlOf(p, lang));
      await expect(page.locator("h1")).toHaveText(p[lang]);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page).toHaveTitle(new RegExp(p[lang].replace(/[()]/g, ".")));
      await expect(page.locator("meta[name=description]")).toHaveAttribute("content", /.+/);
      // The footer cites the main source with its date once sources.json has loaded.
      await expect(page.locator(".site-footer")).toContainText(lang === "ja" ? "2025年5月16日" : "16 May 2025");
      // The current page (or the section it belongs to) is marked in the navigation.
      await expect(page.locator(".site-nav [aria-current]")).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test("the home page shows the plan's goal and three pillars with their source", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".goal__text")).toHaveText(
    "個人の権利及び利益を尊重しながらゲノム医療を推進することで、国民の健康に寄与することを目指す。",
  );
  const cards = page.locator(".pillar-card");
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0)).toContainText("国民の適切な理解と啓発");
  await expect(cards.nth(1)).toContainText("医療等の提供体制の構築");
  await expect(cards.nth(2)).toContainText("研究開発の推進");
  await expect(page.locator(".goal .source-line")).toContainText("厚生労働省");
  await expect(page.locator(".goal .source-line")).toContainText("6ページ");
  await expect(page.locator(".goal .source-line time")).toHaveAttribute("datetime", "2025-05-16");
});

test("a deep link opens its page directly", async ({ page }) => {
  await page.goto("/en/plan");
  await expect(page.locator("h1")).toHaveText("The Basic Plan");
  await expect(page.locator(".pillar-card")).toHaveCount(3);
});

test("the language switch keeps the current page, both ways", async ({ page }) => {
  await page.goto("/plan");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/plan$/);
  await expect(page.locator("h1")).toHaveText("The Basic Plan");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".goal__text")).toContainText("contribute to people's health");
  await page.getByRole("link", { name: /^日本語/ }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expect(page.locator("h1")).toHaveText("基本計画");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
});

// Once the app runs (here on a page that loads it: a page that loads its controls alone links to
// pre-rendered pages instead, controls.spec.js), it moves between pages itself.
test("in the app, navigation moves between pages without a reload", async ({ page }) => {
  await page.goto("/plan/care");
  await page.evaluate(() => (window.__sameDocument = true));
  for (const p of PAGES.slice(1, 7)) {
    await page.locator(".site-nav").getByRole("link", { name: new RegExp(`^${p.ja === "全ゲノム解析等の進み具合" ? "進み具合" : p.ja}$`) }).click();
    await expect(page.locator("h1")).toHaveText(p.ja);
    await expect(page).toHaveURL(new RegExp(`/${p.path}$`));
  }
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
});

test("an unknown path shows a helpful not-found page with a way home", async ({ page }) => {
  await page.goto("/no-such-page");
  await expect(page.locator("h1")).toHaveText("ページが見つかりません");
  await page.getByRole("link", { name: "トップページへ戻る" }).click();
  await expect(page.locator("h1")).toHaveText("ゲノム医療ナビ");
  await page.goto("/en/no/such/page");
  await expect(page.locator("h1")).toHaveText("Page not found");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test.describe("an unknown path several levels deep", () => {
  // The first try looks for the app's files beside the unknown path (a sub-path host); they are
  // not there, so the browser logs those 404s before the retry at the root succeeds.
  test.use({ allowedConsoleErrors: [/Failed to load resource.*404/] });
  test("still shows the app's not-found page, not a blank one", async ({ page }) => {
    await page.goto("/no/such/deep/page");
    await expect(page.locator("h1")).toHaveText("ページが見つかりません");
    await expect(page.locator(".site-nav")).toBeVisible();
  });
});

test("a hostile query string is ignored, not executed", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await page.goto("/plan?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lang=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E");
  await expect(page.locator("h1")).toHaveText("基本計画");
  await expect(page.locator(".pillar-card")).toHaveCount(3);
  expect(dialog).toBe(false);
});

test("no page scrolls sideways at 320 px, and touch targets are at least 44 px tall", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const lang of LANGS) {
    for (const p of PAGES) {
      await page.goto(urlOf(p, lang));
      await expectHeading(page, p[lang]);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${lang} /${p.path} scroll width`).toBeLessThanOrEqual(320);
      // A glossary term is a button inside a sentence: inline targets are exempt (WCAG 2.5.8).
      const small = await page.$$eval(".site-header a, .site-footer a, button, .button", (els) =>
        els
          .filter((e) => e.offsetParent !== null && !e.matches(".term__word"))
          .map((e) => [e.textContent.trim(), e.getBoundingClientRect().height])
          .filter(([, h]) => h < 44),
      );
      expect(small, `${lang} /${p.path} small targets`).toEqual([]);
    }
  }
});

test("before the WASM runs, each page's HTML already has its text; other paths get the shell", async ({ request }) => {
  // Chromium in Playwright still parses <noscript> as if scripts ran, so read the served HTML.
  const page = await (await request.get("/en/plan")).text();
  expect(page).toMatch(/<html lang="en" data-prerendered="\/en\/plan" data-app="controls">/);
  // Links resolve against <base href> (set to wherever the app is hosted), an in-page link too.
  expect(page).toContain('<a href="en/about"');
  expect(page).toMatch(/<a class="skip-link" href="en\/plan#main">/);
  expect(page).toContain("<title>The Basic Plan | Genome Medicine Navi</title>");
  expect(page).toMatch(/<h1[^>]*>The Basic Plan<\/h1>/);
  // Nothing of the build machine's address is baked into the page.
  expect(page).not.toMatch(/127\.0\.0\.1:\d+/);
  const shell = await (await request.get("/en/plan/no-such-pillar/x")).text();
  expect(shell).toContain('<span class="site-header__name">ゲノム医療ナビ</span>');
  expect(shell).toMatch(/id="boot-status"[^>]*>読み込んでいます… \/ Loading…</);
  expect(shell).toMatch(/<noscript>[\s\S]*JavaScriptを有効にしてください[\s\S]*<\/noscript>/);
  expect(shell).toContain("<title>ゲノム医療ナビ</title>");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the pre-rendered pages still show their content and link to each other", async ({ page }) => {
    await page.goto("/counselling");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("相談窓口");
    await page.locator(".situation-link").first().click();
    await expect(page.locator(".resource-card").first()).toBeVisible();
    await page.goto("/en/progress/cases");
    await expect(page.locator("#card-cases .bar-chart").first()).toBeVisible();
  });
});
