use std::cell::Cell;

use tandem_domain::accounts::api::{Me, RedeemInviteRequest};
use tandem_domain::accounts::InviteCode;
use tandem_domain::ErrorCode;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::auth::use_auth;
use crate::components::{field_error, ReadAloud};
use crate::i18n::use_i18n;
use crate::routes::{use_navigator, Route};

/// Joins with the code as typed: checked here first, so a typing slip is explained at once,
/// even offline; then redeemed. Answers who is signed in, or why not.
async fn join(typed: String, device_label: Option<String>) -> Result<Me, ErrorCode> {
    InviteCode::parse(&typed)?;
    let device_label = device_label.filter(|label| !label.trim().is_empty());
    crate::auth::api::redeem(&RedeemInviteRequest { code: typed, device_label }).await.map_err(|err| err.code())
}

/// A young person or carer joins with the code their worker gave them. No email, no password.
#[function_component(JoinPage)]
pub fn join_page() -> Html {
    let t = use_i18n();
    let auth = use_auth();
    let navigator = use_navigator();
    let code = use_node_ref();
    let label = use_node_ref();
    // A refusal the first screen showed before the app took its place stays shown.
    let error = use_state(|| EARLY_REFUSAL.with(Cell::take));
    let initial = use_memo((), |_| crate::auth::query_param("code"));

    let onsubmit = {
        let (code, label, error) = (code.clone(), label.clone(), error.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(typed) = code.cast::<HtmlInputElement>().map(|input| input.value()) else { return };
            let device_label = label.cast::<HtmlInputElement>().map(|input| input.value());
            let (error, auth, navigator) = (error.clone(), auth.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match join(typed, device_label).await {
                    Ok(me) => {
                        if let Some(auth) = auth {
                            auth.signed_in_then(me, navigator.as_ref(), &Route::Pin);
                        }
                    }
                    Err(code) => {
                        error.set(Some(code));
                        field_error::focus("join-code");
                    }
                }
            });
        })
    };

    let instructions = t.get("join-intro");
    html! {
        <section class="page">
            <h1>{ t.get("join-title") }</h1>
            <p class="lead" id="join-intro">{ instructions.clone() }</p>
            <ReadAloud text={instructions} />
            // Every refusal here is about the code (a slip, used, expired, too many tries), so
            // it is shown and read beside the code's box.
            <form class="form" {onsubmit} novalidate=true>
                <div class="field">
                    <label for="join-code">{ t.get("join-code-label") }{ " " }<span class="required">{ t.get("field-required") }</span></label>
                    <p class="hint" id="join-code-hint">{ t.get("join-code-hint") }</p>
                    <input id="join-code" class="code-input" type="text" autocomplete="one-time-code" autocapitalize="characters"
                        spellcheck="false" required=true aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={if error.is_some() { "join-code-hint join-code-error" } else { "join-code-hint" }}
                        value={(*initial).clone()} ref={code} />
                    if let Some(code) = *error {
                        <p class="error field-error" role="alert" id="join-code-error">{ t.error(code) }</p>
                    }
                </div>
                <div class="field">
                    <label for="join-label">{ t.get("join-device-label") }</label>
                    <input id="join-label" type="text" maxlength="60" ref={label} />
                </div>
                <button type="submit" class="button">{ t.get("join-submit") }</button>
            </form>
        </section>
    }
}

/// Who answers the join form on the screen drawn at build time (shell/first_paint.rs).
#[derive(Clone, Copy, PartialEq)]
enum EarlyJoin {
    /// This code, before the app is here: a phone can join on the first download alone.
    Answering,
    /// A code is with the server.
    Joining,
    /// Joined: the app, on its way, opens at choosing the PIN.
    Joined,
    /// The app is here; a form sent before it takes over is sent again by it.
    AppHere,
}

thread_local! {
    static EARLY_JOIN: Cell<EarlyJoin> = const { Cell::new(EarlyJoin::Answering) };
    /// The refusal showing on the first screen, for the app's join page when it takes over.
    static EARLY_REFUSAL: Cell<Option<ErrorCode>> = const { Cell::new(None) };
}

