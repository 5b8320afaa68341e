//! A young person's appointments for their worker: make one (or a weekly or fortnightly
//! series, or a programme's schedule in phases), see who said they will come and who needs a
//! change (and why), and record what happened.

use tandem_domain::accounts::Role;
use tandem_domain::appointments::{
    schedule_dates, AppointmentRequest, AppointmentState, AppointmentView, Day, FreeTime, FreeTimeRequest, OutcomeRequest,
    ReminderSettings, Repeat, ReplyView, SchedulePhase,
};
use tandem_domain::sync::OperationId;
use tandem_domain::{ErrorCode, FieldError};
use yew::prelude::*;

use super::{day_text, state_text};
use crate::components::{field_error, set_field, set_field_to, value_of, DateField};
use crate::i18n::{use_i18n, Messages};
use crate::routes::{Link, Route};

#[derive(Properties, PartialEq)]
pub struct StaffAppointmentsProps {
    pub id: String,
}

fn blank() -> AppointmentRequest {
    AppointmentRequest {
        date: String::new(),
        start: String::new(),
        minutes: 60,
        place: String::new(),
        map_link: None,
        purpose: String::new(),
        with_whom: String::new(),
        title: String::new(),
        include_carers: false,
        repeat: Repeat::Once,
        times: 1,
        phases: Vec::new(),
        review_meeting: false,
    }
}

