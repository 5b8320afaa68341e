use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::shell::{Link, Route};

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let t = use_i18n();
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
                </ul>
            </nav>
            <ul class="cards secondary-cards">
                <li>
                    <Link to={Route::Join} classes="card">
                        <span class="card-title">{ t.get("home-join-link") }</span>
                        <span class="card-hint">{ t.get("home-join-hint") }</span>
                    </Link>
                </li>
            </ul>
            <p class="staff-link">
                <Link to={Route::SignIn}>{ t.get("home-staff-sign-in") }</Link>
            </p>
        </section>
    }
}
