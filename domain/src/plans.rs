//! Co-produced plans: the service's five-column paper plan (DOMAIN.md, "Co-produced plan") as
//! data, and the rules over it as pure functions. A plan is a sequence of immutable versions;
//! every accepted change makes the next one. Who may write which column, when an edit collides
//! with someone else's, what a carer is shown, and what reopens agreement are all decided here,
//! so the server and the phone (working offline) apply the same rules.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::accounts::Relation;
use crate::text::clean_free_text;
use crate::ErrorCode;

/// Longest text in one box of the plan: the paper form's boxes hold a sentence or two.
pub const FIELD_MAX_CHARS: usize = 500;
/// Most targets in one plan; the service's own example has five.
pub const MAX_ROWS: usize = 20;
/// Longest "what went well" in a review.
pub const REVIEW_MAX_CHARS: usize = 2000;

/// The symbols a young person can pick for a target (emoji are text: read by screen readers by
/// their own names, drawn in the phone's font, no images).
pub const ICONS: &[&str] = &["⭐", "⚽", "🎨", "🎵", "📚", "💪", "🧠", "❤️", "🤝", "🏠", "🚲", "🌱"];

/// The five columns, in the paper form's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Target,
    IWill,
    CarerWill,
    WorkerWill,
    HowIKnow,
}

impl Field {
    pub const ALL: [Field; 5] = [Field::Target, Field::IWill, Field::CarerWill, Field::WorkerWill, Field::HowIKnow];

    pub fn as_str(self) -> &'static str {
        match self {
            Field::Target => "target",
            Field::IWill => "i_will",
            Field::CarerWill => "carer_will",
            Field::WorkerWill => "worker_will",
            Field::HowIKnow => "how_i_know",
        }
    }

    /// Whose words this column is.
    pub fn writer(self) -> Party {
        match self {
            Field::Target | Field::IWill | Field::HowIKnow => Party::YoungPerson,
            Field::CarerWill => Party::Carer,
            Field::WorkerWill => Party::Worker,
        }
    }
}

/// The three parties to a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Party {
    YoungPerson,
    Carer,
    /// The allocated worker, or a manager of the service acting for them.
    Worker,
}

impl Party {
    pub const ALL: [Party; 3] = [Party::YoungPerson, Party::Carer, Party::Worker];

    /// The party as it is stored and travels in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Party::YoungPerson => "young_person",
            Party::Carer => "carer",
            Party::Worker => "worker",
        }
    }

    pub fn parse(stored: &str) -> Option<Party> {
        Party::ALL.into_iter().find(|party| party.as_str() == stored)
    }

    /// The party someone is to a young person's plan; `None` means they have no part in it.
    pub fn of(relation: Relation) -> Option<Party> {
        match relation {
            Relation::TheYoungPerson => Some(Party::YoungPerson),
            Relation::LinkedCarer => Some(Party::Carer),
            Relation::AllocatedWorker | Relation::ServiceManager => Some(Party::Worker),
            Relation::Unrelated => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    Active,
    Achieved,
    /// Dropped, with the reason in `dropped_reason`.
    Dropped,
}

impl RowStatus {
    pub const ALL: [RowStatus; 3] = [RowStatus::Active, RowStatus::Achieved, RowStatus::Dropped];

    /// The status as it travels in JSON (and in a form's select).
    pub fn as_str(self) -> &'static str {
        match self {
            RowStatus::Active => "active",
            RowStatus::Achieved => "achieved",
            RowStatus::Dropped => "dropped",
        }
    }

    pub fn parse(raw: &str) -> Option<RowStatus> {
        RowStatus::ALL.into_iter().find(|status| status.as_str() == raw)
    }
}

/// What a linked carer is shown of a target; the young person chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CarerSharing {
    WholeRow,
    /// The target and the carer's own part, nothing else.
    TargetAndCarerPart,
    Hidden,
}

/// One box of the plan, the plan version in which it last changed and the device that wrote
/// it (for conflicts).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Cell {
    pub text: String,
    pub changed_in: u32,
    #[serde(default)]
    pub written_by: Option<Uuid>,
}

/// Who makes a change: their part in the plan, and the signed-in device (or staff session) it
/// comes from. Edits queued one after another on one phone never collide with each other; the
/// same box changed from another device (a second carer, the young person's other phone) does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Author {
    pub party: Party,
    pub device: Uuid,
}

/// The five boxes of a row.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Cells {
    pub target: Cell,
    pub i_will: Cell,
    pub carer_will: Cell,
    pub worker_will: Cell,
    pub how_i_know: Cell,
}

impl Cells {
    pub fn get(&self, field: Field) -> &Cell {
        match field {
            Field::Target => &self.target,
            Field::IWill => &self.i_will,
            Field::CarerWill => &self.carer_will,
            Field::WorkerWill => &self.worker_will,
            Field::HowIKnow => &self.how_i_know,
        }
    }

    fn get_mut(&mut self, field: Field) -> &mut Cell {
        match field {
            Field::Target => &mut self.target,
            Field::IWill => &mut self.i_will,
            Field::CarerWill => &mut self.carer_will,
            Field::WorkerWill => &mut self.worker_will,
            Field::HowIKnow => &mut self.how_i_know,
        }
    }
}

/// Wording the worker suggests for someone else's box; its writer accepts it or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Suggestion {
    pub id: Uuid,
    pub field: Field,
    pub text: String,
}

