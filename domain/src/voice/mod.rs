//! Voice and influence (the Lundy model): consultations with priority ballots, agree/disagree
//! statements (participants may propose their own, shown once an officer approves them) and open
//! questions answered in words or a voice note; who will hear the results (Audience); and the
//! service's published responses, "you said, we did" (Influence and Impact). Pure rules: the
//! checks on a consultation and on each contribution, and how ballots are counted.

pub mod api;

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use crate::plans::parse_date;
use crate::sessions::DEVICE_CLOCK_SKEW;
use crate::text::clean_free_text;
use crate::{ErrorCode, FieldError};

/// Longest title.
pub const TITLE_MAX: usize = 120;
/// Longest background, audience or question wording.
pub const WORDING_MAX: usize = 1000;
/// Longest statement (a short sentence someone can agree or disagree with).
pub const STATEMENT_MAX: usize = 280;
/// Longest written answer to an open question.
pub const ANSWER_MAX: usize = 2000;
/// Largest voice note, in bytes once decoded: about two minutes of speech in the browser's own
/// format (Opus at 64 kbit/s is under 1 MB).
pub const VOICE_NOTE_MAX_BYTES: usize = 2 * 1024 * 1024;
/// Most activities in one consultation, options in one ballot, statements in one set.
pub const MAX_ACTIVITIES: usize = 10;
pub const MAX_OPTIONS: usize = 20;
pub const MAX_STATEMENTS: usize = 60;
/// How many issues a ranked ballot takes at most.
pub const MAX_RANKED: usize = 3;
/// A contribution given offline while a consultation was open still counts if it arrives within
/// this many days of the close; later ones are refused (the results will have gone to the audience).
pub const LATE_SYNC_DAYS: i64 = 7;

/// Who is invited to take part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Invited {
    /// Members of the youth cabinet.
    Cabinet,
    /// Every young person of the service.
    YoungPeople,
    /// Young people who took part in a session of this programme.
    Programme { programme_id: Uuid },
    /// Every parent and carer of the service.
    Carers,
}

/// An issue on a ballot, or a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Item {
    /// Stable within the consultation, e.g. `"transport"`.
    pub id: String,
    pub text: String,
}

/// One thing to do in a consultation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Activity {
    /// Pick one issue, or (`ranked`) put up to three in order.
    Ballot { id: String, question: String, options: Vec<Item>, ranked: bool },
    /// Agree, disagree or pass on each statement; `proposals` lets participants add their own.
    Statements { id: String, prompt: String, statements: Vec<Item>, proposals: bool },
    /// Free text, or a voice note when `voice` allows it.
    Question { id: String, question: String, voice: bool },
}

impl Activity {
    pub fn id(&self) -> &str {
        match self {
            Activity::Ballot { id, .. } | Activity::Statements { id, .. } | Activity::Question { id, .. } => id,
        }
    }
}

/// A consultation as an officer saves it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConsultationRequest {
    pub title: String,
    /// What it is about, in plain words.
    pub background: String,
    /// Who will hear the results, and when (e.g. "Head of service and the management board, June meeting").
    pub audience: String,
    pub invited: Invited,
    /// `YYYY-MM-DD`, UK days, both included.
    pub opens_on: String,
    pub closes_on: String,
    /// Anonymous: answers are kept with no name and nothing goes to anyone's record.
    pub anonymous: bool,
    pub activities: Vec<Activity>,
}

/// A consultation request that passed every check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consultation {
    pub request: ConsultationRequest,
    pub opens: Date,
    pub closes: Date,
}

/// Ids are short and plain, so they read well in exports.
fn check_id(id: &str) -> Result<(), ErrorCode> {
    let plain = !id.is_empty() && id.len() <= 40 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain {
        Ok(())
    } else {
        Err(ErrorCode::InvalidConsultation)
    }
}

fn required(text: &str, max: usize) -> Result<String, ErrorCode> {
    let clean = clean_free_text(text, max)?;
    if clean.is_empty() {
        return Err(ErrorCode::TextRequired);
    }
    Ok(clean)
}

fn check_items(items: &[Item], max_text: usize, seen: &mut BTreeSet<String>) -> Result<(), ErrorCode> {
    for item in items {
        check_id(&item.id)?;
        required(&item.text, max_text)?;
        if !seen.insert(item.id.clone()) {
            return Err(ErrorCode::InvalidConsultation);
        }
    }
    Ok(())
}

impl ConsultationRequest {
    pub fn parse(&self) -> Result<Consultation, ErrorCode> {
        self.check().map_err(|refused| refused.code)
    }

