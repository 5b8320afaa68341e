//! Forms a worker hands to one young person or carer, by a date and for a purpose: the
//! service's self-assessment, the parent or carer's view for the same assessment, "About me" at
//! induction and "Getting ready for my review". Each is a survey draft (the same questions,
//! easier wording and checks as surveys), started from the template here and edited by a
//! manager into new versions; every answer keeps the version it was given. Any question may be
//! left with "I'd rather not say". What changed on each scale since the person's previous form
//! is [`distance_travelled`].

pub mod api;

use serde::{Deserialize, Serialize};

use crate::surveys::{in_section, q, Answer, Answers, Choice, Question, QuestionKind, Respondents, Survey, SurveyDraft};
use crate::{ErrorCode, FieldError};

/// Which of the service's forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FormKind {
    /// "My self-assessment", before an assessment.
    SelfAssessment,
    /// "How things are at home": a parent or carer's view for the same assessment.
    CarerView,
    /// "About me", at induction: answers shared with the allocated worker only.
    AboutMe,
    /// "Getting ready for my review", before a Child Review Meeting.
    ReviewPrep,
}

impl FormKind {
    pub const ALL: [FormKind; 4] = [FormKind::SelfAssessment, FormKind::CarerView, FormKind::AboutMe, FormKind::ReviewPrep];

    pub fn as_str(self) -> &'static str {
        match self {
            FormKind::SelfAssessment => "self_assessment",
            FormKind::CarerView => "carer_view",
            FormKind::AboutMe => "about_me",
            FormKind::ReviewPrep => "review_prep",
        }
    }

    pub fn parse(raw: &str) -> Option<FormKind> {
        FormKind::ALL.into_iter().find(|kind| kind.as_str() == raw)
    }

    /// Who fills it in.
    pub fn respondents(self) -> Respondents {
        match self {
            FormKind::CarerView => Respondents::Carers,
            _ => Respondents::YoungPeople,
        }
    }

    /// Whether its answers are for the allocated worker's eyes only (not a manager's, nor a
    /// colleague's): what a young person says about their faith, identity and health.
    pub fn worker_only(self) -> bool {
        self == FormKind::AboutMe
    }

    /// The form as the service starts from it (version 1).
    pub fn template(self) -> SurveyDraft {
        let scale = |id: &str, wording: &str, easy: &str| q(id, QuestionKind::Scale, wording, easy, false);
        let words = |id: &str, wording: &str, easy: &str| q(id, QuestionKind::LongText, wording, easy, false);
        let short = |id: &str, wording: &str, easy: &str| q(id, QuestionKind::ShortText, wording, easy, false);
        let (title, purpose, audience, questions) = match self {
            FormKind::SelfAssessment => (
                "My self-assessment",
                "So your worker knows how things are for you, in your own words, before your assessment. You can stop and come back to it.",
                "Your worker, to plan with you",
                vec![
                    in_section(
                        scale(
                            "family",
                            "How are things with your family at the moment? 0 is really bad, 10 is really good.",
                            "How is it with your family? 0 is bad. 10 is good.",
                        ),
                        "Me and my family",
                    ),
                    words("family_words", "Tell us about you and your family.", "Tell us about your family."),
                    in_section(scale("home", "How happy are you with where you live?", "Do you like where you live?"), "Where I live"),
                    words("home_words", "What is it like where you live?", "What is your home like?"),
                    in_section(
                        scale("school", "How are things going at school, training or work?", "How is school or work?"),
                        "School, training or work",
                    ),
                    words(
                        "school_words",
                        "What is going well or badly at school, training or work?",
                        "What is good or bad at school or work?",
                    ),
                    in_section(scale("friends", "How are things with your friends?", "How is it with your friends?"), "Friends"),
                    words("friends_words", "Tell us about your friends and who you spend time with.", "Who do you spend time with?"),
                    in_section(scale("feelings", "How have you been feeling lately?", "How do you feel these days?"), "How I feel"),
                    words("feelings_words", "Is there anything worrying you?", "Is anything worrying you?"),
                    in_section(words("happened", "What happened, in your own words?", "What happened? Say it your way."), "What happened"),
                    words("happened_think", "What do you think about it now?", "What do you think about it now?"),
                    in_section(
                        words("good_at", "What are you good at?", "What are you good at?"),
                        "What I am good at, and what would help",
                    ),
                    words("would_help", "What would help you?", "What would help you?"),
                ],
            ),
            FormKind::CarerView => (
                "How things are at home",
                "So your family's worker hears how things are from you, for the same assessment.",
                "Your family's worker",
                vec![
                    scale(
                        "home",
                        "How are things at home at the moment? 0 is really bad, 10 is really good.",
                        "How is it at home? 0 is bad. 10 is good.",
                    ),
                    words("home_words", "What is going well at home, and what is hard?", "What is good at home? What is hard?"),
                    scale("relationship", "How are things between you and the young person?", "How do you and your child get on?"),
                    scale("school", "How do you think school, training or work is going for them?", "How is school or work for them?"),
                    words("worries", "What worries you most?", "What worries you?"),
                    words("strengths", "What are they good at?", "What are they good at?"),
                    words("would_help", "What would help your family?", "What would help your family?"),
                ],
            ),
            FormKind::AboutMe => (
                "About me",
                "So your worker can get things right for you from the start. Only your worker reads this.",
                "Only your worker",
                vec![
                    words(
                        "communicate",
                        "How do you like people to talk with you, and what helps you understand?",
                        "How should we talk with you? What helps you understand?",
                    ),
                    short("languages", "Which languages do you speak at home?", "What languages do you speak at home?"),
                    short("faith", "Do you have a faith or religion you want us to know about?", "Do you have a faith?"),
                    words("identity", "How do you describe yourself?", "How would you describe you?"),
                    words(
                        "needs",
                        "Is there any disability or health need you want the service to know about?",
                        "Is there anything about your health we should know?",
                    ),
                    words("important_people", "Who is important to you?", "Who matters to you?"),
                ],
            ),
            FormKind::ReviewPrep => (
                "Getting ready for my review",
                "So your review meeting talks about what matters to you, and you take part the way you want.",
                "Your worker and the people at your review meeting",
                vec![
                    words("going_well", "What is going well?", "What is good right now?"),
                    words("hard", "What is hard at the moment?", "What is hard right now?"),
                    words("talk_about", "What do you want to talk about at the meeting?", "What do you want to talk about?"),
                    short("who_there", "Who do you want to be at the meeting?", "Who do you want at the meeting?"),
                    Question {
                        options: [
                            ("speak", "I'll speak for myself", "I will talk"),
                            ("read_out", "I'd like my words read out", "Someone reads my words"),
                            ("write", "I'll write it down beforehand", "I will write it first"),
                        ]
                        .into_iter()
                        .map(|(id, wording, easy)| Choice { id: id.into(), wording: wording.into(), easy_read: easy.into() })
                        .collect(),
                        ..q(
                            "take_part",
                            QuestionKind::Single,
                            "How do you want to take part in the meeting?",
                            "How do you want to join in?",
                            false,
                        )
                    },
                    scale(
                        "overall",
                        "How do you feel things are going overall? 0 is really bad, 10 is really good.",
                        "How is it going? 0 is bad. 10 is good.",
                    ),
                ],
            ),
        };
        SurveyDraft {
            title: title.into(),
            purpose: purpose.into(),
            audience: audience.into(),
            respondents: self.respondents(),
            anonymous: false,
            questions,
        }
    }
}

