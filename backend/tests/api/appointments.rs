//! Appointments, replies, the case-record import, and reminders sent by Web Push to a push
//! service on loopback that verifies and decrypts each message.

use serde_json::{json, Value};
use tandem_backend::clock::Clock;
use tandem_backend::reminders::tick;
use tandem_domain::accounts::Role;
use time::macros::datetime;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::helpers::{
    assert_error, count, execute, move_clock_to, operation, rows, spawn_app, spawn_app_importing, typed_events, Session, TestApp,
};
use crate::push_service::FakePushService;

async fn jay_id(app: &TestApp, worker: &Session) -> Uuid {
    worker.json(app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().parse().unwrap()
}

async fn create(app: &TestApp, worker: &Session, jay: Uuid, body: Value) -> reqwest::Response {
    operation(app, Some(worker), &format!("/api/v1/young-people/{jay}/appointments"), body, None).await
}

fn appointment(date: &str, start: &str) -> Value {
    json!({"date": date, "start": start, "minutes": 60, "place": "Youth centre", "purpose": "Plan review", "with_whom": "Sam", "title": "Meet Sam"})
}

#[tokio::test]
async fn a_weekly_series_keeps_its_london_time_across_the_clock_change_and_bad_input_is_named() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = jay_id(&app, &worker).await;
    let mut series = appointment("2027-03-23", "16:00");
    series["repeat"] = json!("weekly");
    series["times"] = json!(2);
    let made = create(&app, &worker, jay, series).await;
    assert_eq!(made.status().as_u16(), 201);
    let made: Value = made.json().await.unwrap();
    assert_eq!(made[0]["starts_at"], "2027-03-23T16:00:00Z");
    assert_eq!(made[1]["starts_at"], "2027-03-30T15:00:00Z", "4pm BST is 15:00 UTC");
    assert_eq!(made[0]["start"], "4pm");
    assert_eq!(made[1]["start"], "4pm");
    assert_eq!(made[1]["weekday"], 2);

    for (change, code) in [
        (json!({"start": "25:00"}), "invalid_time"),
        (json!({"date": "2026-02-30"}), "invalid_date"),
        (json!({"date": "2026-01-05"}), "appointment_in_past"),
        (json!({"map_link": "javascript:alert(1)"}), "invalid_link"),
        (json!({"place": " "}), "text_required"),
        (json!({"minutes": 600}), "out_of_range"),
    ] {
        let mut body = appointment("2027-01-05", "16:00");
        for (key, value) in change.as_object().unwrap() {
            body[key] = value.clone();
        }
        assert_error(create(&app, &worker, jay, body).await, 422, code).await;
    }
}

#[tokio::test]
async fn a_24_week_programme_schedule_of_three_phases_is_made_in_one_go() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = jay_id(&app, &worker).await;
    let before = jay_appointments(&app, &worker, jay).await;
    // The mentoring programme: twice a week for 8 weeks, weekly for 10, fortnightly for 6,
    // from Monday 4 January 2027; the clocks go forward on 28 March.
    let mut schedule = appointment("2027-01-04", "16:00");
    schedule["repeat"] = json!("phases");
    schedule["phases"] = json!([
        {"weeks": 8, "days": ["monday", "thursday"]},
        {"weeks": 10, "days": ["wednesday"]},
        {"weeks": 6, "days": ["wednesday"], "every_other_week": true},
    ]);
    let made = create(&app, &worker, jay, schedule.clone()).await;
    assert_eq!(made.status().as_u16(), 201);
    let made: Value = made.json().await.unwrap();
    let made = made.as_array().unwrap();
    assert_eq!(made.len(), 29, "16 + 10 + 3");
    assert_eq!(made[0]["starts_at"], "2027-01-04T16:00:00Z");
    assert_eq!(made[1]["starts_at"], "2027-01-07T16:00:00Z");
    assert_eq!(made[16]["starts_at"], "2027-03-03T16:00:00Z", "the second phase's first Wednesday");
    assert_eq!(made[20]["starts_at"], "2027-03-31T15:00:00Z", "4pm BST after the clocks go forward");
    assert_eq!(made[28]["starts_at"], "2027-06-09T15:00:00Z", "the third phase's third fortnight");
    assert!(made.iter().all(|a| a["start"] == "4pm"), "every one at 4pm in London");
    assert_eq!(jay_appointments(&app, &worker, jay).await - before, 29);

    // Three a week, then twice, then fortnightly: 47, the programme's most.
    schedule["phases"] = json!([
        {"weeks": 8, "days": ["monday", "wednesday", "friday"]},
        {"weeks": 10, "days": ["tuesday", "thursday"]},
        {"weeks": 6, "days": ["wednesday"], "every_other_week": true},
    ]);
    let made: Value = create(&app, &worker, jay, schedule.clone()).await.json().await.unwrap();
    assert_eq!(made.as_array().unwrap().len(), 47);

    // Refused, with nothing made: a phase with no day, more than 60, more than a year, a day
    // that is not one.
    let counted = jay_appointments(&app, &worker, jay).await;
    for phases in [
        json!([{"weeks": 8, "days": []}]),
        json!([{"weeks": 12, "days": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]}]),
        json!([{"weeks": 53, "days": ["monday"]}]),
        json!([]),
    ] {
        schedule["phases"] = phases;
        assert_error(create(&app, &worker, jay, schedule.clone()).await, 422, "out_of_range").await;
    }
    schedule["phases"] = json!([{"weeks": 2, "days": ["someday"]}]);
    assert_eq!(create(&app, &worker, jay, schedule).await.status().as_u16(), 400, "a day that is not one is not a request");
    assert_eq!(jay_appointments(&app, &worker, jay).await, counted);
}

