//! The app's addresses and moving between them: the History API, a context with the current
//! route, and a `Link` that is a real `<a href>`. Written here rather than taken from yew-router
//! because the phone build must stay small (yew-router with its history and path-matching crates
//! was about 30 KB of wasm) and because moving focus to the new page on every navigation, which
//! screen-reader users need, belongs in the same place.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Every page of the app. Staff pages live in the staff build (see `shell::staff_page`).
#[derive(Debug, Clone, PartialEq)]
pub enum Route {
    Home,
    AppFeedback,
    FeedbackAnswers,
    SignIn,
    SetPassword,
    Join,
    Pin,
    Devices,
    /// "What Tandem keeps about me".
    MyData,
    Caseload,
    YoungPerson {
        id: String,
    },
    Audit,
    StaffAccounts,
    /// A member of staff's own account (their password).
    MyAccount,
    Scaling,
    Sessions,
    LiveSession {
        id: String,
    },
    SessionReport {
        id: String,
    },
    ProgrammeReport {
        id: String,
    },
    Relay,
    Plan,
    StaffPlan {
        id: String,
    },
    Appointments,
    StaffAppointments {
        id: String,
    },
    StaffForms {
        id: String,
    },
    /// The service's forms as a manager changes them; `form` empty for the list of them.
    FormEditor {
        form: String,
    },
    Surveys,
    AnswerSurvey {
        id: String,
    },
    /// Forms a worker asked this person to fill in.
    Forms,
    FillForm {
        id: String,
    },
    Say,
    Help,
    StaffSurveys,
    /// The builder; `new` for a survey not saved yet.
    EditSurvey {
        id: String,
    },
    SurveyResults {
        id: String,
    },
    Complaints,
    /// "Have your say" and "You said, we did".
    Voice,
    TakePart {
        id: String,
    },
    StaffVoice,
    /// The youth cabinet's members and meetings.
    Cabinet,
    EditConsultation {
        id: String,
    },
    ConsultationResults {
        id: String,
    },
    NotFound,
}

