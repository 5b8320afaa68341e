//! A consultation's results: ballots counted by `tandem_domain::voice::count_ballots`, each
//! statement's agreement, answers grouped by theme; and the CSV. Ballots are exported one row
//! each, sorted by what was chosen and never with a name, so no export links a person to a
//! choice (the store does not hold that link either).

use tandem_domain::surveys::api::SurveyStatus;
use tandem_domain::voice::api::{
    AnswerItem, BallotResults, ConsultationResults, PublicResults, StatementCount, StatementResults, ThemeCount, WeDid,
};
use tandem_domain::voice::{count_ballots, percent, Activity, Vote};

use super::{StoredConsultation, Tallies};

/// What participants may see after the close: ballots and statements.
pub fn public(stored: &StoredConsultation, tallies: &Tallies) -> PublicResults {
    let mut results = PublicResults::default();
    for activity in stored.activities_shown() {
        match activity {
            Activity::Ballot { id, question, options, ranked } => {
                let cast: Vec<&[String]> =
                    tallies.ballots.iter().filter(|(activity, _)| *activity == id).map(|(_, ranking)| ranking.as_slice()).collect();
                results.ballots.push(BallotResults {
                    ballots: cast.len() as u64,
                    counts: count_ballots(&options, ranked, cast),
                    activity_id: id,
                    question,
                    ranked,
                });
            }
            Activity::Statements { id, prompt, statements, .. } => {
                let counted = statements
                    .into_iter()
                    .map(|statement| {
                        let votes = |wanted: Vote| {
                            tallies
                                .votes
                                .iter()
                                .filter(|(on, vote, _)| *on == statement.id && *vote == wanted)
                                .map(|(_, _, n)| n)
                                .sum::<u64>()
                        };
                        let (agree, disagree, pass) = (votes(Vote::Agree), votes(Vote::Disagree), votes(Vote::Pass));
                        let all = agree + disagree + pass;
                        StatementCount {
                            proposed: stored.proposals.iter().any(|proposal| proposal.id == statement.id),
                            id: statement.id,
                            text: statement.text,
                            agree,
                            disagree,
                            pass,
                            agree_percent: percent(agree, all),
                            disagree_percent: percent(disagree, all),
                        }
                    })
                    .collect();
                results.statements.push(StatementResults { activity_id: id, prompt, statements: counted });
            }
            Activity::Question { .. } => {}
        }
    }
    results
}

/// Everything staff see.
pub fn results(
    stored: &StoredConsultation,
    status: SurveyStatus,
    tallies: &Tallies,
    answers: &[AnswerItem],
    responses: Vec<WeDid>,
    waiting: u32,
) -> ConsultationResults {
    let mut themes: Vec<ThemeCount> = Vec::new();
    for theme in answers.iter().flat_map(|answer| answer.themes.iter()) {
        match themes.iter_mut().find(|known| known.theme == *theme) {
            Some(known) => known.answers += 1,
            None => themes.push(ThemeCount { theme: theme.clone(), answers: 1 }),
        }
    }
    themes.sort_by(|a, b| b.answers.cmp(&a.answers).then(a.theme.cmp(&b.theme)));
    ConsultationResults {
        id: stored.id,
        title: stored.request.title.clone(),
        status,
        audience: stored.request.audience.clone(),
        anonymous: stored.request.anonymous,
        participants: stored.participants,
        waiting,
        results: public(stored, tallies),
        proposals: stored.proposals.clone(),
        answers: answers.to_vec(),
        themes,
        responses,
    }
}

const HEADER: [&str; 10] = ["section", "activity", "item", "text", "choices", "agree", "disagree", "pass", "themes", "name"];

fn row(values: [&str; 10]) -> Vec<String> {
    values.iter().map(|value| (*value).to_owned()).collect()
}

/// The CSV: one row per ballot (its choices in order, `;`-joined), per statement (its counts)
/// and per answer (its words, themes, and the name for a named consultation only).
pub fn csv(stored: &StoredConsultation, tallies: &Tallies, answers: &[AnswerItem]) -> String {
    let mut rows = Vec::new();
    let mut ballots: Vec<(&String, String)> = tallies.ballots.iter().map(|(activity, ranking)| (activity, ranking.join(";"))).collect();
    ballots.sort();
    for (activity, choices) in &ballots {
        rows.push(row(["ballot", activity, "", "", choices, "", "", "", "", ""]));
    }
    for set in public(stored, tallies).statements {
        for statement in set.statements {
            let (agree, disagree, pass) = (statement.agree.to_string(), statement.disagree.to_string(), statement.pass.to_string());
            rows.push(row(["statement", &set.activity_id, &statement.id, &statement.text, "", &agree, &disagree, &pass, "", ""]));
        }
    }
    for answer in answers {
        let text = if answer.voice_note && answer.text.is_empty() { "(voice note)".to_owned() } else { answer.text.clone() };
        let (id, themes) = (answer.id.to_string(), answer.themes.join(";"));
        rows.push(row(["answer", &answer.activity_id, &id, &text, "", "", "", "", &themes, answer.name.as_deref().unwrap_or("")]));
    }
    crate::csv::csv(&HEADER, rows.into_iter())
}
