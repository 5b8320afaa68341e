// Every message the app asks for exists in English, and every translation says the same things:
// a message a translation has is one English has, with the same variables ($name in English is
// $name in each language). Messages a translation lacks are shown in English (frontend/src/i18n.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

/** A Fluent file's messages and terms: id -> the variables its value and attributes use. */
function parseFtl(path) {
  const messages = new Map();
  let current = null;
  for (const [index, line] of readFileSync(path, "utf8").split("\n").entries()) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const start = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$/.exec(line);
    if (start) {
      assert.ok(!messages.has(start[1]), `${path}:${index + 1}: ${start[1]} is defined twice`);
      current = { variables: new Set(), text: start[2] };
      messages.set(start[1], current);
    } else {
      assert.ok(/^[\s}]/.test(line) && current, `${path}:${index + 1}: neither a message nor its continuation: ${line}`);
      current.text += "\n" + line;
    }
  }
  for (const [id, message] of messages) {
    for (const [, variable] of message.text.matchAll(/\{\s*\$([a-zA-Z0-9_-]+)/g)) message.variables.add(variable);
    const opened = (message.text.match(/\{/g) ?? []).length;
    const closed = (message.text.match(/\}/g) ?? []).length;
    assert.equal(opened, closed, `${path}: ${id} has unbalanced braces`);
  }
  return messages;
}

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? rustFiles(path) : path.endsWith(".rs") ? [path] : [];
  });
}

/** Message ids the frontend's code names: t.get("id"), t.get_with("id", ..), either id of
 * t.get(if .. { "a" } else { "b" }), and ids a match arm on a value gives (`Route::Join =>
 * "title-join"`). Ids made at run time ("error-" + a code) are checked by the wasm tests. */
function idsInCode() {
  const ids = new Map();
  for (const path of rustFiles(join(ROOT, "frontend/src"))) {
    const source = readFileSync(path, "utf8");
    const add = (id) => ids.set(id, path.slice(ROOT.length));
    for (const [, id] of source.matchAll(/\.get(?:_with)?\(\s*"([^"]+)"/g)) add(id);
    for (const [, a, b] of source.matchAll(/\.get(?:_with)?\(\s*if [^{]*\{\s*"([^"]+)"\s*\}\s*else\s*\{\s*"([^"]+)"\s*\}/g)) {
      add(a);
      add(b);
    }
    // An arm of a match on a value (Route::Join => "title-join"), not on a string.
    for (const [, id] of source.matchAll(/^(?!\s*_\s*=>)[^"\n]*=>\s*"([a-z]+(?:-[a-z0-9_]+)+)"/gm)) add(id);
  }
  return ids;
}

const ENGLISH = ["main", "staff"].map((file) => parseFtl(join(ROOT, `i18n/en/${file}.ftl`)));

function inEnglish(id) {
  return ENGLISH.some((messages) => messages.has(id));
}

test("every message id the app's code names exists in English", () => {
  const ids = idsInCode();
  assert.ok(ids.size > 300, `found ${ids.size} ids: the scan has stopped matching the code`);
  const missing = [...ids].filter(([id]) => !inEnglish(id)).map(([id, path]) => `${id} (${path})`);
  assert.deepEqual(missing, []);
});

test("each translation has only English's messages, with English's variables", () => {
  const languages = readdirSync(join(ROOT, "i18n")).filter((code) => code !== "en");
  assert.ok(languages.length > 0);
  for (const code of languages) {
    for (const file of readdirSync(join(ROOT, "i18n", code)).filter((name) => name.endsWith(".ftl"))) {
      const english = parseFtl(join(ROOT, "i18n/en", file));
      for (const [id, message] of parseFtl(join(ROOT, "i18n", code, file))) {
        assert.ok(english.has(id), `${code}/${file}: ${id} is not an English message`);
        assert.deepEqual(
          [...message.variables].sort(),
          [...english.get(id).variables].sort(),
          `${code}/${file}: ${id} uses other variables than English`,
        );
      }
    }
  }
});
