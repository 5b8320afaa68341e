//! A survey's results and its CSV: per question counts (labelled with the option's words),
//! averages for scales and faces, the free text, and the breakdown by programme with small
//! numbers hidden. Questions are read from the published version; answers keep their question
//! ids across versions, so an unchanged question counts every version's answers.

use tandem_domain::scaling::{suppress, Cell, SUPPRESS_BELOW};
use tandem_domain::surveys::api::{ProgrammeCount, QuestionResults, SurveyResults, ValueCount};
use tandem_domain::surveys::{results as per_question, Answer, Answers, Question, SurveyDraft};
use uuid::Uuid;

use super::{StoredResponse, StoredSurvey};

pub(crate) fn shown_version(survey: &StoredSurvey) -> Option<&SurveyDraft> {
    survey.published().or(survey.latest()).map(|version| &version.request.survey)
}

fn label(question: &Question, value: &str) -> String {
    match value {
        "yes" | "no" if question.options.is_empty() => value.to_owned(),
        _ => question.options.iter().find(|option| option.id == value).map_or_else(|| value.to_owned(), |option| option.wording.clone()),
    }
}

fn programme_name(programmes: &[(Uuid, String)], id: Option<Uuid>) -> String {
    id.and_then(|id| programmes.iter().find(|(known, _)| *known == id)).map(|(_, name)| name.clone()).unwrap_or_default()
}

/// Responses per programme over `everyone`, each hidden below five (and the next smallest
/// when only one is, as in the session reports).
fn by_programme(everyone: &[StoredResponse], programmes: &[(Uuid, String)]) -> Vec<ProgrammeCount> {
    let mut groups: Vec<(Option<Uuid>, usize)> = Vec::new();
    for response in everyone {
        match groups.iter_mut().find(|(id, _)| *id == response.programme_id) {
            Some((_, count)) => *count += 1,
            None => groups.push((response.programme_id, 1)),
        }
    }
    groups.sort_by_key(|(id, _)| programme_name(programmes, *id));
    let cells = suppress(groups.iter().map(|(id, count)| (programme_name(programmes, *id), *count, (*id, *count))).collect());
    cells
        .into_iter()
        .zip(groups.iter())
        .map(|(cell, (id, _))| match cell {
            Cell::Shown { group, value: (_, count) } => {
                ProgrammeCount { programme_id: *id, name: group, responses: Some(u32::try_from(count).unwrap_or(u32::MAX)) }
            }
            Cell::Suppressed { group } => ProgrammeCount { programme_id: *id, name: group, responses: None },
        })
        .collect()
}

/// Whether `kept` responses of `whole` are too few to show: fewer than five picked out by a
/// filter (programme, dates or both). The whole survey is shown however few answered it.
pub fn too_few(kept: usize, whole: usize) -> bool {
    kept < SUPPRESS_BELOW && kept < whole
}

/// The results of `kept`; `everyone` (before the programme filter) gives the breakdown, `whole`
/// is how many responses there are with no filter. A filter that leaves fewer than five
/// responses shows no answers at all.
pub fn results(
    survey: &StoredSurvey,
    kept: &[StoredResponse],
    everyone: &[StoredResponse],
    whole: usize,
    programmes: &[(Uuid, String)],
    waiting: u32,
) -> Option<SurveyResults> {
    let draft = shown_version(survey)?;
    let checked = draft.parse().ok()?;
    let small = too_few(kept.len(), whole);
    let answers: Vec<Answers> = if small { Vec::new() } else { kept.iter().map(|response| response.answers.clone()).collect() };
    let questions = per_question(&checked, &answers)
        .into_iter()
        .zip(checked.questions())
        .map(|(result, question)| QuestionResults {
            id: question.id.clone(),
            kind: question.kind,
            wording: question.wording.clone(),
            answered: result.answered,
            counts: result.counts.into_iter().map(|(value, count)| ValueCount { label: label(question, &value), value, count }).collect(),
            average: result.average,
            texts: result.texts,
        })
        .collect();
    Some(SurveyResults {
        id: survey.id,
        title: draft.title.clone(),
        version: survey.published().or(survey.latest()).map_or(1, |version| version.version),
        anonymous: draft.anonymous,
        audience: draft.audience.clone(),
        responses: u32::try_from(kept.len()).unwrap_or(u32::MAX),
        waiting,
        suppressed: small,
        questions,
        programmes: by_programme(everyone, programmes),
    })
}

/// An answer as a CSV cell: the number, the option id (several joined by `;`), yes or no, or
/// the words.
fn cell(answer: Option<&Answer>) -> String {
    match answer {
        None => String::new(),
        Some(Answer::Number(n)) => n.to_string(),
        Some(Answer::Choice(id)) => id.clone(),
        Some(Answer::Choices(ids)) => ids.join(";"),
        Some(Answer::YesNo(yes)) => (if *yes { "yes" } else { "no" }).to_owned(),
        Some(Answer::Text(text)) => text.clone(),
    }
}

/// The CSV's columns, written a line at a time so an export streams: one row per response, its
/// id, version, day, who answered (named surveys), as what, the programme, then one column per
/// question id (the published version's, then any only older versions asked).
pub struct CsvColumns {
    named: bool,
    questions: Vec<String>,
    programmes: Vec<(Uuid, String)>,
}

impl CsvColumns {
    pub fn of(survey: &StoredSurvey, programmes: Vec<(Uuid, String)>) -> Option<CsvColumns> {
        let draft = shown_version(survey)?;
        let mut questions: Vec<String> = draft.questions.iter().map(|question| question.id.clone()).collect();
        for version in &survey.versions {
            for question in &version.request.survey.questions {
                if !questions.contains(&question.id) {
                    questions.push(question.id.clone());
                }
            }
        }
        Some(CsvColumns { named: !draft.anonymous, questions, programmes })
    }

    pub fn header(&self) -> String {
        let mut header: Vec<&str> = vec!["response", "version", "answered_on"];
        if self.named {
            header.push("name");
        }
        header.extend(["answered_as", "programme"]);
        header.extend(self.questions.iter().map(String::as_str));
        crate::csv::line(&header)
    }

    pub fn row(&self, response: &StoredResponse) -> String {
        let mut row = vec![response.id.to_string(), response.version.to_string(), response.answered_on.to_string()];
        if self.named {
            row.push(response.person.as_ref().map(|(_, name)| name.clone()).unwrap_or_default());
        }
        row.push(response.answered_as.clone());
        row.push(programme_name(&self.programmes, response.programme_id));
        row.extend(self.questions.iter().map(|id| cell(response.answers.get(id))));
        crate::csv::line(&row)
    }
}
