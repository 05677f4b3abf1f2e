// A pre-rendered page whose controls are all it needs (routes::controls_suffice: home, plan, a
// measure, the Act, discrimination, counselling and a situation's services, progress and its cards,
// glossary, about, data, changes, search) loads the controls
// alone (src/controls.rs): its text stays as pre-rendered, no data file and not the app's WASM is
// fetched, and every control works as the app's own. Other pages still load the app.
import { test, expect, clipboardText, holdBackWasm } from "./fixtures.js";

/** Paths of the WASM and data files the page asks for while it loads. */
function watchRequests(page) {
  const asked = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm") || /\/data\/[a-z_-]+\.json$/.test(path)) asked.push(path.slice(path.lastIndexOf("/") + 1));
  });
  return asked;
}

const CONTROLS_PAGES = ["/", "/plan", "/easy/discrimination", "/en/counselling", "/counselling/insurance", "/progress", "/easy/progress/cases", "/glossary", "/en/plan/understanding/discrimination"];
// The search pages load the build with the search panel (routes::ControlsBuild::Search).
for (const [path, build] of [...CONTROLS_PAGES.map((p) => [p, "controls"]), ["/en/search", "search"]]) {
  test(`${path} loads the controls alone: no data file, not the app`, async ({ page }) => {
    const asked = watchRequests(page);
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("data-app", build);
    await expect(page.locator("main h1")).toBeVisible();
    expect(asked).toEqual([expect.stringMatching(new RegExp(`^genome-navi-${build}-[0-9a-f]+_bg\\.wasm$`))]);
  });
}

for (const path of ["/plan/care", "/counselling/all"]) {
  test(`${path} has its own interactions, so it loads the app and its data`, async ({ page }) => {
    const asked = watchRequests(page);
    await page.goto(path);
    await expect(page.locator("html")).not.toHaveAttribute("data-app");
    expect(asked.filter((f) => f.endsWith(".wasm"))).toEqual([expect.stringMatching(/^genome-navi-[0-9a-f]+_bg\.wasm$/)]);
  });
}

test("a search typed before the controls have started is kept, searched and still being typed", async ({ page }) => {
  // The controls' WASM is held back until the reader has typed into the pre-rendered box.
  const release = await holdBackWasm(page, /genome-navi-search-[0-9a-f]+_bg\.wasm$/);
  // The frame's own navigation: the fixture's page.goto would wait for the controls.
  await page.mainFrame().goto("/search", { waitUntil: "domcontentloaded" });
  const box = page.locator("#search-query");
  await box.fill("保険");
  await expect(page.locator("html")).not.toHaveAttribute("data-app-ready");
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-ready", "");
  await expect(page.locator(".search-results a.search-result").first()).toBeVisible();
  await expect(box).toHaveValue("保険");
  await expect(box).toBeFocused();
  await page.keyboard.type("会社");
  await expect(box).toHaveValue("保険会社");
  await expect(page).toHaveURL(/\/search\?q=%E4%BF%9D%E9%99%BA%E4%BC%9A%E7%A4%BE$/);
});

test("on a controls page the furigana switch works and is remembered", async ({ page }) => {
  await page.goto("/plan");
  const toggle = page.locator(".furigana-switch");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-furigana", "on");
  await page.goto("/law");
  await expect(page.locator(".furigana-switch")).toHaveAttribute("aria-pressed", "true");
});

test("on a controls page a card's embed code names this site, and copies", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/plan");
  const tools = page.locator(".pillar-card .card-tools").first();
  await tools.getByText("埋め込む").click();
  const code = tools.locator("textarea").first();
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/pillar-[a-z-]+"`));
  await tools.getByRole("button", { name: "コピー" }).first().click();
  await expect(tools.locator(".copy-field__status").first()).toHaveText("コピーしました。");
  expect(await clipboardText(context)).toBe(await code.inputValue());
});

test("on a controls page sharing copies the page's link, and print has its QR code", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await page.goto("/en/law");
  await page.locator(".page-share").getByRole("button", { name: "Share this page" }).click();
  await expect(page.locator(".page-share .share__status")).toHaveText("Link copied.");
  expect(await clipboardText(context)).toBe(`${baseURL}/en/law`);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".print-qr figcaption")).toContainText(`${baseURL}/en/law`);
});

test("on a controls page the language links remember the choice, and in-page links stay on the page", async ({ page }) => {
  await page.goto("/discrimination");
  await page.locator(".skip-link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/discrimination#main$/);
  await page.locator(".lang-switch").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/discrimination$/);
  expect(await page.evaluate(() => localStorage.getItem("genome-navi:language"))).toBe("en");
});

test("on a controls page a term's explanation opens in place, as in the app, and Esc closes it", async ({ page }) => {
  await page.goto("/en/discrimination");
  const word = page.locator("main .term__word").filter({ visible: true }).first();
  await expect(word).toHaveAttribute("aria-expanded", "false");
  const note = page.locator(`[id="${await word.getAttribute("aria-controls")}"]`);
  await expect(note).toBeHidden();
  await word.click();
  await expect(word).toHaveAttribute("aria-expanded", "true");
  await expect(note).toBeVisible();
  // In place: below the word, not a popover over the page.
  await expect(note).not.toHaveAttribute("popover");
  const [w, n] = [await word.boundingBox(), await note.boundingBox()];
  expect(n.y).toBeGreaterThanOrEqual(w.y + w.height - 1);
  expect(await note.locator("a").evaluate((a) => a.href)).toMatch(/\/en\/glossary\/[a-z0-9-]+$/);
  await note.locator("a").focus();
  await page.keyboard.press("Escape");
  await expect(note).toBeHidden();
  await expect(word).toBeFocused();
  // Closed, the explanation is not in the text: a copied sentence reads as written.
  await expect(note).toHaveText("");
});

test("a term's explanation opened before the controls have started stays open, now in place", async ({ page }) => {
  // The controls' WASM is held back until the reader has opened an explanation (a popover, which
  // the pre-rendered page opens without script).
  const release = await holdBackWasm(page, /genome-navi-controls-[0-9a-f]+_bg\.wasm$/);
  await page.mainFrame().goto("/easy/discrimination", { waitUntil: "domcontentloaded" });
  const word = page.locator("main .term__word").filter({ visible: true }).first();
  const note = page.locator(`[id="${await word.getAttribute("aria-controls")}"]`);
  await word.click();
  await expect(note).toBeVisible();
  await expect(note).toHaveAttribute("popover");
  const explanation = await note.innerText();
  release();
  await expect(page.locator("html")).toHaveAttribute("data-app-ready", "");
  await expect(note).toBeVisible();
  await expect(note).not.toHaveAttribute("popover");
  await expect(note).toHaveText(explanation);
  await expect(word).toHaveAttribute("aria-expanded", "true");
  const [w, n] = [await word.boundingBox(), await note.boundingBox()];
  expect(n.y).toBeGreaterThanOrEqual(w.y + w.height - 1);
  await word.click();
  await expect(note).toBeHidden();
  await expect(word).toHaveAttribute("aria-expanded", "false");
});

test("on a controls page the language alternates are full addresses, as the app writes them", async ({ page, baseURL }) => {
  await page.goto("/easy/law");
  const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((ls) =>
    ls.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
  );
  expect(alternates).toEqual(
    expect.arrayContaining([
      ["ja", `${baseURL}/law`],
      ["ja-x-easy", `${baseURL}/easy/law`],
      ["en", `${baseURL}/en/law`],
    ]),
  );
});
