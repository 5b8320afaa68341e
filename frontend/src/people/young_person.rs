use tandem_domain::accounts::api::{
    AllocateWorkerRequest, CreateInviteRequest, CreatePersonRequest, InviteCreated, LinkCarerRequest, PersonSummary, YoungPersonDetail,
};
use tandem_domain::accounts::Role;
use tandem_domain::ErrorCode;
use web_sys::HtmlSelectElement;

use tandem_domain::sync::OperationId;
use yew::prelude::*;

use crate::api;
use crate::auth::use_auth;
use crate::components::QrCodeImage;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct YoungPersonProps {
    pub id: AttrValue,
}

/// One young person: their carers, adding and linking a carer, and invites to join.
#[function_component(YoungPersonPage)]
pub fn young_person_page(props: &YoungPersonProps) -> Html {
    let t = use_i18n();
    let detail = use_state(|| None::<YoungPersonDetail>);
    let error = use_state(|| None::<ErrorCode>);
    let refresh = use_state(|| 0u32);
    let invite = use_state(|| None::<(String, InviteCreated)>);
    let carer_name = use_node_ref();
    let carer_key = use_state(OperationId::new_v7);
    let invite_key = use_state(OperationId::new_v7);
    let worker_choice = use_node_ref();
    let workers = use_state(Vec::<PersonSummary>::new);
    let is_manager = use_auth().and_then(|a| a.me()).is_some_and(|me| me.role == Role::Manager);
    let id = props.id.to_string();

    use_effect_with(is_manager, {
        let workers = workers.clone();
        move |is_manager| {
            if *is_manager {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(staff) = super::api::staff().read().await {
                        workers.set(staff.into_iter().filter(|p| p.role == Role::Worker).collect());
                    }
                });
            }
        }
    });

    let allocate = {
        let (worker_choice, error, refresh, id) = (worker_choice.clone(), error.clone(), refresh.clone(), id.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(chosen) = worker_choice.cast::<HtmlSelectElement>().and_then(|s| s.value().parse().ok()) else { return };
            let (error, refresh, id) = (error.clone(), refresh.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let path = super::api::workers_path(&id);
                match api::post_json::<Option<()>>(&path, &AllocateWorkerRequest { worker_id: chosen }).await {
                    Ok(_) => refresh.set(*refresh + 1),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    use_effect_with((id.clone(), *refresh), {
        let (detail, error) = (detail.clone(), error.clone());
        move |(id, _)| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match super::api::young_person(&id).read().await {
                    Ok(found) => detail.set(Some(found)),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        }
    });

    let make_invite = {
        let (invite, error, key) = (invite.clone(), error.clone(), invite_key.clone());
        Callback::from(move |person: PersonSummary| {
            let (invite, error, key) = (invite.clone(), error.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let request = CreateInviteRequest { person_id: person.id };
                match api::post_once::<InviteCreated>(&super::api::invites_path(), &request, &key).await {
                    Ok(created) => invite.set(Some((person.display_name, created))),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    let add_carer = {
        let (carer_name, error, refresh, id, key) = (carer_name.clone(), error.clone(), refresh.clone(), id.clone(), carer_key.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let display_name = match super::take_name(&carer_name) {
                Some(Ok(name)) => name,
                Some(Err(code)) => return error.set(Some(code)),
                None => return,
            };
            let request = CreatePersonRequest { display_name };
            let (error, refresh, id, key) = (error.clone(), refresh.clone(), id.clone(), key.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // The key is kept until the carer is linked: a retry after a lost answer or a
                // refused link links the carer already made instead of making another.
                let linked = match api::post_operation::<PersonSummary>(&super::api::new_carer_path(), &request, &key).await {
                    Err(err) => {
                        api::next_key(&key, Some(&err));
                        Err(err)
                    }
                    Ok(carer) => {
                        let link = LinkCarerRequest { carer_id: carer.id };
                        let linked = api::post_json::<Option<()>>(&super::api::carers_path(&id), &link).await;
                        if linked.is_ok() {
                            api::next_key(&key, None);
                        }
                        linked
                    }
                };
                match linked {
                    Ok(_) => {
                        error.set(None);
                        refresh.set(*refresh + 1);
                    }
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    let unlink = {
        let (error, refresh, id) = (error.clone(), refresh.clone(), id.clone());
        Callback::from(move |carer_id: String| {
            let (error, refresh, id) = (error.clone(), refresh.clone(), id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::delete(&super::api::carer_link_path(&id, &carer_id)).await {
                    Ok(()) => refresh.set(*refresh + 1),
                    Err(err) => error.set(Some(err.code())),
                }
            });
        })
    };

    let Some(found) = (*detail).clone() else {
        return html! {
            <section class="page">
                if let Some(code) = *error {
                    <h1>{ t.get("not-found-title") }</h1>
                    <p class="error" role="alert">{ t.error(code) }</p>
                } else {
                    <h1 aria-busy="true">{ t.get("loading") }</h1>
                }
            </section>
        };
    };
    let invite_button = |person: &PersonSummary| {
        let (make_invite, person) = (make_invite.clone(), person.clone());
        let label = t.get_with("invite-make", &[("name", person.display_name.clone().into())]);
        html! { <button type="button" class="button secondary" onclick={move |_| make_invite.emit(person.clone())}>{ label }</button> }
    };
    let refreshed = {
        let refresh = refresh.clone();
        Callback::from(move |()| refresh.set(*refresh + 1))
    };
    let origin = web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default();
    html! {
        <section class="page wide">
            <h1>{ found.person.display_name.clone() }</h1>
            if let Some(code) = *error {
                <p class="error" role="alert">{ t.error(code) }</p>
            }
            <div class="actions">
                { invite_button(&found.person) }
                <crate::routes::Link to={crate::routes::Route::StaffPlan { id: props.id.to_string() }} classes="button">{ t.get("plan-open") }</crate::routes::Link>
                <crate::routes::Link to={crate::routes::Route::StaffAppointments { id: props.id.to_string() }} classes="button">{ t.get("staff-appointments-open") }</crate::routes::Link>
                <crate::routes::Link to={crate::routes::Route::StaffForms { id: props.id.to_string() }} classes="button">{ t.get("staff-forms-open") }</crate::routes::Link>
            </div>
            if let Some((name, created)) = &*invite {
                <div class="invite" role="region" aria-label={t.get_with("invite-for", &[("name", name.clone().into())])}>
                    <h2>{ t.get_with("invite-for", &[("name", name.clone().into())]) }</h2>
                    <p>{ t.get("invite-read-out") }</p>
                    <p class="invite-code" data-code={created.code.clone()}>{ created.code.clone() }</p>
                    <QrCodeImage content={format!("{origin}{}", created.join_path)} label={t.get("invite-qr-label")} />
                    <p class="hint">{ t.get_with("invite-expires", &[("when", crate::components::dates::time_in_words(&t, created.expires_at).into())]) }</p>
                </div>
            }
            <h2>{ t.get("young-person-carers") }</h2>
            <ul class="list">
                { for found.carers.iter().map(|carer| {
                    let (unlink, carer_id) = (unlink.clone(), carer.id.to_string());
                    html! {
                        <li class="list-item">
                            <span class="list-title">{ carer.display_name.clone() }</span>
                            { invite_button(carer) }
                            <button type="button" class="button secondary" onclick={move |_| unlink.emit(carer_id.clone())}>
                                { t.get_with("young-person-unlink", &[("name", carer.display_name.clone().into())]) }
                            </button>
                            if is_manager {
                                <details class="carer-data">
                                    <summary>{ t.get_with("young-person-carer-data", &[("name", carer.display_name.clone().into())]) }</summary>
                                    <crate::data_rights::SubjectAccessLinks id={carer.id.to_string()} name={carer.display_name.clone()} />
                                    <crate::data_rights::ErasePerson id={carer.id.to_string()} name={carer.display_name.clone()}
                                        on_erased={Some(refreshed.clone())} />
                                </details>
                            }
                        </li>
                    }
                }) }
            </ul>
            <form class="form inline-form" onsubmit={add_carer}>
                <div class="field">
                    <label for="new-carer">{ t.get("young-person-add-carer") }</label>
                    <input id="new-carer" type="text" maxlength="80" ref={carer_name} />
                </div>
                <button type="submit" class="button">{ t.get("young-person-add-carer-submit") }</button>
            </form>
            <h2>{ t.get("young-person-workers") }</h2>
            <ul class="list">
                { for found.workers.iter().map(|worker| html! { <li class="list-item">{ worker.display_name.clone() }</li> }) }
            </ul>
            if is_manager {
                <form class="form inline-form" onsubmit={allocate}>
                    <div class="field">
                        <label for="allocate-worker">{ t.get("young-person-allocate") }</label>
                        <select id="allocate-worker" ref={worker_choice}>
                            { for workers.iter().enumerate().map(|(index, w)| html! { <option value={w.id.to_string()} selected={index == 0}>{ w.display_name.clone() }</option> }) }
                        </select>
                    </div>
                    <button type="submit" class="button">{ t.get("young-person-allocate-submit") }</button>
                </form>
            }
            <super::family_phones::FamilyPhones id={props.id.to_string()} />
            <super::case_closure::CaseClosureSection id={props.id.clone()} name={found.person.display_name.clone()}
                closure={found.closure.clone()} on_change={refreshed.clone()} />
            if is_manager {
                <crate::data_rights::SubjectAccessLinks id={props.id.clone()} name={found.person.display_name.clone()} />
                <crate::data_rights::ErasePerson id={props.id.clone()} name={found.person.display_name.clone()} />
            }
            <crate::sessions::ScalingHistory id={props.id.to_string()} />
            <crate::relay::YoungPersonRelay id={props.id.to_string()} />
        </section>
    }
}
