// make bench: how long after the first paint a page's controls work (<html data-app-ready>: the app
// has taken over the pre-rendered page), and what the page fetched until then, per route, as a
// phone on a slow line sees it: 4× CPU throttling and Lighthouse's slow-4G profile (150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up), the build served by nginx (hosting/), a cold cache.
// Figures only, no assertions (timings vary from machine to machine).
//
//   node tests/bench/ready-bench.mjs [dist] [--runs 3] [--routes /,/easy/plan]
import { chromium } from "@playwright/test";
import { startNginx } from "../support/nginx.mjs";

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const dist = args.find((a, i) => !a.startsWith("--") && !["--runs", "--routes"].includes(args[i - 1])) || "dist";
const runs = Number(valueOf("--runs")) || 3;
const ROUTES = valueOf("--routes")?.split(",") ?? [
  "/",
  "/plan",
  "/plan/care/testing",
  "/law",
  "/discrimination",
  "/counselling",
  "/counselling/insurance",
  "/progress",
  "/progress/cases",
  "/glossary",
  "/search",
  "/about",
  "/en/plan",
  "/easy/plan",
];
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : "-");
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];

const server = await startNginx({ dir: dist });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
console.log(`\n== From first paint until the controls work (4× CPU, slow 4G, nginx, cold cache; median of ${runs}) ==\n`);
console.log(`  ${"route".padEnd(24)} ${"loads".padEnd(8)} ${"first paint".padStart(11)} ${"app ready".padStart(10)} ${"paint→ready".padStart(12)} ${"fetched until ready".padStart(20)} ${"wasm arrived".padStart(13)} ${"first render".padStart(13)} ${"data + swap".padStart(13)}`);
console.log("  (first render: from the WASM's last byte until the app has rendered off-screen, compiling included;");
console.log("   data + swap: from then until the pre-rendered page is replaced: the data files, their render, the swap)");
try {
  for (const route of ROUTES) {
    const got = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ serviceWorkers: "block", viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      // When the app takes over: a mutation observer set before any of the page's scripts.
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.documentElement?.hasAttribute("data-app-ready")) {
            window.genomeNaviReadyAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-app-ready"] });
      });
      await page.goto(server.url.replace(/\/$/, "") + route);
      await page.waitForFunction(() => typeof window.genomeNaviReadyAt === "number", null, { timeout: 120_000 });
      got.push(
        await page.evaluate(() => {
          const ready = window.genomeNaviReadyAt;
          const paint = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN;
          const nav = performance.getEntriesByType("navigation")[0];
          const before = performance.getEntriesByType("resource").filter((r) => r.responseEnd <= ready);
          const bytes = (nav?.transferSize || 0) + before.reduce((sum, r) => sum + (r.transferSize || 0), 0);
          // Where the wait goes: the WASM arriving, then the app's first render (compile included),
          // then its data and the swap.
          const wasm = before.find((r) => r.name.endsWith(".wasm"))?.responseEnd ?? NaN;
          const started = performance.getEntriesByName("genome-navi:app-started")[0]?.startTime ?? NaN;
          // A page that needs only its controls loads them alone (src/controls.rs), else the app.
          const loads = document.documentElement.dataset.app || "app";
          return { paint, ready, bytes, wasm, started, loads };
        }),
      );
      await context.close();
    }
    const paint = median(got.map((g) => g.paint));
    const ready = median(got.map((g) => g.ready));
    const gap = median(got.map((g) => g.ready - g.paint));
    const bytes = median(got.map((g) => g.bytes));
    const wasm = median(got.map((g) => g.wasm));
    const render = median(got.map((g) => g.started - g.wasm));
    const swap = median(got.map((g) => g.ready - g.started));
    console.log(
      `  ${route.padEnd(24)} ${got[0].loads.padEnd(8)} ${ms(paint).padStart(11)} ${ms(ready).padStart(10)} ${ms(gap).padStart(12)} ${`${(bytes / 1024).toFixed(1)} KB`.padStart(20)} ${ms(wasm).padStart(13)} ${ms(render).padStart(13)} ${ms(swap).padStart(13)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
console.log("\n  Issue 14 aims at paint→ready ≤ 1 s and ≤ 200 KB fetched until ready, on every route.\n");
