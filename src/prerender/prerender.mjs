// Build step after `trunk build`: renders every page of the app once in headless Chromium and saves
// it as static HTML (dist/<route>/index.html), so a reader sees the page's text before the WASM has
// loaded, and a browser without JavaScript still gets the content. A page whose controls are all it
// needs (<html data-app="controls">, or "search") then loads the controls alone (src/controls.rs), which make
// them work in place; on any other page the app takes over (src/app.rs: it renders off-screen and
// swaps in once its data is there, so nothing flickers).
// `<html data-prerendered>` tells Trunk's loader (Trunk.toml) to fetch the app after the first paint.
//
// Pages are found by following the app's own links from /, /easy/ and /en/, so no route list is kept
// here. Each page keeps its language (`lang`, and `data-lang-variant` for やさしい日本語) and its
// `hreflang` alternates.
// dist/shell.html (written by src/pwa/precache.mjs) stays the page for any other path; the embeds
// and 404.html get copies of it.
//
//   node src/prerender/prerender.mjs [dist]
import { chromium } from "@playwright/test";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startServer } from "../../tests/support/static-server.mjs";

const dist = process.argv[2] || "dist";
const shell = await readFile(join(dist, "shell.html"), "utf8");
const server = await startServer({ dir: dist });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const context = await browser.newContext({ serviceWorkers: "block" });
// Headings get their phrase breaks as in engines without CSS auto-phrase (WebKit): the static page
// then breaks lines between phrases there too, before the app has loaded.
// Views that fill on demand (a term's explanation) fill themselves for the static page.
await context.addInitScript(() => {
  window.genomeNaviForcePhraseBreaks = true;
  window.genomeNaviPrerendering = true;
});
const page = await context.newPage();
const problems = [];
page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const origin = server.url.replace(/\/$/, "");
// The search pages are reached by a form, not a link.
const queue = ["/", "/easy/", "/en/", "/search", "/easy/search", "/en/search"];
const seen = new Set(queue);
const pages = new Map();
const embeds = new Set();
while (queue.length) {
  const path = queue.shift();
  await page.goto(origin + path);
  // Rendered by the app (not an earlier pre-rendered copy): a heading, and no loading line left.
  await page.waitForFunction(
    () =>
      document.documentElement.hasAttribute("data-app-ready") &&
      document.documentElement.hasAttribute("data-phrase-breaks") &&
      document.querySelector("#app main h1") &&
      !document.querySelector("#app .loading"),
  );
  const snapshot = await page.evaluate(() => {
    // The embeds the page offers (its cards' embed code), so each gets a page of its own below.
    const embeds = [...document.querySelectorAll("#app .card-tools textarea")]
      .map((t) => /<iframe src="([^"]+)"/.exec(t.value)?.[1])
      .filter(Boolean)
      .map((src) => new URL(src).pathname);
    const app = document.getElementById("app").cloneNode(true);
    // Whether the page's controls are all it needs (routes::controls_suffice), and which build of
    // them: then it loads the controls alone, not the app, and reads no data file
    // (<html data-app="controls"> or "search", routes::ControlsBuild).
    const controls = app.querySelector("main")?.getAttribute("data-controls-suffice") ?? null;
    const controlsOnly = controls === "controls" || controls === "search" ? controls : null;
    app.querySelector("main")?.removeAttribute("data-controls-suffice");
    // What holds this build server's address (the embed code, hidden in a closed panel; the QR
    // code, shown only on paper) or this visit's state (the read-aloud control needs the reader's
    // on-device voices) is left for the app to fill in. The panels
    // stay, so the page does not move when the app takes over.
    app.querySelectorAll(".card-tools textarea").forEach((e) => (e.textContent = ""));
    app.querySelectorAll(".print-qr, .app-status > *, .language-offer, .read-aloud").forEach((e) => e.remove());
    // Links relative to <base href>, which index.html's first script sets to wherever the app is
    // hosted: a page that keeps its pre-rendered text (a controls page) then links right under a
    // sub-path too. An in-page link (#…) names its page, since it too resolves against <base>.
    const own = location.pathname.slice(1);
    app.querySelectorAll("a[href], form[action]").forEach((e) => {
      const name = e.hasAttribute("href") ? "href" : "action";
      const value = e.getAttribute(name);
      if (value.startsWith("/") && !value.startsWith("//")) e.setAttribute(name, value.slice(1) || "./");
      else if (value.startsWith("#")) e.setAttribute(name, `${own || "./"}${value}`);
    });
    // The renderer's empty comment markers (<!---->) mean nothing to a static page: the app renders
    // its own copy and swaps it in, it does not hydrate this one.
    const comments = document.createTreeWalker(app, NodeFilter.SHOW_COMMENT);
    const markers = [];
    for (let c = comments.nextNode(); c; c = comments.nextNode()) markers.push(c);
    markers.forEach((c) => c.remove());
    // A glossary term's explanation opens without the app: as a popover (an HTML attribute, no
    // script). The app's own disclosure, in place below the line, replaces it once loaded.
    app.querySelectorAll(".term__word[aria-controls]").forEach((button) => {
      const note = app.querySelector(`#${CSS.escape(button.getAttribute("aria-controls"))}`);
      if (!note) return;
      button.setAttribute("popovertarget", note.id);
      button.removeAttribute("aria-expanded");
      note.setAttribute("popover", "");
      note.removeAttribute("hidden");
    });
    // For the search index (src/prerender/search-index.mjs): the page's content only (not the
    // header, navigation or footer), its kind and language variant, its title without readings;
    // readings, citations, controls and term explanations are not indexed.
    const main = app.querySelector("main");
    const kind = main?.getAttribute("data-search-kind");
    if (main && kind && !main.querySelector(".not-found, .search-box")) {
      main.setAttribute("data-pagefind-body", "");
      const variant = document.documentElement.getAttribute("data-lang-variant") || document.documentElement.lang;
      main.setAttribute("data-pagefind-filter", `variant:${variant}`);
      const h1 = main.querySelector("h1")?.cloneNode(true);
      h1?.querySelectorAll("rt").forEach((e) => e.remove());
      const title = (h1?.textContent || document.title).replace(/\s+/g, " ").trim().replace(/,/g, "，");
      main.setAttribute("data-pagefind-meta", `kind:${kind}, title:${title}`);
      main
        // A pillar page's measures are left to the measures' own pages, where a policy shows open.
        .querySelectorAll("rt, .breadcrumbs, .card-tools, .page-share, .source-line, .own-summary-label, .term__note, .print-qr, .glossary-index, details.measure")
        .forEach((e) => e.setAttribute("data-pagefind-ignore", "all"));
    }
    const links = [...document.querySelectorAll("#app a[href]")].map((a) => new URL(a.href, location.href));
    // The data files the page read, in the order it asked for them: the app loader requests them
    // while the WASM is on its way (public/js/app-loader.js).
    const files = [
      ...new Set(
        performance
          .getEntriesByType("resource")
          .map((r) => new URL(r.name).pathname)
          .filter((p) => /\/data\/[a-z_-]+\.json$/.test(p))
          .map((p) => p.slice(p.lastIndexOf("/") + 1)),
      ),
    ];
    return {
      controlsOnly,
      files,
      html: app.innerHTML,
      title: document.title,
      description: document.querySelector('meta[name="description"]')?.content || "",
      lang: document.documentElement.lang,
      variant: document.documentElement.getAttribute("data-lang-variant"),
      alternates: [...document.querySelectorAll('head link[rel="alternate"][hreflang]')].map((l) => ({
        hreflang: l.hreflang,
        // Relative to <base href>, so the page is right under any host and sub-path.
        href: new URL(l.href).pathname.slice(1) || "./",
      })),
      errors: document.querySelectorAll("#app .load-error").length,
      links: links.filter((u) => u.origin === location.origin).map((u) => u.pathname),
      embeds,
    };
  });
  if (snapshot.errors) problems.push(`${path}: the page shows a load error`);
  pages.set(path, snapshot);
  for (const embed of snapshot.embeds) embeds.add(embed);
  for (const link of snapshot.links) {
    const known = link.replace(/\/$/, "") || "/";
    const next = link.endsWith("/") ? link : known;
    if (/\.[a-z0-9]+$/i.test(link) || link.includes("/embed/") || seen.has(next)) continue;
    seen.add(next);
    queue.push(next);
  }
}
await browser.close();
await server.close();
if (problems.length) {
  console.error(`prerender: ${problems.join("\n")}`);
  process.exit(1);
}

