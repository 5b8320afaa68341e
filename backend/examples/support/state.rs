//! The server's state as the benchmarks run it: their clock and rate limits, a fresh VAPID key.

use std::path::Path;
use std::sync::Arc;

use tandem_backend::accounts::rate_limit::{Limits, RateLimiter};
use tandem_backend::accounts::session::SessionPolicy;
use tandem_backend::clock::Clock;
use tandem_backend::push::{Push, PushSender};
use tandem_backend::storage::SqliteStore;
use tandem_backend::AppState;

pub fn bench_state(store: &SqliteStore, clock: Arc<dyn Clock>, static_dir: &Path, relay_endpoint: bool, limits: Limits) -> anyhow::Result<AppState> {
    Ok(AppState {
        store: Arc::new(store.clone()),
        clock,
        sessions: SessionPolicy::default(),
        limits: Arc::new(RateLimiter::new(limits)),
        static_dir: Arc::new(static_dir.to_path_buf()),
        relay_endpoint,
        push: Push::new(PushSender::new(&tandem_backend::push::send::new_private_key(), "mailto:bench@example.org")?, true),
        import_webhook: None,
    })
}
