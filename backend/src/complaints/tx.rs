//! Complaint work written once for both engines: each engine's `ComplaintTx` supplies the SQL.

use tandem_domain::accounts::Role;
use tandem_domain::appointments::ReminderKind;
use tandem_domain::complaints::{
    respond_by, ComplaintReceipt, ComplaintStatus, ComplaintUpdate, FeedbackKind, NewComplaint, RegisterItem, DEFAULT_WORKING_DAYS,
};
use tandem_domain::events::{ComplaintReceivedPayload, ComplaintResolvedPayload, Event, PersonNamed, RaisedBy};
use time::{Date, OffsetDateTime};
use uuid::Uuid;

use super::follow_hash;
use crate::outbox::NewEvent;
use crate::reminders::tx::{schedule, ReminderTx};
use crate::storage::tx::Tx;
use crate::storage::{parse_stored_uuid, random_id, to_millis, StorageError};
use crate::surveys::Respondent;

/// The columns every engine selects for a register item, from `complaints c` with the raiser
/// `r` and owner `o` joined; the engine adds its WHERE.
pub(crate) const SELECT: &str =
    "SELECT c.id, c.kind, c.body, r.display_name AS raiser_name, c.raised_as, c.status, c.owner_id, o.display_name AS owner_name,
        c.received_on, c.respond_by, c.outcome, c.resolved_on, c.raised_by
    FROM complaints c LEFT JOIN people r ON r.id = c.raised_by LEFT JOIN people o ON o.id = c.owner_id";

#[derive(sqlx::FromRow)]
pub struct Row {
    pub id: String,
    pub kind: String,
    pub body: String,
    pub raiser_name: Option<String>,
    pub raised_as: String,
    pub status: String,
    pub owner_id: Option<String>,
    pub owner_name: Option<String>,
    pub received_on: String,
    pub respond_by: String,
    pub outcome: String,
    pub resolved_on: Option<String>,
    pub raised_by: Option<String>,
}

/// A complaint as inserted.
pub(crate) struct NewRow<'a> {
    pub id: Uuid,
    pub service_id: Uuid,
    pub kind: &'a str,
    pub body: &'a str,
    pub raised_by: Option<String>,
    pub raised_as: &'a str,
    pub follow_hash: String,
    pub received_on: String,
    pub respond_by: String,
    pub now: i64,
}

/// A register item's new status, owner, outcome and resolution day.
pub(crate) struct Change<'a> {
    pub id: Uuid,
    pub status: &'a str,
    pub owner_id: Option<String>,
    pub outcome: &'a str,
    pub resolved_on: Option<String>,
    pub now: i64,
}

