// The Content-Security-Policy of every page, in one place. As a Trunk post_build hook (see
// Trunk.toml) it writes the policy into index.html as a <meta http-equiv>, with the SHA-256 of each
// inline <script> and <style> the page has (index.html's own two scripts and the inlined stylesheet):
// no other inline script or style can run. The pre-rendered pages and shell.html are copies of that
// page's head, so they carry the same policy. The hosting configurations (hosting/) send the
// directives that hold for every build as a header, plus what a <meta> cannot carry
// (frame-ancestors); a test checks that they agree with this file.
//
//   node src/hosting/csp.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Directives that hold for every build, the same in the <meta> and in the hosting headers.
 * Everything the app loads comes from its own origin: its WASM (compiled, hence
 * 'wasm-unsafe-eval'), the search engine's worker and WASM, the service worker, the data files.
 */
export const FIXED_DIRECTIVES = [
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
  ["connect-src", "'self'"],
  ["img-src", "'self'"],
  ["font-src", "'self'"],
  ["media-src", "'self'"],
  ["manifest-src", "'self'"],
  ["worker-src", "'self'"],
  ["frame-src", "'self'"],
];

/** The directive for pages other sites must not frame; embeds (/embed/…) leave it out. */
export const NOT_FRAMEABLE = ["frame-ancestors", "'none'"];

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The hashes of a page's inline scripts (not data blocks) and inline styles, in page order. */
export function inlineHashes(html) {
  const scripts = [];
  const styles = [];
  for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase() ?? "";
    if (type && !["module", "text/javascript", "application/javascript"].includes(type)) continue;
    scripts.push(sha256(m[2]));
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(sha256(m[1]));
  return { scripts, styles };
}

/** The policy a page carries in its <meta http-equiv>, as one header-style string. */
export function metaPolicy(html) {
  const { scripts, styles } = inlineHashes(html);
  const directives = [
    ["default-src", "'self'"],
    ["script-src", ["'self'", "'wasm-unsafe-eval'", ...scripts].join(" ")],
    ["style-src", ["'self'", ...styles].join(" ")],
    ...FIXED_DIRECTIVES,
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

/** The policy the hosting configurations send as a header (see hosting/README.md for why). */
export function headerPolicy({ frameable }) {
  const directives = frameable ? FIXED_DIRECTIVES : [...FIXED_DIRECTIVES, NOT_FRAMEABLE];
  return directives.map(([name, value]) => `${name} ${value}`).join("; ");
}

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?/;

/** The page with its policy <meta> written (or rewritten) first in <head>, before any script. */
export function withPolicyMeta(html) {
  const page = html.replace(META, "");
  const charset = '<meta charset="utf-8">';
  if (!page.includes(charset)) throw new Error(`the page has no ${charset} to put the policy after`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${metaPolicy(page)}">`;
  return page.replace(charset, `${charset}\n  ${meta}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error("csp.mjs: no directory (pass one, or run as a Trunk hook)");
    process.exit(1);
  }
  const file = join(dir, "index.html");
  const page = withPolicyMeta(await readFile(file, "utf8"));
  await writeFile(file, page);
  const { scripts, styles } = inlineHashes(page);
  console.log(`csp.mjs: policy written into index.html (${scripts.length} inline scripts, ${styles.length} inline styles allowed by hash)`);
}
