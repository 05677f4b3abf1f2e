// Starts the app: loads the JS glue and the WASM that the page names in
// <meta name="genome-navi-app" data-js data-wasm> (written there by Trunk, see Trunk.toml), or on a
// page that needs only its controls, those in <meta name="genome-navi-controls"> (or
// "genome-navi-search" on the search pages). Started by
// index.html's base script once <base href> is right, so every URL here resolves under the base.
// A pre-rendered page (<html data-prerendered>) already shows its text: there the app is fetched
// after the first paint, so it does not compete with it on a slow line. A failure is reported as an
// error event on this script's element; index.html's base script then retries or shows its message.
const element = [...document.scripts].find((s) => s.src === import.meta.url);

function pageReady() {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((done) => document.addEventListener("DOMContentLoaded", done, { once: true }));
}

// A pre-rendered page names the data files its app will read (<html data-files>, written by
// src/prerender/): request them now, so they arrive while the WASM does, not after it has started.
// The app takes each response once (src/browser.rs, take_prefetched_data) and fetches itself when
// there is none or it failed.
function prefetchData() {
  const files = (document.documentElement.dataset.files || "").split(" ").filter((f) => /^[a-z_-]+\.json$/.test(f));
  if (!files.length) return;
  const started = {};
  for (const file of files) {
    started[file] = fetch(new URL(`data/${file}`, document.baseURI));
    // The app reports a failure itself, when it reads the response.
    started[file].catch(() => {});
  }
  window.genomeNaviPrefetched = started;
}

async function start() {
  // A pre-rendered page whose controls are all it needs (<html data-app="controls">, or "search"
  // with the search panel, written by src/prerender/) loads the controls alone (src/controls.rs,
  // named in <meta name="genome-navi-controls"> or "genome-navi-search"): a fraction of the app,
  // and no data file.
  const app = document.documentElement.dataset.app;
  const controlsOnly = app === "controls" || app === "search";
  const which = controlsOnly ? `meta[name="genome-navi-${app}"]` : 'meta[name="genome-navi-app"]';
  if (!controlsOnly) prefetchData();
  let files = document.querySelector(which);
  if (!files) {
    await pageReady();
    files = document.querySelector(which);
  }
  if (!files) throw new Error("this page names no app files");
  // The controls' WASM and glue were asked for by index.html's base script, as soon as it had set
  // the base (a round trip before this file arrives): the requests below get those responses. The
  // app's WASM waits for the first paint (below), so it does not compete with the page's text.
  const { default: init } = await import(new URL(files.dataset.js, document.baseURI).href);
  if (document.documentElement.hasAttribute("data-prerendered")) {
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
  // The WASM's address, not a response fetched ahead of the JS glue: given such a response, the
  // app in WebKit panicked now and then (3 of 10 runs of tests/webkit/: a RefCell already
  // borrowed, an allocator's assertion); given the address, as Trunk's own loader does, none in
  // 18 local runs (the WebKit layer still sees it rarely: see tests/webkit/).
  await init({ module_or_path: new URL(files.dataset.wasm, document.baseURI).href });
  // The app has run its first render (off-screen on a pre-rendered page): make bench splits the
  // wait for the controls at this mark (tests/bench/ready-bench.mjs).
  performance.mark("genome-navi:app-started");
}

start().catch(() => element?.dispatchEvent(new Event("error")));