/// Why a form is asked for, shown to the person before the first question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    Assessment,
    ReviewMeeting,
    Closure,
    Induction,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Assessment => "assessment",
            Purpose::ReviewMeeting => "review_meeting",
            Purpose::Closure => "closure",
            Purpose::Induction => "induction",
        }
    }

    pub fn parse(raw: &str) -> Option<Purpose> {
        [Purpose::Assessment, Purpose::ReviewMeeting, Purpose::Closure, Purpose::Induction]
            .into_iter()
            .find(|purpose| purpose.as_str() == raw)
    }
}

/// Furthest ahead a form can be due.
pub const MAX_DAYS_AHEAD: i64 = 365;

/// Checks a manager's edit of a form: a publishable survey draft, still for the form's own
/// respondents and named (a form is about one person: never anonymous).
pub fn check_form(kind: FormKind, draft: &SurveyDraft) -> Result<Survey, FieldError> {
    if draft.respondents != kind.respondents() {
        return Err(FieldError { field: "form.respondents".into(), code: ErrorCode::InvalidSurvey });
    }
    if draft.anonymous {
        return Err(FieldError { field: "form.anonymous".into(), code: ErrorCode::InvalidSurvey });
    }
    draft.check().map_err(|refused| FieldError { field: refused.field.replacen("survey", "form", 1), code: refused.code })
}

/// The day a form is due, from today up to [`MAX_DAYS_AHEAD`] ahead.
pub fn parse_due_on(raw: &str, today: time::Date) -> Result<time::Date, ErrorCode> {
    let due = crate::plans::parse_date(raw).map_err(|_| ErrorCode::InvalidDate)?;
    if due < today || (due - today).whole_days() > MAX_DAYS_AHEAD {
        return Err(ErrorCode::DueDateOutOfRange);
    }
    Ok(due)
}

