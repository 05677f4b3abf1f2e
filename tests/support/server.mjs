// Serves the built dist/ on 127.0.0.1 like a static host would: correct MIME types (application/wasm),
// and index.html for any path that is not a file, so deep links work. Mounts the same build at "/"
// and, with --also /some/sub/path/, under that sub-path too.
//
//   node tests/support/server.mjs [--dir dist] [--port 8080] [--also /some/sub/path/] [--quiet]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(opt("--dir", "dist"));
const port = Number(opt("--port", process.env.PORT || "8080"));
const mounts = [opt("--also", null), "/"].filter(Boolean).map((m) => (m.endsWith("/") ? m : m + "/"));
const quiet = args.includes("--quiet");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  const mount = mounts.find((m) => urlPath.startsWith(m) || urlPath + "/" === m);
  if (!mount) return null;
  const rel = decodeURIComponent(urlPath.slice(mount.length - 1));
  const full = normalize(join(root, rel));
  if (full !== root && !full.startsWith(root + sep)) return null; // no escaping dist/
  try {
    const s = await stat(full);
    if (s.isFile()) return full;
  } catch {
    /* not a file: fall through */
  }
  return null;
}

const server = createServer(async (req, res) => {
  let urlPath;
  try {
    urlPath = new URL(req.url, "http://127.0.0.1").pathname;
  } catch {
    res.writeHead(400).end("bad request");
    return;
  }
  let file = null;
  try {
    file = await fileFor(urlPath);
  } catch {
    file = null;
  }
  // A missing file with an extension is a real 404; any other path gets the app (deep links).
  const isAsset = /\.[a-z0-9]+$/i.test(urlPath);
  if (!file && isAsset) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    if (!quiet) console.log(`404 ${urlPath}`);
    return;
  }
  const path = file || join(root, "index.html");
  try {
    const body = await readFile(path);
    res.writeHead(200, {
      "content-type": TYPES[extname(path)] || "application/octet-stream",
      "cache-control": "no-cache",
    });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    res.writeHead(500, { "content-type": "text/plain" }).end("dist/ is missing: run make build");
  }
});

server.listen(port, "127.0.0.1", () => {
  const where = mounts.map((m) => `http://127.0.0.1:${port}${m}`).join(" and ");
  console.log(`ゲノム医療ナビ is served at ${where} (from ${root}); Ctrl-C stops it.`);
});
