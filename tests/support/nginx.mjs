// Serves a built dist/ with nginx, configured by the very files hosts are told to use
// (hosting/nginx/), as an unprivileged process with its own prefix, temp and log directories.
// Mounts the build at "/" (genome-navi.conf) and, with `also`, under sub-paths
// (genome-navi-subpath.conf, included in the same server). What the test server changes in those
// files, and only that: the listen address, the root, the sub-path, and the include paths.
//
//   import { startNginx } from "./nginx.mjs";
//   const { url, close } = await startNginx({ dir: "dist", port: 0, also: ["/some/sub/path/"] });
//
// Also a CLI, the e2e web server:  node tests/support/nginx.mjs [--dir dist] [--port 8080]
//   [--also /some/sub/path/]
import { spawn, execFileSync } from "node:child_process";
import { chmod, mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const HOSTING = fileURLToPath(new URL("../../hosting/nginx/", import.meta.url));
const NGINX = process.env.NGINX || "/usr/sbin/nginx";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** A port nobody listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function listening(port, child, log) {
  return new Promise((ok, fail) => {
    const started = Date.now();
    const tryOnce = () => {
      if (child.exitCode !== null) return fail(new Error(`nginx exited (${child.exitCode}): ${log()}`));
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        ok();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() - started > 15_000) fail(new Error(`nginx did not listen on ${port}: ${log()}`));
        else setTimeout(tryOnce, 50);
      });
    };
    tryOnce();
  });
}

/**
 * Starts nginx on 127.0.0.1. `mutate(conf)` may change the generated configuration (a fault test:
 * a host that sends the WASM with a wrong type). Resolves to { url, port, mounts, pids, close() }.
 */
export async function startNginx({ dir = "dist", port = 0, also = [], mutate = (c) => c } = {}) {
  const root = resolve(dir);
  const prefix = await mkdtemp(join(tmpdir(), "genome-navi-nginx-"));
  // nginx's workers drop to user nobody when started as root: they must be able to read the build
  // (a test's copy of it lies in a directory that mkdtemp made private).
  await chmod(prefix, 0o755);
  await chmod(root, 0o755);
  const actualPort = port || (await freePort());
  await mkdir(join(prefix, "snippets"));
  for (const name of ["genome-navi-files.conf", "genome-navi-security.conf", "genome-navi-security-embed.conf"]) {
    await writeFile(join(prefix, "snippets", name), await readFile(join(HOSTING, "snippets", name)));
  }
  // A sub-path mount needs the build at <root>/<sub-path>/: hard links make a site root holding
  // the build at "/" and at each sub-path, as a host would have it (copies, not symbolic links).
  let siteRoot = root;
  if (also.length) {
    siteRoot = join(prefix, "site");
    execFileSync("cp", ["-al", root, siteRoot]);
    for (const sub of also) {
      const target = join(siteRoot, ...sub.split("/").filter(Boolean));
      await mkdir(join(target, ".."), { recursive: true });
      execFileSync("cp", ["-al", root, target]);
    }
  }
  let server = await readFile(join(HOSTING, "genome-navi.conf"), "utf8");
  server = server
    .replace(/^\s*listen \[::\]:80;\n/m, "")
    .replace(/listen 80;/, `listen 127.0.0.1:${actualPort};`)
    .replace(/root \/srv\/genome-navi;/, `root ${siteRoot};`);
  const subpath = await readFile(join(HOSTING, "genome-navi-subpath.conf"), "utf8");
  const mounts = also.map((sub) => (sub.endsWith("/") ? sub : `${sub}/`));
  const locations = mounts.map((sub) => subpath.replaceAll("/genome-navi/", sub)).join("\n");
  server = server.replace(/\}\s*$/, `${locations}\n}\n`);
  if (!server.includes(`listen 127.0.0.1:${actualPort};`) || !server.includes(`root ${siteRoot};`)) {
    throw new Error("hosting/nginx/genome-navi.conf no longer has the listen and root lines the test server replaces");
  }
  const conf = mutate(`# Written by tests/support/nginx.mjs for one test run.
load_module ${BROTLI_MODULE};
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 512; }
http {
    access_log off;
    client_body_temp_path ${prefix}/body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    sendfile on;
${server}
}
`);
  await writeFile(join(prefix, "nginx.conf"), conf);
  await writeFile(join(prefix, "mime.types"), await readFile("/etc/nginx/mime.types"));
  const child = spawn(NGINX, ["-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", join(prefix, "error.log")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  await listening(actualPort, child, () => stderr);
  const workers = () => {
    try {
      return execFileSync("pgrep", ["-P", String(child.pid)]).toString().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const url = `http://127.0.0.1:${actualPort}/`;
  return {
    url,
    port: actualPort,
    prefix,
    mounts: [...mounts.map((m) => `http://127.0.0.1:${actualPort}${m}`), url],
    /** The master's and workers' process ids (the WebKit offline check pauses them). */
    pids: () => [child.pid, ...workers()],
    errorLog: () => readFile(join(prefix, "error.log"), "utf8").catch(() => ""),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        child.kill("SIGQUIT");
        await exited;
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = opt("--dir", "dist");
  const server = await startNginx({
    dir,
    port: Number(opt("--port", process.env.PORT || "8080")),
    also: [opt("--also", null)].filter(Boolean),
  });
  console.log(`ゲノム医療ナビ is served by nginx at ${server.mounts.join(" and ")} (from ${dir}); Ctrl-C stops it.`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
