//! A case's forms for its worker: ask the young person or a carer for one (by a day, for a
//! purpose), see which are waiting or overdue, and read the answers side by side, grouped by
//! what they were for, each beside its questions, with what changed on each scale since that
//! person's previous form, in words and as a small picture.

use tandem_domain::accounts::api::{PersonSummary, YoungPersonDetail};
use tandem_domain::accounts::Role;
use tandem_domain::assessments::api::{AssignRequest, CaseForm, FormStatus, FormSummary};
use tandem_domain::assessments::{parse_due_on, FormKind, Purpose, ScaleChange};
use tandem_domain::surveys::{parts, Answer, Answers, Question, QuestionKind, Respondents};
use tandem_domain::sync::OperationId;
use tandem_domain::{ErrorCode, FieldError};
use yew::prelude::*;

use crate::components::dates::{day_in_words, now, service_day};
use crate::components::field_error::{aria_invalid, beside, described_by, focus, general};
use crate::components::value_of;
use crate::components::DateField;
use crate::i18n::{use_i18n, Messages};
use crate::routes::{Link, Route};

const PURPOSES: [Purpose; 4] = [Purpose::Assessment, Purpose::ReviewMeeting, Purpose::Closure, Purpose::Induction];

fn purpose_words(t: &Messages, purpose: Purpose) -> String {
    t.get(&format!("staff-forms-purpose-{}", purpose.as_str()))
}

#[derive(Properties, PartialEq)]
pub struct StaffFormsProps {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq)]
struct Loaded {
    forms: Vec<CaseForm>,
    available: Vec<FormSummary>,
    detail: YoungPersonDetail,
}

#[function_component(StaffFormsPage)]
pub fn staff_forms_page(props: &StaffFormsProps) -> Html {
    let t = use_i18n();
    let loaded = use_state(|| None::<Result<Loaded, ErrorCode>>);
    let tick = use_state(|| 0u32);
    use_effect_with((props.id.clone(), *tick), {
        let loaded = loaded.clone();
        move |(id, _)| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let read = async {
                    Ok(Loaded {
                        forms: super::api::case_forms(&id).read().await?,
                        available: super::api::forms().read().await?,
                        detail: crate::people::api::young_person(&id).read().await?,
                    })
                };
                loaded.set(Some(read.await.map_err(|err: crate::api::ReadError| err.code())));
            });
        }
    });
    let back =
        html! { <p><Link to={Route::YoungPerson { id: props.id.clone() }} classes="text-link">{ t.get("staff-forms-back") }</Link></p> };
    let loaded = match &*loaded {
        None => return html! { <section class="page wide">{ back }<h1 aria-busy="true">{ t.get("loading") }</h1></section> },
        Some(Err(code)) => {
            return html! { <section class="page wide">{ back }<h1>{ t.get("staff-forms-title") }</h1><p class="error" role="alert">{ t.error(*code) }</p></section> }
        }
        Some(Ok(loaded)) => loaded,
    };
    let made = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(*tick + 1))
    };
    let mut people = vec![loaded.detail.person.clone()];
    people.extend(loaded.detail.carers.iter().cloned());
    // Side by side: the forms of each purpose together, the young person's beside their carers'.
    let purposes: Vec<Purpose> = PURPOSES.into_iter().filter(|purpose| loaded.forms.iter().any(|form| form.purpose == *purpose)).collect();
    html! {
        <section class="page wide staff-forms">
            { back }
            <h1>{ t.get_with("staff-forms-heading", &[("name", loaded.detail.person.display_name.clone().into())]) }</h1>
            if loaded.forms.is_empty() { <p>{ t.get("staff-forms-none") }</p> }
            { for purposes.into_iter().map(|purpose| html! {
                <section class="form-group" key={purpose.as_str()}>
                    <h2>{ purpose_words(&t, purpose) }</h2>
                    <div class="side-by-side">
                        { for side_by_side(&loaded.forms, purpose).into_iter().map(|form| form_card(&t, form)) }
                    </div>
                </section>
            }) }
            <h2>{ t.get("staff-forms-ask") }</h2>
            <AskForm young_person={props.id.clone()} {people} available={loaded.available.clone()} {made} />
        </section>
    }
}

/// The forms of one purpose: the young person's first, then their carers', newest first.
fn side_by_side(forms: &[CaseForm], purpose: Purpose) -> Vec<&CaseForm> {
    let mut kept: Vec<&CaseForm> = forms.iter().rev().filter(|form| form.purpose == purpose).collect();
    kept.sort_by_key(|form| form.answered_as != "young_person");
    kept
}

fn status_words(t: &Messages, form: &CaseForm) -> String {
    match (form.status, &form.answered_on) {
        (FormStatus::Answered, Some(day)) => t.get_with("staff-forms-status-answered", &[("date", day_in_words(t, day).into())]),
        (FormStatus::Overdue, _) => t.get_with("staff-forms-status-overdue", &[("date", day_in_words(t, &form.due_on).into())]),
        _ => t.get_with("staff-forms-status-waiting", &[("date", day_in_words(t, &form.due_on).into())]),
    }
}

