//! The service's forms in the person's language. Version 1 of each form is its template, and
//! `i18n/<lang>/forms.ftl` words it for each translated language: title, purpose, audience, each
//! question and option, each with its easier wording, and the names of its parts (ids
//! `<form>-<question>[-<option>]`; see `crate::surveys::translated`). A later version is a
//! manager's own words, shown as written: a translation of other words would not be theirs. A
//! test proves each language words every part of every template, so a form is never shown half
//! translated.

use tandem_domain::assessments::FormKind;
use tandem_domain::language::Language;
use tandem_domain::surveys::SurveyDraft;

use crate::surveys::translated::Translations;

static FORMS: Translations = Translations::new([
    (Language::Welsh, include_str!("../../../i18n/cy/forms.ftl")),
    (Language::Polish, include_str!("../../../i18n/pl/forms.ftl")),
    (Language::Urdu, include_str!("../../../i18n/ur/forms.ftl")),
    (Language::Punjabi, include_str!("../../../i18n/pa/forms.ftl")),
    (Language::Gujarati, include_str!("../../../i18n/gu/forms.ftl")),
]);

/// `draft`, version `version` of `form`, in the words a person who chose `language` reads.
pub fn in_language(draft: &SurveyDraft, form: FormKind, version: u32, language: Language) -> SurveyDraft {
    if version == 1 {
        FORMS.word(draft, form.as_str(), language)
    } else {
        draft.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_translation_words_every_part_of_every_template_and_nothing_else() {
        let templates: Vec<(&str, SurveyDraft)> = FormKind::ALL.iter().map(|form| (form.as_str(), form.template())).collect();
        for (name, template) in &templates {
            assert!(template.questions.iter().all(|question| !question.easy_read.is_empty()), "{name}: easier words for every question");
        }
        FORMS.assert_complete(&templates);
    }

    #[test]
    fn version_one_is_shown_in_the_persons_language_and_a_managers_version_as_written() {
        let template = FormKind::ReviewPrep.template();
        let welsh = in_language(&template, FormKind::ReviewPrep, 1, Language::Welsh);
        assert_eq!(welsh.title, "Paratoi ar gyfer fy adolygiad");
        let mine = in_language(&FormKind::SelfAssessment.template(), FormKind::SelfAssessment, 1, Language::Welsh);
        let parts: Vec<&str> = mine.questions.iter().map(|question| question.section.as_str()).filter(|part| !part.is_empty()).collect();
        assert_eq!(parts.len(), 7);
        assert_eq!(parts[1], "Ble rydw i'n byw");
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
