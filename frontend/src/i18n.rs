//! Every word the app shows comes from a Fluent message in `i18n/<lang>/main.ftl`. English is in
//! the first load; each other language is a piece of its own, fetched when chosen and kept
//! offline. A message missing from a translation falls back to English rather than showing an id.

use std::rc::Rc;

pub use tandem_domain::fluent::Arg;
use tandem_domain::fluent::Catalogue;
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::split::PieceMissing;

/// The languages the app ships. English is complete; the others fall back to it message by message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    English,
    Welsh,
    Polish,
    Urdu,
    Punjabi,
    Gujarati,
}

impl Language {
    pub const ALL: [Language; 6] =
        [Language::English, Language::Welsh, Language::Polish, Language::Urdu, Language::Punjabi, Language::Gujarati];

    pub fn code(self) -> &'static str {
        self.shared().code()
    }

    /// The language as the server knows it (kept with the person).
    pub fn shared(self) -> tandem_domain::language::Language {
        use tandem_domain::language::Language as Shared;
        match self {
            Language::English => Shared::English,
            Language::Welsh => Shared::Welsh,
            Language::Polish => Shared::Polish,
            Language::Urdu => Shared::Urdu,
            Language::Punjabi => Shared::Punjabi,
            Language::Gujarati => Shared::Gujarati,
        }
    }

    /// The language's own name for itself, as shown in the switcher.
    pub fn native_name(self) -> &'static str {
        self.shared().native_name()
    }

    /// The language's messages, if on hand: English always is (every other language falls
    /// back to it); another language once `load` has fetched it.
    fn source(self) -> Option<&'static str> {
        match self {
            Language::English => Some(include_str!("../../i18n/en/main.ftl")),
            other => LOADED.with(|loaded| loaded.borrow().iter().find(|(language, _)| *language == other).map(|(_, source)| *source)),
        }
    }

    /// The staff pages' messages, which travel only in the staff build.
    fn staff_source(self) -> Option<&'static str> {
        match self {
            #[cfg(feature = "staff")]
            Language::English => Some(include_str!("../../i18n/en/staff.ftl")),
            // Welsh services work in Welsh (the Welsh language standards): the desk too.
            #[cfg(feature = "staff")]
            Language::Welsh => Some(include_str!("../../i18n/cy/staff.ftl")),
            _ => None,
        }
    }

    /// The shipped language of a code such as `cy-GB` (none for a language with no words yet).
    pub fn from_code(code: &str) -> Option<Language> {
        let language = tandem_domain::language::Language::from_code(code)?;
        Self::ALL.into_iter().find(|shipped| shipped.shared() == language)
    }

    /// `rtl` or `ltr`, for `<html dir>`.
    pub fn direction(self) -> &'static str {
        if self.shared().right_to_left() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

thread_local! {
    /// The languages other than English fetched so far, and their messages.
    static LOADED: std::cell::RefCell<Vec<(Language, &'static str)>> = const { std::cell::RefCell::new(Vec::new()) };
}

// Each language but English is a piece of the phone build of its own (see split.rs), so
// the first download holds one language whatever the number shipped; without `split` the same
// functions are called directly.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(language_cy, fallible))]
fn welsh_messages() -> Result<&'static str, PieceMissing> {
    Ok(include_str!("../../i18n/cy/main.ftl"))
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(language_pl, fallible))]
fn polish_messages() -> Result<&'static str, PieceMissing> {
    Ok(include_str!("../../i18n/pl/main.ftl"))
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(language_ur, fallible))]
fn urdu_messages() -> Result<&'static str, PieceMissing> {
    Ok(include_str!("../../i18n/ur/main.ftl"))
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(language_pa, fallible))]
fn punjabi_messages() -> Result<&'static str, PieceMissing> {
    Ok(include_str!("../../i18n/pa/main.ftl"))
}

#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(language_gu, fallible))]
fn gujarati_messages() -> Result<&'static str, PieceMissing> {
    Ok(include_str!("../../i18n/gu/main.ftl"))
}

/// Fetches `language`'s messages the first time (and keeps them), so `Messages::new` has them.
pub async fn load(language: Language) -> Result<(), PieceMissing> {
    if language.source().is_some() {
        return Ok(());
    }
    let source = match language {
        Language::English => return Ok(()),
        Language::Welsh => call_piece!(welsh_messages())?,
        Language::Polish => call_piece!(polish_messages())?,
        Language::Urdu => call_piece!(urdu_messages())?,
        Language::Punjabi => call_piece!(punjabi_messages())?,
        Language::Gujarati => call_piece!(gujarati_messages())?,
    };
    LOADED.with(|loaded| loaded.borrow_mut().push((language, source)));
    Ok(())
}

/// The messages of one language, with English behind them.
pub struct Messages {
    pub language: Language,
    /// "Easier words" is on: a message's `.easier` wording is shown where it has one.
    pub easier_words: bool,
    catalogue: Catalogue<'static>,
    fallback: Option<Catalogue<'static>>,
}

impl PartialEq for Messages {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language && self.easier_words == other.easier_words
    }
}

/// `language`'s messages as far as they are on hand. A message that cannot be read is left
/// out, so English words it (a test proves every shipped file reads whole).
fn catalogue_for(language: Language) -> Catalogue<'static> {
    let sources: Vec<&'static str> = language.source().into_iter().chain(language.staff_source()).collect();
    Catalogue::parse(language.shared(), &sources).0
}

impl Messages {
    /// `language`'s messages: call `load` first for any but English (until then its messages
    /// are English's).
    pub fn new(language: Language) -> Messages {
        Messages::with_easier_words(language, false)
    }

