use tandem_domain::accounts::api::{CreateStaffRequest, PersonSummary, StaffCreated};
use tandem_domain::accounts::{DisplayName, Email, Role};
use tandem_domain::ErrorCode;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::role_label;
use crate::api;
use crate::i18n::use_i18n;

const STAFF_ROLES: [Role; 4] = [Role::Worker, Role::ParticipationOfficer, Role::Manager, Role::Admin];

/// For admins: the service's staff, and adding one. The new person sets their own password
/// from the one-time link shown here (valid 72 hours).
#[function_component(StaffAccountsPage)]
pub fn staff_accounts_page() -> Html {
    let t = use_i18n();
    let staff = use_state(Vec::<PersonSummary>::new);
    let created = use_state(|| None::<StaffCreated>);
    let key = use_state(tandem_domain::sync::OperationId::new_v7);
    let error = use_state(|| None::<ErrorCode>);
    let refresh = use_state(|| 0u32);
    let (email, name, role) = (use_node_ref(), use_node_ref(), use_node_ref());

    use_effect_with(*refresh, {
        let (staff, error) = (staff.clone(), error.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::staff().read().await {
                    Ok(list) => staff.set(list),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        }
    });
    let onsubmit = {
        let (email, name, role, created, error, refresh, key) =
            (email.clone(), name.clone(), role.clone(), created.clone(), error.clone(), refresh.clone(), key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let (Some(email), Some(name), Some(role)) =
                (email.cast::<HtmlInputElement>(), name.cast::<HtmlInputElement>(), role.cast::<HtmlSelectElement>())
            else {
                return;
            };
            let checked = Email::parse(&email.value()).and_then(|_| DisplayName::parse(&name.value()));
            if let Err(code) = checked {
                error.set(Some(code));
                return;
            }
            let request = CreateStaffRequest {
                email: email.value(),
                display_name: name.value(),
                role: Role::parse(&role.value()).unwrap_or(Role::Worker),
            };
            let (created, error, refresh, key) = (created.clone(), error.clone(), refresh.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_once::<StaffCreated>(&super::api::staff_path(), &request, &key).await {
                    Ok(made) => {
                        error.set(None);
                        created.set(Some(made));
                        refresh.set(*refresh + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    html! {
        <section class="page wide">
            <h1>{ t.get("staff-title") }</h1>
            <crate::people::StaffLinks here={crate::routes::Route::StaffAccounts} />
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            if let Some(made) = &*created {
                <div class="invite" role="status">
                    <p>{ t.get("staff-link-intro") }</p>
                    <p class="staff-link-url">{ format!("{origin}{}", made.set_password_path) }</p>
                </div>
            }
            <ul class="list">
                { for staff.iter().map(|person| html! {
                    <li class="list-item">
                        <span class="list-title">{ person.display_name.clone() }</span>
                        <span class="tag">{ role_label(&t, person.role) }</span>
                    </li>
                }) }
            </ul>
            <h2>{ t.get("staff-add-title") }</h2>
            <form class="form" {onsubmit}>
                <div class="field">
                    <label for="staff-name">{ t.get("staff-name") }</label>
                    <input id="staff-name" type="text" maxlength="80" ref={name} />
                </div>
                <div class="field">
                    <label for="staff-email">{ t.get("sign-in-email") }</label>
                    <input id="staff-email" type="email" ref={email} />
                </div>
                <div class="field">
                    <label for="staff-role">{ t.get("staff-role") }</label>
                    <select id="staff-role" ref={role}>
                        { for STAFF_ROLES.iter().enumerate().map(|(index, role)| html! {
                            <option value={role.as_str()} selected={index == 0}>{ role_label(&t, *role) }</option>
                        }) }
                    </select>
                </div>
                <button type="submit" class="button">{ t.get("staff-add-submit") }</button>
            </form>
            <crate::relay::RelaySwitch />
        </section>
    }
}
