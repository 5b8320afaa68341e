//! "Quick exit": someone may be looking over the young person's shoulder. One tap blanks the
//! page and replaces it, and its history entry, with a neutral site.

use yew::prelude::*;

use crate::i18n::use_i18n;

/// Where quick exit goes: an everyday page that says nothing about the service.
pub const NEUTRAL_URL: &str = "https://www.bbc.co.uk/weather";

pub fn leave_now() {
    let Some(window) = web_sys::window() else { return };
    if let Some(body) = window.document().and_then(|document| document.body()) {
        body.set_inner_html("");
    }
    // `replace` leaves no history entry for this page, so Back does not return to it.
    let _ = window.location().replace(NEUTRAL_URL);
}

#[function_component(QuickExit)]
pub fn quick_exit() -> Html {
    let t = use_i18n();
    let onclick = Callback::from(|_: MouseEvent| leave_now());
    html! {
        <button type="button" class="quick-exit" {onclick} aria-describedby="quick-exit-help">
            { t.get("quick-exit") }
            <span id="quick-exit-help" class="visually-hidden">{ t.get("quick-exit-help") }</span>
        </button>
    }
}
