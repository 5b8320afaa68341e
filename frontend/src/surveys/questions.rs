//! The questions of a survey or a form, as the desk edits them: each question's kind, standard
//! and easy-read wording, help, the named part it starts, whether it must be answered, its
//! options, and "show only when an earlier answer was...", with moving, adding and removing. The
//! survey builder and the service's form editor (`assessments::editor`) both use it, each on its
//! own draft.

use std::rc::Rc;

use tandem_domain::surveys::{Answer, Choice, Question, QuestionKind, ShowIf, SurveyDraft};
use tandem_domain::FieldError;
use yew::prelude::*;

use crate::components::field_error::beside;
use crate::i18n::Messages;

/// A change an input makes to the draft, given the input's value.
pub type Change = Rc<dyn Fn(&mut SurveyDraft, String)>;
/// A change a button makes.
pub type Action = Rc<dyn Fn(&mut SurveyDraft)>;

/// The input a refusal of `<prefix>.questions.<n>` is about (its wording), if it is about one.
pub fn input_of_question(field: &str, prefix: &str) -> Option<String> {
    let index = field.strip_prefix(prefix)?.strip_prefix(".questions.")?;
    Some(format!("q{index}-wording"))
}

/// Whether a refusal of `field` shows beside an input of its own, in an editor of a draft whose
/// fields are `<prefix>.title`, `.purpose`, `.audience` and `.questions.<n>`, with `also` fields
/// of its own. Any other refusal shows below the form, so none goes unseen.
pub fn has_own_place(field: &str, prefix: &str, also: &[&str]) -> bool {
    let of_draft = field.strip_prefix(prefix).and_then(|rest| rest.strip_prefix('.'));
    matches!(of_draft, Some("title" | "purpose" | "audience")) || also.contains(&field) || input_of_question(field, prefix).is_some()
}

/// Every question of `draft` with its editor, a refusal beside the question it names (fields
/// `<prefix>.questions.<n>`), and a button to add one.
pub fn questions_editor(
    t: &Messages,
    draft: &SurveyDraft,
    refused: Option<&FieldError>,
    prefix: &str,
    edit: &dyn Fn(Change) -> Callback<Event>,
    click: &dyn Fn(Action) -> Callback<MouseEvent>,
) -> Html {
    html! {
        <>
            <h2>{ t.get("survey-questions") }</h2>
            <ol class="question-list">
                { for draft.questions.iter().enumerate().map(|(index, question)| html! {
                    <li key={question.id.clone()}>
                        { question_editor(t, index, draft, edit, click) }
                        { beside(t, refused, &format!("{prefix}.questions.{index}"), &format!("q{index}-wording")) }
                    </li>
                }) }
            </ol>
            <p>
                <button type="button" class="button secondary" onclick={click(Rc::new(|r: &mut SurveyDraft| { let q = new_question(&r.questions); r.questions.push(q); }))}>
                    { t.get("survey-add-question") }
                </button>
            </p>
        </>
    }
}

/// A fresh id like `q3`: short, stable, and what the CSV's header and FHIR's linkId carry.
fn fresh_id(prefix: &str, taken: &[&str]) -> String {
    (1..).map(|n| format!("{prefix}{n}")).find(|id| !taken.contains(&id.as_str())).unwrap_or_else(|| prefix.to_owned())
}

pub fn new_question(existing: &[Question]) -> Question {
    let taken: Vec<&str> = existing.iter().map(|q| q.id.as_str()).collect();
    Question {
        id: fresh_id("q", &taken),
        kind: QuestionKind::Scale,
        wording: String::new(),
        easy_read: String::new(),
        help: String::new(),
        required: true,
        options: Vec::new(),
        show_if: None,
        section: String::new(),
    }
}

fn kind_of(raw: &str) -> QuestionKind {
    match raw {
        "faces" => QuestionKind::Faces,
        "single" => QuestionKind::Single,
        "multiple" => QuestionKind::Multiple,
        "yes_no" => QuestionKind::YesNo,
        "short_text" => QuestionKind::ShortText,
        "long_text" => QuestionKind::LongText,
        _ => QuestionKind::Scale,
    }
}

fn kind_value(kind: QuestionKind) -> &'static str {
    match kind {
        QuestionKind::Scale => "scale",
        QuestionKind::Faces => "faces",
        QuestionKind::Single => "single",
        QuestionKind::Multiple => "multiple",
        QuestionKind::YesNo => "yes_no",
        QuestionKind::ShortText => "short_text",
        QuestionKind::LongText => "long_text",
    }
}

