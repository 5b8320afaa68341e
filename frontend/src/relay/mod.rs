//! The relay log for staff (staff build): the service dashboard for managers (what is where,
//! what is past the 72-hour window, failed events to send again), and on a young person's page
//! their events, the case-record identifier, and downloads to record by hand.

pub mod api;

use tandem_domain::accounts::Role;
use tandem_domain::relay::{CaseRecordIdRequest, RelayEvent, RelaySettings, RelayStatus};
use tandem_domain::ErrorCode;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::dates::time_in_words;
use crate::components::hidden_context;
use crate::components::loading::{load_failed, use_get, Load};
use crate::i18n::{use_i18n, Messages};

fn status_label(t: &Messages, status: RelayStatus) -> String {
    match status {
        RelayStatus::Queued => t.get("relay-status-queued"),
        RelayStatus::Retrying => t.get("relay-status-retrying"),
        RelayStatus::Delivered => t.get("relay-status-delivered"),
        RelayStatus::Recorded => t.get("relay-status-recorded"),
        RelayStatus::Failed => t.get("relay-status-failed"),
    }
}

#[derive(Properties, PartialEq)]
struct EventTableProps {
    events: Vec<RelayEvent>,
    /// Show whose event it is (the service-wide log).
    with_names: bool,
    on_changed: Callback<()>,
}

