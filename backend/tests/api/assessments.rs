//! Forms a worker hands to one person, through the real HTTP API: asking only within the
//! caller's caseload and the case's family, each person seeing only their own forms, answering
//! once (a replay answered from the store), the bad input the issue lists refused by its code
//! with nothing kept, distance travelled between two self-assessments, "About me" for the
//! allocated worker alone, versions, and one valid QuestionnaireResponse per finished form at a
//! stand-in case record.

use std::time::Duration as StdDuration;

use serde_json::{json, Value};
use tandem_backend::relay::r4::r4_problems;
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;

use tandem_backend::reminders::tick;
use time::macros::datetime;

use crate::helpers::{assert_error, count, created, move_clock_to, operation, rows, rows_with, spawn_app, typed_events, Session, TestApp};
use crate::push_service::FakePushService;
use crate::relay::{drain, receiver, relay};

/// The demo's young person (Jay) and their linked carer (Dee), by id.
async fn jay_and_dee(app: &TestApp, worker: &Session) -> (String, String) {
    let jay = worker.json(app, "/api/v1/young-people").await[0]["id"].as_str().unwrap().to_owned();
    let dee = rows_with(app, "SELECT carer_id FROM carer_links WHERE young_person_id = $1", &[&jay]).await[0][0].clone().unwrap();
    (jay, dee)
}

async fn ask(app: &TestApp, staff: &Session, young_person: &str, person: &str, form: &str, due_on: &str) -> reqwest::Response {
    let request = json!({"person_id": person, "form": form, "purpose": "assessment", "due_on": due_on});
    staff.post(app, &format!("/api/v1/young-people/{young_person}/assessments"), request).await
}

async fn send(app: &TestApp, phone: &Session, id: &str, body: Value, key: Option<&OperationId>) -> reqwest::Response {
    operation(app, Some(phone), &format!("/api/v1/assessments/{id}/answers"), body, key).await
}

/// Asserts a refusal with its code and the field it is about.
async fn refused_on(response: reqwest::Response, code: &str, field: &str) {
    assert_eq!(response.status().as_u16(), 422);
    let body: Value = response.json().await.unwrap();
    assert_eq!((&body["error"]["code"], &body["error"]["field"]), (&json!(code), &json!(field)), "{body}");
}

async fn answered(app: &TestApp) -> i64 {
    count(app, "SELECT COUNT(*) FROM assessment_requests WHERE answered_at IS NOT NULL").await
}

