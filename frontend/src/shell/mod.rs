//! The app shell: routes, the page frame (skip link, quick exit, language, sync status),
//! language and direction on `<html>`, and the outbox's triggers (start, back online, a timer,
//! a nudge from the service worker).

mod first_paint;
mod language;
mod pieces;
mod quick_exit;
mod turns;

use std::rc::Rc;

use yew::prelude::*;

use tandem_domain::accounts::api::SessionKind;

use crate::accounts::{JoinPage, LockScreen, SetPinPage};
use crate::auth::{use_auth, Auth, AuthProvider};
use crate::home::HomePage;
use crate::i18n::{use_i18n, I18n, Language, Messages};
use crate::offline::sync::SyncStatusBar;
use crate::offline::{store, stored};
use crate::routes::{staff_home, use_navigator, use_route, Link, Route, Router};
pub(crate) use first_paint::EARLY_ID;
pub use language::LanguageSwitch;
pub use quick_exit::{remove_early_quick_exit, QuickExit};

fn switch(route: Route) -> Html {
    if pieces::is_piece(&route) {
        // Keyed by address: each page fetches (or finds) its own piece.
        let key = route.to_path();
        return html! { <pieces::PiecePage {key} {route} /> };
    }
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Join => html! { <JoinPage /> },
        Route::Pin => html! { <SetPinPage /> },
        Route::Help => html! { <crate::safety::HelpPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
        staff => staff_page(staff),
    }
}

/// Staff pages live in the staff build; the server sends it for their addresses.
#[cfg(feature = "staff")]
fn staff_page(route: Route) -> Html {
    use crate::accounts::{SetPasswordPage, SignInPage};
    use crate::feedback::FeedbackAnswersPage;
    use crate::people::{AuditPage, CaseloadPage, MyAccountPage, StaffAccountsPage, YoungPersonPage};
    use crate::sessions::{LiveSessionPage, ProgrammeReportPage, SessionReportPage, SessionsPage};
    match route {
        Route::FeedbackAnswers => html! { <FeedbackAnswersPage /> },
        Route::SignIn => html! { <SignInPage /> },
        Route::SetPassword => html! { <SetPasswordPage /> },
        Route::Caseload => html! { <CaseloadPage /> },
        Route::YoungPerson { id } => html! { <YoungPersonPage id={id} /> },
        Route::Audit => html! { <AuditPage /> },
        Route::StaffAccounts => html! { <StaffAccountsPage /> },
        Route::MyAccount => html! { <MyAccountPage /> },
        Route::Sessions => html! { <SessionsPage /> },
        Route::Relay => html! { <crate::relay::RelayPage /> },
        Route::StaffPlan { id } => html! { <crate::plans::StaffPlanPage id={id} /> },
        Route::StaffAppointments { id } => html! { <crate::appointments::StaffAppointmentsPage id={id} /> },
        Route::StaffForms { id } => html! { <crate::assessments::StaffFormsPage id={id} /> },
        Route::FormEditor { form } => html! { <crate::assessments::FormEditorPage form={form} /> },
        Route::StaffSurveys => html! { <crate::surveys::StaffSurveysPage /> },
        Route::EditSurvey { id } => html! { <crate::surveys::EditSurveyPage id={id} /> },
        Route::SurveyResults { id } => html! { <crate::surveys::SurveyResultsPage id={id} /> },
        Route::Complaints => html! { <crate::complaints::ComplaintsPage /> },
        Route::StaffVoice => html! { <crate::voice::StaffVoicePage /> },
        Route::Cabinet => html! { <crate::voice::CabinetPage /> },
        Route::ConsultationResults { id } => html! { <crate::voice::ConsultationResultsPage id={id} /> },
        Route::EditConsultation { id } => html! { <crate::voice::EditConsultationPage id={id} /> },
        Route::LiveSession { id } => html! { <LiveSessionPage id={id} /> },
        Route::SessionReport { id } => html! { <SessionReportPage id={id} /> },
        Route::ProgrammeReport { id } => html! { <ProgrammeReportPage id={id} /> },
        _ => html! { <NotFoundPage /> },
    }
}

