// Trunk post_build hook: builds the controls alone (src/controls.rs: the `genome-navi-controls`
// binary, and `genome-navi-search` with the search panel) into the build, next to the app Trunk
// built, and names them in index.html: <meta name="genome-navi-controls" data-js data-wasm>, and
// <meta name="genome-navi-search" …>. A pre-rendered page whose controls are all it needs
// (<html data-app="controls"> or "search", written by src/prerender/) loads these instead of the
// app (public/js/app-loader.js). The same tools as Trunk's: cargo, wasm-bindgen from PATH (the version
// Cargo.lock pins, see Makefile) and wasm-opt -Oz in release builds. File names carry a hash of the
// content, like Trunk's, so hosts may cache them for good (hosting/).
//
//   run by Trunk (Trunk.toml); needs TRUNK_STAGING_DIR, TRUNK_PROFILE
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("controls-wasm.mjs: run as a Trunk hook (no TRUNK_STAGING_DIR)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE !== "debug";
const root = new URL("../../", import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });

// Each build of the controls: its cargo binary, which also names its files and its <meta>. The
// second has the search panel, for the search pages only (routes::ControlsBuild::Search).
const builds = ["genome-navi-controls", "genome-navi-search"];

const cargoArgs = ["build", "--locked", "--target", "wasm32-unknown-unknown"];
for (const bin of builds) cargoArgs.push("--bin", bin);
if (release) cargoArgs.push("--release");
// Like Trunk's own cargo call: never a download while building (Makefile runs `cargo fetch` first).
if (process.env.TRUNK_OFFLINE === "true") cargoArgs.push("--offline");
run("cargo", cargoArgs);

const indexPath = join(staging, "index.html");
let index = await readFile(indexPath, "utf8");
const appMeta = /<meta name="genome-navi-app"[^>]*>/;
if (!appMeta.test(index)) {
  console.error("controls-wasm.mjs: index.html has no <meta name=\"genome-navi-app\"> (Trunk.toml's pattern_script)");
  process.exit(1);
}
const metas = [];
for (const name of builds) {
  const built = join(root, "target/wasm32-unknown-unknown", release ? "release" : "debug", `${name}.wasm`);
  const out = await mkdtemp(join(tmpdir(), `${name}-`));
  try {
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, "--out-name", "controls", built]);
    if (release) run("wasm-opt", ["-Oz", join(out, "controls_bg.wasm"), "-o", join(out, "controls_bg.wasm")]);
    const wasm = await readFile(join(out, "controls_bg.wasm"));
    const js = await readFile(join(out, "controls.js"));
    const hash = createHash("sha256").update(wasm).update(js).digest("hex").slice(0, 16);
    const jsName = `${name}-${hash}.js`;
    const wasmName = `${name}-${hash}_bg.wasm`;
    await writeFile(join(staging, jsName), js);
    await writeFile(join(staging, wasmName), wasm);
    metas.push(`<meta name="${name}" data-js="${jsName}" data-wasm="${wasmName}">`);
    console.log(`controls-wasm.mjs: ${jsName}, ${wasmName} (${(wasm.length / 1024).toFixed(1)} KB)`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
// All the app's file names go right after <base href>, before index.html's base script: that
// script asks for the controls' files as soon as it has set the base, so it must find their <meta>.
const base = /<base href="[^"]*">\n/;
if (!base.test(index)) {
  console.error("controls-wasm.mjs: index.html has no <base href> line");
  process.exit(1);
}
const named = index.match(appMeta)[0];
index = index.replace(appMeta, "").replace(base, (b) => `${b}  ${[named, ...metas].join("\n  ")}\n`);
await writeFile(indexPath, index);
