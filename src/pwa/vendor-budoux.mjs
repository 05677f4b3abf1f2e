// Trunk post_build step, before precache.mjs: copies BudouX's parser and Japanese model (npm package
// `budoux`, Apache-2.0, licence headers kept) next to public/js/phrase-breaks.js, so the phrase
// fallback for engines without `word-break: auto-phrase` is served from the site itself.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("vendor-budoux.mjs: no directory (pass one, or run as a Trunk hook)");
  process.exit(1);
}
const from = join("node_modules", "budoux", "module");
const to = join(dir, "js", "budoux");
await mkdir(to, { recursive: true });
// Without their source-map comments: the maps are not shipped.
const copy = async (src, name) => {
  const text = await readFile(join(from, ...src), "utf8");
  await writeFile(join(to, name), text.replace(/^\/\/# sourceMappingURL=.*$/m, ""));
};
await copy(["parser.js"], "parser.js");
await copy(["data", "models", "ja.js"], "ja.js");
