use tandem_domain::accounts::api::{AuditEntry, PersonSummary};
use tandem_domain::ErrorCode;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::use_i18n;

/// The audit log for managers: who read or changed which young person's data, and when.
#[function_component(AuditPage)]
pub fn audit_page() -> Html {
    let t = use_i18n();
    let entries = use_state(|| None::<Vec<AuditEntry>>);
    let people = use_state(Vec::<PersonSummary>::new);
    let filter = use_state(String::new);
    let error = use_state(|| None::<ErrorCode>);

    use_effect_with((), {
        let people = people.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = super::api::young_people().read().await {
                    people.set(list);
                }
            });
        }
    });
    use_effect_with((*filter).clone(), {
        let (entries, error) = (entries.clone(), error.clone());
        move |person: &String| {
            let endpoint = super::api::audit(person);
            wasm_bindgen_futures::spawn_local(async move {
                match endpoint.read().await {
                    Ok(list) => entries.set(Some(list)),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        }
    });
    let onchange = {
        let filter = filter.clone();
        Callback::from(move |event: Event| {
            if let Some(select) = event.target_dyn_into::<HtmlSelectElement>() {
                filter.set(select.value());
            }
        })
    };
    let name_of =
        |id: Option<uuid::Uuid>| id.and_then(|id| people.iter().find(|p| p.id == id).map(|p| p.display_name.clone())).unwrap_or_default();
    html! {
        <section class="page wide">
            <h1>{ t.get("audit-title") }</h1>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <div class="field">
                <label for="audit-person">{ t.get("audit-filter-person") }</label>
                <select id="audit-person" {onchange}>
                    <option value="" selected=true>{ t.get("audit-everyone") }</option>
                    { for people.iter().map(|p| html! { <option value={p.id.to_string()}>{ p.display_name.clone() }</option> }) }
                </select>
            </div>
            <table class="data-table">
                <caption>{ t.get("audit-caption") }</caption>
                <thead><tr>
                    <th scope="col">{ t.get("audit-when") }</th>
                    <th scope="col">{ t.get("audit-who") }</th>
                    <th scope="col">{ t.get("audit-what") }</th>
                    <th scope="col">{ t.get("audit-about") }</th>
                </tr></thead>
                <tbody>
                    { for entries.iter().flatten().map(|entry| html! {
                        <tr>
                            <td>{ crate::components::dates::time_in_words(&t, entry.at) }</td>
                            <td>{ entry.actor_name.clone().unwrap_or_else(|| t.get("audit-by-tandem")) }</td>
                            <td>{ entry.action.clone() }</td>
                            <td>{ name_of(entry.young_person_id) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
