//! The relay against a real HTTP server on loopback standing in for the case record: it checks
//! every Standard Webhooks signature and timestamp, counts each `webhook-id` once, and can be
//! told to fail, hang, or answer 500 for given events.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde_json::{json, Value};
use standardwebhooks::Webhook;
use tandem_backend::clock::Clock;
use tandem_backend::outbox::NewEvent;
use tandem_backend::relay::worker::{deliver_due, Relay};
use tandem_domain::accounts::Role;
use tandem_domain::events::{Event, MeasureScores, ScoresPayload};
use tandem_domain::sessions::{Measure, SessionKind};
use time::Duration;
use uuid::Uuid;

use crate::helpers::{assert_error, created, family, on_postgres, operation, rows, rows_with, spawn_app, Session, TestApp};

const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

#[derive(Clone, Copy, Debug, PartialEq)]
enum Behaviour {
    Fail(u16),
    Hang,
}

#[derive(Default)]
pub(crate) struct Seen {
    /// Every request that carried a valid signature, in arrival order: (webhook-id, resource).
    pub(crate) deliveries: Vec<(String, Value)>,
    /// Acknowledged ids, each once, in the order first acknowledged.
    acknowledged: Vec<String>,
    bad_signatures: usize,
    /// What to do the next times an id arrives (front first); then 200.
    script: HashMap<String, Vec<Behaviour>>,
    always_fail: bool,
}

/// The stand-in case record.
pub(crate) struct Receiver {
    url: String,
    pub(crate) seen: Arc<Mutex<Seen>>,
}

async fn receive(State((seen, webhook)): State<(Arc<Mutex<Seen>>, Arc<Webhook>)>, headers: HeaderMap, body: Bytes) -> StatusCode {
    if webhook.verify(&body, &headers).is_err() {
        seen.lock().unwrap().bad_signatures += 1;
        return StatusCode::UNAUTHORIZED;
    }
    let id = headers["webhook-id"].to_str().unwrap().to_owned();
    let resource: Value = serde_json::from_slice(&body).unwrap();
    let behaviour = {
        let mut seen = seen.lock().unwrap();
        seen.deliveries.push((id.clone(), resource));
        let scripted = seen.script.get_mut(&id).and_then(|steps| (!steps.is_empty()).then(|| steps.remove(0)));
        if seen.always_fail {
            Some(Behaviour::Fail(500))
        } else {
            scripted
        }
    };
    match behaviour {
        Some(Behaviour::Fail(status)) => StatusCode::from_u16(status).unwrap(),
        Some(Behaviour::Hang) => {
            tokio::time::sleep(StdDuration::from_secs(30)).await;
            StatusCode::OK
        }
        None => {
            let mut seen = seen.lock().unwrap();
            // Deduplicate on webhook-id, as the Standard Webhooks receiver should.
            if !seen.acknowledged.contains(&id) {
                seen.acknowledged.push(id);
            }
            StatusCode::OK
        }
    }
}

pub(crate) async fn receiver() -> Receiver {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let webhook = Arc::new(Webhook::new(SECRET).unwrap());
    let app = axum::Router::new().route("/fhir", axum::routing::post(receive)).with_state((seen.clone(), webhook));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/fhir", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Receiver { url, seen }
}

pub(crate) fn relay(receiver: &Receiver, timeout: StdDuration) -> Relay {
    Relay::new(&receiver.url, SECRET, timeout).unwrap()
}

/// Queues a scaling event for `young_person`, as closing a session would.
async fn queue(app: &TestApp, young_person: Uuid, score: u8) -> Uuid {
    let scores = MeasureScores { measure: Measure::Topic, question: "Session topic".into(), start: Some(score), end: Some(score + 2) };
    let payload = ScoresPayload {
        session_id: Uuid::now_v7(),
        session_kind: SessionKind::Group,
        programme: "Which Way".into(),
        topic: Some("Gangs and knives".into()),
        cohort: String::new(),
        opened_at: app.clock.now().unix_timestamp(),
        scores: vec![scores],
    };
    let service = rows_with(app, "SELECT service_id FROM people WHERE id = $1", &[&young_person.to_string()]).await;
    let service_id = service[0][0].as_deref().unwrap().parse().unwrap();
    let event =
        NewEvent { event: Event::SessionScores(payload), service_id, young_person_id: Some(young_person), occurred_at: app.clock.now() };
    app.store.append_event(&event).await.unwrap()
}

