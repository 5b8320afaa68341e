//! How long the service keeps what it no longer needs (managers, on the relay page).

use std::ops::RangeInclusive;

use tandem_domain::cases::RetentionSettings;
use tandem_domain::{ErrorCode, FieldError};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::field_error;
use crate::components::loading::{use_get, Load};
use crate::i18n::{use_i18n, Messages};

/// One number of the settings: its field in the request, its input, its messages' key.
struct Setting {
    field: &'static str,
    input: &'static str,
    range: RangeInclusive<u16>,
}

const DAYS: Setting =
    Setting { field: "delivered_event_days", input: "retention-delivered-days", range: RetentionSettings::DELIVERED_EVENT_DAYS };
const MONTHS: Setting =
    Setting { field: "closed_case_months", input: "retention-closed-months", range: RetentionSettings::CLOSED_CASE_MONTHS };
const YEARS: Setting = Setting { field: "audit_log_years", input: "retention-audit-years", range: RetentionSettings::AUDIT_LOG_YEARS };

/// The whole number typed in `setting`'s box; out of range when it is not one.
fn typed(node: &NodeRef, setting: &Setting) -> Result<u16, FieldError> {
    let text = node.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
    text.trim().parse::<u16>().map_err(|_| FieldError { field: setting.field.into(), code: ErrorCode::OutOfRange })
}

/// The labelled box of `setting`, its hint, and its refusal beside it.
fn number_field(t: &Messages, setting: &Setting, value: u16, node: &NodeRef, refusal: Option<&FieldError>) -> Html {
    let hint = format!("{}-hint", setting.input);
    html! {
        <div class="field">
            <label for={setting.input}>{ t.get(setting.input) }</label>
            <input id={setting.input} type="number" inputmode="numeric" min={setting.range.start().to_string()} max={setting.range.end().to_string()}
                value={value.to_string()} ref={node.clone()}
                aria-invalid={field_error::aria_invalid(refusal, setting.field)}
                aria-describedby={field_error::described_by(refusal, setting.field, setting.input, Some(hint.clone()))} />
            <p class="hint" id={hint.clone()}>{ t.get(&hint) }</p>
            { field_error::beside(t, refusal, setting.field, setting.input) }
        </div>
    }
}

