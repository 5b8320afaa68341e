// Merges a wasm file's active data segments that lie next to each other in memory.
// Usage: node scripts/lib/merge-data-segments.mjs <file.wasm> [--fill-gaps]
//
// The phone build is linked with one data segment per symbol (--no-merge-data-segments), so
// wasm-split-cli can move each piece's data into the piece. Merged segments would do it only
// when the reordered segment is no longer than the linker's (often a few bytes over, and then
// every piece's data stays in the shell). Thousands of segments cost a header each; wasm-opt
// keeps them apart, so this joins them again:
// - always, segments that touch;
// - with --fill-gaps (the shell only: it is instantiated into zeroed memory), also segments a
//   few bytes apart, writing the zeros between. A piece must not: its gaps are other parts' data.
import { readFileSync, writeFileSync } from "node:fs";

import { reader, sections as sectionsOf } from "./wasm-binary.mjs";

const [file, option] = process.argv.slice(2);
if (!file || (option && option !== "--fill-gaps")) {
  console.error("usage: node scripts/lib/merge-data-segments.mjs <file.wasm> [--fill-gaps]");
  process.exit(2);
}
const largestGap = option === "--fill-gaps" ? 64 : 0;
const bytes = readFileSync(file);

const u32 = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};
const i32 = (value) => {
  const out = [];
  for (;;) {
    const byte = value & 0x7f;
    value >>= 7;
    if ((value === 0 && !(byte & 0x40)) || (value === -1 && byte & 0x40)) {
      out.push(byte);
      return Buffer.from(out);
    }
    out.push(byte | 0x80);
  }
};

// The sections, as they are.
const sections = sectionsOf(bytes);

const leaveAsIs = (why) => {
  console.log(`${file}: data segments left as they are (${why})`);
  process.exit(0);
};
const data = sections.find((section) => section.id === 11);
if (!data) leaveAsIs("none");
const r = reader(bytes, data.body.byteOffset);
const count = r.leb();
const segments = [];
for (let n = 0; n < count; n += 1) {
  const flag = r.leb();
  // Passive segments are named by their index (memory.init): then nothing is touched.
  if (flag !== 0 || r.byte() !== 0x41) leaveAsIs("not all active at a constant address");
  const offset = r.leb(true);
  if (r.byte() !== 0x0b) leaveAsIs("not all active at a constant address");
  const length = r.leb();
  segments.push({ offset, content: bytes.subarray(r.at, r.at + length) });
  r.at += length;
}

// Later segments overwrite earlier ones where they overlap: sorting would change that, so
// overlapping segments are left alone.
const sorted = [...segments].sort((a, b) => a.offset - b.offset);
for (let n = 1; n < sorted.length; n += 1) {
  if (sorted[n].offset < sorted[n - 1].offset + sorted[n - 1].content.length) leaveAsIs("some overlap");
}
const merged = [];
for (const segment of sorted) {
  const last = merged[merged.length - 1];
  const gap = last ? segment.offset - (last.offset + last.length) : Infinity;
  if (gap <= largestGap) {
    last.parts.push(Buffer.alloc(gap), segment.content);
    last.length += gap + segment.content.length;
  } else {
    merged.push({ offset: segment.offset, length: segment.content.length, parts: [segment.content] });
  }
}

const body = Buffer.concat([
  u32(merged.length),
  ...merged.flatMap(({ offset, length, parts }) => [Buffer.from([0, 0x41]), i32(offset), Buffer.from([0x0b]), u32(length), ...parts]),
]);
const out = [bytes.subarray(0, 8)];
for (const section of sections) {
  let content = section.body;
  if (section.id === 11) content = body;
  // The data count section must say the new number.
  if (section.id === 12) content = u32(merged.length);
  out.push(Buffer.from([section.id]), u32(content.length), content);
}
writeFileSync(file, Buffer.concat(out));
console.log(`${file}: ${count} data segments into ${merged.length}`);
