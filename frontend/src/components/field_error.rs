//! A form's refusal shown beside the field it is about (`tandem_domain::FieldError`), with the
//! field marked invalid and described by it, and the keyboard taken there.

use tandem_domain::{ErrorCode, FieldError};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::Messages;

/// A refusal of the server, about no one field: shown with the form's own errors.
pub fn general(code: ErrorCode) -> FieldError {
    FieldError { field: String::new(), code }
}

/// The id of the message beside `input`.
pub fn error_id(input: &str) -> String {
    format!("{input}-error")
}

/// Whether `refused` is about `field`.
pub fn is_about(refused: Option<&FieldError>, field: &str) -> bool {
    refused.is_some_and(|refused| refused.field == field)
}

/// `aria-invalid` of the input of `field`: set when it is the one refused.
pub fn aria_invalid(refused: Option<&FieldError>, field: &str) -> Option<&'static str> {
    is_about(refused, field).then_some("true")
}

/// The message beside `input` when `field` is the one refused.
pub fn beside(t: &Messages, refused: Option<&FieldError>, field: &str, input: &str) -> Html {
    match refused.filter(|refused| refused.field == field) {
        Some(refused) => html! { <p class="error field-error" id={error_id(input)} role="alert">{ t.error(refused.code) }</p> },
        None => html! {},
    }
}

/// `aria-describedby` of `input`: its hint, and the refusal when it is about `field`.
pub fn described_by(refused: Option<&FieldError>, field: &str, input: &str, hint: Option<String>) -> Option<String> {
    let error = is_about(refused, field).then(|| error_id(input));
    match (hint, error) {
        (Some(hint), Some(error)) => Some(format!("{hint} {error}")),
        (hint, error) => hint.or(error),
    }
}

/// Takes the keyboard (and a screen reader) to the refused field's input.
pub fn focus(input: &str) {
    let _ = focus_now(input);
}

fn focus_now(id: &str) -> bool {
    let element = web_sys::window().and_then(|window| window.document()).and_then(|document| document.get_element_by_id(id));
    match element.and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(element) => element.focus().is_ok(),
        None => false,
    }
}

/// Takes the keyboard to the element `id` once it is drawn (a form just opened, the button a
/// closed form goes back to): tried every 50 ms for a second.
pub fn focus_when_drawn(id: String) {
    fn attempt(id: String, left: u32) {
        if !focus_now(&id) && left > 0 {
            gloo::timers::callback::Timeout::new(50, move || attempt(id, left - 1)).forget();
        }
    }
    attempt(id, 20);
}
