//! Every path of the API, named once. The backend's router is built from these templates (axum's
//! `{name}` for each segment filled in), and the app builds each request from the same constant
//! with [`Route::path`], so a route renamed on one side cannot be missed on the other. A test in
//! the backend checks this list against the OpenAPI document.

use std::fmt::Display;

/// Where the API lives; every [`Route`] is relative to it.
pub const API_BASE: &str = "/api/v1";

/// One route of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Route(&'static str);

impl Route {
    /// As the router writes it, relative to [`API_BASE`]: `/plans/{id}/changes`.
    pub const fn template(self) -> &'static str {
        self.0
    }

    /// The full path with `values` in its `{...}` segments, in order:
    /// `/api/v1/plans/0190f5d2-.../changes`. Values are path segments (ids), never free text.
    pub fn path(self, values: &[&dyn Display]) -> String {
        let mut path = String::from(API_BASE);
        let mut values = values.iter();
        for segment in self.0.split('/').filter(|segment| !segment.is_empty()) {
            path.push('/');
            if segment.starts_with('{') {
                if let Some(value) = values.next() {
                    path.push_str(&value.to_string());
                }
            } else {
                path.push_str(segment);
            }
        }
        path
    }

    /// The full path of a route with no `{...}` segment.
    pub fn full(self) -> String {
        self.path(&[])
    }
}

// accounts
pub const AUDIT: Route = Route("/audit");
pub const DEVICE_PIN: Route = Route("/device/pin");
pub const DEVICE_LOCK: Route = Route("/device/lock");
pub const DEVICE_UNLOCK: Route = Route("/device/unlock");
pub const DEVICES: Route = Route("/devices");
pub const DEVICES_ITEM: Route = Route("/devices/{id}");
pub const INVITES: Route = Route("/invites");
pub const INVITES_ITEM: Route = Route("/invites/{id}");
pub const INVITES_REDEEM: Route = Route("/invites/redeem");
pub const YOUNG_PEOPLE: Route = Route("/young-people");
pub const YOUNG_PEOPLE_ITEM: Route = Route("/young-people/{id}");
pub const YOUNG_PEOPLE_CARERS: Route = Route("/young-people/{id}/carers");
pub const YOUNG_PEOPLE_CARERS_ITEM: Route = Route("/young-people/{id}/carers/{carer_id}");
pub const YOUNG_PEOPLE_WORKERS: Route = Route("/young-people/{id}/workers");
pub const YOUNG_PEOPLE_WORKERS_ITEM: Route = Route("/young-people/{id}/workers/{worker_id}");
pub const YOUNG_PEOPLE_DEVICES: Route = Route("/young-people/{id}/devices");
pub const YOUNG_PEOPLE_DEVICES_ITEM: Route = Route("/young-people/{id}/devices/{session_id}");
pub const YOUNG_PEOPLE_CLOSURE: Route = Route("/young-people/{id}/closure");
pub const DATA_RIGHTS_RETENTION: Route = Route("/data-rights/retention");
pub const DATA_RIGHTS_ABOUT_ME: Route = Route("/data-rights/about-me");
pub const PEOPLE_ERASURE: Route = Route("/people/{id}/erasure");
pub const PEOPLE_SUBJECT_ACCESS: Route = Route("/people/{id}/subject-access");
pub const PEOPLE_SUBJECT_ACCESS_HTML: Route = Route("/people/{id}/subject-access.html");
pub const CARERS: Route = Route("/carers");
pub const ME_CARERS: Route = Route("/me/carers");
pub const ME_LANGUAGE: Route = Route("/me/language");
pub const ME_EASIER_WORDS: Route = Route("/me/easier-words");
pub const AUTH_SIGN_IN: Route = Route("/auth/sign-in");
pub const AUTH_SIGN_OUT: Route = Route("/auth/sign-out");
pub const AUTH_SET_PASSWORD: Route = Route("/auth/set-password");
pub const ME: Route = Route("/me");
pub const STAFF: Route = Route("/staff");
pub const STAFF_ACCOUNTS: Route = Route("/staff/accounts");
pub const STAFF_DISABLED: Route = Route("/staff/{id}/disabled");
pub const STAFF_RESET_LINK: Route = Route("/staff/{id}/reset-link");
pub const AUTH_PASSWORD: Route = Route("/auth/password");

