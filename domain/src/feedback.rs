//! "What do you think of this app?": anonymous, open to anyone who opens the app.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::text::clean_free_text;
use crate::ErrorCode;

/// A 0-10 rating, the scale young people already use in sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Score(u8);

impl Score {
    pub const MIN: u8 = 0;
    pub const MAX: u8 = 10;

    pub fn parse(value: i64) -> Result<Score, ErrorCode> {
        u8::try_from(value).ok().filter(|v| *v <= Self::MAX).map(Score).ok_or(ErrorCode::ScoreOutOfRange)
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// Every score, lowest first, for drawing the scale.
    pub fn all() -> impl Iterator<Item = Score> {
        (Self::MIN..=Self::MAX).map(Score)
    }
}

impl TryFrom<i64> for Score {
    type Error = ErrorCode;
    fn try_from(value: i64) -> Result<Self, Self::Error> {
        Score::parse(value)
    }
}

impl From<Score> for u8 {
    fn from(score: Score) -> u8 {
        score.0
    }
}

/// An optional comment, at most [`FeedbackComment::MAX_CHARS`] characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackComment(String);

impl FeedbackComment {
    pub const MAX_CHARS: usize = 2000;

    /// Empty text means "no comment".
    pub fn parse(raw: &str) -> Result<Option<FeedbackComment>, ErrorCode> {
        let cleaned = clean_free_text(raw, Self::MAX_CHARS)?;
        Ok((!cleaned.is_empty()).then_some(FeedbackComment(cleaned)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A valid piece of app feedback: only [`AppFeedback::parse`] makes one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppFeedback {
    pub score: Score,
    pub comment: Option<FeedbackComment>,
}

impl AppFeedback {
    pub fn parse(request: &AppFeedbackRequest) -> Result<AppFeedback, ErrorCode> {
        Ok(AppFeedback { score: Score::parse(request.score)?, comment: FeedbackComment::parse(request.comment.as_deref().unwrap_or(""))? })
    }
}

/// `POST /api/v1/app-feedback` body, as sent (and as queued on the phone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppFeedbackRequest {
    /// 0 (really bad) to 10 (really good).
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 10))]
    pub score: i64,
    /// Optional, up to 2000 characters.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_length = 2000))]
    pub comment: Option<String>,
}

/// The server's receipt for a stored piece of feedback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppFeedbackReceipt {
    pub id: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub received_at: OffsetDateTime,
}

/// One stored answer, as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppFeedbackEntry {
    pub id: Uuid,
    pub score: u8,
    pub comment: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = DateTime))]
    pub received_at: OffsetDateTime,
}

/// `GET /api/v1/app-feedback`: the figures over every answer, and a page of the answers, newest
/// first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AppFeedbackSummary {
    pub count: u64,
    /// Mean score to one decimal place; absent when there are no answers.
    pub average: Option<f64>,
    /// How many answers gave each score, index 0 to 10.
    pub score_counts: Vec<u64>,
    /// At most [`AppFeedbackSummary::PAGE`] answers, newest first.
    pub entries: Vec<AppFeedbackEntry>,
    /// The id of the last entry, to ask for the page after it with `?before=`; absent on the last page.
    #[serde(default)]
    pub next_before: Option<Uuid>,
}

impl AppFeedbackSummary {
    /// Answers on one page.
    pub const PAGE: usize = 100;

    /// The figures from how many answers gave each score (index 0 to 10), with one page of them.
    pub fn from_counts(score_counts: Vec<u64>, entries: Vec<AppFeedbackEntry>, more: bool) -> AppFeedbackSummary {
        let count: u64 = score_counts.iter().sum();
        let total: u64 = score_counts.iter().zip(0u64..).map(|(n, score)| n * score).sum();
        let average = (count > 0).then(|| (total as f64 / count as f64 * 10.0).round() / 10.0);
        let next_before = if more { entries.last().map(|entry| entry.id) } else { None };
        AppFeedbackSummary { count, average, score_counts, entries, next_before }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(score: i64, comment: Option<&str>) -> AppFeedbackRequest {
        AppFeedbackRequest { score, comment: comment.map(str::to_owned) }
    }

    #[test]
    fn scores_from_0_to_10_only() {
        assert!(Score::parse(0).is_ok());
        assert!(Score::parse(10).is_ok());
        assert_eq!(Score::parse(11), Err(ErrorCode::ScoreOutOfRange));
        assert_eq!(Score::parse(-1), Err(ErrorCode::ScoreOutOfRange));
        assert_eq!(Score::all().count(), 11);
    }

    #[test]
    fn blank_comment_is_no_comment() {
        let feedback = AppFeedback::parse(&request(7, Some("   "))).unwrap();
        assert_eq!(feedback.comment, None);
    }

    #[test]
    fn over_long_comment_is_refused() {
        let long = "a".repeat(FeedbackComment::MAX_CHARS + 1);
        assert_eq!(AppFeedback::parse(&request(7, Some(&long))), Err(ErrorCode::TextTooLong));
    }

    #[test]
    fn json_score_out_of_range_fails_to_deserialise_into_score() {
        assert!(serde_json::from_str::<Score>("11").is_err());
        assert_eq!(serde_json::from_str::<Score>("4").unwrap().value(), 4);
    }

    #[test]
    fn summary_counts_and_averages() {
        let at = OffsetDateTime::UNIX_EPOCH;
        let entry = |score| AppFeedbackEntry { id: Uuid::nil(), score, comment: None, received_at: at };
        let mut counts = vec![0; 11];
        counts[7] = 1;
        counts[8] = 2;
        let summary = AppFeedbackSummary::from_counts(counts, vec![entry(8)], true);
        assert_eq!(summary.count, 3);
        assert_eq!(summary.average, Some(7.7));
        assert_eq!(summary.score_counts[8], 2);
        assert_eq!(summary.next_before, Some(Uuid::nil()), "a page with more after it says where to go on");
        assert_eq!(AppFeedbackSummary::from_counts(vec![0; 11], vec![], false).average, None);
    }
}
