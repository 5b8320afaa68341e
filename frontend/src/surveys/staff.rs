//! The survey list and builder for participation officers and managers: start blank or from a
//! template, write each question (kind, standard and easy-read wording, help, required, options,
//! "show only when an earlier answer was..."), choose who is asked, when and whether named, save
//! and publish. Saving a published survey makes its next version.

use std::rc::Rc;

use tandem_domain::accounts::api::PersonSummary;
use tandem_domain::accounts::Role;
use tandem_domain::sessions::Programme;
use tandem_domain::surveys::api::{Reach, SurveyRequest, SurveySaved, SurveyStatus};
use tandem_domain::surveys::{Respondents, SurveyDraft};
use tandem_domain::sync::OperationId;
use tandem_domain::FieldError;
use uuid::Uuid;
use yew::prelude::*;

use crate::api;
use crate::components::dates::{day_in_words, service_day};
use crate::components::editing::{use_editing, Edit};
use crate::components::field_error::{self, aria_invalid, beside, described_by};
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::value_of;
use crate::components::DateField;
use crate::i18n::{use_i18n, Messages};
use crate::offline::drafts;
use crate::routes::{use_navigator, Link, Route};

use super::questions;

pub fn status_text(t: &Messages, status: SurveyStatus) -> String {
    match status {
        SurveyStatus::Draft => t.get("survey-status-draft"),
        SurveyStatus::Upcoming => t.get("survey-status-upcoming"),
        SurveyStatus::Open => t.get("survey-status-open"),
        SurveyStatus::Closed => t.get("survey-status-closed"),
    }
}

