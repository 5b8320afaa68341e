//! Who is using the app: staff signed in with a password, or a young person's or carer's phone
//! joined with an invite code and kept safe with a PIN. The `AuthHandle` context tells every page
//! who is here; a phone idle past its PIN time shows the lock screen instead of any page. Below
//! the pages: pages and components read it, it reads no page.

pub mod api;
pub mod offline_pin;

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use tandem_domain::accounts::api::{Me, SessionKind};
use tandem_domain::ErrorCode;
use yew::prelude::*;

use crate::offline::{store, stored};

/// Remembered so a phone opened offline still knows whose it is (never anything secret).
const ME_KEY: &str = "tandem.me";
/// Whose the phone's store is (their person id). Everything the app keeps on a phone belongs to
/// one person's device session: it is wiped when that session ends or someone else signs in.
const OWNER_KEY: &str = "tandem.owner";
/// "This phone is shared": no kept copies, and the phone locks whenever the app is put away.
const SHARED_KEY: &str = "tandem.shared";
/// Set by quick exit (frontend/guard.js, which must match), cleared by the right PIN: the app
/// opens locked even if the server never heard of the lock.
const LOCKED_KEY: &str = "tandem.locked";

/// Whose the phone's store is now: the signed-in person's id, if anyone's.
pub fn phone_owner() -> Option<String> {
    stored(OWNER_KEY)
}

/// Whether the person said this phone is shared with others.
pub fn phone_is_shared() -> bool {
    stored(SHARED_KEY).is_some()
}

/// Marks the phone as shared (wiping the copies it kept) or as the person's own.
pub async fn set_phone_shared(shared: bool) {
    store(SHARED_KEY, shared.then_some("1"));
    if shared {
        let _ = crate::offline::drafts::clear_kept_copies().await;
    }
}

/// Locks the phone here and on the server, as quick exit does (guard.js holds the code that runs
/// before the app has loaded; this is the same, for a shared phone being put away).
pub fn lock_now() {
    store(LOCKED_KEY, Some("1"));
    self::api::lock_as_the_page_leaves();
}

