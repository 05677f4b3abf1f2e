// The Action Plan's figures: tables with the source's values, fiscal years per language, 内数
// budget lines read as whole programmes (never as this work's own amount), and the organisation
// drawn as the planned structure the source presents, with every arrow in words.
import { test, expect, axeViolations, baseText } from "./fixtures.js";

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
  // The figures' 時点 is labelled as such in the source line, apart from the document's date.
  await expect(page.locator('#card-cases > .source-line [data-date-kind="holds-on"] time')).toHaveAttribute("datetime", "2025-03-17");
});

test("in English, fiscal years read FY and 内数 lines say the amount is the whole programme's", async ({ page }) => {
  await page.goto("/en/progress");
  await expect(page.locator("#cases-rare-disease tbody tr").first().locator("th")).toHaveText("FY2020–2021");
  await expect(page.locator("#cases-cancer tbody tr").last().locator("th")).toHaveText("FY2024");
  const lines = page.locator("#budget-lines tbody tr");
  await expect(lines.nth(0)).toContainText("13 × 100 million yen");
  await expect(lines.nth(0)).not.toContainText("内数");
  // Programme names no source gives in English are marked as ours.
  await expect(lines.nth(0).locator("th")).toContainText("(our translation)");
  await expect(lines.nth(1)).toContainText("89 × 100 million yen for the whole programme (内数: the part for whole genome analysis, etc. is not stated)");
  await expect(lines.nth(2)).toContainText("about 85");
  await expect(page.locator("#budget-supplementary")).toContainText("43 × 100 million yen (written 案, proposal, in the source)");
  await expect(page.locator("#card-budget")).toContainText("does not say which programme the supplementary budgets belong to");
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
  await expect(cancer).toBeHidden();
  await expect(page.getByRole("button", { name: "年度ごと" })).toHaveAttribute("aria-pressed", "false");
  const summary = page.locator("summary", { hasText: "表で見る" }).first();
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
  expect(lines).toContain("Intractable diseases (nanbyō),2024,2024,4571,16989,2025-03-17,10");
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
  // The title does not put the supplementary budgets under one programme.
  await expect(page.locator("#card-budget figcaption")).not.toContainText("推進事業");
});

test("the 4,571 footnote stays on its row, not on every figure", async ({ page }) => {
  await page.goto("/progress/cases");
  const notes = page.locator("#card-cases > .notes");
  await expect(notes).not.toContainText("データ解析中");
  await expect(page.locator(".table-wrap:has(#cases-rare-disease) + .notes")).toContainText("データ解析中");
});

const ARROWS_JA = [
  ["厚生労働省", "事業実施組織", "基本方針の提示、事業状況に係る指示"],
  ["厚生労働省", "厚生科学審議会科学技術部会 全ゲノム解析等の推進に関する専門委員会", "定期報告"],
  ["厚生科学審議会科学技術部会 全ゲノム解析等の推進に関する専門委員会", "厚生労働省", "基本方針、事業状況に関する審議"],
  ["事業実施組織", "AMED研究班", "解析、提供方法の提示・監視"],
  ["AMED研究班", "事業実施組織", "定期報告"],
  ["企業・アカデミア", "事業実施組織", "利活用申請"],
  ["事業実施組織", "企業・アカデミア", "審査、データ提供"],
];