/// One answer in words, as the worker reads it.
fn answer_words(t: &Messages, question: &Question, answer: &Answer) -> String {
    let option =
        |id: &str| question.options.iter().find(|option| option.id == id).map_or_else(|| id.to_owned(), |option| option.wording.clone());
    match answer {
        Answer::Number(n) if question.kind != QuestionKind::Faces => t.get_with("staff-forms-out-of-ten", &[("score", (*n).into())]),
        Answer::Choice(id) => option(id),
        Answer::Choices(ids) => ids.iter().map(|id| option(id)).collect::<Vec<_>>().join(", "),
        Answer::Text(text) => text.clone(),
        // A face, "Yes" or "No": as the survey results word them.
        Answer::Number(_) | Answer::YesNo(_) => crate::surveys::answer_in_words(t, question.kind, answer).unwrap_or_default(),
    }
}

fn change_words(t: &Messages, change: &ScaleChange) -> String {
    let id = match change.after.cmp(&change.before) {
        std::cmp::Ordering::Greater => "staff-forms-change-up",
        std::cmp::Ordering::Less => "staff-forms-change-down",
        std::cmp::Ordering::Equal => "staff-forms-change-same",
    };
    t.get_with(id, &[("question", change.wording.clone().into()), ("before", change.before.into()), ("after", change.after.into())])
}

/// Before and after on one scale, as two bars out of 10; the words beside it say the same.
fn change_picture(words: &str, change: &ScaleChange) -> Html {
    let width = |score: u8| (u32::from(score.min(10)) * 10).to_string();
    html! {
        <svg class="change" viewBox="0 0 100 18" role="img" aria-label={words.to_owned()} focusable="false">
            <rect x="0" y="0" width={width(change.before)} height="7" class="bar before" />
            <rect x="0" y="10" width={width(change.after)} height="7" class="bar" />
        </svg>
    }
}

/// One question and its answer, with last time's beside it where the question is not a scale.
fn answer_row(t: &Messages, form: &CaseForm, answers: &Answers, question: &Question) -> Html {
    let given = match answers.get(&question.id) {
        Some(answer) => answer_words(t, question, answer),
        None if form.declined.contains(&question.id) => t.get("staff-forms-declined"),
        None => t.get("staff-forms-not-answered"),
    };
    // Scales are compared above; own words and choices are read beside last time's.
    let last_time = form
        .previous_answers
        .as_ref()
        .and_then(|previous| previous.get(&question.id))
        .filter(|_| !matches!(question.kind, QuestionKind::Scale | QuestionKind::Faces))
        .map(|answer| answer_words(t, question, answer));
    // Their own words keep their own language.
    html! {
        <>
            <dt>{ question.wording.clone() }</dt>
            <dd dir="auto">{ given }</dd>
            if let Some(words) = last_time {
                <dd class="last-time" dir="auto">{ t.get_with("staff-forms-last-time", &[("answer", words.into())]) }</dd>
            }
        </>
    }
}

fn form_card(t: &Messages, form: &CaseForm) -> Html {
    let answers = form.answers.as_ref();
    html! {
        <article class="form-card" key={form.id.to_string()}>
            <h3>{ t.get_with("staff-forms-by", &[("title", form.title.clone().into()), ("name", form.person.clone().into())]) }</h3>
            <p class={classes!("badge", format!("form-{:?}", form.status).to_lowercase())}>{ status_words(t, form) }</p>
            if form.withheld { <p class="notice">{ t.get("staff-forms-withheld") }</p> }
            if form.form == FormKind::AboutMe && answers.is_some() { <p class="notice">{ t.get("staff-forms-worker-only") }</p> }
            if !form.changes.is_empty() {
                <h4>{ t.get_with("staff-forms-changes", &[("date", day_in_words(t, form.compared_with.as_deref().unwrap_or_default()).into())]) }</h4>
                <ul class="changes">
                    { for form.changes.iter().map(|change| {
                        let words = change_words(t, change);
                        html! { <li>{ change_picture(&words, change) }<span>{ words }</span></li> }
                    }) }
                </ul>
            }
            if let Some(answers) = answers {
                { for parts(&form.draft.questions).into_iter().map(|(part, questions)| html! {
                    <>
                        if let Some(part) = part { <h4 class="form-part">{ part }</h4> }
                        <dl class="answers">{ for questions.iter().map(|question| answer_row(t, form, answers, question)) }</dl>
                    </>
                }) }
            }
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct AskProps {
    young_person: String,
    /// The young person first, then their carers.
    people: Vec<PersonSummary>,
    available: Vec<FormSummary>,
    made: Callback<()>,
}

/// The forms `person` can be asked for: carers' for a carer, the rest for the young person.
fn forms_for<'a>(available: &'a [FormSummary], person: Option<&PersonSummary>) -> Vec<&'a FormSummary> {
    let carer = person.is_some_and(|person| person.role == Role::Carer);
    available.iter().filter(|form| (form.draft.respondents == Respondents::Carers) == carer).collect()
}

