//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use axum::routing::get;
use axum::Router;
use tandem_domain::paths;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::json::Json;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "Tandem API", description = "Plans, sessions, surveys, appointments and voice, for young people, carers and their workers."),
    paths(
        crate::health::health, document,
        crate::feedback::submit, crate::feedback::summary,
        crate::accounts::staff::sign_in, crate::accounts::staff::sign_out, crate::accounts::staff::me, crate::accounts::staff::set_language, crate::accounts::staff::set_easier_words,
        crate::accounts::staff::set_password, crate::accounts::staff::list_staff, crate::accounts::staff::create_staff,
        crate::accounts::staff::staff_accounts, crate::accounts::staff::disable_staff, crate::accounts::staff::enable_staff,
        crate::accounts::staff::reset_link, crate::accounts::staff::change_password,
        crate::passkeys::sign_in_challenge, crate::passkeys::sign_in, crate::passkeys::list, crate::passkeys::registration,
        crate::passkeys::add, crate::passkeys::rename, crate::passkeys::remove, crate::passkeys::settings,
        crate::passkeys::set_settings,
        crate::cases::close, crate::cases::reopen, crate::cases::erase, crate::cases::access::subject_access,
        crate::cases::access::subject_access_page, crate::retention::settings, crate::retention::set_settings,
        crate::retention::about_me,
        crate::accounts::people::caseload, crate::accounts::people::create_young_person,
        crate::accounts::people::young_person, crate::accounts::people::link_carer,
        crate::accounts::people::allocate_worker, crate::accounts::people::carers,
        crate::accounts::people::unlink_carer, crate::accounts::people::deallocate_worker,
        crate::accounts::people::create_carer, crate::accounts::people::my_carers,
        crate::accounts::invites::create_invite, crate::accounts::invites::revoke_invite,
        crate::accounts::invites::redeem_invite,
        crate::accounts::devices::set_pin, crate::accounts::devices::unlock, crate::accounts::devices::lock,
        crate::accounts::people::devices_of_family, crate::accounts::people::end_family_device,
        crate::accounts::devices::devices, crate::accounts::devices::remove_device,
        crate::accounts::audit::entries,
        crate::sessions::list_programmes, crate::sessions::create_programme,
        crate::sessions::programme_report, crate::sessions::programme_report_csv,
        crate::sessions::list_sessions, crate::sessions::open_session, crate::sessions::live_session,
        crate::sessions::set_phase, crate::sessions::session_report, crate::sessions::session_report_csv,
        crate::sessions::join, crate::sessions::give_score, crate::sessions::participant_status,
        crate::sessions::young_person_history, crate::sessions::set_profile,
        crate::plans::my_plans, crate::plans::attention, crate::plans::staff_plan, crate::plans::history,
        crate::plans::change, crate::plans::answer, crate::plans::review,
        crate::relay::list_events, crate::relay::summary, crate::relay::settings, crate::relay::retry,
        crate::relay::recorded, crate::relay::export_ndjson, crate::relay::questionnaires, crate::relay::export_csv,
        crate::relay::set_case_record_id, crate::relay::case_record_id, crate::relay::current_settings,
        crate::appointments::mine, crate::appointments::reply, crate::appointments::of_young_person,
        crate::appointments::create, crate::appointments::outcome, crate::appointments::import,
        crate::appointments::free_times::mine, crate::appointments::free_times::add, crate::appointments::free_times::remove,
        crate::push::settings, crate::push::subscribe, crate::push::unsubscribe, crate::push::set_detailed,
        crate::reminders::settings, crate::reminders::set_settings,
        crate::surveys::list, crate::surveys::list_templates, crate::surveys::create, crate::surveys::edit,
        crate::surveys::save, crate::surveys::publish, crate::surveys::mine, crate::surveys::respond,
        crate::surveys::survey_results, crate::surveys::responses_csv, crate::surveys::fhir_bundle,
        crate::assessments::forms, crate::assessments::save_form, crate::assessments::assign, crate::assessments::questionnaires,
        crate::assessments::case_forms, crate::assessments::mine, crate::assessments::answer,
        crate::complaints::raise, crate::complaints::followed, crate::complaints::register,
        crate::complaints::update, crate::complaints::settings, crate::complaints::set_settings,
        crate::voice::list, crate::voice::create, crate::voice::edit, crate::voice::save, crate::voice::publish,
        crate::voice::mine, crate::voice::feed, crate::voice::cast_ballot, crate::voice::vote, crate::voice::propose,
        crate::voice::answer, crate::voice::consultation_results, crate::voice::export_csv, crate::voice::moderate,
        crate::voice::tag_answer, crate::voice::voice_note, crate::voice::publish_response, crate::voice::update_response,
        crate::cabinet::members, crate::cabinet::add_member, crate::cabinet::remove_member,
        crate::cabinet::meetings, crate::cabinet::schedule, crate::cabinet::cancel, crate::cabinet::candidates,
        crate::safety::raise, crate::safety::alerts, crate::safety::acknowledge, crate::safety::mine,
        crate::safety::settings, crate::safety::set_settings,
    ),
    modifiers(&SessionCookieScheme, &CommonAnswers),
    tags(
        (name = "system", description = "Health and this document"),
        (name = "accounts", description = "Sign-in, invites, PINs, roles"),
        (name = "plans", description = "Co-produced plans and agreement"),
        (name = "sessions", description = "Session self-scaling"),
        (name = "surveys", description = "Surveys, feedback, complaints and compliments"),
        (name = "assessments", description = "Self-assessments, \"About me\" and review preparation asked of one person"),
        (name = "appointments", description = "Appointments and replies"),
        (name = "push", description = "Web Push subscriptions"),
        (name = "voice", description = "Consultations, ballots, you said we did"),
        (name = "relay", description = "Delivery to the case record"),
        (name = "safety", description = "\"I don't feel safe\": alerts, acknowledgement, duty settings"),
        (name = "data-rights", description = "Children's data rights: closing a case, how long data is kept, erasure, subject access"),
    )
)]
pub struct ApiDoc;