/// A target and everything about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Row {
    pub id: Uuid,
    pub cells: Cells,
    /// The plan version in which this row's words or status last changed.
    pub version: u32,
    pub status: RowStatus,
    #[serde(default)]
    pub dropped_reason: String,
    /// `YYYY-MM-DD`, set by the worker.
    #[serde(default)]
    pub review_date: Option<String>,
    #[serde(default)]
    pub icon: Option<String>,
    pub sharing: CarerSharing,
    #[serde(default)]
    pub suggestions: Vec<Suggestion>,
}

/// One version of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    /// 0 for a plan with nothing in it yet.
    pub version: u32,
    pub rows: Vec<Row>,
}

/// A change someone makes to a plan. Phones queue these offline, so each names the version it
/// was made against, and new rows carry an id made on the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
// Externally tagged (`{"edit": {...}}`): serde's internally tagged form buffers every value and
// cost the phone build 17 KB gzip.
#[serde(rename_all = "snake_case")]
pub enum PlanChange {
    AddRow {
        row_id: Uuid,
        target: String,
        #[serde(default)]
        worker_will: String,
    },
    /// Writes the caller's own box; a worker writing anyone else's makes a suggestion.
    Edit {
        row_id: Uuid,
        field: Field,
        text: String,
        base_version: u32,
    },
    AnswerSuggestion {
        row_id: Uuid,
        suggestion_id: Uuid,
        accept: bool,
    },
    SetStatus {
        row_id: Uuid,
        status: RowStatus,
        #[serde(default)]
        reason: String,
        #[serde(default)]
        review_date: Option<String>,
    },
    /// The young person's own choices: the symbol and what the carer sees.
    SetLook {
        row_id: Uuid,
        icon: Option<String>,
        sharing: CarerSharing,
    },
}

impl PlanChange {
    /// The existing row it changes (none for a new row).
    pub fn row_id(&self) -> Option<Uuid> {
        match self {
            PlanChange::AddRow { .. } => None,
            PlanChange::Edit { row_id, .. }
            | PlanChange::AnswerSuggestion { row_id, .. }
            | PlanChange::SetStatus { row_id, .. }
            | PlanChange::SetLook { row_id, .. } => Some(*row_id),
        }
    }
}

/// The same box changed by someone else since the version an edit started from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EditConflict {
    pub row_id: Uuid,
    pub field: Field,
    pub yours: String,
    pub theirs: String,
    /// Send again with this as `base_version` to keep yours (or a merge) over theirs.
    pub current_version: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Code(ErrorCode),
    Conflict(EditConflict),
}

impl From<ErrorCode> for Refusal {
    fn from(code: ErrorCode) -> Self {
        Refusal::Code(code)
    }
}

fn box_text(raw: &str) -> Result<String, ErrorCode> {
    clean_free_text(raw, FIELD_MAX_CHARS)
}

/// Reads a `YYYY-MM-DD` date as a date box sends it. Checked by hand and by building the day,
/// not with `time`'s parser, which would be most of the phone build's share of this module.
pub fn parse_day(raw: &str) -> Result<String, ErrorCode> {
    parse_date(raw).map(|_| raw.trim().to_owned())
}

/// `2026-11-23` as a date: four, two and two digits, and a real day of that month.
pub fn parse_date(raw: &str) -> Result<time::Date, ErrorCode> {
    let day = raw.trim();
    let parts: Vec<&str> = day.split('-').collect();
    let number = |part: &str, digits: usize| {
        (part.len() == digits && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse::<u16>().ok()).flatten()
    };
    let [year, month, date] = parts.as_slice() else { return Err(ErrorCode::InvalidDate) };
    let (Some(year), Some(month), Some(date)) = (number(year, 4), number(month, 2), number(date, 2)) else {
        return Err(ErrorCode::InvalidDate);
    };
    let month = time::Month::try_from(u8::try_from(month).map_err(|_| ErrorCode::InvalidDate)?).map_err(|_| ErrorCode::InvalidDate)?;
    let date = u8::try_from(date).map_err(|_| ErrorCode::InvalidDate)?;
    time::Date::from_calendar_date(i32::from(year), month, date).map_err(|_| ErrorCode::InvalidDate)
}

impl Plan {
    pub fn row(&self, id: Uuid) -> Option<&Row> {
        self.rows.iter().find(|row| row.id == id)
    }