// passkeys
pub const AUTH_PASSKEY_CHALLENGE: Route = Route("/auth/passkey/challenge");
pub const AUTH_PASSKEY: Route = Route("/auth/passkey");
pub const PASSKEYS: Route = Route("/passkeys");
pub const PASSKEYS_REGISTRATION: Route = Route("/passkeys/registration");
pub const PASSKEYS_ITEM: Route = Route("/passkeys/{id}");
pub const PASSKEYS_SETTINGS: Route = Route("/passkeys/settings");

// appointments
pub const APPOINTMENTS: Route = Route("/appointments");
pub const APPOINTMENTS_REPLIES: Route = Route("/appointments/{id}/replies");
pub const APPOINTMENTS_OUTCOME: Route = Route("/appointments/{id}/outcome");
pub const FREE_TIMES: Route = Route("/free-times");
pub const FREE_TIMES_ITEM: Route = Route("/free-times/{id}");
pub const YOUNG_PEOPLE_APPOINTMENTS: Route = Route("/young-people/{id}/appointments");
pub const IMPORT_APPOINTMENTS: Route = Route("/import/appointments");

// cabinet
pub const VOICE_CABINET: Route = Route("/voice/cabinet");
pub const VOICE_CABINET_CANDIDATES: Route = Route("/voice/cabinet/candidates");
pub const VOICE_CABINET_MEETINGS: Route = Route("/voice/cabinet/meetings");
pub const VOICE_CABINET_MEETINGS_CANCEL: Route = Route("/voice/cabinet/meetings/{id}/cancel");
pub const VOICE_CABINET_ITEM: Route = Route("/voice/cabinet/{young_person_id}");

// complaints
pub const COMPLAINTS: Route = Route("/complaints");
pub const COMPLAINTS_FOLLOWED: Route = Route("/complaints/followed");
pub const COMPLAINTS_SETTINGS: Route = Route("/complaints/settings");
pub const COMPLAINTS_ITEM: Route = Route("/complaints/{id}");

// feedback
pub const APP_FEEDBACK: Route = Route("/app-feedback");

// health
pub const HEALTH: Route = Route("/health");

// openapi.rs
pub const OPENAPI_JSON: Route = Route("/openapi.json");

// plans
pub const PLANS: Route = Route("/plans");
pub const PLANS_ATTENTION: Route = Route("/plans/attention");
pub const PLANS_CHANGES: Route = Route("/plans/{id}/changes");
pub const PLANS_ANSWERS: Route = Route("/plans/{id}/answers");
pub const PLANS_REVIEWS: Route = Route("/plans/{id}/reviews");
pub const YOUNG_PEOPLE_PLAN: Route = Route("/young-people/{id}/plan");
pub const YOUNG_PEOPLE_PLAN_HISTORY: Route = Route("/young-people/{id}/plan/history");

// push
pub const PUSH: Route = Route("/push");
pub const PUSH_SUBSCRIPTIONS: Route = Route("/push/subscriptions");
pub const PUSH_DETAILED: Route = Route("/push/detailed");