async fn young_people(app: &TestApp, worker: &Session) -> (Uuid, Uuid) {
    let jay: Uuid = worker.json(app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().parse().unwrap();
    let added: Value = worker.post(app, "/api/v1/young-people", json!({"display_name": "Alex"})).await.json().await.unwrap();
    (jay, added["id"].as_str().unwrap().parse().unwrap())
}

/// Runs the relay until nothing more is due now.
pub(crate) async fn drain(app: &TestApp, relay: &Relay) {
    for _ in 0..20 {
        if deliver_due(&app.state, relay).await.unwrap() == 0 {
            return;
        }
    }
    panic!("the relay kept finding work");
}

#[tokio::test]
async fn events_reach_the_record_once_signed_and_in_order_for_each_young_person() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, alex) = young_people(&app, &worker).await;
    let mut ids = Vec::new();
    for (person, score) in [(jay, 1), (alex, 2), (jay, 3), (jay, 4), (alex, 5)] {
        ids.push(queue(&app, person, score).await);
    }
    let (jay_ids, alex_ids) = ([ids[0], ids[2], ids[3]], [ids[1], ids[4]]);
    let record = receiver().await;
    // Jay's first event meets a 500, then a 503: everything of Jay's after it must wait.
    record.seen.lock().unwrap().script.insert(ids[0].to_string(), vec![Behaviour::Fail(500), Behaviour::Fail(503)]);
    let relay = relay(&record, StdDuration::from_secs(5));

    drain(&app, &relay).await;
    {
        let seen = record.seen.lock().unwrap();
        assert_eq!(seen.acknowledged, alex_ids.map(|id| id.to_string()), "Alex's arrive; Jay's wait behind the failure");
    }
    let log = worker.json(&app, &format!("/api/v1/relay/events?young_person_id={jay}")).await;
    let first = log.as_array().unwrap().iter().find(|e| e["id"] == ids[0].to_string()).unwrap();
    assert_eq!(
        (first["status"].as_str(), first["attempts"].as_u64(), first["last_error"].as_str()),
        (Some("retrying"), Some(1), Some("HTTP 500"))
    );

    for _ in 0..3 {
        app.clock.advance(Duration::minutes(2));
        drain(&app, &relay).await;
    }
    {
        let seen = record.seen.lock().unwrap();
        let expected: Vec<String> = alex_ids.iter().chain(&jay_ids).map(|id| id.to_string()).collect();
        assert_eq!(seen.acknowledged, expected, "each once, each young person's in order");
        assert_eq!(seen.bad_signatures, 0);
        assert_eq!(seen.deliveries.len(), 7, "five events, two failed tries");
        let (_, resource) = seen.deliveries.iter().find(|(id, _)| *id == ids[3].to_string()).unwrap();
        assert_eq!(resource["resourceType"], "QuestionnaireResponse");
        assert_eq!(resource["identifier"]["value"], ids[3].to_string());
        assert_eq!(resource["item"][2]["answer"][0]["valueInteger"], 4);
    }

    let manager = app.sign_in(Role::Manager).await;
    let summary = manager.json(&app, "/api/v1/relay/summary").await;
    assert_eq!((summary["delivered"].as_u64(), summary["queued"].as_u64(), summary["overdue"].as_u64()), (Some(5), Some(0), Some(0)));
    let log = manager.json(&app, "/api/v1/relay/events").await;
    let first = log.as_array().unwrap().iter().find(|e| e["id"] == ids[0].to_string()).unwrap();
    assert_eq!((first["status"].as_str(), first["attempts"].as_u64()), (Some("delivered"), Some(3)));
    assert!(first["delivered_at"].is_string());
}