#[async_trait::async_trait]
pub(crate) trait ComplaintTx: Tx + ReminderTx {
    async fn working_days_row(&mut self, service_id: Uuid) -> Result<Option<i64>, StorageError>;
    /// Inserts the item; `false` when an item already has its follow code.
    async fn insert_complaint(&mut self, row: &NewRow<'_>) -> Result<bool, StorageError>;
    /// One item of the service; `for_update` holds it until the transaction ends (PostgreSQL:
    /// two officers updating at once would otherwise both see it unresolved).
    async fn complaint_row(&mut self, service_id: Uuid, id: Uuid, for_update: bool) -> Result<Option<Row>, StorageError>;
    async fn update_complaint_row(&mut self, change: &Change<'_>) -> Result<(), StorageError>;
}

pub(crate) fn item(
    Row {
        id,
        kind,
        body,
        raiser_name: raiser,
        raised_as,
        status,
        owner_id,
        owner_name: owner,
        received_on,
        respond_by,
        outcome,
        resolved_on,
        ..
    }: Row,
) -> Result<RegisterItem, StorageError> {
    Ok(RegisterItem {
        id: parse_stored_uuid(&id)?,
        kind: FeedbackKind::parse(&kind).ok_or_else(|| StorageError::internal(format!("stored kind {kind}")))?,
        text: body,
        raised_by: raiser,
        raised_as,
        status: ComplaintStatus::parse(&status).ok_or_else(|| StorageError::internal(format!("stored status {status}")))?,
        owner_id: owner_id.as_deref().map(parse_stored_uuid).transpose()?,
        owner,
        received_on,
        respond_by,
        overdue: false,
        outcome,
        resolved_on,
    })
}

/// Named rows first, then those the phone's tokens follow that are not among them, newest
/// first: ids are UUID v7, so newest first is descending id.
pub(crate) fn followed(mut rows: Vec<Row>, found: Vec<Row>) -> Result<Vec<RegisterItem>, StorageError> {
    for row in found {
        if !rows.iter().any(|seen| seen.id == row.id) {
            rows.push(row);
        }
    }
    rows.sort_by(|a, b| b.id.cmp(&a.id));
    rows.into_iter().map(item).collect()
}

pub(crate) fn working_days(stored: Option<i64>) -> u8 {
    stored.and_then(|days| u8::try_from(days).ok()).unwrap_or(DEFAULT_WORKING_DAYS)
}

async fn one<C: ComplaintTx + ?Sized>(
    conn: &mut C,
    service_id: Uuid,
    id: Uuid,
    for_update: bool,
) -> Result<Option<(RegisterItem, Option<String>)>, StorageError> {
    conn.complaint_row(service_id, id, for_update)
        .await?
        .map(|row| {
            let raised_by = row.raised_by.clone();
            item(row).map(|item| (item, raised_by))
        })
        .transpose()
}

/// Names who raised an item, from its stored raiser (none for an anonymous one). The case
/// record hears of an item when it arrives and when it is resolved; a named young person's goes
/// into their record, anything else is a service-level event of its service.
async fn named_raiser<C: ComplaintTx + ?Sized>(conn: &mut C, raised_by: Option<&str>, raised_as: &str) -> Result<RaisedBy, StorageError> {
    let unnamed = RaisedBy { raised_as: raised_as.to_owned(), person: None, person_id: None, about: Vec::new() };
    let Some(raised_by) = raised_by else { return Ok(unnamed) };
    let person_id = parse_stored_uuid(raised_by)?;
    let mut about = Vec::new();
    if raised_as != "young_person" {
        for id in conn.young_people_of_carer(person_id).await? {
            let id = parse_stored_uuid(&id)?;
            about.push(PersonNamed { id, name: conn.name_of(id).await? });
        }
    }
    Ok(RaisedBy { person_id: Some(person_id), person: Some(conn.name_of(person_id).await?), about, ..unnamed })
}

/// Stores a complaint or compliment with its response date and its event; answers the receipt.
pub(crate) async fn raise<C: ComplaintTx + ?Sized>(
    conn: &mut C,
    raiser: Respondent,
    complaint: NewComplaint,
    today: Date,
    now: OffsetDateTime,
) -> Result<(u16, serde_json::Value), StorageError> {
    // An anonymous item has a random id and only the day, like its event: nothing in it tells the
    // moment it came, to be matched with who was using Tandem then.
    let (id, at) = if complaint.anonymous { (random_id(), now.replace_time(time::Time::MIDNIGHT)) } else { (Uuid::now_v7(), now) };
    let due = respond_by(today, working_days(conn.working_days_row(raiser.service_id).await?));
    let raised_as = if raiser.role == Role::YoungPerson { "young_person" } else { "carer" };
    let raised_by = (!complaint.anonymous).then(|| raiser.person_id.to_string());
    let inserted = conn
        .insert_complaint(&NewRow {
            id,
            service_id: raiser.service_id,
            kind: complaint.kind.as_str(),
            body: &complaint.text,
            raised_by: raised_by.clone(),
            raised_as,
            follow_hash: follow_hash(&complaint.follow_token),
            received_on: today.to_string(),
            respond_by: due.to_string(),
            now: to_millis(at),
        })
        .await?;
    // A follow code is the phone's own random one for each item: one used before was not made so.
    if !inserted {
        return Err(crate::storage::refused(tandem_domain::ErrorCode::InvalidFollowToken));
    }
    let named = named_raiser(conn, raised_by.as_deref(), raised_as).await?;
    let young_person_id = named.young_person_id();
    let payload = ComplaintReceivedPayload {
        complaint_id: id,
        kind: complaint.kind,
        text: complaint.text.clone(),
        anonymous: complaint.anonymous,
        received_on: today.to_string(),
        respond_by: due.to_string(),
        raised_by: named,
    };
    let event = Event::ComplaintReceived(payload);
    conn.append(&NewEvent { event, service_id: raiser.service_id, young_person_id, occurred_at: at }).await?;
    Ok((201, serde_json::to_value(ComplaintReceipt { id, respond_by: due.to_string() })?))
}

/// Moves an item on, on the caller's transaction; `None` when the service has no such item.
pub(crate) async fn update<C: ComplaintTx + ?Sized>(
    conn: &mut C,
    service_id: Uuid,
    id: Uuid,
    update: ComplaintUpdate,
    today: Date,
    now: OffsetDateTime,
) -> Result<Option<RegisterItem>, StorageError> {
    let Some((before, raised_by)) = one(conn, service_id, id, true).await? else { return Ok(None) };
    let resolving = update.status == ComplaintStatus::Resolved && before.status != ComplaintStatus::Resolved;
    let resolved_on = match update.status {
        ComplaintStatus::Resolved => before.resolved_on.clone().or(Some(today.to_string())),
        _ => None,
    };
    conn.update_complaint_row(&Change {
        id,
        status: update.status.as_str(),
        owner_id: update.owner_id.map(|owner| owner.to_string()),
        outcome: &update.outcome,
        resolved_on,
        now: to_millis(now),
    })
    .await?;
    // Whoever sent it by name hears that it moved on (anonymous items: only on the phone that
    // follows them, when it next looks).
    if let Some(person) = raised_by.as_deref().filter(|_| update.status != before.status) {
        schedule(conn, person, ReminderKind::ComplaintNews, &id.to_string(), update.status.place(), now).await?;
    }
    if resolving {
        let named = named_raiser(conn, raised_by.as_deref(), &before.raised_as).await?;
        let young_person_id = named.young_person_id();
        let payload = ComplaintResolvedPayload {
            complaint_id: id,
            kind: before.kind,
            text: before.text.clone(),
            outcome: update.outcome.clone(),
            resolved_on: today.to_string(),
            raised_by: named,
        };
        let event = Event::ComplaintResolved(payload);
        conn.append(&NewEvent { event, service_id, young_person_id, occurred_at: now }).await?;
    }
    Ok(one(conn, service_id, id, false).await?.map(|(item, _)| item))
}