impl Route {
    pub fn from_path(path: &str) -> Route {
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.split('/').skip(1).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["feedback"] => Route::AppFeedback,
            ["sign-in"] => Route::SignIn,
            ["set-password"] => Route::SetPassword,
            ["join"] => Route::Join,
            ["pin"] => Route::Pin,
            ["devices"] => Route::Devices,
            ["my-data"] => Route::MyData,
            ["staff"] => Route::Caseload,
            ["staff", "feedback"] => Route::FeedbackAnswers,
            ["staff", "audit"] => Route::Audit,
            ["staff", "accounts"] => Route::StaffAccounts,
            ["staff", "account"] => Route::MyAccount,
            ["session"] => Route::Scaling,
            ["plan"] => Route::Plan,
            ["appointments"] => Route::Appointments,
            ["surveys"] => Route::Surveys,
            ["surveys", id] if !id.is_empty() => Route::AnswerSurvey { id: (*id).to_owned() },
            ["forms"] => Route::Forms,
            ["forms", id] if !id.is_empty() => Route::FillForm { id: (*id).to_owned() },
            ["say"] => Route::Say,
            ["help"] => Route::Help,
            ["staff", "surveys"] => Route::StaffSurveys,
            ["staff", "surveys", id] if !id.is_empty() => Route::EditSurvey { id: (*id).to_owned() },
            ["staff", "surveys", id, "results"] if !id.is_empty() => Route::SurveyResults { id: (*id).to_owned() },
            ["staff", "complaints"] => Route::Complaints,
            ["voice"] => Route::Voice,
            ["voice", id] if !id.is_empty() => Route::TakePart { id: (*id).to_owned() },
            ["staff", "voice"] => Route::StaffVoice,
            ["staff", "voice", "cabinet"] => Route::Cabinet,
            ["staff", "voice", id] if !id.is_empty() => Route::ConsultationResults { id: (*id).to_owned() },
            ["staff", "voice", id, "edit"] if !id.is_empty() => Route::EditConsultation { id: (*id).to_owned() },
            ["staff", "young-people", id, "appointments"] if !id.is_empty() => Route::StaffAppointments { id: (*id).to_owned() },
            ["staff", "young-people", id, "plan"] if !id.is_empty() => Route::StaffPlan { id: (*id).to_owned() },
            ["staff", "young-people", id, "forms"] if !id.is_empty() => Route::StaffForms { id: (*id).to_owned() },
            ["staff", "forms"] => Route::FormEditor { form: String::new() },
            ["staff", "forms", form] if !form.is_empty() => Route::FormEditor { form: (*form).to_owned() },
            ["staff", "relay"] => Route::Relay,
            ["staff", "sessions"] => Route::Sessions,
            ["staff", "sessions", id] if !id.is_empty() => Route::LiveSession { id: (*id).to_owned() },
            ["staff", "sessions", id, "report"] if !id.is_empty() => Route::SessionReport { id: (*id).to_owned() },
            ["staff", "programmes", id, "report"] if !id.is_empty() => Route::ProgrammeReport { id: (*id).to_owned() },
            ["staff", "young-people", id] if !id.is_empty() => Route::YoungPerson { id: (*id).to_owned() },
            _ => Route::NotFound,
        }
    }

    pub fn to_path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::AppFeedback => "/feedback".into(),
            Route::FeedbackAnswers => "/staff/feedback".into(),
            Route::SignIn => "/sign-in".into(),
            Route::SetPassword => "/set-password".into(),
            Route::Join => "/join".into(),
            Route::Pin => "/pin".into(),
            Route::Devices => "/devices".into(),
            Route::MyData => "/my-data".into(),
            Route::Caseload => "/staff".into(),
            Route::YoungPerson { id } => format!("/staff/young-people/{id}"),
            Route::Audit => "/staff/audit".into(),
            Route::StaffAccounts => "/staff/accounts".into(),
            Route::MyAccount => "/staff/account".into(),
            Route::Scaling => "/session".into(),
            Route::Plan => "/plan".into(),
            Route::StaffPlan { id } => format!("/staff/young-people/{id}/plan"),
            Route::Appointments => "/appointments".into(),
            Route::StaffAppointments { id } => format!("/staff/young-people/{id}/appointments"),
            Route::StaffForms { id } => format!("/staff/young-people/{id}/forms"),
            Route::FormEditor { form } if form.is_empty() => "/staff/forms".into(),
            Route::FormEditor { form } => format!("/staff/forms/{form}"),
            Route::Relay => "/staff/relay".into(),
            Route::Sessions => "/staff/sessions".into(),
            Route::LiveSession { id } => format!("/staff/sessions/{id}"),
            Route::SessionReport { id } => format!("/staff/sessions/{id}/report"),
            Route::ProgrammeReport { id } => format!("/staff/programmes/{id}/report"),
            Route::Surveys => "/surveys".into(),
            Route::AnswerSurvey { id } => format!("/surveys/{id}"),
            Route::Forms => "/forms".into(),
            Route::FillForm { id } => format!("/forms/{id}"),
            Route::Say => "/say".into(),
            Route::Help => "/help".into(),
            Route::StaffSurveys => "/staff/surveys".into(),
            Route::EditSurvey { id } => format!("/staff/surveys/{id}"),
            Route::SurveyResults { id } => format!("/staff/surveys/{id}/results"),
            Route::Complaints => "/staff/complaints".into(),
            Route::Voice => "/voice".into(),
            Route::TakePart { id } => format!("/voice/{id}"),
            Route::StaffVoice => "/staff/voice".into(),
            Route::Cabinet => "/staff/voice/cabinet".into(),
            Route::ConsultationResults { id } => format!("/staff/voice/{id}"),
            Route::EditConsultation { id } => format!("/staff/voice/{id}/edit"),
            Route::NotFound => "/not-found".into(),
        }
    }
}

fn location_route() -> Route {
    let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
    Route::from_path(&path)
}

