//! The first screen before the wasm runs. At build time (`prerender` feature, run by Node in
//! scripts/prerender.mjs) the entry screens are rendered to HTML in every language: joining,
//! the home page of a phone nobody has joined, the lock screen, and the bare frame. The page
//! carries them as `<template>`s, and frontend/guard.js shows the one that fits (address, kept
//! language, lock), so the largest paint does not wait for the download.
//!
//! The app then renders off the page and takes over once it knows who is here: what was typed
//! into the early screen is carried across, and a form sent early is sent again by the app.

use wasm_bindgen::JsCast;

/// Where the early screen is on the page (frontend/index.html, shown by frontend/guard.js).
pub(crate) const EARLY_ID: &str = "first-paint";

/// The screens rendered at build time. The names must match frontend/guard.js.
#[cfg(feature = "prerender")]
#[derive(Clone, Copy, PartialEq)]
enum FirstScreen {
    Join,
    /// The home page with nobody signed in.
    Home,
    /// A phone locked by quick exit or by being put away while shared: no name, only the PIN.
    Locked,
    /// Anything else: the frame, saying it is loading, until the app knows who is here.
    Loading,
}

#[cfg(feature = "prerender")]
impl FirstScreen {
    const ALL: [FirstScreen; 4] = [FirstScreen::Join, FirstScreen::Home, FirstScreen::Locked, FirstScreen::Loading];

    fn name(self) -> &'static str {
        match self {
            FirstScreen::Join => "join",
            FirstScreen::Home => "home",
            FirstScreen::Locked => "locked",
            FirstScreen::Loading => "loading",
        }
    }

    fn route(self) -> crate::routes::Route {
        use crate::routes::Route;
        match self {
            FirstScreen::Join => Route::Join,
            FirstScreen::Home | FirstScreen::Locked | FirstScreen::Loading => Route::Home,
        }
    }

    fn auth(self) -> crate::auth::Auth {
        use crate::auth::Auth;
        use tandem_domain::accounts::api::{Me, SessionInfo, SessionKind};
        match self {
            FirstScreen::Join | FirstScreen::Home => Auth::Anonymous,
            FirstScreen::Loading => Auth::Checking,
            // Whose phone it is is never on a locked screen, so nobody's details are needed.
            FirstScreen::Locked => Auth::SignedIn(std::rc::Rc::new(Me {
                person_id: uuid::Uuid::nil(),
                display_name: String::new(),
                role: tandem_domain::accounts::Role::YoungPerson,
                service_name: String::new(),
                demo: false,
                language: Default::default(),
                easier_words: false,
                session: SessionInfo {
                    kind: SessionKind::Device,
                    locked: true,
                    pin_set: true,
                    pin_idle_seconds: 0,
                    passkey_step: Default::default(),
                    case_closed: false,
                },
            })),
        }
    }
}

#[cfg(feature = "prerender")]
#[derive(yew::Properties, PartialEq)]
struct EarlyProps {
    language: crate::i18n::Language,
    screen: FirstScreen,
}

/// The app's own frame and page, with who is here and where fixed instead of asked.
#[cfg(feature = "prerender")]
#[yew::function_component(Early)]
fn early(props: &EarlyProps) -> yew::Html {
    use crate::auth::AuthProvider;
    use crate::i18n::{I18n, Messages};
    use crate::routes::Router;
    use yew::prelude::*;
    let messages: I18n = std::rc::Rc::new(Messages::new(props.language));
    html! {
        <ContextProvider<I18n> context={messages}>
            <AuthProvider initial={props.screen.auth()}>
                <Router initial={props.screen.route()}>
                    <super::Frame on_language={Callback::noop()} on_easier_words={Callback::noop()} />
                </Router>
            </AuthProvider>
        </ContextProvider<I18n>>
    }
}

/// Every early screen of every language, for scripts/prerender.mjs: one object per screen,
/// `{ language, dir, title, screen, html }`.
#[cfg(feature = "prerender")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn prerender() -> js_sys::Array {
    use crate::i18n::{Language, Messages};
    let screens = js_sys::Array::new();
    for language in Language::ALL {
        let _ = crate::i18n::load(language).await;
        let title = Messages::new(language).get("app-name");
        for screen in FirstScreen::ALL {
            let html = yew::LocalServerRenderer::<Early>::with_props(EarlyProps { language, screen }).hydratable(false).render().await;
            let entry = js_sys::Object::new();
            for (key, value) in [
                ("language", language.code()),
                ("dir", language.direction()),
                ("title", title.as_str()),
                ("screen", screen.name()),
                ("html", html.as_str()),
            ] {
                let _ = js_sys::Reflect::set(&entry, &key.into(), &value.into());
            }
            screens.push(&entry);
        }
    }
    screens
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