#[function_component(StaffSurveysPage)]
pub fn staff_surveys_page() -> Html {
    let t = use_i18n();
    let surveys = use_get(super::api::surveys(), 0);
    let list = match &*surveys {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(items) if items.is_empty() => html! { <p>{ t.get("survey-list-empty") }</p> },
        Load::Loaded(items) => html! {
            <table class="data-table">
                <caption class="visually-hidden">{ t.get("survey-list-title") }</caption>
                <thead><tr>
                    <th scope="col">{ t.get("survey-list-survey") }</th>
                    <th scope="col">{ t.get("survey-list-status") }</th>
                    <th scope="col">{ t.get("survey-list-dates") }</th>
                    <th scope="col">{ t.get("survey-list-responses") }</th>
                </tr></thead>
                <tbody>
                    { for items.iter().map(|item| html! {
                        <tr key={item.id.to_string()}>
                            <th scope="row">
                                <Link to={Route::EditSurvey { id: item.id.to_string() }}>{ item.title.clone() }</Link>
                                { " " }<span class="hint">{ t.get_with("survey-version", &[("version", item.version.into())]) }</span>
                            </th>
                            <td><span class={classes!("badge", item.status.as_str())}>{ status_text(&t, item.status) }</span></td>
                            <td>{ format!("{} – {}", day_in_words(&t, &item.opens_on), day_in_words(&t, &item.closes_on)) }</td>
                            <td>
                                <Link to={Route::SurveyResults { id: item.id.to_string() }}>
                                    { t.get_with("survey-list-see-results", &[("count", item.responses.into())]) }
                                </Link>
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        },
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("survey-list-title") }</h1>
            <p class="actions">
                <Link to={Route::EditSurvey { id: "new".into() }} classes="button">{ t.get("survey-new") }</Link>
            </p>
            { list }
            <crate::people::StaffLinks here={Route::StaffSurveys} />
        </section>
    }
}

/// Where the builder keeps unsaved work on this computer, per survey (`new` before saving).
fn draft_name(id: Option<Uuid>) -> String {
    format!("survey_builder.{}", id.map_or_else(|| "new".to_owned(), |id| id.to_string()))
}

/// The builder's input for a field a refusal names (`SurveyRequest::check`).
fn input_of(field: &str) -> String {
    match field {
        "survey.title" => "survey-title".into(),
        "survey.purpose" => "survey-purpose".into(),
        "survey.audience" => "survey-audience".into(),
        "opens_on" => "survey-opens".into(),
        "closes_on" => "survey-closes".into(),
        _ => questions::input_of_question(field, "survey").unwrap_or_else(|| "q0-wording".into()),
    }
}

fn blank() -> SurveyRequest {
    SurveyRequest {
        survey: SurveyDraft {
            title: String::new(),
            purpose: String::new(),
            audience: String::new(),
            respondents: Respondents::YoungPeople,
            anonymous: false,
            questions: vec![questions::new_question(&[])],
        },
        reach: Reach::Service,
        // Open from today for two weeks, until changed.
        opens_on: service_day(0),
        closes_on: service_day(14),
    }
}

/// A change an input makes to the whole request, given the input's value.
type Change = Rc<dyn Fn(&mut SurveyRequest, String)>;

#[derive(Properties, PartialEq)]
pub struct EditSurveyProps {
    pub id: String,
}

#[function_component(EditSurveyPage)]
pub fn edit_survey_page(props: &EditSurveyProps) -> Html {
    let t = use_i18n();
    let navigator = use_navigator();
    let id: Option<Uuid> = props.id.parse().ok();
    let tick = use_state(|| 0u32);
    let form = use_editing::<SurveyRequest>(|| None);
    // The survey as saved (or blank): what the form is kept as a draft against.
    let base = use_state(|| None::<SurveyRequest>);
    let saved = use_state(|| None::<(u32, bool)>);
    let error = use_state(|| None::<FieldError>);
    let key = use_state(OperationId::new_v7);
    let notice = use_state(|| None::<String>);
    let template = use_state(|| 0usize);
    let templates = use_get(super::api::templates(), 0);
    let programmes = use_get(crate::sessions::api::programmes(), 0);
    // Only managers may list staff; officers choose a programme or the whole service.
    let workers = use_state(Vec::<PersonSummary>::new);

    use_effect_with((id, *tick), {
        let (form, base, saved, error, workers, notice, t) =
            (form.clone(), base.clone(), saved.clone(), error.clone(), workers.clone(), notice.clone(), t.clone());
        move |(id, _)| {
            let id = *id;
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(staff) = crate::people::api::staff().read().await {
                    workers.set(staff.into_iter().filter(|person| person.role == Role::Worker).collect());
                }
                let loaded = match id {
                    None => blank(),
                    Some(id) => match super::api::survey(id).read().await {
                        Ok(edit) => {
                            saved.set(Some((edit.version, edit.published)));
                            edit.request
                        }
                        Err(err) => return error.set(Some(field_error::general(err.code()))),
                    },
                };
                // Work not saved when the page was left comes back, said so.
                let kept = drafts::load::<SurveyRequest>(&draft_name(id)).await.ok().flatten().filter(|kept| *kept != loaded);
                if kept.is_some() {
                    notice.set(Some(t.get("survey-draft-restored")));
                }
                form.dispatch(Edit::Load(kept.unwrap_or_else(|| loaded.clone())));
                base.set(Some(loaded));
            });
        }
    });
    // Every change is kept on this computer until it is saved: a reload or a closed tab loses
    // nothing.
    use_effect_with((form.current(), (*base).clone()), move |(form, base)| {
        if let (Some(form), Some(base)) = (form.clone(), base) {
            let (name, unchanged) = (draft_name(id), form == *base);
            wasm_bindgen_futures::spawn_local(async move {
                let _ = if unchanged { drafts::clear(&name).await } else { drafts::save(&name, &form).await };
            });
        }
    });

    let Some(request) = form.current() else {
        return html! {
            <section class="page wide" aria-busy="true">
                <h1>{ t.get("survey-builder-title") }</h1>
                if let Some(refused) = &*error { { load_failed(&t, refused.code) } }
            </section>
        };
    };
    let refused = (*error).clone();
    let refused = refused.as_ref();
    let edit_to = |change: Change| form.field_to(move |next: &mut SurveyRequest, value| change(next, value));
    let edit = |change: Change| edit_to(change).reform(|event: Event| value_of(&event));
    // The questions' editor changes the survey within the request.
    let edit_draft = |change: questions::Change| edit(Rc::new(move |r: &mut SurveyRequest, v: String| change(&mut r.survey, v)));
    let click_draft = |change: questions::Action| {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            let change = change.clone();
            form.dispatch(Edit::Apply(Rc::new(move |r: &mut SurveyRequest| change(&mut r.survey))));
        })
    };

    let use_template = {
        let (form, template, templates) = (form.clone(), template.clone(), templates.clone());
        Callback::from(move |_: MouseEvent| {
            if let Load::Loaded(all) = &*templates {
                if let Some(chosen) = all.get(*template).cloned() {
                    form.dispatch(Edit::Apply(Rc::new(move |request: &mut SurveyRequest| request.survey = chosen.clone())));
                }
            }
        })
    };
    let save = {
        let (form, error, notice, saved, navigator, tick, t, key) =
            (form.clone(), error.clone(), notice.clone(), saved.clone(), navigator.clone(), tick.clone(), t.clone(), key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(request) = form.current() else { return };
            if let Err(refused) = request.check() {
                field_error::focus(&input_of(&refused.field));
                return error.set(Some(refused));
            }
            let (request, error, notice, saved, navigator, tick, t, key) =
                (request.clone(), error.clone(), notice.clone(), saved.clone(), navigator.clone(), tick.clone(), t.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match id {
                    None => api::post_once::<SurveySaved>(&super::api::surveys_path(), &request, &key).await.map(Some),
                    Some(id) => api::put_json(&super::api::survey_path(id), &request).await.map(|()| None),
                };
                if result.is_ok() {
                    let _ = drafts::clear(&draft_name(id)).await;
                }
                match result {
                    Ok(Some(created)) => {
                        saved.set(Some((created.version, false)));
                        notice.set(Some(t.get("survey-saved")));
                        if let Some(navigator) = &navigator {
                            navigator.push(&Route::EditSurvey { id: created.id.to_string() });
                        }
                    }
                    Ok(None) => {
                        error.set(None);
                        notice.set(Some(t.get("survey-saved")));
                        tick.set(*tick + 1);
                    }
                    Err(err) => error.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let publish = {
        let (error, notice, tick, t) = (error.clone(), notice.clone(), tick.clone(), t.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(id) = id else { return };
            let (error, notice, tick, t) = (error.clone(), notice.clone(), tick.clone(), t.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_json::<SurveySaved>(&super::api::publish_path(id), &()).await {
                    Ok(_) => {
                        error.set(None);
                        notice.set(Some(t.get("survey-published")));
                        tick.set(*tick + 1);
                    }
                    Err(err) => error.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };

    let draft = &request.survey;
    let reach_value = match request.reach {
        Reach::Service => "service".to_owned(),
        Reach::Programme { programme_id } => format!("programme:{programme_id}"),
        Reach::Caseload { worker_id } => format!("caseload:{worker_id}"),
    };
    let programme_list: Vec<Programme> = match &*programmes {
        Load::Loaded(list) => list.clone(),
        _ => Vec::new(),
    };
    let status = match *saved {
        None => t.get("survey-not-saved"),
        Some((version, true)) => t.get_with("survey-version-published", &[("version", version.into())]),
        Some((version, false)) => t.get_with("survey-version-unpublished", &[("version", version.into())]),
    };
    html! {
        <section class="page wide survey-builder">
            <h1>{ if draft.title.is_empty() { t.get("survey-builder-title") } else { draft.title.clone() } }</h1>
            <p role="status">{ status }</p>
            if id.is_some() {
                <p><Link to={Route::SurveyResults { id: props.id.clone() }}>{ t.get("survey-results-link") }</Link></p>
            }
            if let Load::Loaded(all) = &*templates {
                <div class="field inline">
                    <label for="template">{ t.get("survey-template") }</label>
                    <select id="template" onchange={{ let template = template.clone(); Callback::from(move |e: Event| template.set(value_of(&e).parse().unwrap_or(0))) }}>
                        { for all.iter().enumerate().map(|(index, draft)| html! { <option value={index.to_string()} selected={index == *template}>{ draft.title.clone() }</option> }) }
                    </select>
                    <button type="button" class="button secondary" onclick={use_template}>{ t.get("survey-use-template") }</button>
                </div>
            }
            <form onsubmit={save}>
                <div class="field">
                    <label for="survey-title">{ t.get("survey-field-title") }</label>
                    <input id="survey-title" type="text" maxlength="300" value={draft.title.clone()} onchange={edit(Rc::new(|r, v| r.survey.title = v))}
                        aria-invalid={aria_invalid(refused, "survey.title")} aria-describedby={described_by(refused, "survey.title", "survey-title", None)} />
                    { beside(&t, refused, "survey.title", "survey-title") }
                </div>
                <div class="field">
                    <label for="survey-purpose">{ t.get("survey-field-purpose") }</label>
                    <textarea id="survey-purpose" rows="2" value={draft.purpose.clone()} onchange={edit(Rc::new(|r, v| r.survey.purpose = v))}
                        aria-invalid={aria_invalid(refused, "survey.purpose")} aria-describedby={described_by(refused, "survey.purpose", "survey-purpose", None)} />
                    { beside(&t, refused, "survey.purpose", "survey-purpose") }
                </div>
                <div class="field">
                    <label for="survey-audience">{ t.get("survey-field-audience") }</label>
                    <input id="survey-audience" type="text" maxlength="300" value={draft.audience.clone()}
                        aria-invalid={aria_invalid(refused, "survey.audience")}
                        aria-describedby={described_by(refused, "survey.audience", "survey-audience", Some("survey-audience-hint".into()))}
                        onchange={edit(Rc::new(|r, v| r.survey.audience = v))} />
                    <p class="hint" id="survey-audience-hint">{ t.get("survey-field-audience-hint") }</p>
                    { beside(&t, refused, "survey.audience", "survey-audience") }
                </div>
                <div class="field">
                    <label for="survey-respondents">{ t.get("survey-field-respondents") }</label>
                    <select id="survey-respondents" onchange={edit(Rc::new(|r, v| r.survey.respondents = match v.as_str() {
                        "carers" => Respondents::Carers, "both" => Respondents::Both, _ => Respondents::YoungPeople }))}>
                        <option value="young_people" selected={draft.respondents == Respondents::YoungPeople}>{ t.get("survey-respondents-young-people") }</option>
                        <option value="carers" selected={draft.respondents == Respondents::Carers}>{ t.get("survey-respondents-carers") }</option>
                        <option value="both" selected={draft.respondents == Respondents::Both}>{ t.get("survey-respondents-both") }</option>
                    </select>
                </div>
                <div class="field">
                    <label for="survey-reach">{ t.get("survey-field-reach") }</label>
                    <select id="survey-reach" onchange={edit(Rc::new(|r, v| {
                        let (kind, rest) = v.split_once(':').unwrap_or((v.as_str(), ""));
                        r.reach = match (kind, rest.parse::<Uuid>()) {
                            ("programme", Ok(programme_id)) => Reach::Programme { programme_id },
                            ("caseload", Ok(worker_id)) => Reach::Caseload { worker_id },
                            _ => Reach::Service,
                        };
                    }))}>
                        <option value="service" selected={reach_value == "service"}>{ t.get("survey-reach-service") }</option>
                        { for programme_list.iter().map(|programme| {
                            let value = format!("programme:{}", programme.id);
                            html! { <option selected={reach_value == value} value={value.clone()}>{ t.get_with("survey-reach-programme", &[("name", programme.name.clone().into())]) }</option> }
                        }) }
                        { for workers.iter().map(|worker| {
                            let value = format!("caseload:{}", worker.id);
                            html! { <option selected={reach_value == value} value={value.clone()}>{ t.get_with("survey-reach-caseload", &[("name", worker.display_name.clone().into())]) }</option> }
                        }) }
                    </select>
                </div>
                <div class="field-row">
                    <DateField id="survey-opens" label={t.get("survey-field-opens")} value={request.opens_on.clone()}
                        onchange={edit_to(Rc::new(|r, v| r.opens_on = v))} refused={refused.cloned()} field="opens_on" />
                    <DateField id="survey-closes" label={t.get("survey-field-closes")} value={request.closes_on.clone()}
                        onchange={edit_to(Rc::new(|r, v| r.closes_on = v))} refused={refused.cloned()} field="closes_on" />
                </div>
                <div class="check-row">
                    <input id="survey-anonymous" type="checkbox" checked={draft.anonymous} onchange={edit(Rc::new(|r, v| r.survey.anonymous = v == "true"))} />
                    <label for="survey-anonymous">{ t.get("survey-field-anonymous") }</label>
                </div>

                { questions::questions_editor(&t, draft, refused, "survey", &edit_draft, &click_draft) }
                if let Some(refused) = refused.filter(|refused| !questions::has_own_place(&refused.field, "survey", &["opens_on", "closes_on"])) {
                    <p class="error" role="alert">{ t.error(refused.code) }</p>
                }
                if let Some(words) = &*notice { <p class="notice" role="status">{ words.clone() }</p> }
                <div class="actions">
                    <button type="submit" class="button">{ t.get("survey-save") }</button>
                    if matches!(*saved, Some((_, false))) {
                        <button type="button" class="button" onclick={publish}>{ t.get("survey-publish") }</button>
                    }
                </div>
            </form>
        </section>
    }
}