#[tokio::test]
async fn an_unanswered_delivery_is_never_marked_delivered_and_its_repeat_is_recognised() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, _) = young_people(&app, &worker).await;
    let id = queue(&app, jay, 6).await;
    let record = receiver().await;
    record.seen.lock().unwrap().script.insert(id.to_string(), vec![Behaviour::Hang]);
    let relay = relay(&record, StdDuration::from_secs(1));

    drain(&app, &relay).await;
    let log = worker.json(&app, &format!("/api/v1/relay/events?young_person_id={jay}")).await;
    assert_eq!((log[0]["status"].as_str(), log[0]["last_error"].as_str()), (Some("retrying"), Some("no answer before the timeout")));
    assert!(record.seen.lock().unwrap().acknowledged.is_empty());

    app.clock.advance(Duration::minutes(1));
    drain(&app, &relay).await;
    let seen = record.seen.lock().unwrap();
    assert_eq!(seen.deliveries.len(), 2, "the record saw it twice");
    assert_eq!(seen.acknowledged, [id.to_string()], "and counted it once");
}

#[tokio::test]
async fn after_seven_days_an_event_fails_until_a_manager_sends_it_again() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, _) = young_people(&app, &worker).await;
    let id = queue(&app, jay, 7).await;
    let record = receiver().await;
    record.seen.lock().unwrap().always_fail = true;
    let relay = relay(&record, StdDuration::from_secs(5));
    for _ in 0..100 {
        drain(&app, &relay).await;
        app.clock.advance(Duration::hours(6));
        let status = rows_with(&app, "SELECT status FROM outbox_events WHERE id = $1", &[&id.to_string()]).await[0][0].clone().unwrap();
        if status == "failed" {
            break;
        }
    }
    let manager = app.sign_in(Role::Manager).await;
    let summary = manager.json(&app, "/api/v1/relay/summary").await;
    assert_eq!((summary["failed"].as_u64(), summary["overdue"].as_u64()), (Some(1), Some(1)), "{summary}");
    let attempts = record.seen.lock().unwrap().deliveries.len();
    assert!((25..60).contains(&attempts), "{attempts} tries in seven days");

    let worker = app.sign_in(Role::Worker).await;
    assert_error(worker.post(&app, &format!("/api/v1/relay/events/{id}/retry"), json!({})).await, 403, "forbidden").await;
    record.seen.lock().unwrap().always_fail = false;
    let retried = manager.post(&app, &format!("/api/v1/relay/events/{id}/retry"), json!({})).await;
    assert_eq!(retried.status().as_u16(), 204);
    drain(&app, &relay).await;
    assert_eq!(record.seen.lock().unwrap().acknowledged, [id.to_string()]);
    assert_error(manager.post(&app, &format!("/api/v1/relay/events/{id}/retry"), json!({})).await, 409, "relay_event_state").await;
    assert_error(manager.post(&app, &format!("/api/v1/relay/events/{}/retry", Uuid::now_v7()), json!({})).await, 404, "not_found").await;
}

