//! Participation and feedback surveys as data: questions of seven kinds, each with standard and
//! easy-read wording, optional help, required or not, and "show this when that was answered
//! so"; the checks that make a draft publishable; the checks on a person's answers (unknown
//! questions, missing required ones, wrong values, text over the limit); what is shown next; the
//! templates the service starts from (written in the builder's own format); and per-question
//! results. Pure functions, shared by the server and (later) the phone.

pub mod api;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::clean_free_text;
use crate::{ErrorCode, FieldError};

/// Longest short answer ("in a few words").
pub const SHORT_TEXT_MAX: usize = 200;
/// Longest long answer.
pub const LONG_TEXT_MAX: usize = 2000;
/// Longest wording of a question, an option or help text.
pub const WORDING_MAX: usize = 300;
/// Most questions in one survey (one per screen: more would tire anyone).
pub const MAX_QUESTIONS: usize = 60;
/// Most options of a choice question.
pub const MAX_OPTIONS: usize = 12;

/// What kind of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// 0 to 10.
    Scale,
    /// Five faces, 1 (very unhappy) to 5 (very happy).
    Faces,
    Single,
    Multiple,
    YesNo,
    ShortText,
    LongText,
}

impl QuestionKind {
    fn has_options(self) -> bool {
        matches!(self, QuestionKind::Single | QuestionKind::Multiple)
    }
}

/// An option of a single or multiple choice question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Choice {
    /// Stable within the survey, e.g. `"school"`.
    pub id: String,
    pub wording: String,
    #[serde(default)]
    pub easy_read: String,
}

/// One answer. Which variant fits depends on the question's kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Scale (0-10) and faces (1-5).
    Number(u8),
    Choice(String),
    Choices(Vec<String>),
    YesNo(bool),
    Text(String),
}

/// Show a question only when an earlier one was answered with `equals` (for a multiple choice
/// question: when that option was among those picked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShowIf {
    pub question: String,
    pub equals: Answer,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Question {
    /// Stable within the survey and its versions, e.g. `"helped"`.
    pub id: String,
    pub kind: QuestionKind,
    pub wording: String,
    /// The same question for someone who finds reading hard (reading age about 7).
    #[serde(default)]
    pub easy_read: String,
    #[serde(default)]
    pub help: String,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub options: Vec<Choice>,
    #[serde(default)]
    pub show_if: Option<ShowIf>,
    /// A named part of the survey or form starts at this question ("Where I live"); the questions
    /// after it belong to it until the next one names another.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub section: String,
}

/// The questions in their parts, in order: each part's name (none before the first is named)
/// and its questions.
pub fn parts(questions: &[Question]) -> Vec<(Option<&str>, &[Question])> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (index, question) in questions.iter().enumerate() {
        if !question.section.is_empty() && index > start {
            parts.push((section_of(questions, start), &questions[start..index]));
            start = index;
        }
    }
    if start < questions.len() {
        parts.push((section_of(questions, start), &questions[start..]));
    }
    parts
}

/// The name of the part `questions[index]` belongs to: the nearest section named at or before it.
pub fn section_of(questions: &[Question], index: usize) -> Option<&str> {
    questions.get(..=index)?.iter().rev().map(|question| question.section.as_str()).find(|section| !section.is_empty())
}

/// Who a survey is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Respondents {
    YoungPeople,
    Carers,
    Both,
}

/// A survey as the builder writes it (and as templates are shipped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyDraft {
    pub title: String,
    /// Why we ask, in plain words.
    pub purpose: String,
    /// Who will read the answers (Lundy "Audience"), shown before the first question and on the
    /// thank-you screen.
    pub audience: String,
    pub respondents: Respondents,
    pub anonymous: bool,
    pub questions: Vec<Question>,
}

/// A draft that passed every check: it can be published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey(SurveyDraft);

impl Survey {
    pub fn draft(&self) -> &SurveyDraft {
        &self.0
    }

