// ゲノム医療ナビ's service worker: keeps one complete, checked copy of one build for offline use.
//
// This file is a template: precache.mjs (a Trunk post_build hook) writes it to the build as sw.js with
// the PRECACHE value filled in: every built file, its SHA-256 and a version derived from them. So the
// cache name changes exactly when some file does, and nothing here is a hand-kept list.
//
// Safety rules, because a stale cache that leaves people stuck on "loading" is worse than no cache:
// - A version is installed only when every file of it arrived and matches its checksum.
// - Pages are answered from one version's cache only: never old code with new data.
// - A new version waits until the page asks for it (the update banner); the page then reloads.
// - A cached file that is missing or damaged is fetched again from the network (and checked).
"use strict";

const PRECACHE = __PRECACHE__;
const PREFIX = "genome-navi-";
const CACHE = PREFIX + PRECACHE.version;
const SCOPE = self.registration.scope;
const SHELL = new URL("shell.html", SCOPE).href;
// When this copy was saved, for the page's offline notice. Answered from the cache, never the network.
const META = new URL("offline-copy.json", SCOPE).href;
const EXPECTED = new Map(PRECACHE.files.map((f) => [new URL(f.url, SCOPE).href, f.sha256]));

async function sha256(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function matches(url, response) {
  return !!response && response.ok && (await sha256(response)) === EXPECTED.get(url);
}

/** This version's file: reused from an older version's cache when unchanged, else downloaded. */
async function fetchChecked(url) {
  const reused = await caches.match(url);
  if (await matches(url, reused)) return reused;
  const fresh = await fetch(url, { cache: "reload", credentials: "same-origin" });
  if (!(await matches(url, fresh))) {
    throw new Error(`${url} is not the file of version ${PRECACHE.version}`);
  }
  return fresh;
}

/** Stores every file of this version that the cache lacks or holds damaged; fails if any cannot be. */
async function fill(cache) {
  for (const url of EXPECTED.keys()) {
    if (await matches(url, await cache.match(url))) continue;
    await cache.put(url, await fetchChecked(url));
  }
  if (!(await cache.match(META))) {
    const meta = JSON.stringify({ version: PRECACHE.version, savedAt: new Date().toISOString() });
    await cache.put(META, new Response(meta, { headers: { "content-type": "application/json" } }));
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then(fill));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// The only message accepted: the page's update button.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "genome-navi:skip-waiting") self.skipWaiting();
});

let repairing = null;

/** One file of this version from the cache; a missing or damaged entry is repaired first. */
async function answer(url, request, event) {
  const cache = await caches.open(CACHE);
  if (url === META) {
    const meta = await cache.match(META);
    return meta || new Response(JSON.stringify({ version: PRECACHE.version, savedAt: null }), {
      headers: { "content-type": "application/json" },
    });
  }
  // Checked on every use, not once per worker: a damaged entry must never reach the page.
  const cached = await cache.match(url);
  if (await matches(url, cached)) return cached;
  if (cached) await cache.delete(url);
  // Something was lost (cleared storage, a damaged entry): restore the whole copy in the background.
  if (!repairing) {
    repairing = fill(cache).catch(() => {}).finally(() => (repairing = null));
    event.waitUntil(repairing);
  }
  try {
    const fresh = await fetchChecked(url);
    await cache.put(url, fresh.clone());
    return fresh;
  } catch (e) {
    // The server has another version now (or is unreachable): look for it, and answer as the network does.
    self.registration.update().catch(() => {});
    return fetch(request);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE)) return;
  const file = url.origin + url.pathname;
  if (EXPECTED.has(file) || file === META) {
    event.respondWith(answer(file, request, event));
  } else if (request.mode === "navigate") {
    // Every route and deep link is the app shell; the app reads the path itself. The server sends
    // the shell as framable, because embeds (/embed/…) are framed by other sites; every other
    // page gets the servers' frame-ancestors 'none' back here (see hosting/).
    const embed = /^(?:(?:en|easy)\/)?embed\//.test(file.slice(SCOPE.length));
    event.respondWith(answer(SHELL, request, event).then((r) => (embed ? r : notFramable(r))));
  }
});

/** The response with a policy that no other site may frame it. */
function notFramable(response) {
  if (response.type === "opaqueredirect" || response.status < 200) return response;
  const headers = new Headers(response.headers);
  headers.append("Content-Security-Policy", "frame-ancestors 'none'");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
