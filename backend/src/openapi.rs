//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use axum::routing::get;
use axum::Router;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use crate::json::Json;
use crate::state::AppState;

#[derive(OpenApi)]
#[openapi(
    info(title = "Tandem API", description = "Plans, sessions, surveys, appointments and voice, for young people, carers and their workers."),
    paths(crate::health::health, crate::feedback::submit, crate::feedback::summary, document),
    modifiers(&AdminTokenScheme),
    tags(
        (name = "system", description = "Health and this document"),
        (name = "accounts", description = "Sign-in, invites, PINs, roles"),
        (name = "plans", description = "Co-produced plans and agreement"),
        (name = "sessions", description = "Session self-scaling"),
        (name = "surveys", description = "Surveys, feedback, complaints and compliments"),
        (name = "appointments", description = "Appointments and replies"),
        (name = "push", description = "Web Push subscriptions"),
        (name = "voice", description = "Consultations, ballots, you said we did"),
        (name = "relay", description = "Delivery to the case record"),
    )
)]
pub struct ApiDoc;

struct AdminTokenScheme;

impl Modify for AdminTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "admin_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

pub fn routes() -> Router<AppState> {
    Router::new().route("/openapi.json", get(document))
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "system", responses((status = 200, description = "OpenAPI 3.1 document")))]
pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
