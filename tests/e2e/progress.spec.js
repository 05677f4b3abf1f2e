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

test("charts show each year's value as a label, switch to cumulative by keyboard, and keep a table", async ({ page }) => {
  await page.goto("/progress");
  const cancer = page.locator("#chart-cancer-annual");
  await expect(cancer.locator(".bar__value")).toHaveText(["2,438", "8,925", "1,321", "1,405"]);
  await expect(cancer.locator(".bar__label").first()).toHaveText("令和3年度");
  await expect(cancer.locator("desc")).toContainText("令和4年度 8,925");
  const cumulative = page.getByRole("button", { name: "累積" });
  await cumulative.focus();
  await page.keyboard.press("Enter");
  await expect(cumulative).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("#chart-rare-disease-cumulative .bar__value")).toHaveText(["4,521", "8,033", "12,418", "16,989"]);
  const summary = page.getByText("表で見る");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#cases-cancer")).toBeVisible();
});

test("the CSV download contains the same figures as the tables", async ({ page }) => {
  await page.goto("/en/progress");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("genome-navi-cases.csv");
  const text = await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString("utf8"));
  const lines = text.replace(/^\uFEFF/, "").trim().split("\n");
  expect(lines[0]).toBe("field,fiscal_year,fiscal_year_end,cases_stored,cumulative,as_of,source_page");
  expect(lines).toContain("Cancer,2022,2022,8925,11363,2025-03-17,10");
  expect(lines).toContain("Intractable (rare) diseases,2024,2024,4571,16989,2025-03-17,10");
  expect(lines).toHaveLength(9);
});

test("each card has its own route; an unknown card says so", async ({ page }) => {
  await page.goto("/progress/cases");
  await expect(page.locator("h1")).toHaveText("全ゲノム解析等のデータ格納症例数");
  await expect(page.locator("#card-budget")).toHaveCount(0);
  await expect(page.locator("#chart-cancer-annual")).toBeVisible();
  await page.goto("/en/progress/budget");
  await expect(page.locator("#budget-lines")).toBeVisible();
  await page.goto("/progress/no-such-card");
  await expect(page.locator("h1")).toHaveText("そのカードは見つかりません");
  expect(await axeViolations(page)).toEqual([]);
});

test("the budget chart shows only this work's own amounts, the proposal marked", async ({ page }) => {
  await page.goto("/progress/budget");
  const chart = page.locator("#chart-budget");
  await expect(chart.locator(".bar__value")).toHaveText(["16", "13", "46", "43（案）"]);
  await expect(chart.locator(".bar__label")).toHaveText(["令和6年度当初", "令和7年度当初", "令和5年度補正", "令和6年度補正"]);
  await expect(page.locator("#card-budget")).toContainText("グラフに入れていません");
});

test("the organisation reads as a tree, with the 2024-12-23 decisions and later facts sourced", async ({ page }) => {
  await page.goto("/en/progress/organisation");
  const steering = page.locator("#org-steering-committee");
  await expect(steering).toContainText("Steering committee");
  // The independent committees sit under the steering committee in the nested list.
  await expect(steering.locator("xpath=following-sibling::ul").locator(".org-node")).toHaveCount(3);
  await expect(page.locator("#card-organisation")).toContainText("Decided on 23 December 2024");
  await expect(page.locator("#card-organisation")).toContainText("not yet confirmed on an official page");
  expect(await axeViolations(page)).toEqual([]);
});

test("the timeline is an ordered list in date order", async ({ page }) => {
  await page.goto("/progress/timeline");
  await expect(page.locator(".timeline > li > time.status__date").first()).toBeVisible();
  const dates = await page.locator(".timeline > li > time.status__date").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  expect(dates.length).toBeGreaterThanOrEqual(8);
  expect([...dates].sort()).toEqual(dates);
  expect(dates).toContain("2023-06-16");
});
