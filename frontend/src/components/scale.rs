//! The 0-10 scale with faces and numbers: native radio buttons (so arrow keys, screen readers
//! and switch access work as people expect), each target at least 44 px.

use tandem_domain::feedback::Score;
use yew::prelude::*;

use crate::i18n::use_i18n;

/// The face shown beside a score; decoration only, the number is what is read out.
pub fn face_for(score: u8) -> &'static str {
    match score {
        0..=2 => "😞",
        3..=4 => "🙁",
        5 => "😐",
        6..=7 => "🙂",
        _ => "😀",
    }
}

#[derive(Properties, PartialEq)]
pub struct ScaleInputProps {
    /// Unique per page: names the radio group.
    pub name: AttrValue,
    pub legend: AttrValue,
    pub value: Option<u8>,
    pub on_change: Callback<u8>,
    #[prop_or_default]
    pub described_by: Option<AttrValue>,
    /// What 0 and 10 mean here, when not "really bad" and "really good".
    #[prop_or_default]
    pub ends: Option<(AttrValue, AttrValue)>,
}

#[function_component(ScaleInput)]
pub fn scale_input(props: &ScaleInputProps) -> Html {
    let t = use_i18n();
    html! {
        <fieldset class="scale" aria-describedby={props.described_by.clone()}>
            <legend>{ props.legend.clone() }</legend>
            <p class="scale-ends" aria-hidden="true">
                if let Some((low, high)) = &props.ends {
                    <span>{ low.clone() }</span>
                    <span>{ high.clone() }</span>
                } else {
                    <span>{ t.get("scale-low") }</span>
                    <span>{ t.get("scale-high") }</span>
                }
            </p>
            <div class="scale-options">
                { for Score::all().map(|score| {
                    let value = score.value();
                    let id = format!("{}-{}", props.name, value);
                    let onchange = {
                        let on_change = props.on_change.clone();
                        Callback::from(move |_: Event| on_change.emit(value))
                    };
                    let label = match (value, &props.ends) {
                        (0, Some((low, _))) => low.to_string(),
                        (10, Some((_, high))) => high.to_string(),
                        (0, None) => t.get_with("scale-option-low", &[("score", value.into())]),
                        (10, None) => t.get_with("scale-option-high", &[("score", value.into())]),
                        _ => value.to_string(),
                    };
                    html! {
                        <div class="scale-option">
                            <input type="radio" id={id.clone()} name={props.name.clone()}
                                value={value.to_string()} checked={props.value == Some(value)} {onchange} />
                            <label for={id}>
                                <span class="face" aria-hidden="true">{ face_for(value) }</span>
                                <span class="number" aria-hidden="true">{ value }</span>
                                <span class="visually-hidden">{ label }</span>
                            </label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn faces_rise_with_the_score() {
        assert_eq!(face_for(0), "😞");
        assert_eq!(face_for(5), "😐");
        assert_eq!(face_for(10), "😀");
    }
}