#[tokio::test]
async fn jay_and_dee_each_answer_their_own_form_once_and_the_record_gets_one_response_per_form() {
    let app = spawn_app().await;
    let sam = app.sign_in(Role::Worker).await;
    let (jay, dee) = jay_and_dee(&app, &sam).await;

    let forms = sam.json(&app, "/api/v1/assessments/forms").await;
    let kinds: Vec<&str> = forms.as_array().unwrap().iter().map(|form| form["form"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["self_assessment", "carer_view", "about_me", "review_prep"]);
    assert_eq!((forms[2]["version"].as_u64(), forms[2]["worker_only"].as_bool()), (Some(1), Some(true)));

    // Asking: only the young person's forms to them, a carer's to a linked carer, within a year.
    assert_error(ask(&app, &sam, &jay, &dee, "self_assessment", "2026-12-01").await, 422, "form_not_for_person").await;
    assert_error(ask(&app, &sam, &jay, &jay, "carer_view", "2026-12-01").await, 422, "form_not_for_person").await;
    refused_on(ask(&app, &sam, &jay, &jay, "self_assessment", "2026-11-21").await, "due_date_out_of_range", "due_on").await;
    refused_on(ask(&app, &sam, &jay, &jay, "self_assessment", "2027-11-23").await, "due_date_out_of_range", "due_on").await;
    refused_on(ask(&app, &sam, &jay, &jay, "self_assessment", "2026-02-30").await, "invalid_date", "due_on").await;
    let stranger = created(sam.post(&app, "/api/v1/carers", json!({"display_name": "Lee"})).await).await["id"].as_str().unwrap().to_owned();
    assert_error(ask(&app, &sam, &jay, &stranger, "carer_view", "2026-12-01").await, 404, "not_found").await;
    let manager = app.sign_in(Role::Manager).await;
    let elsewhere = created(manager.post(&app, "/api/v1/young-people", json!({"display_name": "Robin"})).await).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_error(ask(&app, &sam, &elsewhere, &elsewhere, "self_assessment", "2026-12-01").await, 404, "not_found").await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM assessment_requests").await, 0, "nothing refused was kept");

    let first = created(ask(&app, &sam, &jay, &jay, "self_assessment", "2026-12-01").await).await;
    let first_id = first["id"].as_str().unwrap().to_owned();
    assert_eq!(first["version"], 1);
    let carers = created(ask(&app, &sam, &jay, &dee, "carer_view", "2026-12-01").await).await;
    let carers_id = carers["id"].as_str().unwrap().to_owned();

    // Each phone sees its own form only, with who asked, why and by when.
    let phone = app.join(Role::YoungPerson, "4826").await;
    let carer = app.join(Role::Carer, "2468").await;
    let mine = phone.json(&app, "/api/v1/assessments/mine").await;
    assert_eq!(mine.as_array().unwrap().len(), 1);
    assert_eq!(
        (mine[0]["id"].as_str(), mine[0]["purpose"].as_str(), mine[0]["due_on"].as_str()),
        (Some(first_id.as_str()), Some("assessment"), Some("2026-12-01"))
    );
    assert!(mine[0]["asked_by"].as_str().unwrap().starts_with("Sam"), "{mine}");
    assert_eq!(mine[0]["draft"]["title"], "My self-assessment");
    let sections: Vec<&str> = mine[0]["draft"]["questions"].as_array().unwrap().iter().filter_map(|q| q["section"].as_str()).collect();
    assert_eq!(sections[..2], ["Me and my family", "Where I live"], "the form's named parts");
    // Dee reads Polish: the form's template comes in her language, question by question.
    let chose = carer.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "pl"}))).await;
    assert!(chose.status().is_success());
    let theirs = carer.json(&app, "/api/v1/assessments/mine").await;
    assert_eq!((theirs.as_array().unwrap().len(), theirs[0]["form"].as_str()), (1, Some("carer_view")));
    assert_eq!(theirs[0]["draft"]["title"], "Jak jest w domu");
    assert_eq!(theirs[0]["draft"]["questions"][0]["id"], "home", "the same questions, by the same ids");
    assert_eq!(theirs[0]["draft"]["questions"][0]["easy_read"], "Jak jest w domu? 0 to źle. 10 to dobrze.");
    assert_error(send(&app, &carer, &first_id, json!({"answers": {}}), None).await, 404, "not_found").await;
    assert_error(send(&app, &phone, &carers_id, json!({"answers": {}}), None).await, 404, "not_found").await;

    // Bad answers are refused beside their question, and nothing is kept.
    refused_on(
        send(&app, &phone, &first_id, json!({"answers": {"shoe_size": {"number": 5}}}), None).await,
        "answer_not_in_survey",
        "answers",
    )
    .await;
    refused_on(
        send(&app, &phone, &first_id, json!({"answers": {"family": {"number": 11}}}), None).await,
        "invalid_answer",
        "answers.family",
    )
    .await;
    let long = "a".repeat(10_000);
    refused_on(
        send(&app, &phone, &first_id, json!({"answers": {"family_words": {"text": long}}}), None).await,
        "text_too_long",
        "answers.family_words",
    )
    .await;
    refused_on(
        send(&app, &phone, &first_id, json!({"answers": {"happened": {"text": "x"}}, "declined": ["happened"]}), None).await,
        "invalid_answer",
        "answers.happened",
    )
    .await;
    assert_eq!(answered(&app).await, 0);

    // Finished once: a resend with the same key is answered from the store; another is refused.
    let script = "<script>alert('hi')</script> & more";
    let body = json!({"answers": {"family": {"number": 4}, "family_words": {"text": script}}, "declined": ["happened"], "easier": true});
    let key = OperationId::new_v7();
    let receipt = created(send(&app, &phone, &first_id, body.clone(), Some(&key)).await).await;
    assert_eq!(created(send(&app, &phone, &first_id, body.clone(), Some(&key)).await).await, receipt);
    assert_error(send(&app, &phone, &first_id, body.clone(), None).await, 409, "already_answered").await;
    assert_eq!(phone.json(&app, "/api/v1/assessments/mine").await, json!([]));
    created(send(&app, &carer, &carers_id, json!({"answers": {"home": {"number": 6}, "worries": {"text": "Late nights"}}}), None).await)
        .await;
    assert_eq!(answered(&app).await, 2);

    // A later self-assessment, and what changed since the first.
    let review = created(ask(&app, &sam, &jay, &jay, "self_assessment", "2026-12-20").await).await["id"].as_str().unwrap().to_owned();
    created(send(&app, &phone, &review, json!({"answers": {"family": {"number": 7}, "school": {"number": 5}}}), None).await).await;
    let unfinished = created(ask(&app, &sam, &jay, &jay, "review_prep", "2026-12-20").await).await["id"].as_str().unwrap().to_owned();

    let case = sam.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    let case = case.as_array().unwrap();
    assert_eq!(case.len(), 4);
    let by_id = |id: &str| case.iter().find(|form| form["id"] == id).unwrap().clone();
    let first_seen = by_id(&first_id);
    assert_eq!((first_seen["status"].as_str(), first_seen["answered_as"].as_str()), (Some("answered"), Some("young_person")));
    assert_eq!(first_seen["answers"]["family_words"]["text"], script, "words kept as text");
    assert_eq!(first_seen["declined"], json!(["happened"]));
    assert_eq!(by_id(&carers_id)["answers"]["worries"]["text"], "Late nights");
    assert!(by_id(&carers_id)["person"].as_str().unwrap().starts_with("Dee"));
    let later = by_id(&review);
    assert_eq!(
        later["changes"],
        json!([{"question": "family", "wording": "How are things with your family at the moment? 0 is really bad, 10 is really good.", "before": 4, "after": 7}])
    );
    assert_eq!(later["compared_with"], "2026-11-22");
    assert_eq!(later["previous_answers"]["family_words"]["text"], script, "own words read beside this time's");
    assert_eq!(first_seen["previous_answers"], Value::Null, "nothing before the first");
    // A worker who reads Welsh reads the template's questions in Welsh, the answers as given.
    assert!(sam.send(&app, reqwest::Method::PUT, "/api/v1/me/language", Some(json!({"language": "cy"}))).await.status().is_success());
    let welsh = sam.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    let welsh_first = welsh.as_array().unwrap().iter().find(|form| form["id"] == first_id.as_str()).unwrap();
    assert_eq!(
        (welsh_first["title"].as_str(), welsh_first["draft"]["questions"][0]["section"].as_str()),
        (Some("Fy hunanasesiad"), Some("Fi a fy nheulu"))
    );
    assert_eq!(welsh_first["answers"]["family_words"]["text"], script);
    let forms = sam.json(&app, "/api/v1/assessments/forms").await;
    assert_eq!(
        (forms[0]["title"].as_str(), forms[0]["draft"]["title"].as_str()),
        (Some("Fy hunanasesiad"), Some("My self-assessment")),
        "named in Welsh, edited as written"
    );
    assert_eq!((by_id(&unfinished)["status"].as_str(), by_id(&unfinished)["answers"].as_null()), (Some("waiting"), Some(())));

    // The record: one QuestionnaireResponse per finished form, none for the unfinished one.
    let record = receiver().await;
    drain(&app, &relay(&record, StdDuration::from_secs(5))).await;
    let deliveries = record.seen.lock().unwrap().deliveries.clone();
    let responses: Vec<&Value> = deliveries
        .iter()
        .map(|(_, resource)| resource)
        .filter(|resource| resource["identifier"]["system"] == "urn:tandem:assessment")
        .collect();
    let ids: Vec<&str> = responses.iter().map(|resource| resource["identifier"]["value"].as_str().unwrap()).collect();
    assert_eq!(ids, [first_id.as_str(), carers_id.as_str(), review.as_str()]);
    for resource in &responses {
        assert_eq!(r4_problems(resource), Vec::<String>::new(), "{resource}");
        assert_eq!((resource["resourceType"].as_str(), resource["status"].as_str()), (Some("QuestionnaireResponse"), Some("completed")));
        assert!(resource["subject"]["identifier"]["value"].is_string());
    }
    let jays = responses[0];
    assert_eq!(jays["item"][0]["text"], "How is it with your family? 0 is bad. 10 is good.", "the easier words Jay read");
    assert_eq!(jays["item"][0]["answer"][0]["valueInteger"], 4);
    assert_eq!(jays["item"][1]["answer"][0]["valueString"], script);
    assert_eq!(jays["item"][2]["linkId"], "happened");
    assert_eq!(jays["item"][2]["extension"][0]["valueCode"], "asked-declined");
    assert!(jays["questionnaire"].as_str().unwrap().ends_with(":self_assessment|1"));
    assert!(responses[1]["author"]["display"].as_str().unwrap().ends_with("(parent or carer)"));
    assert_eq!(responses[1]["author"]["identifier"]["value"], dee);
    assert_eq!(responses[1]["item"][0]["text"], "Jak jest teraz w domu? 0 to bardzo źle, 10 to bardzo dobrze.", "the Polish Dee read");
    assert!(typed_events(&app).await.contains(&"assessment.answered"));
}

