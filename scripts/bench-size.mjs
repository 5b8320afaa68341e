// Prints the built app's transfer sizes: what a phone downloads on first open.
// Usage: node scripts/bench-size.mjs [dist]   (budget: the whole shell under 250 KB gzip)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dist = process.argv[2] || "dist";
const BUDGET_GZIP = 250 * 1024;
const kinds = { ".wasm": "wasm", ".js": "JS", ".css": "CSS", ".html": "HTML", ".webmanifest": "manifest", ".png": "icons" };
const totals = {};
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) { walk(path); continue; }
    const kind = kinds[extname(name)];
    if (!kind) continue;
    const bytes = readFileSync(path);
    // PNGs are already compressed; they are sent as they are.
    const packed = kind === "icons";
    const row = (totals[kind] ||= { files: 0, raw: 0, gzip: 0, brotli: 0 });
    row.files += 1;
    row.raw += bytes.length;
    row.gzip += packed ? bytes.length : gzipSync(bytes, { level: 9 }).length;
    row.brotli += packed ? bytes.length : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
}
walk(dist);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${"kind".padEnd(10)} files      raw KB   gzip KB  brotli KB`);
const shell = { raw: 0, gzip: 0, brotli: 0 };
for (const kind of ["wasm", "JS", "CSS", "HTML", "manifest", "icons"]) {
  const row = totals[kind];
  if (!row) continue;
  console.log(`${kind.padEnd(10)} ${String(row.files).padStart(5)} ${kb(row.raw)}  ${kb(row.gzip)}  ${kb(row.brotli)}`);
  if (kind !== "icons") { shell.raw += row.raw; shell.gzip += row.gzip; shell.brotli += row.brotli; }
}
console.log(`${"shell".padEnd(10)}       ${kb(shell.raw)}  ${kb(shell.gzip)}  ${kb(shell.brotli)}   (everything but icons; budget ${BUDGET_GZIP / 1024} KB gzip)`);
if (shell.gzip > BUDGET_GZIP) {
  console.log(`OVER BUDGET by ${kb(shell.gzip - BUDGET_GZIP)} KB gzip`);
  process.exitCode = 1;
}
