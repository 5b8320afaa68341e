//! Subject access: everything Tandem holds about a person, as JSON and as a page to read or
//! print, for a manager answering their request (audited).

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use tandem_domain::cases::{SubjectAccess, SubjectAccessSection};
use tandem_domain::{ApiErrorBody, ErrorCode};
use uuid::Uuid;

use crate::accounts::people::audit;
use crate::accounts::policy::Managers;
use crate::accounts::Allowed;
use crate::error::AppError;
use crate::extract::Path;
use crate::json::Json;
use crate::state::AppState;

/// Each part of the store that can hold something of person `$1`: its name, its title in words,
/// and the query (secrets such as PIN, token and follow-code hashes are not selected). Kept
/// beside `ERASE`: a table that gains a person column belongs in both.
pub(crate) const SECTIONS: &[(&str, &str, &str)] = &[
    (
        "person",
        "Who they are",
        "SELECT id, role, display_name, birth_date, sex, ethnicity, case_record_id, created_at FROM people WHERE id = $1",
    ),
    ("case_closure", "Their case's closure", "SELECT closed_on, reason, closed_at FROM case_closures WHERE young_person_id = $1"),
    (
        "carer_links",
        "Young people and carers linked",
        "SELECT young_person_id, carer_id, created_at FROM carer_links WHERE young_person_id = $1 OR carer_id = $1",
    ),
    ("allocations", "Workers allocated", "SELECT worker_id, created_at FROM allocations WHERE young_person_id = $1"),
    (
        "plan_versions",
        "Plan versions, with their words",
        "SELECT version, document, party, changed_by, changed_at FROM plan_versions WHERE young_person_id = $1 ORDER BY version",
    ),
    ("plan_answers", "Answers to the plan", "SELECT * FROM plan_answers WHERE young_person_id = $1 OR person_id = $1"),
    ("plan_reviews", "Plan reviews", "SELECT * FROM plan_reviews WHERE young_person_id = $1"),
    (
        "session_scores",
        "Session scores",
        "SELECT sp.session_id, s.measure, s.moment, s.score, s.given_at FROM session_scores s
         JOIN session_participants sp ON sp.id = s.participant_id WHERE sp.young_person_id = $1",
    ),
    (
        "survey_answers",
        "Survey answers given by name",
        "SELECT survey_id, version, answered_as, answers, answered_on FROM survey_responses WHERE person_id = $1",
    ),
    (
        "assessments",
        "Forms they were asked to fill in, with their answers",
        "SELECT form, version, purpose, due_on, answers, answered_at FROM assessment_requests WHERE young_person_id = $1 OR person_id = $1",
    ),
    ("appointments", "Appointments", "SELECT * FROM appointments WHERE young_person_id = $1"),
    ("appointment_replies", "Replies to appointments", "SELECT * FROM appointment_replies WHERE person_id = $1"),
    (
        "complaints",
        "Complaints and compliments sent by name",
        "SELECT id, kind, body, status, received_on, respond_by, outcome FROM complaints WHERE raised_by = $1",
    ),
    (
        "consultation_answers",
        "Answers to consultations",
        "SELECT id, consultation_id, activity_id, text, has_voice_note, given_on FROM consultation_answers WHERE person_id = $1",
    ),
    (
        "voice_notes",
        "Voice notes (the recordings can be played on the consultation's results page)",
        "SELECT n.answer_id, n.content_type, CAST(LENGTH(n.audio) AS BIGINT) AS bytes FROM consultation_voice_notes n
         JOIN consultation_answers a ON a.id = n.answer_id WHERE a.person_id = $1",
    ),
    (
        "consultations_taken_part",
        "Consultations taken part in",
        "SELECT consultation_id FROM consultation_participants WHERE person_id = $1",
    ),
    (
        "proposals",
        "Statements they proposed to consultations",
        "SELECT consultation_id, activity_id, text, approved, proposed_on FROM consultation_proposals WHERE proposed_by = $1",
    ),
    (
        "statements_voted_on",
        "Statements they voted on (how they voted is secret and never kept with their name)",
        "SELECT consultation_id, item_id FROM consultation_voters WHERE person_id = $1",
    ),
    ("surveys_sent", "Surveys sent to them", "SELECT survey_id FROM survey_participants WHERE person_id = $1"),
    ("youth_cabinet", "Youth cabinet", "SELECT * FROM cabinet_members WHERE young_person_id = $1"),
    ("safety_alerts", "\"I don't feel safe\" alerts", "SELECT * FROM safety_alerts WHERE young_person_id = $1"),
    (
        "devices",
        "Phones and sign-ins",
        "SELECT id, kind, device_label, created_at, last_active_at, expires_at, ended_at, ended_reason FROM sessions WHERE person_id = $1",
    ),
    (
        "joining_codes",
        "Joining codes made for them",
        "SELECT id, created_at, expires_at, used_at, revoked_at FROM invites WHERE person_id = $1",
    ),
    (
        "notifications",
        "Phones that get notifications, and how much they say",
        "SELECT s.id, s.session_id, s.created_at, p.detailed FROM push_subscriptions s
         LEFT JOIN push_preferences p ON p.person_id = s.person_id WHERE s.person_id = $1",
    ),
    ("reminders", "Reminders", "SELECT kind, subject_id, due_at, state, outcome, settled_at FROM reminders WHERE person_id = $1"),
    (
        "relayed",
        "What was sent to the case record, and when",
        "SELECT id, kind, status, occurred_at, delivered_at, payload FROM outbox_events WHERE young_person_id = $1 ORDER BY id",
    ),
    (
        "audit",
        "Audit log entries about them or by them",
        "SELECT at, actor_id, action, detail FROM audit_log WHERE young_person_id = $1 OR actor_id = $1 ORDER BY at",
    ),
];

