//! Drawing the app a part per turn of the event loop while it is off the page.
//!
//! Behind the first screen the app's first render runs much of its code for the first time,
//! and the browser compiles each function of the wasm on its first call, on the main thread.
//! Drawn in one go, that held a cheap phone for over 80 ms (at Lighthouse's 4x slowdown), with
//! the first screen showing and taps on it waiting. So the frame's parts are each drawn in a
//! turn of their own, in the order asked, and the app takes the first screen's place in a turn
//! after them. On the page (the staff build, or once the app is there) parts draw at once.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use yew::prelude::*;

use super::first_paint;

type Job = Box<dyn FnOnce()>;

thread_local! {
    /// What is waiting for a turn, in the order asked.
    static WAITING: RefCell<VecDeque<Job>> = const { RefCell::new(VecDeque::new()) };
    /// Whether turns are being taken (one loop at a time).
    static TAKING_TURNS: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` in a turn of its own, after everything asked before it.
pub fn in_turn(job: impl FnOnce() + 'static) {
    WAITING.with(|waiting| waiting.borrow_mut().push_back(Box::new(job)));
    if TAKING_TURNS.with(|taking| taking.replace(true)) {
        return;
    }
    wasm_bindgen_futures::spawn_local(async {
        loop {
            gloo::timers::future::TimeoutFuture::new(0).await;
            // Taken out before it runs: a job may ask for another turn.
            let Some(job) = WAITING.with(|waiting| waiting.borrow_mut().pop_front()) else { break };
            job();
        }
        TAKING_TURNS.with(|taking| taking.set(false));
    });
}

/// Runs `job` once every part asked for so far is drawn: in a turn after them while the app is
/// off the page, at once on it.
pub fn after_parts(job: impl FnOnce() + 'static) {
    if first_paint::is_off_page() {
        in_turn(job);
    } else {
        job();
    }
}

#[derive(Properties, PartialEq)]
pub struct PartProps {
    pub children: Html,
}

/// Its children, drawn in a turn of their own while the app is off the page.
#[function_component(Part)]
pub fn part(props: &PartProps) -> Html {
    let drawn = use_state(|| !first_paint::is_off_page());
    use_effect_with((), {
        let drawn = drawn.clone();
        move |_| {
            if !*drawn {
                in_turn(move || drawn.set(true));
            }
        }
    });
    if *drawn {
        props.children.clone()
    } else {
        html! {}
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    async fn each_job_has_a_turn_of_its_own_in_the_order_asked() {
        // (job, whether another job ran earlier in the same task)
        let ran = Rc::new(RefCell::new(Vec::<(u32, bool)>::new()));
        let busy = Rc::new(Cell::new(false));
        let job = |n: u32| {
            let (ran, busy) = (ran.clone(), busy.clone());
            move || {
                ran.borrow_mut().push((n, busy.replace(true)));
                // Cleared once the task ends (microtasks run before the next task).
                wasm_bindgen_futures::spawn_local(async move { busy.set(false) });
            }
        };
        for n in 0..3 {
            in_turn(job(n));
        }
        // A job asking for another turn goes after those already waiting.
        let (three, nine) = (job(3), job(9));
        in_turn(move || {
            in_turn(nine);
            three();
        });
        assert!(ran.borrow().is_empty(), "nothing runs in the task that asked");
        for _ in 0..50 {
            if ran.borrow().len() == 5 {
                break;
            }
            gloo::timers::future::TimeoutFuture::new(0).await;
        }
        assert_eq!(*ran.borrow(), vec![(0, false), (1, false), (2, false), (3, false), (9, false)]);
    }
}