#[tokio::test]
async fn about_me_is_for_the_allocated_worker_alone_and_each_answer_keeps_its_version() {
    let app = spawn_app().await;
    let sam = app.sign_in(Role::Worker).await;
    let manager = app.sign_in(Role::Manager).await;
    let (jay, _) = jay_and_dee(&app, &sam).await;
    let before = created(ask(&app, &sam, &jay, &jay, "about_me", "2026-12-01").await).await["id"].as_str().unwrap().to_owned();

    // A manager edits the form into version 2; a worker may not; a form stays named.
    let mut draft = sam.json(&app, "/api/v1/assessments/forms").await[2]["draft"].clone();
    draft["questions"][1] = json!({"id": "first_language", "kind": "short_text", "wording": "What language did you speak first?", "easy_read": "Your first language?"});
    let edit = |draft: &Value| json!({"draft": draft});
    let save = |who: &Session, body: Value| {
        let (app, who) = (&app, who.clone());
        async move { who.send(app, reqwest::Method::PUT, "/api/v1/assessments/forms/about_me", Some(body)).await }
    };
    assert_eq!(save(&sam, edit(&draft)).await.status().as_u16(), 403);
    let mut anonymous = draft.clone();
    anonymous["anonymous"] = json!(true);
    refused_on(save(&manager, edit(&anonymous)).await, "invalid_survey", "form.anonymous").await;
    let saved: Value = save(&manager, edit(&draft)).await.json().await.unwrap();
    assert_eq!(saved, json!({"form": "about_me", "version": 2}));
    let after = created(ask(&app, &sam, &jay, &jay, "about_me", "2026-12-01").await).await;
    assert_eq!(after["version"], 2);
    // Both versions as FHIR Questionnaires: the latest active, each valid R4.
    let bundle = sam.json(&app, "/api/v1/assessments/forms/fhir").await;
    let questionnaires: Vec<&Value> = bundle["entry"].as_array().unwrap().iter().map(|entry| &entry["resource"]).collect();
    assert_eq!(r4_problems(&bundle), Vec::<String>::new());
    let about_me: Vec<&&Value> = questionnaires.iter().filter(|q| q["url"].as_str().unwrap().ends_with(":about_me")).collect();
    let states: Vec<(&str, &str)> = about_me.iter().map(|q| (q["version"].as_str().unwrap(), q["status"].as_str().unwrap())).collect();
    assert_eq!(states, [("1", "retired"), ("2", "active")]);
    assert_eq!(about_me[1]["item"][1]["linkId"], "first_language");
    assert_eq!(questionnaires.len(), 5, "three templates and about me's two versions");
    for questionnaire in &questionnaires {
        assert_eq!(r4_problems(questionnaire), Vec::<String>::new(), "{questionnaire}");
    }

    let phone = app.join(Role::YoungPerson, "4826").await;
    let mine = phone.json(&app, "/api/v1/assessments/mine").await;
    let versions: Vec<(u64, &str)> = mine
        .as_array()
        .unwrap()
        .iter()
        .map(|form| (form["version"].as_u64().unwrap(), form["draft"]["questions"][1]["id"].as_str().unwrap()))
        .collect();
    assert_eq!(versions, [(1, "languages"), (2, "first_language")]);
    assert!(mine[0]["worker_only"].as_bool().unwrap());
    // The first request keeps version 1: version 2's question is not in it.
    let new_question = json!({"answers": {"first_language": {"text": "Polish"}}});
    refused_on(send(&app, &phone, &before, new_question, None).await, "answer_not_in_survey", "answers").await;
    created(send(&app, &phone, &before, json!({"answers": {"faith": {"text": "Muslim"}}, "declined": ["needs"]}), None).await).await;

    let sams = sam.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    assert_eq!((sams[0]["answers"]["faith"]["text"].as_str(), sams[0]["withheld"].as_bool()), (Some("Muslim"), Some(false)));
    let managers = manager.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    assert_eq!((managers[0]["answers"].as_null(), managers[0]["withheld"].as_bool()), (Some(()), Some(true)));
    assert_eq!(managers[0]["declined"], json!([]));
    // The next "About me", answered: its worker reads the last one beside it; a manager nothing.
    let after_id = after["id"].as_str().unwrap();
    created(send(&app, &phone, after_id, json!({"answers": {"faith": {"text": "Muslim, and I pray at home"}}}), None).await).await;
    let sams = sam.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    assert_eq!(sams[1]["previous_answers"]["faith"]["text"], "Muslim");
    let managers = manager.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    assert_eq!((managers[1]["previous_answers"].as_null(), managers[1]["changes"].clone()), (Some(()), json!([])));
    let payload = rows(&app, "SELECT payload FROM outbox_events WHERE kind = 'assessment.answered'").await;
    let payload: Value = serde_json::from_str(payload[0][0].as_deref().unwrap()).unwrap();
    assert_eq!(payload["worker_only"], true);

    // Staff in the service but not on the case see nothing of it.
    let officer = app.sign_in(Role::ParticipationOfficer).await;
    assert_eq!(officer.get(&app, &format!("/api/v1/young-people/{jay}/assessments")).await.status().as_u16(), 403);
}

