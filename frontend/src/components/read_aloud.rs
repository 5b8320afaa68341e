//! "Read this aloud": the browser's own speech, in the app's language, for anyone who finds
//! reading hard. Nothing is sent anywhere. A button reads its own words (a question, a card);
//! `ReadPageAloud`, on every phone screen, reads the whole page. Where the phone has no voice for
//! the language, it says so in words and offers to show the app in English, which it can read.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::{use_i18n, Language};

/// Changes the app's language (the language switch's own callback), for "show it in English".
#[derive(Clone, PartialEq)]
pub struct ChooseLanguage(pub Callback<Language>);

/// What asking the phone to speak did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Spoken {
    Speaking,
    /// The phone lists its voices and none speaks the language.
    NoVoice,
}

/// Speaks `text` in the language `code`, unless the phone's voices (when it lists any) have
/// none for it. A phone that lists none yet is asked anyway: its default voice may speak it.
fn speak(text: &str, code: &str) -> Spoken {
    let Some(speech) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return Spoken::NoVoice };
    let voices = speech.get_voices();
    let has_voice = voices.length() == 0
        || voices.iter().filter_map(|voice| voice.dyn_into::<web_sys::SpeechSynthesisVoice>().ok()).any(|voice| {
            let lang = voice.lang().to_ascii_lowercase();
            lang == code || lang.starts_with(&format!("{code}-")) || lang.starts_with(&format!("{code}_"))
        });
    if !has_voice {
        return Spoken::NoVoice;
    }
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(code);
        speech.cancel();
        speech.speak(&utterance);
    }
    Spoken::Speaking
}

/// The words of the page's main area, as a reader would hear them.
fn page_words() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|main| main.inner_text())
        .unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct SpeakButtonProps {
    /// The button's words.
    label: AttrValue,
    /// What it reads: fixed words, or (none) the page's main area at the moment it is pressed.
    #[prop_or_default]
    text: Option<AttrValue>,
}

#[function_component(SpeakButton)]
fn speak_button(props: &SpeakButtonProps) -> Html {
    let t = use_i18n();
    let choose = use_context::<ChooseLanguage>();
    let no_voice = use_state_eq(|| false);
    let onclick = {
        let (text, no_voice) = (props.text.clone(), no_voice.clone());
        let code = t.language.code();
        Callback::from(move |_: MouseEvent| {
            let words = text.as_ref().map(|text| text.to_string()).unwrap_or_else(page_words);
            no_voice.set(speak(&words, code) == Spoken::NoVoice);
        })
    };
    let english = choose.filter(|_| t.language != Language::English).map(|ChooseLanguage(choose)| {
        let no_voice = no_voice.clone();
        Callback::from(move |_: MouseEvent| {
            no_voice.set(false);
            choose.emit(Language::English);
        })
    });
    html! {
        <>
            <button type="button" class="button secondary read-aloud" {onclick}>
                <span aria-hidden="true">{ "🔊 " }</span>{ props.label.clone() }
            </button>
            <p class="hint read-aloud-status" role="status">
                if *no_voice {
                    { t.get_with("read-aloud-no-voice", &[("language", t.language.native_name().into())]) }
                    if let Some(english) = english {
                        <button type="button" class="button secondary" onclick={english}>{ t.get("read-aloud-in-english") }</button>
                    }
                }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub text: AttrValue,
}

/// Reads `text` (a question, a card, a page's instructions).
#[function_component(ReadAloud)]
pub fn read_aloud(props: &ReadAloudProps) -> Html {
    let t = use_i18n();
    html! { <SpeakButton label={t.get("read-aloud")} text={props.text.clone()} /> }
}

/// Reads the whole page: every heading, question, card and choice it shows.
#[function_component(ReadPageAloud)]
pub fn read_page_aloud() -> Html {
    let t = use_i18n();
    html! { <SpeakButton label={t.get("read-page-aloud")} /> }
}
