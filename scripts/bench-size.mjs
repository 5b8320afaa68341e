// Prints the built app's transfer sizes: what a phone downloads on first open (the phone
// build, which the 250 KB gzip budget is about) and what a staff browser downloads.
// Usage: node scripts/bench-size.mjs [dist]
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] || "dist";
const BUDGET_GZIP = 250 * 1024;
const builds = JSON.parse(readFileSync(join(dist, "builds.json"), "utf8"));
const kinds = { ".wasm": "wasm", ".js": "JS", ".css": "CSS", ".html": "HTML", ".webmanifest": "manifest", ".png": "icons" };
const kb = (n) => (n / 1024).toFixed(1).padStart(8);

function measure(label, files) {
  const totals = {};
  for (const name of files) {
    const kind = kinds[extname(name)];
    const bytes = readFileSync(join(dist, name));
    // PNGs are already compressed; they are sent as they are.
    const packed = kind === "icons";
    const row = (totals[kind] ||= { files: 0, raw: 0, gzip: 0, brotli: 0 });
    row.files += 1;
    row.raw += bytes.length;
    row.gzip += packed ? bytes.length : gzipSync(bytes, { level: 9 }).length;
    row.brotli += packed ? bytes.length : brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  console.log(`\n${label}\n${"kind".padEnd(10)} files      raw KB   gzip KB  brotli KB`);
  const app = { raw: 0, gzip: 0, brotli: 0 };
  for (const kind of ["wasm", "JS", "CSS", "HTML", "manifest", "icons"]) {
    const row = totals[kind];
    if (!row) continue;
    console.log(`${kind.padEnd(10)} ${String(row.files).padStart(5)} ${kb(row.raw)}  ${kb(row.gzip)}  ${kb(row.brotli)}`);
    if (kind !== "icons") {
      app.raw += row.raw;
      app.gzip += row.gzip;
      app.brotli += row.brotli;
    }
  }
  console.log(`${"total".padEnd(10)}       ${kb(app.raw)}  ${kb(app.gzip)}  ${kb(app.brotli)}   (all but icons)`);
  return app;
}

const phone = measure("Phone build (young people and carers; precached, works offline)", builds.phone);
measure("Staff build (staff pages; loaded from the network)", builds.staff);
console.log(`\nPhone shell: ${kb(phone.gzip).trim()} KB gzip against a budget of ${BUDGET_GZIP / 1024} KB.`);
if (phone.gzip > BUDGET_GZIP) {
  console.log(`OVER BUDGET by ${kb(phone.gzip - BUDGET_GZIP).trim()} KB gzip`);
  process.exitCode = 1;
}