/// How one scale moved between two of a person's forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ScaleChange {
    pub question: String,
    /// The question as it was asked the second time.
    pub wording: String,
    pub before: u8,
    pub after: u8,
}

/// Distance travelled: each scale (0-10 or faces) answered both times, by the same question id,
/// in the order of the later form's questions.
pub fn distance_travelled(questions: &[Question], before: &Answers, after: &Answers) -> Vec<ScaleChange> {
    questions
        .iter()
        .filter(|question| matches!(question.kind, QuestionKind::Scale | QuestionKind::Faces))
        .filter_map(|question| match (before.get(&question.id), after.get(&question.id)) {
            (Some(Answer::Number(before)), Some(Answer::Number(after))) => {
                Some(ScaleChange { question: question.id.clone(), wording: question.wording.clone(), before: *before, after: *after })
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::surveys::check_answers;

    #[test]
    fn every_template_is_a_valid_form_with_easier_wording_for_every_question() {
        for kind in FormKind::ALL {
            let template = kind.template();
            let form = check_form(kind, &template).unwrap_or_else(|refused| panic!("{kind:?}: {refused:?}"));
            for question in form.questions() {
                assert!(!question.easy_read.is_empty(), "{kind:?} {} has no easier wording", question.id);
                assert!(!question.required, "{kind:?} {}: every question can be left", question.id);
            }
            assert_eq!(FormKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn a_form_stays_named_and_for_its_own_respondents() {
        let mut draft = FormKind::AboutMe.template();
        draft.anonymous = true;
        assert_eq!(check_form(FormKind::AboutMe, &draft).unwrap_err().field, "form.anonymous");
        let draft = FormKind::AboutMe.template();
        assert_eq!(check_form(FormKind::CarerView, &draft).unwrap_err().field, "form.respondents");
        let mut draft = FormKind::ReviewPrep.template();
        draft.questions[1].id = draft.questions[0].id.clone();
        assert_eq!(check_form(FormKind::ReviewPrep, &draft).unwrap_err().field, "form.questions.1");
    }

    #[test]
    fn rather_not_say_counts_as_an_answer_and_cannot_come_with_one() {
        let mut draft = FormKind::SelfAssessment.template();
        draft.questions[0].required = true;
        let form = check_form(FormKind::SelfAssessment, &draft).unwrap();
        let none = Answers::new();
        assert_eq!(check_answers(&form, &none, &[]).unwrap_err().field, "answers.family");
        let (kept, declined) = check_answers(&form, &none, &["family".into()]).unwrap();
        assert!(kept.is_empty());
        assert_eq!(declined, vec!["family".to_owned()]);
        let both = Answers::from([("family".to_owned(), Answer::Number(4))]);
        let refused = check_answers(&form, &both, &["family".into()]).unwrap_err();
        assert_eq!((refused.field.as_str(), refused.code), ("answers.family", ErrorCode::InvalidAnswer));
        assert_eq!(check_answers(&form, &none, &["shoe_size".into()]).unwrap_err().code, ErrorCode::AnswerNotInSurvey);
        let high = Answers::from([("home".to_owned(), Answer::Number(11))]);
        let refused = check_answers(&form, &high, &["family".into()]).unwrap_err();
        assert_eq!((refused.field.as_str(), refused.code), ("answers.home", ErrorCode::InvalidAnswer));
    }

    #[test]
    fn distance_travelled_pairs_each_scale_answered_both_times() {
        let questions = FormKind::SelfAssessment.template().questions;
        let before = Answers::from([("family".to_owned(), Answer::Number(3)), ("school".to_owned(), Answer::Number(6))]);
        let after = Answers::from([
            ("family".to_owned(), Answer::Number(7)),
            ("home".to_owned(), Answer::Number(5)),
            ("family_words".to_owned(), Answer::Text("Better".into())),
        ]);
        let changes = distance_travelled(&questions, &before, &after);
        assert_eq!(changes.len(), 1);
        assert_eq!((changes[0].question.as_str(), changes[0].before, changes[0].after), ("family", 3, 7));
    }

    #[test]
    fn a_form_is_due_from_today_to_a_year_ahead() {
        let today = time::Date::from_calendar_date(2026, time::Month::December, 7).unwrap();
        assert!(parse_due_on("2026-12-07", today).is_ok());
        assert_eq!(parse_due_on("2026-12-06", today), Err(ErrorCode::DueDateOutOfRange));
        assert_eq!(parse_due_on("2027-12-08", today), Err(ErrorCode::DueDateOutOfRange));
        assert_eq!(parse_due_on("2026-02-30", today), Err(ErrorCode::InvalidDate));
    }
}
