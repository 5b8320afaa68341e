//! Surveys as FHIR R4: each version a Questionnaire, each response a QuestionnaireResponse to
//! it. The relay sends the same answers (`items`) to the case record.

use serde_json::{json, Value};
use tandem_domain::surveys::{Answer, Answers, QuestionKind, SurveyDraft};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;
use uuid::Uuid;

use super::{StoredResponse, StoredSurvey};
use crate::relay::fhir::TANDEM_PERSON_SYSTEM;

pub const SURVEY_SYSTEM: &str = "urn:tandem:survey";
pub const RESPONSE_SYSTEM: &str = "urn:tandem:survey-response";

/// The Questionnaire's canonical URL, with its version.
pub fn questionnaire_url(survey_id: Uuid, version: u32) -> String {
    format!("{SURVEY_SYSTEM}:{survey_id}|{version}")
}

/// The survey's Questionnaire canonical without its version: what its options' code systems
/// are named under.
fn base(survey_id: Uuid) -> String {
    format!("{SURVEY_SYSTEM}:{survey_id}")
}

/// The code system of a choice question's options, under the Questionnaire's canonical `base`.
fn option_system(base: &str, question: &str) -> String {
    format!("{base}:{question}")
}

fn item_type(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Scale | QuestionKind::Faces => "integer",
        QuestionKind::Single | QuestionKind::Multiple => "choice",
        QuestionKind::YesNo => "boolean",
        QuestionKind::ShortText => "string",
        QuestionKind::LongText => "text",
    }
}

/// An answer as FHIR's `value[x]` (or `answer[x]` in a condition, with `prefix` "answer").
fn value(prefix: &str, base: &str, question: &str, answer: &Answer, label: impl Fn(&str) -> String) -> Vec<Value> {
    let coding =
        |id: &str| json!({ format!("{prefix}Coding"): {"system": option_system(base, question), "code": id, "display": label(id)} });
    match answer {
        Answer::Number(n) => vec![json!({ format!("{prefix}Integer"): n })],
        Answer::Choice(id) => vec![coding(id)],
        Answer::Choices(ids) => ids.iter().map(|id| coding(id)).collect(),
        Answer::YesNo(yes) => vec![json!({ format!("{prefix}Boolean"): yes })],
        Answer::Text(text) => vec![json!({ format!("{prefix}String"): text })],
    }
}

fn option_label<'a>(draft: &'a SurveyDraft, question: &'a str) -> impl Fn(&str) -> String + 'a {
    move |id: &str| {
        draft
            .questions
            .iter()
            .find(|q| q.id == question)
            .and_then(|q| q.options.iter().find(|option| option.id == id))
            .map_or_else(|| id.to_owned(), |option| option.wording.clone())
    }
}

/// One version as a Questionnaire: its questions in order, with options as codings and
/// "show if" as `enableWhen`.
pub fn questionnaire(survey_id: Uuid, version: u32, draft: &SurveyDraft, published: bool) -> Value {
    let identifier = survey_id.to_string();
    let status = if published { "active" } else { "draft" };
    questionnaire_under(&base(survey_id), (SURVEY_SYSTEM, &identifier), &format!("{survey_id}-{version}"), version, draft, status)
}

/// As [`questionnaire`], for one whose canonical (without version) is `base`, identified by
/// `identifier` (system, value), with the resource id `id` and `status` (draft, active, retired).
pub fn questionnaire_under(base: &str, identifier: (&str, &str), id: &str, version: u32, draft: &SurveyDraft, status: &str) -> Value {
    let items: Vec<Value> = draft
        .questions
        .iter()
        .map(|question| {
            let mut item = json!({
                "linkId": question.id,
                "text": question.wording,
                "type": item_type(question.kind),
                "required": question.required,
            });
            if question.kind == QuestionKind::Multiple {
                item["repeats"] = json!(true);
            }
            if !question.options.is_empty() {
                item["answerOption"] = question
                    .options
                    .iter()
                    .map(|option| json!({"valueCoding": {"system": option_system(base, &question.id), "code": option.id, "display": option.wording}}))
                    .collect();
            }
            if let Some(show_if) = &question.show_if {
                let mut conditions = value("answer", base, &show_if.question, &show_if.equals, option_label(draft, &show_if.question));
                for condition in &mut conditions {
                    condition["question"] = json!(show_if.question);
                    condition["operator"] = json!("=");
                }
                item["enableWhen"] = Value::Array(conditions);
            }
            item
        })
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "id": id,
        "url": base,
        "identifier": [{"system": identifier.0, "value": identifier.1}],
        "version": version.to_string(),
        "title": draft.title,
        "status": status,
        "subjectType": ["Patient"],
        "purpose": draft.purpose,
        "item": items,
    })
}