/// How many appointments Jay has, as his worker sees them.
async fn jay_appointments(app: &TestApp, worker: &Session, jay: Uuid) -> usize {
    worker.json(app, &format!("/api/v1/young-people/{jay}/appointments")).await.as_array().unwrap().len()
}

#[tokio::test]
async fn the_young_person_replies_once_the_carer_sees_only_what_they_are_invited_to() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay_id = jay_id(&app, &worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let dee = app.join(Role::Carer, "2468").await;

    let mine = jay.json(&app, "/api/v1/appointments").await;
    let mine = mine.as_array().unwrap();
    assert_eq!(mine.len(), 4, "the demo's past one and three to come");
    assert_eq!(mine[0]["state"], "attended");
    let tomorrow = mine.iter().find(|a| a["state"] == "upcoming").unwrap().clone();
    assert_eq!(tomorrow["start"], "4pm");
    assert_eq!(tomorrow["date"], "2026-11-23");
    let id = tomorrow["id"].as_str().unwrap();

    let carers = dee.json(&app, "/api/v1/appointments").await;
    assert_eq!(carers.as_array().unwrap().len(), 1, "only the home visit invites carers");
    assert_eq!(carers[0]["title"], "Visit at home");
    let path = format!("/api/v1/appointments/{id}/replies");
    assert_error(operation(&app, Some(&dee), &path, json!({"coming": true}), None).await, 404, "not_found").await;

    assert_error(operation(&app, Some(&jay), &path, json!({"coming": false, "reason": " "}), None).await, 422, "reason_required").await;
    let key = tandem_domain::sync::OperationId::new_v7();
    let change = json!({"coming": false, "reason": "I have college <b>then</b>"});
    let first = operation(&app, Some(&jay), &path, change.clone(), Some(&key)).await;
    assert_eq!(first.status().as_u16(), 201);
    let again = operation(&app, Some(&jay), &path, change, Some(&key)).await;
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM appointment_replies").await, 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox_events WHERE kind = 'appointment.reply'").await, 1);

    let staff = worker.json(&app, &format!("/api/v1/young-people/{jay_id}/appointments")).await;
    let seen = staff.as_array().unwrap().iter().find(|a| a["id"] == id).unwrap();
    assert_eq!(seen["replies"][0]["reason"], "I have college <b>then</b>", "kept as typed, shown as text");
    assert_eq!(seen["replies"][0]["coming"], false);

    let outcome = worker.post(&app, &format!("/api/v1/appointments/{id}/outcome"), json!({"state": "missed"})).await;
    assert_eq!(outcome.status().as_u16(), 200);
    let mine = jay.json(&app, "/api/v1/appointments").await;
    assert_eq!(mine.as_array().unwrap().iter().find(|a| a["id"] == id).unwrap()["state"], "missed");
    assert_error(operation(&app, Some(&jay), &path, json!({"coming": true}), None).await, 409, "appointment_over").await;
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"appointment.reply"), "{kinds:?}");
}

#[tokio::test]
async fn the_case_record_sends_signed_appointments_and_sending_again_changes_nothing() {
    let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    let app = spawn_app_importing(secret).await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = jay_id(&app, &worker).await;
    let set = worker
        .send(
            &app,
            reqwest::Method::PUT,
            &format!("/api/v1/young-people/{jay}/case-record-id"),
            Some(json!({"case_record_id": "YJ-20931"})),
        )
        .await;
    assert_eq!(set.status().as_u16(), 204);
    let signer = standardwebhooks::Webhook::new(secret).unwrap();
    let send = |body: Value, signed: bool| {
        let body = body.to_string();
        let id = format!("msg_{}", Uuid::now_v7().simple());
        let at = OffsetDateTime::now_utc().unix_timestamp();
        let signature = signer.sign(&id, at, body.as_bytes()).unwrap();
        let mut request = app.client.post(app.url("/api/v1/import/appointments")).header("content-type", "application/json");
        if signed {
            request = request.header("webhook-id", id).header("webhook-timestamp", at.to_string()).header("webhook-signature", signature);
        }
        request.body(body).send()
    };
    let imported = json!({
        "case_record_appointment_id": "APT-77", "young_person_case_record_id": "YJ-20931",
        "starts_at": "2026-12-01T16:00:00Z", "ends_at": "2026-12-01T17:00:00Z",
        "place": "YOT office", "purpose": "Referral order panel", "title": "Meeting",
    });
    assert_error(send(imported.clone(), false).await.unwrap(), 401, "invalid_signature").await;
    let first = send(imported.clone(), true).await.unwrap();
    assert_eq!(first.status().as_u16(), 201);
    let receipt: Value = first.json().await.unwrap();
    let again = send(imported.clone(), true).await.unwrap();
    assert_eq!(again.status().as_u16(), 200);
    let again: Value = again.json().await.unwrap();
    assert_eq!(again, json!({"appointment_id": receipt["appointment_id"], "changed": false}));
    assert_eq!(count(&app, "SELECT COUNT(*) FROM appointments WHERE case_record_id = 'APT-77'").await, 1);

    let mut moved = imported.clone();
    moved["starts_at"] = json!("2026-12-02T16:00:00Z");
    moved["ends_at"] = json!("2026-12-02T17:00:00Z");
    assert_eq!(send(moved, true).await.unwrap().status().as_u16(), 201);
    assert_eq!(count(&app, "SELECT revision FROM appointments WHERE case_record_id = 'APT-77'").await, 2);
    let moved_reminders = "SELECT COUNT(*) FROM reminders r JOIN appointments a ON a.id = r.subject_id WHERE a.case_record_id = 'APT-77' AND r.subject_version = 2";
    assert_eq!(count(&app, moved_reminders).await, 2);

    let mut stranger = imported;
    stranger["young_person_case_record_id"] = json!("YJ-00000");
    stranger["case_record_appointment_id"] = json!("APT-78");
    assert_error(send(stranger, true).await.unwrap(), 404, "not_found").await;
}

