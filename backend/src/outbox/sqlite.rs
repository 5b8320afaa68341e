//! The outbox on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::outbox_store!(SqliteStore, SqliteConnection);

#[cfg(test)]
mod tests {
    use tandem_domain::events::{ContributionPayload, Event};
    use time::macros::datetime;

    use crate::relay::RelayStore;

    use super::*;

    /// A contribution event whose words are `text`, to tell events apart.
    fn event(text: &str) -> NewEvent {
        let payload = ContributionPayload {
            consultation_id: Uuid::nil(),
            title: "Youth centre".into(),
            activity: "Anything else?".into(),
            contribution: "answer".into(),
            text: text.into(),
        };
        NewEvent {
            event: Event::VoiceContribution(payload),
            service_id: Uuid::nil(),
            young_person_id: Some(Uuid::now_v7()),
            occurred_at: datetime!(2026-11-22 10:00 UTC),
        }
    }

    #[tokio::test]
    async fn an_event_exists_exactly_when_its_transaction_commits() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.sqlite3")).await.unwrap();

        let mut tx = store.writer.begin().await.unwrap();
        append(&mut tx, &event("kept")).await.unwrap();
        tx.commit().await.unwrap();

        let mut tx = store.writer.begin().await.unwrap();
        append(&mut tx, &event("rolled_back")).await.unwrap();
        tx.rollback().await.unwrap();

        let queued = store.due_events(datetime!(2026-11-22 10:00 UTC), 10).await.unwrap();
        assert_eq!(queued.len(), 1);
        assert_eq!(queued[0].kind, "voice.contribution");
        assert_eq!(queued[0].payload["text"], "kept");
        assert_eq!(queued[0].attempts, 0);
        assert_eq!(queued[0].occurred_at, datetime!(2026-11-22 10:00 UTC));
    }

    #[tokio::test]
    async fn due_events_come_oldest_first() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.sqlite3")).await.unwrap();
        for text in ["first", "second", "third"] {
            let mut tx = store.writer.begin().await.unwrap();
            append(&mut tx, &event(text)).await.unwrap();
            tx.commit().await.unwrap();
        }
        let texts: Vec<serde_json::Value> =
            store.due_events(datetime!(2026-11-22 10:00 UTC), 10).await.unwrap().into_iter().map(|e| e.payload["text"].clone()).collect();
        assert_eq!(texts, ["first", "second", "third"]);
    }
}