// relay
pub const RELAY_EVENTS: Route = Route("/relay/events");
pub const RELAY_SUMMARY: Route = Route("/relay/summary");
pub const RELAY_SETTINGS: Route = Route("/relay/settings");
pub const RELAY_EVENTS_RETRY: Route = Route("/relay/events/{id}/retry");
pub const RELAY_EVENTS_RECORDED: Route = Route("/relay/events/{id}/recorded");
pub const YOUNG_PEOPLE_RELAY_NDJSON: Route = Route("/young-people/{id}/relay.ndjson");
pub const YOUNG_PEOPLE_RELAY_CSV: Route = Route("/young-people/{id}/relay.csv");
pub const FHIR_QUESTIONNAIRES: Route = Route("/fhir/questionnaires");
pub const YOUNG_PEOPLE_CASE_RECORD_ID: Route = Route("/young-people/{id}/case-record-id");

// reminders
pub const REMINDERS_SETTINGS: Route = Route("/reminders/settings");

// sessions
pub const PROGRAMMES: Route = Route("/programmes");
pub const PROGRAMMES_REPORT: Route = Route("/programmes/{id}/report");
pub const PROGRAMMES_REPORT_CSV: Route = Route("/programmes/{id}/report.csv");
pub const SAFETY_ALERTS: Route = Route("/safety/alerts");
pub const SAFETY_ALERTS_ACKNOWLEDGEMENT: Route = Route("/safety/alerts/{id}/acknowledgement");
pub const SAFETY_MINE: Route = Route("/safety/mine");
pub const SAFETY_SETTINGS: Route = Route("/safety/settings");
pub const SESSIONS: Route = Route("/sessions");
pub const SESSIONS_ITEM: Route = Route("/sessions/{id}");
pub const SESSIONS_PHASE: Route = Route("/sessions/{id}/phase");
pub const SESSIONS_REPORT: Route = Route("/sessions/{id}/report");
pub const SESSIONS_REPORT_CSV: Route = Route("/sessions/{id}/report.csv");
pub const SCALING_JOIN: Route = Route("/scaling/join");
pub const SCALING_SCORES: Route = Route("/scaling/scores");
pub const SCALING_PARTICIPANTS_ITEM: Route = Route("/scaling/participants/{token}");
pub const YOUNG_PEOPLE_SCALING: Route = Route("/young-people/{id}/scaling");
pub const YOUNG_PEOPLE_PROFILE: Route = Route("/young-people/{id}/profile");

// surveys
pub const ASSESSMENT_FORMS: Route = Route("/assessments/forms");
pub const ASSESSMENT_FORMS_ITEM: Route = Route("/assessments/forms/{form}");
pub const ASSESSMENT_FORMS_FHIR: Route = Route("/assessments/forms/fhir");
pub const ASSESSMENTS_MINE: Route = Route("/assessments/mine");
pub const ASSESSMENTS_ANSWERS: Route = Route("/assessments/{id}/answers");
pub const YOUNG_PEOPLE_ASSESSMENTS: Route = Route("/young-people/{id}/assessments");
pub const SURVEYS: Route = Route("/surveys");
pub const SURVEYS_TEMPLATES: Route = Route("/surveys/templates");
pub const SURVEYS_MINE: Route = Route("/surveys/mine");
pub const SURVEYS_ITEM: Route = Route("/surveys/{id}");
pub const SURVEYS_PUBLISH: Route = Route("/surveys/{id}/publish");
pub const SURVEYS_RESPONSES: Route = Route("/surveys/{id}/responses");
pub const SURVEYS_RESULTS: Route = Route("/surveys/{id}/results");
pub const SURVEYS_RESPONSES_CSV: Route = Route("/surveys/{id}/responses.csv");
pub const SURVEYS_FHIR: Route = Route("/surveys/{id}/fhir");

