// やさしい日本語 (/easy/…): every page and card is there, in Japanese marked as the easy variant,
// with a reading over every kanji; the furigana switch shows and hides them and is remembered; the
// language switch moves between all three languages and keeps the page and its open measures.
import { test, expect, axeViolations, PAGES, urlOf, expectHeading, kanjiWithoutReading, baseText } from "./fixtures.js";

/** Pages below the top level, and every embeddable card, in やさしい日本語. */
const DEEP = [
  "plan/understanding",
  "plan/care/testing",
  "counselling/daily-life",
  "counselling/all",
  "progress/cases",
  "progress/budget",
  "progress/action-plan",
  "progress/organisation",
  "progress/timeline",
  "embed/cases",
  "embed/pillar-understanding",
  "embed/situations",
  "embed/discrimination-steps",
];

for (const p of PAGES) {
  test(`easy /${p.path}: Japanese marked as easy, readings on every kanji, axe clean`, async ({ page }) => {
    // axe over the largest easy pages (thousands of <ruby>) takes ~15 s on two busy cores.
    test.setTimeout(90_000);
    await page.goto(urlOf(p, "easy"));
    await expectHeading(page, p.easy);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("html")).toHaveAttribute("data-lang-variant", "easy");
    await expect(page).toHaveTitle(new RegExp(p.easy.replace(/[()]/g, ".")));
    // No notation leaks: every ｜…《…》 became ruby.
    expect(await page.locator("body").innerText()).not.toMatch(/[｜《》]/);
    expect(await kanjiWithoutReading(page)).toEqual([]);
    // The alternates name all three languages.
    const alternates = await page.locator('head link[rel="alternate"]').evaluateAll((ls) =>
      ls.map((l) => l.hreflang).sort(),
    );
    expect(alternates).toEqual(["en", "ja", "ja-x-easy"]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("easy: deeper pages and every embeddable card have readings on every kanji", async ({ page }) => {
  for (const path of DEEP) {
    await page.goto(`/easy/${path}`);
    await expect(page.locator("main :is(h1, h2, h3)").first(), path).toBeVisible();
    await expect(page.locator(".load-error, .not-found"), path).toHaveCount(0);
    expect(await page.locator("body").innerText(), path).not.toMatch(/[｜《》]/);
    expect(await kanjiWithoutReading(page), path).toEqual([]);
  }
});

test("easy: a policy says what it means for the reader, labelled as the site's own reading", async ({ page }) => {
  await page.goto("/easy/plan/understanding?open=discrimination");
  const policy = page.locator("#measure-discrimination .policies li").first();
  await expect(policy.locator(".for-you")).toBeVisible();
  await expect(policy.locator(".for-you__own")).toBeVisible();
  expect(await kanjiWithoutReading(page)).toEqual([]);
  // The official Japanese shows it too.
  await page.goto("/plan/understanding?open=discrimination");
  await expect(page.locator("#measure-discrimination .policies li").first().locator(".for-you")).toContainText("あなたにとって");
});

test("the furigana switch: on in やさしい日本語, off in 日本語, and the choice is remembered", async ({ page }) => {
  await page.goto("/easy/plan");
  const rt = page.locator("main h1 rt").first();
  const toggle = page.locator(".furigana-switch");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(rt).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(rt).toBeHidden();
  // Remembered across a reload, and before the app has loaded (no flash of readings).
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-furigana", "off");
  await expect(page.locator("main h1 rt").first()).toBeHidden();
  await page.locator(".furigana-switch").click();
  await expect(page.locator("main h1 rt").first()).toBeVisible();
  // The choice (on) now holds in 日本語 too; English has no switch.
  await page.goto("/plan");
  await expect(page.locator(".furigana-switch")).toHaveAttribute("aria-pressed", "true");
  await page.goto("/en/plan");
  await expect(page.locator(".furigana-switch")).toHaveCount(0);
});

test("日本語 starts with furigana off", async ({ page }) => {
  await page.goto("/plan");
  await expect(page.locator(".furigana-switch")).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator("html")).toHaveAttribute("data-furigana", "off");
});

test("the furigana state is set before the first paint, and the app taking over rewrites nothing on <html>", async ({ page }) => {
  // Every write to <html lang> and <html data-furigana>, from the first script on. One write, by
  // the page's own script while it loads, means no flash of readings; a write by the app (even of
  // the same value) would make the browser restyle every reading of a long page.
  await page.addInitScript(() => {
    window.rootWrites = [];
    // The script runs before <html> exists: watch the document for it.
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.target !== document.documentElement) continue;
        window.rootWrites.push(`${r.attributeName}=${r.target.getAttribute(r.attributeName)} (${document.readyState})`);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["lang", "data-lang-variant", "data-furigana"] });
  });
  const writes = () => page.evaluate(() => window.rootWrites);
  for (const [path, state] of [["/easy/plan", "on"], ["/plan", "off"], ["/en/plan", "off"]]) {
    await page.goto(path);
    await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
    expect(await writes(), path).toEqual([`data-furigana=${state} (loading)`]);
  }
  // The reader's choice wins from the start as well.
  await page.goto("/easy/plan");
  await page.locator(".furigana-switch").click();
  await page.goto("/easy/progress");
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  expect(await writes()).toEqual(["data-furigana=off (loading)"]);
  await expect(page.locator("main rt").first()).toBeHidden();
});

