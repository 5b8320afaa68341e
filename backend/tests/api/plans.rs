//! Co-produced plans through the real HTTP API: each party writing its own column from its own
//! device, agreement that reopens when a row changes, conflicts refused with both texts and
//! nothing overwritten, the carer's view, reviews and the timeline, the outbox events, and the
//! bad input the issue lists.

use serde_json::{json, Value};
use tandem_domain::accounts::Role;
use tandem_domain::sync::OperationId;

use crate::helpers::{
    assert_error, count_with, created, device, execute, family, on_postgres, operation, rows_with, spawn_app, typed_events, Session,
    TestApp,
};

async fn change(app: &TestApp, who: &Session, young_person: &str, body: Value) -> reqwest::Response {
    operation(app, Some(who), &format!("/api/v1/plans/{young_person}/changes"), body, None).await
}

async fn answer(app: &TestApp, who: &Session, young_person: &str, version: u64, agree: bool, change_wanted: &str) -> reqwest::Response {
    let body = json!({"version": version, "agree": agree, "change_wanted": change_wanted});
    operation(app, Some(who), &format!("/api/v1/plans/{young_person}/answers"), body, None).await
}

async fn my_plan(app: &TestApp, who: &Session) -> Value {
    who.json(app, "/api/v1/plans").await[0].clone()
}

async fn staff_plan(app: &TestApp, worker: &Session, young_person: &str) -> Value {
    worker.json(app, &format!("/api/v1/young-people/{young_person}/plan")).await
}

fn edit(row: &str, field: &str, text: &str, base: u64) -> Value {
    json!({"edit": {"row_id": row, "field": field, "text": text, "base_version": base}})
}

async fn outbox_kinds(app: &TestApp, young_person: &str) -> Vec<(String, Value)> {
    let found = rows_with(app, "SELECT kind, payload FROM outbox_events WHERE young_person_id = $1 ORDER BY id", &[young_person]).await;
    found.into_iter().map(|row| (row[0].clone().unwrap(), serde_json::from_str(row[1].as_deref().unwrap()).unwrap())).collect()
}

/// The worker drafts two targets; each party writes its column; both agree; the worker changes
/// a row and agreement reopens naming it; the old version can no longer be agreed.
#[tokio::test]
async fn a_plan_written_together_agreed_and_reopened_by_a_change() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let yp = family.young_person.as_str();
    let (anger, decisions) = (uuid::Uuid::now_v7().to_string(), uuid::Uuid::now_v7().to_string());
    created(
        change(
            &app,
            &worker,
            yp,
            json!({"add_row": {"row_id": anger, "target": "Learn how to control my anger better", "worker_will": "identify triggers"}}),
        )
        .await,
    )
    .await;
    let receipt = created(
        change(
            &app,
            &worker,
            yp,
            json!({"add_row": {"row_id": decisions, "target": "Make better decisions", "worker_will": "reflect on past decisions"}}),
        )
        .await,
    )
    .await;
    assert_eq!(receipt["version"], 2);

    let mine = my_plan(&app, &family.phone).await;
    assert_eq!(mine["party"], "young_person");
    assert_eq!(mine["plan"]["rows"].as_array().unwrap().len(), 2);
    assert_eq!(mine["agreements"][0]["state"], "waiting");
    created(change(&app, &family.phone, yp, edit(&anger, "i_will", "work out what makes me angry", 2)).await).await;
    created(change(&app, &family.phone, yp, edit(&anger, "how_i_know", "my outbursts go down", 2)).await).await;
    let receipt = created(change(&app, &family.carer, yp, edit(&anger, "carer_will", "give Rio space", 2)).await).await;
    assert_eq!(receipt["version"], 5);

    created(answer(&app, &family.phone, yp, 5, true, "").await).await;
    created(answer(&app, &family.carer, yp, 5, true, "").await).await;
    let seen = staff_plan(&app, &worker, yp).await;
    let agreements = seen["agreements"].as_array().unwrap();
    assert_eq!(agreements.len(), 2);
    for agreement in agreements {
        assert_eq!(agreement["state"], json!({"agreed": {"version": 5}}), "{agreement}");
        assert!(agreement["answered_at"].is_string());
    }
    assert_eq!(agreements[1]["person_id"], family.carer_id.as_str());
    let waiting = |list: &Value| list.as_array().unwrap().iter().find(|plan| plan["young_person_id"] == yp).cloned();
    assert_eq!(waiting(&worker.json(&app, "/api/v1/plans/attention").await), None, "agreed by everyone: nothing to chase");

    // The worker changes their part of the second row: agreement reopens, naming that row.
    created(change(&app, &worker, yp, edit(&decisions, "worker_will", "suggest group work", 5)).await).await;
    let mine = my_plan(&app, &family.phone).await;
    let state = &mine["agreements"][0]["state"]["reopened"];
    assert_eq!(state["version"], 5);
    assert_eq!(state["changed"][0]["target"], "Make better decisions");
    assert_eq!(
        state["changed"][0]["fields"][0],
        json!({"field": "worker_will", "before": "reflect on past decisions", "after": "suggest group work"})
    );
    assert_error(answer(&app, &family.carer, yp, 5, true, "").await, 409, "plan_version_not_current").await;

    // Saying no needs words, and the words reach the worker.
    assert_error(answer(&app, &family.carer, yp, 6, false, "").await, 422, "text_required").await;
    created(answer(&app, &family.carer, yp, 6, false, "I can't do school runs on Fridays").await).await;
    let seen = staff_plan(&app, &worker, yp).await;
    assert_eq!(seen["agreements"][1]["state"], json!({"disagreed": {"version": 6, "change_wanted": "I can't do school runs on Fridays"}}));
    assert!(seen["agreements"][0]["state"]["reopened"].is_object());
    // The worker's caseload says whose plan is waiting on whom, and why.
    let chase = waiting(&worker.json(&app, "/api/v1/plans/attention").await).expect("Rio's plan needs the worker");
    assert_eq!(chase["waiting_on"].as_array().unwrap().len(), 2);
    assert_eq!(chase["waiting_on"][1]["state"]["disagreed"]["change_wanted"], "I can't do school runs on Fridays");

    // Every content version, every answer: an outbox event written with it.
    let kinds: Vec<String> = outbox_kinds(&app, yp).await.into_iter().map(|(kind, _)| kind).collect();
    assert_eq!(kinds.iter().filter(|kind| *kind == "plan.version").count(), 6);
    assert_eq!(kinds.iter().filter(|kind| *kind == "plan.agreement").count(), 3);
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"plan.version"), "{kinds:?}");
    assert!(kinds.contains(&"plan.agreement"), "{kinds:?}");
}