    /// As `new`, with "Easier words" on or off.
    pub fn with_easier_words(language: Language, easier_words: bool) -> Messages {
        Messages {
            language,
            easier_words,
            catalogue: catalogue_for(language),
            fallback: (language != Language::English).then(|| catalogue_for(Language::English)),
        }
    }

    /// The message `id`, or the id itself if no language has it (a test forbids that).
    pub fn get(&self, id: &str) -> String {
        self.get_with(id, &[])
    }

    /// The message `id` with named arguments, e.g. `[("count", 3.into())]`.
    pub fn get_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.format(id, args)
    }

    /// The translated text for an error code from the server or from local validation.
    pub fn error(&self, code: ErrorCode) -> String {
        self.get(&code.message_id())
    }

    pub fn has(&self, id: &str) -> bool {
        self.catalogue.message(id).is_some()
    }

    /// The first language that has the message words it: with its `.easier` wording when
    /// "Easier words" is on and it has one (a translation without one keeps its own plain
    /// wording rather than switching to English).
    fn format(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        std::iter::once(&self.catalogue)
            .chain(self.fallback.as_ref())
            .find_map(|catalogue| {
                let easier = self.easier_words.then(|| catalogue.words(id, Some("easier"), args)).flatten();
                easier.or_else(|| catalogue.words(id, None, args))
            })
            .unwrap_or_else(|| id.to_owned())
    }
}

/// The current messages, shared through a context.
pub type I18n = Rc<Messages>;

#[hook]
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| Rc::new(Messages::new(Language::English)))
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn every_error_code_has_an_english_message() {
        let english = Messages::new(Language::English);
        for code in ErrorCode::ALL {
            assert!(english.has(&code.message_id()), "{}", code.message_id());
        }
    }

    #[wasm_bindgen_test]
    fn urdu_is_right_to_left_and_english_left_to_right() {
        assert_eq!(Language::Urdu.direction(), "rtl");
        assert_eq!(Language::English.direction(), "ltr");
        // Punjabi in Gurmukhi, as the app writes it, runs left to right (Shahmukhi would not).
        assert_eq!(Language::Punjabi.direction(), "ltr");
        assert_eq!(Language::Gujarati.direction(), "ltr");
    }

    #[wasm_bindgen_test]
    async fn urdu_falls_back_to_english_for_missing_messages() {
        assert_eq!(Messages::new(Language::Urdu).get("quick-exit"), Messages::new(Language::English).get("quick-exit"), "not loaded yet");
        load(Language::Urdu).await.unwrap();
        let urdu = Messages::new(Language::Urdu);
        assert_ne!(urdu.get("app-name"), "app-name");
        assert_ne!(urdu.get("quick-exit"), Messages::new(Language::English).get("quick-exit"));
        // A message Urdu really lacks is shown in English, never as its key: the staff pages'
        // messages, which have no Urdu file yet (checked), in the staff build the tests run.
        let missing = "title-caseload";
        assert!(!include_str!("../../i18n/ur/main.ftl").contains(&format!("\n{missing} =")), "Urdu has {missing} now: pick another");
        assert!(Language::Urdu.staff_source().is_none());
        let english = Messages::new(Language::English).get(missing);
        #[cfg(feature = "staff")]
        assert_eq!(english, "Caseload");
        assert_eq!(urdu.get(missing), english);
    }

    #[wasm_bindgen_test]
    async fn welsh_is_complete_and_left_to_right() {
        load(Language::Welsh).await.unwrap();
        let welsh = Messages::new(Language::Welsh);
        assert_eq!(Language::Welsh.direction(), "ltr");
        assert_eq!(welsh.get("quick-exit"), "Gadael yn gyflym");
        let dates = welsh.get_with(
            "date-in-words",
            &[
                ("weekday", welsh.get("weekday-4").into()),
                ("day", 3.into()),
                ("month", welsh.get("month-12").into()),
                ("year", 2026.into()),
            ],
        );
        assert_eq!(dates, "Dydd Iau 3 Rhagfyr 2026");
    }

    #[wasm_bindgen_test]
    async fn easier_words_change_the_wording_where_a_message_has_them() {
        let plain = Messages::new(Language::English);
        let easier = Messages::with_easier_words(Language::English, true);
        assert_ne!(easier.get("home-intro"), plain.get("home-intro"));
        assert_eq!(easier.get("home-title"), plain.get("home-title"), "no .easier: the plain words");
        let choose = easier.get_with("pin-choose-intro", &[]);
        assert!(!choose.is_empty() && choose != "pin-choose-intro");
        // Welsh has its own easier words, and keeps its plain Welsh where it has none.
        load(Language::Welsh).await.unwrap();
        let welsh = Messages::with_easier_words(Language::Welsh, true);
        assert_ne!(welsh.get("home-intro"), Messages::new(Language::Welsh).get("home-intro"));
        assert_ne!(welsh.get("home-intro"), easier.get("home-intro"));
        assert_eq!(welsh.get("quick-exit"), "Gadael yn gyflym");
    }

    #[wasm_bindgen_test]
    fn arguments_are_filled_in() {
        let english = Messages::new(Language::English);
        let text = english.get_with("sync-waiting", &[("count", 2.into())]);
        assert!(text.contains('2'), "{text}");
    }

    #[wasm_bindgen_test]
    fn browser_language_codes_are_understood() {
        assert_eq!(Language::from_code("ur-PK"), Some(Language::Urdu));
        assert_eq!(Language::from_code("en_GB"), Some(Language::English));
        assert_eq!(Language::from_code("cy-GB"), Some(Language::Welsh));
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(Language::from_code("pa-IN"), Some(Language::Punjabi));
        assert_eq!(Language::from_code("gu"), Some(Language::Gujarati));
    }
}