/// Removes everything of the person from the phone: its store, the PIN verifier, who it was.
async fn forget_person() {
    let _ = crate::offline::wipe().await;
    offline_pin::forget();
    for key in [ME_KEY, OWNER_KEY, SHARED_KEY, LOCKED_KEY] {
        store(key, None);
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Auth {
    /// Asking the server.
    Checking,
    Anonymous,
    SignedIn(Rc<Me>),
}

#[derive(Clone, PartialEq)]
pub struct AuthHandle {
    auth: UseStateHandle<Auth>,
}

impl AuthHandle {
    pub fn auth(&self) -> &Auth {
        &self.auth
    }

    pub fn me(&self) -> Option<Rc<Me>> {
        match &*self.auth {
            Auth::SignedIn(me) => Some(me.clone()),
            _ => None,
        }
    }

    /// Records who is signed in. Someone else's things still on the phone are wiped first.
    pub fn signed_in(&self, mut me: Me) {
        let owner = me.person_id.to_string();
        if me.session.kind == SessionKind::Device && me.session.pin_set && stored(LOCKED_KEY).is_some() {
            me.session.locked = true;
        }
        let previous = stored(OWNER_KEY);
        let auth = self.auth.clone();
        let open = move |me: Me| {
            remember(Some(&me));
            store(OWNER_KEY, Some(&owner));
            auth.set(Auth::SignedIn(Rc::new(me)));
        };
        match previous {
            Some(previous) if previous != me.person_id.to_string() => wasm_bindgen_futures::spawn_local(async move {
                forget_person().await;
                open(me);
            }),
            _ => open(me),
        }
    }

    /// The right PIN was given (`me` from the server, or none when it was checked offline).
    pub fn unlocked(&self, me: Option<Me>) {
        store(LOCKED_KEY, None);
        match me {
            Some(me) => self.signed_in(me),
            None => self.unlock_locally(),
        }
    }

    /// Records who signed in, then opens `route`.
    pub fn signed_in_then(&self, me: Me, navigator: Option<&crate::routes::Navigator>, route: &crate::routes::Route) {
        self.signed_in(me);
        if let Some(navigator) = navigator {
            navigator.push(route);
        }
    }

    /// The session is over (signed out, ended by staff or by wrong PINs, expired): nothing of the
    /// person stays on the phone. Things written with nobody signed in (app feedback) stay.
    pub fn signed_out(&self) {
        self.auth.set(Auth::Anonymous);
        if stored(OWNER_KEY).is_some() {
            wasm_bindgen_futures::spawn_local(forget_person());
        }
    }

    /// Signs out on the server, then here: the phone forgets the person.
    pub async fn sign_out(&self) {
        let _ = api::sign_out().await;
        self.signed_out();
    }

    /// Opens a locked phone after an offline PIN check (the server asks again once online).
    fn unlock_locally(&self) {
        if let Some(me) = self.me() {
            let mut open = (*me).clone();
            open.session.locked = false;
            self.auth.set(Auth::SignedIn(Rc::new(open)));
        }
    }

    /// Shows the lock screen (the server will also refuse until the PIN is given).
    pub fn lock(&self) {
        if let Some(me) = self.me() {
            if me.session.kind == SessionKind::Device && me.session.pin_set && !me.session.locked {
                let mut locked = (*me).clone();
                locked.session.locked = true;
                self.auth.set(Auth::SignedIn(Rc::new(locked)));
            }
        }
    }

    /// Reacts to a refusal from the server: a lock, or a session that is gone.
    pub fn on_refusal(&self, code: ErrorCode) {
        match code {
            ErrorCode::PinRequired => self.lock(),
            ErrorCode::Unauthorized | ErrorCode::SessionExpired | ErrorCode::DeviceSessionEnded => self.signed_out(),
            _ => {}
        }
    }
}

/// A parameter of the page's address, as links in QR codes and emails carry them.
pub fn query_param(name: &str) -> String {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
        .unwrap_or_default()
}

fn remember(me: Option<&Me>) {
    store(ME_KEY, me.and_then(|me| crate::json::to_string(me).ok()).as_deref());
}

fn remembered() -> Option<Me> {
    crate::json::from_str(&stored(ME_KEY)?).ok()
}

#[hook]
pub fn use_auth() -> Option<AuthHandle> {
    use_context::<AuthHandle>()
}

thread_local! {
    /// When the person last touched or typed, in milliseconds since 1970.
    static LAST_ACTIVITY: Cell<f64> = Cell::new(js_sys::Date::now());
}

/// How long before the idle lock the phone says it is coming, with a way to stay (WCAG 2.2.1).
const LOCK_WARNING_MS: f64 = 60_000.0;

/// Whether the lock warning shows after `idle` of `idle_ms` (both in milliseconds): in the last
/// minute, when the idle time is long enough for a minute's warning to leave time before it.
fn lock_is_near(idle: f64, idle_ms: f64) -> bool {
    idle_ms >= 2.0 * LOCK_WARNING_MS && idle > idle_ms - LOCK_WARNING_MS && idle <= idle_ms
}

#[derive(Properties, PartialEq)]
pub struct AuthProviderProps {
    pub children: Html,
    /// Who is here before the server is asked: set only for the screens rendered at build time.
    #[prop_or(Auth::Checking)]
    pub initial: Auth,
}

#[function_component(AuthProvider)]
pub fn auth_provider(props: &AuthProviderProps) -> Html {
    let handle = AuthHandle { auth: use_state(|| props.initial.clone()) };
    let lock_near = use_state_eq(|| false);

    use_effect_with((), {
        let handle = handle.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match self::api::me().read().await {
                    Ok(me) => handle.signed_in(me),
                    // The session is over: nothing of the person stays.
                    Err(err)
                        if matches!(err.code(), ErrorCode::Unauthorized | ErrorCode::SessionExpired | ErrorCode::DeviceSessionEnded) =>
                    {
                        handle.signed_out()
                    }
                    // Offline, or the server cannot answer now: the phone stays whoever it was,
                    // locked if it had a PIN, and keeps everything unsent.
                    Err(_) => match remembered() {
                        Some(mut me) => {
                            me.session.locked = me.session.pin_set;
                            handle.auth.set(Auth::SignedIn(Rc::new(me)));
                        }
                        None => handle.auth.set(Auth::Anonymous),
                    },
                }
            });
        }
    });

    // The PIN lock after idle time, on the phone as on the server.
    use_effect_with(handle.me(), {
        let (handle, lock_near) = (handle.clone(), lock_near.clone());
        move |me| {
            let idle_ms = me
                .as_ref()
                .filter(|me| me.session.kind == SessionKind::Device && me.session.pin_set)
                .map(|me| f64::from(me.session.pin_idle_seconds) * 1000.0);
            LAST_ACTIVITY.with(|last| last.set(js_sys::Date::now()));
            let listeners = web_sys::window().and_then(|w| w.document()).map(|document| {
                ["pointerdown", "keydown"]
                    .map(|event| EventListener::new(&document, event, |_| LAST_ACTIVITY.with(|last| last.set(js_sys::Date::now()))))
            });
            // A shared phone locks whenever the app is put away (another app, the home screen,
            // the screen off), here and on the server.
            let put_away = idle_ms.and(web_sys::window().and_then(|w| w.document())).map(|document| {
                let handle = handle.clone();
                EventListener::new(&document.clone(), "visibilitychange", move |_| {
                    if document.hidden() && phone_is_shared() {
                        lock_now();
                        handle.lock();
                    }
                })
            });
            let timer = idle_ms.map(|idle_ms| {
                let (handle, lock_near) = (handle.clone(), lock_near.clone());
                Interval::new(1_000, move || {
                    let idle = js_sys::Date::now() - LAST_ACTIVITY.with(Cell::get);
                    lock_near.set(lock_is_near(idle, idle_ms));
                    if idle > idle_ms {
                        handle.lock();
                    }
                })
            });
            if idle_ms.is_none() {
                lock_near.set(false);
            }
            move || drop((listeners, put_away, timer))
        }
    });

    let stay = {
        let (handle, lock_near) = (handle.clone(), lock_near.clone());
        Callback::from(move |_: MouseEvent| {
            LAST_ACTIVITY.with(|last| last.set(js_sys::Date::now()));
            lock_near.set(false);
            // The server locks after the same idle time: it hears that the person is here too.
            let handle = handle.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(err) = self::api::me().read().await {
                    handle.on_refusal(err.code());
                }
            });
        })
    };
    html! {
        <ContextProvider<AuthHandle> context={handle}>
            { props.children.clone() }
            if *lock_near {
                <LockWarning {stay} />
            }
        </ContextProvider<AuthHandle>>
    }
}