/// The answers a "show if" may name for an earlier question: its options, yes or no, numbers.
fn answers_for(question: &Question) -> Vec<(String, Answer)> {
    match question.kind {
        QuestionKind::Single | QuestionKind::Multiple => {
            question.options.iter().map(|o| (o.wording.clone(), Answer::Choice(o.id.clone()))).collect()
        }
        QuestionKind::YesNo => vec![("yes".into(), Answer::YesNo(true)), ("no".into(), Answer::YesNo(false))],
        QuestionKind::Scale => (0..=10).map(|n| (n.to_string(), Answer::Number(n))).collect(),
        QuestionKind::Faces => (1..=5).map(|n| (n.to_string(), Answer::Number(n))).collect(),
        QuestionKind::ShortText | QuestionKind::LongText => Vec::new(),
    }
}

fn answer_key(answer: &Answer) -> String {
    match answer {
        Answer::Number(n) => format!("n:{n}"),
        Answer::Choice(id) => format!("c:{id}"),
        Answer::Choices(ids) => format!("c:{}", ids.join(",")),
        Answer::YesNo(yes) => format!("y:{yes}"),
        Answer::Text(text) => format!("t:{text}"),
    }
}

/// One question's fields. `earlier` are the questions before it (the only ones "show if" may
/// name).
fn question_editor(
    t: &Messages,
    index: usize,
    draft: &SurveyDraft,
    edit: &dyn Fn(Change) -> Callback<Event>,
    click: &dyn Fn(Action) -> Callback<MouseEvent>,
) -> Html {
    let (question, earlier, count) = (&draft.questions[index], &draft.questions[..index], draft.questions.len());
    let field = |name: &str| format!("q{index}-{name}");
    let number = index + 1;
    let with = move |f: fn(&mut Question, String)| -> Change {
        Rc::new(move |r: &mut SurveyDraft, v: String| {
            if let Some(q) = r.questions.get_mut(index) {
                f(q, v);
            }
        })
    };
    let show_if_value = question.show_if.as_ref().map(|s| format!("{}|{}", s.question, answer_key(&s.equals))).unwrap_or_default();
    let conditions: Vec<(String, String)> = earlier
        .iter()
        .flat_map(|q| {
            answers_for(q).into_iter().map(move |(label, answer)| {
                (
                    format!("{}|{}", q.id, answer_key(&answer)),
                    format!("{} = {}", if q.wording.is_empty() { q.id.clone() } else { q.wording.clone() }, label),
                )
            })
        })
        .collect();
    let set_show_if = {
        let earlier = earlier.to_vec();
        Rc::new(move |r: &mut SurveyDraft, v: String| {
            let chosen = v.split_once('|').and_then(|(qid, key)| {
                let q = earlier.iter().find(|q| q.id == qid)?;
                let (_, answer) = answers_for(q).into_iter().find(|(_, a)| answer_key(a) == key)?;
                Some(ShowIf { question: qid.to_owned(), equals: answer })
            });
            if let Some(q) = r.questions.get_mut(index) {
                q.show_if = chosen;
            }
        })
    };
    let has_options = matches!(question.kind, QuestionKind::Single | QuestionKind::Multiple);
    html! {
        <fieldset class="question-editor">
            <legend>{ t.get_with("survey-question-number", &[("number", number.into())]) }</legend>
            <div class="field">
                <label for={field("section")}>{ t.get("survey-question-section") }</label>
                <p class="hint" id={field("section-hint")}>{ t.get("survey-question-section-hint") }</p>
                <input id={field("section")} type="text" maxlength="300" value={question.section.clone()}
                    aria-describedby={field("section-hint")} onchange={edit(with(|q, v| q.section = v))} />
            </div>
            <div class="field">
                <label for={field("kind")}>{ t.get("survey-question-kind") }</label>
                <select id={field("kind")} onchange={edit(with(|q, v| {
                    q.kind = kind_of(&v);
                    if matches!(q.kind, QuestionKind::Single | QuestionKind::Multiple) {
                        if q.options.len() < 2 {
                            q.options = vec![Choice { id: "o1".into(), wording: String::new(), easy_read: String::new() }, Choice { id: "o2".into(), wording: String::new(), easy_read: String::new() }];
                        }
                    } else {
                        q.options.clear();
                    }
                }))}>
                    { for [
                        (QuestionKind::Scale, t.get("survey-kind-scale")), (QuestionKind::Faces, t.get("survey-kind-faces")),
                        (QuestionKind::Single, t.get("survey-kind-single")), (QuestionKind::Multiple, t.get("survey-kind-multiple")),
                        (QuestionKind::YesNo, t.get("survey-kind-yes-no")), (QuestionKind::ShortText, t.get("survey-kind-short-text")),
                        (QuestionKind::LongText, t.get("survey-kind-long-text")),
                    ].into_iter().map(|(kind, label)| html! { <option value={kind_value(kind)} selected={kind == question.kind}>{ label }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for={field("wording")}>{ t.get("survey-question-wording") }</label>
                <input id={field("wording")} type="text" maxlength="300" value={question.wording.clone()} onchange={edit(with(|q, v| q.wording = v))} />
            </div>
            <div class="field">
                <label for={field("easy")}>{ t.get("survey-question-easy-read") }</label>
                <input id={field("easy")} type="text" maxlength="300" value={question.easy_read.clone()} onchange={edit(with(|q, v| q.easy_read = v))} />
            </div>
            <div class="field">
                <label for={field("help")}>{ t.get("survey-question-help") }</label>
                <input id={field("help")} type="text" maxlength="300" value={question.help.clone()} onchange={edit(with(|q, v| q.help = v))} />
            </div>
            <div class="check-row">
                <input id={field("required")} type="checkbox" checked={question.required} onchange={edit(with(|q, v| q.required = v == "true"))} />
                <label for={field("required")}>{ t.get("survey-question-required") }</label>
            </div>
            if has_options {
                <fieldset class="options">
                    <legend>{ t.get("survey-question-options") }</legend>
                    { for question.options.iter().enumerate().map(|(o, option)| {
                        let id = field(&format!("option-{o}"));
                        let set: Change = Rc::new(move |r: &mut SurveyDraft, v: String| {
                            if let Some(option) = r.questions.get_mut(index).and_then(|q| q.options.get_mut(o)) {
                                option.wording = v;
                            }
                        });
                        let remove = click(Rc::new(move |r: &mut SurveyDraft| {
                            if let Some(q) = r.questions.get_mut(index) {
                                if o < q.options.len() {
                                    q.options.remove(o);
                                }
                            }
                        }));
                        html! {
                            <div class="field inline">
                                <label for={id.clone()}>{ t.get_with("survey-option-number", &[("number", (o + 1).into())]) }</label>
                                <input id={id} type="text" maxlength="300" value={option.wording.clone()} onchange={edit(set)} />
                                <button type="button" class="button secondary" onclick={remove}
                                    aria-label={t.get_with("survey-remove-option", &[("number", (o + 1).into())])}>{ "×" }</button>
                            </div>
                        }
                    }) }
                    <button type="button" class="button secondary" onclick={click(Rc::new(move |r: &mut SurveyDraft| {
                        if let Some(q) = r.questions.get_mut(index) {
                            let taken: Vec<String> = q.options.iter().map(|o| o.id.clone()).collect();
                            let taken: Vec<&str> = taken.iter().map(String::as_str).collect();
                            let id = fresh_id("o", &taken);
                            q.options.push(Choice { id, wording: String::new(), easy_read: String::new() });
                        }
                    }))}>{ t.get("survey-add-option") }</button>
                </fieldset>
            }
            if index > 0 {
                <div class="field">
                    <label for={field("show-if")}>{ t.get("survey-question-show-if") }</label>
                    <select id={field("show-if")} onchange={edit(set_show_if)}>
                        <option value="" selected={show_if_value.is_empty()}>{ t.get("survey-show-always") }</option>
                        { for conditions.into_iter().map(|(value, label)| html! { <option selected={value == show_if_value} value={value.clone()}>{ label }</option> }) }
                    </select>
                </div>
            }
            <div class="actions">
                if index > 0 {
                    <button type="button" class="button secondary" onclick={click(Rc::new(move |r: &mut SurveyDraft| r.questions.swap(index - 1, index)))}>
                        { t.get("survey-move-up") }
                    </button>
                }
                if index + 1 < count {
                    <button type="button" class="button secondary" onclick={click(Rc::new(move |r: &mut SurveyDraft| r.questions.swap(index, index + 1)))}>
                        { t.get("survey-move-down") }
                    </button>
                }
                if count > 1 {
                    <button type="button" class="button secondary" onclick={click(Rc::new(move |r: &mut SurveyDraft| { r.questions.remove(index); }))}>
                        { t.get("survey-remove-question") }
                    </button>
                }
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::has_own_place;

    #[wasm_bindgen_test]
    fn a_refusal_with_no_input_of_its_own_is_shown_below_the_form() {
        let also = ["opens_on", "closes_on"];
        for beside in ["survey.title", "survey.audience", "survey.questions.2", "closes_on"] {
            assert!(has_own_place(beside, "survey", &also), "{beside}");
        }
        for below in ["", "survey.questions", "survey.anonymous", "programme_id", "form.title"] {
            assert!(!has_own_place(below, "survey", &also), "{below}");
        }
        assert!(has_own_place("form.purpose", "form", &[]));
    }
}
