//! Shipped templates in the person's language. A template's translations are Fluent files
//! (`i18n/<lang>/surveys.ftl`, `i18n/<lang>/forms.ftl`) with one message per part, filed under
//! the template's name: `<name>-title`, `-purpose`, `-audience`, `<name>-<question>` and
//! `<name>-<question>-<option>`, each with `.easier` where the English has easier words and
//! `.section` where a question starts a named part. Only words the template shipped with are
//! translated; anything staff wrote is shown as written, because a translation of other words
//! would not be theirs.

use std::sync::OnceLock;

use tandem_domain::fluent::Catalogue;
use tandem_domain::language::Language;
use tandem_domain::surveys::SurveyDraft;

/// One kind of template's translations, parsed when first needed.
pub struct Translations {
    sources: [(Language, &'static str); 5],
    parsed: OnceLock<Vec<Catalogue<'static>>>,
}

impl Translations {
    pub const fn new(sources: [(Language, &'static str); 5]) -> Translations {
        Translations { sources, parsed: OnceLock::new() }
    }

    fn catalogue(&self, language: Language) -> Option<&Catalogue<'static>> {
        let all =
            self.parsed.get_or_init(|| self.sources.iter().map(|(language, source)| Catalogue::parse(*language, &[source]).0).collect());
        all.iter().find(|catalogue| catalogue.language() == language)
    }

    /// `template`, filed under `name`, in the words a person who chose `language` reads.
    pub fn word(&self, template: &SurveyDraft, name: &str, language: Language) -> SurveyDraft {
        let mut seen = template.clone();
        let Some(catalogue) = self.catalogue(language) else { return seen };
        let put = |target: &mut String, id: &str, attribute: Option<&str>| {
            if let Some(translated) = catalogue.words(id, attribute, &[]) {
                *target = translated;
            }
        };
        put(&mut seen.title, &format!("{name}-title"), None);
        put(&mut seen.purpose, &format!("{name}-purpose"), None);
        put(&mut seen.audience, &format!("{name}-audience"), None);
        for question in &mut seen.questions {
            let id = format!("{name}-{}", question.id);
            put(&mut question.wording, &id, None);
            put(&mut question.easy_read, &id, Some("easier"));
            // Only a part the template names: an older stored version may name none.
            if !question.section.is_empty() {
                put(&mut question.section, &id, Some("section"));
            }
            for option in &mut question.options {
                let id = format!("{id}-{}", option.id);
                put(&mut option.wording, &id, None);
                put(&mut option.easy_read, &id, Some("easier"));
            }
        }
        seen
    }

    /// Each language words every part of every template (with `.easier` exactly where the
    /// English has easier words, `.section` where a question starts a named part) and nothing
    /// else, so a template is never half translated.
    #[cfg(test)]
    pub fn assert_complete(&self, templates: &[(&str, SurveyDraft)]) {
        use std::collections::BTreeMap;
        // Each message id, with the attributes it must have.
        let mut expected: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        let attributes = |easier: &str, section: &str| {
            [("easier", easier), ("section", section)]
                .into_iter()
                .filter(|(_, english)| !english.is_empty())
                .map(|(name, _)| name)
                .collect()
        };
        for (name, template) in templates {
            for part in ["title", "purpose", "audience"] {
                expected.insert(format!("{name}-{part}"), Vec::new());
            }
            for question in &template.questions {
                assert!(question.help.is_empty(), "{name} {}: help is not translated", question.id);
                expected.insert(format!("{name}-{}", question.id), attributes(&question.easy_read, &question.section));
                for option in &question.options {
                    expected.insert(format!("{name}-{}-{}", question.id, option.id), attributes(&option.easy_read, ""));
                }
            }
        }
        for (language, source) in self.sources {
            let (catalogue, errors) = Catalogue::parse(language, &[source]);
            assert_eq!(errors, [], "{language:?}");
            let found: BTreeMap<String, Vec<&str>> = catalogue
                .ids()
                .map(|id| {
                    let message = catalogue.message(id);
                    let has = |name: &&str| message.is_some_and(|message| message.attribute(name).is_some());
                    (id.to_owned(), ["easier", "section"].into_iter().filter(|name| has(name)).collect())
                })
                .collect();
            assert_eq!(found, expected, "{language:?}: every part, with `.easier` and `.section` where the English has them");
        }
    }
}

/// The survey templates' translations.
static SURVEYS: Translations = Translations::new([
    (Language::Welsh, include_str!("../../../i18n/cy/surveys.ftl")),
    (Language::Polish, include_str!("../../../i18n/pl/surveys.ftl")),
    (Language::Urdu, include_str!("../../../i18n/ur/surveys.ftl")),
    (Language::Punjabi, include_str!("../../../i18n/pa/surveys.ftl")),
    (Language::Gujarati, include_str!("../../../i18n/gu/surveys.ftl")),
]);

/// A survey as a person who chose `language` reads it: translated while it is still in a
/// template's words, as written otherwise.
pub fn in_language(draft: &SurveyDraft, language: Language) -> SurveyDraft {
    match tandem_domain::surveys::template_in_its_words(draft) {
        Some(name) => SURVEYS.word(draft, name, language),
        None => draft.clone(),
    }
}

#[cfg(test)]
mod tests {
    use tandem_domain::surveys::named_templates;

    use super::*;

    #[test]
    fn every_translation_words_every_part_of_every_survey_template_and_nothing_else() {
        SURVEYS.assert_complete(&named_templates());
    }

    #[test]
    fn a_template_is_shown_in_the_persons_language_and_a_survey_in_other_words_as_written() {
        let [_, _, _, (_, custody), ..] = named_templates();
        let polish = in_language(&custody, Language::Polish);
        assert_eq!(polish.title, "Po wyjściu z zakładu");
        assert_eq!(polish.questions.iter().map(|q| &q.id).collect::<Vec<_>>(), custody.questions.iter().map(|q| &q.id).collect::<Vec<_>>());
        assert_ne!(polish.questions[1].options[0].wording, custody.questions[1].options[0].wording);
        assert_eq!(in_language(&custody, Language::English), custody);
        let mut own = custody.clone();
        own.questions[0].wording = "How has the first week been?".into();
        assert_eq!(in_language(&own, Language::Welsh), own, "not half translated");
    }
}
