// Build step after pre-rendering: the search index. Pagefind (npm `pagefind`, its binary from npm
// too) reads the pre-rendered pages' content (data-pagefind-body, set by prerender.mjs) and writes
// dist/pagefind/: one index per <html lang> (ja, which also holds やさしい日本語 under its own
// variant filter, and en). Its UI bundles are removed: the app has its own search page. Then sw.js
// is written again, so the offline copy holds the index.
//
//   node src/prerender/search-index.mjs [dist]
import * as pagefind from "pagefind";
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { execFileSync } from "node:child_process";

const dist = process.argv[2] || "dist";
const out = join(dist, "pagefind");
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
console.log(`search-index: ${added.page_count} pages indexed; ${files} files, ${Math.round(bytes / 1024)} KB`);
execFileSync("node", [new URL("../pwa/precache.mjs", import.meta.url).pathname, dist], { stdio: "inherit" });
