//! Closing a young person's case, and reopening it, on their page. Closing ends their phones
//! and their carers' (once those have sent what they hold) and everything still to come.

use tandem_domain::cases::{CaseClosure, CaseClosureDay, CloseCaseRequest, ClosureReason};
use tandem_domain::FieldError;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::dates::{day_in_words, service_day};
use crate::components::field_error;
use crate::components::DateField;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct CaseClosureProps {
    /// The young person.
    pub id: AttrValue,
    pub name: AttrValue,
    pub closure: Option<CaseClosure>,
    /// Called once the case has closed or reopened.
    pub on_change: Callback<()>,
}

#[function_component(CaseClosureSection)]
pub fn case_closure_section(props: &CaseClosureProps) -> Html {
    let t = use_i18n();
    let refused = use_state(|| None::<FieldError>);
    let day = use_node_ref();
    let reason = use_node_ref();

    let close = {
        let (refused, day, reason, id, on_change) =
            (refused.clone(), day.clone(), reason.clone(), props.id.clone(), props.on_change.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let raw = day.cast::<HtmlInputElement>().map(|input| input.value()).unwrap_or_default();
            let chosen = reason.cast::<HtmlSelectElement>().and_then(|select| ClosureReason::parse(&select.value()));
            let today = tandem_domain::plans::parse_date(&service_day(0)).unwrap_or(time::Date::MIN);
            let closed_on = match CaseClosureDay::parse(&raw, today) {
                Ok(closed_on) => closed_on,
                Err(refusal) => {
                    refused.set(Some(refusal));
                    return field_error::focus("closure-day");
                }
            };
            let Some(chosen) = chosen else { return };
            let request = CloseCaseRequest { closed_on: closed_on.iso(), reason: chosen };
            let (refused, id, on_change) = (refused.clone(), id.clone(), on_change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::close_case(&id, &request).await {
                    Ok(_) => {
                        refused.set(None);
                        on_change.emit(());
                    }
                    Err(err) => refused.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let reopen = {
        let (refused, id, on_change) = (refused.clone(), props.id.clone(), props.on_change.clone());
        Callback::from(move |_: MouseEvent| {
            let (refused, id, on_change) = (refused.clone(), id.clone(), on_change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::reopen_case(&id).await {
                    Ok(()) => {
                        refused.set(None);
                        on_change.emit(());
                    }
                    Err(err) => refused.set(Some(field_error::general(err.code()))),
                }
            });
        })
    };
    let refusal = (*refused).clone();
    let general = refusal.as_ref().filter(|refused| refused.field.is_empty()).map(|refused| refused.code);
    html! {
        <section class="case-closure" aria-labelledby="case-closure-title">
            <h2 id="case-closure-title">{ t.get("case-closure-title") }</h2>
            if let Some(code) = general {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            if let Some(closure) = &props.closure {
                <p class="case-closed-note">{ t.get_with("case-closure-closed", &[
                    ("day", day_in_words(&t, &closure.closed_on).into()),
                    ("reason", t.get(&format!("case-closure-reason-{}", closure.reason.as_str())).into()),
                    ("by", closure.closed_by.clone().into()),
                ]) }</p>
                <button type="button" class="button secondary" onclick={reopen}>{ t.get("case-closure-reopen") }</button>
            } else {
                <p class="hint">{ t.get_with("case-closure-hint", &[("name", props.name.to_string().into())]) }</p>
                <form class="form inline-form" onsubmit={close} novalidate=true>
                    <DateField id="closure-day" label={t.get("case-closure-day")} value={service_day(0)} node_ref={day}
                        refused={refusal.clone()} field="closed_on" />
                    <div class="field">
                        <label for="closure-reason">{ t.get("case-closure-reason") }</label>
                        <select id="closure-reason" ref={reason}>
                            { for ClosureReason::ALL.iter().map(|reason| html! {
                                <option value={reason.as_str()}>{ t.get(&format!("case-closure-reason-{}", reason.as_str())) }</option>
                            }) }
                        </select>
                    </div>
                    <button type="submit" class="button">{ t.get_with("case-closure-submit", &[("name", props.name.to_string().into())]) }</button>
                </form>
            }
        </section>
    }
}