/// Everything of a young person or carer of the caller's service; audited.
async fn gather(state: &AppState, allowed: &Allowed<Managers>, id: Uuid, format: &str) -> Result<SubjectAccess, AppError> {
    let caller = &allowed.caller;
    let person = state.store.person(caller.service_id, id).await?.ok_or(ErrorCode::NotFound)?;
    if !matches!(person.role, tandem_domain::accounts::Role::YoungPerson | tandem_domain::accounts::Role::Carer) {
        return Err(ErrorCode::NotFound.into());
    }
    let sections = state.store.subject_access(id).await?;
    let young_person = (person.role == tandem_domain::accounts::Role::YoungPerson).then_some(id);
    audit(state, caller, "person.subject_access", young_person, format!("as {format}")).await?;
    Ok(SubjectAccess { person_id: id, made_at: state.clock.now(), sections })
}

/// Everything Tandem holds about a young person or carer, as JSON (managers; audited).
#[utoipa::path(get, path = "/api/v1/people/{id}/subject-access", tag = "data-rights", params(("id" = Uuid, Path)),
    responses((status = 200, body = SubjectAccess), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn subject_access(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Path(id): Path<Uuid>,
) -> Result<Json<SubjectAccess>, AppError> {
    Ok(Json(gather(&state, &allowed, id, "json").await?))
}

/// The same as a page to read or print (managers; audited).
#[utoipa::path(get, path = "/api/v1/people/{id}/subject-access.html", tag = "data-rights", params(("id" = Uuid, Path)),
    responses((status = 200, content_type = "text/html", body = String), (status = 404, body = ApiErrorBody)))]
#[tracing::instrument(skip_all, fields(id = %id))]
pub async fn subject_access_page(
    State(state): State<AppState>,
    allowed: Allowed<Managers>,
    Path(id): Path<Uuid>,
) -> Result<Response, AppError> {
    let answer = gather(&state, &allowed, id, "page").await?;
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page(&answer)).into_response())
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn cell(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(text) => escape(text),
        other => escape(&other.to_string()),
    }
}

/// The answer as one page: a heading and a table for each part that holds something.
fn page(answer: &SubjectAccess) -> String {
    let made = answer.made_at.format(&time::format_description::well_known::Rfc3339).unwrap_or_default();
    let mut html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>What Tandem holds</title></head><body>\
         <h1>What Tandem holds about this person</h1><p>Person {}, made {}.</p>",
        answer.person_id,
        escape(&made)
    );
    for section in &answer.sections {
        html.push_str(&format!("<h2>{}</h2>", escape(&section.title)));
        let Some(first) = section.rows.first() else {
            html.push_str("<p>Nothing.</p>");
            continue;
        };
        html.push_str("<table><thead><tr>");
        for column in first.keys() {
            html.push_str(&format!("<th scope=\"col\">{}</th>", escape(column)));
        }
        html.push_str("</tr></thead><tbody>");
        for row in &section.rows {
            html.push_str("<tr>");
            for value in row.values() {
                html.push_str(&format!("<td>{}</td>", cell(value)));
            }
            html.push_str("</tr>");
        }
        html.push_str("</tbody></table>");
    }
    html.push_str("</body></html>");
    html
}

/// The sections as the store reads them.
pub(crate) fn section(name: &str, title: &str, rows: Vec<serde_json::Map<String, serde_json::Value>>) -> SubjectAccessSection {
    SubjectAccessSection { name: name.to_owned(), title: title.to_owned(), rows }
}
