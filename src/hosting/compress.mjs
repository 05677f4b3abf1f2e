// Last build step: writes every compressible file of the build also as .br (brotli, quality 11) and
// .gz (gzip -9), so a server sends them as they are (nginx's brotli_static and gzip_static; see
// hosting/). A file is skipped when compression saves less than a tenth of it (the search index's
// pieces are compressed already). Stale .br/.gz files of an earlier build are removed first.
//
//   node src/hosting/compress.mjs [dist]
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const dist = process.argv[2] || "dist";
const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|svg|webmanifest|csv|txt|xml|pagefind)$/;

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

for await (const file of walk(dist)) if (/\.(br|gz)$/.test(file)) await rm(file);
let count = 0;
let raw = 0;
let brotli = 0;
for await (const file of walk(dist)) {
  if (!COMPRESSIBLE.test(file)) continue;
  const body = await readFile(file);
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  if (br.length > body.length * 0.9) continue;
  await writeFile(`${file}.br`, br);
  await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
  count += 1;
  raw += body.length;
  brotli += br.length;
}
console.log(`compress: ${count} files written as .br and .gz (${Math.round(raw / 1024)} KB → ${Math.round(brotli / 1024)} KB brotli)`);
