// Trunk post_build hook: writes sw.js (from service-worker.js) into the build, listing every built
// file with its SHA-256, and a version that is a hash of that list. Also runnable by hand on a built
// directory, which the e2e tests use to deploy a changed copy:  node src/pwa/precache.mjs <dir>
//
// As a hook it first copies Trunk's index.html to shell.html: the page for any path, which the
// service worker answers every navigation with. index.html files (the pre-rendered pages that
// src/prerender/prerender.mjs writes later) are not stored: offline, the shell renders every page.
import { createHash } from "node:crypto";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("precache.mjs: no directory (pass one, or run as a Trunk hook)");
  process.exit(1);
}

async function* walk(d) {
  for (const entry of await readdir(d, { withFileTypes: true })) {
    const full = join(d, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

if (process.env.TRUNK_STAGING_DIR) await copyFile(join(dir, "index.html"), join(dir, "shell.html"));

const files = [];
for await (const full of walk(dir)) {
  const url = relative(dir, full).split(sep).join("/");
  // Pages are rendered by the shell offline; .br/.gz are the same files as a server sends them.
  if (url === "sw.js" || url === "404.html" || url === "index.html" || url.endsWith("/index.html") || /\.(br|gz)$/.test(url)) continue;
  // The controls alone (src/controls.rs) are for pre-rendered pages, which the worker never
  // answers with: offline, every page is the shell with the whole app.
  if (/^genome-navi-(controls|search)-[0-9a-f]+(_bg\.wasm|\.js)$/.test(url)) continue;
  const sha256 = createHash("sha256").update(await readFile(full)).digest("hex");
  files.push({ url, sha256 });
}
files.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
if (!files.some((f) => f.url === "shell.html")) {
  console.error(`precache.mjs: ${dir} has no shell.html`);
  process.exit(1);
}
const version = createHash("sha256")
  .update(files.map((f) => `${f.url} ${f.sha256}\n`).join(""))
  .digest("hex")
  .slice(0, 16);

const template = await readFile(new URL("./service-worker.js", import.meta.url), "utf8");
const parts = template.split("__PRECACHE__");
if (parts.length !== 2) {
  console.error("precache.mjs: service-worker.js must contain __PRECACHE__ exactly once");
  process.exit(1);
}
await writeFile(join(dir, "sw.js"), parts.join(JSON.stringify({ version, files })));
console.log(`precache.mjs: sw.js lists ${files.length} files, version ${version}`);
