//! Consultations at the desk: the list, a builder (who is invited, who will hear the results,
//! dates, and a ballot, statements and an open question), and for each consultation its live
//! results, the proposed statements to approve, the answers to read and tag by theme, the CSV,
//! and the "you said, we did" responses with their status.

use std::rc::Rc;

use tandem_domain::sync::OperationId;
use tandem_domain::voice::api::{
    ConsultationEdit, ConsultationResults, ConsultationSaved, ModerationRequest, ThemesRequest, WeDid, WeDidRequest,
};
use tandem_domain::voice::{About, Activity, ConsultationRequest, Invited, Item, ResponseStatus};
use tandem_domain::{ErrorCode, FieldError};
use uuid::Uuid;
use yew::prelude::*;

use crate::api;
use crate::components::editing::use_editing;
use crate::components::field_error::{self, beside, described_by};
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::{set_field, set_field_to, value_of, DateField};
use crate::i18n::{use_i18n, Messages};
use crate::routes::{use_navigator, Link, Route};

fn status_label(t: &Messages, status: tandem_domain::surveys::api::SurveyStatus) -> String {
    use tandem_domain::surveys::api::SurveyStatus;
    match status {
        SurveyStatus::Draft => t.get("voice-staff-status-draft"),
        SurveyStatus::Upcoming => t.get("voice-staff-status-upcoming"),
        SurveyStatus::Open => t.get("voice-staff-status-open"),
        SurveyStatus::Closed => t.get("voice-staff-status-closed"),
    }
}

fn response_status(t: &Messages, status: ResponseStatus) -> String {
    crate::voice::phone::status_words(t, status)
}

