//! Benchmark: 10,000 stored responses to a survey (the "After the programme" template: three
//! 0-10 scales and two free-text questions), each written through the real store path (checks,
//! the once-only list, the response, its outbox event, one transaction each); then, through the
//! real HTTP server, the time to build the results page's data, the CSV export and the FHIR
//! export. Prints figures; run with `cargo run --release -p tandem-backend --example survey_bench`
//! (`./scripts/bench.sh`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop loudly

#[path = "support/memory.rs"]
mod memory;
#[path = "support/state.rs"]
mod state;

use std::sync::Arc;
use std::time::{Duration, Instant};

use tandem_backend::accounts::rate_limit::Limits;
use tandem_backend::clock::{Clock, SystemClock};
use tandem_backend::demo::{DemoService, DemoStore};
use tandem_backend::operations::OperationKey;
use tandem_backend::storage::SqliteStore;
use tandem_backend::surveys::{Respondent, SurveyStore, RESPOND_KIND};
use tandem_domain::accounts::Role;
use tandem_domain::surveys::api::{Reach, ResponseRequest, SurveyRequest};
use tandem_domain::surveys::{templates, Answer, Answers, QuestionKind};
use tandem_domain::sync::OperationId;
use uuid::Uuid;

const RESPONSES: usize = 10_000;
const WORDS: [&str; 5] =
    ["the group sessions", "my worker listening", "football on Fridays", "talking about choices", "being treated fairly"];

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let store = SqliteStore::open(&dir.path().join("bench.sqlite3")).await?;
    let clock = SystemClock;
    let demo = DemoService::generate()?;
    store.seed_demo_if_empty(&demo, clock.now()).await?;
    let officer = state::demo_officer(&store).await?;
    let service_id = officer.service_id;

    // 10,000 young people of the service.
    let people: Vec<Uuid> = (0..RESPONSES).map(|_| Uuid::now_v7()).collect();
    let writer = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect(&format!("sqlite://{}", dir.path().join("bench.sqlite3").display()))
        .await?;
    let mut tx = writer.begin().await?;
    for (i, person) in people.iter().enumerate() {
        sqlx::query("INSERT INTO people (id, service_id, role, display_name, created_at) VALUES (?, ?, 'young_person', ?, 0)")
            .bind(person.to_string())
            .bind(service_id.to_string())
            .bind(format!("Young person {i}"))
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    writer.close().await;

    let draft = templates().into_iter().find(|t| t.title == "After the programme").expect("the template");
    let today = tandem_domain::appointments::to_london(clock.now()).date();
    let request = SurveyRequest { survey: draft.clone(), reach: Reach::Service, opens_on: today.to_string(), closes_on: today.to_string() };
    let saved = store.create_survey(&officer, &request, clock.now()).await?;
    store.publish_survey(service_id, saved.id, clock.now()).await?;

    let sealer = Arc::new(tandem_backend::secret::Sealer::random());
    let started = Instant::now();
    for (i, person) in people.iter().enumerate() {
        let mut answers = Answers::new();
        for (q, question) in draft.questions.iter().enumerate() {
            let answer = match question.kind {
                QuestionKind::Scale => Answer::Number(u8::try_from((i * 7 + q * 3) % 11).unwrap()),
                _ if !question.required && (i + q) % 3 == 0 => continue,
                _ => Answer::Text(format!("{} helped, and {}", WORDS[i % 5], WORDS[(i + q) % 5])),
            };
            answers.insert(question.id.clone(), answer);
        }
        let response = ResponseRequest { version: saved.version, answers };
        let key = OperationKey::secret(&sealer, OperationId::new_v7(), RESPOND_KIND, &(saved.id, &response));
        let respondent = Respondent { person_id: *person, service_id, role: Role::YoungPerson };
        let answer = store.respond(key, respondent, saved.id, response, today, clock.now()).await?;
        anyhow::ensure!(answer.status == 201, "response {i} refused: {}", answer.body);
    }
    let stored = started.elapsed().as_secs_f64();
    println!(
        "stored {RESPONSES} responses through the store in {stored:.1} s ({:.0} per second, one transaction each with its outbox event)",
        RESPONSES as f64 / stored
    );

    let state = state::bench_state(&store, Arc::new(clock), dir.path(), false, Limits::default())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let base = format!("http://{}", listener.local_addr()?);
    tokio::spawn(tandem_backend::run(listener, state, std::future::pending()));
    let client = reqwest::Client::new();
    let cookie = state::officer_cookie(&client, &base, &demo).await?;

    let timed = |path: String| {
        let (client, cookie) = (client.clone(), cookie.clone());
        async move {
            let mut times = Vec::new();
            let mut bytes = 0;
            for _ in 0..5 {
                let started = Instant::now();
                let response = client.get(&path).header("cookie", &cookie).send().await?;
                anyhow::ensure!(response.status().is_success(), "{path}: {}", response.status());
                bytes = response.bytes().await?.len();
                times.push(started.elapsed());
            }
            Ok::<_, anyhow::Error>((median(times), bytes))
        }
    };
    let id = saved.id;
    let (results, results_bytes) = timed(format!("{base}/api/v1/surveys/{id}/results")).await?;
    let (csv, csv_bytes) = timed(format!("{base}/api/v1/surveys/{id}/responses.csv")).await?;
    let (fhir, fhir_bytes) = timed(format!("{base}/api/v1/surveys/{id}/fhir")).await?;
    let check: serde_json::Value =
        client.get(format!("{base}/api/v1/surveys/{id}/results")).header("cookie", &cookie).send().await?.json().await?;
    anyhow::ensure!(check["responses"] == RESPONSES, "the results count {} responses", check["responses"]);
    println!(
        "results page data for {RESPONSES} responses: median {:.0} ms of 5 ({:.1} MB of JSON, uncompressed)",
        results.as_secs_f64() * 1000.0,
        results_bytes as f64 / 1e6
    );
    println!("CSV export of {RESPONSES} responses: median {:.0} ms of 5 ({:.1} MB)", csv.as_secs_f64() * 1000.0, csv_bytes as f64 / 1e6);
    println!(
        "FHIR export (Questionnaire + {RESPONSES} QuestionnaireResponses): median {:.0} ms of 5 ({:.1} MB)",
        fhir.as_secs_f64() * 1000.0,
        fhir_bytes as f64 / 1e6
    );
    println!("peak memory {}", memory::peak_memory_mib());
    Ok(())
}