#[function_component(StaffAppointmentsPage)]
pub fn staff_appointments_page(props: &StaffAppointmentsProps) -> Html {
    let t = use_i18n();
    let appointments = use_state(|| None::<Result<Vec<AppointmentView>, ErrorCode>>);
    let error = use_state(|| None::<ErrorCode>);
    let tick = use_state(|| 0u32);
    let path = super::api::of_young_person_path(&props.id);

    use_effect_with((path.clone(), *tick), {
        let appointments = appointments.clone();
        move |(path, _)| {
            let path = path.clone();
            wasm_bindgen_futures::spawn_local(async move {
                appointments.set(Some(crate::api::get_json::<Vec<AppointmentView>>(&path).await.map_err(|err| err.code())));
            });
        }
    });

    let record = {
        let (error, tick) = (error.clone(), tick.clone());
        Callback::from(move |(id, state): (uuid::Uuid, AppointmentState)| {
            let (error, tick) = (error.clone(), tick.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let path = super::api::outcome_path(id);
                match crate::api::post_json::<AppointmentView>(&path, &OutcomeRequest { state }).await {
                    Ok(_) => tick.set(*tick + 1),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    let list = match &*appointments {
        None => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Some(Err(code)) => html! { <p class="error" role="alert">{ t.error(*code) }</p> },
        Some(Ok(views)) if views.is_empty() => html! { <p>{ t.get("appointments-none") }</p> },
        Some(Ok(views)) => html! {
            <table class="appointments-table">
                <caption>{ t.get("staff-appointments-list") }</caption>
                { table_head(&t) }
                <tbody>
                    { for views.iter().map(|view| {
                        let id = view.id;
                        let button = |state: AppointmentState, label: &str| {
                            let record = record.clone();
                            html! { <button type="button" class="button secondary" onclick={Callback::from(move |_| record.emit((id, state)))}>{ t.get(label) }</button> }
                        };
                        html! {
                            <tr key={id.to_string()}>
                                <td>{ day_text(&t, view) }<br />{ t.get_with("appointments-time", &[("start", view.start.clone().into()), ("end", view.end.clone().into())]) }<br />{ view.place.clone() }</td>
                                <td>{ view.purpose.clone() }{ preparation_note(&t, view) }</td>
                                <td>{ replies_cell(&t, &view.replies) }</td>
                                <td>
                                    <p class={classes!("badge", view.state.as_str())}>{ state_text(&t, view.state) }</p>
                                    { button(AppointmentState::Attended, "appointment-state-attended") }
                                    { button(AppointmentState::Missed, "appointment-state-missed") }
                                    if view.state == AppointmentState::Upcoming { { button(AppointmentState::Cancelled, "staff-appointments-cancel") } }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        },
    };
    let made = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(*tick + 1))
    };
    let manager = crate::auth::use_auth().and_then(|auth| auth.me()).is_some_and(|me| me.role == Role::Manager);
    html! {
        <section class="page staff-appointments">
            <p><Link to={Route::YoungPerson { id: props.id.clone() }} classes="text-link">{ t.get("staff-appointments-back") }</Link></p>
            <h1>{ t.get("appointments-title") }</h1>
            { list }
            <h2>{ t.get("staff-appointments-new") }</h2>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <AppointmentForm path={path.clone()} submit={t.get("staff-appointments-make")} {made} review_meetings=true />
            <FreeTimes />
            if manager { <ReminderTimes /> }
        </section>
    }
}

/// A review meeting's preparation: whether the young person has answered, and where to read it.
fn preparation_note(t: &Messages, view: &AppointmentView) -> Html {
    let Some(preparation) = view.preparation else { return html! {} };
    let words =
        t.get(if preparation.answered { "staff-appointments-preparation-answered" } else { "staff-appointments-preparation-waiting" });
    html! {
        <p class="preparation">
            <span class={classes!("badge", if preparation.answered { "done" } else { "form-waiting" })}>{ words }</span>{ " " }
            <Link to={Route::StaffForms { id: view.young_person_id.to_string() }} classes="text-link">{ t.get("staff-appointments-preparation-read") }</Link>
        </p>
    }
}

/// The columns of a table of appointments (or cabinet meetings) at the desk.
pub fn table_head(t: &Messages) -> Html {
    html! {
        <thead><tr>
            <th scope="col">{ t.get("staff-appointments-when") }</th>
            <th scope="col">{ t.get("appointments-what") }</th>
            <th scope="col">{ t.get("staff-appointments-replies") }</th>
            <th scope="col">{ t.get("staff-appointments-outcome") }</th>
        </tr></thead>
    }
}

/// Who said they will come and who needs a change (and why), or that nobody has replied.
pub fn replies_cell(t: &Messages, replies: &[ReplyView]) -> Html {
    if replies.is_empty() {
        return html! { t.get("staff-appointments-no-reply") };
    }
    html! {
        { for replies.iter().map(|reply| html! {
            <p>{ match (&reply.asks_for, reply.coming) {
                (_, true) => t.get_with("staff-appointments-coming", &[("name", reply.name.clone().into())]),
                (Some(asked), false) => t.get_with("staff-appointments-asks-time", &[
                    ("name", reply.name.clone().into()),
                    ("day", super::day_words(t, &asked.date, asked.weekday).into()),
                    ("start", asked.start.clone().into()),
                    ("end", asked.end.clone().into()),
                    ("reason", reply.reason.clone().into()),
                ]),
                (None, false) => t.get_with("staff-appointments-change", &[("name", reply.name.clone().into()), ("reason", reply.reason.clone().into())]),
            } }</p>
        }) }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppointmentFormProps {
    /// Where the request goes: a young person's appointments, or the youth cabinet's meetings.
    pub path: String,
    /// The button's words.
    pub submit: String,
    /// Called once the server has made them.
    pub made: Callback<()>,
    /// Offer "a review meeting" (a young person's appointments, not the cabinet's).
    #[prop_or_default]
    pub review_meetings: bool,
}

/// The form for a new appointment or series (date, London time, length, place, map link,
/// purpose, who, a lock-screen title, carers, repeats), sent once per filling-in.
#[function_component(AppointmentForm)]
pub fn appointment_form(props: &AppointmentFormProps) -> Html {
    let t = use_i18n();
    let form = use_state(blank);
    // One key per form filled in: pressing the button twice makes it once.
    let key = use_state(OperationId::new_v7);
    let error = use_state(|| None::<ErrorCode>);
    let field = |apply: fn(&mut AppointmentRequest, String)| set_field(&form, apply);
    let submit = {
        let (form, key, error, path, made) = (form.clone(), key.clone(), error.clone(), props.path.clone(), props.made.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (form, key, error, path, made) = (form.clone(), key.clone(), error.clone(), path.clone(), made.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::post_operation::<serde::de::IgnoredAny>(&path, &*form, &key).await {
                    Ok(_) => {
                        error.set(None);
                        form.set(blank());
                        key.set(OperationId::new_v7());
                        made.emit(());
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let repeating = matches!(form.repeat, Repeat::Weekly | Repeat::Fortnightly);
    let on_phases = {
        let form = form.clone();
        Callback::from(move |phases: Vec<SchedulePhase>| form.set(AppointmentRequest { phases, ..(*form).clone() }))
    };
    html! {
        <>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <form class="stack" onsubmit={submit}>
                <DateField id="a-date" label={t.get("staff-appointments-date")} required=true value={form.date.clone()}
                    onchange={set_field_to(&form, |f, v| f.date = v)} />
                <label for="a-start">{ t.get("staff-appointments-start") }</label>
                <input id="a-start" type="time" required=true value={form.start.clone()} onchange={field(|f, v| f.start = v)} />
                <label for="a-minutes">{ t.get("staff-appointments-minutes") }</label>
                <input id="a-minutes" type="number" min="5" max="480" step="5" value={form.minutes.to_string()} onchange={field(|f, v| f.minutes = v.parse().unwrap_or(60))} />
                <label for="a-place">{ t.get("appointments-where") }</label>
                <input id="a-place" required=true maxlength="300" value={form.place.clone()} onchange={field(|f, v| f.place = v)} />
                <label for="a-map">{ t.get("staff-appointments-map") }</label>
                <input id="a-map" type="url" placeholder="https://" value={form.map_link.clone().unwrap_or_default()} onchange={field(|f, v| f.map_link = (!v.trim().is_empty()).then_some(v))} />
                <label for="a-purpose">{ t.get("staff-appointments-purpose") }</label>
                <textarea id="a-purpose" required=true maxlength="300" value={form.purpose.clone()} onchange={field(|f, v| f.purpose = v)} />
                <label for="a-who">{ t.get("appointments-who") }</label>
                <input id="a-who" maxlength="300" value={form.with_whom.clone()} onchange={field(|f, v| f.with_whom = v)} />
                <label for="a-title">{ t.get("staff-appointments-title") }</label>
                <input id="a-title" maxlength="60" aria-describedby="a-title-hint" value={form.title.clone()} onchange={field(|f, v| f.title = v)} />
                <p id="a-title-hint" class="hint">{ t.get("staff-appointments-title-hint") }</p>
                <p class="field checkbox">
                    <input id="a-carers" type="checkbox" checked={form.include_carers} onchange={field(|f, v| f.include_carers = v == "true")} />
                    <label for="a-carers">{ t.get("staff-appointments-carers") }</label>
                </p>
                if props.review_meetings {
                    <p class="field checkbox">
                        <input id="a-review" type="checkbox" aria-describedby="a-review-hint" checked={form.review_meeting} onchange={field(|f, v| f.review_meeting = v == "true")} />
                        <label for="a-review">{ t.get("staff-appointments-review-meeting") }</label>
                    </p>
                    <p id="a-review-hint" class="hint">{ t.get("staff-appointments-review-meeting-hint") }</p>
                }
                <label for="a-repeat">{ t.get("staff-appointments-repeat") }</label>
                <select id="a-repeat" onchange={field(choose_repeat)}>
                    <option value="once" selected={form.repeat == Repeat::Once}>{ t.get("staff-appointments-once") }</option>
                    <option value="weekly" selected={form.repeat == Repeat::Weekly}>{ t.get("staff-appointments-weekly") }</option>
                    <option value="fortnightly" selected={form.repeat == Repeat::Fortnightly}>{ t.get("staff-appointments-fortnightly") }</option>
                    <option value="phases" selected={form.repeat == Repeat::Phases}>{ t.get("staff-appointments-phases") }</option>
                </select>
                if repeating {
                    <label for="a-times">{ t.get("staff-appointments-times") }</label>
                    <input id="a-times" type="number" min="1" max="13" value={form.times.to_string()} onchange={field(|f, v| f.times = v.parse().unwrap_or(1))} />
                }
                if form.repeat == Repeat::Phases {
                    <PhasesEditor phases={form.phases.clone()} first={form.date.clone()} on_change={on_phases} />
                }
                <button type="submit" class="button">{ props.submit.clone() }</button>
            </form>
        </>
    }
}

/// The repeat chosen; a programme's schedule starts as the mentoring programme's three phases
/// (twice a week for 8 weeks, weekly for 10, fortnightly for 6), for the worker to change.
fn choose_repeat(form: &mut AppointmentRequest, value: String) {
    form.repeat = match value.as_str() {
        "weekly" => Repeat::Weekly,
        "fortnightly" => Repeat::Fortnightly,
        "phases" => Repeat::Phases,
        _ => Repeat::Once,
    };
    if form.repeat == Repeat::Phases && form.phases.is_empty() {
        let phase = |weeks, days: &[Day], every_other_week| SchedulePhase { weeks, days: days.to_vec(), every_other_week };
        form.phases =
            vec![phase(8, &[Day::Monday, Day::Thursday], false), phase(10, &[Day::Wednesday], false), phase(6, &[Day::Wednesday], true)];
    }
}

#[derive(Properties, PartialEq)]
struct PhasesEditorProps {
    phases: Vec<SchedulePhase>,
    /// The form's first date (`2027-01-04`), for the summary of what the schedule makes.
    first: String,
    on_change: Callback<Vec<SchedulePhase>>,
}

/// A control's callback that changes a copy of the phases with `apply` and hands it up.
fn edited<E: 'static>(props: &PhasesEditorProps, apply: impl Fn(&mut Vec<SchedulePhase>, E) + 'static) -> Callback<E> {
    let (phases, on_change) = (props.phases.clone(), props.on_change.clone());
    Callback::from(move |event: E| {
        let mut phases = phases.clone();
        apply(&mut phases, event);
        on_change.emit(phases);
    })
}

/// A programme's phases, one fieldset each (weeks, days, every other week), and in words what
/// they make: how many appointments, and the last one's date.
#[function_component(PhasesEditor)]
fn phases_editor(props: &PhasesEditorProps) -> Html {
    let t = use_i18n();
    let change = |index: usize, apply: fn(&mut SchedulePhase, String)| {
        edited(props, move |phases, event: Event| {
            if let Some(phase) = phases.get_mut(index) {
                apply(phase, value_of(&event));
            }
        })
    };
    let toggle_day = |index: usize, day: Day| {
        edited(props, move |phases, event: Event| {
            if let Some(phase) = phases.get_mut(index) {
                phase.days.retain(|kept| *kept != day);
                if value_of(&event) == "true" {
                    phase.days.push(day);
                    phase.days.sort();
                }
            }
        })
    };
    let add =
        edited(props, |phases, _: MouseEvent| phases.push(SchedulePhase { weeks: 4, days: vec![Day::Wednesday], every_other_week: false }));
    let remove = |index: usize| {
        edited(props, move |phases, _: MouseEvent| {
            phases.remove(index);
        })
    };
    let first = tandem_domain::plans::parse_date(&props.first).ok();
    let summary = match first.map(|first| schedule_dates(first, &props.phases)) {
        None => t.get("staff-phases-need-date"),
        Some(Ok(dates)) => t.get_with(
            "staff-phases-make",
            &[
                ("count", dates.len().into()),
                ("last", dates.last().map(|last| crate::components::dates::day_in_words(&t, &last.to_string())).unwrap_or_default().into()),
            ],
        ),
        Some(Err(code)) => t.error(code),
    };
    html! {
        <div class="phases">
            { for props.phases.iter().enumerate().map(|(index, phase)| {
                let id = |what: &str| format!("phase-{index}-{what}");
                html! {
                    <fieldset class="phase">
                        <legend>{ t.get_with("staff-phase-legend", &[("number", (index + 1).into())]) }</legend>
                        <label for={id("weeks")}>{ t.get("staff-phase-weeks") }</label>
                        <input id={id("weeks")} type="number" min="1" max="52" value={phase.weeks.to_string()}
                            onchange={change(index, |phase, value| phase.weeks = value.parse().unwrap_or(1))} />
                        <fieldset class="days">
                            <legend>{ t.get("staff-phase-days") }</legend>
                            { for Day::ALL.into_iter().map(|day| {
                                let day_id = id(&format!("day-{}", day.from_monday()));
                                html! {
                                    <p class="field checkbox">
                                        <input id={day_id.clone()} type="checkbox" checked={phase.days.contains(&day)} onchange={toggle_day(index, day)} />
                                        <label for={day_id}>{ t.get(&format!("weekday-{}", day.from_monday() + 1)) }</label>
                                    </p>
                                }
                            }) }
                        </fieldset>
                        <p class="field checkbox">
                            <input id={id("other")} type="checkbox" checked={phase.every_other_week}
                                onchange={change(index, |phase, value| phase.every_other_week = value == "true")} />
                            <label for={id("other")}>{ t.get("staff-phase-every-other-week") }</label>
                        </p>
                        <button type="button" class="button secondary" onclick={remove(index)}>
                            { t.get_with("staff-phase-remove", &[("number", (index + 1).into())]) }
                        </button>
                    </fieldset>
                }
            }) }
            <button type="button" class="button secondary" onclick={add}>{ t.get("staff-phase-add") }</button>
            <p class="hint" role="status">{ summary }</p>
        </div>
    }
}

/// A manager's choice of when the service's reminders go out.
#[function_component(ReminderTimes)]
fn reminder_times() -> Html {
    let t = use_i18n();
    let settings = use_state(|| None::<ReminderSettings>);
    let outcome = use_state(|| None::<Result<(), ErrorCode>>);
    {
        let settings = settings.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                settings.set(super::api::reminder_settings().read().await.ok());
            });
        });
    }
    let Some(current) = (*settings).clone() else {
        return html! {};
    };
    let field = |apply: fn(&mut ReminderSettings, String)| {
        let settings = settings.clone();
        Callback::from(move |event: Event| {
            if let Some(mut next) = (*settings).clone() {
                apply(&mut next, value_of(&event));
                settings.set(Some(next));
            }
        })
    };
    let save = {
        let (settings, outcome) = (settings.clone(), outcome.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (settings, outcome) = (settings.clone(), outcome.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(wanted) = (*settings).clone() else {
                    return;
                };
                match crate::api::put_json(&super::api::reminder_settings_path(), &wanted).await {
                    Ok(()) => outcome.set(Some(Ok(()))),
                    Err(err) => outcome.set(Some(Err(err.code()))),
                }
            });
        })
    };
    html! {
        <section aria-labelledby="reminder-times">
            <h2 id="reminder-times">{ t.get("staff-reminders-title") }</h2>
            <p class="hint">{ t.get("staff-reminders-hint") }</p>
            <form class="stack" onsubmit={save}>
                <label for="r-evening">{ t.get("staff-reminders-evening") }</label>
                <input id="r-evening" type="time" required=true value={current.day_before_at.clone()} onchange={field(|s, v| s.day_before_at = v)} />
                <label for="r-hours">{ t.get("staff-reminders-hours") }</label>
                <input id="r-hours" type="number" min="1" max="12" value={current.hours_before.to_string()} onchange={field(|s, v| s.hours_before = v.parse().unwrap_or(0))} />
                <label for="r-quiet-from">{ t.get("staff-reminders-quiet-from") }</label>
                <input id="r-quiet-from" type="time" required=true value={current.quiet_from.clone()} onchange={field(|s, v| s.quiet_from = v)} />
                <label for="r-quiet-until">{ t.get("staff-reminders-quiet-until") }</label>
                <input id="r-quiet-until" type="time" required=true value={current.quiet_until.clone()} onchange={field(|s, v| s.quiet_until = v)} />
                <button type="submit" class="button">{ t.get("staff-reminders-save") }</button>
                { match *outcome {
                    Some(Ok(())) => html! { <p role="status">{ t.get("staff-reminders-saved") }</p> },
                    Some(Err(code)) => html! { <p class="error" role="alert">{ t.error(code) }</p> },
                    None => html! {},
                } }
            </form>
        </section>
    }
}

/// The caller's free times: offered on their young people's and carers' phones when an
/// appointment must change. Add one (date, UK time, how long; errors beside their field) or
/// remove one.
#[function_component(FreeTimes)]
fn free_times() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let times = crate::components::loading::use_get(super::api::free_times(), *tick);
    let form = use_state(|| FreeTimeRequest { date: String::new(), start: String::new(), minutes: 60 });
    let refused = use_state(|| None::<FieldError>);
    let field = |apply: fn(&mut FreeTimeRequest, String)| set_field(&form, apply);
    let add = {
        let (form, refused, tick) = (form.clone(), refused.clone(), tick.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            // Checked here as the server checks it, so each error is beside its field.
            if let Err(refusal) = form.parse(crate::components::dates::now()) {
                let input = match refusal.field.as_str() {
                    "start" => "free-start",
                    "minutes" => "free-minutes",
                    _ => "free-date",
                };
                refused.set(Some(refusal));
                return field_error::focus(input);
            }
            let (form, refused, tick) = (form.clone(), refused.clone(), tick.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::post_json::<FreeTime>(&super::api::free_times_path(), &*form).await {
                    Ok(_) => {
                        refused.set(None);
                        tick.set(*tick + 1);
                    }
                    Err(err) => refused.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let remove = {
        let tick = tick.clone();
        Callback::from(move |id: uuid::Uuid| {
            let tick = tick.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = crate::api::delete(&super::api::free_time_path(id)).await;
                tick.set(*tick + 1);
            });
        })
    };
    let refusal = (*refused).clone();
    let general = refusal.as_ref().filter(|refused| refused.field.is_empty()).map(|refused| refused.code);
    let input = |id: &'static str, name: &'static str, kind: &'static str, value: String, onchange: Callback<Event>| {
        html! {
            <div class="field">
                <label for={id}>{ t.get(id) }</label>
                <input {id} type={kind} {value} {onchange} aria-invalid={field_error::aria_invalid(refusal.as_ref(), name)}
                    aria-describedby={field_error::described_by(refusal.as_ref(), name, id, None)} />
                { field_error::beside(&t, refusal.as_ref(), name, id) }
            </div>
        }
    };
    let listed = match &*times {
        crate::components::loading::Load::Loaded(times) if times.is_empty() => html! { <p>{ t.get("free-none") }</p> },
        crate::components::loading::Load::Loaded(times) => html! {
            <ul class="list">
                { for times.iter().map(|free| {
                    let (remove, id) = (remove.clone(), free.id);
                    let words = t.get_with("free-time", &[
                        ("day", super::day_words(&t, &free.date, free.weekday).into()),
                        ("start", free.start.clone().into()),
                        ("end", free.end.clone().into()),
                    ]);
                    html! {
                        <li class="list-item" key={id.to_string()}>
                            <span class="list-title">{ words.clone() }</span>
                            <button type="button" class="button secondary" aria-label={t.get_with("free-remove-label", &[("time", words.into())])}
                                onclick={move |_| remove.emit(id)}>{ t.get("free-remove") }</button>
                        </li>
                    }
                }) }
            </ul>
        },
        _ => html! {},
    };
    html! {
        <section class="card-panel" aria-labelledby="free-heading">
            <h2 id="free-heading">{ t.get("free-title") }</h2>
            <p>{ t.get("free-intro") }</p>
            { listed }
            if let Some(code) = general { <p class="error" role="alert">{ t.error(code) }</p> }
            <form class="form inline-form" onsubmit={add} novalidate=true>
                <DateField id="free-date" label={t.get("free-date")} value={form.date.clone()} onchange={set_field_to(&form, |f, v| f.date = v)}
                    refused={refusal.clone()} field="date" />
                { input("free-start", "start", "time", form.start.clone(), field(|f, v| f.start = v)) }
                { input("free-minutes", "minutes", "number", form.minutes.to_string(), field(|f, v| f.minutes = v.parse().unwrap_or(0))) }
                <button type="submit" class="button">{ t.get("free-add") }</button>
            </form>
        </section>
    }
}
