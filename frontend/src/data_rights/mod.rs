//! Children's data rights. On the phone: "What Tandem keeps about me", in plain words: what is
//! kept, who can see it, for how long, and how to ask for it or to have it removed. On the staff
//! pages: how long the service keeps what it no longer needs. Closing a case is on the young
//! person's page (`people`).

mod api;
#[cfg(feature = "staff")]
mod staff;

use tandem_domain::accounts::Role;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::ReadAloud;
use crate::i18n::use_i18n;
use crate::routes::{Link, Route};
#[cfg(feature = "staff")]
pub use staff::{ErasePerson, RetentionSettingsForm, SubjectAccessLinks};

/// The service's times last read, kept for reading offline.
pub const CACHE: &str = "about_me";

/// One part of the page: its heading and words, with read-aloud for both.
fn part(id: &str, heading: String, lines: Vec<String>) -> Html {
    let spoken = format!("{heading}. {}", lines.join(" "));
    html! {
        <section class="card-panel" aria-labelledby={id.to_owned()}>
            <h2 id={id.to_owned()}>{ heading }</h2>
            { for lines.into_iter().map(|line| html! { <p>{ line }</p> }) }
            <ReadAloud text={spoken} />
        </section>
    }
}

/// "What Tandem keeps about me", for a young person or a carer.
#[function_component(WhatWeKeepPage)]
pub fn what_we_keep_page() -> Html {
    let t = use_i18n();
    let me = use_auth().and_then(|auth| auth.me());
    let about = use_state(|| None::<tandem_domain::cases::AboutMyData>);
    use_effect_with((), {
        let about = about.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Kept on the phone (not a shared one), so the service's own times are said offline.
                if let Ok((found, _)) = crate::offline::read_through(self::api::about_me().path(), CACHE).await {
                    about.set(Some(found));
                }
            });
        }
    });
    let carer = me.as_ref().is_some_and(|me| me.role == Role::Carer);
    let who = if carer { "carer" } else { "young_person" };
    let say = |key: &str| t.get_with(key, &[("who", who.into())]);
    // Until the service's own times come (never yet read, and no signal), Tandem's usual ones
    // are said, and said to be the usual ones.
    let usual = about.is_none();
    let about = (*about).unwrap_or_default();
    let (days, sending, months) = (about.delivered_event_days, about.closed_case_sending_days, about.closed_case_months);
    html! {
        <section class="page">
            <h1>{ t.get("my-data-title") }</h1>
            <p class="lead">{ say("my-data-intro") }</p>
            { part("my-data-kept", t.get("my-data-kept-title"), vec![say("my-data-kept-1"), say("my-data-kept-2"), t.get("my-data-kept-phone")]) }
            { part("my-data-who", t.get("my-data-who-title"), vec![say("my-data-who-1"), say("my-data-who-2"), t.get("my-data-who-3")]) }
            { part("my-data-how-long", t.get("my-data-how-long-title"), vec![
                t.get_with("my-data-how-long-1", &[("days", days.into())]),
                t.get_with("my-data-how-long-2", &[("days", sending.into())]),
                t.get_with("my-data-how-long-3", &[("months", months.into())]),
            ].into_iter().chain(usual.then(|| t.get("my-data-how-long-usual"))).collect()) }
            { part("my-data-ask", t.get("my-data-ask-title"), vec![t.get("my-data-ask-1"), t.get("my-data-ask-2")]) }
            <p><Link to={Route::Say} classes="button secondary">{ t.get("my-data-ask-link") }</Link></p>
        </section>
    }
}
