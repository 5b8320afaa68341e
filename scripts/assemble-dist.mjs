// Assembles the built PWA into dist/: content-hashed names for everything that changes with a
// build, a page and boot module per build (index.html: the phone build; staff.html: the staff
// build), the service worker with its precache list generated from the phone build as actually
// built, and .gz/.br copies for the server to send.
// Usage: node scripts/assemble-dist.mjs <dir with one wasm-bindgen output per build> <dist dir>
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const [bindgenRoot, distArg] = process.argv.slice(2);
if (!bindgenRoot || !distArg) {
  console.error("usage: node scripts/assemble-dist.mjs <wasm-bindgen outputs dir> <dist dir>");
  process.exit(2);
}
// Relative to the project, or absolute.
const dist = resolve(root, distArg);
rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, "icons"), { recursive: true });

// Every script and the style sheet are minified (names local to a module, whitespace,
// comments): the wasm-bindgen glue alone is 75 KB as written. Terser and CSSO are pinned by
// tests/package-lock.json.
const tools = createRequire(join(root, "tests/package.json"));
const { minify } = tools("terser");
const csso = tools("csso");
// `module`: an ES module (its top-level names are its own); otherwise a classic script.
const minified = async (source, { module = true } = {}) => {
  const { code } = await minify(source, { module, compress: { passes: 2 }, format: { comments: false } });
  if (!code) throw new Error("terser gave no code");
  return Buffer.from(code);
};

const hash16 = (bytes) => createHash("sha256").update(bytes).digest("hex").slice(0, 16);
const written = [];
function emit(name, bytes) {
  writeFileSync(join(dist, name), bytes);
  written.push(name);
  return name;
}
/** Writes `bytes` under a name carrying their hash: `<stem>-<hash><ext>`. */
const emitHashed = (stem, ext, bytes) => emit(`${stem}-${hash16(bytes)}${ext}`, bytes);

const css = Buffer.from(csso.minify(readFileSync(join(root, "assets/tandem.css"), "utf8"), { restructure: false }).css);
const cssName = emitHashed("tandem", ".css", css);
emit("manifest.webmanifest", readFileSync(join(root, "assets/manifest.webmanifest")));
for (const icon of readdirSync(join(root, "assets/icons")).filter((f) => f.endsWith(".png")).sort()) {
  copyFileSync(join(root, "assets/icons", icon), join(dist, "icons", icon));
  written.push(`icons/${icon}`);
}

// Quick exit is on the page before the app's code loads (frontend/guard.js), with its words from
// each language's Fluent file.
const guardName = emitHashed("guard", ".js", await minified(readFileSync(join(root, "frontend/guard.js"), "utf8"), { module: false }));
const escapeHtml = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
const quickExitLabels = Object.fromEntries(
  readdirSync(join(root, "i18n"))
    .sort()
    .map((language) => {
      const line = readFileSync(join(root, "i18n", language, "main.ftl"), "utf8")
        .split("\n")
        .find((text) => text.startsWith("quick-exit ="));
      return [language, line ? line.slice("quick-exit =".length).trim() : null];
    })
    .filter(([, label]) => label),
);
const quickExitAttributes = Object.entries(quickExitLabels)
  .map(([language, label]) => `data-label-${language}="${escapeHtml(label)}"`)
  .join(" ");

// The phone's entry screens, rendered at build time in every language by the app's own code
// (frontend/src/shell/first_paint.rs, built for Node): the page carries each as a <template>,
// and guard.js shows the one that fits. The staff page has its early quick exit button instead.
const { prerender } = createRequire(import.meta.url)(resolve(bindgenRoot, "first-paint", "prerender.js"));
const firstScreens = await prerender();
if (!firstScreens.some((screen) => screen.screen === "join" && screen.language === "en")) {
  throw new Error("no first screen for /join in English was rendered");
}
const firstPaint =
  '<div id="first-paint" class="app-root"></div>' +
  firstScreens
    .map(
      ({ language, dir, title, screen, html }) =>
        `<template data-screen="${escapeHtml(screen)}" data-language="${escapeHtml(language)}" data-dir="${escapeHtml(dir)}"` +
        ` data-title="${escapeHtml(title)}">${html}</template>`,
    )
    .join("");
