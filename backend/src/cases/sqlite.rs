//! The case store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::case_store!(SqliteStore, SqliteConnection, sqlite);

#[cfg(test)]
mod tests {
    use super::super::{access::SECTIONS, ERASE};
    use crate::storage::SqliteStore;

    /// Columns that name staff (whom erasure does not erase), or name a carer only as who
    /// changed the young person's plan: that version is the young person's, and keeps an id
    /// whose name is erased with the carer.
    const NOT_THEIRS: &[(&str, &str)] = &[
        ("allocations", "worker_id"),
        ("assessment_forms", "saved_by"),
        ("assessment_requests", "asked_by"),
        ("appointments", "created_by"),
        ("audit_log", "actor_id"),
        ("cabinet_meetings", "created_by"),
        ("case_closures", "closed_by"),
        ("complaints", "owner_id"),
        ("consultation_responses", "published_by"),
        ("consultations", "created_by"),
        ("free_times", "worker_id"),
        ("invites", "created_by"),
        ("outbox_events", "recorded_by"),
        ("passkey_ceremonies", "person_id"),
        ("passkeys", "person_id"),
        ("password_tokens", "person_id"),
        ("plan_reviews", "recorded_by"),
        ("plan_versions", "changed_by"),
        ("safety_alerts", "acknowledged_by"),
        ("safety_duty", "person_id"),
        ("scaling_sessions", "opened_by"),
        ("survey_versions", "saved_by"),
        ("surveys", "created_by"),
    ];

    /// A table that gains a column naming a young person or carer must be erased and shown in
    /// subject access too: this fails until it is in both (or is staff's own, above).
    #[tokio::test]
    async fn erasure_and_subject_access_reach_every_column_that_names_a_person() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.sqlite3")).await.unwrap();
        let columns: Vec<(String, String)> = sqlx::query_as(
            "SELECT m.name, f.\"from\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND f.\"table\" = 'people' ORDER BY 1, 2",
        )
        .fetch_all(&store.reader)
        .await
        .unwrap();
        assert!(columns.len() > 30, "found the columns: {columns:?}");
        let mut missing = Vec::new();
        for (table, column) in &columns {
            if NOT_THEIRS.contains(&(table.as_str(), column.as_str())) {
                continue;
            }
            let names = |sql: &str| sql.contains(&format!(" {table} ")) && sql.contains(column.as_str());
            if !ERASE.iter().any(|sql| names(sql)) {
                missing.push(format!("ERASE: {table}.{column}"));
            }
            if !SECTIONS.iter().any(|(_, _, sql)| names(&format!("{sql} "))) {
                missing.push(format!("SECTIONS: {table}.{column}"));
            }
        }
        assert!(missing.is_empty(), "not reached: {missing:?}");
    }
}
