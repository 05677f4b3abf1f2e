// A missing or malformed data file shows a clear message naming the file, with a retry that works,
// and the rest of the app keeps working. On the pages that load the app (a pillar's measures, the
// progress page…); a page that loads its controls alone reads no data file (controls.spec.js).
import { test, expect } from "./fixtures.js";

test.use({ allowedConsoleErrors: [/Failed to load resource/] });

test("a missing data file is named, the rest works, and retry recovers", async ({ page }) => {
  let broken = true;
  await page.route("**/data/plan.json", (route) =>
    broken ? route.fulfill({ status: 404, body: "not found" }) : route.continue(),
  );
  await page.goto("/plan/care");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("データを読み込めませんでした");
  await expect(alert).toContainText("plan.json");
  await expect(alert).toContainText("404");
  // Navigation and other pages still work.
  await page.locator(".site-nav").getByRole("link", { name: "このサイトについて" }).click();
  await expect(page.locator("h1")).toHaveText("このサイトについて");
  await page.locator(".site-nav").getByRole("link", { name: "ホーム" }).click();
  await expect(page.getByRole("alert")).toContainText("plan.json");
  broken = false;
  await page.getByRole("button", { name: "もう一度読み込む" }).click();
  await expect(page.locator(".pillar-card")).toHaveCount(3);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a malformed data file is named in English too", async ({ page }) => {
  await page.route("**/data/plan.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"goal": {"text": ' }),
  );
  await page.goto("/en/plan/care");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("The data could not be loaded");
  await expect(alert).toContainText("plan.json");
  await expect(alert).toContainText("not in the expected format");
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await expect(page.locator(".site-header__name")).toHaveText("Genome Medicine Navi");
});

test("a network failure is reported, not a blank page", async ({ page }) => {
  await page.route("**/data/sources.json", (route) => route.abort("failed"));
  await page.goto("/counselling/all");
  await expect(page.getByRole("alert")).toContainText("sources.json");
  await expect(page.locator(".site-header__name")).toHaveText("ゲノム医療ナビ");
});

// The glossary comes with every page that shows data: its terms are explained where they stand.
test("a page fetches only the data files it shows; others load when a page needs them", async ({ page }) => {
  const fetched = [];
  page.on("request", (r) => {
    const m = new URL(r.url()).pathname.match(/\/data\/([a-z]+\.json)$/);
    if (m) fetched.push(m[1]);
  });
  // A page that loads its controls alone reads none.
  await page.goto("/about");
  await expect(page.locator(".site-footer__source")).toBeVisible();
  expect(fetched).toEqual([]);
  // A page with a filter over every service loads the app, and the files that page shows.
  await page.goto("/counselling/all");
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  const first = ["counselling.json", "discrimination.json", "glossary.json", "plan.json", "sources.json"];
  expect(fetched.sort()).toEqual(first);
  // In the app, another page reads the file it needs when the reader opens it.
  await page.locator(".site-nav").getByRole("link", { name: "進み具合" }).click();
  await expect(page.locator("#card-cases")).toBeVisible();
  expect(fetched.sort()).toEqual([...first, "progress.json"].sort());
});

test("a pre-rendered page asks for its data before the WASM, and for each file once", async ({ page }) => {
  // The app loader starts the page's data requests (<html data-files>) before it asks for the
  // WASM; the app then reads those responses instead of asking again.
  const asked = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (/\/data\/[a-z]+\.json$/.test(path)) asked.push(path.slice(path.lastIndexOf("/") + 1));
    else if (path.endsWith(".wasm")) asked.push("wasm");
  });
  await page.goto("/plan/care");
  await expect(page.locator("html")).toHaveAttribute("data-app-ready", "");
  await expect(page.locator("details.measure").first()).toBeVisible();
  const files = (await page.locator("html").getAttribute("data-files")).split(" ");
  expect(files).toEqual(expect.arrayContaining(["plan.json", "law.json", "sources.json"]));
  expect(asked.slice(0, files.length).sort()).toEqual([...files].sort());
  expect(asked.filter((a) => a !== "wasm").sort()).toEqual([...files].sort());
  expect(asked.filter((a) => a === "wasm")).toHaveLength(1);
});
