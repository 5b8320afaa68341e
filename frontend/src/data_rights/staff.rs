//! How long the service keeps what it no longer needs (managers, on the relay page).

use tandem_domain::cases::RetentionSettings;
use tandem_domain::{ErrorCode, FieldError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::field_error;
use crate::components::loading::{use_get, Load};
use crate::i18n::use_i18n;

const DAYS_INPUT: &str = "retention-delivered-days";
const DAYS_FIELD: &str = "delivered_event_days";

/// "Keeping data no longer than needed": the days a delivered event's contents are kept.
#[function_component(RetentionSettingsForm)]
pub fn retention_settings_form() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let settings = use_get(super::api::retention(), *tick);
    let refused = use_state(|| None::<FieldError>);
    let saved = use_state(|| false);
    let days = use_node_ref();
    let Load::Loaded(current) = &*settings else { return html! {} };
    let onsubmit = {
        let (tick, refused, saved, days) = (tick.clone(), refused.clone(), saved.clone(), days.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let typed = days.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            let parsed = typed
                .trim()
                .parse::<u16>()
                .map_err(|_| FieldError { field: DAYS_FIELD.into(), code: ErrorCode::OutOfRange })
                .and_then(|days| RetentionSettings::parse(RetentionSettings { delivered_event_days: days }));
            let settings = match parsed {
                Ok(settings) => settings,
                Err(refusal) => {
                    saved.set(false);
                    refused.set(Some(refusal));
                    return field_error::focus(DAYS_INPUT);
                }
            };
            let (tick, refused, saved) = (tick.clone(), refused.clone(), saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::set_retention(&settings).await {
                    Ok(()) => {
                        refused.set(None);
                        saved.set(true);
                        tick.set(*tick + 1);
                    }
                    Err(err) => refused.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let refusal = (*refused).clone();
    let general = refusal.as_ref().filter(|refused| refused.field.is_empty()).map(|refused| refused.code);
    let range = RetentionSettings::DELIVERED_EVENT_DAYS;
    html! {
        <section aria-labelledby="retention-heading" class="card-panel">
            <h2 id="retention-heading">{ t.get("retention-title") }</h2>
            <p>{ t.get("retention-intro") }</p>
            if let Some(code) = general {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <form class="form inline-form" {onsubmit} novalidate=true>
                <div class="field">
                    <label for={DAYS_INPUT}>{ t.get("retention-delivered-days") }</label>
                    <input id={DAYS_INPUT} type="number" inputmode="numeric" min={range.start().to_string()} max={range.end().to_string()}
                        value={current.delivered_event_days.to_string()} ref={days}
                        aria-invalid={field_error::aria_invalid(refusal.as_ref(), DAYS_FIELD)}
                        aria-describedby={field_error::described_by(refusal.as_ref(), DAYS_FIELD, DAYS_INPUT, Some("retention-delivered-days-hint".into()))} />
                    <p class="hint" id="retention-delivered-days-hint">{ t.get("retention-delivered-days-hint") }</p>
                    { field_error::beside(&t, refusal.as_ref(), DAYS_FIELD, DAYS_INPUT) }
                </div>
                <button type="submit" class="button">{ t.get("retention-save") }</button>
            </form>
            if *saved {
                <p role="status">{ t.get("retention-saved") }</p>
            }
        </section>
    }
}
