//! Free text as people type it: trimmed, bounded, and free of characters that would
//! corrupt storage or display. Markup is kept as typed and always rendered as text.

use crate::ErrorCode;

/// Checks and normalises free text. Newlines and tabs are kept; other control characters are
/// refused rather than silently dropped, so nothing the person wrote changes without telling them.
pub fn clean_free_text(raw: &str, max_chars: usize) -> Result<String, ErrorCode> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > max_chars {
        return Err(ErrorCode::TextTooLong);
    }
    if trimmed.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        return Err(ErrorCode::TextHasControlCharacters);
    }
    Ok(trimmed.replace("\r\n", "\n"))
}

/// A name: free text on one line, not empty.
pub fn one_line_name(typed: &str, max_chars: usize) -> Result<String, ErrorCode> {
    let name = clean_free_text(typed, max_chars)?;
    if name.is_empty() {
        return Err(ErrorCode::NameRequired);
    }
    if name.contains('\n') {
        return Err(ErrorCode::TextHasControlCharacters);
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_keeps_newlines_and_markup_as_typed() {
        assert_eq!(clean_free_text("  hi\r\n<b>there</b> ", 100).unwrap(), "hi\n<b>there</b>");
    }

    #[test]
    fn counts_characters_not_bytes() {
        let urdu = "ا".repeat(10);
        assert!(clean_free_text(&urdu, 10).is_ok());
        assert_eq!(clean_free_text(&urdu, 9), Err(ErrorCode::TextTooLong));
    }

    #[test]
    fn refuses_control_characters() {
        assert_eq!(clean_free_text("a\u{0}b", 10), Err(ErrorCode::TextHasControlCharacters));
    }
}