    pub fn questions(&self) -> &[Question] {
        &self.0.questions
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.0.questions.iter().find(|question| question.id == id)
    }
}

fn wording(raw: &str, required: bool) -> Result<String, ErrorCode> {
    let text = clean_free_text(raw, WORDING_MAX)?;
    if required && text.is_empty() {
        return Err(ErrorCode::TextRequired);
    }
    Ok(text)
}

/// Ids are short, lower-case words a CSV header and a FHIR linkId can carry as they are.
fn valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

impl SurveyDraft {
    /// Checks a draft for publishing: wording present and within limits; ids unique and
    /// well-formed; choice questions with 2 to 12 options, other kinds with none; "show if"
    /// naming an earlier question and an answer that question could be given.
    pub fn parse(&self) -> Result<Survey, ErrorCode> {
        self.check().map_err(|refused| refused.code)
    }

    /// As [`parse`](Self::parse), naming the field refused: `survey.title`, `survey.purpose`,
    /// `survey.audience`, `survey.questions` or `survey.questions.<n>` (from 0).
    pub fn check(&self) -> Result<Survey, FieldError> {
        let title = wording(&self.title, true).map_err(FieldError::on("survey.title"))?;
        let purpose = clean_free_text(&self.purpose, LONG_TEXT_MAX).map_err(FieldError::on("survey.purpose"))?;
        let audience = wording(&self.audience, true).map_err(FieldError::on("survey.audience"))?;
        let all = |code| FieldError { field: "survey.questions".into(), code };
        if self.questions.is_empty() {
            return Err(all(ErrorCode::QuestionsRequired));
        }
        if self.questions.len() > MAX_QUESTIONS {
            return Err(all(ErrorCode::TooManyQuestions));
        }
        let mut questions: Vec<Question> = Vec::with_capacity(self.questions.len());
        for (index, question) in self.questions.iter().enumerate() {
            let checked = check_question(question, &questions).map_err(FieldError::on(format!("survey.questions.{index}")))?;
            questions.push(checked);
        }
        Ok(Survey(SurveyDraft { title, purpose, audience, respondents: self.respondents, anonymous: self.anonymous, questions }))
    }
}

/// One question of a draft, checked against those before it.
fn check_question(question: &Question, questions: &[Question]) -> Result<Question, ErrorCode> {
    if !valid_id(&question.id) || questions.iter().any(|earlier| earlier.id == question.id) {
        return Err(ErrorCode::InvalidSurvey);
    }
    let options_ok =
        if question.kind.has_options() { (2..=MAX_OPTIONS).contains(&question.options.len()) } else { question.options.is_empty() };
    if !options_ok {
        return Err(ErrorCode::InvalidSurvey);
    }
    let mut options: Vec<Choice> = Vec::with_capacity(question.options.len());
    for option in &question.options {
        if !valid_id(&option.id) || options.iter().any(|earlier| earlier.id == option.id) {
            return Err(ErrorCode::InvalidSurvey);
        }
        options.push(Choice {
            id: option.id.clone(),
            wording: wording(&option.wording, true)?,
            easy_read: wording(&option.easy_read, false)?,
        });
    }
    if let Some(show_if) = &question.show_if {
        // Only an earlier question: the phone asks in order, and no loops can form.
        let earlier = questions.iter().find(|earlier| earlier.id == show_if.question).ok_or(ErrorCode::InvalidSurvey)?;
        check_answer(earlier, &show_if.equals).map_err(|_| ErrorCode::InvalidSurvey)?;
    }
    Ok(Question {
        id: question.id.clone(),
        kind: question.kind,
        wording: wording(&question.wording, true)?,
        easy_read: wording(&question.easy_read, false)?,
        help: wording(&question.help, false)?,
        required: question.required,
        options,
        show_if: question.show_if.clone(),
        section: wording(&question.section, false)?,
    })
}

