// A browser that prefers English is offered English on the Japanese home page, in a line it can
// dismiss; nothing redirects, the URL always wins, and an explicit choice is remembered.
import { test, expect, axeViolations } from "./fixtures.js";

const CHOICE_KEY = "genome-navi:language";

test.describe("a browser that prefers English", () => {
  test.use({ locale: "en-US" });

  test("sees the offer on / without being redirected, and axe finds nothing", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("main h1")).toHaveText("ゲノム医療ナビ");
    const offer = page.locator(".language-offer");
    await expect(offer).toHaveAttribute("lang", "en");
    await expect(offer).toContainText("This site is also in English.");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("accepting opens English and is remembered; / stays Japanese and keeps offering", async ({ page }) => {
    await page.goto("/");
    await page.locator(".language-offer").getByRole("link", { name: "Read in English" }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator("main h1")).toHaveText("Genome Medicine Navi");
    expect(await page.evaluate((k) => localStorage.getItem(k), CHOICE_KEY)).toBe("en");
    await page.goto("/");
    await expect(page.locator("main h1")).toHaveText("ゲノム医療ナビ");
    await expect(page.locator(".language-offer")).toBeVisible();
  });

  test("dismissing is an explicit choice of Japanese: the offer does not come back", async ({ page }) => {
    await page.goto("/");
    await page.locator(".language-offer").getByRole("button", { name: "No thanks" }).click();
    await expect(page.locator(".language-offer")).toHaveCount(0);
    expect(await page.evaluate((k) => localStorage.getItem(k), CHOICE_KEY)).toBe("ja");
    await page.reload();
    await expect(page.locator("main h1")).toHaveText("ゲノム医療ナビ");
    await expect(page.locator(".language-offer")).toHaveCount(0);
  });

  test("the language switch is an explicit choice too", async ({ page }) => {
    await page.goto("/plan");
    await page.locator('.lang-switch a[hreflang="en"]').click();
    await expect(page).toHaveURL(/\/en\/plan$/);
    expect(await page.evaluate((k) => localStorage.getItem(k), CHOICE_KEY)).toBe("en");
    // The switch loads the page afresh: wait, like a reader, until the app has taken over.
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    await page.locator('.lang-switch a[hreflang="ja"]').click();
    await expect(page).toHaveURL(/\/plan$/);
    expect(await page.evaluate((k) => localStorage.getItem(k), CHOICE_KEY)).toBe("ja");
    await page.goto("/");
    await expect(page.locator(".language-offer")).toHaveCount(0);
  });

  test("the offer is never in the pre-rendered page", async ({ request }) => {
    const html = await (await request.get("/")).text();
    expect(html).toContain("data-prerendered");
    expect(html).not.toContain(`class="language-offer"`);
  });
});

test("a browser that prefers Japanese is offered nothing and nothing is stored", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("main h1")).toHaveText("ゲノム医療ナビ");
  await expect(page.locator(".situation-link").first()).toBeVisible();
  await expect(page.locator(".language-offer")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});