const appStart = shell.indexOf('<div id="app">');
const appEnd = shell.lastIndexOf("</body>");
if (appStart < 0 || appEnd < appStart || !shell.includes('<html lang="ja">')) {
  console.error('prerender: shell.html needs <html lang="ja"> and <div id="app"> before </body>');
  process.exit(1);
}
for (const [path, p] of pages) {
  const html =
    shell
      .slice(0, appStart)
      .replace(
        '<html lang="ja">',
        `<html lang="${escapeHtml(p.lang)}"${p.variant ? ` data-lang-variant="${escapeHtml(p.variant)}"` : ""} data-prerendered="${escapeHtml(path)}"${p.controlsOnly ? ` data-app="${p.controlsOnly}"` : p.files.length ? ` data-files="${escapeHtml(p.files.join(" "))}"` : ""}>`,
      )
      .replace(
        "</head>",
        p.alternates.map((a) => `<link rel="alternate" hreflang="${escapeHtml(a.hreflang)}" href="${escapeHtml(a.href)}">\n`).join("") + "</head>",
      )
      .replace("<title>ゲノム医療ナビ</title>", `<title>${escapeHtml(p.title)}</title>`)
      .replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(p.description)}">`) +
    `<div id="app">${p.html}</div>\n` +
    shell.slice(appEnd);
  const dir = join(dist, ...path.split("/").filter(Boolean));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), html);
}
// Embeds are not pre-rendered (their page is the card alone, filled by the app), but each is a file:
// so every host serves a page of the app with status 200 and anything else with 404
// (hosting/: nginx, Netlify, GitHub Pages, whose 404.html is the shell too).
for (const embed of embeds) {
  const dir = join(dist, ...embed.split("/").filter(Boolean));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "index.html"), shell);
}
await writeFile(join(dist, "404.html"), shell);
console.log(`prerender: ${pages.size} pages written as static HTML, ${embeds.size} embeds as the shell`);
