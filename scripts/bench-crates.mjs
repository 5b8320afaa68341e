// Where the phone's first-load wasm goes, by crate: a copy of the shell's wasm optimised as the
// build does but with its function names kept (bench.sh makes it), its function bodies summed by
// the crate (or, for the app's own code, the module) each function's name starts with, each
// group brotli-compressed on its own, and the data (constants, message files) the same way.
// Groups compress apart, so they add up to more than the whole; read them as shares.
// Usage: node scripts/bench-crates.mjs <shell wasm with a name section> [rows]
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const [path, rowsArg] = process.argv.slice(2);
if (!path) {
  console.error("usage: node scripts/bench-crates.mjs <wasm with names> [rows]");
  process.exit(2);
}
const bytes = readFileSync(path);
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

/** The module's sections we need: imported functions (they come first in the index space), bodies, data, names. */
function read(wasm) {
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const skipLimits = () => {
    const flags = leb();
    leb();
    if (flags & 1) leb();
  };
  const found = { importedFunctions: 0, bodies: [], data: [], names: new Map() };
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const end = at + size;
    if (id === 2) {
      for (let count = leb(); count > 0; count -= 1) {
        // Module and field names (`at += leb()` would add to `at` as it was before the length).
        for (let names = 0; names < 2; names += 1) {
          const length = leb();
          at += length;
        }
        const kind = wasm[at++];
        if (kind === 0) {
          leb();
          found.importedFunctions += 1;
        } else if (kind === 1) {
          at += 1;
          skipLimits();
        } else if (kind === 2) {
          skipLimits();
        } else if (kind === 3) {
          at += 2;
        } else {
          leb();
        }
      }
    } else if (id === 10) {
      for (let count = leb(); count > 0; count -= 1) {
        const length = leb();
        found.bodies.push(wasm.subarray(at, at + length));
        at += length;
      }
    } else if (id === 11) {
      found.data.push(wasm.subarray(at, end));
    } else if (id === 0) {
      const nameLength = leb();
      const name = wasm.subarray(at, at + nameLength).toString();
      at += nameLength;
      while (name === "name" && at < end) {
        const subsection = wasm[at++];
        const length = leb();
        const subsectionEnd = at + length;
        if (subsection === 1) {
          for (let count = leb(); count > 0; count -= 1) {
            const index = leb();
            const length = leb();
            found.names.set(index, wasm.subarray(at, at + length).toString());
            at += length;
          }
        }
        at = subsectionEnd;
      }
    }
    at = end;
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