    /// Applies `change` made by `party`. Answers the next version, or this one unchanged when
    /// the change changes nothing (the same words sent again). `fresh_id` names a suggestion
    /// the change may create.
    pub fn apply(&self, author: Author, change: &PlanChange, fresh_id: Uuid) -> Result<Plan, Refusal> {
        let party = author.party;
        // A row hidden from carers is not there for them: a carer who saw it before it was
        // hidden (an old copy on the phone) cannot write in it or answer a suggestion in it.
        if party == Party::Carer && change.row_id().and_then(|id| self.row(id)).is_some_and(|row| row.sharing == CarerSharing::Hidden) {
            return Err(ErrorCode::NotFound.into());
        }
        let mut next = self.clone();
        let version = self.version.saturating_add(1);
        match change {
            PlanChange::AddRow { row_id, target, worker_will } => {
                if party == Party::Carer {
                    return Err(ErrorCode::NotYourColumn.into());
                }
                let target = box_text(target)?;
                let worker_will = box_text(worker_will)?;
                if target.is_empty() {
                    return Err(ErrorCode::TargetRequired.into());
                }
                if party != Party::Worker && !worker_will.is_empty() {
                    return Err(ErrorCode::NotYourColumn.into());
                }
                if self.row(*row_id).is_some() {
                    return Err(ErrorCode::InvalidParameter.into());
                }
                if self.rows.len() >= MAX_ROWS {
                    return Err(ErrorCode::TooManyTargets.into());
                }
                let written = |text: String| Cell { changed_in: version, written_by: Some(author.device), text };
                let cells = Cells { target: written(target), worker_will: written(worker_will), ..Cells::default() };
                next.rows.push(Row::new(*row_id, cells, version));
            }
            PlanChange::Edit { row_id, field, text, base_version } => {
                let text = box_text(text)?;
                let row = next.row_mut(*row_id)?;
                if party != field.writer() {
                    if party != Party::Worker {
                        return Err(ErrorCode::NotYourColumn.into());
                    }
                    if text.is_empty() {
                        return Err(ErrorCode::TextRequired.into());
                    }
                    // One open suggestion per box: a newer one replaces the older.
                    row.suggestions.retain(|s| s.field != *field);
                    row.suggestions.push(Suggestion { id: fresh_id, field: *field, text });
                } else {
                    let cell = row.cells.get(*field);
                    if cell.text == text {
                        return Ok(self.clone());
                    }
                    if cell.changed_in > *base_version && cell.written_by != Some(author.device) {
                        return Err(Refusal::Conflict(EditConflict {
                            row_id: *row_id,
                            field: *field,
                            yours: text,
                            theirs: cell.text.clone(),
                            current_version: self.version,
                        }));
                    }
                    if *field == Field::Target && text.is_empty() {
                        return Err(ErrorCode::TargetRequired.into());
                    }
                    row.write(*field, text, version, author.device);
                }
            }
            PlanChange::AnswerSuggestion { row_id, suggestion_id, accept } => {
                let row = next.row_mut(*row_id)?;
                let suggestion = row.suggestions.iter().find(|s| s.id == *suggestion_id).cloned().ok_or(ErrorCode::NotFound)?;
                if party != suggestion.field.writer() {
                    return Err(ErrorCode::NotYourColumn.into());
                }
                row.suggestions.retain(|s| s.id != *suggestion_id);
                if *accept && row.cells.get(suggestion.field).text != suggestion.text {
                    row.write(suggestion.field, suggestion.text, version, author.device);
                }
            }
            PlanChange::SetStatus { row_id, status, reason, review_date } => {
                if party != Party::Worker {
                    return Err(ErrorCode::Forbidden.into());
                }
                let reason = box_text(reason)?;
                if *status == RowStatus::Dropped && reason.is_empty() {
                    return Err(ErrorCode::TextRequired.into());
                }
                let review_date = review_date.as_deref().filter(|day| !day.trim().is_empty()).map(parse_day).transpose()?;
                let row = next.row_mut(*row_id)?;
                let reason = if *status == RowStatus::Dropped { reason } else { String::new() };
                if row.status != *status || row.dropped_reason != reason {
                    row.version = version;
                }
                row.status = *status;
                row.dropped_reason = reason;
                row.review_date = review_date;
            }
            PlanChange::SetLook { row_id, icon, sharing } => {
                if party != Party::YoungPerson {
                    return Err(ErrorCode::NotYourColumn.into());
                }
                if icon.as_deref().is_some_and(|icon| !ICONS.contains(&icon)) {
                    return Err(ErrorCode::InvalidParameter.into());
                }
                let row = next.row_mut(*row_id)?;
                row.icon = icon.clone();
                row.sharing = *sharing;
            }
        }
        if next.rows == self.rows {
            return Ok(self.clone());
        }
        next.version = version;
        Ok(next)
    }

    fn row_mut(&mut self, id: Uuid) -> Result<&mut Row, ErrorCode> {
        self.rows.iter_mut().find(|row| row.id == id).ok_or(ErrorCode::NotFound)
    }

    /// The plan as `party` may see it: a carer gets only the rows and boxes shared with carers;
    /// suggestions go only to the worker and the person whose box they are for.
    pub fn seen_by(&self, party: Party) -> Plan {
        let rows = self
            .rows
            .iter()
            .filter(|row| party != Party::Carer || row.sharing != CarerSharing::Hidden)
            .map(|row| {
                let mut row = row.clone();
                if party != Party::Worker {
                    row.suggestions.retain(|s| s.field.writer() == party);
                    for field in Field::ALL {
                        row.cells.get_mut(field).written_by = None;
                    }
                }
                if party == Party::Carer && row.sharing == CarerSharing::TargetAndCarerPart {
                    for field in [Field::IWill, Field::WorkerWill, Field::HowIKnow] {
                        *row.cells.get_mut(field) = Cell::default();
                    }
                }
                row
            })
            .collect();
        Plan { version: self.version, rows }
    }
}

impl Row {
    /// A new, active target with these words, shared whole with carers until the young person
    /// chooses otherwise.
    pub fn new(id: Uuid, cells: Cells, version: u32) -> Row {
        Row {
            id,
            cells,
            version,
            status: RowStatus::Active,
            dropped_reason: String::new(),
            review_date: None,
            icon: None,
            sharing: CarerSharing::WholeRow,
            suggestions: Vec::new(),
        }
    }

    fn write(&mut self, field: Field, text: String, version: u32, device: Uuid) {
        *self.cells.get_mut(field) = Cell { text, changed_in: version, written_by: Some(device) };
        self.version = version;
    }
}

/// One box's words before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldChange {
    pub field: Field,
    pub before: String,
    pub after: String,
}

/// How one target changed between two versions: the readable diff shown when agreement reopens
/// and in the plan's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowChange {
    pub row_id: Uuid,
    /// The target as it reads now.
    pub target: String,
    pub added: bool,
    pub fields: Vec<FieldChange>,
    /// Set when the status changed.
    pub status: Option<StatusChange>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StatusChange {
    pub before: RowStatus,
    pub after: RowStatus,
}

