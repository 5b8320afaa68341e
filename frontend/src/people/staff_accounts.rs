use tandem_domain::accounts::api::{CreateStaffRequest, PersonSummary, StaffAccount, StaffCreated};
use tandem_domain::accounts::{DisplayName, Email, Role};
use tandem_domain::ErrorCode;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::role_label;
use crate::api;
use crate::i18n::use_i18n;
use crate::routes::{Link, Route};

const STAFF_ROLES: [Role; 4] = [Role::Worker, Role::ParticipationOfficer, Role::Manager, Role::Admin];

/// What an admin does to one account.
#[derive(Clone, Copy, PartialEq)]
enum Action {
    Disable,
    Enable,
    NewLink,
}

/// What the admin's last action on one account led to.
#[derive(Clone, PartialEq)]
enum Done {
    /// Disabled: the young people allocated to them, to give to someone else.
    Disabled {
        name: String,
        young_people: Vec<PersonSummary>,
    },
    Enabled {
        name: String,
    },
    /// A new link made: its address.
    Link {
        name: String,
        path: String,
    },
}

#[function_component(StaffAccountsPage)]
pub fn staff_accounts_page() -> Html {
    let t = use_i18n();
    let me = crate::auth::use_auth().and_then(|auth| auth.me());
    let admin = me.as_ref().is_some_and(|me| me.role == Role::Admin);
    let my_id = me.as_ref().map(|me| me.person_id);
    let staff = use_state(Vec::<PersonSummary>::new);
    let accounts = use_state(Vec::<StaffAccount>::new);
    let done = use_state(|| None::<Done>);
    let link_key = use_state(tandem_domain::sync::OperationId::new_v7);
    let created = use_state(|| None::<StaffCreated>);
    let key = use_state(tandem_domain::sync::OperationId::new_v7);
    let error = use_state(|| None::<ErrorCode>);
    let refresh = use_state(|| 0u32);
    let (email, name, role) = (use_node_ref(), use_node_ref(), use_node_ref());

    use_effect_with((*refresh, admin), {
        let (staff, accounts, error) = (staff.clone(), accounts.clone(), error.clone());
        move |(_, admin)| {
            let admin = *admin;
            wasm_bindgen_futures::spawn_local(async move {
                // Admins see each account with its email and state; managers the staff list.
                let read = if admin {
                    super::api::staff_accounts().read().await.map(|list| accounts.set(list))
                } else {
                    super::api::staff().read().await.map(|list| staff.set(list))
                };
                if let Err(err) = read {
                    error.set(Some(err.code()));
                }
            });
        }
    });
    let act = {
        let (done, error, refresh, link_key) = (done.clone(), error.clone(), refresh.clone(), link_key.clone());
        Callback::from(move |(account, action): (StaffAccount, Action)| {
            let (done, error, refresh, link_key) = (done.clone(), error.clone(), refresh.clone(), link_key.clone());
            let (id, name) = (account.person.id, account.person.display_name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match action {
                    Action::Disable => {
                        super::api::disable_staff(id).await.map(|left| Done::Disabled { name, young_people: left.young_people })
                    }
                    Action::Enable => super::api::enable_staff(id).await.map(|()| Done::Enabled { name }),
                    Action::NewLink => {
                        super::api::reset_link(id, &link_key).await.map(|made| Done::Link { name, path: made.set_password_path })
                    }
                };
                match result {
                    Ok(what) => {
                        error.set(None);
                        done.set(Some(what));
                        refresh.set(*refresh + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
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
            if let Some(what) = &*done {
                <div class="invite" role="status">
                    { match what {
                        Done::Disabled { name, young_people } => html! {
                            <>
                                <p>{ t.get_with("staff-disabled-done", &[("name", name.clone().into())]) }</p>
                                if young_people.is_empty() {
                                    <p>{ t.get("staff-disabled-nobody") }</p>
                                } else {
                                    <p>{ t.get("staff-disabled-reallocate") }</p>
                                    <ul>
                                        { for young_people.iter().map(|person| html! {
                                            <li><Link to={Route::YoungPerson { id: person.id.to_string() }}>{ person.display_name.clone() }</Link></li>
                                        }) }
                                    </ul>
                                }
                            </>
                        },
                        Done::Enabled { name } => html! { <p>{ t.get_with("staff-enabled-done", &[("name", name.clone().into())]) }</p> },
                        Done::Link { name, path } => html! {
                            <>
                                <p>{ t.get_with("staff-reset-intro", &[("name", name.clone().into())]) }</p>
                                <p class="staff-link-url">{ format!("{origin}{path}") }</p>
                            </>
                        },
                    } }
                </div>
            }
            if admin {
                <table class="data-table">
                    <caption>{ t.get("staff-accounts-caption") }</caption>
                    <thead><tr>
                        <th scope="col">{ t.get("staff-name") }</th>
                        <th scope="col">{ t.get("staff-role") }</th>
                        <th scope="col">{ t.get("sign-in-email") }</th>
                        <th scope="col">{ t.get("staff-state") }</th>
                        <th scope="col">{ t.get("staff-actions") }</th>
                    </tr></thead>
                    <tbody>
                        { for accounts.iter().map(|account| {
                            let name = account.person.display_name.clone();
                            let on = |action: Action| {
                                let (act, account) = (act.clone(), account.clone());
                                Callback::from(move |_: MouseEvent| act.emit((account.clone(), action)))
                            };
                            html! {
                                <tr>
                                    <td>{ name.clone() }</td>
                                    <td>{ role_label(&t, account.person.role) }</td>
                                    <td>{ account.email.clone() }</td>
                                    <td>{ t.get(if account.disabled { "staff-state-disabled" } else { "staff-state-active" }) }</td>
                                    <td><div class="actions">
                                        if account.disabled {
                                            <button type="button" class="button secondary" onclick={on(Action::Enable)}
                                                aria-label={t.get_with("staff-enable-named", &[("name", name.clone().into())])}>
                                                { t.get("staff-enable") }
                                            </button>
                                        } else if Some(account.person.id) != my_id {
                                            <button type="button" class="button secondary" onclick={on(Action::NewLink)}
                                                aria-label={t.get_with("staff-reset-named", &[("name", name.clone().into())])}>
                                                { t.get("staff-reset") }
                                            </button>
                                            <button type="button" class="button secondary" onclick={on(Action::Disable)}
                                                aria-label={t.get_with("staff-disable-named", &[("name", name.clone().into())])}>
                                                { t.get("staff-disable") }
                                            </button>
                                        } else {
                                            { t.get("staff-this-is-you") }
                                        }
                                    </div></td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            } else {
                <ul class="list">
                    { for staff.iter().map(|person| html! {
                        <li class="list-item">
                            <span class="list-title">{ person.display_name.clone() }</span>
                            <span class="tag">{ role_label(&t, person.role) }</span>
                        </li>
                    }) }
                </ul>
            }
            if admin {
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
            }
            if admin {
                <crate::passkeys::PasskeySettingsForm />
            }
            <crate::relay::RelaySwitch />
        </section>
    }
}