/// The answers as QuestionnaireResponse items, in the survey's order.
pub fn items(survey_id: Uuid, draft: &SurveyDraft, answers: &Answers) -> Vec<Value> {
    items_under(&base(survey_id), draft, answers)
}

/// As [`items`], for a Questionnaire whose canonical (without version) is `base`.
pub fn items_under(base: &str, draft: &SurveyDraft, answers: &Answers) -> Vec<Value> {
    draft
        .questions
        .iter()
        .filter_map(|question| {
            let answer = answers.get(&question.id)?;
            Some(json!({
                "linkId": question.id,
                "text": question.wording,
                "answer": value("value", base, &question.id, answer, option_label(draft, &question.id)),
            }))
        })
        .collect()
}

/// One response. A named one says who (Tandem's id for the person); an anonymous one carries
/// only the day it was given.
pub fn questionnaire_response(survey_id: Uuid, draft: &SurveyDraft, response: &StoredResponse) -> Value {
    let authored = match response.answered_at {
        Some(at) => at.format(&Rfc3339).unwrap_or_default(),
        None => response.answered_on.to_string(),
    };
    let mut resource = json!({
        "resourceType": "QuestionnaireResponse",
        "id": response.id.to_string(),
        "identifier": {"system": RESPONSE_SYSTEM, "value": response.id.to_string()},
        "questionnaire": questionnaire_url(survey_id, response.version),
        "status": "completed",
        "authored": authored,
        "item": items(survey_id, draft, &response.answers),
    });
    if let Some((person, name)) = &response.person {
        let reference = json!({"identifier": {"system": TANDEM_PERSON_SYSTEM, "value": person.to_string()}, "display": name});
        if response.answered_as == "young_person" {
            resource["subject"] = reference.clone();
        }
        resource["author"] = reference;
    }
    resource
}

/// A Bundle (collection) of every published version's Questionnaire and each response, written
/// in pieces so an export streams however many responses there are: [`BundleWriter::start`],
/// [`BundleWriter::entry`] per response, then [`BundleWriter::END`].
pub struct BundleWriter<'a> {
    survey: &'a StoredSurvey,
    entries: usize,
}

impl<'a> BundleWriter<'a> {
    pub const END: &'static str = "]}";