// voice
pub const VOICE_CONSULTATIONS: Route = Route("/voice/consultations");
pub const VOICE_CONSULTATIONS_MINE: Route = Route("/voice/consultations/mine");
pub const VOICE_CONSULTATIONS_ITEM: Route = Route("/voice/consultations/{id}");
pub const VOICE_CONSULTATIONS_PUBLISH: Route = Route("/voice/consultations/{id}/publish");
pub const VOICE_CONSULTATIONS_RESULTS: Route = Route("/voice/consultations/{id}/results");
pub const VOICE_CONSULTATIONS_EXPORT_CSV: Route = Route("/voice/consultations/{id}/export.csv");
pub const VOICE_CONSULTATIONS_BALLOTS: Route = Route("/voice/consultations/{id}/ballots");
pub const VOICE_CONSULTATIONS_VOTES: Route = Route("/voice/consultations/{id}/votes");
pub const VOICE_CONSULTATIONS_PROPOSALS: Route = Route("/voice/consultations/{id}/proposals");
pub const VOICE_CONSULTATIONS_PROPOSALS_ITEM: Route = Route("/voice/consultations/{id}/proposals/{proposal_id}");
pub const VOICE_CONSULTATIONS_ANSWERS: Route = Route("/voice/consultations/{id}/answers");
pub const VOICE_CONSULTATIONS_ANSWERS_THEMES: Route = Route("/voice/consultations/{id}/answers/{answer_id}/themes");
pub const VOICE_CONSULTATIONS_ANSWERS_VOICE_NOTE: Route = Route("/voice/consultations/{id}/answers/{answer_id}/voice-note");
pub const VOICE_CONSULTATIONS_RESPONSES: Route = Route("/voice/consultations/{id}/responses");
pub const VOICE_CONSULTATIONS_RESPONSES_ITEM: Route = Route("/voice/consultations/{id}/responses/{response_id}");
pub const VOICE_FEED: Route = Route("/voice/feed");

