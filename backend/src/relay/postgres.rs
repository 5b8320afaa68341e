//! The relay store on PostgreSQL (written once for both engines in `store.rs`). What is only
//! this engine's: several servers deliver side by side, each claiming events row by row with
//! `FOR UPDATE SKIP LOCKED` and a lease per young person (see `claim_due` below).

use crate::storage::PostgresStore;

// `claim_due` below is expanded inside the store's `RelayStore` impl, with its names in scope.

/// The lease that orders an event's delivery: its young person's (or its own, if about no one).
fn lease_of(event: &DueEvent) -> String {
    format!("relay:{}", event.young_person_id.unwrap_or(event.id))
}

super::store::relay_store!(PostgresStore, {
    /// Several servers relay at once. Each claims due events row by row (`FOR UPDATE SKIP
    /// LOCKED`: two claims running together never pick the same event), and for each the lease
    /// of its young person (`relay:<id>`), held until delivered or until `until`. Only the oldest
    /// undelivered event of a young person is ever due, and only the holder of that person's
    /// lease delivers it, so no server sends a person's next event before the previous one is in
    /// the record. An event re-read after another server recorded it fails the locked re-check.
    async fn claim_due(&self, holder: &str, now: OffsetDateTime, until: OffsetDateTime, limit: i64) -> Result<Vec<DueEvent>, StorageError> {
        let mut tx = self.pool.begin().await?;
        let rows: Vec<DueRow> =
            sqlx::query_as(&format!("SELECT {DUE_COLUMNS} {DUE_FROM} ORDER BY e.id LIMIT $2 FOR UPDATE OF e SKIP LOCKED"))
                .bind(to_millis(now))
                .bind(limit)
                .fetch_all(&mut *tx)
                .await?;
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let due = rows.into_iter().map(due_event).collect::<Result<Vec<_>, _>>()?;
        let mut leases: Vec<String> = due.iter().map(lease_of).collect();
        // Always in the same order, so two claims waiting on each other's leases cannot deadlock.
        leases.sort();
        let held: Vec<String> = sqlx::query_scalar(
            "INSERT INTO leases (name, holder, expires_at) SELECT name, $2, $3 FROM UNNEST($1::TEXT[]) AS name ORDER BY name
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
             WHERE leases.holder = excluded.holder OR leases.expires_at < $4
             RETURNING name",
        )
        .bind(&leases)
        .bind(holder)
        .bind(to_millis(until))
        .bind(to_millis(now))
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(due.into_iter().filter(|event| held.contains(&lease_of(event))).collect())
    }
});
