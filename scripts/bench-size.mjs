// Prints the built app's transfer sizes (brotli, as the server sends them): a phone's first load
// (every file fetched before `/` or `/join` is usable; both are the same page, index.html, so the
// same files), the app's piece fetched right after it, each phone page's piece (with the shared
// chunks it needs), all pieces together,
// and the staff build. Exits non-zero when the first load is over its 120 KB brotli budget.
// With a second directory (a wasm-bindgen output named floor, built by bench.sh from
// bench/yew-floor), also the floor: a minimal Yew app built the same way, and the ratio.
// Usage: node scripts/bench-size.mjs [dist] [floor]
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const dist = process.argv[2] || "dist";
const floorDir = process.argv[3];
const BUDGET_BROTLI = 120 * 1024;
const builds = JSON.parse(readFileSync(join(dist, "builds.json"), "utf8"));
const kinds = { ".wasm": "wasm", ".js": "JS", ".css": "CSS", ".html": "HTML", ".webmanifest": "manifest", ".png": "icons" };
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = new Map();
function size(name) {
  if (!sizes.has(name)) {
    const bytes = readFileSync(join(dist, name));
    // PNGs are already compressed; they are sent as they are.
    const packed = extname(name) === ".png";
    sizes.set(name, { raw: bytes.length, gzip: packed ? bytes.length : gzipSync(bytes, { level: 9 }).length, brotli: packed ? bytes.length : brotli(bytes) });
  }
  return sizes.get(name);
}
const sum = (names) => names.reduce((total, name) => total + size(name).brotli, 0);

function measure(label, files) {
  const totals = {};
  for (const name of files) {
    const row = (totals[kinds[extname(name)]] ||= { files: 0, raw: 0, gzip: 0, brotli: 0 });
    const one = size(name);
    row.files += 1;
    row.raw += one.raw;
    row.gzip += one.gzip;
    row.brotli += one.brotli;
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
  console.log(`${"total".padEnd(10)}       ${kb(app.raw)}  ${kb(app.gzip)}  ${kb(app.brotli)}   (all but icons, which the manifest fetches later)`);
  return app;
}

const first = measure("A phone's first load: / and /join (the shell; the same files for both)", builds.phone);
console.log("\nEach phone page's (or language's) piece, fetched when first opened (and by the service worker after the first open)");
console.log(`${"page".padEnd(14)} piece KB  + shared chunks KB (files)  = total brotli KB`);
// Each page's piece and the chunks it shares with other pages, as assemble-dist.mjs read them.
for (const { page, piece, chunks } of [...(builds.phonePages || [])].sort((a, b) => a.page.localeCompare(b.page))) {
  console.log(`${page.padEnd(14)} ${kb(sum([piece]))}  + ${kb(sum(chunks))} (${String(chunks.length).padStart(2)})        = ${kb(sum([piece, ...chunks]))}`);
}
const theApp = builds.phoneApp || [];
console.log(
  `the app (its piece and chunks, fetched as soon as the first screen is usable): ${theApp.length} files, ` +
    `${kb(sum(theApp)).trim()} KB brotli; first load and app together ${kb(first.brotli + sum(theApp)).trim()} KB brotli`,
);
const pieces = builds.phonePieces || [];
console.log(`all pieces: ${pieces.length} files, ${kb(sum(pieces)).trim()} KB brotli; the whole phone app ${kb(first.brotli + sum(pieces)).trim()} KB brotli`);
measure("Staff build (staff pages; loaded from the network)", builds.staff);
if (floorDir) {
  const wasm = brotli(readFileSync(join(floorDir, "floor_bg.wasm")));
  const js = brotli(readFileSync(join(floorDir, "floor.js")));
  console.log(`\nFloor: a minimal Yew 0.23 app, same profile: wasm ${kb(wasm).trim()} KB + JS ${kb(js).trim()} KB = ${kb(wasm + js).trim()} KB brotli`);
  console.log(`Phone first load is ${(first.brotli / (wasm + js)).toFixed(2)}x the floor (the goal is at most 2.5x).`);
}
console.log(`\nPhone first load: ${kb(first.brotli).trim()} KB brotli against a budget of ${BUDGET_BROTLI / 1024} KB.`);
if (first.brotli > BUDGET_BROTLI) {
  console.log(`OVER BUDGET by ${kb(first.brotli - BUDGET_BROTLI).trim()} KB brotli`);
  process.exitCode = 1;
}