/// Asks one person for one form, sent once per filling-in.
#[function_component(AskForm)]
fn ask_form(props: &AskProps) -> Html {
    let t = use_i18n();
    let person = use_state(|| props.people.first().map(|person| person.id));
    let form = use_state(|| None::<FormKind>);
    let purpose = use_state(|| Purpose::Assessment);
    let due_on = use_state(|| service_day(14));
    let key = use_state(OperationId::new_v7);
    let refused = use_state(|| None::<FieldError>);
    let done = use_state(|| false);
    let chosen_person = props.people.iter().find(|candidate| Some(candidate.id) == *person);
    let choices = forms_for(&props.available, chosen_person);
    let chosen_form =
        (*form).filter(|kind| choices.iter().any(|choice| choice.form == *kind)).or_else(|| choices.first().map(|choice| choice.form));
    let submit = {
        let (person, purpose, due_on, key, refused, done, made) =
            (*person, *purpose, due_on.clone(), key.clone(), refused.clone(), done.clone(), props.made.clone());
        let path = super::api::case_forms_path(&props.young_person);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(person_id), Some(form)) = (person, chosen_form) else { return };
            let today = tandem_domain::appointments::to_london(now()).date();
            if let Err(code) = parse_due_on(&due_on, today) {
                done.set(false);
                refused.set(Some(FieldError { field: "due_on".into(), code }));
                return focus("f-due");
            }
            let request = AssignRequest { person_id, form, purpose, due_on: (*due_on).clone() };
            let (path, key, refused, done, made) = (path.clone(), key.clone(), refused.clone(), done.clone(), made.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::post_once::<serde::de::IgnoredAny>(&path, &request, &key).await {
                    Ok(_) => {
                        refused.set(None);
                        done.set(true);
                        made.emit(());
                    }
                    Err(err) => {
                        let code = err.code();
                        let (field, input) = match code {
                            ErrorCode::DueDateOutOfRange | ErrorCode::InvalidDate => ("due_on", "f-due"),
                            ErrorCode::FormNotForPerson => ("form", "f-form"),
                            _ => ("", ""),
                        };
                        done.set(false);
                        if field.is_empty() {
                            refused.set(Some(general(code)));
                        } else {
                            refused.set(Some(FieldError { field: field.into(), code }));
                            focus(input);
                        }
                    }
                }
            });
        })
    };
    let on_person = {
        let person = person.clone();
        Callback::from(move |event: Event| person.set(value_of(&event).parse().ok()))
    };
    let on_form = {
        let form = form.clone();
        Callback::from(move |event: Event| form.set(FormKind::parse(&value_of(&event))))
    };
    let on_purpose = {
        let purpose = purpose.clone();
        Callback::from(move |event: Event| purpose.set(Purpose::parse(&value_of(&event)).unwrap_or(Purpose::Assessment)))
    };
    let on_due = {
        let due_on = due_on.clone();
        Callback::from(move |value: String| due_on.set(value))
    };
    let refused = (*refused).clone();
    let refused = refused.as_ref();
    html! {
        <form class="stack" onsubmit={submit}>
            if let Some(refusal) = refused.filter(|refusal| refusal.field.is_empty()) { <p class="error" role="alert">{ t.error(refusal.code) }</p> }
            if *done { <p class="notice" role="status">{ t.get("staff-forms-asked") }</p> }
            <div class="field">
            <label for="f-person">{ t.get("staff-forms-person") }</label>
            <select id="f-person" onchange={on_person}>
                { for props.people.iter().map(|candidate| html! {
                    <option value={candidate.id.to_string()} selected={Some(candidate.id) == *person}>{ candidate.display_name.clone() }</option>
                }) }
            </select>
            </div>
            <div class="field">
            <label for="f-form">{ t.get("staff-forms-form") }</label>
            <select id="f-form" onchange={on_form} aria-invalid={aria_invalid(refused, "form")} aria-describedby={described_by(refused, "form", "f-form", None)}>
                { for choices.iter().map(|choice| html! {
                    <option value={choice.form.as_str()} selected={Some(choice.form) == chosen_form}>{ choice.title.clone() }</option>
                }) }
            </select>
            { beside(&t, refused, "form", "f-form") }
            </div>
            <div class="field">
            <label for="f-purpose">{ t.get("staff-forms-purpose") }</label>
            <select id="f-purpose" onchange={on_purpose}>
                { for PURPOSES.into_iter().map(|choice| html! {
                    <option value={choice.as_str()} selected={choice == *purpose}>{ purpose_words(&t, choice) }</option>
                }) }
            </select>
            </div>
            <DateField id="f-due" label={t.get("staff-forms-due")} required=true value={(*due_on).clone()} onchange={on_due}
                refused={refused.cloned()} field="due_on" />
            <button type="submit" class="button">{ t.get("staff-forms-send") }</button>
        </form>
    }
}
