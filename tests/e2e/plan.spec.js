// The Basic Plan explorer: pillars, measures with their policies, the Act, in two taps on a phone.
import { test, expect, axeViolations, holdBackWasm } from "./fixtures.js";

test("a measure's policies are two taps from the home page", async ({ page }) => {
  await page.goto("/");
  // Tap 1: the first pillar's card.
  await page.locator(".pillar-card").first().getByRole("link", { name: "この柱の施策を見る" }).click();
  await expect(page).toHaveURL(/\/plan\/understanding$/);
  // A full page load (the home page runs the controls alone): the tap below may land on the
  // pre-rendered page or on the app; either way it is kept.
  await expect(page.locator("h1")).toHaveText("国民の適切な理解と啓発");
  const measure = page.locator("#measure-discrimination");
  await expect(measure.locator(".policies")).toBeHidden();
  // Tap 2: the measure.
  await measure.locator("summary").click();
  await expect(measure.locator(".policies li")).toHaveCount(3);
  await expect(measure.locator(".policies")).toContainText("Q&A");
  await expect(page).toHaveURL(/\/plan\/understanding\?open=discrimination$/);
});

test("a measure opened before the app has taken over stays open and focused, and the address keeps it", async ({ page }) => {
  // The app's WASM is held back until the reader has opened a measure on the pre-rendered page.
  const release = await holdBackWasm(page, /\/genome-navi-[0-9a-f]+_bg\.wasm$/);
  // The frame's own navigation: the fixture's page.goto would wait for the app.
  await page.mainFrame().goto("/plan/understanding", { waitUntil: "domcontentloaded" });
  const measure = page.locator("#measure-discrimination");
  await measure.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(measure).toHaveAttribute("open", "");
  await expect(page.locator("html")).not.toHaveAttribute("data-app-ready");
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-ready", "");
  await expect(page).toHaveURL(/\/plan\/understanding\?open=discrimination$/);
  await expect(measure).toHaveAttribute("open", "");
  await expect(measure.locator(".policies li")).toHaveCount(3);
  await expect(measure.locator("summary")).toBeFocused();
  // The live copy answers the keyboard: Enter closes it, and the address follows.
  await page.keyboard.press("Enter");
  await expect(measure).not.toHaveAttribute("open", "");
  await expect(page).toHaveURL(/\/plan\/understanding$/);
});

test("a shared link opens the same measures, and the toggle is keyboard operable", async ({ page }) => {
  await page.goto("/en/plan/care?open=testing,provision,<script>");
  await expect(page.locator("#measure-provision")).toHaveAttribute("open", "");
  await expect(page.locator("#measure-testing")).toHaveAttribute("open", "");
  await expect(page.locator("#measure-workforce")).not.toHaveAttribute("open", "");
  await expect(page.locator("#measure-provision .policies li")).toHaveCount(4);
  const summary = page.locator("#measure-workforce summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#measure-workforce .policies li")).toHaveCount(2);
  await expect(page).toHaveURL(/\?open=provision,testing,workforce$/);
  await page.keyboard.press("Space");
  await expect(page.locator("#measure-workforce .policies")).toBeHidden();
  await expect(page).toHaveURL(/\?open=provision,testing$/);
  await page.reload();
  await expect(page.locator("#measure-testing")).toHaveAttribute("open", "");
});

test("a measure page shows its policies, principles, related page and source", async ({ page }) => {
  await page.goto("/plan/understanding/discrimination");
  await expect(page.locator("h1")).toHaveText("差別等への適切な対応の確保");
  await expect(page.locator(".breadcrumbs")).toContainText("国民の適切な理解と啓発");
  await expect(page.locator(".policies li")).toHaveCount(3);
  await expect(page.locator(".source-line").first()).toContainText("7ページ");
  await page.getByRole("link", { name: "差別を受けたときにできること" }).click();
  await expect(page).toHaveURL(/\/discrimination$/);
  await page.goBack();
  await page.locator("#principles-heading + ul a").first().click();
  await expect(page).toHaveURL(/\/law#principle-/);
  await expect(page.locator("h1")).toHaveText("ゲノム医療推進法");
});

test("unknown pillar and measure ids get a helpful message with a way back", async ({ page }) => {
  await page.goto("/plan/no-such-pillar");
  await expect(page.locator("h1")).toHaveText("その柱は見つかりません");
  await page.getByRole("link", { name: "基本計画の3つの柱へ" }).click();
  await expect(page.locator("h1")).toHaveText("基本計画");
  await page.goto("/en/plan/care/no-such-measure");
  await expect(page.locator("h1")).toHaveText("Measure not found");
  await page.getByRole("link", { name: "Back to the three pillars" }).click();
  await expect(page).toHaveURL(/\/en\/plan\/care$/);
});

test("the plan page shows status with certainty, period, other matters and the working group", async ({ page }) => {
  await page.goto("/plan");
  const status = page.locator(".status");
  await expect(status).toContainText("2025年5月2日");
  await expect(status).toContainText("公式ページでは未確認");
  await expect(page.locator("#other-heading + ul > li")).toHaveCount(4);
  await page.getByText(/開催日と議題（全12回）/).click();
  await expect(page.locator(".meetings > li")).toHaveCount(12);
  await expect(page.locator(".meetings > li").first()).toContainText("2023年12月26日");
});

test("the Act page lists its number, three principles and who must do what", async ({ page }) => {
  await page.goto("/en/law");
  await expect(page.locator(".facts")).toContainText("Act No. 57 of 2023");
  await expect(page.locator(".facts")).toContainText("16 June 2023");
  await expect(page.locator("#principles-heading + ol > li")).toHaveCount(3);
  await expect(page.locator("#duties-heading + ul > li")).toHaveCount(3);
  const third = page.locator("#principles-heading + ol > li").nth(2);
  await third.locator("summary").click();
  await expect(third.locator("details a").first()).toBeVisible();
});

for (const path of ["/plan/understanding?open=discrimination", "/en/plan/research/counselling", "/plan/care/non-medical-testing"]) {
  test(`axe finds nothing on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(".source-line").first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("switching language keeps the page and the measures that are open", async ({ page }) => {
  await page.goto("/plan/understanding?open=bioethics");
  await page.locator("#measure-education summary").click();
  await expect(page).toHaveURL(/\?open=bioethics,education$/);
  await page.locator('.lang-switch a[hreflang="en"]').click();
  await expect(page).toHaveURL(/\/en\/plan\/understanding\?open=bioethics,education$/);
  // The switch loads the page afresh: wait, like a reader, until the app has taken over.
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  await expect(page.locator("#measure-bioethics")).toHaveAttribute("open", "");
  await expect(page.locator("#measure-education")).toHaveAttribute("open", "");
  await expect(page.locator("#measure-discrimination")).not.toHaveAttribute("open", "");
  // Closing one in English, then switching back, keeps the other.
  await page.locator("#measure-bioethics summary").click();
  await page.locator('.lang-switch a[hreflang="ja"]').click();
  await expect(page).toHaveURL(/\/plan\/understanding\?open=education$/);
  // Another pillar never takes this pillar's state.
  await page.goto("/plan/care");
  await expect(page.locator('.lang-switch a[hreflang="en"]')).toHaveAttribute("href", "/en/plan/care");
});