    /// As [`parse`](Self::parse), naming the field refused: the request's own name for it, or
    /// an activity's id (`activities` when there is none).
    pub fn check(&self) -> Result<Consultation, FieldError> {
        required(&self.title, TITLE_MAX).map_err(FieldError::on("title"))?;
        required(&self.background, WORDING_MAX).map_err(FieldError::on("background"))?;
        required(&self.audience, WORDING_MAX).map_err(FieldError::on("audience"))?;
        let opens = parse_date(&self.opens_on).map_err(FieldError::on("opens_on"))?;
        let closes = parse_date(&self.closes_on).map_err(FieldError::on("closes_on"))?;
        if closes < opens {
            return Err(FieldError { field: "closes_on".into(), code: ErrorCode::ClosesBeforeOpens });
        }
        let activities = |code| FieldError { field: "activities".into(), code };
        if self.activities.is_empty() {
            return Err(activities(ErrorCode::QuestionsRequired));
        }
        if self.activities.len() > MAX_ACTIVITIES {
            return Err(activities(ErrorCode::InvalidConsultation));
        }
        // Activity, option and statement ids share one namespace: results and exports name them alone.
        let mut seen = BTreeSet::new();
        for activity in &self.activities {
            let on = |code| FieldError { field: activity.id().to_owned(), code };
            check_id(activity.id()).map_err(on)?;
            if !seen.insert(activity.id().to_owned()) {
                return Err(on(ErrorCode::InvalidConsultation));
            }
            match activity {
                Activity::Ballot { question, options, .. } => {
                    required(question, WORDING_MAX).map_err(on)?;
                    if options.len() < 2 || options.len() > MAX_OPTIONS {
                        return Err(on(ErrorCode::InvalidConsultation));
                    }
                    check_items(options, WORDING_MAX, &mut seen).map_err(on)?;
                }
                Activity::Statements { prompt, statements, proposals, .. } => {
                    required(prompt, WORDING_MAX).map_err(on)?;
                    if statements.len() > MAX_STATEMENTS || (statements.is_empty() && !proposals) {
                        return Err(on(ErrorCode::InvalidConsultation));
                    }
                    check_items(statements, STATEMENT_MAX, &mut seen).map_err(on)?;
                }
                Activity::Question { question, .. } => {
                    required(question, WORDING_MAX).map_err(on)?;
                }
            }
        }
        Ok(Consultation { request: self.clone(), opens, closes })
    }
}

impl Consultation {
    pub fn activity(&self, id: &str) -> Option<&Activity> {
        self.request.activities.iter().find(|activity| activity.id() == id)
    }
}

/// Whether a contribution made at `given_at` (the phone's clock) and arriving at `now` counts:
/// it must have been made while the consultation was open (UK days), not after it was
/// published nor in the future, and arrive within [`LATE_SYNC_DAYS`] of the close.
pub fn contribution_counts(
    consultation: &Consultation,
    published_at: OffsetDateTime,
    given_at: OffsetDateTime,
    now: OffsetDateTime,
) -> Result<(), ErrorCode> {
    if given_at > now + DEVICE_CLOCK_SKEW || given_at + DEVICE_CLOCK_SKEW < published_at {
        return Err(ErrorCode::ImplausibleDeviceTime);
    }
    let given_on = crate::appointments::to_london(given_at).date();
    let today = crate::appointments::to_london(now).date();
    let arrived_in_time = (today - consultation.closes).whole_days() <= LATE_SYNC_DAYS;
    if given_on < consultation.opens || given_on > consultation.closes || !arrived_in_time {
        return Err(ErrorCode::ConsultationNotOpen);
    }
    Ok(())
}

/// A ballot as given: one issue, or up to three in order of preference; each issue once.
pub fn check_ballot(activity: &Activity, ranking: &[String]) -> Result<Vec<String>, ErrorCode> {
    let Activity::Ballot { options, ranked, .. } = activity else { return Err(ErrorCode::AnswerNotInSurvey) };
    let most = if *ranked { MAX_RANKED.min(options.len()) } else { 1 };
    if ranking.is_empty() {
        return Err(ErrorCode::AnswerRequired);
    }
    if ranking.len() > most {
        return Err(ErrorCode::InvalidAnswer);
    }
    let mut seen = BTreeSet::new();
    for choice in ranking {
        if !options.iter().any(|option| option.id == *choice) {
            return Err(ErrorCode::InvalidAnswer);
        }
        if !seen.insert(choice.as_str()) {
            return Err(ErrorCode::RankedTwice);
        }
    }
    Ok(ranking.to_vec())
}

