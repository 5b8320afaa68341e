//! Keeps the outbox moving and tells the person where their answers are. A flush runs at start,
//! when the browser says it is back online, when the service worker asks (Background Sync),
//! straight after a form is queued, and in rounds while open: every 30 seconds, and soon after
//! a round that left something unsent (2, 4, 8, 16 seconds, then 30 again).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::i18n::use_i18n;
use serde::Serialize;
use tandem_domain::sync::next_round_seconds;
use tandem_domain::ErrorCode;

use crate::offline::outbox::{self, OutboxStatus};

thread_local! {
    /// Rounds in a row that left something unsent.
    static UNSENT_ROUNDS: Cell<u32> = const { Cell::new(0) };
    /// The next round; replacing it cancels the one before.
    static NEXT_ROUND: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncState {
    pub status: OutboxStatus,
    /// The phone's store failed (private browsing, storage full).
    pub store_failed: bool,
    /// Something was sent since the app opened: until then "everything arrived" means nothing.
    pub anything_sent: bool,
}

pub enum SyncAction {
    Flushed(OutboxStatus),
    StoreFailed,
}

impl Reducible for SyncState {
    type Action = SyncAction;
    fn reduce(self: Rc<Self>, action: SyncAction) -> Rc<Self> {
        Rc::new(match action {
            SyncAction::Flushed(status) => SyncState { status, store_failed: false, anything_sent: self.anything_sent || status.sent > 0 },
            SyncAction::StoreFailed => SyncState { store_failed: true, ..(*self).clone() },
        })
    }
}

/// What pages use to see the outbox and to ask for a send.
#[derive(Clone, PartialEq)]
pub struct SyncHandle {
    state: UseReducerHandle<SyncState>,
}

impl SyncHandle {
    pub fn state(&self) -> &SyncState {
        &self.state
    }

    /// Sends what is due now and reports what is left; `None` when another send was running
    /// (in this tab, or in another tab of the app).
    pub async fn flush_now(&self) -> Option<OutboxStatus> {
        let flushed = match outbox::flush().await {
            Ok(Some(status)) => {
                self.state.dispatch(SyncAction::Flushed(status));
                Some(status)
            }
            Ok(None) => None,
            Err(_) => {
                self.state.dispatch(SyncAction::StoreFailed);
                None
            }
        };
        self.schedule_next_round(flushed);
        flushed
    }

    /// The next round: soon after one that left something unsent, backing off, else in half a
    /// minute. After no round (another was sending) the count stays as it was.
    fn schedule_next_round(&self, flushed: Option<OutboxStatus>) {
        let rounds = UNSENT_ROUNDS.with(|rounds| {
            match flushed {
                Some(status) if status.waiting > 0 => rounds.set(rounds.get().saturating_add(1)),
                Some(_) => rounds.set(0),
                None => {}
            }
            rounds.get()
        });
        self.schedule_round_in(next_round_seconds(rounds) * 1000);
    }

    /// Starts a round in `ms` milliseconds, instead of the one planned.
    fn schedule_round_in(&self, ms: u32) {
        let handle = self.clone();
        let next = Timeout::new(ms, move || handle.kick());
        NEXT_ROUND.with(|slot| slot.replace(Some(next)));
    }

    /// Sends what is due now, in the background.
    pub fn kick(&self) {
        let handle = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            handle.flush_now().await;
        });
    }
}

#[hook]
pub fn use_sync() -> Option<SyncHandle> {
    use_context::<SyncHandle>()
}

#[derive(Properties, PartialEq)]
pub struct SyncProviderProps {
    pub children: Html,
}

#[function_component(SyncProvider)]
pub fn sync_provider(props: &SyncProviderProps) -> Html {
    let state = use_reducer(SyncState::default);
    let handle = SyncHandle { state };
    use_effect_with((), {
        let handle = handle.clone();
        move |_| {
            // The first round in a turn of its own: opening the store is not part of drawing
            // the app, which a cheap phone should get through in short tasks.
            handle.schedule_round_in(0);
            let window = web_sys::window();
            let online = window.as_ref().map(|window| {
                let handle = handle.clone();
                EventListener::new(window, "online", move |_| handle.kick())
            });
            let from_worker = window.as_ref().map(|window| {
                let handle = handle.clone();
                EventListener::new(&window.navigator().service_worker(), "message", move |_| handle.kick())
            });
            move || {
                drop((online, from_worker));
                NEXT_ROUND.with(|slot| slot.replace(None));
            }
        }
    });
    html! {
        <ContextProvider<SyncHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<SyncHandle>>
    }
}

/// A polite live region saying whether everything has been sent.
#[function_component(SyncStatusBar)]
pub fn sync_status_bar() -> Html {
    let t = use_i18n();
    let sync = use_sync();
    let Some(sync) = sync else { return html! {} };
    let state = sync.state();
    let status = state.status;
    let message = if state.store_failed {
        t.get("sync-store-failed")
    } else if status.refused > 0 {
        t.get_with("sync-refused", &[("count", status.refused.into())])
    } else if status.waiting > 0 && status.offline {
        t.get_with("sync-offline-waiting", &[("count", status.waiting.into())])
    } else if status.waiting > 0 {
        t.get_with("sync-waiting", &[("count", status.waiting.into())])
    } else if state.anything_sent {
        t.get("sync-all-sent")
    } else {
        // The live region stays, empty, so the first change is announced.
        String::new()
    };
    html! {
        <p class="sync-status" role="status" aria-live="polite" data-waiting={status.waiting.to_string()}>
            { message }
        </p>
    }
}

/// What a page needs to queue an operation and show the outcome: queued, then sent at once
/// when there is a connection, then the page reloads (its `tick` moves).
pub struct Sent {
    pub tick: UseStateHandle<u32>,
    pub error: UseStateHandle<Option<ErrorCode>>,
    pub sync: Option<SyncHandle>,
}

impl Sent {
    /// Queues `body` (clearing `draft` in the same transaction), drops the refused operation it
    /// replaces, sends what it can and reloads.
    pub async fn queue(self, kind: &'static str, path: String, body: impl Serialize, draft: Option<String>, resolves: Option<String>) {
        if outbox::enqueue(kind, &path, &body, draft.as_deref()).await.is_err() {
            return self.error.set(Some(ErrorCode::Internal));
        }
        if let Some(resolved) = resolves {
            let _ = outbox::remove(&resolved).await;
        }
        self.error.set(None);
        if let Some(sync) = &self.sync {
            sync.flush_now().await;
        }
        self.tick.set(*self.tick + 1);
    }
}