const earlyExit = `<a id="early-exit" class="quick-exit" href="https://www.bbc.co.uk/weather" data-quick-exit ${quickExitAttributes}>${escapeHtml(quickExitLabels.en)}</a>`;

/**
 * The pieces of a build cut by wasm-split-cli (none for the staff build): each piece under a
 * name carrying its hash, and the link module that loads them (it imports the glue, and the
 * glue imports it, so the two share one hash, taken over both).
 * Answers the glue's text with its imports renamed, the link module's name, and the pieces.
 */
async function assemblePieces(name, glue) {
  const dir = join(bindgenRoot, name, "pieces");
  let link;
  try {
    link = readFileSync(join(dir, "__wasm_split.js"), "utf8");
  } catch {
    return { glue, linkName: null, pieces: [] };
  }
  const pieces = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".wasm")).sort()) {
    const hashed = emitHashed(`piece-${file.slice(0, -".wasm".length).replaceAll("_", "-")}`, ".wasm", readFileSync(join(dir, file)));
    link = link.replaceAll(`"./${file}"`, `"./${hashed}"`);
    pieces.push(hashed);
  }
  const pages = piecesOfPages(link);
  link = oneFetchPerTurn(link);
  const joint = hash16(Buffer.concat([Buffer.from(glue), Buffer.from(link)]));
  const glueName = `${name}-${joint}.js`;
  const linkName = `${name}_pieces-${joint}.js`;
  link = link.replace(/from "\.\/main\.js"/, `from "./${glueName}"`);
  if (!link.includes(glueName)) throw new Error("the pieces' link module no longer imports ./main.js");
  emit(linkName, await minified(link));
  return { glue: glue.replaceAll('from "./__wasm_split.js"', `from "./${linkName}"`), glueName, linkName, pieces, pages };
}

/**
 * wasm-split-cli's loader starts the fetch and compilation of every chunk a piece needs in one
 * task: for the app, 95 of them, a long task on a slow phone (126 ms at 4x CPU slowdown) while
 * the first screen is being used. Here each is started in a turn of the event loop of its own.
 */
function oneFetchPerTurn(link) {
  const startAll = "    const loader = async () => {\n        const parallelStuff = deps.map(d => d());\n";
  if (!link.includes(startAll)) throw new Error("wasm-split-cli's loader no longer starts a piece's chunks as expected");
  const oneByOne =
    "    const loader = async () => {\n        const parallelStuff = [];\n" +
    "        for (const d of deps) { parallelStuff.push(d()); await nextTurn(); }\n";
  const nextTurn =
    "// Lets the page answer between two starts (scheduler.yield where there is one).\n" +
    "function nextTurn() {\n" +
    "    if (globalThis.scheduler && typeof scheduler.yield === \"function\") return scheduler.yield();\n" +
    "    return new Promise((resolve) => { const channel = new MessageChannel(); channel.port1.onmessage = () => resolve(); channel.port2.postMessage(null); });\n" +
    "}\n";
  return link.replace(startAll, oneByOne).replace("function makeLoad(", `${nextTurn}function makeLoad(`);
}

/**
 * Each page's piece and the chunks it shares with other pages, read from wasm-split-cli's link
 * module as written (before it is minified), for the size benchmark.
 */
function piecesOfPages(link) {
  const files = new Map(
    [...link.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const pages = [...link.matchAll(/export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]\)\)/g)].map((m) => {
    const chunks = m[3].split(",").map((s) => s.trim()).filter((name) => files.has(name)).map((name) => files.get(name));
    return { page: m[1], piece: m[2], chunks };
  });
  if (pages.length === 0) throw new Error("no pages found in the pieces' link module: has wasm-split-cli changed how it writes it?");
  return pages;
}

/**
 * One build: its wasm, glue, boot module and page, and its pieces if it has any. Answers the
 * file names of its first load (`shell`) and of its pieces.
 */