#[function_component(StaffVoicePage)]
pub fn staff_voice_page() -> Html {
    let t = use_i18n();
    let list = use_get(super::api::consultations(), 0);
    let body = match &*list {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(items) if items.is_empty() => html! { <p>{ t.get("voice-staff-none") }</p> },
        Load::Loaded(items) => html! {
            <table class="table">
                <thead><tr>
                    <th scope="col">{ t.get("voice-staff-col-title") }</th>
                    <th scope="col">{ t.get("voice-staff-col-status") }</th>
                    <th scope="col">{ t.get("voice-staff-col-participants") }</th>
                    <th scope="col">{ t.get("voice-staff-col-waiting") }</th>
                    <th scope="col">{ t.get("voice-staff-col-responses") }</th>
                </tr></thead>
                <tbody>
                    { for items.iter().map(|item| html! {
                        <tr key={item.id.to_string()}>
                            <td><Link to={Route::ConsultationResults { id: item.id.to_string() }} classes="text-link">{ item.title.clone() }</Link></td>
                            <td>{ status_label(&t, item.status) }</td>
                            <td>{ item.participants }</td>
                            <td>{ item.waiting_for_approval }</td>
                            <td>{ item.responses }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("voice-staff-title") }</h1>
            <p><Link to={Route::Cabinet} classes="button secondary">{ t.get("cabinet-title") }</Link></p>
            { body }
            <h2>{ t.get("voice-staff-new") }</h2>
            <Builder />
        </section>
    }
}

/// Lines of a text box as items with ids `prefix1`, `prefix2`...
fn items(prefix: &str, lines: &str) -> Vec<Item> {
    lines
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(n, line)| Item { id: format!("{prefix}{}", n + 1), text: line.to_owned() })
        .collect()
}

#[derive(Clone, Default, PartialEq)]
struct Form {
    title: String,
    background: String,
    audience: String,
    invited: String,
    /// The programme whose young people are invited, when `invited` is "programme".
    programme: String,
    opens_on: String,
    closes_on: String,
    anonymous: bool,
    ballot_question: String,
    ballot_options: String,
    ranked: bool,
    statements_prompt: String,
    statements: String,
    proposals: bool,
    question: String,
}

impl Form {
    fn request(&self) -> ConsultationRequest {
        let mut activities = Vec::new();
        if !self.ballot_question.trim().is_empty() {
            activities.push(Activity::Ballot {
                id: "ballot".into(),
                question: self.ballot_question.clone(),
                options: items("issue", &self.ballot_options),
                ranked: self.ranked,
            });
        }
        if !self.statements_prompt.trim().is_empty() {
            activities.push(Activity::Statements {
                id: "statements".into(),
                prompt: self.statements_prompt.clone(),
                statements: items("s", &self.statements),
                proposals: self.proposals,
            });
        }
        if !self.question.trim().is_empty() {
            activities.push(Activity::Question { id: "question".into(), question: self.question.clone(), voice: true });
        }
        ConsultationRequest {
            title: self.title.clone(),
            background: self.background.clone(),
            audience: self.audience.clone(),
            invited: match self.invited.as_str() {
                "cabinet" => Invited::Cabinet,
                "carers" => Invited::Carers,
                "programme" => match self.programme.parse() {
                    Ok(programme_id) => Invited::Programme { programme_id },
                    // Nothing chosen yet: the server refuses an unknown programme.
                    Err(_) => Invited::Programme { programme_id: Uuid::nil() },
                },
                _ => Invited::YoungPeople,
            },
            opens_on: self.opens_on.clone(),
            closes_on: self.closes_on.clone(),
            anonymous: self.anonymous,
            activities,
        }
    }
}

impl From<&ConsultationRequest> for Form {
    /// A saved consultation in the builder's boxes (one line per issue or statement).
    fn from(request: &ConsultationRequest) -> Form {
        let lines = |items: &[Item]| items.iter().map(|item| item.text.as_str()).collect::<Vec<_>>().join("\n");
        let mut form = Form {
            title: request.title.clone(),
            background: request.background.clone(),
            audience: request.audience.clone(),
            invited: match request.invited {
                Invited::Cabinet => "cabinet",
                Invited::YoungPeople => "young_people",
                Invited::Programme { .. } => "programme",
                Invited::Carers => "carers",
            }
            .to_owned(),
            programme: match request.invited {
                Invited::Programme { programme_id } => programme_id.to_string(),
                _ => String::new(),
            },
            opens_on: request.opens_on.clone(),
            closes_on: request.closes_on.clone(),
            anonymous: request.anonymous,
            ranked: true,
            proposals: true,
            ..Form::default()
        };
        for activity in &request.activities {
            match activity {
                Activity::Ballot { question, options, ranked, .. } => {
                    form.ballot_question = question.clone();
                    form.ballot_options = lines(options);
                    form.ranked = *ranked;
                }
                Activity::Statements { prompt, statements, proposals, .. } => {
                    form.statements_prompt = prompt.clone();
                    form.statements = lines(statements);
                    form.proposals = *proposals;
                }
                Activity::Question { question, .. } => form.question = question.clone(),
            }
        }
        form
    }
}

/// The builder's input for a field a refusal names (`ConsultationRequest::check`).
fn input_of(field: &str) -> &'static str {
    match field {
        "title" => "c-title",
        "background" => "c-background",
        "audience" => "c-audience",
        "opens_on" => "c-opens",
        "closes_on" => "c-closes",
        "statements" => "c-prompt",
        "question" => "c-question",
        _ => "c-ballot",
    }
}

/// Open from today for two weeks, until changed.
fn new_form() -> Form {
    use crate::components::dates::service_day;
    Form { anonymous: true, ranked: true, proposals: true, opens_on: service_day(0), closes_on: service_day(14), ..Form::default() }
}

#[derive(Properties, PartialEq)]
struct BuilderProps {
    /// The consultation being edited, as saved; none for a new one.
    #[prop_or_default]
    saved: Option<Rc<ConsultationEdit>>,
}

/// A new consultation is saved and published in one go; a saved one is saved again (once
/// published, the server refuses changes to what people have already answered).
#[function_component(Builder)]
fn builder(props: &BuilderProps) -> Html {
    let t = use_i18n();
    let navigator = use_navigator();
    let editing = use_editing({
        let saved = props.saved.clone();
        move || Some(saved.map_or_else(new_form, |saved| Form::from(&saved.request)))
    });
    let saved_id = props.saved.as_ref().map(|saved| saved.id);
    // Once published people may have answered: what they answered, who is invited and whether
    // it is anonymous stay (the server refuses otherwise), so those fields are not offered.
    let locked = props.saved.as_ref().is_some_and(|saved| saved.published);
    let form = editing.current().unwrap_or_default();
    let error = use_state(|| None::<FieldError>);
    let key = use_state(OperationId::new_v7);
    let programmes = use_get(crate::sessions::api::programmes(), 0);
    let field = |change: fn(&mut Form, String)| editing.field_to(change).reform(|event: Event| value_of(&event));
    let onsubmit = {
        let (editing, error, navigator, key) = (editing.clone(), error.clone(), navigator.clone(), key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = editing.current().unwrap_or_default().request();
            if let Err(refused) = request.check() {
                field_error::focus(input_of(&refused.field));
                return error.set(Some(refused));
            }
            let (error, navigator, key) = (error.clone(), navigator.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let open_results = |id: Uuid| {
                    if let Some(navigator) = &navigator {
                        navigator.push(&Route::ConsultationResults { id: id.to_string() });
                    }
                };
                if let Some(id) = saved_id {
                    return match api::put_json(&super::api::consultation_path(id), &request).await {
                        Ok(()) => open_results(id),
                        Err(err) => error.set(Some(field_error::general(err.code()))),
                    };
                }
                let saved = match api::post_operation::<ConsultationSaved>(&super::api::consultations_path(), &request, &key).await {
                    Ok(saved) => saved,
                    Err(err) => {
                        api::next_key(&key, Some(&err));
                        return error.set(Some(field_error::general(err.code())));
                    }
                };
                // The key stays until it is published too: sending again answers the same one.
                if let Err(err) = api::post_json::<ConsultationSaved>(&super::api::publish_path(saved.id), &()).await {
                    return error.set(Some(field_error::general(err.code())));
                }
                key.set(OperationId::new_v7());
                open_results(saved.id);
            });
        })
    };
    let refused = (*error).clone();
    let refused = refused.as_ref();
    // Each field says its own refusal beside it; `name` is the request's name for the field.
    let text = |id: &'static str, name: &str, label: String, value: &str, change: fn(&mut Form, String)| {
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input id={id} type="text" value={value.to_owned()} onchange={field(change)}
                    aria-invalid={field_error::aria_invalid(refused, name)} aria-describedby={described_by(refused, name, id, None)} />
                { beside(&t, refused, name, id) }
            </div>
        }
    };
    let date = |id: &'static str, name: &'static str, label: String, value: &str, change: fn(&mut Form, String)| {
        html! { <DateField {id} {label} value={value.to_owned()} onchange={editing.field_to(change)} refused={refused.cloned()} field={name} /> }
    };
    let area = |id: &'static str, name: &str, label: String, hint: Option<String>, value: &str, change: fn(&mut Form, String)| {
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                if let Some(hint) = hint.clone() { <p class="hint" id={format!("{id}-hint")}>{ hint }</p> }
                <textarea id={id} rows="3" value={value.to_owned()} onchange={field(change)}
                    aria-invalid={field_error::aria_invalid(refused, name)}
                    aria-describedby={described_by(refused, name, id, hint.map(|_| format!("{id}-hint")))} />
                { beside(&t, refused, name, id) }
            </div>
        }
    };
    let check = |id: &'static str, label: String, value: bool, change: fn(&mut Form, String)| {
        html! {
            <div class="check-row">
                <input id={id} type="checkbox" checked={value} disabled={locked} onchange={field(change)} />
                <label for={id}>{ label }</label>
            </div>
        }
    };
    html! {
        <form class="builder" {onsubmit}>
            { text("c-title", "title", t.get("voice-staff-field-title"), &form.title, |f, v| f.title = v) }
            { area("c-background", "background", t.get("voice-staff-field-background"), None, &form.background, |f, v| f.background = v) }
            { area("c-audience", "audience", t.get("voice-staff-field-audience"), Some(t.get("voice-staff-field-audience-hint")), &form.audience, |f, v| f.audience = v) }
            <div class="field">
                <label for="c-invited">{ t.get("voice-staff-field-invited") }</label>
                <select id="c-invited" disabled={locked} onchange={field(|f, v| f.invited = v)}>
                    <option value="young_people" selected={form.invited.is_empty() || form.invited == "young_people"}>{ t.get("voice-staff-invited-young_people") }</option>
                    <option value="cabinet" selected={form.invited == "cabinet"}>{ t.get("voice-staff-invited-cabinet") }</option>
                    <option value="carers" selected={form.invited == "carers"}>{ t.get("voice-staff-invited-carers") }</option>
                    if matches!(&*programmes, Load::Loaded(list) if !list.is_empty()) {
                        <option value="programme" selected={form.invited == "programme"}>{ t.get("voice-staff-invited-programme") }</option>
                    }
                </select>
            </div>
            if form.invited == "programme" {
                if let Load::Loaded(list) = &*programmes {
                    <div class="field">
                        <label for="c-programme">{ t.get("voice-staff-field-programme") }</label>
                        <select id="c-programme" required=true disabled={locked} onchange={field(|f, v| f.programme = v)}>
                            <option value="" selected={form.programme.is_empty()}>{ t.get("voice-staff-choose-programme") }</option>
                            { for list.iter().map(|programme| html! {
                                <option value={programme.id.to_string()} selected={form.programme == programme.id.to_string()}>{ programme.name.clone() }</option>
                            }) }
                        </select>
                    </div>
                }
            }
            { date("c-opens", "opens_on", t.get("voice-staff-field-opens"), &form.opens_on, |f, v| f.opens_on = v) }
            { date("c-closes", "closes_on", t.get("voice-staff-field-closes"), &form.closes_on, |f, v| f.closes_on = v) }
            { check("c-anonymous", t.get("voice-staff-field-anonymous"), form.anonymous, |f, v| f.anonymous = v == "true") }
            <fieldset disabled={locked}>
                <legend>{ t.get("voice-staff-ballot") }</legend>
                { text("c-ballot", "ballot", t.get("voice-staff-field-ballot-question"), &form.ballot_question, |f, v| f.ballot_question = v) }
                { area("c-options", "ballot-options", t.get("voice-staff-field-options"), Some(t.get("voice-staff-one-per-line")), &form.ballot_options, |f, v| f.ballot_options = v) }
                { check("c-ranked", t.get("voice-staff-field-ranked"), form.ranked, |f, v| f.ranked = v == "true") }
            </fieldset>
            <fieldset disabled={locked}>
                <legend>{ t.get("voice-staff-statements") }</legend>
                { text("c-prompt", "statements", t.get("voice-staff-field-prompt"), &form.statements_prompt, |f, v| f.statements_prompt = v) }
                { area("c-statements", "statements-list", t.get("voice-staff-field-statements"), Some(t.get("voice-staff-one-per-line")), &form.statements, |f, v| f.statements = v) }
                { check("c-proposals", t.get("voice-staff-field-proposals"), form.proposals, |f, v| f.proposals = v == "true") }
            </fieldset>
            <fieldset disabled={locked}>
                <legend>{ t.get("voice-staff-question") }</legend>
                { text("c-question", "question", t.get("voice-staff-field-question"), &form.question, |f, v| f.question = v) }
            </fieldset>
            if let Some(refused) = refused.filter(|refused| refused.field.is_empty() || refused.field == "activities") {
                <p class="error" role="alert">{ t.error(refused.code) }</p>
            }
            <button type="submit" class="button">{ t.get(if saved_id.is_some() { "voice-staff-save" } else { "voice-staff-publish" }) }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct EditConsultationProps {
    pub id: String,
}

/// A saved consultation in the builder.
#[function_component(EditConsultationPage)]
pub fn edit_consultation_page(props: &EditConsultationProps) -> Html {
    let t = use_i18n();
    let saved = use_get(super::api::consultation(&props.id), 0);
    let body = match &*saved {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(saved) => html! {
            <>
                <h1>{ t.get_with("voice-staff-edit-title", &[("title", saved.request.title.clone().into())]) }</h1>
                if saved.published {
                    <p class="hint">{ t.get("voice-staff-edit-published") }</p>
                }
                <Builder saved={Rc::new(saved.clone())} />
                <p><Link to={Route::ConsultationResults { id: props.id.clone() }} classes="text-link">{ t.get("voice-staff-edit-back") }</Link></p>
            </>
        },
    };
    html! { <section class="page wide">{ body }</section> }
}

#[derive(Properties, PartialEq)]
pub struct ConsultationResultsProps {
    pub id: String,
}

#[function_component(ConsultationResultsPage)]
pub fn consultation_results_page(props: &ConsultationResultsProps) -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let results = use_get(super::api::results(&props.id), *tick);
    let reload = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(*tick + 1))
    };
    let results = match &*results {
        Load::Loading => return html! { <section class="page wide" aria-busy="true"><p>{ t.get("loading") }</p></section> },
        Load::Failed(code) => return html! { <section class="page wide">{ load_failed(&t, *code) }</section> },
        Load::Loaded(results) => results.clone(),
    };
    let id = results.id;
    let waiting: Vec<_> = results.proposals.iter().filter(|proposal| proposal.approved.is_none()).cloned().collect();
    html! {
        <section class="page wide consultation-results">
            <h1>{ results.title.clone() }</h1>
            <p>{ status_label(&t, results.status) }{ " · " }{ t.get_with("voice-staff-participants", &[("count", results.participants.into())]) }</p>
            if results.waiting > 0 {
                <p class="notice" role="status" data-figure="waiting">{ t.get_with("secret-waiting", &[("count", results.waiting.into())]) }</p>
            }
            <p class="hint">{ t.get_with("voice-heard-by", &[("audience", results.audience.clone().into())]) }</p>
            <p class="actions">
                <a class="button secondary" href={super::api::export_csv(id)} download="">{ t.get("voice-staff-csv") }</a>
                { " " }
                <Link to={Route::EditConsultation { id: id.to_string() }} classes="button secondary">{ t.get("voice-staff-edit") }</Link>
            </p>
            { for results.results.ballots.iter().map(|ballot| html! {
                <table class="table">
                    <caption>{ ballot.question.clone() }{ " — " }{ t.get_with("voice-ballots-cast", &[("count", ballot.ballots.into())]) }</caption>
                    <thead><tr>
                        <th scope="col">{ t.get("voice-staff-col-rank") }</th>
                        <th scope="col">{ t.get("voice-staff-col-issue") }</th>
                        <th scope="col">{ t.get("voice-staff-col-points") }</th>
                        <th scope="col">{ t.get("voice-staff-col-first") }</th>
                    </tr></thead>
                    <tbody>{ for ballot.counts.iter().map(|count| html! {
                        <tr data-issue={count.id.clone()}><td>{ count.rank }</td><td>{ count.text.clone() }</td><td>{ count.points }</td><td>{ count.first_choices }</td></tr>
                    }) }</tbody>
                </table>
            }) }
            if results.results.ballots.iter().any(|ballot| ballot.ranked) { <p class="hint">{ t.get("voice-staff-method") }</p> }
            { for results.results.statements.iter().map(|set| html! {
                <table class="table">
                    <caption>{ set.prompt.clone() }</caption>
                    <thead><tr>
                        <th scope="col">{ t.get("voice-staff-col-statement") }</th>
                        <th scope="col">{ t.get("voice-agree") }</th>
                        <th scope="col">{ t.get("voice-disagree") }</th>
                        <th scope="col">{ t.get("voice-pass") }</th>
                    </tr></thead>
                    <tbody>{ for set.statements.iter().map(|statement| html! {
                        <tr data-statement={statement.id.clone()}>
                            <td>{ statement.text.clone() }</td>
                            <td>{ format!("{}% ({})", statement.agree_percent, statement.agree) }</td>
                            <td>{ format!("{}% ({})", statement.disagree_percent, statement.disagree) }</td>
                            <td>{ statement.pass }</td>
                        </tr>
                    }) }</tbody>
                </table>
            }) }
            if !waiting.is_empty() {
                <h2>{ t.get("voice-staff-proposals") }</h2>
                <ul class="cards">{ for waiting.iter().map(|proposal| {
                    let moderate = |approved: bool| {
                        let (path, reload) = (super::api::proposal_path(id, &proposal.id), reload.clone());
                        Callback::from(move |_| {
                            let (path, reload) = (path.clone(), reload.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                let _ = api::put_json(&path, &ModerationRequest { approved }).await;
                                reload.emit(());
                            });
                        })
                    };
                    html! {
                        <li class="card" key={proposal.id.clone()}>
                            <p>{ proposal.text.clone() }</p>
                            <button type="button" class="button" onclick={moderate(true)}>{ t.get("voice-staff-approve") }</button>
                            { " " }
                            <button type="button" class="button secondary" onclick={moderate(false)}>{ t.get("voice-staff-refuse") }</button>
                        </li>
                    }
                }) }</ul>
            }
            <h2>{ t.get("voice-staff-answers") }</h2>
            if !results.themes.is_empty() {
                <p>{ for results.themes.iter().map(|theme| html! { <span class="badge">{ format!("{} ({})", theme.theme, theme.answers) }</span> }) }</p>
            }
            if results.answers.is_empty() { <p>{ t.get("voice-staff-no-answers") }</p> }
            <ul class="cards">{ for results.answers.iter().map(|answer| html! {
                <li class="card" key={answer.id.to_string()}>
                    if !answer.text.is_empty() { <p>{ answer.text.clone() }</p> }
                    if answer.voice_note {
                        <audio controls=true preload="none" src={super::api::voice_note(id, answer.id)}
                            aria-label={t.get("voice-staff-voice-note")}></audio>
                    }
                    if let Some(name) = &answer.name { <p class="hint">{ name.clone() }</p> }
                    <ThemesField consultation={id} answer={answer.id} themes={answer.themes.clone()} on_saved={reload.clone()} />
                </li>
            }) }</ul>
            <h2>{ t.get("voice-staff-responses") }</h2>
            <ul class="cards">{ for results.responses.iter().map(|response| html! {
                <ResponseCard consultation={id} response={response.clone()} on_saved={reload.clone()} />
            }) }</ul>
            <NewResponse consultation={id} results={results.clone()} on_saved={reload.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ThemesProps {
    consultation: Uuid,
    answer: Uuid,
    themes: Vec<String>,
    on_saved: Callback<()>,
}

#[function_component(ThemesField)]
fn themes_field(props: &ThemesProps) -> Html {
    let t = use_i18n();
    let onchange = {
        let (path, on_saved) = (super::api::themes_path(props.consultation, props.answer), props.on_saved.clone());
        Callback::from(move |event: Event| {
            let themes: Vec<String> =
                value_of(&event).split(',').map(|theme| theme.trim().to_owned()).filter(|theme| !theme.is_empty()).collect();
            let (path, on_saved) = (path.clone(), on_saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = api::put_json(&path, &ThemesRequest { themes }).await;
                on_saved.emit(());
            });
        })
    };
    let field = format!("themes-{}", props.answer);
    html! {
        <div class="field">
            <label for={field.clone()}>{ t.get("voice-staff-themes") }</label>
            <input id={field} type="text" value={props.themes.join(", ")} {onchange} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ResponseCardProps {
    consultation: Uuid,
    response: WeDid,
    on_saved: Callback<()>,
}

#[function_component(ResponseCard)]
fn response_card(props: &ResponseCardProps) -> Html {
    let t = use_i18n();
    let response = &props.response;
    let onchange = {
        let (path, on_saved, response) =
            (super::api::response_path(props.consultation, response.id), props.on_saved.clone(), response.clone());
        Callback::from(move |event: Event| {
            let Some(status) = ResponseStatus::parse(&value_of(&event)) else { return };
            let request = WeDidRequest {
                about: response.about.clone(),
                we_did: response.we_did.clone(),
                by_when: response.by_when.clone(),
                decided_by: response.decided_by.clone(),
                status,
            };
            let (path, on_saved) = (path.clone(), on_saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = api::put_json(&path, &request).await;
                on_saved.emit(());
            });
        })
    };
    let field = format!("status-{}", response.id);
    html! {
        <li class="card">
            if !response.about_text.is_empty() { <p><strong>{ response.about_text.clone() }</strong></p> }
            <p>{ response.we_did.clone() }</p>
            <p class="hint">{ t.get_with("voice-decided-by", &[("who", response.decided_by.clone().into())]) }</p>
            // What the phones show, staff see too.
            if let Some(by_when) = &response.by_when {
                <p class="hint">{ t.get_with("voice-by-when", &[("date", crate::components::dates::day_in_words(&t, by_when).into())]) }</p>
            }
            <div class="field">
                <label for={field.clone()}>{ t.get("voice-staff-field-status") }</label>
                <select id={field} {onchange}>
                    { for ResponseStatus::ALL.iter().map(|status| html! {
                        <option value={status.as_str()} selected={*status == response.status}>{ response_status(&t, *status) }</option>
                    }) }
                </select>
            </div>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct NewResponseProps {
    consultation: Uuid,
    results: ConsultationResults,
    on_saved: Callback<()>,
}

#[derive(Clone, Default, PartialEq)]
struct ResponseForm {
    about: String,
    we_did: String,
    by_when: String,
    decided_by: String,
    status: String,
}

#[function_component(NewResponse)]
fn new_response(props: &NewResponseProps) -> Html {
    let t = use_i18n();
    let form = use_state(ResponseForm::default);
    let error = use_state(|| None::<ErrorCode>);
    let key = use_state(OperationId::new_v7);
    let field = |change: fn(&mut ResponseForm, String)| set_field(&form, change);
    let mut abouts: Vec<(String, String)> = vec![("consultation".into(), t.get("voice-staff-about-whole"))];
    for ballot in &props.results.results.ballots {
        abouts.extend(ballot.counts.iter().map(|count| (format!("item:{}", count.id), count.text.clone())));
    }
    for set in &props.results.results.statements {
        abouts.extend(set.statements.iter().map(|statement| (format!("item:{}", statement.id), statement.text.clone())));
    }
    abouts.extend(props.results.themes.iter().map(|theme| (format!("theme:{}", theme.theme), theme.theme.clone())));
    let onsubmit = {
        let (form, error, on_saved, path, key) =
            (form.clone(), error.clone(), props.on_saved.clone(), super::api::responses_path(props.consultation), key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let about = match form.about.split_once(':') {
                Some(("item", item)) => About::Item(item.to_owned()),
                Some(("theme", theme)) => About::Theme(theme.to_owned()),
                _ => About::Consultation,
            };
            let request = WeDidRequest {
                about,
                we_did: form.we_did.clone(),
                by_when: Some(form.by_when.clone()).filter(|day| !day.is_empty()),
                decided_by: form.decided_by.clone(),
                status: ResponseStatus::parse(&form.status).unwrap_or(ResponseStatus::Planned),
            };
            let (form, error, on_saved, path, key) = (form.clone(), error.clone(), on_saved.clone(), path.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_once::<WeDid>(&path, &request, &key).await {
                    Ok(_) => {
                        error.set(None);
                        form.set(ResponseForm::default());
                        on_saved.emit(());
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <form class="builder" {onsubmit}>
            <h3>{ t.get("voice-staff-new-response") }</h3>
            <div class="field">
                <label for="r-about">{ t.get("voice-staff-field-about") }</label>
                <select id="r-about" onchange={field(|f, v| f.about = v)}>
                    { for abouts.iter().map(|(value, label)| html! { <option value={value.clone()} selected={form.about == *value}>{ label.clone() }</option> }) }
                </select>
            </div>
            <div class="field">
                <label for="r-we-did">{ t.get("voice-staff-field-we-did") }</label>
                <p class="hint" id="r-we-did-hint">{ t.get("voice-staff-field-we-did-hint") }</p>
                <textarea id="r-we-did" rows="3" value={form.we_did.clone()} onchange={field(|f, v| f.we_did = v)} aria-describedby="r-we-did-hint" />
            </div>
            <div class="field">
                <DateField id="r-by-when" label={t.get("voice-staff-field-by-when")} value={form.by_when.clone()}
                    onchange={set_field_to(&form, |f, v| f.by_when = v)} />
            </div>
            <div class="field">
                <label for="r-decided-by">{ t.get("voice-staff-field-decided-by") }</label>
                <input id="r-decided-by" type="text" value={form.decided_by.clone()} onchange={field(|f, v| f.decided_by = v)} />
            </div>
            <div class="field">
                <label for="r-status">{ t.get("voice-staff-field-status") }</label>
                <select id="r-status" onchange={field(|f, v| f.status = v)}>
                    { for ResponseStatus::ALL.iter().map(|status| html! {
                        <option value={status.as_str()} selected={form.status == status.as_str()}>{ response_status(&t, *status) }</option>
                    }) }
                </select>
            </div>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <button type="submit" class="button">{ t.get("voice-staff-publish-response") }</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn a_saved_consultation_comes_back_from_the_builder_as_it_was() {
        let programme_id = Uuid::now_v7();
        let mut form = new_form();
        form.title = "The youth centre".into();
        form.invited = "programme".into();
        form.programme = programme_id.to_string();
        form.ballot_question = "What matters most?".into();
        form.ballot_options = "Buses\nJobs".into();
        form.ranked = false;
        form.statements_prompt = "Do you agree?".into();
        form.statements = "Open later".into();
        form.question = "Anything else?".into();
        let saved = form.request();
        assert_eq!(saved.invited, Invited::Programme { programme_id });
        let again = Form::from(&saved);
        assert_eq!(again.request(), saved, "saving the builder's boxes unchanged changes nothing");
        assert_eq!(again.ballot_options, "Buses\nJobs");
        assert!(!again.ranked);
    }
}
