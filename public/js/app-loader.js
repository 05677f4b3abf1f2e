// Starts the app: loads the JS glue and the WASM that the page names in
// <meta name="genome-navi-app" data-js data-wasm> (written there by Trunk, see Trunk.toml). Started by
// index.html's base script once <base href> is right, so every URL here resolves under the base.
// A pre-rendered page (<html data-prerendered>) already shows its text: there the app is fetched
// after the first paint, so it does not compete with it on a slow line. A failure is reported as an
// error event on this script's element; index.html's base script then retries or shows its message.
const element = [...document.scripts].find((s) => s.src === import.meta.url);

function pageReady() {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((done) => document.addEventListener("DOMContentLoaded", done, { once: true }));
}

async function start() {
  let files = document.querySelector('meta[name="genome-navi-app"]');
  if (!files) {
    await pageReady();
    files = document.querySelector('meta[name="genome-navi-app"]');
  }
  if (!files) throw new Error("this page names no app files");
  if (document.documentElement.hasAttribute("data-prerendered")) {
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
  // The WASM is fetched while the JS glue loads, not after it.
  const wasm = fetch(new URL(files.dataset.wasm, document.baseURI));
  wasm.catch(() => {});
  const { default: init } = await import(new URL(files.dataset.js, document.baseURI).href);
  await init({ module_or_path: wasm });
}

start().catch(() => element?.dispatchEvent(new Event("error")));