/// The demo's appointment tomorrow at 4pm (London; GMT in November).
const TOMORROW_4PM: OffsetDateTime = datetime!(2026-11-23 16:00 UTC);

#[tokio::test]
async fn push_deletes_gone_phones_retries_busy_ones_and_never_sends_a_reminder_twice() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let scripts: [&[u16]; 5] = [&[201], &[404], &[410], &[429, 201], &[500, 201]];
    for script in scripts {
        let subscribed = jay.post(&app, "/api/v1/push/subscriptions", push.phone(script)).await;
        assert_eq!(subscribed.status().as_u16(), 201);
    }
    assert_eq!(jay.json(&app, "/api/v1/push").await["subscriptions"], 5);

    // Nothing is due at 10:00; the evening-before reminder is due at 18:00.
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 0);
    move_clock_to(&app, datetime!(2026-11-22 18:00 UTC));
    let first = tick(&app.state, "test").await.unwrap();
    assert_eq!((first.reminders_sent, first.messages_sent, first.messages_gone, first.messages_retrying), (1, 1, 2, 2));
    // (Asked of the database: the phone has locked itself by now, hours later.)
    assert_eq!(count(&app, "SELECT COUNT(*) FROM push_subscriptions").await, 3, "404 and 410 phones are forgotten");
    let received = push.received();
    assert_eq!(received.len(), 5);
    for message in &received {
        assert_eq!(message.payload["title"], "Reminder");
        assert_eq!(message.payload["body"], "Something tomorrow at 4pm");
        assert!(message.payload["url"].as_str().unwrap().starts_with("/appointments#"));
        assert_eq!(message.urgency, "normal");
        assert_eq!(message.ttl, 22 * 3600, "kept until the appointment starts");
        assert_eq!(message.topic.as_ref().unwrap().len(), 32);
    }

    // Still inside the backoff: nothing. After it: the two busy phones get theirs.
    move_clock_to(&app, datetime!(2026-11-22 18:00:20 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap(), Default::default());
    move_clock_to(&app, datetime!(2026-11-22 18:10 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 2);

    // Two hours before: the "soon" reminder, high urgency, to the three phones left.
    move_clock_to(&app, TOMORROW_4PM - time::Duration::hours(2));
    let soon = tick(&app.state, "test").await.unwrap();
    assert_eq!((soon.reminders_sent, soon.messages_sent), (1, 3));
    let last = push.received().pop().unwrap();
    assert_eq!(last.payload["body"], "Something today at 4pm");
    assert_eq!(last.urgency, "high");
    move_clock_to(&app, TOMORROW_4PM + time::Duration::hours(1));
    assert_eq!(tick(&app.state, "test").await.unwrap(), Default::default());

    // Each phone accepted each reminder exactly once.
    let mut accepted = std::collections::HashMap::new();
    for message in push.received().iter().filter(|m| (200..300).contains(&m.answered)) {
        *accepted.entry((message.phone.clone(), message.topic.clone())).or_insert(0) += 1;
    }
    assert_eq!(accepted.len(), 3 + 3);
    assert!(accepted.values().all(|times| *times == 1), "{accepted:?}");
    assert_eq!(push.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn reminders_follow_london_time_across_both_clock_changes_and_leave_quiet_hours() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay_id = jay_id(&app, &worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    jay.post(&app, "/api/v1/push/subscriptions", push.phone(&[])).await;

    // Monday after the March change, 9:30am BST; Sunday of the October change, 10am GMT.
    assert_eq!(create(&app, &worker, jay_id, appointment("2027-03-29", "09:30")).await.status().as_u16(), 201);
    assert_eq!(create(&app, &worker, jay_id, appointment("2027-10-31", "10:00")).await.status().as_u16(), 201);
    let due = rows(
        &app,
        "SELECT r.kind, r.due_at FROM reminders r JOIN appointments a ON a.id = r.subject_id
         WHERE a.starts_at > 1798761600000 ORDER BY r.due_at",
    )
    .await;
    let due: Vec<(String, OffsetDateTime)> = due
        .into_iter()
        .map(|row| {
            let at: i64 = row[1].as_deref().unwrap().parse().unwrap();
            (row[0].clone().unwrap(), OffsetDateTime::from_unix_timestamp(at / 1000).unwrap())
        })
        .collect();
    assert_eq!(
        due,
        vec![
            // Sunday 28 March 2027, BST: 18:00 is 17:00 UTC; 7:30am Monday is quiet, so 20:59 Sunday.
            ("day_before".into(), datetime!(2027-03-28 17:00 UTC)),
            ("soon".into(), datetime!(2027-03-28 19:59 UTC)),
            // Saturday 30 October 2027 is still BST; Sunday 31 is GMT again.
            ("day_before".into(), datetime!(2027-10-30 17:00 UTC)),
            ("soon".into(), datetime!(2027-10-31 08:00 UTC)),
        ]
    );

    move_clock_to(&app, datetime!(2027-03-28 16:59 UTC));
    tick(&app.state, "test").await.unwrap();
    let before = push.received().len();
    move_clock_to(&app, datetime!(2027-03-28 17:00 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 1);
    move_clock_to(&app, datetime!(2027-03-28 19:59 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 1);
    let sent: Vec<String> = push.received()[before..].iter().map(|m| m.payload["body"].as_str().unwrap().to_owned()).collect();
    assert_eq!(sent, ["Something tomorrow at 9:30am", "Something tomorrow at 9:30am"]);

    // Detailed reminders, once the young person turns them on (after their PIN: months passed).
    assert_eq!(jay.post(&app, "/api/v1/device/unlock", json!({"pin": "1357"})).await.status().as_u16(), 200);
    let detailed = jay.send(&app, reqwest::Method::PUT, "/api/v1/push/detailed", Some(json!({"detailed": true}))).await;
    assert_eq!(detailed.status().as_u16(), 200);
    move_clock_to(&app, datetime!(2027-10-31 08:00 UTC));
    tick(&app.state, "test").await.unwrap();
    let last = push.received().pop().unwrap();
    assert_eq!(last.payload["body"], "Meet Sam today at 10am, Youth centre");
    assert_eq!(push.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn a_subscription_must_name_a_real_push_service() {
    let app = spawn_app().await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let keys = json!({"p256dh": "B".repeat(87), "auth": "a".repeat(22)});
    for endpoint in [
        "http://169.254.169.254/latest",
        "ftp://push.example/x",
        "https://push.example/x",
        "https://fcm.googleapis.com.push.example/x",
        "https://user@fcm.googleapis.com/x",
        "https://fcm.googleapis.com:8443/x",
        "https://10.0.0.1/push",
        "https://fcm.googleapis.com/has space",
    ] {
        let response = jay.post(&app, "/api/v1/push/subscriptions", json!({"endpoint": endpoint, "keys": keys})).await;
        assert_error(response, 422, "invalid_push_subscription").await;
    }
    let short = jay
        .post(
            &app,
            "/api/v1/push/subscriptions",
            json!({"endpoint": "https://fcm.googleapis.com/fcm/send/x", "keys": {"p256dh": "B", "auth": "a"}}),
        )
        .await;
    assert_error(short, 422, "invalid_push_subscription").await;
    // A sign-in keeps its newest five subscriptions (a browser renews its endpoint now and then).
    for n in 0..7 {
        let endpoint = format!("https://fcm.googleapis.com/fcm/send/phone-{n}");
        assert_eq!(jay.post(&app, "/api/v1/push/subscriptions", json!({"endpoint": endpoint, "keys": keys})).await.status().as_u16(), 201);
        move_clock_to(&app, app.clock.now() + time::Duration::seconds(1));
    }
    assert_eq!(jay.json(&app, "/api/v1/push").await["subscriptions"], 5);
    let kept = rows(&app, "SELECT endpoint FROM push_subscriptions ORDER BY endpoint").await;
    let kept: Vec<String> = kept.into_iter().map(|row| row[0].clone().unwrap()).collect();
    assert_eq!(kept, (2..7).map(|n| format!("https://fcm.googleapis.com/fcm/send/phone-{n}")).collect::<Vec<_>>());
    // Signing the phone out ends its reminders.
    let gone = jay.send(&app, reqwest::Method::DELETE, "/api/v1/push/subscriptions", None).await;
    assert_eq!(gone.status().as_u16(), 200);
    assert_eq!(jay.json(&app, "/api/v1/push").await["subscriptions"], 0);
}

/// The person and sign-in of the first push subscription stored.
async fn first_subscriber(app: &TestApp) -> (String, String) {
    let found = rows(app, "SELECT person_id, session_id FROM push_subscriptions").await;
    (found[0][0].clone().unwrap(), found[0][1].clone().unwrap())
}

/// Statements storing `count` phones on `service` for one sign-in, as if kept from before the
/// limit of five per sign-in.
fn phones_on(service: &FakePushService, count: usize, person: &str, session: &str) -> Vec<String> {
    (0..count)
        .map(|_| {
            let phone = service.phone(&[]);
            format!(
                "INSERT INTO push_subscriptions (id, person_id, session_id, endpoint, p256dh, auth, created_at) VALUES ('{}', '{person}', '{session}', '{}', '{}', '{}', 0)",
                Uuid::now_v7(),
                phone["endpoint"].as_str().unwrap(),
                phone["keys"]["p256dh"].as_str().unwrap(),
                phone["keys"]["auth"].as_str().unwrap(),
            )
        })
        .collect()
}

/// Reminders go to push services and nowhere else: a push service's redirect is not followed, a
/// subscription kept from before the list of push services is dropped without a call, and 100
/// phones on a slow push service do not hold up a phone on another.
#[tokio::test]
async fn push_goes_only_to_push_services_and_a_slow_one_delays_no_one_else() {
    let app = spawn_app().await;
    let good = FakePushService::start().await;
    let slow = FakePushService::start_slow(std::time::Duration::from_secs(3)).await;
    let elsewhere = FakePushService::start().await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let redirected = good.phone(&[307]);
    good.redirect_to(elsewhere.phone(&[])["endpoint"].as_str().unwrap());
    assert_eq!(jay.post(&app, "/api/v1/push/subscriptions", redirected).await.status().as_u16(), 201);
    let (person, session) = first_subscriber(&app).await;
    // As if kept from before: 100 phones on the slow service, and one that is no push service.
    let mut statements = phones_on(&slow, 100, &person, &session);
    statements.push(format!(
        "INSERT INTO push_subscriptions (id, person_id, session_id, endpoint, p256dh, auth, created_at) VALUES ('{}', '{person}', '{session}', 'https://push.example/kept', '{}', '{}', 0)",
        uuid::Uuid::now_v7(),
        "B".repeat(87),
        "a".repeat(22),
    ));
    // The good phone subscribes after the slow ones' ids were drawn, so it comes after every one
    // of them in the queue; they are stored after it, past the five a sign-in may add itself.
    assert_eq!(jay.post(&app, "/api/v1/push/subscriptions", good.phone(&[])).await.status().as_u16(), 201);
    execute(&app, &statements.iter().map(String::as_str).collect::<Vec<_>>()).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM push_subscriptions").await, 103);

    move_clock_to(&app, datetime!(2026-11-22 18:00 UTC));
    let state = app.state.clone();
    let started = std::time::Instant::now();
    let ticking = tokio::spawn(async move { tick(&state, "test").await.unwrap() });
    let on_time = loop {
        if good.received().iter().any(|m| m.answered == 201) {
            break started.elapsed();
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "the good phone never got its reminder");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    };
    assert!(slow.received().is_empty(), "the good phone's reminder waited for the slow service ({on_time:?})");
    // A lane holds 64 messages at once: the slow service's other 36 go in the next turns.
    let mut report = ticking.await.unwrap();
    assert_eq!(report.messages_sent, 65, "64 of the slow service's and the good phone's: {report:?}");
    loop {
        let next = tick(&app.state, "test").await.unwrap();
        if next.messages_started == 0 {
            break;
        }
        report.messages_sent += next.messages_sent;
    }
    assert_eq!(report.messages_sent, 101, "{report:?}");
    assert_eq!(slow.received().len(), 100);
    assert_eq!(elsewhere.requests(), 0, "a push service's redirect was followed");
    assert_eq!(good.received().iter().filter(|m| m.answered == 307).count(), 1);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM push_subscriptions WHERE endpoint = 'https://push.example/kept'").await, 0);
    assert!(good.problems().is_empty() && slow.problems().is_empty());
}

/// The scheduler does not wait for a slow push service between its turns either: while 64 of
/// 100 phones on a slow service are still being answered (and 36 wait for room), a reminder
/// that falls due a second later reaches a phone on another service within a second, and every
/// phone still gets each reminder once.
#[tokio::test]
async fn a_reminder_due_while_a_slow_push_service_is_still_sending_goes_at_once() {
    let app = spawn_app().await;
    let good = FakePushService::start().await;
    let slow = FakePushService::start_slow(std::time::Duration::from_secs(2)).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    assert_eq!(jay.post(&app, "/api/v1/push/subscriptions", good.phone(&[])).await.status().as_u16(), 201);
    let (person, session) = first_subscriber(&app).await;
    let mut statements = phones_on(&slow, 100, &person, &session);
    // Two of Jay's day-before reminders: the second (another appointment's) a second after the first.
    let day_before =
        rows(&app, &format!("SELECT id, due_at FROM reminders WHERE person_id = '{person}' AND kind = 'day_before' ORDER BY due_at")).await;
    assert!(day_before.len() >= 2, "{day_before:?}");
    let first_due: i64 = day_before[0][1].clone().unwrap().parse().unwrap();
    statements.push(format!("UPDATE reminders SET due_at = {} WHERE id = '{}'", first_due + 1000, day_before[1][0].clone().unwrap()));
    execute(&app, &statements.iter().map(String::as_str).collect::<Vec<_>>()).await;
    move_clock_to(&app, OffsetDateTime::from_unix_timestamp_nanos(i128::from(first_due) * 1_000_000).unwrap());

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let scheduler = tokio::spawn(tandem_backend::reminders::run(app.state.clone(), async move {
        let _ = stopped.await;
    }));
    let reminded = |service: &FakePushService, n: usize| service.received().iter().filter(|m| m.answered == 201).count() >= n;
    let waited = wait_until(|| reminded(&good, 1)).await;
    assert!(slow.received().is_empty(), "the first reminder reached the good phone only after the slow service ({waited:?})");

    app.clock.advance(time::Duration::seconds(1));
    app.state.push.wake.notify_one();
    let second = wait_until(|| reminded(&good, 2)).await;
    assert!(second < std::time::Duration::from_secs(1), "the second reminder waited {second:?} for the slow service");
    assert!(slow.received().len() < 100, "the slow service was answering all the while");
    let topics: std::collections::BTreeSet<_> = good.received().iter().map(|m| m.topic.clone()).collect();
    assert_eq!(topics.len(), 2, "two reminders, not one twice");

    wait_until(|| slow.received().len() >= 200).await;
    let started = std::time::Instant::now();
    while count(&app, "SELECT COUNT(*) FROM push_messages WHERE state = 'sent'").await < 202 {
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "what became of each message was not written");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let _ = stop.send(());
    scheduler.await.unwrap();
    let mut per_phone = std::collections::BTreeMap::<(String, Option<String>), usize>::new();
    for message in slow.received() {
        *per_phone.entry((message.phone, message.topic)).or_default() += 1;
    }
    assert_eq!(per_phone.len(), 200, "each slow phone got both reminders");
    assert!(per_phone.values().all(|&n| n == 1), "a message went twice");
    assert!(good.problems().is_empty() && slow.problems().is_empty());
}

/// How long until `done` holds (checked every 10 ms, for at most 30 s).
async fn wait_until(done: impl Fn() -> bool) -> std::time::Duration {
    let started = std::time::Instant::now();
    while !done() {
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "still waiting after 30 s");
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    started.elapsed()
}

/// The demo worker, Jay's id, and Jay's and Dee's phones, each subscribed to `push`.
async fn worker_jay_and_dee(app: &TestApp, push: &FakePushService) -> (Session, Uuid, Session, Session) {
    let worker = app.sign_in(Role::Worker).await;
    let jay_id = jay_id(app, &worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let dee = app.join(Role::Carer, "2468").await;
    for phone in [&jay, &dee] {
        assert_eq!(phone.post(app, "/api/v1/push/subscriptions", push.phone(&[])).await.status().as_u16(), 201);
    }
    (worker, jay_id, jay, dee)
}

#[tokio::test]
async fn a_changed_plan_reminds_whoever_has_not_answered_and_two_schedulers_send_once() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let (worker, jay_id, jay, _dee) = worker_jay_and_dee(&app, &push).await;

    // The worker adds a target (version 2); Jay agrees to it at once, Dee does not answer.
    let row = Uuid::now_v7();
    let change = json!({"add_row": {"row_id": row, "target": "Get to college on time", "worker_will": "help with the bus pass"}});
    let changed = operation(&app, Some(&worker), &format!("/api/v1/plans/{jay_id}/changes"), change, None).await;
    assert_eq!(changed.status().as_u16(), 201);
    let version: Value = changed.json().await.unwrap();
    let agreed = operation(
        &app,
        Some(&jay),
        &format!("/api/v1/plans/{jay_id}/answers"),
        json!({"version": version["version"], "agree": true}),
        None,
    )
    .await;
    assert_eq!(agreed.status().as_u16(), 201);

    // 18:00: two schedulers wake together (two servers on one database); one sends.
    move_clock_to(&app, datetime!(2026-11-22 18:00 UTC));
    let (first, second) = tokio::join!(tick(&app.state, "server-a"), tick(&app.state, "server-b"));
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.messages_sent + second.messages_sent, 2, "{first:?} {second:?}");
    assert_eq!(tick(&app.state, "server-b").await.unwrap(), Default::default());
    let bodies: Vec<String> = push.received().iter().map(|m| m.payload["body"].as_str().unwrap().to_owned()).collect();
    let mut bodies = bodies;
    bodies.sort();
    // Jay: the appointment tomorrow, not the plan (already agreed); Dee: the plan.
    assert_eq!(bodies, ["Something is waiting for you to look at.", "Something tomorrow at 4pm"]);
    let plan_reminder = push.received().into_iter().find(|m| m.payload["url"] == "/plan").unwrap();
    assert_eq!(plan_reminder.urgency, "low");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM reminders WHERE kind = 'plan_waiting' AND state = 'skipped' AND outcome = 'answered or changed'")
            .await,
        1
    );
}

#[tokio::test]
async fn reminders_come_in_each_persons_language_welsh_for_jay_polish_for_dee() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let (worker, jay_id, jay, dee) = worker_jay_and_dee(&app, &push).await;
    // Each chose their language in the app, which tells the server; `me` says it back.
    let chose = jay.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "cy"}))).await;
    assert_eq!(chose.status().as_u16(), 200);
    assert_eq!(chose.json::<Value>().await.unwrap()["language"], "cy");
    let chose = dee.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "pl"}))).await;
    assert_eq!(chose.status().as_u16(), 200);
    assert_eq!(dee.json(&app, "/api/v1/me").await["language"], "pl");
    assert_eq!(jay.json(&app, "/api/v1/me").await["language"], "cy");
    assert_eq!(worker.json(&app, "/api/v1/me").await["language"], "en", "English until chosen");
    // A language Tandem does not know is refused, and the choice kept stays.
    let refused = jay.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "fr"}))).await;
    assert_error(refused, 400, "malformed_json").await;
    assert_eq!(jay.json(&app, "/api/v1/me").await["language"], "cy");

    // The worker changes the plan; neither answers. At 18:00: Jay's appointment tomorrow and
    // the plan, in Welsh; Dee's plan, in Polish. The fake push service decrypts each one.
    let change =
        json!({"add_row": {"row_id": Uuid::now_v7(), "target": "Get to college on time", "worker_will": "help with the bus pass"}});
    let changed = operation(&app, Some(&worker), &format!("/api/v1/plans/{jay_id}/changes"), change, None).await;
    assert_eq!(changed.status().as_u16(), 201);
    move_clock_to(&app, datetime!(2026-11-22 18:00 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 3);
    let mut received: Vec<(String, String, String)> = push
        .received()
        .iter()
        .map(|m| (m.phone.clone(), m.payload["title"].as_str().unwrap().to_owned(), m.payload["body"].as_str().unwrap().to_owned()))
        .collect();
    received.sort();
    let mut words: Vec<(String, String)> = received.into_iter().map(|(_, title, body)| (title, body)).collect();
    words.sort();
    assert_eq!(
        words,
        [
            ("Nodyn atgoffa".to_owned(), "Mae rhywbeth yn aros i chi edrych arno.".to_owned()),
            ("Nodyn atgoffa".to_owned(), "Rhywbeth yfory am 16:00".to_owned()),
            ("Przypomnienie".to_owned(), "Coś czeka, aż na to spojrzysz.".to_owned()),
        ]
    );
    assert_eq!(push.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn a_named_participant_without_an_end_score_is_nudged_once_while_the_session_is_open() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let worker = app.sign_in(Role::Worker).await;
    let programme = worker.json(&app, "/api/v1/programmes").await[0].clone();
    let body = json!({"programme_id": programme["id"], "topic_id": programme["topics"][0]["id"], "kind": "group", "cohort": "Autumn 2026", "anonymous_allowed": true});
    let session: Value = worker.post(&app, "/api/v1/sessions", body).await.json().await.unwrap();
    let jay = app.join(Role::YoungPerson, "1357").await;
    assert_eq!(jay.post(&app, "/api/v1/push/subscriptions", push.phone(&[])).await.status().as_u16(), 201);
    let joined = operation(&app, Some(&jay), "/api/v1/scaling/join", json!({"code": session["code"]}), None).await;
    assert_eq!(joined.status().as_u16(), 201);
    let phase = format!("/api/v1/sessions/{}/phase", session["id"].as_str().unwrap());
    assert_eq!(worker.post(&app, &phase, json!({"phase": "end"})).await.status().as_u16(), 200);

    move_clock_to(&app, datetime!(2026-11-22 10:10 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap().messages_sent, 1);
    let nudge = push.received().pop().unwrap();
    assert_eq!(nudge.payload["body"], "One quick question is waiting for you.");
    assert_eq!(nudge.payload["url"], "/session");
    move_clock_to(&app, datetime!(2026-11-22 10:30 UTC));
    assert_eq!(tick(&app.state, "test").await.unwrap(), Default::default(), "once");
}

#[tokio::test]
async fn a_manager_sets_the_service_reminder_times_and_new_appointments_follow_them() {
    let app = spawn_app().await;
    let manager = app.sign_in(Role::Manager).await;
    let worker = app.sign_in(Role::Worker).await;
    let jay = jay_id(&app, &worker).await;
    assert_eq!(
        worker.json(&app, "/api/v1/reminders/settings").await,
        json!({"day_before_at": "18:00", "hours_before": 2, "quiet_from": "21:00", "quiet_until": "08:00"})
    );
    let put = |body: Value| manager.send(&app, reqwest::Method::PUT, "/api/v1/reminders/settings", Some(body));
    assert_error(
        put(json!({"day_before_at": "22:00", "hours_before": 2, "quiet_from": "21:00", "quiet_until": "08:00"})).await,
        422,
        "reminder_times_clash",
    )
    .await;
    assert_error(
        put(json!({"day_before_at": "7pm", "hours_before": 2, "quiet_from": "21:00", "quiet_until": "08:00"})).await,
        422,
        "invalid_time",
    )
    .await;
    let changed = put(json!({"day_before_at": "17:30", "hours_before": 3, "quiet_from": "20:30", "quiet_until": "08:30"})).await;
    assert_eq!(changed.status().as_u16(), 200);
    assert_eq!(create(&app, &worker, jay, appointment("2026-12-02", "15:00")).await.status().as_u16(), 201);
    let starts_at = datetime!(2026-12-02 15:00 UTC).unix_timestamp() * 1000;
    let due = rows(
        &app,
        &format!(
            "SELECT r.due_at FROM reminders r JOIN appointments a ON a.id = r.subject_id WHERE a.starts_at = {starts_at} ORDER BY r.due_at"
        ),
    )
    .await;
    let due: Vec<OffsetDateTime> = due
        .into_iter()
        .map(|row| OffsetDateTime::from_unix_timestamp(row[0].as_deref().unwrap().parse::<i64>().unwrap() / 1000).unwrap())
        .collect();
    assert_eq!(due, [datetime!(2026-12-01 17:30 UTC), datetime!(2026-12-02 12:00 UTC)]);
}

#[tokio::test]
async fn a_change_can_ask_for_one_of_the_workers_free_times_and_the_worker_sees_which() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let jay_id = jay_id(&app, &worker).await;
    let jay = app.join(Role::YoungPerson, "1357").await;
    let free = |session: &Session, date: &str, start: &str, minutes: u16| {
        let (session, app, body) = (session.clone(), &app, json!({"date": date, "start": start, "minutes": minutes}));
        async move { session.post(app, "/api/v1/free-times", body).await }
    };
    // Bad free times are named beside their field.
    for (date, start, minutes, field, code) in [
        ("2026-11-20", "16:00", 60, "date", "appointment_in_past"),
        ("2026-11-26", "26:00", 60, "start", "invalid_time"),
        ("2026-11-26", "16:00", 5, "minutes", "out_of_range"),
    ] {
        let refused = free(&worker, date, start, minutes).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body: Value = refused.json().await.unwrap();
        assert_eq!((body["error"]["code"].as_str(), body["error"]["field"].as_str()), (Some(code), Some(field)));
    }
    let thursday: Value = free(&worker, "2026-11-26", "16:00", 60).await.json().await.unwrap();
    assert_eq!(
        (thursday["date"].as_str(), thursday["start"].as_str(), thursday["end"].as_str()),
        (Some("2026-11-26"), Some("4pm"), Some("5pm"))
    );
    let friday: Value = free(&worker, "2026-11-27", "10:30", 30).await.json().await.unwrap();
    assert_eq!(worker.json(&app, "/api/v1/free-times").await.as_array().unwrap().len(), 2);
    // A manager not allocated to Jay: their free time is not Jay's to choose.
    let manager = app.sign_in(Role::Manager).await;
    let not_his: Value = free(&manager, "2026-11-25", "09:00", 60).await.json().await.unwrap();

    // Jay's phone offers his worker's times, soonest first, beside each appointment to come.
    let mine = jay.json(&app, "/api/v1/appointments").await;
    let upcoming = mine.as_array().unwrap().iter().find(|a| a["state"] == "upcoming").unwrap().clone();
    let offered: Vec<&str> = upcoming["free_times"].as_array().unwrap().iter().map(|f| f["id"].as_str().unwrap()).collect();
    assert_eq!(offered, [thursday["id"].as_str().unwrap(), friday["id"].as_str().unwrap()]);
    assert!(mine.as_array().unwrap().iter().filter(|a| a["state"] != "upcoming").all(|a| a.get("free_times").is_none()));
    let path = format!("/api/v1/appointments/{}/replies", upcoming["id"].as_str().unwrap());
    let ask = |id: &Value| json!({"coming": false, "free_time_id": id});
    assert_error(operation(&app, Some(&jay), &path, ask(&not_his["id"]), None).await, 409, "free_time_gone").await;

    // Jay asks for Thursday, with no words needed; his worker sees which time, the case record too.
    assert_eq!(operation(&app, Some(&jay), &path, ask(&thursday["id"]), None).await.status().as_u16(), 201);
    let staff_view = || {
        let worker = worker.clone();
        let (app, id) = (&app, upcoming["id"].clone());
        async move {
            let all = worker.json(app, &format!("/api/v1/young-people/{jay_id}/appointments")).await;
            all.as_array().unwrap().iter().find(|a| a["id"] == id).unwrap()["replies"][0].clone()
        }
    };
    let reply = staff_view().await;
    assert_eq!((reply["coming"].as_bool(), reply["reason"].as_str()), (Some(false), Some("")));
    assert_eq!((reply["asks_for"]["date"].as_str(), reply["asks_for"]["start"].as_str()), (Some("2026-11-26"), Some("4pm")));
    let payloads = rows(&app, "SELECT payload FROM outbox_events WHERE kind = 'appointment.reply'").await;
    let payload: Value = serde_json::from_str(payloads[0][0].as_deref().unwrap()).unwrap();
    assert_eq!(payload["asks_for"], json!({"start": "2026-11-26T16:00:00Z", "end": "2026-11-26T17:00:00Z"}));

    // Removed (only by its worker), a time can no longer be chosen; a reply that chose one keeps it.
    let remove = |session: &Session, id: &Value| {
        let (session, app, path) = (session.clone(), &app, format!("/api/v1/free-times/{}", id.as_str().unwrap()));
        async move { session.send(app, reqwest::Method::DELETE, &path, None).await }
    };
    assert_error(remove(&manager, &friday["id"]).await, 404, "not_found").await;
    assert_eq!(remove(&worker, &friday["id"]).await.status().as_u16(), 204);
    assert_error(remove(&worker, &friday["id"]).await, 404, "not_found").await;
    assert_error(operation(&app, Some(&jay), &path, ask(&friday["id"]), None).await, 409, "free_time_gone").await;
    assert_eq!(remove(&worker, &thursday["id"]).await.status().as_u16(), 204);
    assert_eq!(staff_view().await["asks_for"]["start"], "4pm");
}
