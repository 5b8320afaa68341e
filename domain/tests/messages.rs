//! Every message the app asks for exists in English, every error code has one, and no
//! translation carries an id English lacks (a typo there would silently fall back).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use tandem_domain::ErrorCode;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn message_ids(ftl: &Path) -> BTreeSet<String> {
    let source = std::fs::read_to_string(ftl).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", ftl.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn rust_files(dir: PathBuf) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// The literal ids passed to `get("...")` and `get_with("...", ...)` in the frontend.
fn ids_used_by_the_app() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for file in rust_files(root().join("frontend/src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in ["get(\"", "get_with(\""] {
            for (index, _) in text.match_indices(call) {
                let rest = &text[index + call.len()..];
                if let Some(end) = rest.find('"') {
                    ids.insert(rest[..end].to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn every_message_the_app_uses_is_in_english() {
    let english = message_ids(&root().join("i18n/en/main.ftl"));
    let used = ids_used_by_the_app();
    assert!(used.len() > 30, "found only {used:?}");
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(missing.is_empty(), "missing from i18n/en/main.ftl: {missing:?}");
}

#[test]
fn every_error_code_has_an_english_message() {
    let english = message_ids(&root().join("i18n/en/main.ftl"));
    for code in ErrorCode::ALL {
        assert!(english.contains(&code.message_id()), "{}", code.message_id());
    }
}

#[test]
fn translations_use_only_ids_english_has() {
    let english = message_ids(&root().join("i18n/en/main.ftl"));
    for entry in std::fs::read_dir(root().join("i18n")).unwrap() {
        let ftl = entry.unwrap().path().join("main.ftl");
        let extra: Vec<_> = message_ids(&ftl).difference(&english).cloned().collect();
        assert!(extra.is_empty(), "{}: unknown ids {extra:?}", ftl.display());
    }
}
