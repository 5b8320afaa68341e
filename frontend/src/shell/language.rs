use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{use_i18n, Language};

#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    pub on_change: Callback<Language>,
}

/// A labelled select of the shipped languages, each named in its own language.
#[function_component(LanguageSwitch)]
pub fn language_switch(props: &LanguageSwitchProps) -> Html {
    let t = use_i18n();
    let current = t.language;
    let onchange = {
        let on_change = props.on_change.clone();
        Callback::from(move |event: Event| {
            let chosen = event.target_dyn_into::<HtmlSelectElement>().and_then(|select| Language::from_code(&select.value()));
            if let Some(language) = chosen {
                on_change.emit(language);
            }
        })
    };
    html! {
        <div class="language">
            <label for="language-select">{ t.get("language-label") }</label>
            <select id="language-select" {onchange}>
                { for Language::ALL.iter().map(|language| html! {
                    <option value={language.code()} lang={language.code()} selected={*language == current}>
                        { language.native_name() }
                    </option>
                }) }
            </select>
        </div>
    }
}