#[tokio::test]
async fn a_form_is_reminded_the_evening_before_and_its_worker_told_the_morning_after_only_while_it_is_not_back() {
    let app = spawn_app().await;
    let push = FakePushService::start().await;
    let sam = app.sign_in(Role::Worker).await;
    let (jay, _) = jay_and_dee(&app, &sam).await;
    let phone = app.join(Role::YoungPerson, "4826").await;
    assert_eq!(phone.post(&app, "/api/v1/push/subscriptions", push.phone(&[201])).await.status().as_u16(), 201);
    assert_eq!(sam.post(&app, "/api/v1/push/subscriptions", push.phone(&[201])).await.status().as_u16(), 201);
    let waiting = created(ask(&app, &sam, &jay, &jay, "self_assessment", "2026-11-24").await).await["id"].as_str().unwrap().to_owned();
    let done = created(ask(&app, &sam, &jay, &jay, "review_prep", "2026-11-24").await).await["id"].as_str().unwrap().to_owned();
    created(send(&app, &phone, &done, json!({"answers": {"hard": {"text": "Mornings"}}}), None).await).await;
    let about_forms = |url: &str| {
        let url = url.to_owned();
        push.received().into_iter().filter(move |message| message.payload["url"] == url.as_str() && (200..300).contains(&message.answered))
    };

    // The evening before (18:00 in London): the one still waiting, to Jay, in discreet words.
    move_clock_to(&app, datetime!(2026-11-23 17:59 UTC));
    tick(&app.state, "test").await.unwrap();
    assert_eq!(about_forms("/").count(), 0);
    move_clock_to(&app, datetime!(2026-11-23 18:00 UTC));
    tick(&app.state, "test").await.unwrap();
    let reminded: Vec<_> = about_forms("/").collect();
    assert_eq!(reminded.len(), 1, "one reminder, for the form not back");
    assert_eq!(reminded[0].payload["body"], "Something is waiting for you to fill in.");

    // The morning after it was due: Sam is told, once.
    move_clock_to(&app, datetime!(2026-11-25 09:00 UTC));
    tick(&app.state, "test").await.unwrap();
    let told: Vec<_> = about_forms("/staff").collect();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].payload["body"], "Something you asked for has not come back yet.");
    // (Signed in again: a staff session ends long before two days.)
    let sam = app.sign_in(Role::Worker).await;
    assert_eq!(sam.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await[0]["status"], "overdue");
    let caseload = sam.json(&app, "/api/v1/young-people").await;
    let on_caseload = caseload.as_array().unwrap().iter().find(|person| person["id"] == jay.as_str()).unwrap().clone();
    assert_eq!(on_caseload["overdue_forms"], 1, "the one not back, on Sam's caseload");
    let reminders = rows_with(&app, "SELECT kind, state FROM reminders WHERE subject_id = $1 ORDER BY kind", &[&waiting]).await;
    assert_eq!(reminders, vec![vec![Some("form_due".into()), Some("sent".into())], vec![Some("form_overdue".into()), Some("sent".into())]]);
    let skipped = rows_with(&app, "SELECT kind, state FROM reminders WHERE subject_id = $1 ORDER BY kind", &[&done]).await;
    assert_eq!(
        skipped,
        vec![vec![Some("form_due".into()), Some("skipped".into())], vec![Some("form_overdue".into()), Some("skipped".into())]]
    );
    assert_eq!(push.problems(), Vec::<String>::new());
}

