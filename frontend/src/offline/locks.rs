//! The browser's Web Locks, so that of the app's open tabs (and its service worker) one does a
//! piece of work at a time. Where a browser has none, the work runs unlocked, as before.

use std::future::Future;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Runs `work` holding the lock `name` if nobody holds it; `None` when another tab (or the
/// service worker) does. The lock is let go when `work` ends.
pub async fn if_available<T: 'static>(name: &str, work: impl Future<Output = T> + 'static) -> Option<T> {
    let Some((locks, request)) = lock_manager() else {
        return Some(work.await);
    };
    let (done, outcome) = futures_channel::oneshot::channel::<Option<T>>();
    // The browser calls this with the lock (or null, taken elsewhere) and holds the lock until
    // the promise it answers settles.
    let granted = Closure::once_into_js(move |lock: JsValue| -> js_sys::Promise {
        if lock.is_null() {
            let _ = done.send(None);
            return js_sys::Promise::resolve(&JsValue::UNDEFINED);
        }
        wasm_bindgen_futures::future_to_promise(async move {
            let _ = done.send(Some(work.await));
            Ok(JsValue::UNDEFINED)
        })
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    match request.call3(&locks, &name.into(), &options, &granted) {
        Ok(promise) => {
            let _ = JsFuture::from(js_sys::Promise::from(promise)).await;
            outcome.await.ok().flatten()
        }
        // A browser that refuses the request holds no lock: nobody else is sending under it.
        Err(_) => None,
    }
}

/// `navigator.locks` and its `request`, where the browser has them.
fn lock_manager() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok().filter(|locks| !locks.is_undefined())?;
    let request = js_sys::Reflect::get(&locks, &"request".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    Some((locks, request))
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    async fn work_asked_for_while_the_lock_is_held_does_not_run() {
        let (release, held) = futures_channel::oneshot::channel::<()>();
        let ran = Rc::new(Cell::new(0));
        let first = {
            let ran = ran.clone();
            if_available("test-lock", async move {
                let _ = held.await;
                ran.set(ran.get() + 1);
                "first"
            })
        };
        let second = {
            let ran = ran.clone();
            async move {
                // Asked for once the first holds the lock.
                yew::platform::time::sleep(std::time::Duration::from_millis(20)).await;
                let answer = if_available("test-lock", async move { ran.set(ran.get() + 10) }).await;
                let _ = release.send(());
                answer
            }
        };
        let (first, second) = futures::join!(first, second);
        assert_eq!((first, second, ran.get()), (Some("first"), None, 1));
        assert_eq!(if_available("test-lock", async { 7 }).await, Some(7), "free again");
    }
}
