// The two pages people come in worry for: where to get advice, and protection from discrimination.
import { test, expect, axeViolations } from "./fixtures.js";

const SITUATIONS = ["work", "insurance", "daily-life", "cancer", "rare-disease", "family-history", "prenatal", "consumer-test", "research"];

test("every situation is one tap from home, and its cards show how to get in touch and a dated source", async ({ page }) => {
  for (const [i, id] of SITUATIONS.entries()) {
    await page.goto("/");
    // Tap 1: the situation on the home page.
    await page.locator(".situation-link").nth(i).click();
    await expect(page).toHaveURL(new RegExp(`/counselling/${id}$`));
    const cards = page.locator(".resource-card");
    await expect(cards.first()).toBeVisible();
    // Tap 2: a phone number or an official page. (A service whose contact details could not be
    // verified shows none, but every situation has at least one that can be reached.)
    await expect(page.locator(".resource-card .contacts a").first()).toBeVisible();
    for (const card of await cards.all()) {
      // Every card's source says which date it carries: the document's own or, where the document
      // shows none, the day the content was compiled here.
      await expect(card.locator(":scope > .source-line .dated time").first()).toHaveAttribute("datetime", /^\d{4}(-\d{2}){0,2}$/);
      await expect(card.locator(":scope > .source-line a")).toHaveAttribute("href", /^https?:\/\//);
    }
    for (const tel of await page.locator('a[href^="tel:"]').all()) {
      await expect(tel).toHaveAttribute("href", /^tel:0\d{9,10}$/);
    }
  }
});

test("the human rights line is a well-formed phone link with its hours", async ({ page }) => {
  await page.goto("/counselling/daily-life");
  const tel = page.locator('a[href="tel:0570003110"]');
  await expect(tel).toHaveText("0570-003-110");
  await expect(tel.locator("xpath=ancestor::li[contains(@class,'contact')]")).toContainText("8時30分");
});

test("the all-resources filter narrows the list and stores nothing", async ({ page }) => {
  await page.goto("/counselling/all");
  const cards = page.locator(".resource-card");
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  expect(total).toBeGreaterThan(5);
  await page.getByLabel("名前や内容で絞り込む").fill("保険");
  await expect.poll(() => cards.count()).toBeLessThan(total);
  for (const card of await cards.all()) await expect(card).toContainText("保険");
  await page.getByLabel("名前や内容で絞り込む").fill("zzzz-nothing");
  await expect(page.locator(".filter__count")).toContainText("条件に合う窓口はありません");
  await expect(cards).toHaveCount(0);
  expect(page.url()).toMatch(/\/counselling\/all$/);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
});

test("the discrimination page explains the law and plan, then steps that link to resources", async ({ page }) => {
  await page.goto("/discrimination");
  await expect(page.locator("#act-says .plain-list > li").first()).toContainText("差別");
  await expect(page.locator("#plan-says .plain-list .source-line").first()).toBeVisible();
  const steps = page.locator(".steps > .step");
  expect(await steps.count()).toBeGreaterThanOrEqual(3);
  await expect(steps.first()).toContainText("ステップ1");
  // The first place a step sends you (the links under 「相談できるところ」, not a source's address).
  const link = page.locator(".steps .step__where + ul a").first();
  const href = await link.getAttribute("href");
  await link.click();
  await expect(page).toHaveURL(/\/counselling\/all#resource-/);
  await expect(page.locator(`#${href.split("#")[1]}`)).toBeVisible();
});

test("an unknown situation gets a helpful message and a way back", async ({ page }) => {
  await page.goto("/en/counselling/no-such-situation");
  await expect(page.locator("h1")).toHaveText("Situation not found");
  await page.getByRole("link", { name: "Back to the list of situations" }).click();
  await expect(page.locator("h1")).toHaveText("Where to get advice");
  await expect(page.locator(".situation-link")).toHaveCount(SITUATIONS.length);
});

for (const path of ["/counselling/work", "/en/counselling/insurance", "/counselling/all", "/en/discrimination", "/discrimination"]) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(".source-line").first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