#[tokio::test]
async fn a_review_meeting_carries_its_preparation_form_which_jay_answers_and_sam_reads_on_the_meeting() {
    let app = spawn_app().await;
    let sam = app.sign_in(Role::Worker).await;
    let (jay, _) = jay_and_dee(&app, &sam).await;
    let meeting = json!({
        "date": "2026-12-03", "start": "16:00", "minutes": 60, "place": "Youth centre", "purpose": "Review of the order",
        "with_whom": "Sam, Dee and the panel", "include_carers": true, "review_meeting": true,
    });
    let made = created(sam.post(&app, &format!("/api/v1/young-people/{jay}/appointments"), meeting).await).await;
    let meeting_id = made[0]["id"].as_str().unwrap().to_owned();
    let form_id = made[0]["preparation"]["form_id"].as_str().unwrap().to_owned();

    // Jay finds it on the meeting and in his forms: due the day before, for the review meeting.
    let phone = app.join(Role::YoungPerson, "4826").await;
    let mine = phone.json(&app, "/api/v1/assessments/mine").await;
    assert_eq!((mine[0]["id"].as_str(), mine[0]["form"].as_str()), (Some(form_id.as_str()), Some("review_prep")));
    assert_eq!((mine[0]["purpose"].as_str(), mine[0]["due_on"].as_str()), (Some("review_meeting"), Some("2026-12-02")));
    let appointments = phone.json(&app, "/api/v1/appointments").await;
    let on_phone = appointments.as_array().unwrap().iter().find(|a| a["id"] == meeting_id.as_str()).unwrap().clone();
    assert_eq!(on_phone["preparation"], json!({"form_id": form_id, "answered": false}));
    // Dee is invited and replies as to any appointment; the preparation is Jay's, not on hers.
    let carer = app.join(Role::Carer, "2468").await;
    let hers = carer.json(&app, "/api/v1/appointments").await;
    let on_hers = hers.as_array().unwrap().iter().find(|a| a["id"] == meeting_id.as_str()).unwrap().clone();
    assert!(on_hers.get("preparation").is_none(), "{on_hers}");
    created(operation(&app, Some(&carer), &format!("/api/v1/appointments/{meeting_id}/replies"), json!({"coming": true}), None).await)
        .await;

    let answers = json!({"answers": {"talk_about": {"text": "Going back to college"}, "take_part": {"choice": "read_out"}}});
    created(send(&app, &phone, &form_id, answers, None).await).await;

    // Sam's meeting says it is answered; his forms page has the answers.
    let on_desk = sam.json(&app, &format!("/api/v1/young-people/{jay}/appointments")).await;
    let on_desk = on_desk.as_array().unwrap().iter().find(|a| a["id"] == meeting_id.as_str()).unwrap().clone();
    assert_eq!(on_desk["preparation"], json!({"form_id": form_id, "answered": true}));
    assert_eq!(on_desk["replies"].as_array().unwrap().len(), 1);
    let forms = sam.json(&app, &format!("/api/v1/young-people/{jay}/assessments")).await;
    assert_eq!(forms[0]["answers"]["take_part"]["choice"], "read_out");
}
