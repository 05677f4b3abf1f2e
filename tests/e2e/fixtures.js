// Shared e2e fixture: fails a test on any page error, console error, Content-Security-Policy
// violation (in any frame) or request that leaves the app's origin, unless the test names the console errors it expects (e.g. a deliberate 404) or
// the hosts it started itself (`otherHosts`: a changed deployment, a teacher's page).
import { test as base, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../support/static-server.mjs";

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
    // A blocked script, style, worker or request shows as a securitypolicyviolation event.
    await page.exposeBinding("genomeNaviTestViolation", ({ frame }, v) =>
      problems.push(`security policy violation: ${v.directive} blocked ${v.blocked || "inline"} at ${frame.url()}`),
    );
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) =>
        window.genomeNaviTestViolation?.({ directive: e.effectiveDirective, blocked: e.blockedURI }),
      );
    });
    const allowed = (url) => [appOrigin, ...otherHosts.keys()].some((o) => url.startsWith(o + "/"));
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // A page that is no page of the app comes with status 404 (hosting/), which the browser logs;
    // that is what the server should do, not a problem of the page.
    const notFoundPages = new Set();
    page.on("response", (res) => {
      if (res.status() === 404 && res.request().isNavigationRequest()) notFoundPages.add(res.url());
    });
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const text = msg.text();
      if (text.includes("status of 404") && notFoundPages.has(msg.location().url)) return;
      if (!allowedConsoleErrors.some((re) => re.test(text))) problems.push(`console error: ${text}`);
    });
    page.on("request", (req) => {
      const url = req.url();
      if (!allowed(url) && !url.startsWith("data:") && !url.startsWith("blob:")) {
        problems.push(`request off-origin: ${url}`);
      }
    });
    await use(page);
    expect(problems, "no page errors, console errors, policy violations or off-origin requests").toEqual([]);
  },
});

export { expect };

/** The app's languages, as their URL prefixes name them ("ja" has none). */
export const LANGS = ["ja", "easy", "en"];

/** Every page of the app, with its heading in each language (やさしい日本語: without readings). */
export const PAGES = [
  { path: "", ja: "ゲノム医療ナビ", easy: "ゲノム医療ナビ", en: "Genome Medicine Navi" },
  { path: "plan", ja: "基本計画", easy: "基本計画", en: "The Basic Plan" },
  { path: "discrimination", ja: "差別への対応", easy: "差別への対応", en: "Responding to discrimination" },
  { path: "counselling", ja: "相談窓口", easy: "相談窓口", en: "Where to get advice" },
  { path: "progress", ja: "全ゲノム解析等の進み具合", easy: "全ゲノム解析等の進み具合", en: "Whole genome analysis, etc.: progress" },
  { path: "glossary", ja: "用語集", easy: "ことばの説明", en: "Glossary" },
  { path: "about", ja: "このサイトについて", easy: "このサイトについて", en: "About this site" },
  { path: "law", ja: "ゲノム医療推進法", easy: "ゲノム医療推進法", en: "The Genome Medicine Promotion Act" },
  { path: "data", ja: "オープンデータ", easy: "オープンデータ", en: "Open data" },
  { path: "changes", ja: "変更履歴", easy: "変更の記録", en: "Change log" },
];

/** The URL of a page in a language under a base path ("/" or "/some/sub/path/"). */
export function urlOf(page, lang, base = "/") {
  return base + (lang === "ja" ? "" : `${lang}/`) + page.path;
}

/** An element's text as read: the ruby readings (<rt>) left out. */
export function baseText(locator) {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll("rt").forEach((e) => e.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  });
}

/** Waits until the page's <h1> reads `text` (readings left out). */
export async function expectHeading(page, text) {
  await expect.poll(() => baseText(page.locator("main h1"))).toBe(text);
}

/** Visible text with a kanji that stands outside any <ruby> (all disclosures opened first). */
export function kanjiWithoutReading(page) {
  return page.evaluate(() => {
    document.querySelectorAll("details").forEach((d) => (d.open = true));
    const kanji = /[\u4E00-\u9FFF\u3400-\u4DBF\uF900-\uFAFF々〆]/;
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!kanji.test(n.data) || !el) continue;
      // People's names: no source gives their readings, and the app never guesses one.
      // Code to copy (the embed snippet) is not text to read.
      if (el.closest("ruby, script, style, noscript, template, title, desc, textarea, code, [data-no-reading]")) continue;
      if (!el.checkVisibility()) continue;
      out.push(n.data.trim());
    }
    return out;
  });
}

/** Runs axe-core (WCAG 2.x A and AA rules) and returns the violations, summarised. */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** What the system clipboard holds, read as another app would: from a blank page of another local
 * site, because the app's pages deny themselves clipboard reading (Permissions-Policy, hosting/). */
export async function clipboardText(context) {
  const dir = await mkdtemp(join(tmpdir(), "clipboard-reader-"));
  await writeFile(join(dir, "index.html"), '<!doctype html><html lang="en"><title>reader</title><link rel="icon" href="data:,">');
  const site = await startServer({ dir, fallback: false });
  const reader = await context.newPage();
  try {
    await reader.goto(site.url);
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
    await site.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Holds back every request that `wasm` matches until the returned function is called: the page
 * reads as pre-rendered while the reader acts on it, before the app or its controls have started.
 * Then load with `page.mainFrame().goto(…)`: the fixture's `page.goto` would wait for them.
 */
export async function holdBackWasm(page, wasm) {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(wasm, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
