//! The phones a young person and their carers are signed in on, each of which their worker can
//! sign out: a lost or taken phone, or a carer who should no longer see.

use tandem_domain::accounts::api::PersonDevices;
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::components::dates::time_in_words;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct FamilyPhonesProps {
    pub id: String,
}

#[function_component(FamilyPhones)]
pub fn family_phones(props: &FamilyPhonesProps) -> Html {
    let t = use_i18n();
    let family = use_state(Vec::<PersonDevices>::new);
    let error = use_state(|| None::<ErrorCode>);
    let refresh = use_state(|| 0u32);
    use_effect_with((props.id.clone(), *refresh), {
        let (family, error) = (family.clone(), error.clone());
        move |(id, _)| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::family_devices(&id).read().await {
                    Ok(list) => family.set(list),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        }
    });
    let sign_out = {
        let (id, error, refresh) = (props.id.clone(), error.clone(), refresh.clone());
        Callback::from(move |session_id: uuid::Uuid| {
            let (path, error, refresh) = (super::api::family_device_path(&id, session_id), error.clone(), refresh.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::delete(&path).await {
                    Ok(()) => refresh.set(*refresh + 1),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };
    html! {
        <section class="family-phones">
            <h2>{ t.get("family-phones-title") }</h2>
            <p>{ t.get("family-phones-intro") }</p>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <ul class="list">
                { for family.iter().flat_map(|person| person.devices.iter().map(move |device| (person, device))).map(|(person, device)| {
                    let label = if device.label.is_empty() { t.get("devices-unnamed") } else { device.label.clone() };
                    let (sign_out, session_id) = (sign_out.clone(), device.id);
                    let name = person.person.display_name.clone();
                    html! {
                        <li class="list-item" key={device.id.to_string()}>
                            <span class="list-title">{ format!("{name}: {label}") }</span>
                            <span class="hint">{ t.get_with("family-phones-last-used", &[("when", time_in_words(&t, device.last_used_at).into())]) }</span>
                            <button type="button" class="button secondary" onclick={move |_| sign_out.emit(session_id)}>
                                { t.get_with("family-phones-sign-out", &[("name", name.clone().into())]) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if family.iter().all(|person| person.devices.is_empty()) {
                <p>{ t.get("family-phones-none") }</p>
            }
        </section>
    }
}
