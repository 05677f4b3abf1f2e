// Playwright e2e: the release build in dist/, served on 127.0.0.1 (at / and under a sub-path) by
// nginx with the configuration hosts are given (hosting/nginx/, via tests/support/nginx.mjs),
// driven in Debian's Chromium at phone and desktop sizes. Never downloads a browser.
import { defineConfig } from "@playwright/test";

const PORT = 4173;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Most readers' browsers prefer Japanese; language.spec.js tests an English-preferring one.
    locale: "ja-JP",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
      ],
    },
    trace: "off",
    // Most tests check one page against the server; the offline tests (pwa.spec.js) allow the
    // service worker, which would otherwise answer for the server.
    serviceWorkers: "block",
  },
  projects: [
    { name: "phone", use: { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true } },
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: `node tests/support/nginx.mjs --dir dist --port ${PORT} --also /some/sub/path/`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