/// A young person who said no, and then the plan moved on: the worker's table and caseload
/// still say no, with their words, and what changed since. Their own words written after
/// agreeing do not ask them to agree again.
#[tokio::test]
async fn a_no_stays_a_no_after_later_versions_and_own_words_do_not_reopen() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let yp = family.young_person.as_str();
    let club = uuid::Uuid::now_v7().to_string();
    created(
        change(&app, &worker, yp, json!({"add_row": {"row_id": club, "target": "Go to a club", "worker_will": "find a Friday club"}}))
            .await,
    )
    .await;
    created(answer(&app, &family.phone, yp, 1, false, "I'd rather go to the Tuesday club").await).await;
    created(change(&app, &worker, yp, edit(&club, "worker_will", "find a Tuesday club", 1)).await).await;
    created(change(&app, &worker, yp, edit(&club, "worker_will", "find a Tuesday club near school", 2)).await).await;

    let seen = staff_plan(&app, &worker, yp).await;
    let state = &seen["agreements"][0]["state"]["reopened"];
    assert_eq!(state["version"], 1, "{seen}");
    assert_eq!(state["agreed"], false, "the summary must not turn a no into a yes");
    assert_eq!(state["change_wanted"], "I'd rather go to the Tuesday club");
    let chase = worker.json(&app, "/api/v1/plans/attention").await;
    let jay = chase.as_array().unwrap().iter().find(|plan| plan["young_person_id"] == yp).expect("waiting on the young person");
    assert_eq!(jay["waiting_on"][0]["state"]["reopened"]["agreed"], false);
    assert_eq!(my_plan(&app, &family.phone).await["agreements"][0]["state"]["reopened"]["agreed"], false);

    // Now they agree, and then change their own words: still agreed, no "what changed".
    created(answer(&app, &family.phone, yp, 3, true, "").await).await;
    created(change(&app, &family.phone, yp, edit(&club, "i_will", "go every Tuesday", 3)).await).await;
    let mine = my_plan(&app, &family.phone).await;
    assert_eq!(mine["agreements"][0]["state"], json!({"agreed": {"version": 3}}), "{mine}");
    let seen = staff_plan(&app, &worker, yp).await;
    assert_eq!(seen["agreements"][0]["state"], json!({"agreed": {"version": 3}}));
}