test("the organisation is drawn as the planned structure it is, each arrow listed in words", async ({ page }) => {
  await page.goto("/progress/organisation");
  const card = page.locator("#card-organisation");
  await expect(card.locator("h2")).toHaveText("今後の全ゲノム解析の実施体制のイメージ");
  // Above the drawing: what it is, to whom and when it was presented, the date labelled.
  await expect(card.locator(".diagram-status")).toContainText("計画");
  await expect(card.locator(".diagram-status")).toContainText("いまある組織を表したものではありません");
  const presented = card.locator(".diagram-presented");
  await expect(presented).toContainText("示された会議と資料: 第21回全ゲノム解析等の推進に関する専門委員会 資料2");
  await expect(presented).toContainText("示された日: 2024年12月23日");
  await expect(presented.locator("time")).toHaveAttribute("datetime", "2024-12-23");
  const svg = card.locator("svg.diagram__svg");
  await expect(svg).toHaveAttribute("role", "img");
  await expect(svg).toHaveAccessibleName(/今後の全ゲノム解析の実施体制のイメージ/);
  await expect(svg.locator(".diagram__marker text")).toHaveText(ARROWS_JA.map((_, i) => String(i + 1)));
  // The boxes as the source draws them: the committees inside the steering committee, inside the organisation.
  await expect(svg.locator('[data-body="implementing-organisation"] rect')).toBeVisible();
  await expect(svg.locator('[data-body="patient-panel"] text')).toHaveText("患者パネル");
  const arrows = card.locator("#diagram-structure-relations li");
  await expect(arrows).toHaveCount(ARROWS_JA.length);
  for (const [i, [from, to, words]] of ARROWS_JA.entries()) {
    const item = arrows.nth(i);
    await expect(item.locator(".diagram-list__number")).toHaveText(String.fromCodePoint(0x2460 + i));
    await expect(item.locator(".diagram-list__ends")).toHaveText(`${from} → ${to}`);
    await expect(item.locator(".diagram-list__words")).toHaveText(`「${words}」`);
  }
  // All seven arrows are on slide 13: one source line says so for the whole run.
  await expect(card.locator("#diagram-structure-relations .source-line")).toHaveCount(1);
  await expect(card.locator("#diagram-structure-relations .source-line")).toContainText("13ページ");
  // Each body cites its own slide: the independent committees are on page 12.
  const citedFor = (id) => card.locator(`.diagram-list__cited:has(#diagram-structure-body-${id}) > .source-line`);
  await expect(citedFor("patient-panel")).toContainText("12ページ");
  await expect(citedFor("amed-research-groups")).toContainText("11ページ");
  await expect(citedFor("mhlw")).toContainText("13ページ");
  await expect(card.locator("#organisation-policies-heading")).toHaveText("2024年12月23日に示された方針");
  expect(await axeViolations(page)).toEqual([]);
});

test("in English the plan is presented, not decided; names are marked as our translation", async ({ page }) => {
  await page.goto("/en/progress/organisation");
  const card = page.locator("#card-organisation");
  await expect(card.locator(".diagram-status")).toContainText("not a description of bodies that exist");
  await expect(card.locator(".diagram-presented")).toContainText("Presented on: 23 December 2024");
  await expect(card.locator("#organisation-policies-heading")).toHaveText("Policies presented on 23 December 2024");
  await expect(card).not.toContainText("Decided");
  await expect(card).not.toContainText("Who does what");
  await expect(card.locator("#diagram-structure-relations li").first()).toContainText("(our translation)");
  await expect(card.locator(".diagram__key")).toHaveText("* our translation of the Japanese name");
  await expect(card.locator("#organisation-later-heading + ul")).toContainText("Genomic Medicine Japan");
  expect(await axeViolations(page)).toEqual([]);
});

test("the diagram fits a phone's width, reads at a legible size, and follows dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/progress/organisation");
  const svg = page.locator("#diagram-structure-svg");
  const box = await svg.boundingBox();
  const viewport = page.viewportSize();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  // 12 viewBox units of text over 320 units of width: at least about 10 px on a 360 px phone.
  expect((box.width / 320) * 12).toBeGreaterThanOrEqual(9.5);
  const noSideScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noSideScroll).toBe(true);
  const colours = await svg.evaluate((el) => ({
    text: getComputedStyle(el).color,
    stroke: getComputedStyle(el.querySelector(".diagram__box rect")).stroke,
    arrow: getComputedStyle(el.querySelector(".diagram__arrow")).stroke,
  }));
  expect(colours.text).toBe("rgb(232, 237, 242)");
  expect(colours.stroke).toBe(colours.text);
  expect(colours.arrow).toBe(colours.text);
});

