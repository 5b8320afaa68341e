use tandem_domain::accounts::api::SessionKind;
use tandem_domain::accounts::Role;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::{icon, Icon};
use crate::i18n::use_i18n;
use crate::routes::{staff_home, Link, Route};

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let t = use_i18n();
    let me = use_auth().and_then(|auth| auth.me());
    // Joining and staff sign-in are for people not yet signed in on this browser.
    let signed_in_kind = me.as_ref().map(|me| me.session.kind);
    // A carer's cards speak to the carer, and offer only what carers can do (session scores
    // are the young person's).
    let carer = me.as_ref().is_some_and(|me| me.role == Role::Carer);
    html! {
        <section class="page">
            <h1>{ t.get("home-title") }</h1>
            <p class="lead">{ t.get("home-intro") }</p>
            <nav aria-label={t.get("home-nav-label")}>
                <ul class="cards">
                    { card(Route::AppFeedback, Icon::Feedback, t.get("home-feedback-link"), t.get("home-feedback-hint")) }
                    if signed_in_kind != Some(SessionKind::Staff) && !carer {
                        { card(Route::Scaling, Icon::Scores, t.get("home-scaling-link"), t.get("home-scaling-hint")) }
                    }
                    if signed_in_kind == Some(SessionKind::Device) {
                        { card(Route::Plan, Icon::Plan, t.get(if carer { "home-plan-link-carer" } else { "home-plan-link" }), t.get(if carer { "home-plan-hint-carer" } else { "home-plan-hint" })) }
                        { card(Route::Appointments, Icon::Calendar, t.get("home-appointments-link"), t.get(if carer { "home-appointments-hint-carer" } else { "home-appointments-hint" })) }
                        { card(Route::Forms, Icon::Form, t.get("home-forms-link"), t.get(if carer { "home-forms-hint-carer" } else { "home-forms-hint" })) }
                        { card(Route::Surveys, Icon::Survey, t.get("home-surveys-link"), t.get("home-surveys-hint")) }
                        { card(Route::Voice, Icon::Voice, t.get("home-voice-link"), t.get("home-voice-hint")) }
                        { card(Route::MyData, Icon::Privacy, t.get("home-my-data-link"), t.get("home-my-data-hint")) }
                    }
                    if signed_in_kind.is_none() {
                        { card(Route::Join, Icon::Join, t.get("home-join-link"), t.get("home-join-hint")) }
                    }
                </ul>
            </nav>
            <p class="staff-link">
                if signed_in_kind.is_none() {
                    <Link to={Route::SignIn} classes="text-link">{ t.get("home-staff-sign-in") }</Link>
                }
                if let (Some(SessionKind::Staff), Some(me)) = (signed_in_kind, me.as_ref()) {
                    <Link to={staff_home(me.role)} classes="text-link">{ t.get("nav-staff-home") }</Link>
                }
            </p>
        </section>
    }
}

/// One card: a picture, what it is, and a line on what it is for.
fn card(to: Route, picture: Icon, title: String, hint: String) -> Html {
    html! {
        <li>
            <Link {to} classes="card with-icon">
                { icon(picture) }
                <span class="card-title">{ title }</span>
                <span class="card-hint">{ hint }</span>
            </Link>
        </li>
    }
}
