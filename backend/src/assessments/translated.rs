//! The service's forms in the person's language. Version 1 of each form is its template, and
//! `i18n/<lang>/forms.ftl` words it for each translated language: title, purpose, audience, each
//! question and option, each with its easier wording (ids `<form>-<question>[-<option>]`). A
//! later version is a manager's own words, shown as written: a translation of other words would
//! not be theirs. A test proves each language words every part of every template, so a form is
//! never shown half translated.

use std::sync::OnceLock;

use tandem_domain::assessments::FormKind;
use tandem_domain::fluent::Catalogue;
use tandem_domain::language::Language;
use tandem_domain::surveys::SurveyDraft;

const TRANSLATIONS: [(Language, &str); 5] = [
    (Language::Welsh, include_str!("../../../i18n/cy/forms.ftl")),
    (Language::Polish, include_str!("../../../i18n/pl/forms.ftl")),
    (Language::Urdu, include_str!("../../../i18n/ur/forms.ftl")),
    (Language::Punjabi, include_str!("../../../i18n/pa/forms.ftl")),
    (Language::Gujarati, include_str!("../../../i18n/gu/forms.ftl")),
];

fn catalogue(language: Language) -> Option<&'static Catalogue<'static>> {
    static ALL: OnceLock<Vec<Catalogue<'static>>> = OnceLock::new();
    let all = ALL.get_or_init(|| TRANSLATIONS.iter().map(|(language, source)| Catalogue::parse(*language, &[source]).0).collect());
    all.iter().find(|catalogue| catalogue.language() == language)
}

/// `draft`, version `version` of `form`, in the words a person who chose `language` reads.
pub fn in_language(draft: &SurveyDraft, form: FormKind, version: u32, language: Language) -> SurveyDraft {
    let mut seen = draft.clone();
    let Some(catalogue) = catalogue(language).filter(|_| version == 1) else { return seen };
    let words = |id: &str, attribute: Option<&str>| -> Option<String> {
        let message = catalogue.message(id)?;
        let pattern = match attribute {
            Some(name) => message.attribute(name)?,
            None => message.value()?,
        };
        Some(catalogue.format(pattern, &[]))
    };
    let put = |target: &mut String, id: &str, attribute: Option<&str>| {
        if let Some(translated) = words(id, attribute) {
            *target = translated;
        }
    };
    let form = form.as_str();
    put(&mut seen.title, &format!("{form}-title"), None);
    put(&mut seen.purpose, &format!("{form}-purpose"), None);
    put(&mut seen.audience, &format!("{form}-audience"), None);
    for question in &mut seen.questions {
        let id = format!("{form}-{}", question.id);
        put(&mut question.wording, &id, None);
        put(&mut question.easy_read, &id, Some("easier"));
        for option in &mut question.options {
            let id = format!("{id}-{}", option.id);
            put(&mut option.wording, &id, None);
            put(&mut option.easy_read, &id, Some("easier"));
        }
    }
    seen
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    /// Every id a translation of the templates has: each part of each form, and `.easier`
    /// beside every wording with an easier one.
    fn template_ids() -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for form in FormKind::ALL {
            let template = form.template();
            let form = form.as_str();
            ids.extend(["title", "purpose", "audience"].map(|part| format!("{form}-{part}")));
            for question in &template.questions {
                ids.insert(format!("{form}-{}", question.id));
                assert!(!question.easy_read.is_empty() && question.help.is_empty(), "{}", question.id);
                ids.extend(question.options.iter().map(|option| format!("{form}-{}-{}", question.id, option.id)));
            }
        }
        ids
    }

    #[test]
    fn every_translation_words_every_part_of_every_template_and_nothing_else() {
        let expected = template_ids();
        for (language, source) in TRANSLATIONS {
            let (catalogue, errors) = Catalogue::parse(language, &[source]);
            assert_eq!(errors, [], "{language:?}");
            let ids: BTreeSet<String> = catalogue.ids().map(str::to_owned).collect();
            assert_eq!(ids, expected, "{language:?}");
            for id in &ids {
                let message = catalogue.message(id).unwrap();
                let is_question = !["-title", "-purpose", "-audience"].iter().any(|part| id.ends_with(part));
                assert_eq!(message.attribute("easier").is_some(), is_question, "{language:?} {id}: .easier on each question and option");
            }
        }
    }

    #[test]
    fn version_one_is_shown_in_the_persons_language_and_a_managers_version_as_written() {
        let template = FormKind::ReviewPrep.template();
        let welsh = in_language(&template, FormKind::ReviewPrep, 1, Language::Welsh);
        assert_eq!(welsh.title, "Paratoi ar gyfer fy adolygiad");
        let take_part = welsh.questions.iter().find(|question| question.id == "take_part").unwrap();
        assert_eq!(take_part.options[0].wording, "Bydda i'n siarad drosof fy hun");
        assert_eq!(take_part.options[0].easy_read, "Bydda i'n siarad");
        assert_eq!(welsh.questions.len(), template.questions.len());
        assert_eq!(
            welsh.questions.iter().map(|question| &question.id).collect::<Vec<_>>(),
            template.questions.iter().map(|question| &question.id).collect::<Vec<_>>(),
            "the same questions, by the same ids"
        );
        assert_eq!(in_language(&template, FormKind::ReviewPrep, 2, Language::Welsh), template);
        assert_eq!(in_language(&template, FormKind::ReviewPrep, 1, Language::English), template);
    }
}
