//! `tandem_domain::fluent` reads every shipped message file whole and words every message, with
//! every kind of value its variables take, exactly as fluent-bundle (the reference Fluent) does.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // tests may fail loudly

use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use tandem_domain::fluent::{Arg, Catalogue};
use tandem_domain::language::Language;

fn message_files() -> Vec<(Language, PathBuf)> {
    let i18n = Path::new(env!("CARGO_MANIFEST_DIR")).join("../i18n");
    let mut files = Vec::new();
    for language in Language::ALL {
        for entry in std::fs::read_dir(i18n.join(language.code())).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|extension| extension == "ftl") {
                files.push((language, path));
            }
        }
    }
    assert!(files.len() >= 13, "{files:?}");
    files
}

/// Whole numbers around every plural boundary of the six languages, and every word a select
/// in the file is keyed on, and one it is not.
fn values(source: &str) -> Vec<Arg<'static>> {
    let numbers = [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 20, 21, 22, 25, 100, 101, 102, 104, 111, 112, 1000, -1];
    let mut words: Vec<String> = source
        .split('[')
        .skip(1)
        .filter_map(|after| after.split_once(']').map(|(key, _)| key.trim().to_owned()))
        .filter(|key| key.parse::<i64>().is_err())
        .collect();
    words.sort();
    words.dedup();
    words.push("someone else".to_owned());
    numbers.into_iter().map(Arg::from).chain(words.into_iter().map(Arg::from)).collect()
}

#[test]
fn every_message_is_worded_as_fluent_bundle_words_it() {
    let mut compared = 0;
    for (language, path) in message_files() {
        let source = std::fs::read_to_string(&path).unwrap();
        let (ours, errors) = Catalogue::parse(language, &[source.as_str()]);
        assert_eq!(errors, [], "{} is not read whole", path.display());
        let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|_| panic!("{} does not parse", path.display()));
        let mut reference = FluentBundle::new(vec![language.code().parse().unwrap()]);
        reference.set_use_isolating(false);
        reference.add_resource(resource).unwrap();

        let ids: Vec<&str> = ours.ids().collect();
        let reference_ids = source.lines().filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic())).count();
        assert_eq!(ids.len(), reference_ids, "{}: every message is read", path.display());
        for id in ids {
            let message = ours.message(id).unwrap();
            let theirs = reference.get_message(id).unwrap_or_else(|| panic!("{id}"));
            let mut patterns = vec![(message.value(), theirs.value())];
            for name in message.attribute_names() {
                patterns.push((message.attribute(name), theirs.get_attribute(name).map(|attribute| attribute.value())));
            }
            assert_eq!(patterns.len(), 1 + theirs.attributes().count(), "{id}: attributes");
            for (pattern, their_pattern) in patterns {
                let (Some(pattern), Some(their_pattern)) = (pattern, their_pattern) else {
                    assert!(pattern.is_none() && their_pattern.is_none(), "{id}: a value on one side only");
                    continue;
                };
                let variables = pattern.variables();
                for value in std::iter::once(None).chain(values(&source).into_iter().map(Some)) {
                    let args: Vec<(&str, Arg<'_>)> =
                        value.iter().flat_map(|value| variables.iter().map(|name| (*name, value.clone()))).collect();
                    let mut their_args = FluentArgs::new();
                    for (name, value) in &args {
                        their_args.set(
                            *name,
                            match value {
                                Arg::Text(text) => FluentValue::from(text.to_string()),
                                Arg::Number(number) => FluentValue::from(*number),
                            },
                        );
                    }
                    let mut their_errors = Vec::new();
                    let expected = reference.format_pattern(their_pattern, Some(&their_args), &mut their_errors);
                    assert_eq!(ours.format(pattern, &args), expected, "{} {id} with {args:?}", path.display());
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 10_000, "{compared}");
}
