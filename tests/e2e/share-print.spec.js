// Sharing a page or a card (Web Share, else the link copied), and printing a clean handout with
// the page's address as a QR code that a phone can read.
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { test, expect, clipboardText } from "./fixtures.js";

test("share uses the system share sheet where there is one, with the card's own URL", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    navigator.share = async (data) => {
      window.__shared = data;
    };
  });
  await page.goto("/plan");
  const card = page.locator(".pillar-card").nth(1);
  await card.getByRole("button", { name: "共有" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared && window.__shared.url)).toBe(`${baseURL}/plan/care`);
  await expect(card.locator(".share__status")).toHaveText("");
});

test("without Web Share, share copies the link of the page as it is now", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await page.goto("/en/plan/understanding?open=discrimination");
  await page.locator(".page-share").getByRole("button", { name: "Share this page" }).click();
  await expect(page.locator(".page-share .share__status")).toHaveText("Link copied.");
  expect(await clipboardText(context)).toBe(
    `${baseURL}/en/plan/understanding?open=discrimination`,
  );
});

test("printing gives a clean handout: no navigation or buttons, source addresses, a QR code of the page", async ({ page, baseURL }) => {
  await page.goto("/progress/cases");
  await expect(page.locator("#card-cases")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  for (const hidden of [".site-nav", ".card-tools", ".page-share", ".toggle-group", ".button"]) {
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  // The table hidden behind "show table" on screen is printed.
  await expect(page.locator("table#cases-cancer")).toBeVisible();
  const qr = page.locator(".print-qr");
  await expect(qr).toBeVisible();
  await expect(qr.locator("figcaption")).toContainText(`${baseURL}/progress/cases`);
  // A phone reads the code back as the page's address.
  const png = PNG.sync.read(await qr.locator("svg").screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded && decoded.data).toBe(`${baseURL}/progress/cases`);
  // On screen the code is not shown.
  await page.emulateMedia({ media: "screen" });
  await expect(qr).toBeHidden();
});

test("a printed page shows the address of each linked source", async ({ page }) => {
  await page.goto("/counselling/work");
  const sourceLink = page.locator(".source-line a[href^='http']").first();
  await expect(sourceLink).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const href = await sourceLink.getAttribute("href");
  expect(await sourceLink.evaluate((a) => getComputedStyle(a, "::after").content)).toContain(href);
  await page.emulateMedia({ media: "screen" });
  expect(await sourceLink.evaluate((a) => getComputedStyle(a, "::after").content)).toBe("none");
});
