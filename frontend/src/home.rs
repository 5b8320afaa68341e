use tandem_domain::accounts::api::SessionKind;
use tandem_domain::accounts::Role;
use yew::prelude::*;

use crate::auth::use_auth;
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
                    <li>
                        <Link to={Route::AppFeedback} classes="card">
                            <span class="card-title">{ t.get("home-feedback-link") }</span>
                            <span class="card-hint">{ t.get("home-feedback-hint") }</span>
                        </Link>
                    </li>
                    if signed_in_kind != Some(SessionKind::Staff) && !carer {
                        <li>
                            <Link to={Route::Scaling} classes="card">
                                <span class="card-title">{ t.get("home-scaling-link") }</span>
                                <span class="card-hint">{ t.get("home-scaling-hint") }</span>
                            </Link>
                        </li>
                    }
                    if signed_in_kind == Some(SessionKind::Device) {
                        <li>
                            <Link to={Route::Plan} classes="card">
                                <span class="card-title">{ t.get(if carer { "home-plan-link-carer" } else { "home-plan-link" }) }</span>
                                <span class="card-hint">{ t.get(if carer { "home-plan-hint-carer" } else { "home-plan-hint" }) }</span>
                            </Link>
                        </li>
                        <li>
                            <Link to={Route::Appointments} classes="card">
                                <span class="card-title">{ t.get("home-appointments-link") }</span>
                                <span class="card-hint">{ t.get(if carer { "home-appointments-hint-carer" } else { "home-appointments-hint" }) }</span>
                            </Link>
                        </li>
                        <li>
                            <Link to={Route::Surveys} classes="card">
                                <span class="card-title">{ t.get("home-surveys-link") }</span>
                                <span class="card-hint">{ t.get("home-surveys-hint") }</span>
                            </Link>
                        </li>
                        <li>
                            <Link to={Route::Voice} classes="card">
                                <span class="card-title">{ t.get("home-voice-link") }</span>
                                <span class="card-hint">{ t.get("home-voice-hint") }</span>
                            </Link>
                        </li>
                        <li>
                            <Link to={Route::MyData} classes="card">
                                <span class="card-title">{ t.get("home-my-data-link") }</span>
                                <span class="card-hint">{ t.get("home-my-data-hint") }</span>
                            </Link>
                        </li>
                    }
                    if signed_in_kind.is_none() {
                        <li>
                            <Link to={Route::Join} classes="card">
                                <span class="card-title">{ t.get("home-join-link") }</span>
                                <span class="card-hint">{ t.get("home-join-hint") }</span>
                            </Link>
                        </li>
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
