//! Stable error codes. The server sends `{"error": {"code", "message"}}`; the app shows the
//! Fluent message `error-<code>` in the user's language, so a code, once shipped, never changes.

use serde::{Deserialize, Serialize};

macro_rules! error_codes {
    ($($variant:ident => $code:literal, $status:literal, $english:literal;)+) => {
        /// Every error the API can answer with.
        // Read back through `parse` rather than a derived visitor: the same codes, and the phone
        // build carries one string match instead of two.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
        #[serde(rename_all = "snake_case", try_from = "String")]
        pub enum ErrorCode {
            $($variant,)+
        }

        impl ErrorCode {
            /// All codes, so tests can prove each has a translation.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$variant,)+];

            /// The code as it travels in JSON.
            pub fn as_str(self) -> &'static str {
                match self { $(ErrorCode::$variant => $code,)+ }
            }

            /// The HTTP status the server answers with.
            pub fn http_status(self) -> u16 {
                match self { $(ErrorCode::$variant => $status,)+ }
            }

            /// English fallback text, sent beside the code for API users without the app.
            pub fn english(self) -> &'static str {
                match self { $(ErrorCode::$variant => $english,)+ }
            }

            /// The Fluent message id the app translates this code with.
            pub fn message_id(self) -> String {
                format!("error-{}", self.as_str())
            }

            /// Reads a code received from the server.
            pub fn parse(code: &str) -> Option<ErrorCode> {
                Self::ALL.iter().copied().find(|known| known.as_str() == code)
            }
        }
    };
}

