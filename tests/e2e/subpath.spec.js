// The same build works when hosted under a sub-path: pages, deep links, links and data.
import { test, expect, PAGES, urlOf } from "./fixtures.js";

const BASE = "/some/sub/path/";

test("every page opens by deep link under the sub-path", async ({ page }) => {
  for (const lang of ["ja", "en"]) {
    for (const p of PAGES) {
      await page.goto(urlOf(p, lang, BASE));
      await expect(page.locator("h1")).toHaveText(p[lang]);
    }
  }
});

test("links and data stay under the sub-path", async ({ page }) => {
  const requests = [];
  page.on("request", (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(BASE + "en/plan");
  await expect(page.locator(".pillar-card")).toHaveCount(3);
  await page.locator(".site-nav").getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/some\/sub\/path\/en\/about$/);
  await page.getByRole("link", { name: /^日本語/ }).click();
  await expect(page).toHaveURL(/\/some\/sub\/path\/about$/);
  // The language link loads the page anew; its pre-rendered links resolve against <base href>.
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  await page.locator(".site-header__name").click();
  await expect(page).toHaveURL(/\/some\/sub\/path\/$/);
  await expect(page.locator(".pillar-card")).toHaveCount(3);
  // The controls, and on a page that loads the app its data, come from under the sub-path too.
  expect(requests.some((p) => p.startsWith(BASE + "genome-navi-controls-"))).toBe(true);
  await page.goto(BASE + "counselling/all");
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  expect(requests).toContain(BASE + "data/counselling.json");
  expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
});
