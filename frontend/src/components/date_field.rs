//! A day typed as three labelled boxes, Day, Month and Year, in a fieldset named by its label, as
//! GOV.UK's date input. Chromium's own `<input type="date">` names its inner boxes "Month Month",
//! "Day Day" and "Year Year" whatever label it is given (WCAG 2.4.6), and its picker is hard to
//! use with a keyboard and a screen reader.
//!
//! The day is held as the API writes it (`YYYY-MM-DD`, or empty when no box is filled). Anything
//! else typed is passed on as typed, so the server refuses it beside the field
//! (`invalid_date`) rather than the form dropping it unseen.

use tandem_domain::FieldError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::field_error;

use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct DateFieldProps {
    /// The day box's id (the one a refusal takes the keyboard to); the others add `-month`, `-year`.
    pub id: AttrValue,
    pub label: AttrValue,
    /// `YYYY-MM-DD`, or empty.
    #[prop_or_default]
    pub value: AttrValue,
    /// Told the day at each key typed.
    #[prop_or_default]
    pub onchange: Callback<String>,
    /// A hidden input carrying the day, for forms read when sent.
    #[prop_or_default]
    pub node_ref: NodeRef,
    #[prop_or_default]
    pub required: bool,
    /// The form's refusal, shown beside this field when it is about `field` (the request's name
    /// for the day).
    #[prop_or_default]
    pub refused: Option<FieldError>,
    #[prop_or_default]
    pub field: AttrValue,
}

/// The three boxes as typed.
#[derive(Clone, Default, PartialEq)]
struct Parts {
    day: String,
    month: String,
    year: String,
}

impl Parts {
    fn of(value: &str) -> Self {
        let mut split = value.splitn(3, '-');
        match (split.next(), split.next(), split.next()) {
            (Some(year), Some(month), Some(day)) => Parts { day: day.into(), month: month.into(), year: year.into() },
            _ => Parts::default(),
        }
    }

    /// The day as the API writes it.
    fn value(&self) -> String {
        let (day, month, year) = (self.day.trim(), self.month.trim(), self.year.trim());
        if day.is_empty() && month.is_empty() && year.is_empty() {
            return String::new();
        }
        match (day.parse::<u8>(), month.parse::<u8>(), year.parse::<u16>()) {
            (Ok(day), Ok(month), Ok(year)) if year >= 1000 => format!("{year:04}-{month:02}-{day:02}"),
            _ => format!("{year}-{month}-{day}"),
        }
    }
}

#[function_component(DateField)]
pub fn date_field(props: &DateFieldProps) -> Html {
    let t = use_i18n();
    let parts = use_state(|| Parts::of(&props.value));
    // What this field last told its form; a value from the form that differs (a reset, a
    // template chosen) replaces what is in the boxes.
    let told = use_mut_ref(|| props.value.to_string());
    {
        let (parts, told) = (parts.clone(), told.clone());
        use_effect_with(props.value.clone(), move |value| {
            if *told.borrow() != value.as_str() {
                *told.borrow_mut() = value.to_string();
                parts.set(Parts::of(value));
            }
        });
    }
    let typed = |apply: fn(&mut Parts, String)| {
        let (parts, told, onchange) = (parts.clone(), told.clone(), props.onchange.clone());
        Callback::from(move |event: InputEvent| {
            let mut next = (*parts).clone();
            apply(&mut next, event.target_unchecked_into::<HtmlInputElement>().value());
            let value = next.value();
            *told.borrow_mut() = value.clone();
            parts.set(next);
            onchange.emit(value);
        })
    };
    let (id, refused, field) = (props.id.as_str(), props.refused.as_ref(), props.field.as_str());
    let hint = format!("{id}-hint");
    let described_by = field_error::described_by(refused, field, id, Some(hint.clone()));
    let invalid = field_error::aria_invalid(refused, field);
    let part = |id: String, class: &'static str, label: String, length: &'static str, value: &str, oninput: Callback<InputEvent>| {
        html! {
            <div class="date-part">
                <label for={id.clone()}>{ label }</label>
                <input {id} class={class} type="text" inputmode="numeric" maxlength={length} value={value.to_owned()}
                    {oninput} required={props.required} aria-invalid={invalid} />
            </div>
        }
    };
    html! {
        <fieldset class="date-field" aria-describedby={described_by}>
            <legend>{ props.label.clone() }</legend>
            <p class="hint" id={hint}>{ t.get("date-hint") }</p>
            <div class="date-parts">
                { part(id.to_owned(), "date-day", t.get("date-day"), "2", &parts.day, typed(|p, v| p.day = v)) }
                { part(format!("{id}-month"), "date-month", t.get("date-month"), "2", &parts.month, typed(|p, v| p.month = v)) }
                { part(format!("{id}-year"), "date-year", t.get("date-year"), "4", &parts.year, typed(|p, v| p.year = v)) }
            </div>
            <input type="hidden" ref={props.node_ref.clone()} value={parts.value()} />
            { field_error::beside(&t, refused, field, id) }
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::Parts;

    fn typed(day: &str, month: &str, year: &str) -> String {
        Parts { day: day.into(), month: month.into(), year: year.into() }.value()
    }

    #[wasm_bindgen_test]
    fn a_whole_day_is_written_as_the_api_writes_it() {
        assert_eq!(typed("5", "3", "2027"), "2027-03-05");
        assert_eq!(typed(" 27 ", "12", "2026"), "2026-12-27");
    }

    #[wasm_bindgen_test]
    fn no_box_filled_is_no_day() {
        assert_eq!(typed("", " ", ""), "");
    }

    #[wasm_bindgen_test]
    fn anything_else_is_passed_on_for_the_server_to_refuse() {
        assert_eq!(typed("5", "", "2027"), "2027--5");
        assert_eq!(typed("5", "3", "27"), "27-3-5");
        assert_eq!(typed("five", "3", "2027"), "2027-3-five");
    }

    #[wasm_bindgen_test]
    fn a_day_from_the_api_fills_the_boxes() {
        let parts = Parts::of("2027-03-05");
        assert_eq!((parts.day.as_str(), parts.month.as_str(), parts.year.as_str()), ("05", "03", "2027"));
        assert_eq!(parts.value(), "2027-03-05");
        assert!(Parts::of("").value().is_empty());
    }
}
