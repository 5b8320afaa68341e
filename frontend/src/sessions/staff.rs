//! The staff side: programmes and opening a session, the live screen a worker shows the room
//! (code, QR, how many have answered, the averages, updated every few seconds), and the
//! reports with charts, tables and CSV.

use gloo::timers::callback::Interval;
use tandem_domain::accounts::Role;
use tandem_domain::scaling::{Cell, Change, Summary};
use tandem_domain::sessions::{
    AgeBand, BreakdownBy, CreateProgrammeRequest, Group, LiveSession, Measure, OpenSessionRequest, ParticipantRow, Phase, ProfileFields,
    Programme, SessionKind, SetPhaseRequest, TopicInput,
};
use tandem_domain::sync::OperationId;
use tandem_domain::ErrorCode;
use uuid::Uuid;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::api;
use crate::auth::use_auth;
use crate::components::dates::day_of;
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::{DateField, QrCodeImage, ScoreChart};
use crate::i18n::{use_i18n, Messages};
use crate::routes::{use_navigator, Link, Route};

fn one_decimal(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.1}")).unwrap_or_else(|| "–".to_owned())
}

fn signed(value: Option<f64>) -> String {
    value.map(|v| format!("{v:+.1}")).unwrap_or_else(|| "–".to_owned())
}

/// Who a row of a session report is: their name, or "Anonymous 1", "Anonymous 2"... by joining.
fn participant_label(t: &Messages, row: &ParticipantRow) -> String {
    match (&row.name, row.anonymous) {
        (Some(name), _) => name.clone(),
        (None, number) => t.get_with("report-anonymous", &[("number", number.unwrap_or_default().into())]),
    }
}

/// A breakdown's group: as recorded, or an age band or "Not recorded" in the reader's language.
fn group_label(t: &Messages, group: &Group) -> String {
    match group {
        Group::Recorded(words) => words.clone(),
        Group::AgeBand(AgeBand::Under10) => t.get("report-age-under-10"),
        Group::AgeBand(AgeBand::From10To14) => t.get("report-age-10-to-14"),
        Group::AgeBand(AgeBand::From15To17) => t.get("report-age-15-to-17"),
        Group::AgeBand(AgeBand::From18) => t.get("report-age-18-and-over"),
        Group::NotRecorded => t.get("report-not-recorded"),
    }
}

/// What a row of a report is about, short enough for a chart label.
fn measure_label(t: &Messages, measure: Measure, topic: Option<&str>) -> String {
    match measure {
        Measure::Topic => topic.map(str::to_owned).unwrap_or_else(|| t.get("scaling-topic")),
        Measure::Learning => t.get("report-measure-learning"),
        Measure::FutureRisk => t.get("report-measure-future-risk"),
        Measure::Consequences => t.get("report-measure-consequences"),
    }
}

fn phase_label(t: &Messages, phase: Phase) -> String {
    match phase {
        Phase::Start => t.get("session-phase-start"),
        Phase::End => t.get("session-phase-end"),
        Phase::Closed => t.get("session-phase-closed"),
    }
}

fn value_of<T: std::str::FromStr>(node: &NodeRef) -> Option<T> {
    let value = node
        .cast::<HtmlSelectElement>()
        .map(|select| select.value())
        .or_else(|| node.cast::<HtmlInputElement>().map(|input| input.value()))?;
    value.parse().ok()
}