/// Agree, disagree, or pass (no view, or rather not say).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    Agree,
    Disagree,
    Pass,
}

impl Vote {
    pub fn as_str(self) -> &'static str {
        match self {
            Vote::Agree => "agree",
            Vote::Disagree => "disagree",
            Vote::Pass => "pass",
        }
    }

    pub fn parse(raw: &str) -> Option<Vote> {
        [Vote::Agree, Vote::Disagree, Vote::Pass].into_iter().find(|vote| vote.as_str() == raw)
    }
}

/// An answer to an open question: words, a voice note, or both; at least one.
pub fn check_answer(activity: &Activity, text: &str, voice_note_bytes: Option<usize>) -> Result<String, ErrorCode> {
    let Activity::Question { voice, .. } = activity else { return Err(ErrorCode::AnswerNotInSurvey) };
    let text = clean_free_text(text, ANSWER_MAX)?;
    match voice_note_bytes {
        Some(_) if !voice => Err(ErrorCode::InvalidAnswer),
        Some(bytes) if bytes > VOICE_NOTE_MAX_BYTES => Err(ErrorCode::VoiceNoteTooLarge),
        Some(0) => Err(ErrorCode::InvalidAnswer),
        None if text.is_empty() => Err(ErrorCode::AnswerRequired),
        _ => Ok(text),
    }
}

/// A proposed statement, checked like the officer's own.
pub fn check_proposal(activity: &Activity, text: &str) -> Result<String, ErrorCode> {
    let Activity::Statements { proposals, .. } = activity else { return Err(ErrorCode::AnswerNotInSurvey) };
    if !proposals {
        return Err(ErrorCode::InvalidAnswer);
    }
    required(text, STATEMENT_MAX)
}

/// Points a ranked ballot gives: 3 for a first choice, 2 for a second, 1 for a third (a Borda
/// count over three places). A pick-one ballot gives its one choice 1.
pub fn points(ranked: bool, place: usize) -> u64 {
    if !ranked {
        return u64::from(place == 0);
    }
    u64::try_from(MAX_RANKED.saturating_sub(place)).unwrap_or(0)
}

/// One issue's count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssueCount {
    pub id: String,
    pub text: String,
    /// 1 is the most supported; issues tied on points and first choices share a rank.
    pub rank: u32,
    pub points: u64,
    pub first_choices: u64,
    /// How many ballots put it first, second and third (only the first for pick-one).
    pub by_place: Vec<u64>,
}

/// Counts ballots: points as [`points`], ordered by points, then by first choices; issues equal
/// on both share a rank. Every ballot counts once; an issue nobody chose still appears, last.
pub fn count_ballots<'a>(options: &[Item], ranked: bool, ballots: impl IntoIterator<Item = &'a [String]>) -> Vec<IssueCount> {
    let places = if ranked { MAX_RANKED } else { 1 };
    let mut counts: Vec<IssueCount> = options
        .iter()
        .map(|option| IssueCount {
            id: option.id.clone(),
            text: option.text.clone(),
            rank: 0,
            points: 0,
            first_choices: 0,
            by_place: vec![0; places],
        })
        .collect();
    for ballot in ballots {
        for (place, choice) in ballot.iter().enumerate().take(places) {
            if let Some(count) = counts.iter_mut().find(|count| count.id == *choice) {
                count.points += points(ranked, place);
                if let Some(slot) = count.by_place.get_mut(place) {
                    *slot += 1;
                }
                if place == 0 {
                    count.first_choices += 1;
                }
            }
        }
    }
    // A stable sort keeps the officer's order among equals.
    counts.sort_by(|a, b| b.points.cmp(&a.points).then(b.first_choices.cmp(&a.first_choices)));
    let mut previous: Option<(u64, u64, u32)> = None;
    for (index, count) in counts.iter_mut().enumerate() {
        let position = u32::try_from(index + 1).unwrap_or(u32::MAX);
        count.rank = match previous {
            Some((points, firsts, rank)) if points == count.points && firsts == count.first_choices => rank,
            _ => position,
        };
        previous = Some((count.points, count.first_choices, count.rank));
    }
    counts
}

/// Whole-number percentage of `part` in `whole` (0 when nobody voted).
pub fn percent(part: u64, whole: u64) -> u32 {
    if whole == 0 {
        return 0;
    }
    u32::try_from((part * 100 + whole / 2) / whole).unwrap_or(100)
}

/// Where a published response stands; it can move on later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ResponseStatus {
    Planned,
    InProgress,
    Done,
    /// "We can't change this, because ..." (the reason is the response's text).
    NotPossible,
}

