//! Every staff page a role may open, on that role's home: a manager reaches surveys,
//! consultations, complaints and the youth cabinet without typing an address. The role lists
//! are the server's own (`tandem_domain::accounts::who`), so a link is never offered to someone
//! the page would refuse.

use tandem_domain::accounts::{who, Role};
use yew::prelude::*;

use crate::auth::use_auth;
use crate::i18n::{use_i18n, Messages};
use crate::routes::{Link, Route};

/// The pages, in the order a day's work meets them, with who may open each.
fn pages(t: &Messages) -> Vec<(Route, String, &'static [Role])> {
    vec![
        (Route::Caseload, t.get("caseload-title"), who::CASE_STAFF),
        (Route::Sessions, t.get("nav-sessions"), who::SESSION_STAFF),
        (Route::StaffSurveys, t.get("survey-list-title"), who::SURVEY_EDITORS),
        (Route::StaffVoice, t.get("voice-staff-title"), who::SURVEY_EDITORS),
        (Route::Cabinet, t.get("cabinet-title"), who::SURVEY_EDITORS),
        (Route::Complaints, t.get("complaints-title"), who::SURVEY_EDITORS),
        (Route::FeedbackAnswers, t.get("home-staff-link"), who::FEEDBACK_READERS),
        (Route::FormEditor { form: String::new() }, t.get("staff-form-editor-title"), who::MANAGERS),
        (Route::Relay, t.get("relay-title"), who::MANAGERS),
        (Route::Audit, t.get("audit-title"), who::MANAGERS),
        (Route::StaffAccounts, t.get("staff-title"), who::STAFF_MANAGERS),
        (Route::MyAccount, t.get("my-account-title"), who::STAFF),
    ]
}

#[derive(Properties, PartialEq)]
pub struct StaffLinksProps {
    /// The page this is on, left out of the list.
    pub here: Route,
}

#[function_component(StaffLinks)]
pub fn staff_links(props: &StaffLinksProps) -> Html {
    let t = use_i18n();
    let Some(role) = use_auth().and_then(|auth| auth.me()).map(|me| me.role) else { return html! {} };
    let reachable: Vec<(Route, String)> = pages(&t)
        .into_iter()
        .filter(|(route, _, roles)| roles.contains(&role) && *route != props.here)
        .map(|(route, label, _)| (route, label))
        .collect();
    html! {
        <nav class="staff-links" aria-label={t.get("staff-links-label")}>
            <ul>
                { for reachable.into_iter().map(|(route, label)| html! { <li><Link to={route}>{ label }</Link></li> }) }
            </ul>
        </nav>
    }
}