/// Programmes with a form to open a session on each, recent sessions, and (for participation
/// officers and managers) a form for a new programme.
#[function_component(SessionsPage)]
pub fn sessions_page() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let programmes = use_get(super::api::programmes(), *tick);
    let sessions = use_get(super::api::sessions(), *tick);
    let role = use_auth().and_then(|auth| auth.me()).map(|me| me.role);
    let on_created = {
        let tick = tick.clone();
        Callback::from(move |_| tick.set(*tick + 1))
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("sessions-title") }</h1>
            { match &*programmes {
                Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
                Load::Failed(code) => load_failed(&t, *code),
                Load::Loaded(list) => html! { <>{ for list.iter().map(|programme| html! { <ProgrammeCard programme={programme.clone()} /> }) }</> },
            } }
            <h2>{ t.get("sessions-recent") }</h2>
            if let Load::Loaded(list) = &*sessions {
                if list.is_empty() {
                    <p>{ t.get("sessions-none") }</p>
                }
                <ul class="list">
                    { for list.iter().map(|session| {
                        let route = if session.phase == Phase::Closed {
                            Route::SessionReport { id: session.id.to_string() }
                        } else {
                            Route::LiveSession { id: session.id.to_string() }
                        };
                        html! {
                            <li class="list-item">
                                <Link to={route} classes="list-title">{ format!("{}: {}", session.programme_name, session.title) }</Link>
                                <span class="hint">{ format!(" {} · {} · ", day_of(&t, session.opened_at), phase_label(&t, session.phase)) }
                                    { t.get_with("sessions-joined", &[("count", session.joined.into())]) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            if matches!(role, Some(Role::ParticipationOfficer | Role::Manager)) {
                <NewProgrammeForm {on_created} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ProgrammeCardProps {
    programme: Programme,
}

/// One programme: its topics, and a form that opens a session on one of them.
#[function_component(ProgrammeCard)]
fn programme_card(props: &ProgrammeCardProps) -> Html {
    let t = use_i18n();
    let navigator = use_navigator();
    let error = use_state(|| None::<ErrorCode>);
    let key = use_state(OperationId::new_v7);
    let (topic, kind, cohort, anonymous) = (use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref());
    let programme = &props.programme;
    let prefix = format!("p-{}", programme.id.simple());
    let onsubmit = {
        let (topic, kind, cohort, anonymous, error, key) =
            (topic.clone(), kind.clone(), cohort.clone(), anonymous.clone(), error.clone(), key.clone());
        let programme_id = programme.id;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let topic_id = value_of::<Uuid>(&topic);
            let kind = match (topic_id, value_of::<String>(&kind).as_deref()) {
                (None, _) => SessionKind::ProgrammeReview,
                (Some(_), Some("one_to_one")) => SessionKind::OneToOne,
                (Some(_), _) => SessionKind::Group,
            };
            let request = OpenSessionRequest {
                programme_id,
                topic_id,
                kind,
                cohort: value_of::<String>(&cohort).unwrap_or_default(),
                anonymous_allowed: anonymous.cast::<HtmlInputElement>().is_some_and(|box_| box_.checked()),
            };
            let (error, navigator, key) = (error.clone(), navigator.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_once::<LiveSession>(&super::api::sessions_path(), &request, &key).await {
                    Ok(live) => {
                        if let Some(navigator) = navigator {
                            navigator.push(&Route::LiveSession { id: live.id.to_string() });
                        }
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <article class="card-panel">
            <h2>{ programme.name.clone() }</h2>
            if !programme.description.is_empty() {
                <p>{ programme.description.clone() }</p>
            }
            <ol class="topics">
                { for programme.topics.iter().map(|topic| html! { <li>{ topic.title.clone() }</li> }) }
            </ol>
            <form class="form" {onsubmit}>
                if let Some(code) = *error {
                    <p class="error" role="alert">{ t.error(code) }</p>
                }
                <div class="field">
                    <label for={format!("{prefix}-topic")}>{ t.get("sessions-topic") }</label>
                    <select id={format!("{prefix}-topic")} ref={topic}>
                        // `selected` on the first: Yew inserts options last-first, and the browser
                        // would otherwise keep the first one inserted (the last) selected.
                        { for programme.topics.iter().enumerate().map(|(index, topic)| html! {
                            <option value={topic.id.to_string()} selected={index == 0}>{ format!("{}. {}", topic.position, topic.title) }</option>
                        }) }
                        <option value="review">{ t.get("sessions-review-option") }</option>
                    </select>
                </div>
                <div class="field">
                    <label for={format!("{prefix}-kind")}>{ t.get("sessions-kind") }</label>
                    <select id={format!("{prefix}-kind")} ref={kind}>
                        <option value="group" selected=true>{ t.get("sessions-kind-group") }</option>
                        <option value="one_to_one">{ t.get("sessions-kind-one-to-one") }</option>
                    </select>
                </div>
                <div class="field">
                    <label for={format!("{prefix}-cohort")}>{ t.get("sessions-cohort") }</label>
                    <input id={format!("{prefix}-cohort")} type="text" maxlength="60" ref={cohort} />
                </div>
                <div class="field checkbox">
                    <input id={format!("{prefix}-anonymous")} type="checkbox" ref={anonymous} />
                    <label for={format!("{prefix}-anonymous")}>{ t.get("sessions-anonymous") }</label>
                </div>
                <button type="submit" class="button">{ t.get("sessions-open") }</button>
            </form>
            <p><Link to={Route::ProgrammeReport { id: programme.id.to_string() }}>{ t.get("programme-report-link") }</Link></p>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct NewProgrammeProps {
    on_created: Callback<()>,
}

/// A new programme: a name and one row per session topic.
#[function_component(NewProgrammeForm)]
fn new_programme_form(props: &NewProgrammeProps) -> Html {
    let t = use_i18n();
    let blank = || TopicInput { title: String::new(), question: String::new(), easy_read_question: String::new() };
    let topics = use_state(move || vec![blank()]);
    let error = use_state(|| None::<ErrorCode>);
    let key = use_state(OperationId::new_v7);
    let (name, description) = (use_node_ref(), use_node_ref());
    let set_field = |index: usize, field: fn(&mut TopicInput) -> &mut String| {
        let topics = topics.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(input) = event.target_dyn_into::<HtmlInputElement>() {
                let mut next = (*topics).clone();
                if let Some(row) = next.get_mut(index) {
                    *field(row) = input.value();
                }
                topics.set(next);
            }
        })
    };
    let add = {
        let topics = topics.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*topics).clone();
            next.push(TopicInput { title: String::new(), question: String::new(), easy_read_question: String::new() });
            topics.set(next);
        })
    };
    let onsubmit = {
        let (topics, error, name, description, on_created, key) =
            (topics.clone(), error.clone(), name.clone(), description.clone(), props.on_created.clone(), key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = CreateProgrammeRequest {
                name: value_of::<String>(&name).unwrap_or_default(),
                description: value_of::<String>(&description).unwrap_or_default(),
                topics: (*topics).clone(),
            };
            if let Err(code) = tandem_domain::sessions::NewProgramme::parse(&request) {
                return error.set(Some(code));
            }
            let (error, topics, on_created, key) = (error.clone(), topics.clone(), on_created.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_once::<Programme>(&super::api::programmes_path(), &request, &key).await {
                    Ok(_) => {
                        error.set(None);
                        topics.set(vec![TopicInput { title: String::new(), question: String::new(), easy_read_question: String::new() }]);
                        on_created.emit(());
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <form class="form card-panel" {onsubmit} novalidate=true>
            <h2>{ t.get("programme-new-title") }</h2>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <div class="field">
                <label for="programme-name">{ t.get("programme-name") }</label>
                <input id="programme-name" type="text" maxlength="120" ref={name} />
            </div>
            <div class="field">
                <label for="programme-description">{ t.get("programme-description") }</label>
                <input id="programme-description" type="text" maxlength="500" ref={description} />
            </div>
            { for topics.iter().enumerate().map(|(index, topic)| {
                let id = |what: &str| format!("topic-{index}-{what}");
                html! {
                    <fieldset class="topic-row">
                        <legend>{ t.get_with("programme-topic-legend", &[("number", (index + 1).into())]) }</legend>
                        <div class="field">
                            <label for={id("title")}>{ t.get("programme-topic-title") }</label>
                            <input id={id("title")} type="text" maxlength="120" value={topic.title.clone()} oninput={set_field(index, |row| &mut row.title)} />
                        </div>
                        <div class="field">
                            <label for={id("question")}>{ t.get("programme-topic-question") }</label>
                            <input id={id("question")} type="text" maxlength="500" value={topic.question.clone()} oninput={set_field(index, |row| &mut row.question)} />
                        </div>
                        <div class="field">
                            <label for={id("easy")}>{ t.get("programme-topic-easy") }</label>
                            <input id={id("easy")} type="text" maxlength="500" value={topic.easy_read_question.clone()} oninput={set_field(index, |row| &mut row.easy_read_question)} />
                        </div>
                    </fieldset>
                }
            }) }
            <div class="actions">
                <button type="button" class="button secondary" onclick={add}>{ t.get("programme-add-topic") }</button>
                <button type="submit" class="button">{ t.get("programme-create") }</button>
            </div>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub id: String,
}

/// How often the live screen asks for the latest figures.
const LIVE_REFRESH_MS: u32 = 3_000;

/// The screen a worker shows the room: join code and QR, then the figures as they come in.
#[function_component(LiveSessionPage)]
pub fn live_session_page(props: &SessionProps) -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let live = use_get(super::api::live(&props.id), *tick);
    let error = use_state(|| None::<ErrorCode>);
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let counter = std::rc::Rc::new(std::cell::Cell::new(0u32));
            let interval = Interval::new(LIVE_REFRESH_MS, move || {
                counter.set(counter.get() + 1);
                tick.set(counter.get());
            });
            move || drop(interval)
        });
    }
    let move_to = |phase: Phase| {
        let (tick, error, id) = (tick.clone(), error.clone(), props.id.clone());
        Callback::from(move |_: MouseEvent| {
            let (tick, error, id) = (tick.clone(), error.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_json::<LiveSession>(&super::api::phase_path(&id), &SetPhaseRequest { phase }).await {
                    Ok(_) => {
                        error.set(None);
                        tick.set(tick.wrapping_add(1_000_000));
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let session = match &*live {
        Load::Loading => return html! { <section class="page wide" aria-busy="true"><h1>{ t.get("live-title") }</h1></section> },
        Load::Failed(code) => {
            return html! { <section class="page wide"><h1>{ t.get("live-title") }</h1>{ load_failed(&t, *code) }</section> }
        }
        Load::Loaded(session) => session.clone(),
    };
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    let join_link = format!("{origin}/session?code={}", session.code);
    let grouped_code = format!("{} {}", &session.code[..3.min(session.code.len())], session.code.get(3..).unwrap_or(""));
    html! {
        <section class="page wide live-session">
            <h1>{ format!("{}: {}", session.programme_name, session.topic_title.clone().unwrap_or_else(|| t.get("scaling-review-title"))) }</h1>
            if let Some(question) = &session.question {
                <p class="lead">{ question.clone() }</p>
            }
            // A closed session's code joins nothing: it is not shown as if it did.
            if session.phase != Phase::Closed {
                <p>{ t.get("live-join-at") }<strong>{ format!(" {origin}/session") }</strong></p>
                <p class="join-code" data-code={session.code.clone()} aria-label={t.get_with("live-code-label", &[("code", session.code.clone().into())])}>
                    { grouped_code }
                </p>
                <QrCodeImage content={join_link} label={t.get("live-qr-label")} />
            }
            <p role="status" aria-live="polite">
                <strong>{ phase_label(&t, session.phase) }</strong>{ " · " }
                <span data-figure="joined">{ t.get_with("sessions-joined", &[("count", session.joined.into())]) }</span>
            </p>
            <table class="data-table">
                <caption>{ t.get("live-averages") }</caption>
                <thead><tr>
                    <th scope="col">{ t.get("report-question") }</th>
                    <th scope="col">{ t.get("report-start-answers") }</th>
                    <th scope="col">{ t.get("report-start-mean") }</th>
                    <th scope="col">{ t.get("report-end-answers") }</th>
                    <th scope="col">{ t.get("report-end-mean") }</th>
                </tr></thead>
                <tbody>
                    { for session.measures.iter().map(|m| html! {
                        <tr data-measure={m.measure.as_str()}>
                            <th scope="row">{ measure_label(&t, m.measure, session.topic_title.as_deref()) }</th>
                            <td data-figure="start-n">{ m.start.n }</td>
                            <td data-figure="start-mean">{ one_decimal(m.start.mean) }</td>
                            <td data-figure="end-n">{ m.end.n }</td>
                            <td data-figure="end-mean">{ one_decimal(m.end.mean) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <div class="actions">
                if session.phase == Phase::Start && session.kind != SessionKind::ProgrammeReview {
                    <button type="button" class="button" onclick={move_to(Phase::End)}>{ t.get("live-ask-end") }</button>
                }
                if session.phase != Phase::Closed {
                    <button type="button" class="button secondary" onclick={move_to(Phase::Closed)}>{ t.get("live-close") }</button>
                } else {
                    <Link to={Route::SessionReport { id: props.id.clone() }} classes="button">{ t.get("report-title") }</Link>
                }
            </div>
            <p><Link to={Route::Sessions}>{ t.get("sessions-title") }</Link></p>
        </section>
    }
}

fn change_cells(change: &Change) -> Html {
    html! {
        <>
            <td data-figure="pairs">{ change.start.n }</td>
            <td data-figure="start-mean">{ one_decimal(change.start.mean) }</td>
            <td data-figure="end-mean">{ one_decimal(change.end.mean) }</td>
            <td data-figure="change">{ signed(change.mean_change) }</td>
        </>
    }
}

/// `pairs` says what the first figure counts: in one session each young person gives one pair,
/// over a programme one per session they came to.
fn change_headings(t: &Messages, pairs: String) -> Html {
    html! {
        <>
            <th scope="col">{ pairs }</th>
            <th scope="col">{ t.get("report-start-mean") }</th>
            <th scope="col">{ t.get("report-end-mean") }</th>
            <th scope="col">{ t.get("report-change") }</th>
        </>
    }
}

fn score_cell(score: Option<u8>) -> String {
    score.map(|s| s.to_string()).unwrap_or_else(|| "–".to_owned())
}

/// One session's report: the chart, the figures, everyone's scores, and the CSV.
#[function_component(SessionReportPage)]
pub fn session_report_page(props: &SessionProps) -> Html {
    let t = use_i18n();
    let report = use_get(super::api::session_report(&props.id), 0);
    let report = match &*report {
        Load::Loading => return html! { <section class="page wide" aria-busy="true"><h1>{ t.get("report-title") }</h1></section> },
        Load::Failed(code) => {
            return html! { <section class="page wide"><h1>{ t.get("report-title") }</h1>{ load_failed(&t, *code) }</section> }
        }
        Load::Loaded(report) => report.clone(),
    };
    let session = &report.session;
    let topic = session.topic_title.as_deref();
    let rows: Vec<(String, Summary, Summary)> =
        report.changes.iter().map(|c| (measure_label(&t, c.measure, topic), c.change.start, c.change.end)).collect();
    html! {
        <section class="page wide report">
            <h1>{ t.get("report-title") }</h1>
            <p class="lead">{ format!("{} · {} · {}", session.programme_name, topic.map(str::to_owned).unwrap_or_else(|| t.get("scaling-review-title")), day_of(&t, session.opened_at)) }</p>
            <dl class="figures">
                <div><dt>{ t.get("report-attendance") }</dt><dd data-figure="attendance">{ report.attendance }</dd></div>
            </dl>
            <ScoreChart title={t.get("report-chart-title")} rows={rows} />
            <table class="data-table" id="report-changes">
                <caption>{ t.get("report-changes-caption") }</caption>
                <thead><tr><th scope="col">{ t.get("report-question") }</th>{ change_headings(&t, t.get("report-pairs")) }</tr></thead>
                <tbody>
                    { for report.changes.iter().map(|c| html! {
                        <tr><th scope="row">{ measure_label(&t, c.measure, topic) }</th>{ change_cells(&c.change) }</tr>
                    }) }
                </tbody>
            </table>
            <table class="data-table" id="report-participants">
                <caption>{ t.get("report-participants-caption") }</caption>
                <thead><tr>
                    <th scope="col">{ t.get("report-person") }</th>
                    <th scope="col">{ t.get("report-question") }</th>
                    <th scope="col">{ t.get("report-start") }</th>
                    <th scope="col">{ t.get("report-end") }</th>
                </tr></thead>
                <tbody>
                    { for report.participants.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ participant_label(&t, row) }</th>
                            <td>{ measure_label(&t, row.measure, topic) }</td>
                            <td>{ score_cell(row.start) }</td>
                            <td>{ score_cell(row.end) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="actions">
                <a class="button" href={super::api::session_report_csv(&props.id)} download="">{ t.get("report-csv") }</a>
                <Link to={Route::Sessions} classes="button secondary">{ t.get("sessions-title") }</Link>
            </p>
        </section>
    }
}

fn breakdown_title(t: &Messages, by: BreakdownBy) -> String {
    match by {
        BreakdownBy::AgeBand => t.get("report-by-age"),
        BreakdownBy::Sex => t.get("report-by-sex"),
        BreakdownBy::Ethnicity => t.get("report-by-ethnicity"),
    }
}

/// A programme across its cohorts: topic by topic, attendance, and breakdowns.
#[function_component(ProgrammeReportPage)]
pub fn programme_report_page(props: &SessionProps) -> Html {
    let t = use_i18n();
    let report = use_get(super::api::programme_report(&props.id), 0);
    let report = match &*report {
        Load::Loading => return html! { <section class="page wide" aria-busy="true"><h1>{ t.get("programme-report-link") }</h1></section> },
        Load::Failed(code) => {
            return html! { <section class="page wide"><h1>{ t.get("programme-report-link") }</h1>{ load_failed(&t, *code) }</section> }
        }
        Load::Loaded(report) => report.clone(),
    };
    let label = |cohort: &str, title: &str| if cohort.is_empty() { title.to_owned() } else { format!("{cohort}: {title}") };
    let rows: Vec<(String, Summary, Summary)> = report
        .rows
        .iter()
        .map(|row| (label(&row.cohort, &measure_label(&t, row.measure, Some(&row.title))), row.start_all, row.end_all))
        .collect();
    html! {
        <section class="page wide report">
            <h1>{ report.programme.name.clone() }</h1>
            if report.rows.is_empty() {
                <p>{ t.get("sessions-none") }</p>
            }
            <ScoreChart title={t.get("programme-chart-title")} rows={rows} />
            <table class="data-table" id="programme-rows">
                <caption>{ t.get("report-changes-caption") }</caption>
                <thead><tr>
                    <th scope="col">{ t.get("report-question") }</th>
                    <th scope="col">{ t.get("report-sessions") }</th>
                    <th scope="col">{ t.get("report-attendance") }</th>
                    { change_headings(&t, t.get("report-score-pairs")) }
                </tr></thead>
                <tbody>
                    { for report.rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ label(&row.cohort, &measure_label(&t, row.measure, Some(&row.title))) }</th>
                            <td>{ row.sessions }</td>
                            <td>{ row.attendance }</td>
                            { change_cells(&row.change) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <table class="data-table" id="programme-attendance">
                <caption>{ t.get("report-attendance-caption") }</caption>
                <thead><tr><th scope="col">{ t.get("report-person") }</th><th scope="col">{ t.get("report-group") }</th><th scope="col">{ t.get("report-attended") }</th></tr></thead>
                <tbody>
                    { for report.attendance.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.name.clone() }</th>
                            <td>{ row.cohort.clone() }</td>
                            <td>{ t.get_with("report-attended-of", &[("attended", row.attended.into()), ("of", row.of.into())]) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="hint">{ t.get("report-pairs-note") }</p>
            <h2>{ t.get("report-breakdowns") }</h2>
            <p class="hint">{ t.get("report-suppression-note") }</p>
            { for report.breakdowns.iter().map(|breakdown| html! {
                <table class="data-table">
                    <caption>{ breakdown_title(&t, breakdown.by) }</caption>
                    <thead><tr>
                        <th scope="col">{ t.get("report-group") }</th>
                        <th scope="col">{ t.get("report-young-people") }</th>
                        { change_headings(&t, t.get("report-score-pairs")) }
                    </tr></thead>
                    <tbody>
                        { for breakdown.cells.iter().map(|cell| match cell {
                            Cell::Shown { group, value } => html! {
                                <tr><th scope="row">{ group_label(&t, group) }</th><td data-figure="young-people">{ value.young_people }</td>{ change_cells(&value.change) }</tr>
                            },
                            Cell::Suppressed { group } => html! {
                                <tr><th scope="row">{ group_label(&t, group) }</th><td colspan="5" class="suppressed">{ t.get("report-suppressed") }</td></tr>
                            },
                        }) }
                    </tbody>
                </table>
            }) }
            <p class="actions">
                <a class="button" href={super::api::programme_report_csv(&props.id)} download="">{ t.get("report-csv") }</a>
                <Link to={Route::Sessions} classes="button secondary">{ t.get("sessions-title") }</Link>
            </p>
        </section>
    }
}

/// A young person's scores over time, on their page, and what is recorded for breakdowns.
#[function_component(ScalingHistory)]
pub fn scaling_history(props: &SessionProps) -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let history = use_get(super::api::scaling_history(&props.id), *tick);
    let error = use_state(|| None::<ErrorCode>);
    let saved = use_state(|| false);
    let (birth, sex, ethnicity) = (use_node_ref(), use_node_ref(), use_node_ref());
    let onsubmit = {
        let (birth, sex, ethnicity, error, saved, tick, id) =
            (birth.clone(), sex.clone(), ethnicity.clone(), error.clone(), saved.clone(), tick.clone(), props.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let profile = ProfileFields {
                birth_date: value_of::<String>(&birth).unwrap_or_default(),
                sex: value_of::<String>(&sex).unwrap_or_default(),
                ethnicity: value_of::<String>(&ethnicity).unwrap_or_default(),
            };
            let (error, saved, tick, id) = (error.clone(), saved.clone(), tick.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::put_json(&super::api::profile_path(&id), &profile).await {
                    Ok(()) => {
                        error.set(None);
                        saved.set(true);
                        tick.set(*tick + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let Load::Loaded(history) = &*history else { return html! {} };
    let rows = &history.rows;
    let profile = &history.profile;
    html! {
        <section aria-labelledby="scaling-history">
            <h2 id="scaling-history">{ t.get("history-title") }</h2>
            if rows.is_empty() {
                <p>{ t.get("sessions-none") }</p>
            } else {
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{ t.get("history-date") }</th>
                        <th scope="col">{ t.get("report-question") }</th>
                        <th scope="col">{ t.get("report-start") }</th>
                        <th scope="col">{ t.get("report-end") }</th>
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <td>{ day_of(&t, row.opened_at) }</td>
                                <th scope="row">{ format!("{}: {}", row.programme_name, measure_label(&t, row.measure, Some(&row.title))) }</th>
                                <td>{ score_cell(row.start) }</td>
                                <td>{ score_cell(row.end) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            <form class="form card-panel" {onsubmit}>
                <h3>{ t.get("profile-title") }</h3>
                <p class="hint">{ t.get("profile-why") }</p>
                if let Some(code) = *error {
                    <p class="error" role="alert">{ t.error(code) }</p>
                }
                <DateField id="profile-birth" label={t.get("profile-birth-date")} value={profile.birth_date.clone()} node_ref={birth} />
                <div class="field">
                    <label for="profile-sex">{ t.get("profile-sex") }</label>
                    <input id="profile-sex" type="text" maxlength="60" value={profile.sex.clone()} ref={sex} />
                </div>
                <div class="field">
                    <label for="profile-ethnicity">{ t.get("profile-ethnicity") }</label>
                    <input id="profile-ethnicity" type="text" maxlength="60" value={profile.ethnicity.clone()} ref={ethnicity} />
                </div>
                <button type="submit" class="button">{ t.get("profile-save") }</button>
                if *saved {
                    <p role="status">{ t.get("profile-saved") }</p>
                }
            </form>
        </section>
    }
}