/// Two devices start from the same version and write the same box: the second is refused with
/// both texts, the first stays, and sending again with the current version keeps the second.
#[tokio::test]
async fn a_concurrent_edit_is_refused_with_both_texts_and_nothing_is_overwritten() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let yp = family.young_person.as_str();
    let row = uuid::Uuid::now_v7().to_string();
    created(change(&app, &worker, yp, json!({"add_row": {"row_id": row, "target": "Engage in positive activity"}})).await).await;
    let tablet = device(&app, &worker, yp).await;

    created(change(&app, &tablet, yp, edit(&row, "i_will", "go to the youth centre", 1)).await).await;
    let key = OperationId::new_v7();
    let stale = edit(&row, "i_will", "play for a football team", 1);
    let path = format!("/api/v1/plans/{yp}/changes");
    let refused = operation(&app, Some(&family.phone), &path, stale.clone(), Some(&key)).await;
    assert_eq!(refused.status().as_u16(), 409);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"]["code"], "plan_edit_conflict");
    assert_eq!(body["conflict"]["yours"], "play for a football team");
    assert_eq!(body["conflict"]["theirs"], "go to the youth centre");
    assert_eq!(body["conflict"]["current_version"], 2);
    assert_eq!(my_plan(&app, &family.phone).await["plan"]["rows"][0]["cells"]["i_will"]["text"], "go to the youth centre");

    // The same operation sent again is the same conflict, not a write.
    let again = operation(&app, Some(&family.phone), &path, stale, Some(&key)).await;
    assert_eq!(again.status().as_u16(), 409);
    assert_eq!(again.headers()["idempotent-replayed"], "true");

    // Resolved by merging by hand, from the version the conflict named.
    created(change(&app, &family.phone, yp, edit(&row, "i_will", "go to the youth centre; play for a football team", 2)).await).await;
    let plan = my_plan(&app, &family.phone).await;
    assert_eq!(plan["plan"]["rows"][0]["cells"]["i_will"]["text"], "go to the youth centre; play for a football team");
    let versions = count_with(&app, "SELECT COUNT(*) FROM plan_versions WHERE young_person_id = $1", &[yp]).await;
    assert_eq!(versions, 3, "add, the tablet's words, the merge: every version kept");
}

#[tokio::test]
async fn bad_input_gets_its_own_code_and_nothing_saved_is_lost() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let yp = family.young_person.as_str();
    let row = uuid::Uuid::now_v7().to_string();
    assert_error(change(&app, &worker, yp, json!({"add_row": {"row_id": row, "target": "  "}})).await, 422, "target_required").await;
    created(change(&app, &worker, yp, json!({"add_row": {"row_id": row, "target": "Make better decisions"}})).await).await;
    assert_error(change(&app, &family.phone, yp, edit(&row, "i_will", &"x".repeat(10_000), 1)).await, 422, "text_too_long").await;
    assert_error(change(&app, &family.carer, yp, edit(&row, "i_will", "my words", 1)).await, 403, "not_your_column").await;
    assert_error(change(&app, &family.phone, yp, edit(&row, "worker_will", "my words", 1)).await, 403, "not_your_column").await;
    let script = "<script>alert('x')</script> think first";
    created(change(&app, &family.phone, yp, edit(&row, "i_will", script, 1)).await).await;
    assert_error(
        change(&app, &family.phone, yp, json!({"add_row": {"row_id": row, "target": "x", "extra": 1, "worker_will": 5}})).await,
        400,
        "malformed_json",
    )
    .await;

    // A carer linked to someone else finds no plan here at all.
    let other =
        created(worker.post(&app, "/api/v1/young-people", json!({"display_name": "Sky"})).await).await["id"].as_str().unwrap().to_owned();
    let stranger_id =
        created(worker.post(&app, "/api/v1/carers", json!({"display_name": "Kim"})).await).await["id"].as_str().unwrap().to_owned();
    worker.post(&app, &format!("/api/v1/young-people/{other}/carers"), json!({"carer_id": stranger_id})).await;
    let stranger = device(&app, &worker, &stranger_id).await;
    assert_error(change(&app, &stranger, yp, edit(&row, "carer_will", "hello", 2)).await, 404, "not_found").await;
    assert_error(answer(&app, &stranger, yp, 2, true, "").await, 404, "not_found").await;
    let theirs = stranger.json(&app, "/api/v1/plans").await;
    assert_eq!(theirs.as_array().unwrap().len(), 1);
    assert_eq!(theirs[0]["young_person_name"], "Sky");
    // A worker does not agree on the young person's behalf.
    assert_eq!(answer(&app, &worker, yp, 2, true, "").await.status().as_u16(), 403);

    let plan = my_plan(&app, &family.phone).await;
    assert_eq!(plan["plan"]["version"], 2);
    assert_eq!(plan["plan"]["rows"][0]["cells"]["i_will"]["text"], script, "markup is kept as typed, as text");
    assert_eq!(plan["plan"]["rows"][0]["cells"]["target"]["text"], "Make better decisions");
}

