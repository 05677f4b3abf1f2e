// The Action Plan's figures: tables with the source's values, fiscal years per language, and
// "part of a larger total" budget lines never shown as if they were this work's own amount.
import { test, expect, axeViolations } from "./fixtures.js";

test("case count tables show the source's values with Japanese fiscal years", async ({ page }) => {
  await page.goto("/progress");
  await expect(page.locator(".headline-figure")).toContainText("31,078");
  const cancer = page.locator("#cases-cancer");
  await expect(cancer.locator("tbody tr").first()).toContainText("令和3年度");
  await expect(cancer.locator("tbody tr").nth(1)).toContainText("8,925");
  await expect(cancer.locator("tfoot")).toContainText("14,089");
  const rare = page.locator("#cases-rare-disease");
  await expect(rare.locator("tbody tr").first().locator("th")).toHaveText("令和2~3年度");
  await expect(rare.locator("tfoot")).toContainText("16,989");
  await expect(page.locator("#cases-heading").locator("..").locator(".source-line time").first()).toHaveAttribute("datetime", "2025-03-17");
});

test("in English, fiscal years read FY and 内数 lines say they are part of a larger total", async ({ page }) => {
  await page.goto("/en/progress");
  await expect(page.locator("#cases-rare-disease tbody tr").first().locator("th")).toHaveText("FY2020–2021");
  await expect(page.locator("#cases-cancer tbody tr").last().locator("th")).toHaveText("FY2024");
  const lines = page.locator("#budget-lines tbody tr");
  await expect(lines.nth(0)).toContainText("13 × 100 million yen");
  await expect(lines.nth(0)).not.toContainText("part of a larger total");
  await expect(lines.nth(1)).toContainText("89 × 100 million yen (part of a larger total)");
  await expect(lines.nth(2)).toContainText("about 85");
  await expect(page.locator("#budget-supplementary")).toContainText("43 × 100 million yen (proposal)");
  expect(await axeViolations(page)).toEqual([]);
});