/// "Keeping data no longer than needed": how long a delivered event's contents are kept, and
/// how long after a case closes its young person is erased, and how long the audit log is kept.
#[function_component(RetentionSettingsForm)]
pub fn retention_settings_form() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let settings = use_get(super::api::retention(), *tick);
    let refused = use_state(|| None::<FieldError>);
    let saved = use_state(|| false);
    let (days, months, years) = (use_node_ref(), use_node_ref(), use_node_ref());
    let Load::Loaded(current) = &*settings else { return html! {} };
    let onsubmit = {
        let (tick, refused, saved) = (tick.clone(), refused.clone(), saved.clone());
        let (days, months, years) = (days.clone(), months.clone(), years.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let parsed = typed(&days, &DAYS).and_then(|delivered_event_days| {
                let closed_case_months = typed(&months, &MONTHS)?;
                let audit_log_years = typed(&years, &YEARS)?;
                RetentionSettings::parse(RetentionSettings { delivered_event_days, closed_case_months, audit_log_years })
            });
            let settings = match parsed {
                Ok(settings) => settings,
                Err(refusal) => {
                    saved.set(false);
                    let input = [&DAYS, &MONTHS, &YEARS].into_iter().find(|setting| setting.field == refusal.field).unwrap_or(&DAYS).input;
                    refused.set(Some(refusal));
                    return field_error::focus(input);
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
    html! {
        <section aria-labelledby="retention-heading" class="card-panel">
            <h2 id="retention-heading">{ t.get("retention-title") }</h2>
            <p>{ t.get("retention-intro") }</p>
            if let Some(code) = general {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <form class="form" {onsubmit} novalidate=true>
                { number_field(&t, &DAYS, current.delivered_event_days, &days, refusal.as_ref()) }
                { number_field(&t, &MONTHS, current.closed_case_months, &months, refusal.as_ref()) }
                { number_field(&t, &YEARS, current.audit_log_years, &years, refusal.as_ref()) }
                <button type="submit" class="button">{ t.get("retention-save") }</button>
            </form>
            if *saved {
                <p role="status">{ t.get("retention-saved") }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ErasePersonProps {
    /// The young person or carer.
    pub id: AttrValue,
    pub name: AttrValue,
    /// Called once they are erased; without it, the caseload opens.
    #[prop_or_default]
    pub on_erased: Option<Callback<()>>,
}

/// A manager erases a person on their request: the reason (kept in the audit log), a check that
/// they mean it, then everything of the person goes but figures with no name.
#[function_component(ErasePerson)]
pub fn erase_person(props: &ErasePersonProps) -> Html {
    let t = use_i18n();
    let refused = use_state(|| None::<FieldError>);
    let reason = use_node_ref();
    let sure = use_node_ref();
    let navigator = crate::routes::use_navigator();
    // Unique on a page that offers it for a young person and each of their carers.
    let (heading, reason_box, sure_box) =
        (format!("erase-heading-{}", props.id), format!("erase-reason-{}", props.id), format!("erase-sure-{}", props.id));
    let onsubmit = {
        let (refused, reason, sure, id) = (refused.clone(), reason.clone(), sure.clone(), props.id.clone());
        let (reason_box, sure_box, on_erased) = (reason_box.clone(), sure_box.clone(), props.on_erased.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let request = tandem_domain::cases::EraseRequest {
                reason: reason.cast::<web_sys::HtmlTextAreaElement>().map(|input| input.value()).unwrap_or_default(),
            };
            if let Err(refusal) = request.reason() {
                refused.set(Some(refusal));
                return field_error::focus(&reason_box);
            }
            if !sure.cast::<HtmlInputElement>().is_some_and(|input| input.checked()) {
                refused.set(Some(FieldError { field: "sure".into(), code: ErrorCode::ChoiceRequired }));
                return field_error::focus(&sure_box);
            }
            let (refused, id, navigator, on_erased) = (refused.clone(), id.clone(), navigator.clone(), on_erased.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::erase(&id, &request).await {
                    Ok(()) => match (on_erased, navigator) {
                        (Some(on_erased), _) => on_erased.emit(()),
                        (None, Some(navigator)) => navigator.push(&crate::routes::Route::Caseload),
                        (None, None) => {}
                    },
                    Err(err) => refused.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let refusal = (*refused).clone();
    let general = refusal.as_ref().filter(|refused| refused.field.is_empty()).map(|refused| refused.code);
    html! {
        <section aria-labelledby={heading.clone()} class="card-panel">
            <h2 id={heading}>{ t.get_with("erase-title", &[("name", props.name.to_string().into())]) }</h2>
            <p>{ t.get("erase-intro") }</p>
            if let Some(code) = general {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <form class="form" {onsubmit} novalidate=true>
                <div class="field">
                    <label for={reason_box.clone()}>{ t.get("erase-reason") }</label>
                    <textarea id={reason_box.clone()} rows="2" maxlength="500" ref={reason}
                        aria-invalid={field_error::aria_invalid(refusal.as_ref(), "reason")}
                        aria-describedby={field_error::described_by(refusal.as_ref(), "reason", &reason_box, Some(format!("{reason_box}-hint")))} />
                    <p class="hint" id={format!("{reason_box}-hint")}>{ t.get("erase-reason-hint") }</p>
                    { field_error::beside(&t, refusal.as_ref(), "reason", &reason_box) }
                </div>
                <div class="field checkbox">
                    <input id={sure_box.clone()} type="checkbox" ref={sure}
                        aria-invalid={field_error::aria_invalid(refusal.as_ref(), "sure")}
                        aria-describedby={field_error::described_by(refusal.as_ref(), "sure", &sure_box, None)} />
                    <label for={sure_box.clone()}>{ t.get_with("erase-sure", &[("name", props.name.to_string().into())]) }</label>
                    { field_error::beside(&t, refusal.as_ref(), "sure", &sure_box) }
                </div>
                <button type="submit" class="button danger">{ t.get_with("erase-submit", &[("name", props.name.to_string().into())]) }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SubjectAccessProps {
    pub id: AttrValue,
    pub name: AttrValue,
}

/// A manager answers a person's request to see what Tandem holds about them: as a file (JSON)
/// and as a page to read or print. Each download is audited.
#[function_component(SubjectAccessLinks)]
pub fn subject_access_links(props: &SubjectAccessProps) -> Html {
    let t = use_i18n();
    let json = tandem_domain::paths::PEOPLE_SUBJECT_ACCESS.path(&[&props.id]);
    let page = tandem_domain::paths::PEOPLE_SUBJECT_ACCESS_HTML.path(&[&props.id]);
    html! {
        <section aria-labelledby={format!("subject-access-heading-{}", props.id)} class="card-panel">
            <h2 id={format!("subject-access-heading-{}", props.id)}>{ t.get("subject-access-title") }</h2>
            <p>{ t.get_with("subject-access-intro", &[("name", props.name.to_string().into())]) }</p>
            <div class="actions">
                <a class="button secondary" href={page} target="_blank" rel="noopener">{ t.get("subject-access-page") }</a>
                <a class="button secondary" href={json} download={format!("tandem-{}.json", props.id)}>{ t.get("subject-access-json") }</a>
            </div>
        </section>
    }
}
