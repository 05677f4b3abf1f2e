// Open data and the change log: /data lists every data file with links to the file, its JSON
// Schema and its CSV tables, each of which answers and parses (also under a sub-path); /changes
// shows every entry under the date of the change; both pages in both languages pass axe.
import { test, expect, axeViolations } from "./fixtures.js";

const FILES = ["plan", "law", "discrimination", "counselling", "progress", "sources", "glossary", "changes"];
const CSV = ["cases.csv", "cases.en.csv", "budget.csv", "budget.en.csv"];
const LANGS = [
  { lang: "ja", prefix: "", data: "オープンデータ", changes: "変更履歴", day: "2026年11月24日の変更" },
  { lang: "en", prefix: "en/", data: "Open data", changes: "Change log", day: "Changed on 24 November 2026" },
];

/** Every link of the file list, as written in the page. */
function fileLinks(page) {
  // Where each link leads (a pre-rendered link is written relative to <base href>).
  return page.locator(".data-file a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
}

for (const l of LANGS) {
  test(`${l.lang}: /data lists every file, and every data, schema and CSV link answers`, async ({ page, request }) => {
    await page.goto("/" + l.prefix + "data");
    await expect(page.locator("h1")).toHaveText(l.data);
    await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
    const hrefs = await fileLinks(page);
    const expected = [
      ...FILES.flatMap((f) => [`/data/${f}.json`, `/data/schema/${f}.schema.json`]),
      ...CSV.map((c) => `/data/${c}`),
    ];
    expect([...hrefs].sort()).toEqual([...expected].sort());
    for (const f of FILES) await expect(page.locator(`#file-${f} h3`)).toHaveText(`${f}.json`);
    // Which parts are whose is said in words: government material keeps its own terms; ours is MIT.
    await expect(page.locator("main")).toContainText("MIT");
    for (const href of hrefs) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      const body = await response.text();
      if (href.endsWith(".json")) expect(() => JSON.parse(body), href).not.toThrow();
      if (href.includes("/schema/")) {
        expect(JSON.parse(body).$schema, href).toBe("https://json-schema.org/draft/2020-12/schema");
      }
      if (href.endsWith(".csv")) expect(body.split("\n")[0], href).toMatch(/^\ufeff[a-z_]+(,[a-z_]+)+$/);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${l.lang}: /changes shows every entry under the date of the change`, async ({ page, request }) => {
    const { entries } = await (await request.get("/data/changes.json")).json();
    await page.goto("/" + l.prefix + "changes");
    await expect(page.locator("h1")).toHaveText(l.changes);
    await expect(page.locator(".change")).toHaveCount(entries.length);
    const day = page.locator(".change-day h2").first();
    await expect(day).toHaveText(l.day);
    await expect(day.locator("time")).toHaveAttribute("datetime", "2026-11-24");
    for (const e of entries) {
      await expect(page.locator(`#change-${e.id} h3`)).toHaveText(e.title[l.lang]);
      await expect(page.locator(`#change-${e.id}`)).toContainText(e.why[l.lang]);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`${l.lang}: the footer and the about page link to open data and the change log`, async ({ page }) => {
    await page.goto("/" + l.prefix);
    await page.locator(".site-footer").getByRole("link", { name: l.data }).click();
    await expect(page).toHaveURL(new RegExp(`/${l.prefix}data$`));
    await expect(page.locator("h1")).toHaveText(l.data);
    await page.locator(".site-footer").getByRole("link", { name: l.changes }).click();
    await expect(page).toHaveURL(new RegExp(`/${l.prefix}changes$`));
    await expect(page.locator(".change").first()).toBeVisible();
    await page.goto("/" + l.prefix + "about");
    for (const name of [l.data, l.changes]) await expect(page.locator("main").getByRole("link", { name })).toBeVisible();
  });
}

test("under a sub-path, the file links stay under it and answer", async ({ page, request }) => {
  const base = "/some/sub/path/";
  await page.goto(base + "en/data");
  await expect(page.locator("h1")).toHaveText("Open data");
  const hrefs = await fileLinks(page);
  expect(hrefs.length).toBe(FILES.length * 2 + CSV.length);
  expect(hrefs.filter((h) => !h.startsWith(base + "data/"))).toEqual([]);
  for (const href of [base + "data/schema/plan.schema.json", base + "data/cases.en.csv"]) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("both pages are pre-rendered with their own text", async ({ request }) => {
  for (const [path, text] of [["/data", "オープンデータ"], ["/en/changes", "Change log"]]) {
    const html = await (await request.get(path)).text();
    expect(html).toContain(`data-prerendered="${path}"`);
    // The heading's text, whatever elements it is wrapped in (phrase breaks, readings).
    const h1 = html.match(/<h1[^>]*>(.*?)<\/h1>/s)?.[1].replace(/<[^>]+>/g, "");
    expect(h1).toBe(text);
  }
});