/// What changed in the words and statuses of the targets from `before` to `after`. Symbols,
/// sharing choices and suggestions are not part of what is agreed, so they are not listed.
pub fn changes(before: &Plan, after: &Plan) -> Vec<RowChange> {
    after
        .rows
        .iter()
        .filter_map(|row| {
            let old = before.row(row.id);
            let fields: Vec<FieldChange> = Field::ALL
                .iter()
                .filter_map(|field| {
                    let was = old.map(|old| old.cells.get(*field).text.as_str()).unwrap_or("");
                    let now = row.cells.get(*field).text.as_str();
                    (was != now).then(|| FieldChange { field: *field, before: was.to_owned(), after: now.to_owned() })
                })
                .collect();
            let status = old.filter(|old| old.status != row.status).map(|old| StatusChange { before: old.status, after: row.status });
            (old.is_none() || !fields.is_empty() || status.is_some()).then(|| RowChange {
                row_id: row.id,
                target: row.cells.target.text.clone(),
                added: old.is_none(),
                fields,
                status,
            })
        })
        .collect()
}

/// Where one person's agreement stands with the plan as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum AgreementState {
    /// Has not answered yet.
    Waiting,
    Agreed {
        version: u32,
    },
    Disagreed {
        version: u32,
        change_wanted: String,
    },
    /// Agreed (or disagreed) with an earlier version, and what they can see has changed since:
    /// they are asked again, and shown what changed. What they said then is kept: a "no" must
    /// not read as a yes once the plan moves on.
    Reopened {
        version: u32,
        agreed: bool,
        #[serde(default)]
        change_wanted: String,
        changed: Vec<RowChange>,
    },
}

/// A person's latest answer about a plan version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub version: u32,
    pub agreed: bool,
    pub change_wanted: String,
}

/// Where `party`'s latest answer (given on `answered`, the plan as it was then) stands now.
/// Their own boxes of targets that were already there are written only by them (a worker's
/// wording waits as a suggestion until they take it), so changes there are their own words and
/// do not ask them again.
pub fn agreement_state(party: Party, answer: Option<&Answer>, answered: &Plan, current: &Plan) -> AgreementState {
    let Some(answer) = answer else { return AgreementState::Waiting };
    let changed: Vec<RowChange> = changes(&answered.seen_by(party), &current.seen_by(party))
        .into_iter()
        .filter_map(|mut change| {
            if !change.added {
                change.fields.retain(|field| field.field.writer() != party);
            }
            (change.added || change.status.is_some() || !change.fields.is_empty()).then_some(change)
        })
        .collect();
    if !changed.is_empty() {
        return AgreementState::Reopened {
            version: answer.version,
            agreed: answer.agreed,
            change_wanted: answer.change_wanted.clone(),
            changed,
        };
    }
    if answer.agreed {
        AgreementState::Agreed { version: answer.version }
    } else {
        AgreementState::Disagreed { version: answer.version, change_wanted: answer.change_wanted.clone() }
    }
}

/// Agreeing or not, as sent from a phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AgreementRequest {
    /// The version the person read.
    pub version: u32,
    pub agree: bool,
    /// "What would you change?": needed when not agreeing.
    #[serde(default)]
    pub change_wanted: String,
}

/// Checks an answer against the plan: only the young person and carers agree; a version is
/// agreed only while what that person can see of it is still what the plan says; saying no
/// needs words. Answers the answer to record, against the current version.
/// Changes made since `read` by the author's own device (their own words, queued on the phone
/// before they tapped "I agree") do not make what they read out of date.
pub fn check_agreement(author: Author, request: &AgreementRequest, read: Option<&Plan>, current: &Plan) -> Result<Answer, ErrorCode> {
    let party = author.party;
    if party == Party::Worker {
        return Err(ErrorCode::Forbidden);
    }
    if current.rows.is_empty() {
        return Err(ErrorCode::PlanVersionNotCurrent);
    }
    let read = read.ok_or(ErrorCode::PlanVersionNotCurrent)?;
    let written_here =
        |row_id: Uuid, field: Field| current.row(row_id).is_some_and(|row| row.cells.get(field).written_by == Some(author.device));
    let by_others = changes(&read.seen_by(party), &current.seen_by(party)).into_iter().any(|change| {
        change.status.is_some()
            || (change.added && !written_here(change.row_id, Field::Target))
            || change.fields.iter().any(|field| !written_here(change.row_id, field.field))
    });
    if by_others {
        return Err(ErrorCode::PlanVersionNotCurrent);
    }
    let change_wanted = box_text(&request.change_wanted)?;
    if !request.agree && change_wanted.is_empty() {
        return Err(ErrorCode::TextRequired);
    }
    Ok(Answer { version: current.version, agreed: request.agree, change_wanted: if request.agree { String::new() } else { change_wanted } })
}

/// A review, as the worker records it with the young person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewRequest {
    pub went_well: String,
    /// The young person's own 0-10 for each active target.
    pub progress: Vec<TargetProgress>,
    /// `YYYY-MM-DD`
    pub next_review: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetProgress {
    pub row_id: Uuid,
    pub score: i64,
}

/// A checked review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    pub went_well: String,
    pub progress: Vec<(Uuid, u8)>,
    pub next_review: String,
}

impl Review {
    pub fn parse(request: &ReviewRequest, plan: &Plan) -> Result<Review, ErrorCode> {
        let went_well = clean_free_text(&request.went_well, REVIEW_MAX_CHARS)?;
        if went_well.is_empty() {
            return Err(ErrorCode::TextRequired);
        }
        let mut progress = Vec::new();
        for item in &request.progress {
            if plan.row(item.row_id).is_none() || progress.iter().any(|(row, _)| *row == item.row_id) {
                return Err(ErrorCode::InvalidParameter);
            }
            let score = crate::feedback::Score::parse(item.score)?;
            progress.push((item.row_id, score.value()));
        }
        Ok(Review { went_well, progress, next_review: parse_day(&request.next_review)? })
    }
}