/// In the phone build, a staff page is a full page load, which the server answers with the
/// staff build. Opened straight at a staff address (offline, the service worker's phone shell
/// answers), it says a connection is needed instead of loading forever.
#[cfg(not(feature = "staff"))]
fn staff_page(_route: Route) -> Html {
    html! { <OtherBuild /> }
}

thread_local! {
    static FIRST_PATH: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

fn current_path() -> String {
    web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// Notes the address the app was opened at.
pub fn remember_first_path() {
    FIRST_PATH.with(|first| *first.borrow_mut() = current_path());
}

#[cfg(not(feature = "staff"))]
#[function_component(OtherBuild)]
fn other_build() -> Html {
    let t = use_i18n();
    let path = current_path();
    let opened_here = FIRST_PATH.with(|first| *first.borrow() == path);
    if !opened_here {
        if let Some(window) = web_sys::window() {
            let _ = window.location().assign(&path);
        }
        return html! { <p aria-busy="true">{ t.get("loading") }</p> };
    }
    html! {
        <section class="page">
            <h1>{ t.get("staff-offline-title") }</h1>
            <p>{ t.get("staff-offline-body") }</p>
            <Link to={Route::Home} classes="button">{ t.get("go-home") }</Link>
        </section>
    }
}

const LANGUAGE_KEY: &str = "tandem.language";
/// "1" while "Easier words" is on, "0" once switched off on this phone (nothing: never chosen
/// here, so the person's choice kept by the server is taken when they sign in).
const EASIER_WORDS_KEY: &str = "tandem.easier-words";

/// "Easier words" as chosen on this phone, if it ever was.
fn easier_words_chosen_here() -> Option<bool> {
    stored(EASIER_WORDS_KEY).map(|on| on == "1")
}

fn initial_easier_words() -> bool {
    easier_words_chosen_here().unwrap_or(false)
}

fn keep_easier_words(on: bool) {
    store(EASIER_WORDS_KEY, Some(if on { "1" } else { "0" }));
}

fn initial_language() -> Language {
    let saved = stored(LANGUAGE_KEY).and_then(|code| Language::from_code(&code));
    let browser = || web_sys::window().and_then(|w| w.navigator().language()).and_then(|code| Language::from_code(&code));
    saved.or_else(browser).unwrap_or(Language::English)
}

/// Puts the language on `<html lang dir>` (screen readers and layout follow it) and remembers it.
/// Not while the app is off the page: the first screen's language is on `<html>` until then.
fn apply_language(messages: &Messages) {
    if first_paint::is_off_page() {
        return;
    }
    let Some(window) = web_sys::window() else { return };
    if let Some(document) = window.document() {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", messages.language.code());
            let _ = root.set_attribute("dir", messages.language.direction());
        }
    }
    store(LANGUAGE_KEY, Some(messages.language.code()));
}

/// Opens the app. In the phone build the app (Yew, the frame, the router, every page's way in)
/// is a piece of its own, fetched once the first screen is usable: that screen is drawn at
/// build time, frontend/guard.js answers quick exit and the language, and
/// `accounts::answer_early_join` the join form, so a phone's first download is small. A
/// language other than English is fetched first (kept offline like every piece), so the join
/// form refuses in it and the app opens in it.
pub fn open_app() {
    wasm_bindgen_futures::spawn_local(async {
        // In a turn after the start's own: the join form answers first.
        gloo::timers::future::TimeoutFuture::new(0).await;
        let language = initial_language();
        let _ = crate::i18n::load(language).await;
        // Never kept and no connection: the first screen stays, and the app is asked for again.
        while call_piece!(app_piece(language)).is_err() {
            gloo::timers::future::TimeoutFuture::new(APP_AGAIN_MS).await;
        }
    });
}

/// How long the first screen waits to ask again for an app it could not fetch.
const APP_AGAIN_MS: u32 = 3_000;

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(app, fallible))]
fn app_piece(language: crate::i18n::Language) -> Result<(), crate::split::PieceMissing> {
    render(language);
    Ok(())
}