/// Checks one answer against its question; answers it as kept (text trimmed).
pub fn check_answer(question: &Question, answer: &Answer) -> Result<Answer, ErrorCode> {
    let has = |id: &str| question.options.iter().any(|option| option.id == id);
    match (question.kind, answer) {
        (QuestionKind::Scale, Answer::Number(n)) if *n <= 10 => Ok(answer.clone()),
        (QuestionKind::Faces, Answer::Number(n)) if (1..=5).contains(n) => Ok(answer.clone()),
        (QuestionKind::Single, Answer::Choice(id)) if has(id) => Ok(answer.clone()),
        (QuestionKind::Multiple, Answer::Choices(ids)) if !ids.is_empty() && ids.iter().all(|id| has(id)) => {
            let mut picked: Vec<String> = Vec::new();
            for id in ids {
                if !picked.contains(id) {
                    picked.push(id.clone());
                }
            }
            Ok(Answer::Choices(picked))
        }
        (QuestionKind::YesNo, Answer::YesNo(_)) => Ok(answer.clone()),
        (QuestionKind::ShortText | QuestionKind::LongText, Answer::Text(text)) => {
            let limit = if question.kind == QuestionKind::ShortText { SHORT_TEXT_MAX } else { LONG_TEXT_MAX };
            Ok(Answer::Text(clean_free_text(text, limit)?))
        }
        _ => Err(ErrorCode::InvalidAnswer),
    }
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

/// Whether `question` is asked, given the answers so far.
pub fn is_shown(question: &Question, answers: &Answers) -> bool {
    let Some(show_if) = &question.show_if else { return true };
    match (answers.get(&show_if.question), &show_if.equals) {
        (Some(Answer::Choices(picked)), Answer::Choice(wanted)) => picked.contains(wanted),
        (Some(given), wanted) => given == wanted,
        (None, _) => false,
    }
}

/// Whether a required question is still without an answer (words that are all spaces count as
/// none). The phone asks before moving on; the server refuses the whole response.
pub fn is_missing(question: &Question, answer: Option<&Answer>) -> bool {
    question.required
        && match answer {
            None => true,
            Some(Answer::Text(text)) => text.trim().is_empty(),
            Some(_) => false,
        }
}

/// Checks a whole response: every answer is to a question of this version and fits it; every
/// required question that is shown has an answer (an empty text counts as none). Answers to
/// questions that are hidden by the person's own earlier answers are dropped, not refused: they
/// may have gone back and changed their mind.
pub fn check_response(survey: &Survey, answers: &Answers) -> Result<Answers, ErrorCode> {
    check_answers(survey, answers, &[]).map(|(kept, _)| kept).map_err(|refused| refused.code)
}

/// As [`check_response`], with the questions the person chose not to answer ("I'd rather not
/// say"): a declined question counts as answered, so a required one is not missing, and may not
/// have an answer too. Answers the answers and the declined questions kept, in the survey's
/// order; a refusal names `answers` (a question this version lacks) or `answers.<question id>`.
pub fn check_answers(survey: &Survey, answers: &Answers, declined: &[String]) -> Result<(Answers, Vec<String>), FieldError> {
    if answers.keys().chain(declined).any(|id| survey.question(id).is_none()) {
        return Err(FieldError { field: "answers".into(), code: ErrorCode::AnswerNotInSurvey });
    }
    let mut kept = Answers::new();
    let mut kept_declined = Vec::new();
    for question in survey.questions() {
        if !is_shown(question, &kept) {
            continue;
        }
        let refuse = FieldError::on(format!("answers.{}", question.id));
        if declined.contains(&question.id) {
            if answers.contains_key(&question.id) {
                return Err(refuse(ErrorCode::InvalidAnswer));
            }
            kept_declined.push(question.id.clone());
            continue;
        }
        let answer = match answers.get(&question.id) {
            Some(answer) => Some(check_answer(question, answer).map_err(FieldError::on(format!("answers.{}", question.id)))?),
            None => None,
        };
        if is_missing(question, answer.as_ref()) {
            return Err(refuse(ErrorCode::AnswerRequired));
        }
        match answer {
            // An empty text is no answer.
            Some(Answer::Text(text)) if text.is_empty() => {}
            Some(answer) => {
                kept.insert(question.id.clone(), answer);
            }
            None => {}
        }
    }
    Ok((kept, kept_declined))
}

/// The next question to ask after `current` (or the first), skipping hidden ones.
pub fn next_question<'a>(survey: &'a Survey, answers: &Answers, current: Option<&str>) -> Option<&'a Question> {
    let start = match current {
        None => 0,
        Some(id) => survey.questions().iter().position(|question| question.id == id)? + 1,
    };
    survey.questions().iter().skip(start).find(|question| is_shown(question, answers))
}

