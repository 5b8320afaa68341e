//! Secret means secret, on both engines. Fifty young people vote in a secret ballot and answer
//! an anonymous survey, a second apart. Then an adversary holding the whole database (every
//! table and column; the engine's own row metadata: PostgreSQL's `xmin` and `ctid`, SQLite's
//! `rowid` where a table has one; ids, times and the order rows were written in; the operation
//! store, the outbox and the audit log) tries every pairing it can think of between who took
//! part and what was said, and does no better than chance.

use std::collections::HashMap;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tandem_domain::accounts::Role;

use crate::helpers::{count, count_overnight, created, family_named, on_postgres, operation, rows, spawn_app, Session, TestApp};

const VOTERS: usize = 50;
const OPTIONS: [&str; 4] = ["transport", "jobs", "safety", "spaces"];
/// A random pairing gets about one or two right (see `chance`); pairing by a real link gets
/// every one. The chance of a random pairing reaching this is below one in a million.
const BETTER_THAN_CHANCE: usize = 10;

/// Every ranking of one to three of the options (40), then again from the start.
fn rankings() -> Vec<Vec<&'static str>> {
    let mut all = Vec::new();
    for a in OPTIONS {
        all.push(vec![a]);
        for b in OPTIONS.iter().copied().filter(|b| *b != a) {
            all.push(vec![a, b]);
            for c in OPTIONS.iter().copied().filter(|c| *c != a && *c != b) {
                all.push(vec![a, b, c]);
            }
        }
    }
    all.iter().cycle().take(VOTERS).cloned().collect()
}

/// How many a random pairing gets right on average: the sum over voters of the share of
/// ballots that say the same as theirs.
fn chance(truth: &[String]) -> f64 {
    let mut same: HashMap<&str, usize> = HashMap::new();
    for said in truth {
        *same.entry(said.as_str()).or_default() += 1;
    }
    truth.iter().map(|said| same[said.as_str()] as f64).sum::<f64>() / truth.len() as f64
}

fn now_ms(app: &TestApp) -> i64 {
    let now = tandem_backend::clock::Clock::now(&app.clock);
    i64::try_from(now.unix_timestamp_nanos() / 1_000_000).unwrap()
}

/// The row-order signals the engine keeps for `table` (aliased `alias`), as expressions an
/// adversary can sort by.
fn engine_orders(table: &str, alias: &str) -> Vec<String> {
    if on_postgres() {
        vec![format!("{alias}.xmin::text::bigint"), format!("{alias}.ctid")]
    } else if ["consultation_voters", "consultation_ballots", "survey_participants", "survey_responses"].contains(&table) {
        // Tables without rowid have none to give.
        Vec::new()
    } else {
        vec![format!("{alias}.rowid")]
    }
}

/// Who took part, from `voters_table` (`v`, with `person_id`) where `filter`; what was said, from
/// `said_table` (`s`) where `said_filter`, read by `said_of`.
struct Pairing<'a> {
    voters_table: &'a str,
    filter: String,
    said_table: &'a str,
    said_column: &'a str,
    said_filter: &'a str,
    said_of: &'a dyn Fn(&str) -> String,
}