#[tokio::test]
async fn without_an_endpoint_staff_download_events_and_record_them_by_hand() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, _) = young_people(&app, &worker).await;
    let first = queue(&app, jay, 2).await;
    let second = queue(&app, jay, 3).await;
    let set = worker
        .send(
            &app,
            reqwest::Method::PUT,
            &format!("/api/v1/young-people/{jay}/case-record-id"),
            Some(json!({"case_record_id": "YJ-20931"})),
        )
        .await;
    assert_eq!(set.status().as_u16(), 204);
    let shown = worker.json(&app, &format!("/api/v1/young-people/{jay}/case-record-id")).await;
    assert_eq!(shown["case_record_id"], "YJ-20931");

    let ndjson = worker.get(&app, &format!("/api/v1/young-people/{jay}/relay.ndjson")).await;
    assert_eq!(ndjson.headers()["content-type"], "application/x-ndjson");
    let lines: Vec<Value> = ndjson.text().await.unwrap().lines().map(|line| serde_json::from_str(line).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["identifier"]["value"], first.to_string());
    assert_eq!(lines[0]["subject"]["identifier"]["value"], "YJ-20931");
    let csv = worker.get(&app, &format!("/api/v1/young-people/{jay}/relay.csv")).await.text().await.unwrap();
    assert!(csv.starts_with("event_id,kind,occurred_at,fhir_resource\r\n"));
    assert!(csv.contains(&second.to_string()));

    let recorded = worker.post(&app, &format!("/api/v1/relay/events/{first}/recorded"), json!({})).await;
    assert_eq!(recorded.status().as_u16(), 204);
    assert_error(worker.post(&app, &format!("/api/v1/relay/events/{first}/recorded"), json!({})).await, 409, "relay_event_state").await;
    let lines = worker.get(&app, &format!("/api/v1/young-people/{jay}/relay.ndjson")).await.text().await.unwrap();
    assert_eq!(lines.lines().count(), 1, "what is recorded leaves the download");
    let log = worker.json(&app, &format!("/api/v1/relay/events?young_person_id={jay}")).await;
    let statuses: Vec<&str> = log.as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["queued", "recorded"]);

    // A worker sees only their own young people's log; the whole service is for managers.
    assert_error(worker.get(&app, "/api/v1/relay/events").await, 403, "forbidden").await;
    app.clock.advance(Duration::hours(73));
    let manager = app.sign_in(Role::Manager).await;
    let summary = manager.json(&app, "/api/v1/relay/summary").await;
    assert_eq!((summary["queued"].as_u64(), summary["recorded"].as_u64(), summary["overdue"].as_u64()), (Some(1), Some(1), Some(1)));
    assert_eq!(summary["endpoint_configured"], false);
}

#[tokio::test]
async fn a_service_that_turns_its_relay_off_keeps_its_events_waiting() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, _) = young_people(&app, &worker).await;
    queue(&app, jay, 5).await;
    let admin = app.sign_in(Role::Admin).await;
    let off = admin.send(&app, reqwest::Method::PUT, "/api/v1/relay/settings", Some(json!({"enabled": false}))).await;
    assert_eq!(off.status().as_u16(), 204);
    assert_eq!(admin.json(&app, "/api/v1/relay/settings").await, json!({"enabled": false}));
    let record = receiver().await;
    let relay = relay(&record, StdDuration::from_secs(5));
    drain(&app, &relay).await;
    assert!(record.seen.lock().unwrap().deliveries.is_empty());
    admin.send(&app, reqwest::Method::PUT, "/api/v1/relay/settings", Some(json!({"enabled": true}))).await;
    drain(&app, &relay).await;
    assert_eq!(record.seen.lock().unwrap().acknowledged.len(), 1);
}