impl ResponseStatus {
    pub const ALL: [ResponseStatus; 4] =
        [ResponseStatus::Planned, ResponseStatus::InProgress, ResponseStatus::Done, ResponseStatus::NotPossible];

    pub fn as_str(self) -> &'static str {
        match self {
            ResponseStatus::Planned => "planned",
            ResponseStatus::InProgress => "in_progress",
            ResponseStatus::Done => "done",
            ResponseStatus::NotPossible => "not_possible",
        }
    }

    pub fn parse(raw: &str) -> Option<ResponseStatus> {
        Self::ALL.into_iter().find(|status| status.as_str() == raw)
    }
}

/// What a response answers: the consultation as a whole, a theme from the open answers, a
/// statement or a ballot issue (by id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum About {
    Consultation,
    Theme(String),
    Item(String),
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;

    fn item(id: &str) -> Item {
        Item { id: id.into(), text: format!("{id} words") }
    }

    fn request() -> ConsultationRequest {
        ConsultationRequest {
            title: "Youth centre".into(),
            background: "The council is deciding what the centre does next year.".into(),
            audience: "Head of service and the management board, June meeting".into(),
            invited: Invited::YoungPeople,
            opens_on: "2026-11-20".into(),
            closes_on: "2026-11-30".into(),
            anonymous: true,
            activities: vec![
                Activity::Ballot {
                    id: "priorities".into(),
                    question: "What matters most?".into(),
                    options: vec![item("transport"), item("jobs"), item("safety")],
                    ranked: true,
                },
                Activity::Statements {
                    id: "views".into(),
                    prompt: "Agree or disagree".into(),
                    statements: vec![item("s1")],
                    proposals: true,
                },
                Activity::Question { id: "else".into(), question: "Anything else?".into(), voice: true },
            ],
        }
    }

    #[test]
    fn a_refusal_names_the_field_it_is_about() {
        let field = |change: fn(&mut ConsultationRequest)| {
            let mut bad = request();
            change(&mut bad);
            let refused = bad.check().unwrap_err();
            assert_eq!(bad.parse().unwrap_err(), refused.code);
            (refused.field, refused.code)
        };
        assert_eq!(field(|r| r.opens_on = String::new()), ("opens_on".into(), ErrorCode::InvalidDate));
        assert_eq!(field(|r| r.closes_on = "2026-11-01".into()), ("closes_on".into(), ErrorCode::ClosesBeforeOpens));
        assert_eq!(field(|r| r.title = " ".into()), ("title".into(), ErrorCode::TextRequired));
        assert_eq!(field(|r| r.activities.clear()), ("activities".into(), ErrorCode::QuestionsRequired));
        let no_options = |r: &mut ConsultationRequest| {
            if let Activity::Ballot { options, .. } = &mut r.activities[0] {
                options.truncate(1);
            }
        };
        assert_eq!(field(no_options), ("priorities".into(), ErrorCode::InvalidConsultation));
        assert!(request().check().is_ok());
    }

    #[test]
    fn a_consultation_needs_words_dates_activities_and_unique_ids() {
        let good = request().parse().unwrap();
        assert_eq!(good.closes, date!(2026 - 11 - 30));
        let mut no_audience = request();
        no_audience.audience = " ".into();
        assert_eq!(no_audience.parse(), Err(ErrorCode::TextRequired));
        let mut backwards = request();
        backwards.closes_on = "2026-11-01".into();
        assert_eq!(backwards.parse(), Err(ErrorCode::ClosesBeforeOpens));
        let mut clash = request();
        clash.activities.push(Activity::Question { id: "transport".into(), question: "Again?".into(), voice: false });
        assert_eq!(clash.parse(), Err(ErrorCode::InvalidConsultation));
        let mut one_option = request();
        one_option.activities[0] = Activity::Ballot { id: "b".into(), question: "q".into(), options: vec![item("only")], ranked: false };
        assert_eq!(one_option.parse(), Err(ErrorCode::InvalidConsultation));
        let mut empty = request();
        empty.activities.clear();
        assert_eq!(empty.parse(), Err(ErrorCode::QuestionsRequired));
    }

    #[test]
    fn ballots_take_one_or_up_to_three_each_once() {
        let consultation = request().parse().unwrap();
        let ballot = consultation.activity("priorities").unwrap();
        let ranking = |ids: &[&str]| ids.iter().map(|id| (*id).to_owned()).collect::<Vec<_>>();
        assert!(check_ballot(ballot, &ranking(&["jobs", "safety"])).is_ok());
        assert_eq!(check_ballot(ballot, &ranking(&["jobs", "jobs"])), Err(ErrorCode::RankedTwice));
        assert_eq!(check_ballot(ballot, &ranking(&["jobs", "safety", "transport", "jobs"])), Err(ErrorCode::InvalidAnswer));
        assert_eq!(check_ballot(ballot, &ranking(&["parks"])), Err(ErrorCode::InvalidAnswer));
        assert_eq!(check_ballot(ballot, &[]), Err(ErrorCode::AnswerRequired));
        let pick_one = Activity::Ballot { id: "b".into(), question: "q".into(), options: vec![item("a"), item("b")], ranked: false };
        assert_eq!(check_ballot(&pick_one, &ranking(&["a", "b"])), Err(ErrorCode::InvalidAnswer));
        assert_eq!(check_ballot(consultation.activity("else").unwrap(), &ranking(&["a"])), Err(ErrorCode::AnswerNotInSurvey));
    }

    #[test]
    fn ranked_ballots_are_counted_by_points_then_first_choices() {
        let options = [item("transport"), item("jobs"), item("safety"), item("parks")];
        let ballots: Vec<Vec<String>> = [vec!["jobs", "transport"], vec!["transport", "jobs", "safety"], vec!["safety"], vec!["jobs"]]
            .into_iter()
            .map(|ballot| ballot.into_iter().map(str::to_owned).collect())
            .collect();
        let counts = count_ballots(&options, true, ballots.iter().map(Vec::as_slice));
        // jobs 3+2+3 = 8; transport 2+3 = 5; safety 1+3 = 4; parks 0.
        let summary: Vec<(&str, u32, u64, u64)> = counts.iter().map(|c| (c.id.as_str(), c.rank, c.points, c.first_choices)).collect();
        assert_eq!(summary, vec![("jobs", 1, 8, 2), ("transport", 2, 5, 1), ("safety", 3, 4, 1), ("parks", 4, 0, 0)]);
        assert_eq!(counts[0].by_place, vec![2, 1, 0]);
        // Ties on points and first choices share a rank; the officer's order is kept.
        let tied = count_ballots(&options[..2], false, [["jobs".to_owned()].as_slice(), ["transport".to_owned()].as_slice()]);
        assert_eq!(tied.iter().map(|c| (c.id.as_str(), c.rank)).collect::<Vec<_>>(), vec![("transport", 1), ("jobs", 1)]);
    }

    #[test]
    fn offline_contributions_count_if_made_while_open_and_synced_within_a_week() {
        let consultation = request().parse().unwrap();
        let published = datetime!(2026-11-19 09:00 UTC);
        let made = datetime!(2026-11-30 20:00 UTC);
        assert!(contribution_counts(&consultation, published, made, datetime!(2026-12-02 10:00 UTC)).is_ok());
        assert_eq!(
            contribution_counts(&consultation, published, made, datetime!(2026-12-08 10:00 UTC)),
            Err(ErrorCode::ConsultationNotOpen)
        );
        assert_eq!(
            contribution_counts(&consultation, published, datetime!(2026-12-01 00:30 UTC), datetime!(2026-12-01 01:00 UTC)),
            Err(ErrorCode::ConsultationNotOpen)
        );
        assert_eq!(
            contribution_counts(&consultation, published, datetime!(2026-11-25 12:00 UTC), datetime!(2026-11-25 11:00 UTC)),
            Err(ErrorCode::ImplausibleDeviceTime)
        );
        assert_eq!(
            contribution_counts(&consultation, published, datetime!(2026-11-01 12:00 UTC), datetime!(2026-11-25 11:00 UTC)),
            Err(ErrorCode::ImplausibleDeviceTime)
        );
    }

    #[test]
    fn answers_need_words_or_a_voice_note_within_the_limit() {
        let consultation = request().parse().unwrap();
        let question = consultation.activity("else").unwrap();
        assert_eq!(check_answer(question, "  ", None), Err(ErrorCode::AnswerRequired));
        assert_eq!(check_answer(question, "", Some(1000)), Ok(String::new()));
        assert_eq!(check_answer(question, "", Some(20 * 1024 * 1024)), Err(ErrorCode::VoiceNoteTooLarge));
        assert_eq!(check_answer(question, "<script>x</script>", None), Ok("<script>x</script>".into()));
        let statements = consultation.activity("views").unwrap();
        assert_eq!(check_proposal(statements, ""), Err(ErrorCode::TextRequired));
        assert_eq!(check_proposal(statements, &"x".repeat(281)), Err(ErrorCode::TextTooLong));
    }
}
