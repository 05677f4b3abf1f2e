// Serves the built dist/ on 127.0.0.1 like a static host would (see static-server.mjs). Mounts the
// same build at "/" and, with --also /some/sub/path/, under that sub-path too.
//
//   node tests/support/server.mjs [--dir dist] [--port 8080] [--also /some/sub/path/] [--quiet]
import { startServer } from "./static-server.mjs";

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = opt("--dir", "dist");
const also = [opt("--also", null)].filter(Boolean);
const { mounts } = await startServer({
  dir,
  port: Number(opt("--port", process.env.PORT || "8080")),
  also,
  quiet: args.includes("--quiet"),
});
console.log(`ゲノム医療ナビ is served at ${mounts.join(" and ")} (from ${dir}); Ctrl-C stops it.`);
