// Embeds for educators: every card alone at /embed/{card}, the copied one-line iframe working on
// another site (another port), auto-height by message, and nothing requested off the app's origin.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, axeViolations, clipboardText } from "./fixtures.js";
import { startServer } from "../support/static-server.mjs";

const CARDS = [
  { id: "cases", page: "/progress/cases", ja: "全ゲノム解析等のデータ格納症例数" },
  { id: "budget", page: "/progress/budget", ja: "資料11ページに示された予算額" },
  { id: "action-plan", page: "/progress/action-plan", ja: "全ゲノム解析等実行計画" },
  { id: "organisation", page: "/progress/organisation", ja: "" },
  { id: "timeline", page: "/progress/timeline", ja: "" },
  { id: "pillar-understanding", page: "/plan/understanding", ja: "" },
  { id: "pillar-care", page: "/plan/care", ja: "" },
  { id: "pillar-research", page: "/plan/research", ja: "" },
  { id: "situations", page: "/counselling", ja: "どんなことでお困りですか" },
  { id: "discrimination-steps", page: "/discrimination#steps", ja: "" },
];

for (const card of CARDS) {
  test(`/embed/${card.id} shows the card alone with its source and a link to the full page`, async ({ page }) => {
    for (const lang of ["ja", "en"]) {
      const prefix = lang === "en" ? "/en" : "";
      await page.goto(`${prefix}/embed/${card.id}`);
      const main = page.locator("main.embed");
      await expect(main.locator("h2, h3").first()).toBeVisible();
      if (lang === "ja" && card.ja) await expect(main).toContainText(card.ja);
      await expect(page.locator(".site-header, .site-footer, nav, .card-tools")).toHaveCount(0);
      await expect(main.locator(".source-line").first()).toBeVisible();
      const open = main.locator(".embed-open a");
      await expect(open).toHaveAttribute("href", prefix + card.page);
      // Links leave the host's frame for a new tab.
      expect(await page.locator("base").getAttribute("target")).toBe("_blank");
      expect(await page.getAttribute("html", "lang")).toBe(lang);
    }
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("embed options: table view, running totals, theme; unknown values are ignored", async ({ page }) => {
  await page.goto("/embed/cases?view=table");
  await expect(page.locator("table#cases-cancer")).toBeVisible();
  await expect(page.locator(".bar-chart")).toHaveCount(0);

  await page.goto("/en/embed/cases?count=cumulative&theme=dark");
  await expect(page.getByRole("button", { name: "Cumulative" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).toBe("rgb(15, 23, 32)");

  await page.goto('/embed/budget?theme="><script>alert(1)</script>&view=<b>');
  await expect(page.locator(".bar-chart")).toHaveCount(1);
  expect(await page.locator("html").getAttribute("data-theme")).toBeNull();

  await page.goto("/embed/no-such-card");
  await expect(page.locator("main.embed")).toContainText("この埋め込み用のカードは見つかりませんでした");
  await expect(page.locator(".embed-open a")).toHaveAttribute("href", "/progress");
});

test("the embed button gives a one-line iframe and a height script, copied with one tap", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/progress");
  const card = page.locator("#card-budget");
  await card.locator(".embed-panel summary").click();
  const code = card.getByLabel("埋め込み用のコード（1行）");
  await expect(code).toBeVisible();
  const snippet = await code.inputValue();
  expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/budget" title="[^"]+" .*loading="lazy"><\/iframe>$/);
  await card.locator(".copy-field").first().getByRole("button", { name: "コピー" }).click();
  await expect(card.locator(".copy-field__status").first()).toHaveText("コピーしました。");
  expect(await clipboardText(context)).toBe(snippet);
  // The options are documented next to the code.
  await expect(card.locator(".embed-panel__options")).toContainText("?view=table");
  await expect(card.locator(".embed-panel__options")).toContainText("?theme=dark");
});

test("a teacher's page on another origin embeds a card: it renders, is resized, and stays on its origin", async ({ page, baseURL, otherHosts }) => {
  // The two lines a teacher copies from the app's embed panel.
  await page.goto("/counselling");
  await page.locator(".embed-panel summary").first().click();
  const [iframe, script] = await page.locator(".embed-panel textarea").evaluateAll((t) => t.map((x) => x.value));
  const dir = await mkdtemp(join(tmpdir(), "teacher-"));
  await writeFile(
    join(dir, "index.html"),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>授業プリント</title></head>
     <body><h1>授業: ゲノム医療と相談先</h1>${iframe}${script}<p>おわり</p></body></html>`,
  );
  const host = await startServer({ dir, fallback: false });
  otherHosts.set(new URL(host.url).origin, { app: false });
  const appOrigin = new URL(baseURL).origin;
  const embedRequests = [];
  page.on("request", (r) => {
    if (r.frame() !== page.mainFrame()) embedRequests.push(r.url());
  });
  try {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.locator(".situation-link").first()).toBeVisible();
    // The host script sets the frame's height to the card's, from the embed's message.
    // The card's own height: from the top of the embed to the end of its last line, plus padding.
    const content = () =>
      frame.locator("main.embed").evaluate((m) => {
        const last = m.lastElementChild.getBoundingClientRect().bottom;
        return Math.ceil(last - m.getBoundingClientRect().top + parseFloat(getComputedStyle(m).paddingBottom));
      });
    const outer = () => page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
    const heights = async () => Math.abs((await outer()) - (await content())) <= 2;
    await expect.poll(heights).toBe(true);
    // It settles: a second look finds the same height (no frame that keeps growing).
    const settled = await outer();
    await expect.poll(outer).toBe(settled);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await outer()).toBe(settled);
    // A frame made too tall (by the host page, a zoom) shrinks back to the card.
    await page.locator("iframe").evaluate((f) => (f.style.height = "3000px"));
    await expect.poll(outer).toBe(settled);
    expect(embedRequests.length).toBeGreaterThan(0);
    expect(embedRequests.filter((u) => !u.startsWith(appOrigin + "/"))).toEqual([]);
    // A message that is not the embed's is ignored.
    await page.evaluate(() => window.postMessage({ type: "genome-navi:height", height: 5 }, "*"));
    await expect.poll(heights).toBe(true);
  } finally {
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
});