/// Events about nobody's record (an anonymous complaint, a carer's) belong to their service as
/// much as a young person's: the switch holds them, and the log and the dashboard count them.
#[tokio::test]
async fn with_the_relay_off_no_event_of_any_kind_goes_and_every_one_is_in_the_log() {
    let app = spawn_app().await;
    let jay = app.join(Role::YoungPerson, "4826").await;
    let dee = app.join(Role::Carer, "4826").await;
    let admin = app.sign_in(Role::Admin).await;
    admin.send(&app, reqwest::Method::PUT, "/api/v1/relay/settings", Some(json!({"enabled": false}))).await;
    let complaint = |text: &str, anonymous: bool, token: char| json!({"kind": "complaint", "text": text, "anonymous": anonymous, "follow_token": token.to_string().repeat(32)});
    created(operation(&app, Some(&jay), "/api/v1/complaints", complaint("Nobody came.", true, 'a'), None).await).await;
    created(operation(&app, Some(&dee), "/api/v1/complaints", complaint("The letter was wrong.", false, 'b'), None).await).await;
    created(operation(&app, Some(&jay), "/api/v1/complaints", complaint("The room was cold.", false, 'c'), None).await).await;
    let record = receiver().await;
    let relay = relay(&record, StdDuration::from_secs(5));
    drain(&app, &relay).await;
    assert!(record.seen.lock().unwrap().deliveries.is_empty(), "nothing goes while the relay is off");

    let manager = app.sign_in(Role::Manager).await;
    let stored: Vec<String> =
        rows(&app, "SELECT id FROM outbox_events ORDER BY id").await.into_iter().map(|row| row[0].clone().unwrap()).collect();
    assert_eq!(stored.len(), 3);
    let log = manager.json(&app, "/api/v1/relay/events").await;
    let mut logged: Vec<String> = log.as_array().unwrap().iter().map(|event| event["id"].as_str().unwrap().to_owned()).collect();
    logged.sort();
    assert_eq!(logged, stored, "every event is in the log, with a young person or not");
    let summary = manager.json(&app, "/api/v1/relay/summary").await;
    assert_eq!(summary["queued"], 3);

    admin.send(&app, reqwest::Method::PUT, "/api/v1/relay/settings", Some(json!({"enabled": true}))).await;
    drain(&app, &relay).await;
    let deliveries: Vec<Value> = record.seen.lock().unwrap().deliveries.iter().map(|(_, resource)| resource.clone()).collect();
    assert_eq!(deliveries.len(), 3);
    let saying = |words: &str| deliveries.iter().find(|resource| resource["payload"][0]["contentString"] == words).unwrap().clone();
    let from_dee = saying("The letter was wrong.");
    assert_eq!(from_dee["sender"]["display"], "Dee (Jay's mum) (parent or carer)");
    assert_eq!(from_dee["about"][0]["display"], "Jay");
    assert!(from_dee["subject"].is_null(), "a carer's complaint is not filed in the child's record");
    let from_jay = saying("The room was cold.");
    assert_eq!(from_jay["sender"], from_jay["subject"]);
    let anonymous = saying("Nobody came.");
    assert!(anonymous["sender"].is_null() && anonymous["subject"].is_null());
    assert_eq!(manager.json(&app, "/api/v1/relay/summary").await["delivered"], 3);
}

/// The case record can tell one plan from another and a version from the one before it.
#[tokio::test]
async fn two_versions_of_one_plan_reach_the_record_as_one_plan() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let plan_path = format!("/api/v1/plans/{}/changes", family.young_person);
    for target in ["Keep my college place", "See my nan on Sundays"] {
        let row = json!({"add_row": {"row_id": Uuid::now_v7(), "target": target, "worker_will": "help"}});
        created(operation(&app, Some(&worker), &plan_path, row, None).await).await;
    }
    let record = receiver().await;
    drain(&app, &relay(&record, StdDuration::from_secs(5))).await;
    let seen = record.seen.lock().unwrap();
    let plans: Vec<&Value> =
        seen.deliveries.iter().map(|(_, resource)| resource).filter(|resource| resource["resourceType"] == "CarePlan").collect();
    assert_eq!(plans.len(), 2);
    let plan_of =
        |resource: &Value| resource["identifier"].as_array().unwrap().iter().find(|id| id["system"] == "urn:tandem:plan").cloned();
    assert_eq!(plan_of(plans[0]).unwrap()["value"], family.young_person.as_str());
    assert_eq!(plan_of(plans[0]), plan_of(plans[1]));
    assert_eq!(plans[1]["meta"]["versionId"], "2");
    assert_eq!(plans[1]["replaces"][0]["identifier"]["value"], format!("{}/1", family.young_person));
}

#[tokio::test]
async fn only_one_relay_holds_the_lease() {
    if on_postgres() {
        return; // PostgreSQL relays from every server at once: see two_relays_deliver_each_event_once_in_order.
    }
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, _) = young_people(&app, &worker).await;
    queue(&app, jay, 5).await;
    let record = receiver().await;
    let (first, second) = (relay(&record, StdDuration::from_secs(5)), relay(&record, StdDuration::from_secs(5)));
    assert_eq!(deliver_due(&app.state, &first).await.unwrap(), 1);
    queue(&app, jay, 6).await;
    assert_eq!(deliver_due(&app.state, &second).await.unwrap(), 0, "the lease is the first relay's");
    app.clock.advance(Duration::seconds(31));
    assert_eq!(deliver_due(&app.state, &second).await.unwrap(), 1, "until it runs out");
    let acknowledged: HashSet<String> = record.seen.lock().unwrap().acknowledged.iter().cloned().collect();
    assert_eq!(acknowledged.len(), 2);
}