/// Events with their state, and what staff may do with each.
#[function_component(EventTable)]
fn event_table(props: &EventTableProps) -> Html {
    let t = use_i18n();
    let role = use_auth().and_then(|auth| auth.me()).map(|me| me.role);
    let error = use_state(|| None::<ErrorCode>);
    // "Mark recorded" stops the relay for good, so it asks once more, beside the button.
    let confirming = use_state(|| None::<uuid::Uuid>);
    let ask = |id: Option<uuid::Uuid>| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(id))
    };
    let act = |id: uuid::Uuid, path_of: fn(uuid::Uuid) -> String| {
        let (error, on_changed, confirming) = (error.clone(), props.on_changed.clone(), confirming.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(None);
            let (error, on_changed) = (error.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::post_json::<Option<()>>(&path_of(id), &()).await {
                    Ok(_) => {
                        error.set(None);
                        on_changed.emit(());
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    if props.events.is_empty() {
        return html! { <p>{ t.get("relay-none") }</p> };
    }
    html! {
        <>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <table class="data-table relay-log">
                <thead><tr>
                    <th scope="col">{ t.get("relay-when") }</th>
                    if props.with_names {
                        <th scope="col">{ t.get("report-person") }</th>
                    }
                    <th scope="col">{ t.get("relay-kind") }</th>
                    <th scope="col">{ t.get("relay-status") }</th>
                    <th scope="col">{ t.get("relay-attempts") }</th>
                    <th scope="col">{ t.get("relay-last-error") }</th>
                    <th scope="col">{ t.get("relay-in-record") }</th>
                    <th scope="col">{ t.get("relay-actions") }</th>
                </tr></thead>
                <tbody>
                    { for props.events.iter().map(|event| html! {
                        <tr data-status={format!("{:?}", event.status).to_lowercase()} class={classes!(event.overdue.then_some("overdue"))}>
                            <td>{ time_in_words(&t, event.occurred_at) }
                                if event.overdue { <strong class="overdue-tag">{ t.get("relay-overdue") }</strong> }</td>
                            if props.with_names {
                                <td>{ event.young_person_name.clone().unwrap_or_else(|| t.get("relay-no-person")) }</td>
                            }
                            <td>{ event.kind.clone() }</td>
                            <td>{ status_label(&t, event.status) }</td>
                            <td>{ event.attempts }</td>
                            <td>{ event.last_error.clone().unwrap_or_default() }</td>
                            <td>{ event.delivered_at.map(|at| time_in_words(&t, at)).unwrap_or_default() }</td>
                            <td class="actions">
                                if event.status == RelayStatus::Failed && role == Some(Role::Manager) {
                                    <button type="button" class="button" onclick={act(event.id, self::api::retry_path)}>{ t.get("relay-retry") }</button>
                                }
                                if matches!(event.status, RelayStatus::Queued | RelayStatus::Retrying | RelayStatus::Failed) {
                                    if *confirming == Some(event.id) {
                                        <p role="alert">{ t.get("relay-mark-recorded-check") }</p>
                                        <button type="button" class="button" onclick={act(event.id, self::api::recorded_path)}>{ t.get("relay-mark-recorded-yes") }</button>
                                        <button type="button" class="button secondary" onclick={ask(None)}>{ t.get("relay-mark-recorded-no") }</button>
                                    } else {
                                        <button type="button" class="button secondary" onclick={ask(Some(event.id))}>
                                            { t.get("relay-mark-recorded") }
                                            { hidden_context(match (&event.young_person_name, props.with_names) {
                                                (Some(name), true) => format!("{}, {}, {}", event.kind, name, time_in_words(&t, event.occurred_at)),
                                                _ => format!("{}, {}", event.kind, time_in_words(&t, event.occurred_at)),
                                            }) }
                                        </button>
                                    }
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </>
    }
}

/// The service dashboard and log (managers).
#[function_component(RelayPage)]
pub fn relay_page() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let summary = use_get(self::api::summary(), *tick);
    let events = use_get(self::api::events(), *tick);
    let on_changed = {
        let tick = tick.clone();
        Callback::from(move |_| tick.set(*tick + 1))
    };
    let figures = match &*summary {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(summary) => html! {
            <>
                if !summary.endpoint_configured {
                    <p class="notice">{ t.get("relay-no-endpoint") }</p>
                }
                if !summary.service_enabled {
                    <p class="notice">{ t.get("relay-disabled") }</p>
                }
                <dl class="figures">
                    <div class={classes!((summary.overdue > 0).then_some("alarm"))}>
                        <dt>{ t.get("relay-overdue-count") }</dt><dd data-figure="overdue">{ summary.overdue }</dd>
                    </div>
                    <div><dt>{ t.get("relay-status-failed") }</dt><dd data-figure="failed">{ summary.failed }</dd></div>
                    <div><dt>{ t.get("relay-status-retrying") }</dt><dd data-figure="retrying">{ summary.retrying }</dd></div>
                    <div><dt>{ t.get("relay-status-queued") }</dt><dd data-figure="queued">{ summary.queued }</dd></div>
                    <div><dt>{ t.get("relay-status-delivered") }</dt><dd data-figure="delivered">{ summary.delivered }</dd></div>
                    <div><dt>{ t.get("relay-status-recorded") }</dt><dd data-figure="recorded">{ summary.recorded }</dd></div>
                </dl>
            </>
        },
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("relay-title") }</h1>
            <p class="lead">{ t.get("relay-intro") }</p>
            { figures }
            <h2>{ t.get("relay-log") }</h2>
            { match &*events {
                Load::Loaded(events) => html! { <EventTable events={events.clone()} with_names=true on_changed={on_changed.clone()} /> },
                Load::Failed(code) => load_failed(&t, *code),
                Load::Loading => html! {},
            } }
            <crate::data_rights::RetentionSettingsForm />
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct YoungPersonRelayProps {
    pub id: String,
}

/// On a young person's page: their identifier in the case record, their events, downloads.
#[function_component(YoungPersonRelay)]
pub fn young_person_relay(props: &YoungPersonRelayProps) -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let events = use_get(self::api::events_of(&props.id), *tick);
    let current = use_get(self::api::case_record_id(&props.id), 0);
    let error = use_state(|| None::<ErrorCode>);
    let saved = use_state(|| false);
    let input = use_node_ref();
    let on_changed = {
        let tick = tick.clone();
        Callback::from(move |_| tick.set(*tick + 1))
    };
    let onsubmit = {
        let (input, error, saved, id) = (input.clone(), error.clone(), saved.clone(), props.id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let case_record_id = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let (error, saved, id) = (error.clone(), saved.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::put_json(&self::api::case_record_id_path(&id), &CaseRecordIdRequest { case_record_id }).await {
                    Ok(()) => {
                        error.set(None);
                        saved.set(true);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let Load::Loaded(events) = &*events else { return html! {} };
    let waiting = events.iter().filter(|e| !matches!(e.status, RelayStatus::Delivered | RelayStatus::Recorded)).count();
    html! {
        <section aria-labelledby="relay-heading">
            <h2 id="relay-heading">{ t.get("relay-person-title") }</h2>
            <form class="form inline-form" {onsubmit}>
                if let Some(code) = *error {
                    <p class="error" role="alert">{ t.error(code) }</p>
                }
                <div class="field">
                    <label for="case-record-id">{ t.get("relay-case-record-id") }</label>
                    <input id="case-record-id" type="text" maxlength="64" ref={input}
                        value={match &*current { Load::Loaded(current) => current.case_record_id.clone(), _ => String::new() }} />
                </div>
                <button type="submit" class="button">{ t.get("relay-save-id") }</button>
                if *saved {
                    <p role="status">{ t.get("profile-saved") }</p>
                }
            </form>
            <p>{ t.get_with("relay-waiting", &[("count", waiting.into())]) }</p>
            if waiting > 0 {
                <p class="actions">
                    <a class="button secondary" href={self::api::ndjson(&props.id)} download="">{ t.get("relay-download-ndjson") }</a>
                    <a class="button secondary" href={self::api::csv(&props.id)} download="">{ t.get("relay-download-csv") }</a>
                </p>
            }
            <EventTable events={events.clone()} with_names=false {on_changed} />
        </section>
    }
}

/// For managers, on their start page: events that failed or are past the 72-hour window.
#[function_component(RelayAlert)]
pub fn relay_alert() -> Html {
    let t = use_i18n();
    let summary = use_get(self::api::summary(), 0);
    let Load::Loaded(summary) = &*summary else { return html! {} };
    if summary.failed == 0 && summary.overdue == 0 {
        return html! {};
    }
    html! {
        <p class="notice alarm-notice" role="status">
            { t.get_with("relay-alert", &[("failed", summary.failed.into()), ("overdue", summary.overdue.into())]) }
            { " " }
            <crate::routes::Link to={crate::routes::Route::Relay}>{ t.get("relay-title") }</crate::routes::Link>
        </p>
    }
}

/// For admins: whether this service's events go to the case record.
#[function_component(RelaySwitch)]
pub fn relay_switch() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let settings = use_get(self::api::settings(), *tick);
    let error = use_state(|| None::<ErrorCode>);
    let Load::Loaded(settings) = &*settings else { return html! {} };
    let enabled = settings.enabled;
    let onclick = {
        let (tick, error) = (tick.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let (tick, error) = (tick.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::put_json(&self::api::settings_path(), &RelaySettings { enabled: !enabled }).await {
                    Ok(()) => {
                        error.set(None);
                        tick.set(*tick + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="relay-switch-heading" class="card-panel">
            <h2 id="relay-switch-heading">{ t.get("relay-title") }</h2>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <p role="status">{ if enabled { t.get("relay-switch-on") } else { t.get("relay-switch-off") } }</p>
            <button type="button" class="button secondary" {onclick}>
                { if enabled { t.get("relay-turn-off") } else { t.get("relay-turn-on") } }
            </button>
        </section>
    }
}
