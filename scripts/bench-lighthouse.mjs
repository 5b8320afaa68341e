// Lighthouse (bench/lighthouse, on Debian's Chromium, mobile defaults: slow 4G, 4x CPU) on a
// phone's first open of `/join` and `/`, for the app (the release server, its own data) and for
// the floor (the minimal Yew app bench.sh built, served brotli like the app), side by side:
// the median of RUNS runs of each. Every run is a fresh profile, so nothing is cached.
// Usage: TANDEM_BIN=target/release/tandem node scripts/bench-lighthouse.mjs <floor dir>
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

import { ROOT, startServer } from "../tests/e2e/lib/harness.mjs";

const RUNS = Number(process.env.RUNS || 5);
const PATHS = ["/join", "/"];
const floorDir = process.argv[2];
const LIGHTHOUSE = join(ROOT, "bench", "lighthouse", "node_modules", ".bin", "lighthouse");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm" };

/** The floor, served as the app's server serves its files: brotli, with its content type. */
function serveFloor() {
  writeFileSync(
    join(floorDir, "index.html"),
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head>' +
      '<body><script type="module">import init from "/floor.js"; init();</script></body></html>',
  );
  const files = new Map(
    readdirSync(floorDir)
      .filter((name) => TYPES[extname(name)])
      .map((name) => {
        const bytes = readFileSync(join(floorDir, name));
        return [`/${name}`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })];
      }),
  );
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://floor").pathname;
    const name = files.has(path) ? path : "/index.html";
    response.writeHead(200, { "content-type": TYPES[extname(name)], "content-encoding": "br", "cache-control": "no-cache" });
    response.end(files.get(name));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

function lighthouse(url) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      LIGHTHOUSE,
      [url, "--quiet", "--only-categories=performance", "--output=json", "--output-path=stdout", "--chrome-flags=--headless=new --no-sandbox"],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || "/usr/bin/chromium" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code} on ${url}`));
      const report = JSON.parse(out);
      if (report.runtimeError) return reject(new Error(`lighthouse on ${url}: ${report.runtimeError.message}`));
      const audit = (id) => report.audits[id].numericValue;
      resolve({
        performance: Math.round(report.categories.performance.score * 100),
        fcp: audit("first-contentful-paint"),
        lcp: audit("largest-contentful-paint"),
        tbt: audit("total-blocking-time"),
        cls: audit("cumulative-layout-shift"),
      });
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await lighthouse(url));
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
}

const app = await startServer({ TANDEM_LOG: "error" });
const floor = await serveFloor();
try {
  console.log(`Lighthouse ${JSON.parse(readFileSync(join(ROOT, "bench", "lighthouse", "node_modules", "lighthouse", "package.json"), "utf8")).version}, mobile defaults, median of ${RUNS}`);
  console.log(`${"page".padEnd(12)} ${"build".padEnd(6)} perf   FCP ms   LCP ms   TBT ms    CLS`);
  for (const path of PATHS) {
    for (const [name, base] of [["app", app.url], ["floor", floor.url]]) {
      const m = await measure(base + path);
      console.log(
        `${path.padEnd(12)} ${name.padEnd(6)} ${String(m.performance).padStart(4)} ${m.fcp.toFixed(0).padStart(8)} ${m.lcp.toFixed(0).padStart(8)} ${m.tbt.toFixed(0).padStart(8)} ${m.cls.toFixed(3).padStart(6)}`,
      );
    }
  }
  console.log("goal for the app: performance at least 98, LCP at most 1500 ms, TBT at most 50 ms, CLS at most 0.01");
} finally {
  floor.server.close();
  await app.close();
}
