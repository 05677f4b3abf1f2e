// make bench: prints the built app's file sizes (raw/gzip/brotli) and median Lighthouse scores; figures only, no assertions.
//
//   node tests/bench/bench.mjs [--dir dist] [--paths /,/plan,/en/plan] (default: the top routes in each language) [--runs 3] [--sizes-only]
//     [--server nginx|node]
//
// Lighthouse sees the site as users do: served by nginx with the hosts' configuration (hosting/),
// compressed. `--server node` serves it uncompressed (tests/support/server.mjs, make serve), for a
// comparison. "bytes" is what Lighthouse counts as transferred for the page (total-byte-weight).
//
// Exits 0 unless something is broken (dist/ missing, server or Lighthouse failing).
// Only 127.0.0.1 is contacted: the project's server and a local headless Chromium.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants as Z, gzipSync } from "node:zlib";
import { freePort, startNginx } from "../support/nginx.mjs";

// Issue 14's top routes (one measure, one situation, one progress card stand for theirs), in each
// language: 36 paths, about 18 minutes at 3 runs each on a 2-core machine.
const TOP_ROUTES = [
  "",
  "plan",
  "plan/care/testing",
  "law",
  "discrimination",
  "counselling",
  "counselling/insurance",
  "progress",
  "progress/cases",
  "glossary",
  "search",
  "about",
];
const PATHS = ["/", "/en/", "/easy/"].flatMap((lang) => TOP_ROUTES.map((route) => lang + route));
const RUNS = 3;
const CHROMIUM = "/usr/bin/chromium";
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  // Guard: any host name other than 127.0.0.1 fails to resolve, so nothing can reach the network.
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const SHORT = { performance: "perf", accessibility: "a11y", "best-practices": "bp", seo: "seo" };
const KINDS = ["wasm", "js", "css", "data", "html", "search", "other"];
// Kinds with hundreds of files (pre-rendered pages, the search index): totals only.
const SUMMED = ["html", "search"];
const FIRST_LOAD_TARGET_KB = 200;
class BenchError extends Error {} // an expected failure: its message says it all
const SERVER = fileURLToPath(new URL("../support/server.mjs", import.meta.url));

// ---------- arguments ----------

function options() {
  const { values } = parseArgs({
    options: {
      dir: { type: "string", default: "dist" },
      paths: { type: "string" },
      runs: { type: "string" },
      "sizes-only": { type: "boolean", default: false },
      server: { type: "string", default: "nginx" },
    },
  });
  const runs = values.runs ? Number(values.runs) : RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new BenchError(`--runs must be a positive integer, got ${values.runs}`);
  const paths = values.paths ? values.paths.split(",").map((p) => p.trim()).filter(Boolean) : PATHS;
  if (!["nginx", "node"].includes(values.server)) throw new BenchError(`--server must be nginx or node, got ${values.server}`);
  return { dir: resolve(values.dir), paths, runs, sizesOnly: values["sizes-only"], server: values.server };
}

// ---------- sizes ----------

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    // The .br/.gz copies are the same files as a server sends them; sizes are computed below.
    else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) out.push(full);
  }
  return out;
}

function kindOf(rel) {
  const ext = extname(rel).toLowerCase();
  if (rel.startsWith("pagefind/")) return "search";
  if (ext === ".wasm") return "wasm";
  if (ext === ".js" || ext === ".mjs") return "js";
  if (ext === ".css") return "css";
  if (ext === ".json" && rel.startsWith("data/")) return "data";
  if (ext === ".html") return "html";
  return "other";
}

