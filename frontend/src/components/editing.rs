//! A form's state as its fields' events leave it. Every change is applied at once to the one
//! copy the form holds (then the page is drawn again), so two events before a redraw keep each
//! other's change, and a submit, even one in the same moment as the last field's change (Enter
//! in a text box), reads what was typed rather than the copy from the last drawing.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// A change to what is being edited.
pub enum Edit<T> {
    /// Replaces it all (loaded, or started afresh).
    Load(T),
    /// Changes it in place.
    Apply(Rc<dyn Fn(&mut T)>),
}

/// What is being edited (`None` until loaded), and a way to draw the page again.
#[derive(Clone)]
pub struct Editing<T> {
    latest: Rc<RefCell<Option<T>>>,
    redraw: UseStateHandle<u32>,
}

impl<T: Clone> Editing<T> {
    /// What the form holds now, every change so far included.
    pub fn current(&self) -> Option<T> {
        self.latest.borrow().clone()
    }

    pub fn dispatch(&self, edit: Edit<T>) {
        apply(&self.latest, edit);
        self.redraw.set(self.redraw.wrapping_add(1));
    }
}

impl<T: Clone + 'static> Editing<T> {
    /// Writes a value (a field's text, a `DateField`'s day) into what is being edited, with
    /// `change`.
    pub fn field_to(&self, change: impl Fn(&mut T, String) + 'static) -> Callback<String> {
        let (editing, change) = (self.clone(), Rc::new(change));
        Callback::from(move |value: String| {
            let change = change.clone();
            editing.dispatch(Edit::Apply(Rc::new(move |next: &mut T| change(next, value.clone()))));
        })
    }
}

fn apply<T>(latest: &RefCell<Option<T>>, edit: Edit<T>) {
    let mut held = latest.borrow_mut();
    match edit {
        Edit::Load(value) => *held = Some(value),
        Edit::Apply(change) => {
            if let Some(value) = held.as_mut() {
                change(value);
            }
        }
    }
}

#[hook]
pub fn use_editing<T: 'static>(first: impl FnOnce() -> Option<T>) -> Editing<T> {
    let latest = use_mut_ref(first);
    let redraw = use_state(|| 0u32);
    Editing { latest, redraw }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn changes_made_before_a_redraw_keep_each_other() {
        let latest = RefCell::new(Some((String::new(), 0u8)));
        apply(&latest, Edit::Apply(Rc::new(|form: &mut (String, u8)| form.0 = "Youth club".into())));
        apply(&latest, Edit::Apply(Rc::new(|form: &mut (String, u8)| form.1 = 3)));
        assert_eq!(*latest.borrow(), Some(("Youth club".to_owned(), 3)));
        let empty: RefCell<Option<(String, u8)>> = RefCell::new(None);
        apply(&empty, Edit::Apply(Rc::new(|form: &mut (String, u8)| form.1 = 3)));
        assert!(empty.borrow().is_none());
    }
}