/// A person's answer, for the worker's view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartyAgreement {
    pub person_id: Uuid,
    pub name: String,
    pub party: Party,
    pub state: AgreementState,
    /// RFC 3339, as the server writes it. Text rather than a time: the phone only shows it, and
    /// a time parser would cost the phone build more than the whole plan page.
    pub answered_at: Option<String>,
}

/// A plan as its reader may see it, with where agreement stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanView {
    pub young_person_id: Uuid,
    pub young_person_name: String,
    /// The reader's part.
    pub party: Party,
    pub plan: Plan,
    /// Every party's answer for staff; the reader's own for a young person or carer.
    pub agreements: Vec<PartyAgreement>,
    pub last_review: Option<ReviewSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewSummary {
    pub went_well: String,
    pub progress: Vec<TargetProgress>,
    pub next_review: String,
    pub plan_version: u32,
    /// RFC 3339, as the server writes it.
    pub at: String,
}

/// A plan on a worker's caseload that is not agreed by everyone: someone has not answered, would
/// change something, or was asked again after a change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanAttention {
    pub young_person_id: Uuid,
    pub young_person_name: String,
    pub version: u32,
    /// Only the people whose answer is not "agreed".
    pub waiting_on: Vec<PartyAgreement>,
}

/// One line of a plan's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HistoryEvent {
    Version { version: u32, changed: Vec<RowChange> },
    Answer { version: u32, agreed: bool, change_wanted: String },
    Review { review: ReviewSummary },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HistoryEntry {
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    pub who: String,
    pub party: Party,
    pub event: HistoryEvent,
}