struct SessionCookieScheme;

impl Modify for SessionCookieScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session_cookie",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(crate::accounts::session::COOKIE))),
        );
    }
}

/// The refusals any route can give, added to every operation from one list rather than by hand
/// on each, so the document cannot lag behind the server: a bad address or header (400), not
/// signed in (401), not allowed or cross-site (403), nothing there (404), too many tries (429),
/// and the storage being unavailable (503); with a request body or a query, not valid (422);
/// with a body, also too large (413) and not JSON (415); with an Idempotency-Key, the key reused
/// for another request (409). Health and this document are public and refuse none of these.
struct CommonAnswers;

impl Modify for CommonAnswers {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, ResponseBuilder};
        let refusal = |description: &str| {
            ResponseBuilder::new()
                .description(description)
                .content("application/json", ContentBuilder::new().schema(Some(Ref::from_schema_name("ApiErrorBody"))).build())
                .build()
        };
        let always = [
            ("400", "A value in the address or a header is not valid (invalid_parameter, missing_operation_id, invalid_operation_id)"),
            ("401", "Not signed in, or the session has ended or needs its PIN"),
            ("403", "Not allowed for this role, or a cross-site request"),
            ("404", "There is nothing here that the caller may see"),
            ("429", "Too many requests; wait and try again"),
            ("503", "Storage is unavailable; try again"),
        ];
        let validated_answers = [("422", "The body or query is not valid: its code says which rule, and field names the field")];
        let body_only = [("413", "The request is too large"), ("415", "The body is not application/json")];
        for (path, item) in openapi.paths.paths.iter_mut() {
            if path == "/api/v1/health" || path == "/api/v1/openapi.json" {
                continue;
            }
            for operation in [&mut item.get, &mut item.post, &mut item.put, &mut item.delete, &mut item.patch].into_iter().flatten() {
                // A query's dates are read like a form's, refused 422 invalid_date beside the field.
                let validated = operation.request_body.is_some()
                    || operation
                        .parameters
                        .iter()
                        .flatten()
                        .any(|parameter| parameter.parameter_in == utoipa::openapi::path::ParameterIn::Query);
                let sends_body = operation.request_body.is_some();
                let answers =
                    always.iter().chain(validated_answers.iter().filter(|_| validated)).chain(body_only.iter().filter(|_| sends_body));
                let keyed =
                    operation.parameters.iter().flatten().any(|parameter| parameter.name == tandem_domain::sync::OPERATION_ID_HEADER);
                let reused = ("409", "The Idempotency-Key was already used for a different request (operation_id_reused), or a conflict");
                let answers = answers.chain(keyed.then_some(&reused));
                for (status, description) in answers {
                    if !operation.responses.responses.contains_key(*status) {
                        operation.responses.responses.insert((*status).to_owned(), refusal(description).into());
                    }
                }
            }
        }
    }
}

pub fn routes() -> Router<AppState> {
    Router::new().route(paths::OPENAPI_JSON.template(), get(document))
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system", responses((status = 200, description = "OpenAPI 3.1 document")))]
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