async function assemble(name, page, firstScreen) {
  const dir = join(bindgenRoot, name);
  const wasmName = emitHashed(`${name}_bg`, ".wasm", readFileSync(join(dir, `${name}_bg.wasm`)));
  const split = await assemblePieces(name, readFileSync(join(dir, `${name}.js`), "utf8"));
  const glue = await minified(split.glue);
  const glueName = split.linkName ? emit(split.glueName, glue) : emitHashed(name, ".js", glue);
  const boot = await minified(
    readFileSync(join(root, "frontend/boot.js"), "utf8").replaceAll("{{GLUE}}", glueName).replaceAll("{{WASM}}", wasmName),
  );
  const bootName = emitHashed(`boot_${name}`, ".js", boot);
  const html = readFileSync(join(root, "frontend/index.html"), "utf8")
    .replaceAll("{{CSS}}", cssName)
    .replaceAll("{{GUARD}}", guardName)
    .replaceAll("{{FIRST_PAINT}}", firstScreen)
    .replaceAll("{{GLUE}}", glueName)
    .replaceAll("{{BOOT}}", bootName);
  emit(page, Buffer.from(html));
  const shell = [wasmName, glueName, ...(split.linkName ? [split.linkName] : []), bootName, page];
  return { shell, pieces: split.pieces, pages: split.pages ?? [] };
}

const phone = await assemble("tandem", "index.html", firstPaint);
const staff = await assemble("tandem_staff", "staff.html", earlyExit);
const ofBuilds = new Set([...phone.shell, ...phone.pieces, ...staff.shell, ...staff.pieces]);
// The app itself (frontend/src/shell/mod.rs, `app_piece`): the piece the first screen fetches
// as soon as it is usable, with the chunks it needs.
const appPage = phone.pages.find(({ page }) => page === "app");
if (!appPage) throw new Error("the phone build has no app piece (shell/mod.rs, app_piece)");
const app = [appPage.piece, ...appPage.chunks];

// Phones precache their own build only: the shell and the app at install (kept even when the
// browser asks to save data: a phone cannot open offline without them), then the pages'
// pieces (PIECES), so every phone page opens offline. "/" stands for index.html (navigations
// get the shell).
const shared = written.filter((name) => !ofBuilds.has(name));
const precache = ["/", ...phone.shell.filter((name) => name !== "index.html"), ...app, ...shared].map((name) =>
  name === "/" ? name : `/${name}`,
);
const pagePieces = phone.pieces.filter((name) => !app.includes(name));
const build = hash16(Buffer.concat(written.map((name) => readFileSync(join(dist, name)))));
emit(
  "sw.js",
  Buffer.from(
    `const BUILD = ${JSON.stringify(build)};\nconst PRECACHE = ${JSON.stringify(precache, null, 2)};\n` +
      `const PIECES = ${JSON.stringify(pagePieces.map((name) => `/${name}`), null, 2)};\n` +
      readFileSync(join(root, "service-worker/sw.js"), "utf8"),
  ),
);
// Which files each build downloads, for the size benchmark.
// "phone" is a phone's first load; "phoneApp" the app, fetched as soon as the first screen is
// usable; "phonePieces" every piece (the app's among them) and "phonePages" which of them each
// page needs.
writeFileSync(
  join(dist, "builds.json"),
  JSON.stringify(
    { phone: [...phone.shell, ...shared], phoneApp: app, phonePieces: phone.pieces, phonePages: phone.pages, staff: [...staff.shell, ...shared] },
    null,
    2,
  ),
);

const compressible = new Set([".js", ".wasm", ".css", ".html", ".webmanifest"]);
for (const name of written) {
  if (!compressible.has(extname(name))) continue;
  const bytes = readFileSync(join(dist, name));
  writeFileSync(join(dist, `${name}.gz`), gzipSync(bytes, { level: 9 }));
  writeFileSync(join(dist, `${name}.br`), brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
const total = written.reduce((sum, name) => sum + statSync(join(dist, name)).size, 0);
console.log(`assembled ${written.length} files (${total} bytes) into ${distArg}; build ${build}`);
