//! The accounts store on SQLite (written once for both engines in `store.rs`).

use sqlx::SqliteConnection;

use crate::storage::SqliteStore;

super::store::account_store!(SqliteStore, SqliteConnection, sqlite);

#[cfg(test)]
mod tests {
    use tandem_domain::accounts::api::SessionKind;
    use time::macros::datetime;

    use super::*;
    use crate::demo::{DemoService, DemoStore};

    async fn caller_for(store: &SqliteStore, role: Role) -> Caller {
        let (id, service): (String, String) = sqlx::query_as("SELECT id, service_id FROM people WHERE role = ? LIMIT 1")
            .bind(role.as_str())
            .fetch_one(&store.reader)
            .await
            .unwrap();
        Caller {
            session_id: Uuid::now_v7(),
            person_id: parse_stored_uuid(&id).unwrap(),
            service_id: parse_stored_uuid(&service).unwrap(),
            service_name: String::new(),
            service_demo: false,
            role,
            display_name: String::new(),
            language: tandem_domain::language::Language::English,
            easier_words: false,
            kind: if role.is_staff() { SessionKind::Staff } else { SessionKind::Device },
            locked: false,
            pin_set: true,
            passkey_step: tandem_domain::passkeys::PasskeyStep::Done,
            case_closed: false,
        }
    }

    #[tokio::test]
    async fn relations_follow_links_allocations_and_the_service() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.sqlite3")).await.unwrap();
        let now = datetime!(2026-11-22 10:00 UTC);
        store.seed_demo_if_empty(&DemoService::generate().unwrap(), now).await.unwrap();
        let jay = caller_for(&store, Role::YoungPerson).await;
        let dee = caller_for(&store, Role::Carer).await;
        let sam = caller_for(&store, Role::Worker).await;
        let morgan = caller_for(&store, Role::Manager).await;
        let priya = caller_for(&store, Role::ParticipationOfficer).await;
        let jay_id = jay.person_id;

        assert_eq!(store.relation(&jay, jay_id).await.unwrap(), Relation::TheYoungPerson);
        assert_eq!(store.relation(&dee, jay_id).await.unwrap(), Relation::LinkedCarer);
        assert_eq!(store.relation(&sam, jay_id).await.unwrap(), Relation::AllocatedWorker);
        assert_eq!(store.relation(&morgan, jay_id).await.unwrap(), Relation::ServiceManager);
        assert_eq!(store.relation(&priya, jay_id).await.unwrap(), Relation::Unrelated);

        // Another young person: the carer is not linked, the worker not allocated.
        let key =
            crate::operations::OperationKey::new(tandem_domain::sync::OperationId::new_v7(), "accounts.young_person.create", &"Robin");
        let added = store.create_person(key, &morgan, Role::YoungPerson, "Robin", now).await.unwrap();
        let robin: tandem_domain::accounts::api::PersonSummary = serde_json::from_value(added.body).unwrap();
        assert_eq!(store.relation(&dee, robin.id).await.unwrap(), Relation::Unrelated);
        assert_eq!(store.relation(&sam, robin.id).await.unwrap(), Relation::Unrelated);
        assert_eq!(store.relation(&jay, robin.id).await.unwrap(), Relation::Unrelated);

        // A manager of another service sees nothing of this one.
        let mut elsewhere = morgan.clone();
        elsewhere.service_id = Uuid::now_v7();
        assert_eq!(store.relation(&elsewhere, jay_id).await.unwrap(), Relation::Unrelated);
    }

    #[tokio::test]
    async fn the_audit_log_refuses_updates_and_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(&dir.path().join("t.sqlite3")).await.unwrap();
        let now = datetime!(2026-11-22 10:00 UTC);
        store.seed_demo_if_empty(&DemoService::generate().unwrap(), now).await.unwrap();
        let sam = caller_for(&store, Role::Worker).await;
        store
            .append_audit(NewAuditEntry {
                by: AuditActor::Person(&sam),
                action: "young_person.read",
                young_person_id: None,
                detail: String::new(),
                at: now,
            })
            .await
            .unwrap();
        let by_itself = NewAuditEntry {
            by: AuditActor::Tandem { service_id: sam.service_id },
            action: "safety.escalate",
            young_person_id: None,
            detail: String::new(),
            at: now + time::Duration::seconds(1),
        };
        store.append_audit(by_itself).await.unwrap();
        assert!(sqlx::query("UPDATE audit_log SET action = 'nothing'").execute(&store.writer).await.is_err());
        assert!(sqlx::query("DELETE FROM audit_log").execute(&store.writer).await.is_err());
        let entries = store.audit_entries(sam.service_id, AuditFilter { limit: 10, ..AuditFilter::default() }).await.unwrap();
        let who: Vec<_> = entries.iter().map(|entry| (entry.actor_id, entry.actor_name.as_deref(), entry.session_id)).collect();
        assert_eq!(who, [(None, None, None), (Some(sam.person_id), Some("Sam Okafor"), Some(sam.session_id))]);
        // Someone's entry without their session, or a session without anyone, is refused.
        let half =
            "INSERT INTO audit_log (id, at, service_id, actor_id, session_id, action) VALUES ('x', 0, $1, NULL, 'some-session', 'x')";
        assert!(sqlx::query(half).bind(sam.service_id.to_string()).execute(&store.writer).await.is_err());
    }
}