/// What the server answers to a change: the plan as the sender may now see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangeReceipt {
    pub version: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    /// Each party writes from its own device.
    fn by(party: Party) -> Author {
        Author {
            party,
            device: id(match party {
                Party::YoungPerson => 71,
                Party::Carer => 72,
                Party::Worker => 73,
            }),
        }
    }

    fn add(plan: &Plan, party: Party, row: u128, target: &str, worker_will: &str) -> Result<Plan, Refusal> {
        plan.apply(by(party), &PlanChange::AddRow { row_id: id(row), target: target.into(), worker_will: worker_will.into() }, id(999))
    }

    fn edit(plan: &Plan, party: Party, row: u128, field: Field, text: &str, base: u32) -> Result<Plan, Refusal> {
        plan.apply(
            by(party),
            &PlanChange::Edit { row_id: id(row), field, text: text.into(), base_version: base },
            id(900 + u128::from(base)),
        )
    }

    /// The worker drafts the service's first two targets.
    fn drafted() -> Plan {
        let plan = add(&Plan::default(), Party::Worker, 1, "Learn how to control my anger better", "identify triggers; calming techniques")
            .unwrap();
        add(&plan, Party::Worker, 2, "Make better decisions", "reflect on past decisions; who can help").unwrap()
    }

    #[test]
    fn each_party_writes_only_its_own_column() {
        let plan = drafted();
        assert_eq!(plan.version, 2);
        let plan = edit(&plan, Party::YoungPerson, 1, Field::IWill, "work out what makes me angry", 2).unwrap();
        let plan = edit(&plan, Party::Carer, 1, Field::CarerWill, "give Jay space", 3).unwrap();
        assert_eq!(plan.version, 4);
        assert_eq!(plan.rows[0].cells.carer_will.text, "give Jay space");
        assert_eq!(plan.rows[0].version, 4);
        assert_eq!(plan.rows[1].version, 2, "the other row's version is its own");
        for (party, field) in [
            (Party::Carer, Field::IWill),
            (Party::Carer, Field::Target),
            (Party::YoungPerson, Field::CarerWill),
            (Party::YoungPerson, Field::WorkerWill),
            (Party::Carer, Field::WorkerWill),
        ] {
            assert_eq!(edit(&plan, party, 1, field, "mine now", 4), Err(Refusal::Code(ErrorCode::NotYourColumn)), "{party:?} {field:?}");
        }
        assert_eq!(add(&plan, Party::Carer, 3, "a target", ""), Err(Refusal::Code(ErrorCode::NotYourColumn)));
        assert_eq!(add(&plan, Party::YoungPerson, 3, "a target", "the worker's words"), Err(Refusal::Code(ErrorCode::NotYourColumn)));
        assert!(add(&plan, Party::YoungPerson, 3, "Engage in positive activity", "").is_ok());
    }

    #[test]
    fn a_worker_writing_someone_elses_box_makes_a_suggestion_the_writer_answers() {
        let plan = drafted();
        let suggested = edit(&plan, Party::Worker, 1, Field::HowIKnow, "my outbursts go down", 2).unwrap();
        assert_eq!(suggested.rows[0].cells.how_i_know.text, "", "a suggestion changes no words");
        assert!(changes(&plan, &suggested).is_empty());
        let suggestion = suggested.rows[0].suggestions[0].clone();
        assert_eq!((suggestion.field, suggestion.text.as_str()), (Field::HowIKnow, "my outbursts go down"));
        assert!(suggested.seen_by(Party::Carer).rows[0].suggestions.is_empty(), "not the carer's to answer");

        let answer = |accept| PlanChange::AnswerSuggestion { row_id: id(1), suggestion_id: suggestion.id, accept };
        assert_eq!(suggested.apply(by(Party::Carer), &answer(true), id(5)), Err(Refusal::Code(ErrorCode::NotYourColumn)));
        let accepted = suggested.apply(by(Party::YoungPerson), &answer(true), id(5)).unwrap();
        assert_eq!(accepted.rows[0].cells.how_i_know.text, "my outbursts go down");
        assert!(accepted.rows[0].suggestions.is_empty());
        let declined = suggested.apply(by(Party::YoungPerson), &answer(false), id(5)).unwrap();
        assert_eq!(declined.rows[0].cells.how_i_know.text, "");
        assert!(declined.rows[0].suggestions.is_empty());
        assert_eq!(declined.version, suggested.version + 1);
    }

    #[test]
    fn an_edit_of_a_box_someone_else_changed_since_is_a_conflict_with_both_texts() {
        let plan = edit(&drafted(), Party::YoungPerson, 1, Field::IWill, "first words", 2).unwrap();
        // The young person's phone and tablet both started from version 3; the tablet got in first.
        let tablet = Author { party: Party::YoungPerson, device: id(80) };
        let plan = plan
            .apply(tablet, &PlanChange::Edit { row_id: id(1), field: Field::IWill, text: "from the tablet".into(), base_version: 3 }, id(6))
            .unwrap();
        let refused = edit(&plan, Party::YoungPerson, 1, Field::IWill, "from the phone", 3);
        assert_eq!(
            refused,
            Err(Refusal::Conflict(EditConflict {
                row_id: id(1),
                field: Field::IWill,
                yours: "from the phone".into(),
                theirs: "from the tablet".into(),
                current_version: 4,
            }))
        );
        // Two edits queued one after the other on the tablet are not a conflict with each other.
        let again = PlanChange::Edit { row_id: id(1), field: Field::IWill, text: "from the tablet, better".into(), base_version: 3 };
        assert_eq!(plan.apply(tablet, &again, id(7)).unwrap().rows[0].cells.i_will.text, "from the tablet, better");
        // Other boxes of that row, and the same words, are not conflicts.
        assert!(edit(&plan, Party::YoungPerson, 1, Field::HowIKnow, "I use the techniques", 3).is_ok());
        assert_eq!(edit(&plan, Party::YoungPerson, 1, Field::IWill, "from the tablet", 3).unwrap(), plan);
        // Keeping theirs over mine is an edit from the current version.
        assert_eq!(edit(&plan, Party::YoungPerson, 1, Field::IWill, "merged words", 4).unwrap().rows[0].cells.i_will.text, "merged words");
    }

    #[test]
    fn bad_words_are_refused_with_their_own_codes() {
        let plan = drafted();
        assert_eq!(add(&plan, Party::YoungPerson, 3, "   ", ""), Err(Refusal::Code(ErrorCode::TargetRequired)));
        assert_eq!(edit(&plan, Party::YoungPerson, 1, Field::Target, "", 2), Err(Refusal::Code(ErrorCode::TargetRequired)));
        assert_eq!(edit(&plan, Party::YoungPerson, 1, Field::IWill, &"x".repeat(10_000), 2), Err(Refusal::Code(ErrorCode::TextTooLong)));
        assert_eq!(edit(&plan, Party::YoungPerson, 7, Field::IWill, "no such row", 2), Err(Refusal::Code(ErrorCode::NotFound)));
        // Markup is words like any other: kept as typed, shown as text.
        let script = "<script>alert(1)</script>";
        assert_eq!(edit(&plan, Party::YoungPerson, 1, Field::IWill, script, 2).unwrap().rows[0].cells.i_will.text, script);
        let mut full = Plan::default();
        for n in 0..MAX_ROWS {
            full = add(&full, Party::Worker, 100 + n as u128, "a target", "").unwrap();
        }
        assert_eq!(add(&full, Party::Worker, 1, "one more", ""), Err(Refusal::Code(ErrorCode::TooManyTargets)));
    }

    #[test]
    fn status_is_the_workers_and_dropping_needs_a_reason() {
        let plan = drafted();
        let set = |party, status, reason: &str| {
            plan.apply(
                by(party),
                &PlanChange::SetStatus { row_id: id(2), status, reason: reason.into(), review_date: Some("2027-01-15".into()) },
                id(5),
            )
        };
        assert_eq!(set(Party::YoungPerson, RowStatus::Achieved, ""), Err(Refusal::Code(ErrorCode::Forbidden)));
        assert_eq!(set(Party::Worker, RowStatus::Dropped, ""), Err(Refusal::Code(ErrorCode::TextRequired)));
        let dropped = set(Party::Worker, RowStatus::Dropped, "moved school").unwrap();
        assert_eq!(dropped.rows[1].dropped_reason, "moved school");
        assert_eq!(dropped.rows[1].review_date.as_deref(), Some("2027-01-15"));
        assert_eq!(changes(&plan, &dropped)[0].status, Some(StatusChange { before: RowStatus::Active, after: RowStatus::Dropped }));
        let bad_day = plan.apply(
            by(Party::Worker),
            &PlanChange::SetStatus {
                row_id: id(2),
                status: RowStatus::Active,
                reason: String::new(),
                review_date: Some("2027-02-30".into()),
            },
            id(5),
        );
        assert_eq!(bad_day, Err(Refusal::Code(ErrorCode::InvalidDate)));
    }

    #[test]
    fn a_carer_sees_only_the_rows_and_boxes_shared_with_carers() {
        let plan = edit(&drafted(), Party::YoungPerson, 1, Field::IWill, "work out what makes me angry", 2).unwrap();
        let look = |row, sharing| PlanChange::SetLook { row_id: id(row), icon: Some("⚽".into()), sharing };
        assert_eq!(plan.apply(by(Party::Worker), &look(1, CarerSharing::Hidden), id(5)), Err(Refusal::Code(ErrorCode::NotYourColumn)));
        let plan = plan.apply(by(Party::YoungPerson), &look(1, CarerSharing::TargetAndCarerPart), id(5)).unwrap();
        let plan = plan.apply(by(Party::YoungPerson), &look(2, CarerSharing::Hidden), id(5)).unwrap();
        let carer = plan.seen_by(Party::Carer);
        assert_eq!(carer.rows.len(), 1);
        assert_eq!(carer.rows[0].cells.target.text, "Learn how to control my anger better");
        assert_eq!(carer.rows[0].cells.i_will.text, "");
        assert_eq!(carer.rows[0].cells.worker_will.text, "");
        assert_eq!(plan.seen_by(Party::Worker).rows.len(), 2);
        // A carer whose phone still shows the hidden row cannot write in it; in a shared row they can.
        let base = plan.version;
        assert_eq!(edit(&plan, Party::Carer, 2, Field::CarerWill, "help with transport", base), Err(Refusal::Code(ErrorCode::NotFound)));
        assert!(edit(&plan, Party::Carer, 1, Field::CarerWill, "give Jay space", base).is_ok());
        let bad_icon = PlanChange::SetLook { row_id: id(1), icon: Some("<img>".into()), sharing: CarerSharing::WholeRow };
        assert_eq!(plan.apply(by(Party::YoungPerson), &bad_icon, id(5)), Err(Refusal::Code(ErrorCode::InvalidParameter)));
    }

    #[test]
    fn a_change_after_agreement_reopens_it_and_names_the_row() {
        let agreed_plan = edit(&drafted(), Party::Carer, 1, Field::CarerWill, "give Jay space", 2).unwrap();
        let request = AgreementRequest { version: agreed_plan.version, agree: true, change_wanted: String::new() };
        let answer = check_agreement(by(Party::YoungPerson), &request, Some(&agreed_plan), &agreed_plan).unwrap();
        assert_eq!(agreement_state(Party::YoungPerson, Some(&answer), &agreed_plan, &agreed_plan), AgreementState::Agreed { version: 3 });

        // A new symbol is not a change to what was agreed.
        let restyled = agreed_plan
            .apply(
                by(Party::YoungPerson),
                &PlanChange::SetLook { row_id: id(1), icon: Some("💪".into()), sharing: CarerSharing::WholeRow },
                id(5),
            )
            .unwrap();
        assert_eq!(agreement_state(Party::YoungPerson, Some(&answer), &agreed_plan, &restyled), AgreementState::Agreed { version: 3 });
        assert!(check_agreement(by(Party::Carer), &request, Some(&agreed_plan), &restyled).is_ok(), "still the same words");

        let changed = edit(&restyled, Party::Worker, 2, Field::WorkerWill, "suggest group work", 4).unwrap();
        let AgreementState::Reopened { version, agreed, changed: rows, .. } =
            agreement_state(Party::YoungPerson, Some(&answer), &agreed_plan, &changed)
        else {
            panic!("agreement should reopen");
        };
        assert_eq!((version, agreed), (3, true));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].target, "Make better decisions");
        assert_eq!(
            rows[0].fields,
            vec![FieldChange {
                field: Field::WorkerWill,
                before: "reflect on past decisions; who can help".into(),
                after: "suggest group work".into()
            }]
        );
        assert_eq!(check_agreement(by(Party::YoungPerson), &request, Some(&agreed_plan), &changed), Err(ErrorCode::PlanVersionNotCurrent));
        // Their own words, written after reading and sent before the answer, are no reason to read again.
        let own = edit(&agreed_plan, Party::YoungPerson, 1, Field::IWill, "count to ten", 3).unwrap();
        assert_eq!(check_agreement(by(Party::YoungPerson), &request, Some(&agreed_plan), &own).unwrap().version, own.version);
        assert_eq!(check_agreement(by(Party::Carer), &request, Some(&agreed_plan), &own), Err(ErrorCode::PlanVersionNotCurrent));
    }

    #[test]
    fn a_change_to_a_row_hidden_from_carers_does_not_reopen_the_carers_agreement() {
        let plan = drafted()
            .apply(by(Party::YoungPerson), &PlanChange::SetLook { row_id: id(2), icon: None, sharing: CarerSharing::Hidden }, id(5))
            .unwrap();
        let answer = check_agreement(
            by(Party::Carer),
            &AgreementRequest { version: plan.version, agree: true, change_wanted: String::new() },
            Some(&plan),
            &plan,
        )
        .unwrap();
        let changed = edit(&plan, Party::Worker, 2, Field::WorkerWill, "meet at the club", plan.version).unwrap();
        assert_eq!(agreement_state(Party::Carer, Some(&answer), &plan, &changed), AgreementState::Agreed { version: plan.version });
        assert!(matches!(agreement_state(Party::YoungPerson, Some(&answer), &plan, &changed), AgreementState::Reopened { .. }));
    }

    #[test]
    fn a_no_stays_a_no_when_the_plan_changes_after_it() {
        let plan = drafted();
        let no = AgreementRequest { version: plan.version, agree: false, change_wanted: "Tuesday club instead".into() };
        let answer = check_agreement(by(Party::YoungPerson), &no, Some(&plan), &plan).unwrap();
        let later = edit(&plan, Party::Worker, 1, Field::WorkerWill, "ask about Tuesdays", plan.version).unwrap();
        let later = edit(&later, Party::Worker, 2, Field::WorkerWill, "meet at the club", later.version).unwrap();
        let AgreementState::Reopened { version, agreed, change_wanted, changed } =
            agreement_state(Party::YoungPerson, Some(&answer), &plan, &later)
        else {
            panic!("a change by someone else asks again");
        };
        assert_eq!((version, agreed, change_wanted.as_str(), changed.len()), (plan.version, false, "Tuesday club instead", 2));
    }

    #[test]
    fn their_own_words_after_agreeing_do_not_ask_them_again() {
        let plan = drafted();
        let yes = AgreementRequest { version: plan.version, agree: true, change_wanted: String::new() };
        let answer = check_agreement(by(Party::YoungPerson), &yes, Some(&plan), &plan).unwrap();
        let own = edit(&plan, Party::YoungPerson, 1, Field::IWill, "count to ten and walk away", plan.version).unwrap();
        assert_eq!(agreement_state(Party::YoungPerson, Some(&answer), &plan, &own), AgreementState::Agreed { version: plan.version });
        // The carer reads the young person's new words, so they are asked again.
        let carer_answer = check_agreement(by(Party::Carer), &yes, Some(&plan), &plan).unwrap();
        assert!(matches!(agreement_state(Party::Carer, Some(&carer_answer), &plan, &own), AgreementState::Reopened { .. }));
        // A new target is not only their words: a worker's part may follow, so it is asked again.
        let added = own
            .apply(
                by(Party::YoungPerson),
                &PlanChange::AddRow { row_id: id(9), target: "Go to college".into(), worker_will: String::new() },
                id(10),
            )
            .unwrap();
        assert!(matches!(agreement_state(Party::YoungPerson, Some(&answer), &plan, &added), AgreementState::Reopened { .. }));
    }

    #[test]
    fn disagreeing_needs_words_and_workers_do_not_agree() {
        let plan = drafted();
        let no = AgreementRequest { version: 2, agree: false, change_wanted: " ".into() };
        assert_eq!(check_agreement(by(Party::YoungPerson), &no, Some(&plan), &plan), Err(ErrorCode::TextRequired));
        let no = AgreementRequest { change_wanted: "less about anger".into(), ..no };
        let answer = check_agreement(by(Party::YoungPerson), &no, Some(&plan), &plan).unwrap();
        assert_eq!(
            agreement_state(Party::YoungPerson, Some(&answer), &plan, &plan),
            AgreementState::Disagreed { version: 2, change_wanted: "less about anger".into() }
        );
        assert_eq!(check_agreement(by(Party::Worker), &no, Some(&plan), &plan), Err(ErrorCode::Forbidden));
        assert_eq!(check_agreement(by(Party::Carer), &no, Some(&plan), &Plan::default()), Err(ErrorCode::PlanVersionNotCurrent));
        assert_eq!(check_agreement(by(Party::Carer), &no, None, &plan), Err(ErrorCode::PlanVersionNotCurrent));
        assert_eq!(agreement_state(Party::Carer, None, &plan, &plan), AgreementState::Waiting);
    }

    #[test]
    fn a_review_scores_targets_of_the_plan_only() {
        let plan = drafted();
        let request = ReviewRequest {
            went_well: "Calmer at school".into(),
            progress: vec![TargetProgress { row_id: id(1), score: 6 }, TargetProgress { row_id: id(2), score: 4 }],
            next_review: "2027-02-01".into(),
        };
        let review = Review::parse(&request, &plan).unwrap();
        assert_eq!(review.progress, vec![(id(1), 6), (id(2), 4)]);
        let bad = |request: ReviewRequest| Review::parse(&request, &plan).err();
        assert_eq!(
            bad(ReviewRequest { progress: vec![TargetProgress { row_id: id(1), score: 11 }], ..request.clone() }),
            Some(ErrorCode::ScoreOutOfRange)
        );
        assert_eq!(
            bad(ReviewRequest { progress: vec![TargetProgress { row_id: id(9), score: 1 }], ..request.clone() }),
            Some(ErrorCode::InvalidParameter)
        );
        assert_eq!(bad(ReviewRequest { next_review: "soon".into(), ..request.clone() }), Some(ErrorCode::InvalidDate));
        assert_eq!(bad(ReviewRequest { went_well: "".into(), ..request }), Some(ErrorCode::TextRequired));
    }

    #[test]
    fn parties_and_statuses_read_back_as_they_travel() {
        for party in Party::ALL {
            assert_eq!(serde_json::to_value(party).unwrap(), party.as_str());
            assert_eq!(Party::parse(party.as_str()), Some(party));
        }
        for status in RowStatus::ALL {
            assert_eq!(serde_json::to_value(status).unwrap(), status.as_str());
            assert_eq!(RowStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(Party::parse("manager"), None);
    }

    #[test]
    fn days_are_real_calendar_days() {
        assert_eq!(parse_day(" 2028-02-29 ").unwrap(), "2028-02-29");
        for bad in ["2027-02-29", "2027-13-01", "2027-1-01", "27-01-01", "2027/01/01", "", "2027-01-01x"] {
            assert_eq!(parse_day(bad), Err(ErrorCode::InvalidDate), "{bad:?}");
        }
    }

    #[test]
    fn plan_changes_travel_as_tagged_json() {
        let change: PlanChange = serde_json::from_str(
            r#"{"edit":{"row_id":"00000000-0000-0000-0000-000000000001","field":"how_i_know","text":"I am in a club","base_version":3}}"#,
        )
        .unwrap();
        assert_eq!(change, PlanChange::Edit { row_id: id(1), field: Field::HowIKnow, text: "I am in a club".into(), base_version: 3 });
    }
}