/// How many questions someone may be asked, before they answer any: the fewest (every "only
/// if" question skipped) and the most (all of them). Said as one number it would be wrong as
/// soon as an answer brings in another question.
pub fn question_range(survey: &Survey) -> (usize, usize) {
    let questions = survey.questions();
    (questions.iter().filter(|question| question.show_if.is_none()).count(), questions.len())
}

/// One question's results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionResult {
    pub question: String,
    /// How many answered it.
    pub answered: u32,
    /// Per value (scale 0-10, faces 1-5, option ids, "yes"/"no"), how many.
    pub counts: Vec<(String, u32)>,
    /// Scales and faces.
    pub average: Option<f64>,
    /// Free text, in the order given.
    pub texts: Vec<String>,
}

/// Per-question results over `responses`.
pub fn results(survey: &Survey, responses: &[Answers]) -> Vec<QuestionResult> {
    survey
        .questions()
        .iter()
        .map(|question| {
            let given: Vec<&Answer> = responses.iter().filter_map(|answers| answers.get(&question.id)).collect();
            let values: Vec<String> = match question.kind {
                QuestionKind::Scale => (0..=10).map(|n| n.to_string()).collect(),
                QuestionKind::Faces => (1..=5).map(|n| n.to_string()).collect(),
                QuestionKind::Single | QuestionKind::Multiple => question.options.iter().map(|option| option.id.clone()).collect(),
                QuestionKind::YesNo => vec!["yes".into(), "no".into()],
                QuestionKind::ShortText | QuestionKind::LongText => Vec::new(),
            };
            let counts = values
                .iter()
                .map(|value| {
                    let count = given
                        .iter()
                        .filter(|answer| match answer {
                            Answer::Number(n) => n.to_string() == *value,
                            Answer::Choice(id) => id == value,
                            Answer::Choices(ids) => ids.contains(value),
                            Answer::YesNo(yes) => (if *yes { "yes" } else { "no" }) == value,
                            Answer::Text(_) => false,
                        })
                        .count();
                    (value.clone(), u32::try_from(count).unwrap_or(u32::MAX))
                })
                .collect();
            let numbers: Vec<f64> =
                given.iter().filter_map(|answer| if let Answer::Number(n) = answer { Some(f64::from(*n)) } else { None }).collect();
            let average = (!numbers.is_empty()).then(|| numbers.iter().sum::<f64>() / numbers.len() as f64);
            let texts = given.iter().filter_map(|answer| if let Answer::Text(text) = answer { Some(text.clone()) } else { None }).collect();
            QuestionResult {
                question: question.id.clone(),
                answered: u32::try_from(given.len()).unwrap_or(u32::MAX),
                counts,
                average,
                texts,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Templates

pub(crate) fn q(id: &str, kind: QuestionKind, wording: &str, easy_read: &str, required: bool) -> Question {
    Question {
        id: id.into(),
        kind,
        wording: wording.into(),
        easy_read: easy_read.into(),
        help: String::new(),
        required,
        options: Vec::new(),
        show_if: None,
        section: String::new(),
    }
}

/// `question`, starting the part named `section`.
pub(crate) fn in_section(mut question: Question, section: &str) -> Question {
    question.section = section.into();
    question
}

pub(crate) fn with_options(mut question: Question, options: &[(&str, &str)]) -> Question {
    question.options =
        options.iter().map(|(id, wording)| Choice { id: (*id).into(), wording: (*wording).into(), easy_read: String::new() }).collect();
    question
}

fn shown_if(mut question: Question, earlier: &str, equals: Answer) -> Question {
    question.show_if = Some(ShowIf { question: earlier.into(), equals });
    question
}

fn template(
    name: &'static str,
    title: &str,
    purpose: &str,
    audience: &str,
    respondents: Respondents,
    anonymous: bool,
    questions: Vec<Question>,
) -> (&'static str, SurveyDraft) {
    (name, SurveyDraft { title: title.into(), purpose: purpose.into(), audience: audience.into(), respondents, anonymous, questions })
}

use QuestionKind::*;

/// The surveys the service starts from (DOMAIN.md, "Surveys used today"), in plain English.
pub fn templates() -> Vec<SurveyDraft> {
    named_templates().into_iter().map(|(_, draft)| draft).collect()
}

/// The name of the template whose words `draft` still has: the same title, purpose and
/// audience, and every question word for word as the template's question of that id (a survey
/// started from a template and only narrowed, or given other dates or people, still is). Such a
/// survey can be shown in the template's translations without any of it being half translated.
pub fn template_in_its_words(draft: &SurveyDraft) -> Option<&'static str> {
    // Options are words too: their ids, wording and easier wording.
    let same_words = |a: &Question, b: &Question| {
        a.id == b.id
            && (&a.wording, &a.easy_read, &a.help, &a.section) == (&b.wording, &b.easy_read, &b.help, &b.section)
            && a.options == b.options
    };
    named_templates().into_iter().find_map(|(name, template)| {
        let same_frame = (&draft.title, &draft.purpose, &draft.audience) == (&template.title, &template.purpose, &template.audience);
        let same_questions = draft.questions.iter().all(|question| template.questions.iter().any(|shipped| same_words(shipped, question)));
        (same_frame && same_questions).then_some(name)
    })
}

/// The templates by their stable names, which their translations are filed under.
pub fn named_templates() -> [(&'static str, SurveyDraft); 6] {
    let scale = |id: &str, wording: &str, easy: &str| q(id, Scale, wording, easy, true);
    [
        template(
            "before_programme",
            "Before the programme",
            "So we know where you are starting from, and can see later what changed.",
            "Your worker and the programme team",
            Respondents::YoungPeople,
            false,
            vec![
                scale("confidence", "How confident do you feel about the future?", "How sure do you feel about what is next for you?"),
                scale("safe", "How safe do you feel where you live?", "How safe do you feel near your home?"),
                scale(
                    "choices",
                    "How well do you think you make choices when things get hard?",
                    "When things are hard, how good are your choices?",
                ),
                q("hope", LongText, "What do you hope to get out of the programme?", "What do you want from the programme?", false),
            ],
        ),
        template(
            "after_programme",
            "After the programme",
            "So we can see what changed for you and what helped.",
            "Your worker, the programme team and the service's managers",
            Respondents::YoungPeople,
            false,
            vec![
                scale(
                    "confidence",
                    "How confident do you feel about the future now?",
                    "How sure do you feel about what is next for you now?",
                ),
                scale("safe", "How safe do you feel where you live now?", "How safe do you feel near your home now?"),
                scale(
                    "choices",
                    "How well do you make choices when things get hard now?",
                    "When things are hard, how good are your choices now?",
                ),
                q("helped", LongText, "What helped you most?", "What was best?", true),
                q("change", LongText, "What would you change about the programme?", "What should we do better?", false),
            ],
        ),
        template(
            "carers_closure",
            "Parents' and carers' views at closure",
            "Your views help us improve how we work with families.",
            "The service's managers, and the team who worked with your family",
            Respondents::Carers,
            true,
            vec![
                q("listened", Faces, "How well did we listen to you?", "Did we listen to you?", true),
                q("informed", Faces, "How well did we keep you informed?", "Did we tell you what was happening?", true),
                q(
                    "difference",
                    YesNo,
                    "Has working with us made a difference for your child?",
                    "Did things get better for your child?",
                    true,
                ),
                shown_if(
                    q("difference_how", LongText, "What difference has it made?", "What got better?", false),
                    "difference",
                    Answer::YesNo(true),
                ),
                q("better", LongText, "What could we have done better?", "What should we do better?", false),
            ],
        ),
        template(
            "after_custody",
            "After custody",
            "Leaving custody is a big change. Tell us how it is going, so we can help.",
            "Your worker",
            Respondents::YoungPeople,
            false,
            vec![
                q("feeling", Faces, "How are you feeling since you came out?", "How do you feel?", true),
                with_options(
                    q("support", Multiple, "Which of these would help you most right now?", "What would help you now?", true),
                    &[
                        ("housing", "Somewhere to live"),
                        ("education", "School, college or training"),
                        ("work", "A job"),
                        ("health", "Health or feelings"),
                        ("money", "Money"),
                        ("family", "Family"),
                    ],
                ),
                q("worried", YesNo, "Is there anything you are worried about?", "Are you worried about something?", true),
                shown_if(
                    q("worried_about", LongText, "What are you worried about?", "What is worrying you?", false),
                    "worried",
                    Answer::YesNo(true),
                ),
            ],
        ),
        template(
            "how_are_we_doing",
            "How are we doing?",
            "We want to know what it is like to work with us.",
            "The service's managers and the youth cabinet",
            Respondents::Both,
            true,
            vec![
                q("overall", Faces, "Overall, how happy are you with the service?", "Are you happy with us?", true),
                q("respect", Scale, "How much did staff treat you with respect?", "Were we kind and fair to you?", true),
                with_options(
                    q("best", Single, "What was the best part?", "What was best?", false),
                    &[
                        ("talking", "Having someone to talk to"),
                        ("activities", "Activities and groups"),
                        ("help", "Practical help"),
                        ("other", "Something else"),
                    ],
                ),
                shown_if(q("best_other", ShortText, "What else was good?", "What else?", false), "best", Answer::Choice("other".into())),
                q("quote", LongText, "Is there anything you would like to say about us?", "Anything else to tell us?", false),
            ],
        ),
        template(
            "starting_with_us",
            "Starting with us: how are things?",
            "Everyone who starts with us answers these, so we can see what support fits.",
            "Your worker",
            Respondents::YoungPeople,
            false,
            vec![
                scale(
                    "bounce",
                    "When something goes wrong, how quickly do you feel OK again?",
                    "When things go wrong, how fast do you feel OK again?",
                ),
                scale("someone", "How much do you have someone you can talk to?", "Do you have someone to talk to?"),
                scale("school", "How well are school, college or work going?", "How is school, college or work?"),
                scale("calm", "How well can you calm yourself down when you are angry?", "Can you calm down when you are angry?"),
                q("good_at", ShortText, "What are you good at?", "What are you good at?", false),
            ],
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn survey() -> Survey {
        templates().into_iter().find(|t| t.title == "After custody").unwrap().parse().unwrap()
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        pairs.iter().map(|(id, answer)| ((*id).to_owned(), answer.clone())).collect()
    }

    #[test]
    fn a_question_belongs_to_the_part_named_at_or_before_it() {
        let questions = crate::assessments::FormKind::SelfAssessment.template().questions;
        let named: Vec<Option<&str>> = (0..4).map(|index| section_of(&questions, index)).collect();
        assert_eq!(named, [Some("Me and my family"), Some("Me and my family"), Some("Where I live"), Some("Where I live")]);
        assert_eq!(section_of(&questions, questions.len()), None, "no such question");
        let split: Vec<(Option<&str>, usize)> = parts(&questions).iter().map(|(name, part)| (*name, part.len())).collect();
        assert_eq!(split.len(), 7);
        assert_eq!((split[0], split[6]), ((Some("Me and my family"), 2), (Some("What I am good at, and what would help"), 2)));
        let mut late = named_templates()[0].1.questions.clone();
        late[2].section = "Later".into();
        let split: Vec<(Option<&str>, usize)> = parts(&late).iter().map(|(name, part)| (*name, part.len())).collect();
        assert_eq!(split, [(None, 2), (Some("Later"), 2)], "questions before the first part, then it");
        assert_eq!(section_of(&named_templates()[0].1.questions, 0), None, "a survey with no parts");
        let mut draft = named_templates()[0].1.clone();
        draft.questions[1].section = "x".repeat(301);
        assert_eq!(draft.check().unwrap_err().field, "survey.questions.1", "a part's name is held to a question's length");
    }

    #[test]
    fn a_survey_is_in_its_templates_words_until_any_of_them_change() {
        for (name, template) in named_templates() {
            assert_eq!(template_in_its_words(&template), Some(name));
            let mut narrowed = template.clone();
            narrowed.questions.remove(0);
            narrowed.anonymous = !narrowed.anonymous;
            assert_eq!(template_in_its_words(&narrowed), Some(name), "a question left out, anonymity changed");
        }
        let [_, _, _, (_, custody), ..] = named_templates();
        let mut reworded = custody.clone();
        reworded.questions[1].options[0].wording = "A home".into();
        assert_eq!(template_in_its_words(&reworded), None, "an option's words");
        let mut helped = custody.clone();
        helped.questions[0].help = "Take your time.".into();
        assert_eq!(template_in_its_words(&helped), None, "help added");
        let mut retitled = custody;
        retitled.title = "Out of custody".into();
        assert_eq!(template_in_its_words(&retitled), None, "the title");
    }

    #[test]
    fn every_template_is_publishable() {
        let all = templates();
        assert_eq!(all.len(), 6);
        for draft in all {
            let survey = draft.parse().unwrap_or_else(|code| panic!("{}: {code}", draft.title));
            assert!(survey.questions().iter().all(|q| !q.easy_read.is_empty()), "{}", draft.title);
        }
    }

    #[test]
    fn a_refused_draft_names_the_question_or_field() {
        let mut one_option = templates().remove(3);
        one_option.questions[1].options.truncate(1);
        assert_eq!(one_option.check().unwrap_err(), FieldError { field: "survey.questions.1".into(), code: ErrorCode::InvalidSurvey });
        let mut untitled = templates().remove(3);
        untitled.title = String::new();
        assert_eq!(untitled.check().unwrap_err().field, "survey.title");
        untitled.questions.clear();
        assert_eq!(untitled.check().unwrap_err().field, "survey.title", "the first field in the form's order");
    }

    #[test]
    fn a_draft_with_a_broken_show_if_or_options_is_refused() {
        let mut draft = templates().remove(3);
        draft.questions[3].show_if = Some(ShowIf { question: "worried".into(), equals: Answer::Number(3) });
        assert_eq!(draft.parse(), Err(ErrorCode::InvalidSurvey));
        let mut later = templates().remove(3);
        later.questions[0].show_if = Some(ShowIf { question: "worried".into(), equals: Answer::YesNo(true) });
        assert_eq!(later.parse(), Err(ErrorCode::InvalidSurvey), "only an earlier question");
        let mut one_option = templates().remove(3);
        one_option.questions[1].options.truncate(1);
        assert_eq!(one_option.parse(), Err(ErrorCode::InvalidSurvey));
        let mut same_id = templates().remove(3);
        same_id.questions[1].id = "feeling".into();
        assert_eq!(same_id.parse(), Err(ErrorCode::InvalidSurvey));
        let mut empty = templates().remove(3);
        empty.questions.clear();
        assert_eq!(empty.parse(), Err(ErrorCode::QuestionsRequired));
    }

    #[test]
    fn the_number_of_questions_is_a_range_when_an_answer_can_add_one() {
        assert_eq!(question_range(&survey()), (3, 4));
        let plain = templates().into_iter().find(|draft| draft.questions.iter().all(|q| q.show_if.is_none())).unwrap();
        let plain = plain.parse().unwrap();
        assert_eq!(question_range(&plain), (plain.questions().len(), plain.questions().len()));
    }

    #[test]
    fn show_if_decides_what_is_asked_next() {
        let survey = survey();
        let mut given = answers(&[("feeling", Answer::Number(4))]);
        assert_eq!(next_question(&survey, &given, Some("feeling")).unwrap().id, "support");
        given.insert("worried".into(), Answer::YesNo(false));
        assert_eq!(next_question(&survey, &given, Some("worried")), None);
        given.insert("worried".into(), Answer::YesNo(true));
        assert_eq!(next_question(&survey, &given, Some("worried")).unwrap().id, "worried_about");
    }

    #[test]
    fn a_response_is_checked_against_its_version() {
        let survey = survey();
        let good = answers(&[
            ("feeling", Answer::Number(2)),
            ("support", Answer::Choices(vec!["housing".into(), "housing".into(), "money".into()])),
            ("worried", Answer::YesNo(false)),
            // Hidden by "worried: no": dropped, not refused.
            ("worried_about", Answer::Text("court".into())),
        ]);
        let kept = check_response(&survey, &good).unwrap();
        assert_eq!(kept["support"], Answer::Choices(vec!["housing".into(), "money".into()]));
        assert!(!kept.contains_key("worried_about"));

        let mut unknown = good.clone();
        unknown.insert("shoe_size".into(), Answer::Number(5));
        assert_eq!(check_response(&survey, &unknown), Err(ErrorCode::AnswerNotInSurvey));
        let mut missing = good.clone();
        missing.remove("feeling");
        assert_eq!(check_response(&survey, &missing), Err(ErrorCode::AnswerRequired));
        let mut out_of_range = good.clone();
        out_of_range.insert("feeling".into(), Answer::Number(6));
        assert_eq!(check_response(&survey, &out_of_range), Err(ErrorCode::InvalidAnswer));
        let mut not_an_option = good.clone();
        not_an_option.insert("support".into(), Answer::Choices(vec!["yacht".into()]));
        assert_eq!(check_response(&survey, &not_an_option), Err(ErrorCode::InvalidAnswer));
        let mut too_long = good;
        too_long.insert("worried".into(), Answer::YesNo(true));
        too_long.insert("worried_about".into(), Answer::Text("x".repeat(LONG_TEXT_MAX + 1)));
        assert_eq!(check_response(&survey, &too_long), Err(ErrorCode::TextTooLong));
    }

    #[test]
    fn script_in_an_answer_is_kept_as_text() {
        let survey = survey();
        let given = answers(&[
            ("feeling", Answer::Number(3)),
            ("support", Answer::Choices(vec!["work".into()])),
            ("worried", Answer::YesNo(true)),
            ("worried_about", Answer::Text("<script>alert(1)</script>".into())),
        ]);
        assert_eq!(check_response(&survey, &given).unwrap()["worried_about"], Answer::Text("<script>alert(1)</script>".into()));
    }

    #[test]
    fn results_count_each_value_and_average_scales() {
        let survey = survey();
        let responses = vec![
            answers(&[
                ("feeling", Answer::Number(2)),
                ("support", Answer::Choices(vec!["housing".into(), "money".into()])),
                ("worried", Answer::YesNo(true)),
                ("worried_about", Answer::Text("money".into())),
            ]),
            answers(&[
                ("feeling", Answer::Number(4)),
                ("support", Answer::Choices(vec!["money".into()])),
                ("worried", Answer::YesNo(false)),
            ]),
        ];
        let results = results(&survey, &responses);
        assert_eq!(results[0].average, Some(3.0));
        assert_eq!(results[0].counts.iter().find(|(v, _)| v == "4").unwrap().1, 1);
        assert_eq!(results[1].counts.iter().find(|(v, _)| v == "money").unwrap().1, 2);
        assert_eq!(results[2].counts, vec![("yes".to_owned(), 1), ("no".to_owned(), 1)]);
        assert_eq!(results[3].texts, vec!["money"]);
    }
}