/// Starts the app: on the page, or off it while the page shows the screen made at build time
/// (the app then takes its place once it knows who is here).
///
/// Reading the messages and the first render are tasks of their own, with the browser free to
/// answer a tap in between: the first screen is already showing, so the wait is felt.
fn render(language: Language) {
    wasm_bindgen_futures::spawn_local(async move {
        crate::accounts::hand_over_early_join().await;
        gloo::timers::future::TimeoutFuture::new(0).await;
        let props = AppProps { first: Rc::new(Messages::with_easier_words(language, initial_easier_words())) };
        gloo::timers::future::TimeoutFuture::new(0).await;
        // The root is a part: Yew's own first run, then the app, each in a turn.
        let app = turns::PartProps { children: html! { <App ..props /> } };
        match first_paint::off_page_root() {
            Some(root) => {
                yew::Renderer::<turns::Part>::with_root_and_props(root, app).render();
            }
            None => {
                yew::Renderer::<turns::Part>::with_props(app).render();
            }
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The messages the app opens with (in the language kept or the browser's).
    pub first: I18n,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let language = use_state(|| props.first.language);
    let easier_words = use_state(|| props.first.easier_words);
    let messages: I18n = {
        let first = props.first.clone();
        (*use_memo((*language, *easier_words), move |&(language, easier_words)| {
            if language == first.language && easier_words == first.easier_words {
                first
            } else {
                Rc::new(Messages::with_easier_words(language, easier_words))
            }
        }))
        .clone()
    };
    use_effect_with(messages.clone(), |messages| apply_language(messages));
    // The chosen language's messages are fetched first; with no connection and never kept, the
    // app stays in the language it is in, and the switch shows that one.
    let on_language = {
        let language = language.clone();
        Callback::from(move |chosen: Language| {
            let language = language.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let loaded = crate::i18n::load(chosen).await;
                language.set(if loaded.is_ok() { chosen } else { *language });
            });
        })
    };
    let on_easier_words = Callback::from(move |on: bool| {
        keep_easier_words(on);
        easier_words.set(on);
    });
    let choose = crate::components::ChooseLanguage(on_language.clone());
    html! {
        <ContextProvider<I18n> context={Rc::clone(&messages)}>
            <ContextProvider<crate::components::ChooseLanguage> context={choose}>
                <turns::Part>
                    <AuthProvider>
                        <crate::offline::sync::SyncProvider>
                            <Router>
                                <turns::Part>
                                    <Frame {on_language} {on_easier_words} />
                                </turns::Part>
                            </Router>
                        </crate::offline::sync::SyncProvider>
                    </AuthProvider>
                </turns::Part>
            </ContextProvider<crate::components::ChooseLanguage>>
        </ContextProvider<I18n>>
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    on_language: Callback<Language>,
    on_easier_words: Callback<bool>,
}

/// Pages that are a young person's or carer's own: with nobody signed in they show the home page
/// instead, so a phone whose session has ended never shows what was on them.
fn is_personal(route: &Route) -> bool {
    matches!(
        route,
        Route::Plan
            | Route::Appointments
            | Route::Surveys
            | Route::AnswerSurvey { .. }
            | Route::Forms
            | Route::FillForm { .. }
            | Route::Say
            | Route::Help
            | Route::Voice
            | Route::TakePart { .. }
            | Route::Devices
            | Route::MyData
            | Route::Pin
    )
}

/// What the main area shows: the page, unless a phone must choose its PIN or is locked. Until
/// the app knows who is here it shows no page at all: a phone may be locked.
fn main_content(auth: Option<&Auth>, route: Option<&Route>) -> Html {
    let route = route.cloned().unwrap_or(Route::NotFound);
    match auth {
        Some(Auth::Checking) => return html! { <Checking /> },
        Some(Auth::Anonymous) if is_personal(&route) => return html! { <HomePage /> },
        Some(Auth::SignedIn(me)) if me.session.kind == SessionKind::Device && route != Route::Join => {
            if !me.session.pin_set {
                return html! { <SetPinPage /> };
            }
            if me.session.locked {
                return html! { <LockScreen /> };
            }
            if me.session.case_closed {
                return html! { <crate::accounts::CaseClosedScreen /> };
            }
        }
        // A member of staff with a passkey still to give, or to add, does that before anything.
        #[cfg(feature = "staff")]
        Some(Auth::SignedIn(me)) if me.session.kind == SessionKind::Staff => match me.session.passkey_step {
            tandem_domain::passkeys::PasskeyStep::Confirm => return html! { <crate::passkeys::ConfirmPasskeyPage /> },
            tandem_domain::passkeys::PasskeyStep::Add => return html! { <crate::passkeys::AddFirstPasskeyPage /> },
            tandem_domain::passkeys::PasskeyStep::Done => {}
        },
        _ => {}
    }
    html! { switch(route) }
}

/// The message naming the page in the browser's title (WCAG 2.4.2), or `None` for the bare
/// app name. Discreet, as a phone may be seen by others: no names, no service, nothing of the
/// person; a phone that is locked or not yet known says only "Tandem".
fn page_title(auth: Option<&Auth>, route: &Route) -> Option<&'static str> {
    if let Some(Auth::SignedIn(me)) = auth {
        if me.session.kind == SessionKind::Device && !me.session.pin_set {
            return Some("title-pin");
        }
        if me.session.kind == SessionKind::Device && me.session.locked {
            return None;
        }
    }
    if matches!(auth, None | Some(Auth::Checking)) {
        return None;
    }
    Some(match route {
        Route::Home => return None,
        Route::Join => "title-join",
        Route::Pin => "title-pin",
        Route::Help => "title-help",
        Route::Plan => "title-plan",
        Route::Scaling => "title-session",
        Route::Appointments => "title-appointments",
        Route::Surveys | Route::AnswerSurvey { .. } => "title-surveys",
        Route::Forms | Route::FillForm { .. } => "title-forms",
        Route::Voice | Route::TakePart { .. } => "title-voice",
        Route::Say => "title-say",
        Route::Devices => "title-devices",
        Route::MyData => "title-my-data",
        Route::AppFeedback => "title-feedback",
        Route::NotFound => "title-not-found",
        staff => return staff_page_title(staff),
    })
}

#[cfg(feature = "staff")]
fn staff_page_title(route: &Route) -> Option<&'static str> {
    Some(match route {
        Route::SignIn => "title-sign-in",
        Route::SetPassword => "title-set-password",
        Route::Caseload => "title-caseload",
        Route::YoungPerson { .. } => "title-young-person",
        Route::StaffPlan { .. } => "title-staff-plan",
        Route::StaffAppointments { .. } => "title-staff-appointments",
        Route::StaffForms { .. } => "title-staff-forms",
        Route::FormEditor { .. } => "title-staff-form-editor",
        Route::Audit => "title-audit",
        Route::StaffAccounts => "title-staff-accounts",
        Route::MyAccount => "title-my-account",
        Route::Sessions => "title-sessions",
        Route::LiveSession { .. } => "title-live-session",
        Route::SessionReport { .. } => "title-session-report",
        Route::ProgrammeReport { .. } => "title-programme-report",
        Route::Relay => "title-relay",
        Route::StaffSurveys | Route::EditSurvey { .. } => "title-staff-surveys",
        Route::SurveyResults { .. } => "title-survey-results",
        Route::Complaints => "title-complaints",
        Route::StaffVoice | Route::EditConsultation { .. } => "title-staff-voice",
        Route::Cabinet => "title-cabinet",
        Route::ConsultationResults { .. } => "title-consultation-results",
        Route::FeedbackAnswers => "title-feedback-answers",
        _ => return None,
    })
}

/// A phone never draws a staff page (the staff build does).
#[cfg(not(feature = "staff"))]
fn staff_page_title(_route: &Route) -> Option<&'static str> {
    None
}

