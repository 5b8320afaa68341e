//! The app shell: routes, the page frame (skip link, quick exit, language, sync status),
//! language and direction on `<html>`, and the outbox's triggers (start, back online, a timer,
//! a nudge from the service worker).

mod language;
mod quick_exit;
mod sync;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::feedback::{AppFeedbackPage, FeedbackAnswersPage};
use crate::home::HomePage;
use crate::i18n::{use_i18n, I18n, Language, Messages};
pub use language::LanguageSwitch;
pub use quick_exit::QuickExit;
pub use sync::{use_sync, SyncHandle, SyncStatusBar};

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/feedback")]
    AppFeedback,
    #[at("/staff/feedback")]
    FeedbackAnswers,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::AppFeedback => html! { <AppFeedbackPage /> },
        Route::FeedbackAnswers => html! { <FeedbackAnswersPage /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}

const LANGUAGE_KEY: &str = "tandem.language";

fn initial_language() -> Language {
    let window = web_sys::window();
    let saved = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|storage| storage.get_item(LANGUAGE_KEY).ok().flatten())
        .and_then(|code| Language::from_code(&code));
    let browser = || {
        window
            .as_ref()
            .and_then(|w| w.navigator().language())
            .and_then(|code| Language::from_code(&code))
    };
    saved.or_else(browser).unwrap_or(Language::English)
}

/// Puts the language on `<html lang dir>` (screen readers and layout follow it) and remembers it.
fn apply_language(messages: &Messages) {
    let Some(window) = web_sys::window() else { return };
    if let Some(document) = window.document() {
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", messages.language.code());
            let _ = root.set_attribute("dir", messages.language.direction());
        }
        document.set_title(&messages.get("app-name"));
    }
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.set_item(LANGUAGE_KEY, messages.language.code());
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let language = use_state(initial_language);
    let messages: I18n = use_memo(*language, |language| Messages::new(*language));
    use_effect_with(messages.clone(), |messages| apply_language(messages));
    let on_language = {
        let language = language.clone();
        Callback::from(move |chosen: Language| language.set(chosen))
    };
    html! {
        <ContextProvider<I18n> context={Rc::clone(&messages)}>
            <sync::SyncProvider>
                <BrowserRouter>
                    <Frame {on_language} />
                </BrowserRouter>
            </sync::SyncProvider>
        </ContextProvider<I18n>>
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    on_language: Callback<Language>,
}

#[function_component(Frame)]
fn frame(props: &FrameProps) -> Html {
    let t = use_i18n();
    html! {
        <>
            <a class="skip-link" href="#main">{ t.get("skip-to-content") }</a>
            <header class="topbar">
                <QuickExit />
                <Link<Route> to={Route::Home} classes="brand">{ t.get("app-name") }</Link<Route>>
                <LanguageSwitch on_change={props.on_language.clone()} />
            </header>
            <main id="main" tabindex="-1">
                <Switch<Route> render={switch} />
            </main>
            <footer class="footer">
                <SyncStatusBar />
            </footer>
        </>
    }
}

#[function_component(NotFoundPage)]
fn not_found_page() -> Html {
    let t = use_i18n();
    html! {
        <section class="page">
            <h1>{ t.get("not-found-title") }</h1>
            <p>{ t.get("not-found-body") }</p>
            <Link<Route> to={Route::Home} classes="button">{ t.get("go-home") }</Link<Route>>
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
