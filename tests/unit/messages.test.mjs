// Every message the app asks for exists in English, and every translation says the same things:
// a message a translation has is one English has, with the same variables ($name in English is
// $name in each language). Messages a translation lacks are shown in English (frontend/src/i18n.rs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;

/** Variables a piece of Fluent text uses. */
function variablesOf(text) {
  return new Set([...text.matchAll(/\{\s*\$([a-zA-Z0-9_-]+)/g)].map(([, variable]) => variable));
}

/** A Fluent file's messages and terms: id -> the variables of its value, and its attributes
 * (`.easier`: the wording when "Easier words" is on) with theirs. */
function parseFtl(path) {
  const messages = new Map();
  let current = null;
  let part = null;
  for (const [index, line] of readFileSync(path, "utf8").split("\n").entries()) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const start = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$/.exec(line);
    const attribute = /^\s+\.([a-zA-Z][a-zA-Z0-9_-]*)\s*=(.*)$/.exec(line);
    if (start) {
      assert.ok(!messages.has(start[1]), `${path}:${index + 1}: ${start[1]} is defined twice`);
      part = { text: start[2] };
      current = { value: part, attributes: new Map() };
      messages.set(start[1], current);
    } else if (attribute && current) {
      assert.equal(attribute[1], "easier", `${path}:${index + 1}: the app reads no attribute but .easier`);
      assert.ok(!current.attributes.has(attribute[1]), `${path}:${index + 1}: .${attribute[1]} twice`);
      part = { text: attribute[2] };
      current.attributes.set(attribute[1], part);
    } else {
      assert.ok(/^[\s}]/.test(line) && current, `${path}:${index + 1}: neither a message nor its continuation: ${line}`);
      part.text += "\n" + line;
    }
  }
  for (const [id, message] of messages) {
    for (const piece of [message.value, ...message.attributes.values()]) {
      piece.variables = variablesOf(piece.text);
      const opened = (piece.text.match(/\{/g) ?? []).length;
      const closed = (piece.text.match(/\}/g) ?? []).length;
      assert.equal(opened, closed, `${path}: ${id} has unbalanced braces`);
      assert.ok(piece.text.trim() !== "", `${path}: ${id} has an empty value or attribute`);
    }
    message.variables = message.value.variables;
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
  // forms.ftl and surveys.ftl word the templates (English: tandem_domain::assessments and
  // tandem_domain::surveys), not English messages; backend/src/assessments/translated.rs and
  // backend/src/surveys/translated.rs check each covers every template whole.
  const ofMessages = (name) => name.endsWith(".ftl") && !["forms.ftl", "surveys.ftl"].includes(name);
  for (const code of languages) {
    for (const file of readdirSync(join(ROOT, "i18n", code)).filter(ofMessages)) {
      const english = parseFtl(join(ROOT, "i18n/en", file));
      for (const [id, message] of parseFtl(join(ROOT, "i18n", code, file))) {
        assert.ok(english.has(id), `${code}/${file}: ${id} is not an English message`);
        assert.deepEqual(
          [...message.variables].sort(),
          [...english.get(id).variables].sort(),
          `${code}/${file}: ${id} uses other variables than English`,
        );
        for (const [name, attribute] of message.attributes) {
          const unknown = [...attribute.variables].filter((variable) => !english.get(id).variables.has(variable));
          assert.deepEqual(unknown, [], `${code}/${file}: ${id}.${name} uses variables English's ${id} lacks`);
        }
      }
    }
  }
});

test("easier words use only their message's variables, and every language has English's", () => {
  const english = ENGLISH[0];
  const easier = [...english].filter(([, message]) => message.attributes.has("easier"));
  assert.ok(easier.length >= 60, `only ${easier.length} messages have easier words`);
  for (const [id, message] of easier) {
    const unknown = [...message.attributes.get("easier").variables].filter((variable) => !message.variables.has(variable));
    assert.deepEqual(unknown, [], `en: ${id}.easier uses variables its message lacks`);
  }
  for (const code of readdirSync(join(ROOT, "i18n")).filter((code) => code !== "en")) {
    const translation = parseFtl(join(ROOT, "i18n", code, "main.ftl"));
    const lacking = easier.filter(([id]) => translation.has(id) && !translation.get(id).attributes.has("easier")).map(([id]) => id);
    assert.deepEqual(lacking, [], `${code}: messages with easier words in English but not in ${code}`);
  }
});
