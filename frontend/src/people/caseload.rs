use tandem_domain::accounts::api::{CreatePersonRequest, PersonSummary};
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::api;
use crate::auth::use_auth;
use crate::components::dates::day_in_words;
use crate::i18n::use_i18n;
use crate::routes::{Link, Route};

/// A worker's caseload (a manager's whole service), and adding a young person to it.
#[function_component(CaseloadPage)]
pub fn caseload_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let people = use_state(|| None::<Vec<PersonSummary>>);
    let error = use_state(|| None::<ErrorCode>);
    let refresh = use_state(|| 0u32);
    let name = use_node_ref();
    // One key per young person being added: a double click or a retry with no answer adds one.
    let key = use_state(OperationId::new_v7);
    let role = auth.as_ref().and_then(|a| a.me()).map(|me| me.role);

    use_effect_with(*refresh, {
        let (people, error, auth) = (people.clone(), error.clone(), auth.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::young_people().read().await {
                    Ok(list) => people.set(Some(list)),
                    Err(err) => {
                        if let Some(auth) = &auth {
                            auth.on_refusal(err.code());
                        }
                        error.set(Some(err.code()));
                    }
                }
            });
        }
    });

    let onsubmit = {
        let (name, error, refresh, key) = (name.clone(), error.clone(), refresh.clone(), key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let display_name = match super::take_name(&name) {
                Some(Ok(name)) => name,
                Some(Err(code)) => return error.set(Some(code)),
                None => return,
            };
            let request = CreatePersonRequest { display_name };
            let (error, refresh, key) = (error.clone(), refresh.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::post_once::<PersonSummary>(&super::api::young_people_path(), &request, &key).await {
                    Ok(_) => {
                        error.set(None);
                        refresh.set(*refresh + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    html! {
        <section class="page wide">
            <h1>{ t.get("caseload-title") }</h1>
            if role == Some(Role::Manager) {
                <crate::relay::RelayAlert />
            }
            <crate::plans::PlansNeedingYou />
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
                if code == ErrorCode::Unauthorized || code == ErrorCode::SessionExpired {
                    <Link to={Route::SignIn} classes="button">{ t.get("sign-in-title") }</Link>
                }
            }
            <ul class="list" aria-label={t.get("caseload-title")}>
                { for people.iter().flatten().map(|person| html! {
                    <li class="list-item">
                        <Link to={Route::YoungPerson { id: person.id.to_string() }} classes="list-title">
                            { person.display_name.clone() }
                        </Link>
                        if let Some(day) = &person.closed_on {
                            <span class="badge">{ t.get_with("caseload-closed", &[("day", day_in_words(&t, day).into())]) }</span>
                        }
                        if person.overdue_forms > 0 {
                            <span class="badge form-overdue">{ t.get_with("caseload-overdue-forms", &[("count", person.overdue_forms.into())]) }</span>
                        }
                    </li>
                }) }
            </ul>
            if people.as_ref().is_some_and(|p| p.is_empty()) {
                <p>{ t.get("caseload-empty") }</p>
            }
            <h2>{ t.get("caseload-add-title") }</h2>
            <form class="form inline-form" {onsubmit}>
                <div class="field">
                    <label for="new-young-person">{ t.get("caseload-add-name") }</label>
                    <input id="new-young-person" type="text" maxlength="80" ref={name} />
                </div>
                <button type="submit" class="button">{ t.get("caseload-add-submit") }</button>
            </form>
            <super::StaffLinks here={Route::Caseload} />
            <crate::safety::AlertsOnThisBrowser />
            if role == Some(Role::Manager) {
                <crate::safety::SafetySettingsForm />
            }
        </section>
    }
}
