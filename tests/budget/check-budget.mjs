// make test's byte budget: fails when the app's WASM, as a server sends it (brotli, the build's
// .br file), grows past the budget in budget.json. Bytes are deterministic, so this can hold in a
// test; timings stay in make bench. Lower the budget when the WASM shrinks; raise it only on
// purpose, saying why in the commit.
//
//   node tests/budget/check-budget.mjs [dist]
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

const dist = process.argv[2] || "dist";
const budget = JSON.parse(await readFile(new URL("./budget.json", import.meta.url), "utf8"));
const wasm = (await readdir(dist)).find((f) => f.endsWith("_bg.wasm"));
if (!wasm) {
  console.error(`budget: no *_bg.wasm in ${dist}: run make build`);
  process.exit(1);
}
const br = await stat(join(dist, `${wasm}.br`)).catch(() => null);
if (!br) {
  console.error(`budget: ${dist}/${wasm}.br is missing (src/hosting/compress.mjs writes it)`);
  process.exit(1);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = `the WASM is ${kb(br.size)} brotli (${br.size} bytes); the budget is ${kb(budget.wasmBrotliBytes)}`;
if (br.size > budget.wasmBrotliBytes) {
  console.error(`budget: over: ${line}`);
  process.exit(1);
}
console.log(`budget: ${line}; issue 14's target is ${kb(budget.wasmBrotliTargetBytes)}`);
