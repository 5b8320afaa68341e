use serde::Deserialize;
use tandem_domain::accounts::api::{PersonSummary, SessionKind};
use tandem_domain::accounts::Role;
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::i18n::use_i18n;

/// `tandem_domain::accounts::api::DeviceInfo` as the phone reads it: times kept as the RFC 3339
/// text the server sends, because parsing them would bring the `time` crate's parser into the
/// phone build (about 5 KB gzip) only to show a date.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DeviceInfo {
    id: uuid::Uuid,
    label: String,
    last_used_at: String,
    this_device: bool,
}

/// The phones signed in as this person, each of which they can sign out; and, for a young
/// person, the carers linked to them.
#[function_component(DevicesPage)]
pub fn devices_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let devices = use_state(|| None::<Vec<DeviceInfo>>);
    let carers = use_state(|| None::<Vec<PersonSummary>>);
    let error = use_state(|| None::<ErrorCode>);
    let refresh = use_state(|| 0u32);
    let is_young_person = auth.as_ref().and_then(|a| a.me()).is_some_and(|me| me.role == Role::YoungPerson);
    let is_device = auth.as_ref().and_then(|a| a.me()).is_some_and(|me| me.session.kind == SessionKind::Device);

    // Who is signed in may arrive after the first render (a page opened by its address), so it
    // is part of what the effect depends on.
    use_effect_with((*refresh, is_young_person), {
        let (devices, carers, error, auth) = (devices.clone(), carers.clone(), error.clone(), auth.clone());
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::devices().read().await {
                    Ok(list) => devices.set(Some(list)),
                    Err(err) => {
                        if let Some(auth) = &auth {
                            auth.on_refusal(err.code());
                        }
                        error.set(Some(err.code()));
                    }
                }
                if is_young_person {
                    if let Ok(list) = super::api::my_carers().read().await {
                        carers.set(Some(list));
                    }
                }
            });
        }
    });

    let remove = {
        let (refresh, error, auth) = (refresh.clone(), error.clone(), auth.clone());
        Callback::from(move |(id, this_device): (String, bool)| {
            let (refresh, error, auth) = (refresh.clone(), error.clone(), auth.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::end_device(&id).await {
                    Ok(()) if this_device => {
                        if let Some(auth) = auth {
                            auth.signed_out();
                        }
                    }
                    Ok(()) => refresh.set(*refresh + 1),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    let shared = use_state(crate::auth::phone_is_shared);
    let on_shared = {
        let shared = shared.clone();
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<web_sys::HtmlInputElement>() else { return };
            let (checked, shared) = (input.checked(), shared.clone());
            wasm_bindgen_futures::spawn_local(async move {
                crate::auth::set_phone_shared(checked).await;
                shared.set(checked);
            });
        })
    };
    if !is_device {
        return html! { <section class="page"><h1>{ t.get("devices-title") }</h1><p>{ t.error(ErrorCode::Forbidden) }</p></section> };
    }
    html! {
        <section class="page">
            <h1>{ t.get("devices-title") }</h1>
            <p class="lead">{ t.get("devices-intro") }</p>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <ul class="list">
                { for devices.iter().flatten().map(|device| {
                    let label = if device.label.is_empty() { t.get("devices-unnamed") } else { device.label.clone() };
                    let remove = remove.clone();
                    let (id, this_device) = (device.id.to_string(), device.this_device);
                    html! {
                        <li class="list-item">
                            <span class="list-title">{ label }</span>
                            if this_device {
                                <span class="tag">{ t.get("devices-this-one") }</span>
                            }
                            <span class="hint">{ t.get_with("devices-last-used", &[("date", crate::components::dates::day_in_words(&t, &device.last_used_at).into())]) }</span>
                            <button type="button" class="button secondary" onclick={move |_| remove.emit((id.clone(), this_device))}>
                                { t.get("devices-sign-out") }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <h2>{ t.get("devices-shared-title") }</h2>
            <div class="choice">
                <input type="checkbox" id="phone-shared" checked={*shared} onchange={on_shared} aria-describedby="phone-shared-hint" />
                <label for="phone-shared">{ t.get("devices-shared-label") }</label>
            </div>
            <p id="phone-shared-hint" class="hint">{ t.get("devices-shared-hint") }</p>
            if is_young_person {
                <h2>{ t.get("devices-carers-title") }</h2>
                <p>{ t.get("devices-carers-intro") }</p>
                <ul class="list">
                    { for carers.iter().flatten().map(|carer| html! { <li class="list-item">{ carer.display_name.clone() }</li> }) }
                </ul>
                if carers.as_ref().is_some_and(|c| c.is_empty()) {
                    <p>{ t.get("devices-no-carers") }</p>
                }
            }
        </section>
    }
}