/// Answers the join form of the screen drawn at build time while the app is still on its way
/// (in the phone build the app is a piece of its own, fetched after this): the code is checked,
/// redeemed, and a refusal shown and read beside the code's box, as `JoinPage` does, in the
/// language on the screen. Nothing else of the first screen needs the app: its links are
/// links, and frontend/guard.js answers quick exit and the language.
pub fn answer_early_join() {
    let Some(slot) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(crate::shell::EARLY_ID)) else {
        return;
    };
    // A code in the address (the link in the worker's message) is in the box already.
    if let Some(code) = slot.query_selector("#join-code").ok().flatten().and_then(|code| code.dyn_into::<HtmlInputElement>().ok()) {
        let given = crate::auth::query_param("code");
        if code.value().is_empty() && !given.is_empty() {
            code.set_value(&given);
        }
    }
    // Heard before guard.js's listener, which would otherwise keep the form for the app.
    let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(on_early_submit);
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ = slot.add_event_listener_with_callback_and_add_event_listener_options("submit", on_submit.as_ref().unchecked_ref(), &options);
    on_submit.forget();
}

fn on_early_submit(event: web_sys::Event) {
    let Some(form) = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok()) else { return };
    let Some(code) = form.query_selector("#join-code").ok().flatten().and_then(|code| code.dyn_into::<HtmlInputElement>().ok()) else {
        return;
    };
    let state = EARLY_JOIN.with(Cell::get);
    if state == EarlyJoin::AppHere {
        return;
    }
    event.prevent_default();
    event.stop_propagation();
    // Sent twice, or after joining: nothing more to send.
    if state != EarlyJoin::Answering {
        return;
    }
    let label = form.query_selector("#join-label").ok().flatten().and_then(|label| label.dyn_into::<HtmlInputElement>().ok());
    EARLY_JOIN.with(|state| state.set(EarlyJoin::Joining));
    let _ = form.set_attribute("aria-busy", "true");
    wasm_bindgen_futures::spawn_local(async move {
        match join(code.value(), label.map(|label| label.value())).await {
            // The form stays busy until the app takes its place.
            Ok(_) => {
                // The app asks the server who is here, and opens at choosing the PIN.
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&Route::Pin.to_path()));
                }
                EARLY_JOIN.with(|state| state.set(EarlyJoin::Joined));
                // An earlier refusal is answered: the join page, opened later, starts clean.
                EARLY_REFUSAL.with(|shown| shown.set(None));
                // Said on the screen, in case the app is slow to come: the form is done with.
                show_early_status(&form).await;
            }
            Err(refusal) => {
                EARLY_REFUSAL.with(|shown| shown.set(Some(refusal)));
                let _ = form.remove_attribute("aria-busy");
                show_early_refusal(&code, refusal).await;
                EARLY_JOIN.with(|state| state.set(EarlyJoin::Answering));
            }
        }
    });
}

/// The messages of the language on the first screen (guard.js changes it there), fetched if
/// need be; English's if they cannot be.
async fn screen_messages(document: &web_sys::Document) -> crate::i18n::Messages {
    let language = document
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|lang| crate::i18n::Language::from_code(&lang))
        .unwrap_or(crate::i18n::Language::English);
    let _ = crate::i18n::load(language).await;
    crate::i18n::Messages::new(language)
}

/// "Loading…" below the join form once the phone has joined, while the app is on its way.
async fn show_early_status(form: &web_sys::HtmlFormElement) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let text = screen_messages(&document).await.get("loading");
    let Ok(status) = document.create_element("p") else { return };
    status.set_class_name("hint");
    let _ = status.set_attribute("role", "status");
    status.set_text_content(Some(&text));
    let _ = form.after_with_node_1(&status);
}

/// The refusal beside the code's box, marked up as `JoinPage` marks it, and the keyboard there,
/// in the screen's language.
async fn show_early_refusal(code: &HtmlInputElement, refusal: ErrorCode) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let text = screen_messages(&document).await.error(refusal);
    let shown = match document.get_element_by_id("join-code-error") {
        Some(shown) => shown,
        None => {
            let Ok(shown) = document.create_element("p") else { return };
            shown.set_id("join-code-error");
            shown.set_class_name("error field-error");
            let _ = shown.set_attribute("role", "alert");
            let _ = code.after_with_node_1(&shown);
            shown
        }
    };
    shown.set_text_content(Some(&text));
    let _ = code.set_attribute("aria-invalid", "true");
    let _ = code.set_attribute("aria-describedby", "join-code-hint join-code-error");
    let _ = code.focus();
}

/// The app is here and about to draw: once a code already with the server has its answer,
/// the join form is the app's to answer.
pub async fn hand_over_early_join() {
    while EARLY_JOIN.with(Cell::get) == EarlyJoin::Joining {
        gloo::timers::future::TimeoutFuture::new(50).await;
    }
    EARLY_JOIN.with(|state| state.set(EarlyJoin::AppHere));
}
