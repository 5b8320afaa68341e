use tandem_backend::demo::DemoService;
use time::macros::datetime;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_demo_is_seeded_once_and_never_over_existing_data() {
    let app = spawn_app().await;
    let now = datetime!(2026-11-22 10:00 UTC);
    let demo = &app.demo;
    let again = DemoService::generate().unwrap();
    assert!(!app.store.seed_demo_if_empty(&again, now).await.unwrap());

    let text = demo.logins_text("http://127.0.0.1:8080");
    for role in ["worker", "participation_officer", "manager", "young_person", "carer"] {
        assert!(text.contains(role), "{role} missing from:\n{text}");
    }
    assert_eq!(demo.plan.len(), 5, "the service's own five-row plan");
    assert_eq!(demo.topics.len(), 6, "the six group-programme topics");
}