/// Every route, for the check against the OpenAPI document.
pub const ALL: &[Route] = &[
    AUTH_PASSKEY_CHALLENGE,
    AUTH_PASSKEY,
    PASSKEYS,
    PASSKEYS_REGISTRATION,
    PASSKEYS_ITEM,
    PASSKEYS_SETTINGS,
    AUDIT,
    DEVICE_PIN,
    DEVICE_LOCK,
    DEVICE_UNLOCK,
    DEVICES,
    DEVICES_ITEM,
    INVITES,
    INVITES_ITEM,
    INVITES_REDEEM,
    YOUNG_PEOPLE,
    YOUNG_PEOPLE_ITEM,
    YOUNG_PEOPLE_CARERS,
    YOUNG_PEOPLE_CARERS_ITEM,
    YOUNG_PEOPLE_WORKERS,
    YOUNG_PEOPLE_WORKERS_ITEM,
    YOUNG_PEOPLE_DEVICES,
    YOUNG_PEOPLE_DEVICES_ITEM,
    YOUNG_PEOPLE_CLOSURE,
    DATA_RIGHTS_RETENTION,
    DATA_RIGHTS_ABOUT_ME,
    PEOPLE_ERASURE,
    PEOPLE_SUBJECT_ACCESS,
    PEOPLE_SUBJECT_ACCESS_HTML,
    CARERS,
    ME_CARERS,
    ME_LANGUAGE,
    ME_EASIER_WORDS,
    AUTH_SIGN_IN,
    AUTH_SIGN_OUT,
    AUTH_SET_PASSWORD,
    ME,
    STAFF,
    STAFF_ACCOUNTS,
    STAFF_DISABLED,
    STAFF_RESET_LINK,
    AUTH_PASSWORD,
    APPOINTMENTS,
    APPOINTMENTS_REPLIES,
    APPOINTMENTS_OUTCOME,
    FREE_TIMES,
    FREE_TIMES_ITEM,
    YOUNG_PEOPLE_APPOINTMENTS,
    IMPORT_APPOINTMENTS,
    VOICE_CABINET,
    VOICE_CABINET_CANDIDATES,
    VOICE_CABINET_MEETINGS,
    VOICE_CABINET_MEETINGS_CANCEL,
    VOICE_CABINET_ITEM,
    COMPLAINTS,
    COMPLAINTS_FOLLOWED,
    COMPLAINTS_SETTINGS,
    COMPLAINTS_ITEM,
    APP_FEEDBACK,
    HEALTH,
    OPENAPI_JSON,
    PLANS,
    PLANS_ATTENTION,
    PLANS_CHANGES,
    PLANS_ANSWERS,
    PLANS_REVIEWS,
    YOUNG_PEOPLE_PLAN,
    YOUNG_PEOPLE_PLAN_HISTORY,
    PUSH,
    PUSH_SUBSCRIPTIONS,
    PUSH_DETAILED,
    RELAY_EVENTS,
    RELAY_SUMMARY,
    RELAY_SETTINGS,
    RELAY_EVENTS_RETRY,
    RELAY_EVENTS_RECORDED,
    YOUNG_PEOPLE_RELAY_NDJSON,
    YOUNG_PEOPLE_RELAY_CSV,
    FHIR_QUESTIONNAIRES,
    YOUNG_PEOPLE_CASE_RECORD_ID,
    REMINDERS_SETTINGS,
    PROGRAMMES,
    PROGRAMMES_REPORT,
    PROGRAMMES_REPORT_CSV,
    SAFETY_ALERTS,
    SAFETY_ALERTS_ACKNOWLEDGEMENT,
    SAFETY_MINE,
    SAFETY_SETTINGS,
    SESSIONS,
    SESSIONS_ITEM,
    SESSIONS_PHASE,
    SESSIONS_REPORT,
    SESSIONS_REPORT_CSV,
    SCALING_JOIN,
    SCALING_SCORES,
    SCALING_PARTICIPANTS_ITEM,
    YOUNG_PEOPLE_SCALING,
    YOUNG_PEOPLE_PROFILE,
    ASSESSMENT_FORMS,
    ASSESSMENT_FORMS_ITEM,
    ASSESSMENT_FORMS_FHIR,
    ASSESSMENTS_MINE,
    ASSESSMENTS_ANSWERS,
    YOUNG_PEOPLE_ASSESSMENTS,
    SURVEYS,
    SURVEYS_TEMPLATES,
    SURVEYS_MINE,
    SURVEYS_ITEM,
    SURVEYS_PUBLISH,
    SURVEYS_RESPONSES,
    SURVEYS_RESULTS,
    SURVEYS_RESPONSES_CSV,
    SURVEYS_FHIR,
    VOICE_CONSULTATIONS,
    VOICE_CONSULTATIONS_MINE,
    VOICE_CONSULTATIONS_ITEM,
    VOICE_CONSULTATIONS_PUBLISH,
    VOICE_CONSULTATIONS_RESULTS,
    VOICE_CONSULTATIONS_EXPORT_CSV,
    VOICE_CONSULTATIONS_BALLOTS,
    VOICE_CONSULTATIONS_VOTES,
    VOICE_CONSULTATIONS_PROPOSALS,
    VOICE_CONSULTATIONS_PROPOSALS_ITEM,
    VOICE_CONSULTATIONS_ANSWERS,
    VOICE_CONSULTATIONS_ANSWERS_THEMES,
    VOICE_CONSULTATIONS_ANSWERS_VOICE_NOTE,
    VOICE_CONSULTATIONS_RESPONSES,
    VOICE_CONSULTATIONS_RESPONSES_ITEM,
    VOICE_FEED,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_fills_each_segment_in_order() {
        assert_eq!(PLANS_CHANGES.path(&[&"p1"]), "/api/v1/plans/p1/changes");
        assert_eq!(YOUNG_PEOPLE_CARERS_ITEM.path(&[&7, &"c"]), "/api/v1/young-people/7/carers/c");
        assert_eq!(APP_FEEDBACK.full(), "/api/v1/app-feedback");
    }

    #[test]
    fn every_route_is_named_once() {
        let mut templates: Vec<&str> = ALL.iter().map(|route| route.template()).collect();
        templates.sort_unstable();
        templates.dedup();
        assert_eq!(templates.len(), ALL.len());
    }
}
