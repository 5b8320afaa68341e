// Where the phone's first-load wasm goes, by crate: a copy of the shell's wasm optimised as the
// build does but with its function names kept (bench.sh makes it), its function bodies summed by
// the crate (or, for the app's own code, the module) each function's name starts with, each
// group brotli-compressed on its own, and the data (constants, message files) the same way.
// Groups compress apart, so they add up to more than the whole; read them as shares.
// Usage: node scripts/bench-crates.mjs <shell wasm with a name section> [rows]
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

import { reader, sections } from "./lib/wasm-binary.mjs";

const [path, rowsArg] = process.argv.slice(2);
if (!path) {
  console.error("usage: node scripts/bench-crates.mjs <wasm with names> [rows]");
  process.exit(2);
}
const bytes = readFileSync(path);
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

/** What the sums need: imported functions (they come first in the index space), bodies, data, names. */
function read(wasm) {
  const found = { importedFunctions: 0, bodies: [], data: [], names: new Map() };
  for (const { id, body } of sections(wasm)) {
    const r = reader(body);
    if (id === 2) {
      for (let count = r.leb(); count > 0; count -= 1) {
        // Module and field names, then the import's kind and its description.
        for (let names = 0; names < 2; names += 1) {
          const length = r.leb();
          r.at += length;
        }
        const kind = r.byte();
        if (kind === 0) {
          r.leb();
          found.importedFunctions += 1;
        } else if (kind === 1 || kind === 2) {
          if (kind === 1) r.byte();
          const flags = r.leb();
          r.leb();
          if (flags & 1) r.leb();
        } else if (kind === 3) {
          r.at += 2;
        } else {
          r.leb();
        }
      }
    } else if (id === 10) {
      for (let count = r.leb(); count > 0; count -= 1) {
        const length = r.leb();
        found.bodies.push(body.subarray(r.at, r.at + length));
        r.at += length;
      }
    } else if (id === 11) {
      found.data.push(body);
    } else if (id === 0) {
      const length = r.leb();
      if (body.subarray(r.at, r.at + length).toString() !== "name") continue;
      r.at += length;
      while (r.at < body.length) {
        const subsection = r.byte();
        const size = r.leb();
        const end = r.at + size;
        if (subsection === 1) {
          for (let count = r.leb(); count > 0; count -= 1) {
            const index = r.leb();
            const nameLength = r.leb();
            found.names.set(index, body.subarray(r.at, r.at + nameLength).toString());
            r.at += nameLength;
          }
        }
        r.at = end;
      }
    }
  }
  return found;
}

const module = read(bytes);
if (module.names.size === 0) {
  console.error(`${path} has no function names: build it with them kept (bench.sh does)`);
  process.exit(1);
}
/** `yew`, `core`, `tandem_frontend::offline`...: a Rust symbol's first path segment. */
function groupOf(name) {
  const crate = name.match(/^<?(?:&(?:mut )?)?(?:dyn )?([a-z_0-9]+)(?:\[[0-9a-f]+\])?::/)?.[1];
  if (!crate) return "(generic glue and closures)";
  if (crate !== "tandem_frontend") return crate;
  return `tandem_frontend::${name.match(/tandem_frontend::([a-z_0-9]+)/)[1]}`;
}
const groups = new Map();
module.bodies.forEach((body, index) => {
  const group = groupOf(module.names.get(module.importedFunctions + index) ?? "");
  if (!groups.has(group)) groups.set(group, []);
  groups.get(group).push(body);
});
const code = Buffer.concat(module.bodies);
const data = Buffer.concat(module.data);
console.log(`code ${kb(code.length)} KB raw ${kb(brotli(code))} KB brotli   data ${kb(data.length)} KB raw ${kb(brotli(data))} KB brotli`);
console.log("group                                        raw KB  brotli KB");
const rows = [...groups]
  .map(([group, bodies]) => {
    const joined = Buffer.concat(bodies);
    return { group, raw: joined.length, brotli: brotli(joined) };
  })
  .sort((a, b) => b.brotli - a.brotli);
for (const row of rows.slice(0, Number(rowsArg) || 25)) console.log(`${row.group.padEnd(42)} ${kb(row.raw)} ${kb(row.brotli)}`);