thread_local! {
    /// The app's root while it is rendered off the page.
    static OFF_PAGE: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Where to render the app when the page shows an early screen (the phone's page does; staff's
/// and the tests' do not): an element off the page, laid out as if not there (`.app-root`).
pub fn off_page_root() -> Option<web_sys::Element> {
    let document = document()?;
    document.get_element_by_id(EARLY_ID)?;
    let root = document.create_element("div").ok()?;
    root.set_class_name("app-root");
    OFF_PAGE.with(|off_page| *off_page.borrow_mut() = Some(root.clone()));
    Some(root)
}

/// The app knows who is here: it takes the early screen's place (once). Answers whether it
/// did so now.
pub fn app_knows_who() -> bool {
    let Some(app) = OFF_PAGE.with(|off_page| off_page.borrow_mut().take()) else { return false };
    take_over(&app);
    true
}

/// Whether the app is still rendered off the page, behind the first screen.
pub fn is_off_page() -> bool {
    OFF_PAGE.with(|off_page| off_page.borrow().is_some())
}

/// Puts the app, rendered off the page into `app`, where the early screen was: what was typed
/// there goes into the same fields, the focus to the same field, and a form sent early is sent.
fn take_over(app: &web_sys::Element) {
    let Some(document) = document() else { return };
    let Some(early) = document.get_element_by_id(EARLY_ID) else { return };
    // The focus by position among the controls: the two screens are drawn by the same code.
    let focused = document.active_element().and_then(|active| controls(&early).iter().position(|control| *control == active));
    let typed: Vec<(String, String)> = fields(&early).into_iter().filter(|(id, value)| !id.is_empty() && !value.is_empty()).collect();
    let sent = early.get_attribute("data-sent");
    let _ = early.replace_with_with_node_1(app);
    for (id, value) in typed {
        if let Some(field) = document.get_element_by_id(&id) {
            set_value(&field, &value);
        }
    }
    if let Some(control) = focused.and_then(|n| controls(app).into_iter().nth(n)) {
        if let Ok(control) = control.dyn_into::<web_sys::HtmlElement>() {
            let _ = control.focus();
        }
    }
    // guard.js notes which form was sent (its position among the page's forms) and stops it.
    if let Some(form) = sent.and_then(|n| n.parse::<usize>().ok()).and_then(|n| all(app, "form").into_iter().nth(n)) {
        if let Ok(form) = form.dyn_into::<web_sys::HtmlFormElement>() {
            let _ = form.request_submit();
        }
    }
}

/// The elements of `root` that `selector` finds, in order.
fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let Ok(found) = root.query_selector_all(selector) else { return Vec::new() };
    (0..found.length()).filter_map(|n| found.item(n)?.dyn_into().ok()).collect()
}

/// What keyboard focus can reach in `root`, in order.
fn controls(root: &web_sys::Element) -> Vec<web_sys::Element> {
    all(root, "a[href], button, input, select, textarea, [tabindex]")
}

/// The text fields of `root` and what is in them, by id.
fn fields(root: &web_sys::Element) -> Vec<(String, String)> {
    all(root, "input, textarea")
        .into_iter()
        .filter_map(|field| {
            if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
                return Some((input.id(), input.value()));
            }
            field.dyn_ref::<web_sys::HtmlTextAreaElement>().map(|area| (area.id(), area.value()))
        })
        .collect()
}

/// Writes `value` into a field as if typed, so the page's own handlers hear of it.
fn set_value(field: &web_sys::Element, value: &str) {
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    } else {
        return;
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &init) {
        let _ = field.dispatch_event(&event);
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen::closure::Closure;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn element(html: &str) -> web_sys::Element {
        let element = document().unwrap().create_element("div").unwrap();
        element.set_inner_html(html);
        element
    }

    #[wasm_bindgen_test]
    fn the_app_takes_the_early_screens_place_with_what_was_typed_and_sent() {
        let document = document().unwrap();
        let early = element(r#"<form><input id="t-code"><input id="t-label"><button type="submit">Join</button></form>"#);
        early.set_id(EARLY_ID);
        document.body().unwrap().append_child(&early).unwrap();
        let early_code: web_sys::HtmlInputElement = document.get_element_by_id("t-code").unwrap().dyn_into().unwrap();
        early_code.set_value("ACDE-FGHJ");
        early_code.focus().unwrap();
        early.set_attribute("data-sent", "0").unwrap();

        let app = element(r#"<form><input id="t-code"><input id="t-label" value="kept"></form>"#);
        let sent = Rc::new(Cell::new(0));
        let heard = Rc::new(Cell::new(String::new()));
        let on_submit = {
            let sent = sent.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                event.prevent_default();
                sent.set(sent.get() + 1);
            })
        };
        let on_input = {
            let heard = heard.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                let input: web_sys::HtmlInputElement = event.target().unwrap().dyn_into().unwrap();
                heard.set(input.value());
            })
        };
        let form = app.query_selector("form").unwrap().unwrap();
        form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref()).unwrap();
        app.add_event_listener_with_callback("input", on_input.as_ref().unchecked_ref()).unwrap();

        take_over(&app);

        assert!(document.get_element_by_id(EARLY_ID).is_none(), "the early screen is gone");
        let code: web_sys::HtmlInputElement = document.get_element_by_id("t-code").unwrap().dyn_into().unwrap();
        assert!(app.contains(Some(&code)), "the app's field, not the early one");
        assert_eq!(code.value(), "ACDE-FGHJ");
        assert_eq!(heard.take(), "ACDE-FGHJ", "the app's handlers heard of it");
        assert_eq!(document.active_element().map(|active| active.id()), Some("t-code".to_owned()));
        let label: web_sys::HtmlInputElement = document.get_element_by_id("t-label").unwrap().dyn_into().unwrap();
        assert_eq!(label.value(), "kept", "an empty early field leaves the app's as it is");
        assert_eq!(sent.get(), 1, "the form sent early is sent once");
        app.remove();
    }
}