error_codes! {
    InvalidParameter => "invalid_parameter", 400, "A value in the address is not valid.";
    MalformedJson => "malformed_json", 400, "The request body is not valid JSON of the expected shape.";
    UnsupportedMediaType => "unsupported_media_type", 415, "Send the request body as application/json.";
    PayloadTooLarge => "payload_too_large", 413, "The request is too large.";
    NotFound => "not_found", 404, "There is nothing here.";
    MethodNotAllowed => "method_not_allowed", 405, "That method is not allowed here.";
    Unauthorized => "unauthorized", 401, "Please sign in first.";
    Forbidden => "forbidden", 403, "You are not allowed to do that.";
    MissingOperationId => "missing_operation_id", 400, "The request needs an Idempotency-Key header holding a UUID v7.";
    InvalidOperationId => "invalid_operation_id", 400, "The Idempotency-Key header must hold a UUID v7.";
    OperationIdReused => "operation_id_reused", 409, "That Idempotency-Key was already used for a different request.";
    ScoreOutOfRange => "score_out_of_range", 422, "The score must be a whole number from 0 to 10.";
    TextTooLong => "text_too_long", 422, "The text is too long.";
    TextHasControlCharacters => "text_has_control_characters", 422, "The text contains characters that cannot be stored.";
    InvalidInviteCode => "invalid_invite_code", 400, "That code is not right. Check it with your worker.";
    InviteUsedOrExpired => "invite_used_or_expired", 410, "That code has been used or is too old. Ask your worker for a new one.";
    InvalidPin => "invalid_pin", 422, "The PIN must be 4 to 6 numbers.";
    WrongPin => "wrong_pin", 401, "That PIN is not right.";
    PinRequired => "pin_required", 401, "Enter your PIN to carry on.";
    PinNotSet => "pin_not_set", 409, "Choose a PIN first.";
    PinAlreadySet => "pin_already_set", 409, "This phone already has a PIN.";
    LinkUsedOrExpired => "link_used_or_expired", 410, "That link has been used or is too old. Ask for a new one.";
    NotAYoungPerson => "not_a_young_person", 422, "That person is not a young person.";
    NotACarer => "not_a_carer", 422, "That person is not a parent or carer.";
    NotAWorker => "not_a_worker", 422, "That person is not a worker.";
    DeviceSessionEnded => "device_session_ended", 401, "This phone has been signed out. Ask your worker for a new code.";
    InvalidEmail => "invalid_email", 422, "Please enter a whole email address, like name@example.org.";
    PasswordTooShort => "password_too_short", 422, "The password must be at least 12 characters.";
    WrongCredentials => "wrong_credentials", 401, "The email or password is not right.";
    SessionExpired => "session_expired", 401, "You have been signed out. Please sign in again.";
    NameRequired => "name_required", 422, "Please enter a name.";
    EmailTaken => "email_taken", 409, "Someone already has an account with that email.";
    CannotDisableYourself => "cannot_disable_yourself", 409, "You cannot disable your own account. Ask another admin.";
    WrongCurrentPassword => "wrong_current_password", 422, "Your current password is not right.";
    PasskeyRequired => "passkey_required", 401, "Use your passkey to finish signing in.";
    PasskeySetupRequired => "passkey_setup_required", 403, "Your service asks managers and admins to add a passkey before anything else.";
    PasskeyNotAccepted => "passkey_not_accepted", 401, "That passkey could not be used. Try again, or sign in with your email and password.";
    PasskeyTimedOut => "passkey_timed_out", 410, "That took too long. Please try again.";
    PasskeyAlreadyAdded => "passkey_already_added", 409, "That passkey is already on an account.";
    LastPasskeyNeeded => "last_passkey_needed", 409, "Your service needs you to keep a passkey. Add another before you remove this one.";
    CrossSiteRequest => "cross_site_request", 403, "This request came from another site and was refused.";
    RateLimited => "rate_limited", 429, "Too many tries. Please wait a little and try again.";
    JoinCodeNotFound => "join_code_not_found", 404, "There is no open session with that code. Check the code with your worker.";
    SessionClosed => "session_closed", 409, "This session has finished, so scores can no longer be given.";
    AlreadyJoined => "already_joined", 409, "You have already joined this session.";
    AlreadyScored => "already_scored", 409, "You have already given this score.";
    EndScoresNotOpen => "end_scores_not_open", 409, "Your worker has not asked for end scores yet. Give this score when they do.";
    SignInToJoin => "sign_in_to_join", 401, "This session is for young people who are signed in. Ask your worker.";
    ImplausibleDeviceTime => "implausible_device_time", 422, "This phone's clock looks wrong, so the score could not be placed. Check the time on the phone.";
    PhaseCannotGoBack => "phase_cannot_go_back", 409, "A session only moves forward: start, then end, then closed.";
    MeasureNotInSession => "measure_not_in_session", 422, "That question is not part of this session.";
    TopicNotInProgramme => "topic_not_in_programme", 422, "Choose a topic from this programme.";
    TextRequired => "text_required", 422, "Please fill in every box.";
    FreeTimeGone => "free_time_gone", 409, "That time has just been taken or removed. Please choose another, or say what would suit you.";
    InvalidParticipantToken => "invalid_participant_token", 422, "This phone could not make its code for this session. Please close Tandem and open it again.";
    InvalidFollowToken => "invalid_follow_token", 422, "This phone could not make its code for following what you send. Please close Tandem and open it again.";
    InvalidPhoneNumber => "invalid_phone_number", 422, "Please give a phone number: digits and spaces, with + at the start if needed.";
    TopicsRequired => "topics_required", 422, "Add at least one session topic.";
    TooManyTopics => "too_many_topics", 422, "A programme can have at most 52 topics.";
    TargetRequired => "target_required", 422, "Write the target first: what do you want to work on?";
    TooManyTargets => "too_many_targets", 422, "A plan can have at most 20 targets.";
    NotYourColumn => "not_your_column", 403, "That part of the plan is someone else's to write.";
    InvalidDate => "invalid_date", 422, "Please enter a real date.";
    ClosureInFuture => "closure_in_future", 422, "A case can be closed today or on a day already past, not on a day still to come.";
    CaseClosed => "case_closed", 409, "This young person's case is closed, so nothing new can be added. Reopen the case first.";
    EventsWaiting => "events_waiting", 409, "Some of what this person sent has not reached the case record yet. Send or record it on the relay page first, so nothing is lost.";
    PlanVersionNotCurrent => "plan_version_not_current", 409, "The plan has changed since you read it. Read it again before you say whether you agree.";
    PlanEditConflict => "plan_edit_conflict", 409, "Someone else changed this box while you were writing. Choose which words to keep.";
    InvalidTime => "invalid_time", 422, "Please enter a real time, like 16:00.";
    AppointmentInPast => "appointment_in_past", 422, "That time has already passed. Choose a time still to come.";
    DueDateOutOfRange => "due_date_out_of_range", 422, "Choose a day from today to a year from now.";
    FormNotForPerson => "form_not_for_person", 422, "This form is for someone else: young people get their own forms, and parents and carers theirs.";
    InvalidLink => "invalid_link", 422, "A map link must be a whole web address starting with https://.";
    ReasonRequired => "reason_required", 422, "Please say what needs to change, so your worker can sort it out.";
    AppointmentOver => "appointment_over", 409, "This appointment has already happened or was cancelled, so it cannot be answered now.";
    InvalidPushSubscription => "invalid_push_subscription", 422, "This phone could not be set up for reminders. Please try again.";
    InvalidSignature => "invalid_signature", 401, "The request's signature is missing, wrong or too old.";
    QuestionsRequired => "questions_required", 422, "Add at least one question.";
    TooManyQuestions => "too_many_questions", 422, "A survey can have at most 60 questions.";
    InvalidSurvey => "invalid_survey", 422, "Something in this survey does not fit together: check each question's options and when it is shown.";
    AnswerNotInSurvey => "answer_not_in_survey", 422, "That answer is for a question this survey does not have. Please start the survey again.";
    AnswerRequired => "answer_required", 422, "Please answer this question.";
    ChoiceRequired => "choice_required", 422, "Please choose one of these first.";
    InvalidAnswer => "invalid_answer", 422, "That answer does not fit this question.";
    SurveyNotOpen => "survey_not_open", 409, "This survey is not open for answers now.";
    AlreadyAnswered => "already_answered", 409, "You have already answered this survey. Thank you!";
    OutcomeRequired => "outcome_required", 422, "Say what was decided before marking this resolved.";
    InvalidConsultation => "invalid_consultation", 422, "Something in this consultation does not fit together: check each activity has words, at least two issues on a ballot, and no id used twice.";
    ConsultationNotOpen => "consultation_not_open", 409, "This consultation is not open now, so this could not be counted.";
    AlreadyVoted => "already_voted", 409, "You have already voted on this. Each person votes once.";
    TooFewToShow => "too_few_to_show", 409, "Fewer than five anonymous answers match this, so they are not shown: so few could tell someone who said what. Choose a wider filter.";
    RankedTwice => "ranked_twice", 422, "You picked the same issue twice. Choose a different one for each place.";
    StatementNotApproved => "statement_not_approved", 409, "That statement is not open for votes.";
    VoiceNoteTooLarge => "voice_note_too_large", 413, "That voice note is too long. Keep it under about two minutes, or write your answer instead.";
    AlreadyPublished => "already_published", 409, "This consultation is published, so its activities can no longer change.";
    OutOfRange => "out_of_range", 422, "That number is outside what is allowed here.";
    ClosesBeforeOpens => "closes_before_opens", 422, "The closing day is before the opening day.";
    ReminderTimesClash => "reminder_times_clash", 422, "Quiet hours must run overnight, and the evening reminder must come before them.";
    RelayEventState => "relay_event_state", 409, "That event cannot be changed that way now (only a failed event can be retried, and only one not yet in the record can be marked recorded).";
    Offline => "offline", 503, "You are offline. What you wrote is saved on this phone and will be sent when you are back online.";
    StorageUnavailable => "storage_unavailable", 503, "The service cannot reach its database right now. Please try again soon.";
    Internal => "internal", 500, "Something went wrong on our side. What you sent is safe; please try again.";
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::error::Error for ErrorCode {}

impl TryFrom<String> for ErrorCode {
    type Error = String;
    fn try_from(code: String) -> Result<Self, Self::Error> {
        ErrorCode::parse(&code).ok_or_else(|| format!("unknown error code {code}"))
    }
}

/// The one JSON error shape: `{"error": {"code": "...", "message": "..."}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiErrorBody {
    pub error: ApiErrorDetail,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiErrorDetail {
    pub code: ErrorCode,
    pub message: String,
    /// With `wrong_pin`: how many more wrong PINs this phone may be given before it is signed out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// The request's field the refusal is about, where it is one (`opens_on`,
    /// `survey.questions.2`), so a form can say it beside that field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

impl From<ErrorCode> for ApiErrorBody {
    fn from(code: ErrorCode) -> Self {
        ApiErrorBody { error: ApiErrorDetail { code, message: code.english().to_owned(), tries_left: None, field: None } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_snake_case_and_round_trip_through_json() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(ErrorCode::parse(code.as_str()), Some(*code));
            assert!(code.as_str().chars().all(|c| c.is_ascii_lowercase() || c == '_'));
        }
    }

    #[test]
    fn codes_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
        }
    }

    #[test]
    fn error_body_has_the_documented_shape() {
        let body = ApiErrorBody::from(ErrorCode::MalformedJson);
        let value = serde_json::to_value(&body).unwrap();
        assert_eq!(value["error"]["code"], "malformed_json");
        assert!(value["error"]["message"].as_str().unwrap().len() > 10);
    }
}

/// A refusal about one field of a form, so the form can say it beside that field. `field` is
/// the request's own name for it (`title`, `opens_on`, `survey.questions.2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

impl FieldError {
    /// Names the field of `code`, for `map_err`.
    pub fn on(field: impl Into<String>) -> impl FnOnce(ErrorCode) -> FieldError {
        let field = field.into();
        move |code| FieldError { field, code }
    }
}
