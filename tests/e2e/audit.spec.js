// What the content audit of 2026-11-24 asked for, as a reader sees it: every date says what kind
// of date it is, unconfirmed things say so, and each heading on the discrimination page holds only
// what it claims, in both languages.
import { test, expect, axeViolations, PAGES, urlOf } from "./fixtures.js";

const LABELS = {
  ja: { published: "資料の日付", compiled: "この内容をまとめた日", holdsOn: "時点", unknown: "不明" },
  en: { published: "source dated", compiled: "compiled here on", holdsOn: "as of", unknown: "unknown" },
};

for (const lang of ["ja", "en"]) {
  test(`${lang}: every date on every page is inside a label that names its kind`, async ({ page }) => {
    for (const p of PAGES) {
      await page.goto(urlOf(p, lang));
      await expect(page.locator("main h1")).toBeVisible();
      const unlabelled = await page.locator("time").evaluateAll((els) =>
        els.filter((t) => !t.closest(".dated[data-date-kind]")).map((t) => t.outerHTML),
      );
      expect(unlabelled, `${p.path}: dates without their kind`).toEqual([]);
      // The day the material was compiled is never shown as an "as of" date.
      const text = await page.locator("main").innerText();
      expect(text).not.toMatch(lang === "ja" ? /2026年11月24日時点/ : /as of 24 November 2026/);
    }
  });

  test(`${lang}: a counselling service shows its labelled dates`, async ({ page }) => {
    await page.goto(urlOf({ path: "counselling/daily-life" }, lang));
    const card = page.locator(".resource-card").first();
    const line = card.locator(":scope > .source-line");
    await expect(line.locator('.dated[data-date-kind="published"]')).toContainText(LABELS[lang].published);
    // The MOJ page shows no date of its own: it says so, and gives the day it was compiled here.
    await expect(line.locator('.dated[data-date-kind="published"]')).toContainText(LABELS[lang].unknown);
    await expect(line.locator('.dated[data-date-kind="compiled"]')).toContainText(LABELS[lang].compiled);
    await expect(line.locator('.dated[data-date-kind="compiled"] time')).toHaveAttribute("datetime", "2026-11-24");
    // A figure that holds on a date of its own says 時点 / as of with that date.
    await page.goto(urlOf({ path: "progress/cases" }, lang));
    const holds = page.locator('.dated[data-date-kind="holds-on"]').first();
    await expect(holds).toContainText(LABELS[lang].holdsOn);
    await expect(holds.locator("time")).toHaveAttribute("datetime", "2025-03-17");
  });

  test(`${lang}: the Cabinet adoption says it is unconfirmed, with the reported days`, async ({ page }) => {
    await page.goto(urlOf({ path: "plan" }, lang));
    const item = page.locator(".status__event--unconfirmed").filter({ has: page.locator('time[datetime="2025-11"]') });
    await expect(item).toBeVisible();
    await expect(item.locator(".status__date time")).toHaveAttribute("datetime", "2025-11");
    await expect(item.locator(".status__date")).toHaveText(lang === "ja" ? "2025年11月" : "November 2025");
    await expect(item.locator(".unconfirmed__label")).toHaveText(lang === "ja" ? "未確認" : "Unconfirmed");
    await expect(item.locator(".unconfirmed")).toContainText("21");
    await expect(item.locator(".unconfirmed")).toContainText("22");
    // Three secondary sources, each marked as not confirmed on an official page.
    await expect(item.locator(".source-line")).toHaveCount(3);
    await expect(item.locator(".source-line .certainty")).toHaveCount(3);
    // The progress timeline says the same, through the same list of events.
    await page.goto(urlOf({ path: "progress/timeline" }, lang));
    const milestone = page.locator("#event-cabinet-adoption");
    await expect(milestone.locator(".status__date time")).toHaveAttribute("datetime", "2025-11");
    await expect(milestone.locator(".unconfirmed__label")).toHaveText(lang === "ja" ? "未確認" : "Unconfirmed");
    await expect(milestone.locator(".source-line")).toHaveCount(3);
  });

  test(`${lang}: the discrimination page keeps the Act, the Plan, guidance and press apart`, async ({ page }) => {
    await page.goto(urlOf({ path: "discrimination" }, lang));
    const ids = await page.locator("main section[data-section]").evaluateAll((els) => els.map((e) => e.dataset.section));
    expect(ids).toEqual(["act-says", "plan-says", "guidance", "press"]);
    for (const id of ids) {
      const section = page.locator(`section[data-section="${id}"]`);
      await expect(section.locator("h2")).toBeVisible();
      await expect(section.locator(".section-note")).toBeVisible();
      const items = section.locator(".plain-list > li");
      expect(await items.count(), id).toBeGreaterThan(0);
      for (const item of await items.all()) await expect(item.locator(".source-line").first()).toBeVisible();
    }
    // Press reports are secondary: each is marked as not confirmed on an official page.
    const press = page.locator('section[data-section="press"] .plain-list > li');
    for (const item of await press.all()) await expect(item.locator(".certainty").first()).toBeVisible();
    // The Basic Plan heading holds only what MHLW's material on the plan says (slide 7).
    for (const line of await page.locator('section[data-section="plan-says"] .source-line').all()) {
      await expect(line).toContainText(lang === "ja" ? "7ページ" : "page 7");
    }
    // The steps are the site's own summary, and say so.
    await expect(page.locator("#steps .own-summary-label")).toHaveText(lang === "ja" ? "このサイトのまとめ" : "Our summary");
    expect(await page.locator("#steps .step .source-line").count()).toBeGreaterThan(4);
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${lang}: the working group's 18 members with the chair and their date`, async ({ page }) => {
    await page.goto(urlOf({ path: "plan" }, lang));
    const members = page.locator("#wg-members");
    await members.locator("summary").click();
    await expect(members.locator(".member")).toHaveCount(18);
    await expect(members.locator(".member--chair")).toContainText("中釜 斉");
    await expect(members.locator('.dated[data-date-kind="holds-on"] time')).toHaveAttribute("datetime", "2024-12-18");
    expect(await axeViolations(page)).toEqual([]);
  });
}
