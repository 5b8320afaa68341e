// Reading a wasm module's binary, for the build's and the bench's scripts: LEB128 numbers, and
// the module's sections as they are.

/** A cursor over `bytes` from `at`: a byte, or a LEB128 number, at a time. */
export function reader(bytes, at = 0) {
  return {
    at,
    byte() {
      return bytes[this.at++];
    },
    /** A LEB128 number: unsigned, or (`signed`: i32.const's operand) two's complement. */
    leb(signed = false) {
      let result = 0;
      let shift = 0;
      let byte;
      do {
        byte = bytes[this.at++];
        result += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      return signed && byte & 0x40 ? result - 2 ** shift : result;
    },
  };
}

/** The module's sections in order, each its id and its body (a view of `bytes`). */
export function sections(bytes) {
  const found = [];
  for (const r = reader(bytes, 8); r.at < bytes.length; ) {
    const id = r.byte();
    const size = r.leb();
    found.push({ id, body: bytes.subarray(r.at, r.at + size) });
    r.at += size;
  }
  return found;
}
