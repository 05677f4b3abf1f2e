// Build step after pre-rendering: the search index. Pagefind (npm `pagefind`, its binary from npm
// too) reads the pre-rendered pages' content (data-pagefind-body, set by prerender.mjs) and writes
// dist/pagefind/: one index per <html lang> (ja, which also holds やさしい日本語 under its own
// variant filter, and en). Its UI bundles are removed: the app has its own search page; so are the
// marks in the pages that only the index reads, which is why this step needs freshly pre-rendered
// pages. Then sw.js is written again, so the offline copy holds the index.
//
//   node src/prerender/search-index.mjs [dist]
import * as pagefind from "pagefind";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const dist = process.argv[2] || "dist";
const out = join(dist, "pagefind");
// Without the pre-rendering's marks, Pagefind would index every page whole, header and footer too.
const sample = await readFile(join(dist, "plan", "index.html"), "utf8").catch(() => "");
if (!sample.includes("data-pagefind-body")) {
  console.error(`search-index: ${dist}/plan/index.html has no data-pagefind-body: pre-render first (make build)`);
  process.exit(1);
}
await rm(out, { recursive: true, force: true });
const { index, errors } = await pagefind.createIndex({});
if (!index) {
  console.error(`search-index: ${errors.join("\n")}`);
  process.exit(1);
}
const added = await index.addDirectory({ path: dist });
if (added.errors.length) {
  console.error(`search-index: ${added.errors.join("\n")}`);
  process.exit(1);
}
await index.writeFiles({ outputPath: out });
await pagefind.close();
for (const name of await readdir(out)) {
  if (/-ui\.(js|css)$/.test(name) || name === "pagefind-highlight.js") await rm(join(out, name));
}
// The pages' marks for the index (data-pagefind-*) are of no use to a reader's browser: every
// reading carries one (data-pagefind-ignore on each <rt> and <rp>), which made an easy page's HTML
// half again as large (/easy/progress 646 → 406 KB), all of it for the browser to parse.
let unmarked = 0;
const unmark = async (d) => {
  for (const e of await readdir(d, { withFileTypes: true })) {
    const path = join(d, e.name);
    if (e.isDirectory() && path !== out) await unmark(path);
    else if (e.isFile() && e.name.endsWith(".html")) {
      const html = await readFile(path, "utf8");
      const plain = html.replace(/ data-pagefind-[a-z]+(="[^"]*")?/g, "");
      if (plain !== html) {
        await writeFile(path, plain);
        unmarked += 1;
      }
    }
  }
};
await unmark(dist);
let bytes = 0;
let files = 0;
const walk = async (d) => {
  for (const e of await readdir(d, { withFileTypes: true })) {
    if (e.isDirectory()) await walk(join(d, e.name));
    else {
      bytes += (await stat(join(d, e.name))).size;
      files += 1;
    }
  }
};
await walk(out);
console.log(`search-index: ${added.page_count} pages indexed; ${files} files, ${Math.round(bytes / 1024)} KB; index marks removed from ${unmarked} pages`);
execFileSync("node", [new URL("../pwa/precache.mjs", import.meta.url).pathname, dist], { stdio: "inherit" });
