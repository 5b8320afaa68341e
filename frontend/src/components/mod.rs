//! Pieces shared by pages.

#[cfg(feature = "staff")]
pub mod bar_chart;
#[cfg(feature = "staff")]
pub mod date_field;
pub mod dates;
#[cfg(feature = "staff")]
pub mod editing;
pub mod field_error;
pub mod icons;
#[cfg(feature = "staff")]
pub mod loading;
pub mod push;
#[cfg(feature = "staff")]
pub mod qr;
pub mod read_aloud;
#[cfg(feature = "staff")]
pub mod score_chart;

pub mod scale;

/// The value of the form control an event came from (a checkbox's as "true" or "false").
pub fn value_of(event: &web_sys::Event) -> String {
    use wasm_bindgen::JsCast;
    use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
    let Some(target) = event.target() else { return String::new() };
    if let Some(input) = target.dyn_ref::<HtmlInputElement>() {
        if input.type_() == "checkbox" {
            return input.checked().to_string();
        }
        return input.value();
    }
    if let Some(select) = target.dyn_ref::<HtmlSelectElement>() {
        return select.value();
    }
    target.dyn_ref::<HtmlTextAreaElement>().map(HtmlTextAreaElement::value).unwrap_or_default()
}

/// What a repeated control is about ("I'll be there" of which appointment), for a screen
/// reader's list of buttons and links, which reads each name out of its context. Goes after the
/// visible words, so the spoken name starts with what is seen.
pub fn hidden_context(context: String) -> yew::Html {
    yew::html! { <span class="visually-hidden">{ " – " }{ context }</span> }
}

/// A form control's `onchange` that writes its value into one field of the form held in `form`.
#[cfg(feature = "staff")]
pub fn set_field<T: Clone + 'static>(form: &yew::UseStateHandle<T>, apply: fn(&mut T, String)) -> yew::Callback<web_sys::Event> {
    set_field_to(form, apply).reform(|event: web_sys::Event| value_of(&event))
}

/// Writes a value (a [`DateField`]'s day) into one field of the form held in `form`.
#[cfg(feature = "staff")]
pub fn set_field_to<T: Clone + 'static>(form: &yew::UseStateHandle<T>, apply: fn(&mut T, String)) -> yew::Callback<String> {
    let form = form.clone();
    yew::Callback::from(move |value: String| {
        let mut next = (*form).clone();
        apply(&mut next, value);
        form.set(next);
    })
}

#[cfg(feature = "staff")]
pub use bar_chart::BarChart;
#[cfg(feature = "staff")]
pub use date_field::DateField;
pub use icons::{icon, Icon};
#[cfg(feature = "staff")]
pub use qr::QrCodeImage;
pub use read_aloud::{ChooseLanguage, ReadAloud, ReadPageAloud};
pub use scale::ScaleInput;
#[cfg(feature = "staff")]
pub use score_chart::ScoreChart;