    /// The Bundle up to its entries, with the Questionnaires in it.
    pub fn start(survey: &'a StoredSurvey, now: OffsetDateTime) -> (BundleWriter<'a>, String) {
        let timestamp = Value::String(now.format(&Rfc3339).unwrap_or_default());
        let mut writer = BundleWriter { survey, entries: 0 };
        let mut text = format!(r#"{{"resourceType":"Bundle","type":"collection","timestamp":{timestamp},"entry":["#);
        for version in survey.versions.iter().filter(|version| version.published) {
            let entry = json!({
                "fullUrl": questionnaire_url(survey.id, version.version).replace('|', ":v"),
                "resource": questionnaire(survey.id, version.version, &version.request.survey, true),
            });
            text.push_str(&writer.separated(&entry));
        }
        (writer, text)
    }

    /// A response's entry, after a comma when it is not the first; none for a version the
    /// survey does not have.
    pub fn entry(&mut self, response: &StoredResponse) -> Option<String> {
        let version = self.survey.version(response.version)?;
        let entry = json!({
            "fullUrl": format!("urn:uuid:{}", response.id),
            "resource": questionnaire_response(self.survey.id, &version.request.survey, response),
        });
        Some(self.separated(&entry))
    }

    fn separated(&mut self, entry: &Value) -> String {
        self.entries += 1;
        if self.entries == 1 {
            entry.to_string()
        } else {
            format!(",{entry}")
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tandem_domain::surveys::api::{Reach, SurveyRequest};
    use tandem_domain::surveys::{templates, Answer, Answers};
    use time::macros::{date, datetime};

    use super::*;
    use crate::relay::r4::r4_problems;
    use crate::surveys::StoredVersion;

    fn survey() -> StoredSurvey {
        // The carers' closure feedback: choices, a yes/no and a question shown only for "no".
        let draft = templates().into_iter().find(|t| t.questions.iter().any(|q| q.show_if.is_some())).unwrap();
        let request = SurveyRequest { survey: draft, reach: Reach::Service, opens_on: "2026-11-01".into(), closes_on: "2026-12-01".into() };
        StoredSurvey { id: Uuid::nil(), versions: vec![StoredVersion { version: 1, request, published: true }], responses: 1 }
    }

    /// The Bundle as an export writes it, read back.
    fn bundle(survey: &StoredSurvey, responses: &[StoredResponse]) -> Value {
        let (mut writer, mut text) = BundleWriter::start(survey, datetime!(2026-11-23 12:00 UTC));
        for response in responses {
            text.extend(writer.entry(response));
        }
        text.push_str(BundleWriter::END);
        serde_json::from_str(&text).unwrap()
    }

    fn answers(survey: &StoredSurvey) -> Answers {
        let draft = &survey.versions[0].request.survey;
        let mut answers = Answers::new();
        for question in &draft.questions {
            let answer = match question.kind {
                QuestionKind::Scale => Answer::Number(7),
                QuestionKind::Faces => Answer::Number(4),
                QuestionKind::Single => Answer::Choice(question.options[0].id.clone()),
                QuestionKind::Multiple => Answer::Choices(question.options.iter().take(2).map(|o| o.id.clone()).collect()),
                QuestionKind::YesNo => Answer::YesNo(true),
                QuestionKind::ShortText | QuestionKind::LongText => Answer::Text("<b>not bold</b>".into()),
            };
            answers.insert(question.id.clone(), answer);
        }
        answers
    }

    #[test]
    fn a_survey_and_its_responses_are_valid_r4_with_show_if_as_enable_when() {
        let survey = survey();
        let named = StoredResponse {
            id: Uuid::now_v7(),
            version: 1,
            person: Some((Uuid::now_v7(), "Dee".into())),
            answered_as: "carer".into(),
            programme_id: None,
            answers: answers(&survey),
            answered_on: date!(2026 - 11 - 23),
            answered_at: Some(datetime!(2026-11-23 10:00 UTC)),
        };
        let anonymous = StoredResponse { person: None, answered_at: None, ..named.clone() };
        let bundle = bundle(&survey, &[named, anonymous]);
        assert_eq!(r4_problems(&bundle), Vec::<String>::new());
        let entries = bundle["entry"].as_array().unwrap();
        assert_eq!(entries.len(), 3);
        let questionnaire = &entries[0]["resource"];
        let conditional = questionnaire["item"].as_array().unwrap().iter().find(|i| i["enableWhen"].is_array()).unwrap();
        assert_eq!(conditional["enableWhen"][0]["operator"], "=");
        let response = &entries[1]["resource"];
        assert_eq!(response["questionnaire"], questionnaire_url(Uuid::nil(), 1));
        assert_eq!(response["author"]["display"], "Dee");
        assert!(response.get("subject").is_none(), "a carer is the author, not the subject");
        let texts: Vec<&Value> = response["item"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|i| i["answer"].as_array().unwrap())
            .filter_map(|a| a.get("valueString"))
            .collect();
        assert!(texts.iter().all(|t| *t == &json!("<b>not bold</b>")));
        let anonymous = &entries[2]["resource"];
        assert_eq!(anonymous["authored"], "2026-11-23");
        assert!(anonymous.get("author").is_none() && anonymous.get("subject").is_none());
    }

    #[test]
    fn the_checker_catches_a_broken_questionnaire() {
        let survey = survey();
        let mut questionnaire = questionnaire(survey.id, 1, &survey.versions[0].request.survey, true);
        questionnaire["status"] = json!("live");
        questionnaire["item"][0]["type"] = json!("scale");
        questionnaire["item"][0]["answerOption"] = json!([{"valueString": "a"}]);
        questionnaire["item"][1]["enableWhen"] = json!([{"question": "nowhere", "operator": "=", "answerBoolean": true}]);
        let problems = r4_problems(&questionnaire);
        for expected in
            ["status", "item.type (1..1)", "answerOption only on choice items (que-5)", "enableWhen.question (an item's linkId)"]
        {
            assert!(problems.iter().any(|p| p == expected), "{expected} not caught in {problems:?}");
        }
    }
}