/// Pairs the i-th voter with the i-th contribution under every combination of orderings both
/// sides offer (engine metadata, ids, and the times each voter last used Tandem and joined) and
/// answers the best number right.
async fn best_pairing_by_order(app: &TestApp, pairing: &Pairing<'_>, truth: &HashMap<String, String>) -> usize {
    let mut voter_orders = engine_orders(pairing.voters_table, "v");
    voter_orders.push("v.person_id".to_owned());
    voter_orders.push("(SELECT MAX(x.last_active_at) FROM sessions x WHERE x.person_id = v.person_id)".to_owned());
    voter_orders.push("(SELECT MIN(x.created_at) FROM sessions x WHERE x.person_id = v.person_id)".to_owned());
    let mut said_orders = engine_orders(pairing.said_table, "s");
    said_orders.push("s.id".to_owned());
    let mut best = 0;
    for by_voter in &voter_orders {
        let sql = format!("SELECT v.person_id FROM {} v WHERE {} ORDER BY {by_voter}", pairing.voters_table, pairing.filter);
        let voters: Vec<String> = rows(app, &sql).await.into_iter().map(|row| row[0].clone().unwrap()).collect();
        assert_eq!(voters.len(), VOTERS);
        for by_said in &said_orders {
            for order in ["ASC", "DESC"] {
                let sql = format!(
                    "SELECT s.{} FROM {} s WHERE {} ORDER BY {by_said} {order}",
                    pairing.said_column, pairing.said_table, pairing.said_filter
                );
                let said: Vec<String> = rows(app, &sql).await.iter().map(|row| (pairing.said_of)(row[0].as_deref().unwrap())).collect();
                assert_eq!(said.len(), VOTERS);
                let right = voters.iter().zip(&said).filter(|(voter, said)| truth[*voter] == **said).count();
                best = best.max(right);
            }
        }
    }
    best
}

/// Pairs rows that share a transaction (PostgreSQL's xmin), as a real link would.
async fn pairing_by_transaction(app: &TestApp, pairing: &Pairing<'_>, truth: &HashMap<String, String>) -> usize {
    if !on_postgres() {
        return 0;
    }
    let voters = rows(app, &format!("SELECT v.xmin::text, v.person_id FROM {} v WHERE {}", pairing.voters_table, pairing.filter)).await;
    let sql = format!("SELECT s.xmin::text, s.{} FROM {} s WHERE {}", pairing.said_column, pairing.said_table, pairing.said_filter);
    let said: HashMap<String, String> =
        rows(app, &sql).await.into_iter().map(|row| (row[0].clone().unwrap(), (pairing.said_of)(row[1].as_deref().unwrap()))).collect();
    voters.iter().filter(|row| said.get(row[0].as_deref().unwrap()).is_some_and(|said| truth[row[1].as_deref().unwrap()] == *said)).count()
}

/// The words "Answer from voter N" wherever they are in `text`.
fn words_in(text: &str) -> String {
    let start = text.find("Answer from voter ").expect("an answer");
    let digits: String = text[start + 18..].chars().take_while(char::is_ascii_digit).collect();
    format!("Answer from voter {digits}")
}

fn hex(column: &str) -> String {
    if on_postgres() {
        format!("encode({column}, 'hex')")
    } else {
        format!("hex({column})")
    }
}

/// Nothing of what was said can be read in the sealed pool before it is counted.
async fn sealed_reads_as_nothing(app: &TestApp, words: &[&str]) {
    let sealed = rows(app, &format!("SELECT {} FROM sealed_contributions", hex("sealed"))).await;
    assert_eq!(sealed.len(), 2 * VOTERS, "the ballots and the survey answers");
    for row in sealed {
        let bytes: Vec<u8> = (0..row[0].as_ref().unwrap().len() / 2)
            .map(|i| u8::from_str_radix(&row[0].as_ref().unwrap()[2 * i..2 * i + 2], 16).unwrap())
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        assert!(words.iter().all(|word| !text.contains(word)), "readable before the count: {text}");
    }
}