#[derive(Properties, PartialEq)]
struct LockWarningProps {
    stay: Callback<MouseEvent>,
}

/// A minute before the idle lock: it says so, and "I'm still here" keeps the phone open. The
/// keyboard goes to that button; any touch or key anywhere also counts as being here.
#[function_component(LockWarning)]
fn lock_warning(props: &LockWarningProps) -> Html {
    let t = crate::i18n::use_i18n();
    use_effect_with((), |_| crate::components::field_error::focus_when_drawn("still-here".into()));
    html! {
        <div class="lock-warning" role="alertdialog" aria-labelledby="lock-warning-text">
            <p id="lock-warning-text">{ t.get("lock-warning") }</p>
            <button type="button" class="button" id="still-here" onclick={props.stay.clone()}>{ t.get("lock-still-here") }</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn the_lock_warning_shows_in_the_last_minute_before_the_lock() {
        let fifteen_minutes = 15.0 * 60_000.0;
        assert!(!lock_is_near(13.0 * 60_000.0, fifteen_minutes));
        assert!(!lock_is_near(14.0 * 60_000.0, fifteen_minutes));
        assert!(lock_is_near(14.0 * 60_000.0 + 1.0, fifteen_minutes));
        assert!(lock_is_near(fifteen_minutes, fifteen_minutes));
        // Past the lock it is the lock screen, not the warning.
        assert!(!lock_is_near(fifteen_minutes + 1.0, fifteen_minutes));
        // An idle time under two minutes leaves no time for a minute's warning.
        assert!(!lock_is_near(60_000.0, 90_000.0));
    }
}