function compressedSizes(buf) {
  const gzip = gzipSync(buf, { level: 9 }).length;
  const brotli = brotliCompressSync(buf, {
    params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
  return { raw: buf.length, gzip, brotli };
}

async function measure(dir) {
  const files = [];
  for (const full of await walk(dir)) {
    const rel = relative(dir, full).split(sep).join("/");
    files.push({ rel, kind: kindOf(rel), ...compressedSizes(await readFile(full)) });
  }
  return files.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.rel.localeCompare(b.rel));
}

// What the shell (index.html: any address without a pre-rendered page, and every page offline)
// downloads: index.html, the app's JS and WASM, CSS, and every JSON under data/. Not the
// phrase-break fallback or the search engine under js/ (loaded only by the engines or the page that
// need them), not the search index, and not the controls' builds (genome-navi-controls-…,
// genome-navi-search-…: a pre-rendered page loads one of them instead of the app; what each route
// fetches is in the Lighthouse and readiness figures).
function isFirstLoad(f) {
  if (f.rel.startsWith("js/") || f.kind === "search") return false;
  if (/^genome-navi-(controls|search)-/.test(f.rel)) return false;
  return f.rel === "index.html" || ["js", "wasm", "css"].includes(f.kind) || (f.rel.startsWith("data/") && f.rel.endsWith(".json"));
}

function sum(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (bytes) => `${kb(bytes)} (${bytes})`.padStart(22);

function row(label, s) {
  return `  ${label.padEnd(40)}${cell(s.raw)}${cell(s.gzip)}${cell(s.brotli)}`;
}

function printSizes(dir, files) {
  console.log(`\n== Sizes of ${dir} (1 KB = 1024 bytes; gzip -9, brotli q11) ==\n`);
  console.log(`  ${"file".padEnd(40)}${"raw".padStart(22)}${"gzip".padStart(22)}${"brotli".padStart(22)}`);
  for (const kind of KINDS) {
    const ofKind = files.filter((f) => f.kind === kind);
    if (ofKind.length === 0) continue;
    console.log(`  [${kind}]`);
    if (SUMMED.includes(kind)) console.log(row(`  ${ofKind.length} files`, sum(ofKind)));
    else for (const f of ofKind) console.log(row(`  ${f.rel}`, f));
  }
  console.log("\n  Totals per kind");
  for (const kind of KINDS) {
    const ofKind = files.filter((f) => f.kind === kind);
    if (ofKind.length > 0) console.log(row(`  ${kind} (${ofKind.length} files)`, sum(ofKind)));
  }
  console.log(row(`  ALL (${files.length} files)`, sum(files)));
  const first = sum(files.filter(isFirstLoad));
  const ok = first.brotli <= FIRST_LOAD_TARGET_KB * 1024 ? "within target" : "OVER target";
  console.log(`\n  The shell's first load (index.html + the app's js and wasm + css + data/*.json):`);
  console.log(`    brotli ${kb(first.brotli)} (${first.brotli} bytes)   target ≤ ${FIRST_LOAD_TARGET_KB} KB brotli: ${ok}`);
  console.log(`    raw    ${kb(first.raw)} (${first.raw} bytes)`);
}

// ---------- server ----------

// Starts tests/support/server.mjs and resolves once it prints its "served at http://127.0.0.1:…" line.
function startServer(dir, port) {
  const child = spawn(process.execPath, [SERVER, "--dir", dir, "--port", String(port), "--quiet"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new BenchError("static server did not start within 15 s")), 15000);
    let seen = "";
    child.stdout.on("data", (chunk) => {
      seen += chunk;
      if (seen.includes(`http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        child.stdout.resume();
        ok(child);
      }
    });
    child.once("error", (e) => (clearTimeout(timer), fail(e)));
    child.once("exit", (code) => (clearTimeout(timer), fail(new BenchError(`static server exited early (code ${code})`))));
  });
}

// Resolves once the child process has exited (or after `ms`), so nothing is left behind when we exit.
function exited(child, ms = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(ok, ms);
    child.once("exit", () => (clearTimeout(timer), ok()));
  });
}

async function stopServer(child) {
  if (!child) return;
  if (child.close) return child.close();
  child.kill("SIGTERM");
  await exited(child);
}

// ---------- lighthouse ----------

async function launchChrome() {
  if (!existsSync(CHROMIUM)) throw new BenchError(`${CHROMIUM} is missing: apt-get install -y chromium chromium-driver`);
  const { launch } = await import("chrome-launcher");
  return launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
}

// Asks Chromium to quit (SIGTERM lets it reap its own helpers), then kills whatever is left.
async function stopChrome(chrome) {
  if (!chrome) return;
  chrome.process?.kill("SIGTERM");
  await exited(chrome.process);
  chrome.kill();
}

// One Lighthouse run (default mobile config); returns the figures we print.
async function audit(lighthouse, url, chromePort) {
  const result = await lighthouse(url, {
    port: chromePort,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
  });
  if (!result || !result.lhr) throw new BenchError(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) console.log(`    ! ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => {
      const s = lhr.categories[c]?.score;
      return [c, typeof s === "number" ? Math.round(s * 100) : null];
    }),
  );
  // Below 100 outside performance: which audits failed, so a regression can be found.
  for (const c of CATEGORIES.filter((c) => c !== "performance" && scores[c] !== null && scores[c] < 100)) {
    const failed = lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => {
        const items = lhr.audits[ref.id].details?.items ?? [];
        const where = items.slice(0, 3).map((i) => i.node?.selector ?? i.url ?? "").filter(Boolean);
        return `${ref.id}${where.length ? ` (${where.join(", ")})` : ""}`;
      });
    console.log(`    ${url}: ${c} ${scores[c]}: ${failed.join("; ")}`);
  }
  const ms = (id) => lhr.audits[id]?.numericValue ?? null;
  return { scores, lcp: ms("largest-contentful-paint"), tbt: ms("total-blocking-time"), bytes: ms("total-byte-weight") };
}

function median(values) {
  const v = values.filter((x) => typeof x === "number").sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const show = (x) => (x === null ? "–" : String(Math.round(x)));

function printPath(path, runs) {
  const scores = CATEGORIES.map((c) => `${SHORT[c]} ${show(median(runs.map((r) => r.scores[c])))}`).join("  ");
  const lcp = show(median(runs.map((r) => r.lcp)));
  const tbt = show(median(runs.map((r) => r.tbt)));
  const bytes = median(runs.map((r) => r.bytes));
  const kb = bytes === null ? "–" : (bytes / 1024).toFixed(1);
  console.log(`  ${path.padEnd(28)} median of ${runs.length}:  ${scores}   LCP ${lcp} ms  TBT ${tbt} ms  bytes ${kb} KB`);
  const each = runs.map((r, i) => `#${i + 1} ${CATEGORIES.map((c) => show(r.scores[c])).join("/")} ${show(r.lcp)}/${show(r.tbt)}ms`);
  console.log(`  ${"".padEnd(28)} runs (perf/a11y/bp/seo LCP/TBT): ${each.join("  ")}`);
}

async function runLighthouse({ dir, paths, runs, server: kind }) {
  console.log(`\n== Lighthouse 12 (mobile defaults, ${runs} run(s) per path, ${CHROMIUM}, served by ${kind}) ==\n`);
  const { default: lighthouse } = await import("lighthouse");
  let server;
  let chrome;
  try {
    const port = await freePort();
    server = kind === "nginx" ? await startNginx({ dir, port }) : await startServer(dir, port);
    chrome = await launchChrome();
    for (const path of paths) {
      const url = `http://127.0.0.1:${port}${path.startsWith("/") ? path : "/" + path}`;
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await audit(lighthouse, url, chrome.port));
      printPath(path, results);
    }
  } finally {
    await stopChrome(chrome).catch(() => {});
    await stopServer(server).catch(() => {});
  }
}

// ---------- main ----------

async function main() {
  const opts = options();
  if (!existsSync(join(opts.dir, "index.html"))) throw new BenchError(`${opts.dir}/index.html is missing: build the app first (make build)`);
  printSizes(opts.dir, await measure(opts.dir));
  if (!opts.sizesOnly) await runLighthouse(opts);
  console.log("");
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`\nbench failed: ${err instanceof BenchError ? err.message : (err && err.stack) || err}`);
    process.exit(1);
  },
);
