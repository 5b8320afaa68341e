//! The languages Tandem speaks. A person's choice in the app is kept with them, so what the
//! server words for them (notifications) comes in it too. A language the app has no words for
//! yet is still a valid choice: every message it lacks is English.

use serde::{Deserialize, Serialize};

/// A language, by its BCP 47 primary subtag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "cy")]
    Welsh,
    #[serde(rename = "pl")]
    Polish,
    #[serde(rename = "ur")]
    Urdu,
    #[serde(rename = "pa")]
    Punjabi,
    #[serde(rename = "gu")]
    Gujarati,
}

impl Language {
    pub const ALL: [Language; 6] =
        [Language::English, Language::Welsh, Language::Polish, Language::Urdu, Language::Punjabi, Language::Gujarati];

    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Welsh => "cy",
            Language::Polish => "pl",
            Language::Urdu => "ur",
            Language::Punjabi => "pa",
            Language::Gujarati => "gu",
        }
    }

    /// The language's own name for itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Welsh => "Cymraeg",
            Language::Polish => "Polski",
            Language::Urdu => "اردو",
            Language::Punjabi => "ਪੰਜਾਬੀ",
            Language::Gujarati => "ગુજરાતી",
        }
    }

    /// Whether its script runs right to left: Urdu only. Punjabi is written in Gurmukhi here
    /// (left to right), not in Shahmukhi.
    pub fn right_to_left(self) -> bool {
        self == Language::Urdu
    }

    /// The language of a code such as `cy`, `cy-GB` or `en_GB` (its primary subtag).
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or(code).to_ascii_lowercase();
        Self::ALL.into_iter().find(|language| language.code() == primary)
    }
}

/// `PUT /me/language`: the language the person chose in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageRequest {
    pub language: Language,
}

/// `PUT /me/easier-words`: "Easier words" switched on or off in the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EasierWordsRequest {
    pub easier_words: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back_and_regional_codes_are_understood() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
            assert_eq!(serde_json::to_string(&language).unwrap(), format!("\"{}\"", language.code()));
        }
        assert_eq!(Language::from_code("cy-GB"), Some(Language::Welsh));
        assert_eq!(Language::from_code("PL_pl"), Some(Language::Polish));
        assert_eq!(Language::from_code("fr"), None);
    }
}
