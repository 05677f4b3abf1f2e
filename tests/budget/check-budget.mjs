// make test's byte budget: fails when a WASM, as a server sends it (brotli, the build's .br file),
// grows past its budget in budget.json: the app's, the controls' alone (src/controls.rs, what a
// pre-rendered page that needs only its controls loads instead), and the search pages' controls. Bytes are deterministic, so
// this can hold in a test; timings stay in make bench. Lower a budget when its WASM shrinks; raise
// it only on purpose, saying why in the commit.
//
//   node tests/budget/check-budget.mjs [dist]
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

const dist = process.argv[2] || "dist";
const budget = JSON.parse(await readFile(new URL("./budget.json", import.meta.url), "utf8"));
const files = await readdir(dist);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const [what, pattern, bytes] of [
  ["the app's WASM", /^genome-navi-[0-9a-f]+_bg\.wasm$/, budget.wasmBrotliBytes],
  ["the controls' WASM", /^genome-navi-controls-[0-9a-f]+_bg\.wasm$/, budget.controlsWasmBrotliBytes],
  ["the search pages' controls' WASM", /^genome-navi-search-[0-9a-f]+_bg\.wasm$/, budget.searchControlsWasmBrotliBytes],
]) {
  const wasm = files.find((f) => pattern.test(f));
  if (!wasm) {
    console.error(`budget: no ${pattern} in ${dist}: run make build`);
    failed = true;
    continue;
  }
  const br = await stat(join(dist, `${wasm}.br`)).catch(() => null);
  if (!br) {
    console.error(`budget: ${dist}/${wasm}.br is missing (src/hosting/compress.mjs writes it)`);
    failed = true;
    continue;
  }
  const line = `${what} is ${kb(br.size)} brotli (${br.size} bytes); its budget is ${kb(bytes)}`;
  if (br.size > bytes) {
    console.error(`budget: over: ${line}`);
    failed = true;
  } else {
    console.log(`budget: ${line}; issue 14's target is ${kb(budget.wasmBrotliTargetBytes)}`);
  }
}
if (failed) process.exit(1);
