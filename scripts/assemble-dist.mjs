// Assembles the built PWA into dist/: content-hashed names for everything that changes with a
// build, index.html and boot module pointing at them, the service worker with its precache
// list generated from what was actually built, and .gz/.br copies for the server to send.
// Usage: node scripts/assemble-dist.mjs <wasm-bindgen output dir> <dist dir>
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from "node:fs";
import { join, dirname, extname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [bindgenDir, distArg] = process.argv.slice(2);
if (!bindgenDir || !distArg) {
  console.error("usage: node scripts/assemble-dist.mjs <wasm-bindgen out dir> <dist dir>");
  process.exit(2);
}
const dist = join(root, distArg);
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "icons"), { recursive: true });

const hash16 = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const hashedName = (stem, ext, bytes) => `${stem}-${hash16(bytes)}${ext}`;
const written = [];
function emit(name, bytes) {
  writeFileSync(join(dist, name), bytes);
  written.push(name);
  return name;
}

const wasm = readFileSync(join(bindgenDir, "tandem_bg.wasm"));
const wasmName = emit(hashedName("tandem_bg", ".wasm", wasm), wasm);
const glue = readFileSync(join(bindgenDir, "tandem.js"));
const glueName = emit(hashedName("tandem", ".js", glue), glue);
const boot = Buffer.from(
  readFileSync(join(root, "frontend/boot.js"), "utf8")
    .replaceAll("{{GLUE}}", glueName)
    .replaceAll("{{WASM}}", wasmName),
);
const bootName = emit(hashedName("boot", ".js", boot), boot);
const css = readFileSync(join(root, "assets/tandem.css"));
const cssName = emit(hashedName("tandem", ".css", css), css);
const index = Buffer.from(
  readFileSync(join(root, "frontend/index.html"), "utf8")
    .replaceAll("{{CSS}}", cssName)
    .replaceAll("{{GLUE}}", glueName)
    .replaceAll("{{BOOT}}", bootName),
);
emit("index.html", index);
emit("manifest.webmanifest", readFileSync(join(root, "assets/manifest.webmanifest")));
for (const icon of readdirSync(join(root, "assets/icons")).filter((f) => f.endsWith(".png")).sort()) {
  copyFileSync(join(root, "assets/icons", icon), join(dist, "icons", icon));
  written.push(`icons/${icon}`);
}

// "/" stands for index.html: navigations are answered with the shell.
const precache = ["/", ...written.filter((name) => name !== "index.html").map((name) => `/${name}`)];
const build = hash16(Buffer.concat(written.map((name) => readFileSync(join(dist, name)))));
const worker = Buffer.from(
  `const BUILD = ${JSON.stringify(build)};\nconst PRECACHE = ${JSON.stringify(precache, null, 2)};\n` +
    readFileSync(join(root, "service-worker/sw.js"), "utf8"),
);
emit("sw.js", worker);

const compressible = new Set([".js", ".wasm", ".css", ".html", ".webmanifest"]);
for (const name of written) {
  if (!compressible.has(extname(name))) continue;
  const bytes = readFileSync(join(dist, name));
  writeFileSync(join(dist, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  writeFileSync(
    join(dist, `${name}.br`),
    brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  );
}
const total = written.reduce((sum, name) => sum + statSync(join(dist, name)).size, 0);
console.log(`assembled ${written.length} files (${total} bytes) into ${distArg}; build ${build}; ${basename(wasmName)}`);
