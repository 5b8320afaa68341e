//! For staff: a banner at the top of every page while an alert they may see is open, each with
//! "I have seen this" and what they did; and, for managers, the duty number, the escalation time
//! and who is on duty. Alerts are also pushed to browsers that asked for them.

use gloo::timers::callback::Interval;
use tandem_domain::accounts::api::PersonSummary;
use tandem_domain::accounts::Role;
use tandem_domain::appointments::PushSettings;
use tandem_domain::safety::{AcknowledgeRequest, Alert, SafetySettings};
use tandem_domain::ErrorCode;
use yew::prelude::*;

use super::spoken;
use crate::components::push::{subscribe_this_browser, PushError};
use crate::components::value_of;
use crate::i18n::use_i18n;

/// How often an open staff page asks for new alerts.
const POLL_MS: u32 = 10_000;

fn rfc3339(at: time::OffsetDateTime) -> String {
    at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
}

#[function_component(SafetyBanner)]
pub fn safety_banner() -> Html {
    let t = use_i18n();
    let alerts = use_state(Vec::<Alert>::new);
    let tick = use_state(|| 0u32);
    use_effect_with(*tick, {
        let alerts = alerts.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = super::api::alerts().await {
                    alerts.set(list);
                }
            });
        }
    });
    use_effect_with((), {
        let tick = tick.clone();
        move |_| {
            let timer = Interval::new(POLL_MS, move || tick.set(*tick + 1));
            move || drop(timer)
        }
    });
    let refresh = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(*tick + 1))
    };
    let open: Vec<Alert> = alerts.iter().filter(|alert| alert.acknowledgement.is_none()).cloned().collect();
    if open.is_empty() {
        return html! {};
    }
    html! {
        <section class="safety-banner" role="alert" aria-labelledby="safety-banner-title">
            <h2 id="safety-banner-title">{ t.get_with("safety-banner-title", &[("count", open.len().into())]) }</h2>
            { for open.into_iter().map(|alert| {
                let key = alert.id.to_string();
                html! { <OpenAlert {key} {alert} on_seen={refresh.clone()} /> }
            }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct OpenAlertProps {
    alert: Alert,
    on_seen: Callback<()>,
}

#[function_component(OpenAlert)]
fn open_alert(props: &OpenAlertProps) -> Html {
    let t = use_i18n();
    let action = use_state(String::new);
    let error = use_state(|| None::<ErrorCode>);
    let alert = &props.alert;
    let field = format!("seen-{}", alert.id);
    let oninput = {
        let action = action.clone();
        Callback::from(move |event: InputEvent| action.set(value_of(&event)))
    };
    let onsubmit = {
        let (action, error, on_seen, id) = (action.clone(), error.clone(), props.on_seen.clone(), alert.id);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = AcknowledgeRequest { action: (*action).clone() };
            if let Err(code) = request.parse() {
                return error.set(Some(code));
            }
            let (error, on_seen) = (error.clone(), on_seen.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::acknowledge(id, &request).await {
                    Ok(_) => on_seen.emit(()),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let at = spoken(&rfc3339(alert.raised_at), t.language.code());
    html! {
        <article class="safety-alert">
            <p>
                <strong>{ alert.young_person_name.clone() }</strong>
                { " " }{ t.get_with("safety-alert-asked", &[("time", at.into())]) }
            </p>
            if !alert.words.is_empty() {
                <blockquote class="comment-text">{ alert.words.clone() }</blockquote>
            }
            if alert.escalated_at.is_some() {
                <p class="hint">{ t.get("safety-alert-escalated") }</p>
            }
            <form class="form" {onsubmit}>
                <div class="field">
                    <label for={field.clone()}>{ t.get("safety-seen-label") }</label>
                    <textarea id={field} rows="2" value={(*action).clone()} {oninput} />
                </div>
                if let Some(code) = *error {
                    <p class="error" role="alert">{ t.error(code) }</p>
                }
                <button type="submit" class="button">{ t.get("safety-seen-submit") }</button>
            </form>
        </article>
    }
}

/// For managers: the duty number young people see, the minutes before an unseen alert goes to
/// the managers, and the staff on duty.
#[function_component(SafetySettingsForm)]
pub fn safety_settings_form() -> Html {
    let t = use_i18n();
    let settings = use_state(|| None::<SafetySettings>);
    let staff = use_state(Vec::<PersonSummary>::new);
    let error = use_state(|| None::<ErrorCode>);
    let saved = use_state(|| false);
    use_effect_with((), {
        let (settings, staff) = (settings.clone(), staff.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                settings.set(super::api::settings().read().await.ok());
                if let Ok(list) = crate::people::api::staff().read().await {
                    staff.set(list.into_iter().filter(|person| matches!(person.role, Role::Worker | Role::Manager)).collect());
                }
            });
        }
    });
    let Some(current) = (*settings).clone() else { return html! {} };
    let change = |apply: fn(&mut SafetySettings, String)| {
        let (settings, current, saved) = (settings.clone(), current.clone(), saved.clone());
        Callback::from(move |event: Event| {
            let mut next = current.clone();
            apply(&mut next, value_of(&event));
            saved.set(false);
            settings.set(Some(next));
        })
    };
    let on_phone = change(|settings, value| settings.duty_phone = value);
    let on_minutes = change(|settings, value| settings.escalate_after_minutes = value.parse().unwrap_or(0));
    let onsubmit = {
        let (current, error, saved, settings) = (current.clone(), error.clone(), saved.clone(), settings.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (error, saved, settings) = (error.clone(), saved.clone(), settings.clone());
            let Ok(parsed) = current.parse().map_err(|code| error.set(Some(code))) else { return };
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::set_settings(&parsed).await {
                    Ok(()) => {
                        error.set(None);
                        saved.set(true);
                        settings.set(Some(parsed));
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <section class="safety-settings">
            <h2>{ t.get("safety-settings-title") }</h2>
            <form class="form" {onsubmit}>
                <div class="field">
                    <label for="duty-phone">{ t.get("safety-duty-phone") }</label>
                    <input id="duty-phone" type="tel" value={current.duty_phone.clone()} onchange={on_phone} />
                </div>
                <div class="field">
                    <label for="escalate-after">{ t.get("safety-escalate-after") }</label>
                    <input id="escalate-after" type="number" min="1" max="240" value={current.escalate_after_minutes.to_string()} onchange={on_minutes} />
                </div>
                <fieldset class="choices">
                    <legend>{ t.get("safety-on-duty") }</legend>
                    { for staff.iter().map(|person| {
                        let id = person.id;
                        let checked = current.duty_staff.contains(&id);
                        let (settings, current, saved) = (settings.clone(), current.clone(), saved.clone());
                        let onchange = Callback::from(move |_: Event| {
                            let mut next = current.clone();
                            if checked {
                                next.duty_staff.retain(|other| *other != id);
                            } else {
                                next.duty_staff.push(id);
                            }
                            saved.set(false);
                            settings.set(Some(next));
                        });
                        let box_id = format!("duty-{id}");
                        html! {
                            <div class="choice">
                                <input type="checkbox" id={box_id.clone()} {checked} {onchange} />
                                <label for={box_id}>{ person.display_name.clone() }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                if let Some(code) = *error {
                    <p class="error" role="alert">{ t.error(code) }</p>
                }
                if *saved {
                    <p class="notice" role="status">{ t.get("safety-settings-saved") }</p>
                }
                <button type="submit" class="button">{ t.get("safety-settings-save") }</button>
            </form>
        </section>
    }
}

/// Whether this member of staff's browsers get safety alerts, and turning them on here.
#[function_component(AlertsOnThisBrowser)]
pub fn alerts_on_this_browser() -> Html {
    let t = use_i18n();
    let settings = use_state(|| None::<PushSettings>);
    let problem = use_state(|| None::<PushError>);
    use_effect_with((), {
        let settings = settings.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                settings.set(crate::appointments::api::push_settings().read().await.ok());
            });
        }
    });
    let Some(current) = (*settings).clone() else { return html! {} };
    let turn_on = {
        let (settings, problem, key) = (settings.clone(), problem.clone(), current.public_key.clone());
        Callback::from(move |_: MouseEvent| {
            let (settings, problem, key) = (settings.clone(), problem.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match subscribe_this_browser(&key).await {
                    Ok(new) => {
                        problem.set(None);
                        settings.set(Some(new));
                    }
                    Err(err) => problem.set(Some(err)),
                }
            });
        })
    };
    html! {
        <section class="alerts-on-this-browser">
            <h2>{ t.get("safety-push-title") }</h2>
            if current.subscriptions > 0 {
                <p>{ t.get_with("safety-push-on", &[("count", current.subscriptions.into())]) }</p>
            } else {
                <p>{ t.get("safety-push-off") }</p>
            }
            <button type="button" class="button secondary" onclick={turn_on}>{ t.get("safety-push-turn-on") }</button>
            if let Some(problem) = *problem {
                <p class="error" role="alert">{ problem.message(&t) }</p>
            }
        </section>
    }
}
