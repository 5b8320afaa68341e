//! The complaints and compliments register: each item with who raised it (unless they chose not
//! to say), when it arrived and when the answer is due, overdue ones flagged; staff move each on
//! (status, owner, outcome in plain words, which the person then reads). Managers set how many
//! working days the service gives itself.

use tandem_domain::accounts::Role;
use tandem_domain::complaints::{ComplaintSettings, ComplaintStatus, ComplaintUpdate, FeedbackKind, RegisterItem};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use yew::prelude::*;

use crate::api;
use crate::auth::use_auth;
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::value_of;
use crate::i18n::{use_i18n, Messages};

fn status_text(t: &Messages, status: ComplaintStatus) -> String {
    match status {
        ComplaintStatus::Received => t.get("complaints-status-received"),
        ComplaintStatus::Acknowledged => t.get("complaints-status-acknowledged"),
        ComplaintStatus::Investigating => t.get("complaints-status-investigating"),
        ComplaintStatus::Resolved => t.get("complaints-status-resolved"),
    }
}

#[function_component(ComplaintsPage)]
pub fn complaints_page() -> Html {
    let t = use_i18n();
    let me = use_auth().and_then(|auth| auth.me());
    let tick = use_state(|| 0u32);
    let register = use_get(super::api::register(), *tick);
    // Managers may list staff to choose an owner; an officer takes items on themselves.
    let staff = use_get(crate::people::api::staff(), 0);
    let reload = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(*tick + 1))
    };
    let mut owners: Vec<(Uuid, String)> = match &*staff {
        Load::Loaded(people) => people.iter().filter(|p| p.role != Role::Admin).map(|p| (p.id, p.display_name.clone())).collect(),
        _ => Vec::new(),
    };
    if let Some(me) = &me {
        if !owners.iter().any(|(id, _)| *id == me.person_id) {
            owners.insert(0, (me.person_id, me.display_name.clone()));
        }
    }
    let is_manager = me.as_ref().is_some_and(|me| me.role == Role::Manager);
    let body = match &*register {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(register) => html! {
            <>
                if register.overdue > 0 {
                    <p class="error" role="alert" data-figure="overdue">{ t.get_with("complaints-overdue", &[("count", register.overdue.into())]) }</p>
                }
                <p>{ t.get_with("complaints-working-days", &[("days", register.working_days.into())]) }</p>
                if is_manager { <Settings days={register.working_days} on_saved={reload.clone()} /> }
                if register.items.is_empty() { <p>{ t.get("complaints-none") }</p> }
                <ul class="register">
                    { for register.items.iter().map(|item| html! {
                        <li key={item.id.to_string()}>
                            <Item item={item.clone()} owners={owners.clone()} on_saved={reload.clone()} />
                        </li>
                    }) }
                </ul>
            </>
        },
    };
    html! {
        <section class="page wide">
            <h1>{ t.get("complaints-title") }</h1>
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ItemProps {
    item: RegisterItem,
    owners: Vec<(Uuid, String)>,
    on_saved: Callback<()>,
}

#[function_component(Item)]
fn item(props: &ItemProps) -> Html {
    let t = use_i18n();
    let item = &props.item;
    let update = use_state(|| ComplaintUpdate { status: item.status, owner_id: item.owner_id, outcome: item.outcome.clone() });
    let error = use_state(|| None::<ErrorCode>);
    let field = |name: &str| format!("{name}-{}", item.id);
    let set_status = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let status = ComplaintStatus::parse(&value_of(&e)).unwrap_or(update.status);
            update.set(ComplaintUpdate { status, ..(*update).clone() });
        })
    };
    let set_owner = {
        let update = update.clone();
        Callback::from(move |e: Event| update.set(ComplaintUpdate { owner_id: value_of(&e).parse().ok(), ..(*update).clone() }))
    };
    let set_outcome = {
        let update = update.clone();
        Callback::from(move |e: Event| update.set(ComplaintUpdate { outcome: value_of(&e), ..(*update).clone() }))
    };
    let save = {
        let (update, error, on_saved, id) = (update.clone(), error.clone(), props.on_saved.clone(), item.id);
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if let Err(code) = update.parse() {
                return error.set(Some(code));
            }
            let (request, error, on_saved) = ((*update).clone(), error.clone(), on_saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::put_json(&super::api::item_path(id), &request).await {
                    Ok(()) => {
                        error.set(None);
                        on_saved.emit(());
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let kind = match item.kind {
        FeedbackKind::Complaint => t.get("complaints-kind-complaint"),
        FeedbackKind::Compliment => t.get("complaints-kind-compliment"),
    };
    let raiser = match (&item.raised_by, item.raised_as.as_str()) {
        (Some(name), "carer") => t.get_with("complaints-from-carer", &[("name", name.clone().into())]),
        (Some(name), _) => t.get_with("complaints-from-young-person", &[("name", name.clone().into())]),
        (None, "carer") => t.get("complaints-anonymous-carer"),
        (None, _) => t.get("complaints-anonymous-young-person"),
    };
    html! {
        <article class={classes!("card", "register-item", item.overdue.then_some("overdue"))} aria-labelledby={field("heading")}>
            <h2 id={field("heading")}>{ format!("{kind}: {}", item.received_on) }</h2>
            <p class="quote">{ item.text.clone() }</p>
            <p>{ raiser }</p>
            <p>
                <span class={classes!("badge", item.status.as_str())}>{ status_text(&t, item.status) }</span>
                { " " }{ t.get_with("complaints-respond-by", &[("date", crate::components::dates::day_in_words(&t, &item.respond_by).into())]) }
                if item.overdue { { " " }<strong class="flag">{ t.get("complaints-overdue-flag") }</strong> }
            </p>
            <form onsubmit={save}>
                <div class="field-row">
                    <div class="field">
                        <label for={field("status")}>{ t.get("complaints-field-status") }</label>
                        <select id={field("status")} onchange={set_status}>
                            { for ComplaintStatus::ALL.into_iter().map(|status| html! {
                                <option value={status.as_str()} selected={status == update.status}>{ status_text(&t, status) }</option>
                            }) }
                        </select>
                    </div>
                    <div class="field">
                        <label for={field("owner")}>{ t.get("complaints-field-owner") }</label>
                        <select id={field("owner")} onchange={set_owner}>
                            <option value="" selected={update.owner_id.is_none()}>{ t.get("complaints-no-owner") }</option>
                            { for props.owners.iter().map(|(id, name)| html! {
                                <option value={id.to_string()} selected={update.owner_id == Some(*id)}>{ name.clone() }</option>
                            }) }
                            if let (Some(id), Some(name)) = (item.owner_id, item.owner.clone()) {
                                if !props.owners.iter().any(|(known, _)| *known == id) {
                                    <option value={id.to_string()} selected={update.owner_id == Some(id)}>{ name }</option>
                                }
                            }
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for={field("outcome")}>{ t.get("complaints-field-outcome") }</label>
                    <textarea id={field("outcome")} rows="3" value={update.outcome.clone()} onchange={set_outcome} aria-describedby={field("outcome-hint")} />
                    <p class="hint" id={field("outcome-hint")}>{ t.get("complaints-outcome-hint") }</p>
                </div>
                if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
                <button type="submit" class="button">{ t.get("complaints-save") }</button>
            </form>
        </article>
    }
}

#[derive(Properties, PartialEq)]
struct SettingsProps {
    days: u8,
    on_saved: Callback<()>,
}

#[function_component(Settings)]
fn settings(props: &SettingsProps) -> Html {
    let t = use_i18n();
    let days = use_state(|| props.days.to_string());
    let error = use_state(|| None::<ErrorCode>);
    let onchange = {
        let days = days.clone();
        Callback::from(move |e: Event| days.set(value_of(&e)))
    };
    let onsubmit = {
        let (days, error, on_saved) = (days.clone(), error.clone(), props.on_saved.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Ok(working_days) = days.trim().parse::<u8>() else { return error.set(Some(ErrorCode::OutOfRange)) };
            let (error, on_saved) = (error.clone(), on_saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::put_json(&super::api::settings_path(), &ComplaintSettings { working_days }).await {
                    Ok(()) => {
                        error.set(None);
                        on_saved.emit(());
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <form class="filters" {onsubmit}>
            <div class="field">
                <label for="working-days">{ t.get("complaints-settings-days") }</label>
                <input id="working-days" type="number" min="1" max="60" value={(*days).clone()} {onchange} />
            </div>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <button type="submit" class="button secondary">{ t.get("complaints-settings-save") }</button>
        </form>
    }
}