test("the Action Plan card shows slide 11: both aims, both lines and the funding scheme", async ({ page }) => {
  await page.goto("/progress/action-plan");
  const card = page.locator("#card-action-plan");
  // As read (innerText): a glossary term carries its reading, hidden while furigana are off.
  const text = await card.innerText();
  expect(text.replace(/\s+/g, "")).toContain("出口戦略に基づいた新たな個別化医療の実現についても更に推進する");
  expect(text.replace(/\s+/g, "")).toContain("事業実施準備室を国立高度専門医療研究センター医療研究連携推進本部内に設置");
  expect(text.replace(/\s+/g, "")).toContain("「全ゲノム解析等に係るAMED研究班」は、事業実施準備室と連携し");
  const scheme = card.locator("#diagram-scheme-relations li");
  await expect(scheme).toHaveCount(3);
  await expect(scheme.nth(0).locator(".diagram-list__ends")).toHaveText("国 → 日本医療研究開発機構（AMED）");
  await expect(scheme.nth(1).locator(".diagram-list__words")).toHaveText("「補助金」");
  await expect(card.locator("#diagram-scheme-svg")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("the timeline is an ordered list in date order", async ({ page }) => {
  await page.goto("/progress/timeline");
  await expect(page.locator(".timeline > li > .status__date time").first()).toBeVisible();
  const dates = await page.locator(".timeline > li > .status__date time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  expect(dates.length).toBeGreaterThanOrEqual(8);
  expect([...dates].sort()).toEqual(dates);
  expect(dates).toContain("2023-06-16");
});

test("the overview shows the figures whole and the long cards in short, each linked to its own page", async ({ page }) => {
  for (const [lang, prefix] of [["ja", ""], ["easy", "/easy"], ["en", "/en"]]) {
    await page.goto(`${prefix}/progress`);
    // The figures are whole: the chart and the budget lines.
    await expect(page.locator("#card-cases #chart-cancer-annual"), lang).toBeVisible();
    await expect(page.locator("#card-budget #budget-lines"), lang).toBeAttached();
    // The Action Plan: adopted when and what it aims at, with sources; its programme on its page.
    const plan = page.locator("#card-action-plan");
    await expect(plan.locator(".source-line"), lang).toHaveCount(2);
    await expect(plan.locator("#programme-heading"), lang).toHaveCount(0);
    // The organisation: said to be a planned structure, where it was presented; no drawing here.
    const org = page.locator("#card-organisation");
    await expect(org.locator(".diagram-status"), lang).toBeVisible();
    await expect(org.locator(".diagram-presented time"), lang).toHaveAttribute("datetime", "2024-12-23");
    await expect(org.locator("svg"), lang).toHaveCount(0);
    // The timeline: the three newest events, saying how many there are in all.
    const timeline = page.locator("#card-timeline");
    const dates = await timeline.locator(".timeline > li > .status__date time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
    expect(dates, lang).toEqual(["2025-05-16", "2025-11", "2026-02-16"]);
    const note = { ja: "全10件のうち、新しい3件です。", easy: "ぜんぶで10件あります。ここには、新しい3件を出しています。", en: "The latest 3 of 10 events." };
    expect(await baseText(timeline.locator("p").first()), lang).toBe(note[lang]);
    // Each short card links to the whole card, and the link leads there.
    for (const card of ["action-plan", "organisation", "timeline"]) {
      const to = await page.locator(`#card-${card} .card-actions a`).evaluate((a) => new URL(a.href).pathname);
      expect(to, `${lang} ${card}`).toBe(`${prefix}/progress/${card}`);
    }
    expect(await axeViolations(page), lang).toEqual([]);
  }
  await page.locator("#card-organisation .card-actions a").click();
  await expect(page).toHaveURL(/\/en\/progress\/organisation$/);
  await expect(page.locator("#card-organisation svg").first()).toBeVisible();
});
