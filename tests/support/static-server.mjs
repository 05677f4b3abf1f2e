// A static host for the built app, as a function: correct MIME types (application/wasm), a
// directory's index.html (the pre-rendered pages), and shell.html (or index.html) for any other path
// that is not a file, so deep links work. Used by server.mjs (make serve,
// the e2e web server) and by e2e tests that need a host of their own (a changed deployment, a
// page on another origin that embeds the app).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

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

/**
 * Serves `dir` on 127.0.0.1 at "/" and at each of `also` (sub-paths like "/some/sub/path/").
 * `port` 0 picks a free port. Resolves to { url, port, close() }.
 */
export function startServer({ dir = "dist", port = 0, also = [], quiet = true, fallback = true } = {}) {
  const root = resolve(dir);
  const mounts = [...also, "/"].map((m) => (m.endsWith("/") ? m : m + "/"));

  async function fileFor(urlPath) {
    const mount = mounts.find((m) => urlPath.startsWith(m) || urlPath + "/" === m);
    if (!mount) return null;
    const rel = decodeURIComponent(urlPath.slice(mount.length - 1));
    const full = normalize(join(root, rel));
    if (full !== root && !full.startsWith(root + sep)) return null; // no escaping the directory
    try {
      const s = await stat(full);
      if (s.isFile()) return full;
      if (s.isDirectory()) {
        const index = join(full, "index.html");
        if ((await stat(index)).isFile()) return index;
      }
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
    if (!file && (isAsset || !fallback)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      if (!quiet) console.log(`404 ${urlPath}`);
      return;
    }
    const shell = join(root, "shell.html");
    const path = file || ((await stat(shell).catch(() => null)) ? shell : join(root, "index.html"));
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] || "application/octet-stream",
        "cache-control": "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(500, { "content-type": "text/plain" }).end(`${dir} is missing: run make build`);
    }
  });

  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const actual = server.address().port;
      ok({
        port: actual,
        url: `http://127.0.0.1:${actual}/`,
        mounts: mounts.map((m) => `http://127.0.0.1:${actual}${m}`),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