/// Moves between pages without reloading.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    current: UseStateHandle<Route>,
}

impl Navigator {
    pub fn push(&self, route: &Route) {
        if let Some(window) = web_sys::window() {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&route.to_path()));
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
            // Screen readers follow focus: the new page's content, not the link just used.
            if let Some(main) = window.document().and_then(|d| d.get_element_by_id("main")) {
                if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                    let _ = main.focus();
                }
            }
        }
        self.current.set(route.clone());
    }
}

#[hook]
pub fn use_navigator() -> Option<Navigator> {
    use_context::<Navigator>()
}

#[hook]
pub fn use_route() -> Option<Route> {
    use_context::<Navigator>().map(|navigator| (*navigator.current).clone())
}

#[derive(Properties, PartialEq)]
pub struct RouterProps {
    pub children: Html,
    /// Where the app is, when not the page's address: the screens rendered at build time.
    #[prop_or_default]
    pub initial: Option<Route>,
}

/// Holds the current route and follows the browser's Back and Forward buttons.
#[function_component(Router)]
pub fn router(props: &RouterProps) -> Html {
    let current = use_state(|| props.initial.clone().unwrap_or_else(location_route));
    use_effect_with((), {
        let current = current.clone();
        move |_| {
            let listener = web_sys::window().map(|window| EventListener::new(&window, "popstate", move |_| current.set(location_route())));
            move || drop(listener)
        }
    });
    html! {
        <ContextProvider<Navigator> context={Navigator { current }}>
            { props.children.clone() }
        </ContextProvider<Navigator>>
    }
}

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    #[prop_or_default]
    pub classes: Classes,
    #[prop_or_default]
    pub children: Html,
}

/// A link to a page of the app: a plain `<a href>` (so it opens in a new tab, can be copied and
/// works before the app has loaded), handled in place on an ordinary click.
#[function_component(Link)]
pub fn link(props: &LinkProps) -> Html {
    let navigator = use_navigator();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            let plain = event.button() == 0 && !event.ctrl_key() && !event.meta_key() && !event.shift_key() && !event.alt_key();
            if let (true, Some(navigator)) = (plain, &navigator) {
                event.prevent_default();
                navigator.push(&to);
            }
        })
    };
    html! {
        <a href={props.to.to_path()} class={props.classes.clone()} {onclick}>{ props.children.clone() }</a>
    }
}

/// Where a member of staff starts: the page their role works from.
pub fn staff_home(role: tandem_domain::accounts::Role) -> Route {
    use tandem_domain::accounts::Role;
    match role {
        Role::ParticipationOfficer => Route::StaffSurveys,
        Role::Admin => Route::StaffAccounts,
        _ => Route::Caseload,
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn every_route_reads_back_from_its_path() {
        let routes = [
            Route::Home,
            Route::AppFeedback,
            Route::FeedbackAnswers,
            Route::SignIn,
            Route::SetPassword,
            Route::Join,
            Route::Pin,
            Route::Devices,
            Route::MyData,
            Route::Caseload,
            Route::YoungPerson { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::Audit,
            Route::StaffAccounts,
            Route::MyAccount,
            Route::Plan,
            Route::StaffPlan { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::Appointments,
            Route::StaffAppointments { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::StaffForms { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::FormEditor { form: String::new() },
            Route::FormEditor { form: "about_me".into() },
            Route::Surveys,
            Route::AnswerSurvey { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::Forms,
            Route::FillForm { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::Say,
            Route::Help,
            Route::StaffSurveys,
            Route::EditSurvey { id: "new".into() },
            Route::SurveyResults { id: "0190f5d2-7b1c-7000-8000-000000000000".into() },
            Route::Complaints,
        ];
        for route in routes {
            assert_eq!(Route::from_path(&route.to_path()), route);
        }
        assert_eq!(Route::from_path("/staff/"), Route::Caseload);
        assert_eq!(Route::from_path("/nothing/here"), Route::NotFound);
        assert_eq!(Route::from_path("/staff/young-people/"), Route::NotFound);
    }
}