/// PostgreSQL only: two servers' relays (two claimers with their own holder names) deliver side
/// by side. Every event reaches the record exactly once, and each young person's in order.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_relays_deliver_each_event_once_in_order() {
    if !on_postgres() {
        return; // SQLite has one relay at a time (only_one_relay_holds_the_lease).
    }
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let (jay, alex) = young_people(&app, &worker).await;
    let mut people = vec![jay, alex];
    for name in ["Sam", "Kai", "Riley", "Morgan"] {
        let added: Value = worker.post(&app, "/api/v1/young-people", json!({"display_name": name})).await.json().await.unwrap();
        people.push(added["id"].as_str().unwrap().parse().unwrap());
    }
    let mut queued: HashMap<Uuid, Vec<String>> = HashMap::new();
    let mut person_of: HashMap<String, Uuid> = HashMap::new();
    for round in 0..50 {
        for (index, person) in people.iter().enumerate() {
            let id = queue(&app, *person, u8::try_from((round + index) % 8).unwrap()).await.to_string();
            queued.entry(*person).or_default().push(id.clone());
            person_of.insert(id, *person);
        }
    }
    let total = person_of.len();
    assert_eq!(total, 300);

    let record = receiver().await;
    let run = |relay: Relay| {
        let state = app.state.clone();
        let seen = record.seen.clone();
        async move {
            let deadline = std::time::Instant::now() + StdDuration::from_secs(120);
            while seen.lock().unwrap().acknowledged.len() < total && std::time::Instant::now() < deadline {
                if deliver_due(&state, &relay).await.unwrap() == 0 {
                    tokio::time::sleep(StdDuration::from_millis(5)).await;
                }
            }
        }
    };
    let first = tokio::spawn(run(relay(&record, StdDuration::from_secs(5))));
    let second = tokio::spawn(run(relay(&record, StdDuration::from_secs(5))));
    first.await.unwrap();
    second.await.unwrap();
    let delivered = rows_with(&app, "SELECT COUNT(*) FROM outbox_events WHERE status = $1", &["delivered"]).await;
    assert_eq!(delivered[0][0].as_deref(), Some("300"));

    let seen = record.seen.lock().unwrap();
    assert_eq!(seen.bad_signatures, 0);
    assert_eq!(seen.acknowledged.len(), total, "every event reached the record");
    let mut times: HashMap<&str, usize> = HashMap::new();
    for (id, _) in &seen.deliveries {
        *times.entry(id.as_str()).or_default() += 1;
    }
    assert!(times.values().all(|&n| n == 1), "no event was sent twice");
    for (person, ids) in &queued {
        let arrived: Vec<&String> = seen.deliveries.iter().map(|(id, _)| id).filter(|id| person_of[*id] == *person).collect();
        assert_eq!(arrived, ids.iter().collect::<Vec<_>>(), "{person}'s events in the order they happened");
    }
}

#[tokio::test]
async fn the_questionnaires_the_relay_names_can_be_read_without_signing_in() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/api/v1/fhir/questionnaires")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/fhir+json");
    let bundle: Value = response.json().await.unwrap();
    assert_eq!(tandem_backend::relay::r4::r4_problems(&bundle), Vec::<String>::new());
    let urls: Vec<&str> = bundle["entry"].as_array().unwrap().iter().map(|entry| entry["resource"]["url"].as_str().unwrap()).collect();
    assert_eq!(urls, [tandem_backend::relay::fhir::SCALING_QUESTIONNAIRE, tandem_backend::relay::fhir::PLAN_REVIEW_QUESTIONNAIRE]);
}
