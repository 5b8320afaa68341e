//! Appointments on a young person's or carer's phone: what is coming (as a list and as a
//! month calendar), "I'll be there" or "I need to change this", adding one to the phone's own
//! calendar, and past ones as the worker recorded them. Read offline from the last copy; a
//! reply waits in the outbox until the server has it. Reminders are turned on here, by a button,
//! never by the page itself.

use tandem_domain::appointments::{AppointmentState, AppointmentView, DetailRequest, FreeTime, PushSettings, ReplyRequest};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{day_text, ics_href, state_text, year_month_day};
use crate::components::dates::{days_in, weekday};
use crate::components::hidden_context;
use crate::components::push::{subscribe_this_browser, PushError};
use crate::i18n::use_i18n;
use crate::offline::sync::{use_sync, Sent};
use crate::offline::{drafts, outbox};
use crate::routes::{Link, Route};

/// The last appointments fetched, kept for reading offline.
pub const CACHE: &str = "appointments_cache";
/// "What needs to change?", kept as typed: the appointment and the words.
pub const CHANGE_DRAFT: &str = "appointment_change";
const REPLY_KIND: &str = "appointment.reply";

/// Replies still on the phone: the appointment, whether coming, and the refusal if refused.
fn pending_replies(queued: &[outbox::QueuedOperation]) -> Vec<(Uuid, bool, Option<ErrorCode>)> {
    queued
        .iter()
        .filter(|op| op.kind == REPLY_KIND)
        .filter_map(|op| {
            let id = op.path.split('/').nth(4)?.parse().ok()?;
            let reply: ReplyRequest = crate::json::from_str(&op.body).ok()?;
            Some((id, reply.coming, op.rejection()))
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Loading,
    Appointments(Vec<AppointmentView>, bool),
    Failed(ErrorCode),
}

#[function_component(AppointmentsPage)]
pub fn appointments_page() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let reader = crate::auth::use_auth().and_then(|auth| auth.me()).map(|me| me.person_id);
    let loaded = use_state(|| Loaded::Loading);
    let pending = use_state(Vec::new);
    let changing = use_state(|| None::<(Uuid, String)>);
    let error = use_state(|| None::<ErrorCode>);
    let tick = use_state(|| 0u32);
    let sync_status = sync.as_ref().map(|s| s.state().status);

    use_effect_with((*tick, sync_status), {
        let (loaded, pending, changing) = (loaded.clone(), pending.clone(), changing.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let state = match crate::offline::read_through::<Vec<AppointmentView>>(&super::api::mine_path(), CACHE).await {
                    Ok((views, offline)) => Loaded::Appointments(views, offline),
                    Err(code) => Loaded::Failed(code),
                };
                pending.set(pending_replies(&outbox::all().await.unwrap_or_default()));
                if changing.is_none() {
                    changing.set(drafts::load::<(Uuid, String)>(CHANGE_DRAFT).await.ok().flatten());
                }
                loaded.set(state);
            });
        }
    });

    let send_reply = {
        let (tick, error, sync) = (tick.clone(), error.clone(), sync.clone());
        Callback::from(move |(id, reply): (Uuid, ReplyRequest)| {
            let sent = Sent { tick: tick.clone(), error: error.clone(), sync: sync.clone() };
            let draft = (!reply.coming).then(|| CHANGE_DRAFT.to_owned());
            wasm_bindgen_futures::spawn_local(sent.queue(REPLY_KIND, super::api::replies_path(id), reply, draft, None));
        })
    };
    let on_changing = drafts::kept_in_draft(&changing, CHANGE_DRAFT);

    let (views, offline) = match &*loaded {
        Loaded::Loading => return html! { <section class="page" aria-busy="true"><h1>{ t.get("appointments-title") }</h1></section> },
        Loaded::Failed(code) => {
            return html! { <section class="page"><h1>{ t.get("appointments-title") }</h1><p class="error" role="alert">{ t.error(*code) }</p></section> };
        }
        Loaded::Appointments(views, offline) => (views.clone(), *offline),
    };
    let (upcoming, past): (Vec<AppointmentView>, Vec<AppointmentView>) =
        views.into_iter().partition(|view| view.state == AppointmentState::Upcoming);
    let error_line = error.map(|code| html! { <p class="error" role="alert">{ t.error(code) }</p> });

    html! {
        <section class="page appointments-page">
            <h1>{ t.get("appointments-title") }</h1>
            { error_line }
            if offline { <p class="notice" role="status">{ t.get("appointments-offline-copy") }</p> }
            <RemindMe />
            <h2>{ t.get("appointments-coming-up") }</h2>
            if upcoming.is_empty() { <p>{ t.get("appointments-none") }</p> }
            <ul class="appointment-list">
                { for upcoming.iter().map(|view| {
                    let mine = pending.iter().rev().find(|(id, _, _)| *id == view.id).cloned();
                    html! {
                        <li key={view.id.to_string()}>
                            <AppointmentCard view={view.clone()} pending={mine} mine={Some(view.young_person_id) == reader}
                                changing={(*changing).clone().filter(|(id, _)| *id == view.id).map(|(_, text)| text)}
                                on_changing={on_changing.clone()} send_reply={send_reply.clone()} />
                        </li>
                    }
                }) }
            </ul>
            if !upcoming.is_empty() { <Calendar views={upcoming.clone()} /> }
            if !past.is_empty() {
                <h2>{ t.get("appointments-past") }</h2>
                <ul class="appointment-list past">
                    { for past.iter().rev().map(|view| html! {
                        <li key={view.id.to_string()} class="card">
                            <p class="card-title">{ day_text(&t, view) }{ ", " }{ view.start.clone() }</p>
                            <p>{ view.place.clone() }</p>
                            <p class={classes!("badge", view.state.as_str())}>{ state_text(&t, view.state) }</p>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// "Thursday 26 November, 4pm to 5pm".
fn free_time_words(t: &crate::i18n::Messages, free: &FreeTime) -> String {
    t.get_with(
        "appointments-free-time",
        &[
            ("day", super::day_words(t, &free.date, free.weekday).into()),
            ("start", free.start.clone().into()),
            ("end", free.end.clone().into()),
        ],
    )
}

#[derive(Properties, PartialEq)]
struct CardProps {
    view: AppointmentView,
    /// This phone's unsent reply: coming or not, and the refusal if refused.
    pending: Option<(Uuid, bool, Option<ErrorCode>)>,
    /// "What needs to change?" being written for this appointment.
    changing: Option<String>,
    /// The reader is the young person it is for (a carer sees whose it is).
    mine: bool,
    on_changing: Callback<Option<(Uuid, String)>>,
    send_reply: Callback<(Uuid, ReplyRequest)>,
}

#[function_component(AppointmentCard)]
fn appointment_card(props: &CardProps) -> Html {
    let t = use_i18n();
    let view = &props.view;
    let id = view.id;
    let heading_id = format!("appointment-{id}");
    // The worker's free time chosen while saying what needs to change (none: another day).
    let chosen = use_state(|| None::<Uuid>);
    let refused = use_state(|| None::<ErrorCode>);
    let reply = view.replies.last();
    let status = match (&props.pending, reply) {
        (Some((_, _, Some(code))), _) => html! { <p class="error" role="alert">{ t.error(*code) }</p> },
        (Some(_), _) => html! { <p class="badge waiting">{ t.get("appointments-reply-waiting") }</p> },
        (None, Some(reply)) if reply.coming => html! { <p class="badge">{ t.get("appointments-you-are-coming") }</p> },
        (None, Some(reply)) => match &reply.asks_for {
            Some(asked) => {
                html! { <p class="badge">{ t.get_with("appointments-you-asked-time", &[("time", free_time_words(&t, asked).into())]) }</p> }
            }
            None => {
                html! { <p class="badge">{ t.get_with("appointments-you-asked-change", &[("reason", reply.reason.clone().into())]) }</p> }
            }
        },
        (None, None) => html! {},
    };
    let coming = {
        let send = props.send_reply.clone();
        Callback::from(move |_| send.emit((id, ReplyRequest { coming: true, reason: String::new(), free_time_id: None })))
    };
    let start_change = {
        let on_changing = props.on_changing.clone();
        Callback::from(move |_| on_changing.emit(Some((id, String::new()))))
    };
    let change_form = props.changing.clone().map(|text| {
        let choose = |free_time: Option<Uuid>| {
            let (chosen, refused) = (chosen.clone(), refused.clone());
            Callback::from(move |_: Event| {
                refused.set(None);
                chosen.set(free_time);
            })
        };
        let on_input = {
            let on_changing = props.on_changing.clone();
            Callback::from(move |event: InputEvent| {
                if let Some(area) = event.target().and_then(|target| target.dyn_into::<HtmlTextAreaElement>().ok()) {
                    on_changing.emit(Some((id, area.value())));
                }
            })
        };
        let submit = {
            let (send, text, chosen, refused) = (props.send_reply.clone(), text.clone(), chosen.clone(), refused.clone());
            Callback::from(move |event: SubmitEvent| {
                event.prevent_default();
                let reply = ReplyRequest { coming: false, reason: text.clone(), free_time_id: *chosen };
                match reply.parse() {
                    Ok(reply) => send.emit((id, reply)),
                    Err(code) => {
                        refused.set(Some(code));
                        crate::components::field_error::focus(&format!("change-{id}"));
                    }
                }
            })
        };
        let cancel = {
            let on_changing = props.on_changing.clone();
            Callback::from(move |_| on_changing.emit(None))
        };
        let field = format!("change-{id}");
        let error_id = format!("{field}-error");
        let times = view.free_times.clone();
        html! {
            <form class="change-form" onsubmit={submit} novalidate=true>
                if !times.is_empty() {
                    <fieldset class="free-times">
                        <legend>{ t.get("appointments-free-times") }</legend>
                        { for times.iter().map(|free| {
                            let radio = format!("free-{id}-{}", free.id);
                            html! {
                                <div class="choice">
                                    <input type="radio" id={radio.clone()} name={format!("free-{id}")} checked={*chosen == Some(free.id)}
                                        onchange={choose(Some(free.id))} />
                                    <label for={radio}>{ free_time_words(&t, free) }</label>
                                </div>
                            }
                        }) }
                        <div class="choice">
                            <input type="radio" id={format!("free-{id}-other")} name={format!("free-{id}")} checked={chosen.is_none()}
                                onchange={choose(None)} />
                            <label for={format!("free-{id}-other")}>{ t.get("appointments-free-other") }</label>
                        </div>
                    </fieldset>
                }
                <label for={field.clone()}>{ t.get(if times.is_empty() { "appointments-change-label" } else { "appointments-change-label-optional" }) }</label>
                <textarea id={field} rows="3" maxlength="500" value={text} oninput={on_input}
                    aria-invalid={refused.is_some().then_some("true")} aria-describedby={refused.is_some().then(|| error_id.clone())} />
                if let Some(code) = *refused {
                    <p class="error field-error" id={error_id} role="alert">{ t.error(code) }</p>
                }
                <div class="actions">
                    <button type="submit" class="button">{ t.get("appointments-change-send") }</button>
                    <button type="button" class="button secondary" onclick={cancel}>{ t.get("appointments-change-cancel") }</button>
                </div>
            </form>
        }
    });
    let fallback_title = t.get("appointments-default-title");
    html! {
        <article class="card appointment" id={id.to_string()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ day_text(&t, view) }</h3>
            <p class="appointment-time">{ t.get_with("appointments-time", &[("start", view.start.clone().into()), ("end", view.end.clone().into())]) }</p>
            if !props.mine {
                <p class="hint">{ t.get_with("appointments-for", &[("name", view.young_person_name.clone().into())]) }</p>
            }
            <dl>
                <dt>{ t.get("appointments-where") }</dt>
                <dd>{ view.place.clone() }
                    if let Some(link) = &view.map_link {
                        { " " }<a href={link.clone()} target="_blank" rel="noopener noreferrer" class="text-link">{ t.get("appointments-open-map") }</a>
                    }
                </dd>
                <dt>{ t.get("appointments-what") }</dt>
                <dd>{ view.purpose.clone() }</dd>
                if !view.with_whom.is_empty() {
                    <dt>{ t.get("appointments-who") }</dt>
                    <dd>{ view.with_whom.clone() }</dd>
                }
            </dl>
            if let Some(preparation) = view.preparation.filter(|_| props.mine) {
                if preparation.answered {
                    <p class="notice">{ t.get("appointments-got-ready") }</p>
                } else {
                    <p><Link to={Route::FillForm { id: preparation.form_id.to_string() }} classes="button secondary">{ t.get("appointments-get-ready") }{ hidden_context(day_text(&t, view)) }</Link></p>
                }
            }
            // Always there, so a reply's outcome is announced when it appears (WCAG 4.1.3).
            <div class="reply-status" role="status">{ status }</div>
            if props.changing.is_none() {
                <div class="actions">
                    <button type="button" class="button" onclick={coming}>{ t.get("appointments-coming") }{ hidden_context(day_text(&t, view)) }</button>
                    <button type="button" class="button secondary" onclick={start_change}>{ t.get("appointments-change") }{ hidden_context(day_text(&t, view)) }</button>
                </div>
            }
            { for change_form }
            <a class="text-link calendar-file" href={ics_href(view, &fallback_title)} download="appointment.ics">{ t.get("appointments-add-to-calendar") }{ hidden_context(day_text(&t, view)) }</a>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct CalendarProps {
    views: Vec<AppointmentView>,
}

/// The months with appointments to come, as a grid; a day with appointments links to the first.
#[function_component(Calendar)]
fn calendar(props: &CalendarProps) -> Html {
    let t = use_i18n();
    let mut months: Vec<(i32, u32)> = props.views.iter().map(|view| year_month_day(&view.date)).map(|(y, m, _)| (y, m)).collect();
    months.dedup();
    months.truncate(3);
    html! {
        <section class="calendar" aria-labelledby="calendar-heading">
            <h2 id="calendar-heading">{ t.get("appointments-calendar") }</h2>
            { for months.into_iter().map(|(year, month)| {
                let first = weekday(year, month, 1);
                let cells: Vec<Option<u32>> = (1..first).map(|_| None).chain((1..=days_in(year, month)).map(Some)).collect();
                let weeks: Vec<Vec<Option<u32>>> = cells.chunks(7).map(|week| week.to_vec()).collect();
                let month_name = t.get(&format!("month-{month}"));
                html! {
                    <table class="month">
                        <caption>{ format!("{month_name} {year}") }</caption>
                        <thead><tr>
                            { for (1..=7).map(|d| html! { <th scope="col" abbr={t.get(&format!("weekday-{d}"))}>{ t.get(&format!("weekday-short-{d}")) }</th> }) }
                        </tr></thead>
                        <tbody>
                            { for weeks.into_iter().map(|week| html! {
                                <tr>
                                    { for (0..7).map(|i| match week.get(i).copied().flatten() {
                                        None => html! { <td></td> },
                                        Some(day) => {
                                            let here: Vec<&AppointmentView> = props.views.iter().filter(|v| year_month_day(&v.date) == (year, month, day)).collect();
                                            match here.first() {
                                                None => html! { <td>{ day }</td> },
                                                Some(first) => {
                                                    let label = t.get_with("appointments-calendar-day", &[("day", day.to_string().into()), ("month", month_name.clone().into()), ("count", here.len().into())]);
                                                    html! { <td class="has-appointment"><a href={format!("#{}", first.id)} aria-label={label}>{ day }</a></td> }
                                                }
                                            }
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            }) }
        </section>
    }
}

/// "Remind me": reminders for this phone, and discreet or detailed words.
#[function_component(RemindMe)]
fn remind_me() -> Html {
    let t = use_i18n();
    let settings = use_state(|| None::<PushSettings>);
    let problem = use_state(|| None::<PushError>);
    let busy = use_state(|| false);
    {
        let settings = settings.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                settings.set(super::api::push_settings().read().await.ok());
            });
        });
    }
    let Some(current) = (*settings).clone() else {
        // Offline or not yet loaded: reminders are a thing to set up with a connection.
        return html! {};
    };
    let turn_on = {
        let (settings, problem, busy, key) = (settings.clone(), problem.clone(), busy.clone(), current.public_key.clone());
        Callback::from(move |_| {
            let (settings, problem, busy, key) = (settings.clone(), problem.clone(), busy.clone(), key.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match subscribe_this_browser(&key).await {
                    Ok(new) => {
                        problem.set(None);
                        settings.set(Some(new));
                    }
                    Err(err) => problem.set(Some(err)),
                }
                busy.set(false);
            });
        })
    };
    let toggle_detailed = {
        let settings = settings.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()) else { return };
            let settings = settings.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if crate::api::put_json(&super::api::detailed_path(), &DetailRequest { detailed: input.checked() }).await.is_ok() {
                    if let Ok(new) = super::api::push_settings().read().await {
                        settings.set(Some(new));
                    }
                }
            });
        })
    };
    let problem_line = problem.map(|err| html! { <p class="error" role="alert">{ err.message(&t) }</p> });
    html! {
        <section class="card remind-me" aria-labelledby="remind-heading">
            <h2 id="remind-heading">{ t.get("remind-title") }</h2>
            <p>{ t.get("remind-discreet") }</p>
            if current.subscriptions > 0 {
                <p class="badge" role="status">{ t.get("remind-on") }</p>
            }
            <button type="button" class="button" onclick={turn_on} disabled={*busy}>
                { t.get(if current.subscriptions > 0 { "remind-again" } else { "remind-button" }) }
            </button>
            { problem_line }
            <p class="field checkbox">
                <input type="checkbox" id="detailed-reminders" checked={current.detailed} onchange={toggle_detailed} />
                <label for="detailed-reminders">{ t.get("remind-detailed") }</label>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn month_grids_start_on_the_right_weekday() {
        assert_eq!(weekday(2026, 11, 1), 7, "1 November 2026 is a Sunday");
        assert_eq!(weekday(2026, 11, 23), 1);
        assert_eq!(weekday(2027, 3, 28), 7);
        assert_eq!(weekday(2028, 2, 29), 2);
        assert_eq!(days_in(2028, 2), 29);
        assert_eq!(days_in(2026, 2), 28);
        assert_eq!(year_month_day("2026-11-23"), (2026, 11, 23));
    }

    #[wasm_bindgen_test]
    fn unsent_replies_are_read_back_from_the_outbox() {
        let queued = outbox::QueuedOperation {
            id: "0190f5d2-7b1c-7000-8000-000000000009".into(),
            kind: REPLY_KIND.into(),
            path: crate::appointments::api::replies_path("0190f5d2-7b1c-7000-8000-000000000000"),
            body: r#"{"coming":false,"reason":"college"}"#.into(),
            created_at: 0.0,
            attempts: 0,
            next_try_at: 0.0,
            rejected: None,
            owner: None,
            after: None,
        };
        let pending = pending_replies(&[queued]);
        assert_eq!(pending.len(), 1);
        assert!(!pending[0].1);
    }
}