/// Suggestions, the carer's view, a review and the timeline.
#[tokio::test]
async fn suggestions_sharing_reviews_and_history() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let yp = family.young_person.as_str();
    let (shared, private) = (uuid::Uuid::now_v7().to_string(), uuid::Uuid::now_v7().to_string());
    created(
        change(
            &app,
            &worker,
            yp,
            json!({"add_row": {"row_id": shared, "target": "Engage in positive activity", "worker_will": "look for football groups"}}),
        )
        .await,
    )
    .await;
    created(change(&app, &family.phone, yp, json!({"add_row": {"row_id": private, "target": "Friendships; how to say no"}})).await).await;
    created(change(&app, &family.phone, yp, json!({"set_look": {"row_id": private, "icon": "🤝", "sharing": "hidden"}})).await).await;
    created(
        change(&app, &family.phone, yp, json!({"set_look": {"row_id": shared, "icon": "⚽", "sharing": "target_and_carer_part"}})).await,
    )
    .await;
    created(change(&app, &family.phone, yp, edit(&shared, "i_will", "go to the youth centre", 4)).await).await;

    let carer_view = my_plan(&app, &family.carer).await;
    let rows = carer_view["plan"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "the hidden row is not sent to the carer");
    assert_eq!(rows[0]["cells"]["i_will"]["text"], "", "nor the young person's own words in a row that shares only the target");
    assert_eq!(rows[0]["cells"]["worker_will"]["text"], "");
    assert_eq!(rows[0]["icon"], "⚽");
    assert!(!carer_view.to_string().contains("say no"));
    // A carer who knows the hidden row's id (their phone saw it before) cannot write in it.
    let version = carer_view["plan"]["version"].as_u64().unwrap();
    assert_error(change(&app, &family.carer, yp, edit(&private, "carer_will", "talk about friends", version)).await, 404, "not_found")
        .await;

    // The worker's wording for the young person's box is a suggestion until accepted.
    created(change(&app, &worker, yp, edit(&shared, "how_i_know", "I am in a club", 5)).await).await;
    let mine = my_plan(&app, &family.phone).await;
    let suggestion = mine["plan"]["rows"][0]["suggestions"][0].clone();
    assert_eq!(suggestion["text"], "I am in a club");
    assert_eq!(mine["plan"]["rows"][0]["cells"]["how_i_know"]["text"], "");
    assert!(my_plan(&app, &family.carer).await["plan"]["rows"][0]["suggestions"].as_array().unwrap().is_empty());
    let accept = json!({"answer_suggestion": {"row_id": shared, "suggestion_id": suggestion["id"], "accept": true}});
    assert_error(change(&app, &family.carer, yp, accept.clone()).await, 403, "not_your_column").await;
    created(change(&app, &family.phone, yp, accept).await).await;
    assert_eq!(my_plan(&app, &family.phone).await["plan"]["rows"][0]["cells"]["how_i_know"]["text"], "I am in a club");

    let review_path = format!("/api/v1/plans/{yp}/reviews");
    let bad =
        json!({"went_well": "Went to the youth centre twice", "progress": [{"row_id": shared, "score": 12}], "next_review": "2027-02-01"});
    assert_error(operation(&app, Some(&worker), &review_path, bad, None).await, 422, "score_out_of_range").await;
    let review = json!({"went_well": "Went to the youth centre twice", "progress": [{"row_id": shared, "score": 6}, {"row_id": private, "score": 3}], "next_review": "2027-02-01"});
    assert_eq!(operation(&app, Some(&family.phone), &review_path, review.clone(), None).await.status().as_u16(), 403);
    created(operation(&app, Some(&worker), &review_path, review, None).await).await;
    let seen = staff_plan(&app, &worker, yp).await;
    assert_eq!(seen["last_review"]["next_review"], "2027-02-01");
    assert_eq!(seen["last_review"]["progress"][0]["score"], 6);

    let history = worker.json(&app, &format!("/api/v1/young-people/{yp}/plan/history")).await;
    let events: Vec<&str> =
        history.as_array().unwrap().iter().map(|entry| entry["event"].as_object().unwrap().keys().next().unwrap().as_str()).collect();
    assert_eq!(events.first(), Some(&"review"), "newest first");
    // Symbols and sharing are not versions of the words; the suggestion's acceptance is.
    assert_eq!(events.iter().filter(|event| **event == "version").count(), 4);
    let kinds: Vec<String> = outbox_kinds(&app, yp).await.into_iter().map(|(kind, _)| kind).collect();
    assert_eq!(kinds.last().map(String::as_str), Some("plan.review"));

    // Every read of the plan by staff is in the audit log.
    let reads =
        count_with(&app, "SELECT COUNT(*) FROM audit_log WHERE action IN ('plans.read', 'plans.history') AND young_person_id = $1", &[yp])
            .await;
    assert_eq!(reads, 2);
    let kinds = typed_events(&app).await;
    assert!(kinds.contains(&"plan.review"), "{kinds:?}");
}