/// Puts the page's name in the browser's title, in the page's language.
fn apply_title(t: &Messages, title: Option<&'static str>) {
    if first_paint::is_off_page() {
        return;
    }
    let text = match title {
        Some(id) => t.get_with("page-title", &[("page", t.get(id).into())]),
        None => t.get("app-name"),
    };
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&text);
    }
}

#[function_component(Frame)]
fn frame(props: &FrameProps) -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let route = use_route();
    let title = page_title(auth.as_ref().map(|a| a.auth()), route.as_ref().unwrap_or(&Route::NotFound));
    // Once the app knows who is here, it replaces the screen the page showed while loading
    // (after the frame's parts are drawn, in a turn of its own).
    let knows_who = auth.as_ref().is_some_and(|auth| *auth.auth() != Auth::Checking);
    use_effect_with(knows_who, {
        let (t, on_language) = (t.clone(), props.on_language.clone());
        move |knows_who| {
            if *knows_who {
                turns::after_parts(move || {
                    if first_paint::app_knows_who() {
                        // A language chosen on the first screen while the app was on its way wins.
                        match initial_language() {
                            kept if kept != t.language => on_language.emit(kept),
                            _ => apply_language(&t),
                        }
                        apply_title(&t, title);
                    }
                });
            }
        }
    });
    // The server words reminders in the person's language: it is told the one on screen, once
    // per person and language (again on the next open if there was no connection).
    let tell = auth.as_ref().and_then(|a| a.me()).filter(|me| !me.session.locked).map(|me| (me.person_id, me.language));
    let told = use_mut_ref(|| None::<(uuid::Uuid, Language)>);
    use_effect_with((tell, t.language), move |(tell, language)| {
        if let Some((person, known)) = *tell {
            let language = *language;
            if known != language.shared() && *told.borrow() != Some((person, language)) {
                wasm_bindgen_futures::spawn_local(async move {
                    let request = tandem_domain::language::LanguageRequest { language: language.shared() };
                    if crate::auth::api::set_language(&request).await.is_ok() {
                        *told.borrow_mut() = Some((person, language));
                    }
                });
            }
        }
    });
    // "Easier words" goes with the person: a phone where it was never chosen takes the server's;
    // one where it was tells the server (once per person and choice).
    let reader = auth.as_ref().and_then(|a| a.me()).filter(|me| !me.session.locked).map(|me| (me.person_id, me.easier_words));
    let told_easier = use_mut_ref(|| None::<(uuid::Uuid, bool)>);
    use_effect_with((reader, t.easier_words), {
        let on_easier_words = props.on_easier_words.clone();
        move |(reader, _shown)| {
            if let Some((person, kept)) = *reader {
                match easier_words_chosen_here() {
                    None if kept => on_easier_words.emit(true),
                    Some(here) if here != kept && *told_easier.borrow() != Some((person, here)) => {
                        wasm_bindgen_futures::spawn_local(async move {
                            let request = tandem_domain::language::EasierWordsRequest { easier_words: here };
                            if crate::auth::api::set_easier_words(&request).await.is_ok() {
                                *told_easier.borrow_mut() = Some((person, here));
                            }
                        });
                    }
                    _ => {}
                }
            }
        }
    });
    // After the effect above, which may just have put the app on the page.
    use_effect_with((title, t.clone(), knows_who), |(title, t, _)| apply_title(t, *title));
    html! {
        <>
            <turns::Part><Header on_language={props.on_language.clone()} /></turns::Part>
            <main id="main" tabindex="-1">
                <turns::Part>
                    <StaffSafetyBanner />
                    { main_content(auth.as_ref().map(|a| a.auth()), route.as_ref()) }
                </turns::Part>
            </main>
            <footer class="footer">
                <turns::Part><SyncStatusBar /></turns::Part>
                <turns::Part><ReadingHelp on_easier_words={props.on_easier_words.clone()} /></turns::Part>
                <turns::Part>
                    <HelpLink />
                    <SayLink />
                </turns::Part>
            </footer>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct HeaderProps {
    on_language: Callback<Language>,
}

/// The skip link, quick exit, the app's name, the language and who is signed in.
#[function_component(Header)]
fn header(props: &HeaderProps) -> Html {
    let t = use_i18n();
    html! {
        <>
            <a class="skip-link" href="#main">{ t.get("skip-to-content") }</a>
            <header class="topbar">
                <QuickExit />
                <Link to={Route::Home} classes="brand">{ t.get("app-name") }</Link>
                <LanguageSwitch on_change={props.on_language.clone()} />
                <AccountNav />
            </header>
        </>
    }
}

/// Who is signed in, their own pages, and signing out.
#[function_component(AccountNav)]
fn account_nav() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    // Things written on this phone that have not reached the server, when signing out was asked.
    let unsent = use_state(|| None::<u32>);
    let Some(me) = auth.as_ref().and_then(|a| a.me()) else { return html! {} };
    let leave = {
        let (auth, navigator) = (auth.clone(), navigator.clone());
        move || {
            let (auth, navigator) = (auth.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match auth {
                    Some(auth) => auth.sign_out().await,
                    None => drop(crate::auth::api::sign_out().await),
                }
                if let Some(navigator) = navigator {
                    navigator.push(&Route::Home);
                }
            });
        }
    };
    // Signing out wipes the phone, so what is still unsent is sent first, or the person chooses.
    let sign_out = {
        let (unsent, leave) = (unsent.clone(), leave.clone());
        Callback::from(move |_: MouseEvent| {
            let (unsent, leave) = (unsent.clone(), leave.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match crate::offline::outbox::send_then_count().await {
                    Ok(status) if status.waiting + status.refused > 0 => unsent.set(Some(status.waiting + status.refused)),
                    _ => leave(),
                }
            });
        })
    };
    let stay = {
        let unsent = unsent.clone();
        Callback::from(move |_: MouseEvent| unsent.set(None))
    };
    let sign_out_anyway = Callback::from(move |_: MouseEvent| leave());
    let own_page = match me.session.kind {
        SessionKind::Staff => html! { <Link to={staff_home(me.role)} classes="nav-link">{ t.get("nav-staff-home") }</Link> },
        SessionKind::Device => html! { <Link to={Route::Devices} classes="nav-link">{ t.get("nav-devices") }</Link> },
    };
    // A locked phone may be in someone else's hands: it shows no name and no way in but the PIN.
    let locked = me.session.locked;
    html! {
        <nav class="account-nav" aria-label={t.get("nav-account-label")}>
            if !locked {
                <span class="signed-in-as">{ t.get_with("nav-signed-in-as", &[("name", me.display_name.clone().into())]) }</span>
                if me.demo {
                    <span class="tag demo-tag">{ t.get("nav-demo") }</span>
                }
                { own_page }
            }
            if let Some(count) = *unsent {
                <div class="unsent-warning" role="alertdialog" aria-labelledby="unsent-warning-text">
                    <p id="unsent-warning-text">{ t.get_with("sign-out-unsent", &[("count", count.into())]) }</p>
                    <button type="button" class="button" onclick={stay}>{ t.get("sign-out-stay") }</button>
                    <button type="button" class="button secondary" onclick={sign_out_anyway}>{ t.get("sign-out-anyway") }</button>
                </div>
            } else {
                <button type="button" class="nav-button" onclick={sign_out}>{ t.get("nav-sign-out") }</button>
            }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct ReadingHelpProps {
    on_easier_words: Callback<bool>,
}

/// "Read this page out loud" and the "Easier words" switch, on every phone screen but the lock
/// screen (staff have their own screen readers and no such buttons). The switch changes the
/// app's own wording on every screen, and stays as set on this phone.
#[function_component(ReadingHelp)]
fn reading_help(props: &ReadingHelpProps) -> Html {
    let t = use_i18n();
    let me = use_auth().and_then(|auth| auth.me());
    let shown = me.is_none_or(|me| me.session.kind == SessionKind::Device && !me.session.locked);
    let on = t.easier_words;
    let toggle = props.on_easier_words.reform(move |_: MouseEvent| !on);
    html! {
        if shown {
            <div class="reading-help">
                <crate::components::ReadPageAloud />
                <button type="button" id="easier-words" class="button secondary easier-words" aria-pressed={on.to_string()} onclick={toggle}>
                    <span class="switch-mark" aria-hidden="true">{ if on { "✓ " } else { "" } }</span>{ t.get("easier-words") }
                </button>
            </div>
        }
    }
}

/// "Get help now", on every screen of a young person's signed-in, unlocked phone.
#[function_component(HelpLink)]
fn help_link() -> Html {
    let t = use_i18n();
    let me = use_auth().and_then(|auth| auth.me());
    let shown = me.is_some_and(|me| {
        me.role == tandem_domain::accounts::Role::YoungPerson
            && me.session.kind == SessionKind::Device
            && me.session.pin_set
            && !me.session.locked
    });
    html! {
        if shown {
            <Link to={Route::Help} classes="button help-link">{ crate::components::icon(crate::components::Icon::Help) }{ " " }{ t.get("help-link") }</Link>
        }
    }
}

/// Open safety alerts at the top of every page of staff who hold cases.
#[cfg(feature = "staff")]
#[function_component(StaffSafetyBanner)]
fn staff_safety_banner() -> Html {
    use tandem_domain::accounts::Role;
    let me = use_auth().and_then(|auth| auth.me());
    let shown = me.is_some_and(|me| me.session.kind == SessionKind::Staff && matches!(me.role, Role::Worker | Role::Manager));
    html! {
        if shown {
            <crate::safety::SafetyBanner />
        }
    }
}

/// Phones have no staff banner.
#[cfg(not(feature = "staff"))]
#[function_component(StaffSafetyBanner)]
fn staff_safety_banner() -> Html {
    html! {}
}

/// "Complaint or compliment", on every screen of a signed-in, unlocked phone.
#[function_component(SayLink)]
fn say_link() -> Html {
    let t = use_i18n();
    let me = use_auth().and_then(|auth| auth.me());
    let shown = me.is_some_and(|me| me.session.kind == SessionKind::Device && me.session.pin_set && !me.session.locked);
    html! {
        if shown {
            <Link to={Route::Say} classes="text-link say-link">{ t.get("say-link") }</Link>
        }
    }
}

/// While the app asks who is here: nothing of anyone.
#[function_component(Checking)]
fn checking() -> Html {
    let t = use_i18n();
    html! { <p aria-busy="true">{ t.get("loading") }</p> }
}

#[function_component(NotFoundPage)]
fn not_found_page() -> Html {
    let t = use_i18n();
    html! {
        <section class="page">
            <h1>{ t.get("not-found-title") }</h1>
            <p>{ t.get("not-found-body") }</p>
            <Link to={Route::Home} classes="button">{ t.get("go-home") }</Link>
        </section>
    }
}

/// Registers `/sw.js`, which keeps the app working offline.
pub fn register_service_worker() {
    if let Some(window) = web_sys::window() {
        let container = window.navigator().service_worker();
        let _ = container.register("/sw.js");
    }
}