test("the language switch moves between all three languages and keeps page and open measures", async ({ page }) => {
  await page.goto("/plan/understanding?open=discrimination");
  await page.locator(".lang-switch").getByRole("link", { name: /^やさしい/ }).click();
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  await expect(page).toHaveURL(/\/easy\/plan\/understanding\?open=discrimination$/);
  await expect(page.locator("#measure-discrimination .policies")).toBeVisible();
  await page.locator(".lang-switch").getByRole("link", { name: "English" }).click();
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  await expect(page).toHaveURL(/\/en\/plan\/understanding\?open=discrimination$/);
  await page.locator(".lang-switch").getByRole("link", { name: /^やさしい/ }).click();
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  await page.locator(".lang-switch").getByRole("link", { name: /^日本語/ }).click();
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  await expect(page).toHaveURL(/\/plan\/understanding\?open=discrimination$/);
  await expect(page.locator("html")).not.toHaveAttribute("data-lang-variant", "easy");
});

test("before the WASM runs, an easy page's HTML already has its ruby and its variant", async ({ request }) => {
  const html = await (await request.get("/easy/plan")).text();
  // …and says that its controls are all it needs (it loads them alone, and no data file).
  expect(html).toMatch(/<html lang="ja" data-lang-variant="easy" data-prerendered="\/easy\/plan" data-app="controls">/);
  expect(html).toMatch(/<ruby>[^<]+<rt>[^<]+<\/rt><\/ruby>/);
  expect(html).toContain('hreflang="ja-x-easy"');
});

test("easy: every date says its kind, nothing unconfirmed reads as sure, and sources stay apart", async ({ page }) => {
  for (const p of PAGES) {
    await page.goto(urlOf(p, "easy"));
    await expect(page.locator("main h1")).toBeVisible();
    const unlabelled = await page.locator("time").evaluateAll((els) =>
      els.filter((t) => !t.closest(".dated[data-date-kind]")).map((t) => t.outerHTML),
    );
    expect(unlabelled, `${p.path}: dates without their kind`).toEqual([]);
    // The compilation day is never an "as of" date.
    expect(await baseText(page.locator("main"))).not.toContain("2026年11月24日の時点");
  }
  await page.goto("/easy/plan");
  const adoption = page.locator(".status__event--unconfirmed").filter({ has: page.locator('time[datetime="2025-11"]') });
  expect(await baseText(adoption.locator(".unconfirmed__label"))).toBe("まだ確かめていません");
  await expect(adoption.locator(".source-line .certainty")).toHaveCount(3);
  await page.goto("/easy/discrimination");
  const ids = await page.locator("main section[data-section]").evaluateAll((els) => els.map((e) => e.dataset.section));
  expect(ids).toEqual(["act-says", "plan-says", "guidance", "press"]);
  for (const item of await page.locator('section[data-section="press"] .plain-list > li').all()) {
    await expect(item.locator(".certainty").first()).toBeVisible();
  }
  expect(await baseText(page.locator("#steps .own-summary-label"))).toBe("このサイトのまとめ");
});


test("the link to やさしい日本語 shows its readings on every page, furigana switch or not", async ({ page }) => {
  for (const path of ["/plan", "/en/plan"]) {
    await page.goto(path);
    const link = page.locator('.lang-switch a[hreflang="ja-x-easy"]');
    await expect(link.locator("rt").first(), path).toBeVisible();
    // Other furigana on the page follow the switch (off in 日本語 by default).
    await expect(page.locator("html"), path).toHaveAttribute("data-furigana", "off");
  }
});