async fn versions(app: &TestApp, young_person: &str) -> i64 {
    count_with(app, "SELECT COUNT(*) FROM plan_versions WHERE young_person_id = $1", &[young_person]).await
}

async fn audited(app: &TestApp, young_person: &str) -> i64 {
    count_with(
        app,
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('plans.change', 'plans.review') AND young_person_id = $1",
        &[young_person],
    )
    .await
}

/// A worker's change and its audit entry commit together: while the audit log refuses writes
/// the change is refused and nothing of it is kept; sent again once the log works, the change is
/// made and audited once, and a further resend is answered from the store without a second entry.
#[tokio::test]
async fn a_staff_change_is_audited_in_its_own_transaction() {
    let app = spawn_app().await;
    let worker = app.sign_in(Role::Worker).await;
    let family = family(&app, &worker).await;
    let yp = family.young_person.as_str();
    if on_postgres() {
        execute(
            &app,
            &["CREATE FUNCTION audit_down() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit log down'; END $$"],
        )
        .await;
    }
    let (break_log, mend_log): (&[&str], &[&str]) = if on_postgres() {
        (
            &["CREATE TRIGGER audit_down BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_down()"],
            &["DROP TRIGGER audit_down ON audit_log"],
        )
    } else {
        (
            &["CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log down'); END"],
            &["DROP TRIGGER audit_down"],
        )
    };
    let row = uuid::Uuid::now_v7().to_string();
    let body =
        json!({"add_row": {"row_id": row, "target": "Engage in positive activity", "worker_will": "look for local football groups"}});
    let key = OperationId::new_v7();
    let path = format!("/api/v1/plans/{yp}/changes");
    let (versions_before, audited_before) = (versions(&app, yp).await, audited(&app, yp).await);

    execute(&app, break_log).await;
    let refused = operation(&app, Some(&worker), &path, body.clone(), Some(&key)).await;
    assert_eq!(refused.status(), 500);
    assert_eq!(versions(&app, yp).await, versions_before, "a change whose audit failed is not kept");

    execute(&app, mend_log).await;
    let receipt = created(operation(&app, Some(&worker), &path, body.clone(), Some(&key)).await).await;
    assert_eq!(versions(&app, yp).await, versions_before + 1);
    assert_eq!(audited(&app, yp).await, audited_before + 1);
    let again = operation(&app, Some(&worker), &path, body, Some(&key)).await;
    assert_eq!(again.headers()["idempotent-replayed"], "true");
    assert_eq!(again.json::<Value>().await.unwrap(), receipt);
    assert_eq!(audited(&app, yp).await, audited_before + 1, "a resend is answered from the store, not audited again");

    // A review is audited the same way: refused whole while the log is down.
    execute(&app, break_log).await;
    let review = json!({"went_well": "Went to football twice", "progress": [{"row_id": row, "score": 6}], "next_review": "2027-02-23"});
    let review_path = format!("/api/v1/plans/{yp}/reviews");
    let review_key = OperationId::new_v7();
    assert_eq!(operation(&app, Some(&worker), &review_path, review.clone(), Some(&review_key)).await.status(), 500);
    assert_eq!(count_with(&app, "SELECT COUNT(*) FROM plan_reviews WHERE young_person_id = $1", &[yp]).await, 0);
    execute(&app, mend_log).await;
    created(operation(&app, Some(&worker), &review_path, review, Some(&review_key)).await).await;
    assert_eq!(audited(&app, yp).await, audited_before + 2);
}
