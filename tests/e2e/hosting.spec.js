// The site as hosts serve it (hosting/): nginx's statuses, types, compression, caching and security
// headers for every kind of path; the same headers in the Netlify/Cloudflare file; every page's own
// policy; an injected script blocked; hostile paths; and faults on the server (a data file missing, a
// truncated .br, the WASM with a wrong type), which the reader sees as the app's clear message.
import { test, expect } from "./fixtures.js";
import { test as bareTest } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headerPolicy, metaPolicy } from "../../src/hosting/csp.mjs";
import { startNginx } from "../support/nginx.mjs";

// The app's WASM (not the controls' alone, genome-navi-controls-…), and the controls' two builds.
const built = await readdir("dist");
const WASM = built.find((f) => /^genome-navi-[0-9a-f]+_bg\.wasm$/.test(f));
const CONTROLS_WASMS = built.filter((f) => /^genome-navi-(controls|search)-[0-9a-f]+_bg\.wasm$/.test(f));

/** A raw GET (the path sent exactly as written, as an attacker would), accepting what browsers do. */
function rawGet(baseURL, path) {
  const { hostname, port } = new URL(baseURL);
  return new Promise((ok, fail) => {
    const req = httpRequest({ hostname, port, path, headers: { "accept-encoding": "gzip, deflate, br, zstd" } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

const policies = (value) =>
  value
    .split(",")
    .flatMap((p) => p.split(";"))
    .map((d) => d.trim())
    .filter(Boolean)
    .sort();

const KINDS = [
  { path: "/", status: 200, type: "text/html", framable: false },
  { path: "/plan", status: 200, type: "text/html", framable: false },
  { path: "/en/progress/", status: 200, type: "text/html", framable: false },
  { path: "/embed/cases", status: 200, type: "text/html", framable: true },
  { path: "/en/embed/cases", status: 200, type: "text/html", framable: true },
  { path: "/no-such-page", status: 404, type: "text/html", framable: true },
  { path: "/plan/no-such-pillar", status: 404, type: "text/html", framable: true },
  { path: "/sw.js", status: 200, type: "application/javascript", framable: false },
  { path: "/data/plan.json", status: 200, type: "application/json", framable: false },
  { path: "/data/cases.csv", status: 200, type: "text/csv", framable: false },
  { path: `/${WASM}`, status: 200, type: "application/wasm", framable: false, immutable: true },
  { path: "/some/sub/path/plan", status: 200, type: "text/html", framable: false },
  { path: "/some/sub/path/no-such-page", status: 404, type: "text/html", framable: true },
  { path: `/some/sub/path/${WASM}`, status: 200, type: "application/wasm", framable: false, immutable: true },
  ...CONTROLS_WASMS.map((f) => ({ path: `/${f}`, status: 200, type: "application/wasm", framable: false, immutable: true })),
];

test("every kind of path gets its status, type, compression, caching and security headers", async ({ baseURL }) => {
  expect(CONTROLS_WASMS).toHaveLength(2);
  for (const kind of KINDS) {
    const res = await rawGet(baseURL, kind.path);
    const h = res.headers;
    const where = `${kind.path}: `;
    expect(res.status, where + "status").toBe(kind.status);
    expect(h["content-type"], where + "type").toContain(kind.type);
    // Precompressed at build time (src/hosting/compress.mjs), sent as brotli.
    if (kind.path !== "/data/cases.csv") expect(h["content-encoding"], where + "compression").toBe("br");
    expect(h["cache-control"], where + "caching").toBe(kind.immutable ? "public, max-age=31536000, immutable" : "no-cache");
    expect(h["content-security-policy"], where + "policy").toBe(headerPolicy({ frameable: kind.framable }));
    expect(h["referrer-policy"], where + "referrer").toBe("no-referrer");
    expect(h["x-content-type-options"], where + "nosniff").toBe("nosniff");
    expect(h["permissions-policy"], where + "permissions").toContain("camera=(), ");
    expect(h["permissions-policy"], where + "permissions").toContain("clipboard-write=(self), web-share=(self)");
  }
});

test("every page carries its policy in a <meta>: inline code only by its hash", async ({ baseURL }) => {
  for (const path of ["/plan", "/easy/glossary", "/no-such-page", "/embed/cases"]) {
    const res = await fetch(new URL(path, baseURL));
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    expect(meta, path).toBe(metaPolicy(html));
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+';/);
    expect(meta).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    // Before any script: a <meta> policy covers only what comes after it.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  }
});

test("the Netlify/Cloudflare headers are nginx's", async () => {
  const file = await readFile("hosting/netlify/_headers", "utf8");
  const rules = [];
  for (const line of file.split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    if (!line.startsWith(" ")) rules.push({ path: line.trim(), headers: [] });
    else rules.at(-1).headers.push(line.trim().split(/:\s(.*)/s).slice(0, 2));
  }
  // A "*" at the end matches whatever follows.
  const matches = (rule, path) => (rule.path.endsWith("*") ? path.startsWith(rule.path.slice(0, -1)) : rule.path === path);
  // These hosts join the values of every matching rule.
  const headersFor = (path) => {
    const out = {};
    for (const rule of rules.filter((r) => matches(r, path))) {
      for (const [name, value] of rule.headers) out[name.toLowerCase()] = out[name.toLowerCase()] ? `${out[name.toLowerCase()]}, ${value}` : value;
    }
    return out;
  };
  const nginx = await readFile("hosting/nginx/snippets/genome-navi-security.conf", "utf8");
  const permissions = /Permissions-Policy "([^"]*)"/.exec(nginx)[1];
  for (const [path, framable] of [["/", false], ["/plan", false], ["/en/counselling/insurance", false], ["/easy/search", false], ["/embed/cases", true], ["/en/embed/pillar-care", true]]) {
    const h = headersFor(path);
    expect(policies(h["content-security-policy"]), path).toEqual(policies(headerPolicy({ frameable: framable })));
    expect(h["referrer-policy"]).toBe("no-referrer");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["permissions-policy"]).toBe(permissions);
  }
  expect(headersFor("/genome-navi-0123456789abcdef_bg.wasm")["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(await readFile("hosting/netlify/_redirects", "utf8")).toMatch(/^\/\*\s+\/shell\.html\s+404$/m);
});

bareTest("an injected inline script is blocked, and the block is reported", async ({ page }) => {
  await page.goto("/plan");
  await page.locator("html[data-app-ready]").waitFor({ state: "attached" });
  const outcome = await page.evaluate(
    () =>
      new Promise((done) => {
        document.addEventListener("securitypolicyviolation", (e) =>
          done({ ran: window.injectedRan === true, directive: e.effectiveDirective, blocked: e.blockedURI }),
        );
        const script = document.createElement("script");
        script.textContent = "window.injectedRan = true";
        document.head.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, directive: "script-src-elem", blocked: "inline" });
});

test.describe("hostile paths", () => {
  // An unknown path of two segments is first tried as a directory of the app (index.html), whose
  // loader the server then does not have: a 404 the browser logs, before the retry at the root.
  test.use({ allowedConsoleErrors: [/status of 404/] });

  test("hostile paths get 404 and the app's not-found page, never a server error or a file outside the build", async ({ baseURL, page }) => {
    const hostile = [
      "/../../../../etc/passwd",
      "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
      "/plan%2F..%2F..%2F..%2Fetc%2Fpasswd",
      "/some/sub/path/../../../../etc/passwd",
      "/%00",
      "/plan%00.json",
      `/${"a".repeat(5000)}`,
      "/%3Cscript%3Ealert(1)%3C/script%3E",
      "/search?q=%3Cscript%3Ealert(1)%3C/script%3E%00",
      "/.git/config",
    ];
    for (const path of hostile) {
      const res = await rawGet(baseURL, path);
      expect(res.status, path).toBeLessThan(500);
      expect([200, 404], path).toContain(res.status);
      const body = res.body.toString("latin1");
      expect(body, path).not.toMatch(/root:.*:0:0:|\[core\]/);
      expect(res.headers["content-security-policy"], path).toBeTruthy();
    }
    // In a browser: the app's own not-found page, the markup shown as text, nothing run.
    page.on("dialog", () => {
      throw new Error("a dialog opened");
    });
    await page.goto("/%3Cscript%3Ealert(1)%3C/script%3E");
    await expect(page.locator("main h1")).toHaveText("ページが見つかりません");
  });
});

/** A copy of the build served by nginx on a free port, changed by `change(dir)`. */
async function faultyCopy(otherHosts, change, options = {}) {
  const dir = await mkdtemp(join(tmpdir(), "genome-navi-fault-"));
  await cp("dist", dir, { recursive: true });
  await change(dir);
  const server = await startNginx({ dir, ...options });
  otherHosts.set(new URL(server.url).origin, { app: true });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

test.describe("faults on the server", () => {
  // Each test copies the whole build (28 MB) and starts nginx on it before a page loads; on a busy
  // 2-core CI machine that alone took most of the default 30 s once.
  test.describe.configure({ timeout: 90_000 });
  test.use({ allowedConsoleErrors: [/Failed to load resource|ERR_CONTENT_DECODING_FAILED/] });

  test("a data file removed from the server: the page names it, the rest works", async ({ page, otherHosts }) => {
    const host = await faultyCopy(otherHosts, (dir) =>
      Promise.all(["", ".br", ".gz"].map((ext) => rm(join(dir, "data", `plan.json${ext}`)))),
    );
    try {
      // A page that loads the app and reads plan.json (one that loads its controls alone reads none).
      await page.goto(`${host.url}plan/care`);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("plan.json");
      await expect(alert).toContainText("404");
      await page.locator(".site-nav").getByRole("link", { name: "このサイトについて" }).click();
      await expect(page.locator("h1")).toHaveText("このサイトについて");
    } finally {
      await host.close();
    }
  });

  test("a truncated .br on the server: the page names the file, the rest works", async ({ page, otherHosts }) => {
    const host = await faultyCopy(otherHosts, async (dir) => {
      const file = join(dir, "data", "plan.json.br");
      const whole = await readFile(file);
      await writeFile(file, whole.subarray(0, Math.floor(whole.length / 2)));
    });
    try {
      await page.goto(`${host.url}en/plan/care`);
      await expect(page.getByRole("alert")).toContainText("plan.json");
      await expect(page.locator(".site-header__name")).toHaveText("Genome Medicine Navi");
      await page.locator(".site-nav").getByRole("link", { name: "About" }).click();
      await expect(page.locator("main h1")).toHaveText("About this site");
    } finally {
      await host.close();
    }
  });

  test("the WASM sent with a wrong type: the app still loads and works", async ({ page, otherHosts }) => {
    const host = await faultyCopy(otherHosts, async () => {}, {
      // Before the hashed files' location, so it wins for the WASM only.
      mutate: (conf) =>
        conf.replace("    # Files whose names carry a hash", '    location ~ "\\.wasm$" { types { } default_type application/octet-stream; }\n    # Files whose names carry a hash'),
    });
    try {
      const wasm = await rawGet(host.url, `/${WASM}`);
      expect(wasm.headers["content-type"]).toBe("application/octet-stream");
      await page.goto(`${host.url}counselling/all`);
      await page.getByLabel("名前や内容で絞り込む").fill("no such service");
      await expect(page.locator(".filter__count")).toHaveText("条件に合う窓口はありません。別のことばでお試しください。");
    } finally {
      await host.close();
    }
  });
});
