//! "Read this aloud": the browser's own speech, in the app's language, for anyone who finds
//! reading hard. Nothing is sent anywhere.

use yew::prelude::*;

use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub text: AttrValue,
}

#[function_component(ReadAloud)]
pub fn read_aloud(props: &ReadAloudProps) -> Html {
    let t = use_i18n();
    let language = t.language.code();
    let onclick = {
        let text = props.text.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return };
            if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
                utterance.set_lang(language);
                speech.cancel();
                speech.speak(&utterance);
            }
        })
    };
    html! {
        <button type="button" class="button secondary read-aloud" {onclick}>
            <span aria-hidden="true">{ "🔊 " }</span>{ t.get("read-aloud") }
        </button>
    }
}
