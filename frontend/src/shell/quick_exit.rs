//! "Quick exit": someone may be looking over the young person's shoulder. One tap (or Shift
//! three times) locks the phone, here and on the server, and replaces the page, and its history
//! entry, with a neutral site. The work is done by frontend/guard.js, which the page loads before
//! the app, so quick exit works while the app is still loading; this is the app's button for it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::use_i18n;

/// Where quick exit goes: an everyday page that says nothing about the service. Must match
/// frontend/guard.js and the early button in frontend/index.html.
pub const NEUTRAL_URL: &str = "https://www.bbc.co.uk/weather";

pub fn leave_now() {
    let Some(window) = web_sys::window() else { return };
    let guard = js_sys::Reflect::get(&window, &"tandemQuickExit".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(guard) = guard {
        if guard.call0(&window).is_ok() {
            return;
        }
    }
    // No guard script (a test page): lock and leave from here.
    crate::auth::lock_now();
    if let Some(body) = window.document().and_then(|document| document.body()) {
        body.set_inner_html("");
    }
    let _ = window.location().replace(NEUTRAL_URL);
}

/// The page's own quick exit button, there until the app's header has one.
pub fn remove_early_quick_exit() {
    if let Some(early) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("early-exit")) {
        early.remove();
    }
}

#[function_component(QuickExit)]
pub fn quick_exit() -> Html {
    let t = use_i18n();
    let onclick = Callback::from(|_: MouseEvent| leave_now());
    html! {
        // `data-quick-exit`: guard.js answers the tap, also before the app has loaded.
        <button type="button" class="quick-exit" data-quick-exit="" {onclick} aria-describedby="quick-exit-help">
            { t.get("quick-exit") }
            <span id="quick-exit-help" class="visually-hidden">{ t.get("quick-exit-help") }</span>
        </button>
    }
}
