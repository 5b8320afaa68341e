//! The youth cabinet at the desk: its members (added from the service's young people, or
//! removed), and its meetings, which every member gets as an appointment: who said they will
//! come or needs a change, a cancel button, and the appointment form to schedule more.

use tandem_domain::voice::api::{CabinetMeeting, CabinetMember, CabinetRequest};
use tandem_domain::ErrorCode;
use uuid::Uuid;
use yew::prelude::*;

use crate::api;
use crate::appointments::staff::AppointmentForm;
use crate::components::loading::{load_failed, use_get, Load};
use crate::components::value_of;
use crate::i18n::{use_i18n, Messages};
use crate::routes::{Link, Route};

/// Runs a change, then reloads the page's lists (or shows the refusal).
fn change<F>(error: &UseStateHandle<Option<ErrorCode>>, tick: &UseStateHandle<u32>, send: F)
where
    F: std::future::Future<Output = Result<(), api::ReadError>> + 'static,
{
    let (error, tick) = (error.clone(), tick.clone());
    wasm_bindgen_futures::spawn_local(async move {
        match send.await {
            Ok(()) => {
                error.set(None);
                tick.set(*tick + 1);
            }
            Err(err) => error.set(Some(err.code())),
        }
    });
}

#[function_component(CabinetPage)]
pub fn cabinet_page() -> Html {
    let t = use_i18n();
    let tick = use_state(|| 0u32);
    let error = use_state(|| None::<ErrorCode>);
    let members = use_get(super::api::cabinet(), *tick);
    let candidates = use_get(super::api::cabinet_candidates(), *tick);
    let meetings = use_get(super::api::meetings(), *tick);
    let chosen = use_state(String::new);

    let remove = {
        let (error, tick) = (error.clone(), tick.clone());
        Callback::from(move |id: Uuid| change(&error, &tick, async move { api::delete(&super::api::cabinet_member_path(id)).await }))
    };
    let add = {
        let (error, tick, chosen) = (error.clone(), tick.clone(), chosen.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Ok(young_person_id) = chosen.parse::<Uuid>() else {
                return error.set(Some(ErrorCode::NotAYoungPerson));
            };
            chosen.set(String::new());
            change(&error, &tick, async move {
                api::post_json::<Vec<CabinetMember>>(&super::api::cabinet_path(), &CabinetRequest { young_person_id }).await.map(|_| ())
            });
        })
    };
    let cancel = {
        let (error, tick) = (error.clone(), tick.clone());
        Callback::from(move |id: Uuid| {
            change(&error, &tick, async move {
                api::post_json::<serde::de::IgnoredAny>(&super::api::cancel_meeting_path(id), &()).await.map(|_| ())
            })
        })
    };
    let made = {
        let tick = tick.clone();
        Callback::from(move |()| tick.set(*tick + 1))
    };

    let member_list = match &*members {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(list) if list.is_empty() => html! { <p>{ t.get("cabinet-no-members") }</p> },
        Load::Loaded(list) => html! {
            <ul class="plain-list">
                { for list.iter().map(|member| {
                    let (remove, id) = (remove.clone(), member.young_person_id);
                    let label = t.get_with("cabinet-remove-named", &[("name", member.name.clone().into())]);
                    html! {
                        <li key={id.to_string()} class="row">
                            <span>{ member.name.clone() }</span>
                            <button type="button" class="button secondary" aria-label={label} onclick={Callback::from(move |_| remove.emit(id))}>{ t.get("cabinet-remove") }</button>
                        </li>
                    }
                }) }
            </ul>
        },
    };
    let picker = match &*candidates {
        Load::Loaded(list) if !list.is_empty() => html! {
            <form class="stack" onsubmit={add}>
                <label for="cabinet-add">{ t.get("cabinet-add-label") }</label>
                <select id="cabinet-add" required=true onchange={{ let chosen = chosen.clone(); Callback::from(move |event: Event| chosen.set(value_of(&event))) }}>
                    <option value="" selected={chosen.is_empty()}>{ t.get("cabinet-choose") }</option>
                    { for list.iter().map(|person| html! {
                        <option value={person.young_person_id.to_string()} selected={*chosen == person.young_person_id.to_string()}>{ person.name.clone() }</option>
                    }) }
                </select>
                <button type="submit" class="button">{ t.get("cabinet-add") }</button>
            </form>
        },
        Load::Loaded(_) => html! { <p>{ t.get("cabinet-everyone-is-member") }</p> },
        Load::Loading => html! {},
        Load::Failed(code) => load_failed(&t, *code),
    };
    let meeting_list = match &*meetings {
        Load::Loading => html! { <p aria-busy="true">{ t.get("loading") }</p> },
        Load::Failed(code) => load_failed(&t, *code),
        Load::Loaded(list) if list.is_empty() => html! { <p>{ t.get("cabinet-no-meetings") }</p> },
        Load::Loaded(list) => html! {
            <table class="table">
                <caption>{ t.get("cabinet-meetings-caption") }</caption>
                { crate::appointments::staff::table_head(&t) }
                <tbody>{ for list.iter().map(|meeting| meeting_row(&t, meeting, &cancel)) }</tbody>
            </table>
        },
    };
    html! {
        <section class="page wide">
            <p><Link to={Route::StaffVoice} classes="text-link">{ t.get("cabinet-back") }</Link></p>
            <h1>{ t.get("cabinet-title") }</h1>
            <p>{ t.get("cabinet-intro") }</p>
            if let Some(code) = *error { <p class="error" role="alert">{ t.error(code) }</p> }
            <h2>{ t.get("cabinet-members") }</h2>
            { member_list }
            { picker }
            <h2>{ t.get("cabinet-meetings") }</h2>
            { meeting_list }
            <h2>{ t.get("cabinet-new-meeting") }</h2>
            <p class="hint">{ t.get("cabinet-new-meeting-hint") }</p>
            <AppointmentForm path={super::api::meetings_path()} submit={t.get("cabinet-schedule")} {made} />
        </section>
    }
}

fn meeting_row(t: &Messages, meeting: &CabinetMeeting, cancel: &Callback<Uuid>) -> Html {
    let (cancel, id) = (cancel.clone(), meeting.id);
    let when = crate::appointments::day_words(t, &meeting.date, meeting.weekday);
    html! {
        <tr key={id.to_string()}>
            <td>{ when }<br />{ t.get_with("appointments-time", &[("start", meeting.start.clone().into()), ("end", meeting.end.clone().into())]) }<br />{ meeting.place.clone() }</td>
            <td>{ meeting.purpose.clone() }<br />{ t.get_with("cabinet-invited", &[("count", meeting.invited.into())]) }</td>
            <td>{ crate::appointments::staff::replies_cell(t, &meeting.replies) }</td>
            <td>
                if meeting.cancelled {
                    <p class="badge cancelled">{ t.get("appointment-state-cancelled") }</p>
                } else {
                    <button type="button" class="button secondary" onclick={Callback::from(move |_| cancel.emit(id))}>{ t.get("cabinet-cancel-meeting") }</button>
                }
            </td>
        </tr>
    }
}
