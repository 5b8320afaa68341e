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
    let resource =
        fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", ftl.display()));
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

/// Frontend files compiled only into the staff build (their modules are behind the `staff`
/// feature); they may use messages from `staff.ftl`, which the phone build leaves out.
const STAFF_ONLY: &[&str] = &[
    "people/",
    "sessions/staff.rs",
    "feedback/answers.rs",
    "accounts/sign_in.rs",
    "accounts/set_password.rs",
    "passkeys/",
    "data_rights/staff.rs",
    "components/bar_chart.rs",
    "components/qr.rs",
    "components/score_chart.rs",
    "components/loading.rs",
    "components/date_field.rs",
    "relay/",
    "plans/staff.rs",
    "appointments/staff.rs",
    "assessments/staff.rs",
    "assessments/editor.rs",
    "surveys/questions.rs",
    "surveys/staff.rs",
    "surveys/results.rs",
    "complaints/staff.rs",
    "voice/staff.rs",
    "voice/cabinet.rs",
    "safety/staff.rs",
];

fn is_staff_only(file: &Path) -> bool {
    let relative = file.strip_prefix(root().join("frontend/src")).unwrap().to_string_lossy().replace('\\', "/");
    STAFF_ONLY.iter().any(|prefix| relative.starts_with(prefix))
}

/// English: the messages both builds carry, and with the staff build's own.
fn english(staff: bool) -> BTreeSet<String> {
    let mut ids = message_ids(&root().join("i18n/en/main.ftl"));
    if staff {
        ids.extend(message_ids(&root().join("i18n/en/staff.ftl")));
    }
    ids
}

/// The literal ids passed to `get("...")` and `get_with("...", ...)` in the frontend files
/// `include` picks.
fn ids_used_by_the_app(include: impl Fn(&Path) -> bool) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for file in rust_files(root().join("frontend/src")).into_iter().filter(|file| include(file)) {
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
    let used = ids_used_by_the_app(|_| true);
    assert!(used.len() > 30, "found only {used:?}");
    let english = english(true);
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(missing.is_empty(), "missing from i18n/en: {missing:?}");
}

#[test]
fn the_phone_build_uses_only_messages_it_carries() {
    let used = ids_used_by_the_app(|file| !is_staff_only(file));
    assert!(used.contains("scaling-send"), "found {used:?}");
    let english = english(false);
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(missing.is_empty(), "used by phone pages but only in i18n/en/staff.ftl: {missing:?}");
}

#[test]
fn every_error_code_has_an_english_message() {
    let english = english(false);
    for code in ErrorCode::ALL {
        assert!(english.contains(&code.message_id()), "{}", code.message_id());
    }
}

#[test]
fn translations_use_only_ids_english_has() {
    let english = english(true);
    for entry in std::fs::read_dir(root().join("i18n")).unwrap() {
        for file in ["main.ftl", "staff.ftl"] {
            let ftl = entry.as_ref().unwrap().path().join(file);
            if !ftl.exists() {
                continue;
            }
            let extra: Vec<_> = message_ids(&ftl).difference(&english).cloned().collect();
            assert!(extra.is_empty(), "{}: unknown ids {extra:?}", ftl.display());
        }
    }
}
