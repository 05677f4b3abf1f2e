// Shared e2e fixture: fails a test on any page error, console error or request that leaves the
// app's origin, unless the test names the console errors it expects (e.g. a deliberate 404) or
// the hosts it started itself (`otherHosts`: a changed deployment, a teacher's page).
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const test = base.extend({
  allowedConsoleErrors: [[], { option: true }],
  /** Origins of hosts a test starts itself, each `{ app: true }` if it serves a copy of the app. */
  otherHosts: async ({}, use) => use(new Map()),
  page: async ({ page, allowedConsoleErrors, javaScriptEnabled, baseURL, otherHosts }, use) => {
    const appOrigin = new URL(baseURL).origin;
    const isApp = (origin) => origin === appOrigin || !!otherHosts.get(origin)?.app;
    // A pre-rendered page shows its text before the app has loaded; a test acts like a reader who
    // waits until the app has taken over (<html data-app-ready>), so its controls work. Other
    // pages (a teacher's page that embeds a card) are not waited for.
    for (const name of ["goto", "reload"]) {
      const original = page[name].bind(page);
      page[name] = async (...args) => {
        const response = await original(...args);
        if (javaScriptEnabled && isApp(new URL(page.url()).origin)) {
          await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
        }
        return response;
      };
    }
    const problems = [];
    const allowed = (url) => [appOrigin, ...otherHosts.keys()].some((o) => url.startsWith(o + "/"));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const text = msg.text();
      if (!allowedConsoleErrors.some((re) => re.test(text))) problems.push(`console error: ${text}`);
    });
    page.on("request", (req) => {
      const url = req.url();
      if (!allowed(url) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        problems.push(`request off-origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, "no page errors, console errors or off-origin requests").toEqual([]);
  },
});

export { expect };

/** Every page of the app, with its heading in each language. */
export const PAGES = [
  { path: "", ja: "ゲノム医療ナビ", en: "Genome Medicine Navi" },
  { path: "plan", ja: "基本計画", en: "The Basic Plan" },
  { path: "discrimination", ja: "差別への対応", en: "Responding to discrimination" },
  { path: "counselling", ja: "相談窓口", en: "Where to get advice" },
  { path: "progress", ja: "全ゲノム解析等の進み具合", en: "Whole genome analysis, etc.: progress" },
  { path: "glossary", ja: "用語集", en: "Glossary" },
  { path: "about", ja: "このサイトについて", en: "About this site" },
  { path: "law", ja: "ゲノム医療推進法", en: "The Genome Medicine Promotion Act" },
  { path: "data", ja: "オープンデータ", en: "Open data" },
  { path: "changes", ja: "変更履歴", en: "Change log" },
];

/** The URL of a page in a language under a base path ("/" or "/some/sub/path/"). */
export function urlOf(page, lang, base = "/") {
  return base + (lang === "en" ? "en/" : "") + page.path;
}

/** Runs axe-core (WCAG 2.x A and AA rules) and returns the violations, summarised. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