/// What the operation store keeps of each contribution: no digest anyone can reverse by
/// trying every answer, no answer in the clear, no time finer than the day.
async fn operation_store_tells_nothing(app: &TestApp, kind: &str, candidates: &[String]) {
    let stored = rows(app, &format!("SELECT id, request_digest, response, accepted_at FROM operations WHERE kind = '{kind}'")).await;
    assert_eq!(stored.len(), VOTERS);
    let digests: Vec<String> =
        candidates.iter().map(|c| Sha256::digest(c.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()).collect();
    for row in stored {
        let [id, digest, response, accepted_at] = [0, 1, 2, 3].map(|i| row[i].clone().unwrap());
        assert!(uuid::Uuid::parse_str(&id).is_err(), "the phone's id (which says when) is not kept: {id}");
        assert!(!digests.contains(&digest), "a digest found by trying the answers");
        assert!(serde_json::from_str::<Value>(&response).is_err(), "the stored answer is sealed: {response}");
        let accepted = time::OffsetDateTime::from_unix_timestamp(accepted_at.parse::<i64>().unwrap() / 1000).unwrap();
        assert_eq!(accepted.time(), time::Time::MIDNIGHT, "only the day");
    }
}

async fn fifty_young_people(app: &TestApp) -> Vec<(String, Session)> {
    let worker = app.sign_in(Role::Worker).await;
    let mut people = Vec::new();
    for i in 0..VOTERS {
        let family = family_named(app, &worker, &format!("Voter {i}")).await;
        people.push((family.young_person, family.phone));
    }
    people
}

#[tokio::test]
async fn nobody_with_the_whole_database_can_pair_a_voter_with_their_ballot_or_answers() {
    let app = spawn_app().await;
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    let people = fifty_young_people(&app).await;
    let consultation = json!({
        "title": "What matters most", "background": "For the council's plan.", "audience": "The management board",
        "invited": {"kind": "young_people"}, "opens_on": "2026-11-22", "closes_on": "2026-11-30", "anonymous": true,
        "activities": [{"kind": "ballot", "id": "priorities", "question": "What matters most to you?", "ranked": true, "options": [
            {"id": "transport", "text": "Cheaper buses"}, {"id": "jobs", "text": "Jobs and training"},
            {"id": "safety", "text": "Feeling safe"}, {"id": "spaces", "text": "Places to go"}]}]
    });
    let consultation_id =
        created(officer.post(&app, "/api/v1/voice/consultations", consultation).await).await["id"].as_str().unwrap().to_owned();
    officer.post(&app, &format!("/api/v1/voice/consultations/{consultation_id}/publish"), json!({})).await;
    let survey = json!({"survey": {
        "title": "The club", "purpose": "So we know.", "audience": "The participation team", "respondents": "young_people", "anonymous": true,
        "questions": [{"id": "say", "kind": "long_text", "wording": "Anything to say?", "required": true}]},
        "reach": {"kind": "service"}, "opens_on": "2026-11-22", "closes_on": "2026-11-30"});
    let survey_id = created(officer.post(&app, "/api/v1/surveys", survey).await).await["id"].as_str().unwrap().to_owned();
    officer.post(&app, &format!("/api/v1/surveys/{survey_id}/publish"), json!({})).await;

    // Each votes and answers, a second after the one before, in the order they joined.
    let mut ballots: HashMap<String, String> = HashMap::new();
    let mut answers: HashMap<String, String> = HashMap::new();
    let mut requests = Vec::new();
    for ((person, phone), ranking) in people.iter().zip(rankings()) {
        app.clock.advance(time::Duration::seconds(1));
        let body = json!({"activity_id": "priorities", "ranking": ranking, "given_at_ms": now_ms(&app)});
        // The request as the server reads it (its fields in order), which a plain digest of it
        // would give away to anyone trying every ranking.
        let ranking_json = serde_json::to_string(&ranking).unwrap();
        let ms = now_ms(&app);
        requests.push(format!(r#"["{consultation_id}",{{"activity_id":"priorities","ranking":{ranking_json},"given_at_ms":{ms}}}]"#));
        let path = format!("/api/v1/voice/consultations/{consultation_id}/ballots");
        assert_eq!(operation(&app, Some(phone), &path, body, None).await.status().as_u16(), 201);
        ballots.insert(person.clone(), serde_json::to_string(&ranking).unwrap());
        let words = format!("Answer from voter {}", ballots.len());
        let path = format!("/api/v1/surveys/{survey_id}/responses");
        let body = json!({"version": 1, "answers": {"say": {"text": &words}}});
        assert_eq!(operation(&app, Some(phone), &path, body, None).await.status().as_u16(), 201);
        answers.insert(person.clone(), words);
    }

    // During the day: who took part is known, what they said is sealed, nothing is counted.
    assert_eq!(count(&app, "SELECT COUNT(*) FROM consultation_voters").await, VOTERS as i64);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM consultation_ballots").await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM survey_responses").await, 0);
    let results = officer.json(&app, &format!("/api/v1/voice/consultations/{consultation_id}/results")).await;
    assert_eq!((results["participants"].as_u64(), results["waiting"].as_u64()), (Some(VOTERS as u64), Some(VOTERS as u64)));
    sealed_reads_as_nothing(&app, &OPTIONS).await;
    operation_store_tells_nothing(&app, "voice.contribute", &requests).await;
    operation_store_tells_nothing(&app, "survey.response", &[]).await;

    // The night's count.
    assert_eq!(count_overnight(&app).await, 2 * VOTERS);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sealed_contributions").await, 0);
    assert_eq!(
        officer.json(&app, &format!("/api/v1/voice/consultations/{consultation_id}/results")).await["results"]["ballots"][0]["ballots"],
        VOTERS
    );

    // The adversary: every ordering of who voted against every ordering of the ballots, and
    // rows written in one transaction.
    let ballot_pairing = Pairing {
        voters_table: "consultation_voters",
        filter: format!("v.consultation_id = '{consultation_id}'"),
        said_table: "consultation_ballots",
        said_column: "ranking",
        said_filter: "1 = 1",
        said_of: &|ranking| ranking.to_owned(),
    };
    let by_order = best_pairing_by_order(&app, &ballot_pairing, &ballots).await;
    let by_transaction = pairing_by_transaction(&app, &ballot_pairing, &ballots).await;
    // Ballots carry the day only, and nothing else holds a time to match with the sessions'.
    let ballot_days = rows(&app, "SELECT DISTINCT given_on FROM consultation_ballots").await;
    assert_eq!(ballot_days, vec![vec![Some("2026-11-22".to_owned())]]);
    let ballot_chance = chance(&ballots.values().cloned().collect::<Vec<_>>());
    println!("ballots: best pairing by order {by_order} of {VOTERS}, by transaction {by_transaction}; chance {ballot_chance:.2}");
    assert!(
        by_order < BETTER_THAN_CHANCE && by_transaction < BETTER_THAN_CHANCE,
        "ballots paired with voters: {by_order} by order, {by_transaction} by transaction; chance {ballot_chance:.1}"
    );

    // The same for the survey: who answered against the answers, and against their events.
    let survey_voters = format!("v.survey_id = '{survey_id}'");
    let answer_pairing = Pairing {
        voters_table: "survey_participants",
        filter: survey_voters.clone(),
        said_table: "survey_responses",
        said_column: "answers",
        said_filter: "1 = 1",
        said_of: &words_in,
    };
    let event_pairing = Pairing {
        voters_table: "survey_participants",
        filter: survey_voters,
        said_table: "outbox_events",
        said_column: "payload",
        said_filter: "s.kind = 'survey.response'",
        said_of: &words_in,
    };
    let mut right = Vec::new();
    for pairing in [&answer_pairing, &event_pairing] {
        right.push(best_pairing_by_order(&app, pairing, &answers).await);
        right.push(pairing_by_transaction(&app, pairing, &answers).await);
    }
    println!("survey answers (answers by order, by transaction; events by order, by transaction): {right:?} of {VOTERS}");
    assert!(
        right.iter().all(|right| *right < BETTER_THAN_CHANCE),
        "answers paired with people (answers by order, by transaction; events by order, by transaction): {right:?}; chance {:.1}",
        chance(&answers.values().cloned().collect::<Vec<_>>())
    );
    // The survey's events say the day only, and name nobody.
    let times = rows(&app, "SELECT DISTINCT occurred_at, young_person_id FROM outbox_events WHERE kind = 'survey.response'").await;
    assert_eq!(times.len(), 1, "one day, no moment, nobody: {times:?}");
    assert_eq!(times[0][1], None);
}
