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

/// Remembered so a phone opened offline still knows whose it is (never anything secret).
const ME_KEY: &str = "tandem.me";

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

    pub fn signed_in(&self, me: Me) {
        remember(Some(&me));
        self.auth.set(Auth::SignedIn(Rc::new(me)));
    }

    /// Records who signed in, then opens `route`.
    pub fn signed_in_then(&self, me: Me, navigator: Option<&crate::routes::Navigator>, route: &crate::routes::Route) {
        self.signed_in(me);
        if let Some(navigator) = navigator {
            navigator.push(route);
        }
    }

    pub fn signed_out(&self) {
        offline_pin::forget();
        remember(None);
        self.auth.set(Auth::Anonymous);
    }

    /// Opens a locked phone after an offline PIN check (the server asks again once online).
    pub fn unlock_locally(&self) {
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
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else { return };
    match me.and_then(|me| crate::json::to_string(me).ok()) {
        Some(text) => {
            let _ = storage.set_item(ME_KEY, &text);
        }
        None => {
            let _ = storage.remove_item(ME_KEY);
        }
    }
}

fn remembered() -> Option<Me> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    crate::json::from_str(&storage.get_item(ME_KEY).ok().flatten()?).ok()
}

#[hook]
pub fn use_auth() -> Option<AuthHandle> {
    use_context::<AuthHandle>()
}

thread_local! {
    /// When the person last touched or typed, in milliseconds since 1970.
    static LAST_ACTIVITY: Cell<f64> = Cell::new(js_sys::Date::now());
}

#[derive(Properties, PartialEq)]
pub struct AuthProviderProps {
    pub children: Html,
}

#[function_component(AuthProvider)]
pub fn auth_provider(props: &AuthProviderProps) -> Html {
    let handle = AuthHandle { auth: use_state(|| Auth::Checking) };

    use_effect_with((), {
        let handle = handle.clone();
        move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                match self::api::me().read().await {
                    Ok(me) => handle.signed_in(me),
                    // Offline: the phone stays whoever it was, locked if it had a PIN.
                    Err(err) if err.code() == ErrorCode::Offline => match remembered() {
                        Some(mut me) => {
                            me.session.locked = me.session.pin_set;
                            handle.auth.set(Auth::SignedIn(Rc::new(me)));
                        }
                        None => handle.auth.set(Auth::Anonymous),
                    },
                    Err(_) => handle.signed_out(),
                }
            });
        }
    });

    // The PIN lock after idle time, on the phone as on the server.
    use_effect_with(handle.me(), {
        let handle = handle.clone();
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
            let timer = idle_ms.map(|idle_ms| {
                let handle = handle.clone();
                Interval::new(1_000, move || {
                    let idle = js_sys::Date::now() - LAST_ACTIVITY.with(Cell::get);
                    if idle > idle_ms {
                        handle.lock();
                    }
                })
            });
            move || drop((listeners, timer))
        }
    });

    html! {
        <ContextProvider<AuthHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<AuthHandle>>
    }
}
