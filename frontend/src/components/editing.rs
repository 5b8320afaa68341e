//! A form's state changed by its fields' events, each change applied to the latest state:
//! two events before the page draws again (leaving a text box for a list) each keep the
//! other's change, where setting a copy taken at the last drawing would lose one.

use std::rc::Rc;

use yew::prelude::*;

/// What is being edited, once loaded.
#[derive(PartialEq)]
pub struct Editing<T>(pub Option<T>);

impl<T> Default for Editing<T> {
    fn default() -> Self {
        Editing(None)
    }
}

/// A change to what is being edited.
pub enum Edit<T> {
    /// Replaces it all (loaded, or a template chosen).
    Load(T),
    /// Changes it in place.
    Apply(Rc<dyn Fn(&mut T)>),
}

impl<T: Clone + PartialEq> Reducible for Editing<T> {
    type Action = Edit<T>;

    fn reduce(self: Rc<Self>, action: Edit<T>) -> Rc<Self> {
        match action {
            Edit::Load(value) => Rc::new(Editing(Some(value))),
            Edit::Apply(change) => match &self.0 {
                Some(current) => {
                    let mut next = current.clone();
                    change(&mut next);
                    Rc::new(Editing(Some(next)))
                }
                None => self,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn changes_made_before_a_redraw_keep_each_other() {
        let editing = Rc::new(Editing(Some((String::new(), 0u8))));
        let editing = editing.reduce(Edit::Apply(Rc::new(|form: &mut (String, u8)| form.0 = "Youth club".into())));
        let editing = editing.reduce(Edit::Apply(Rc::new(|form: &mut (String, u8)| form.1 = 3)));
        assert_eq!(editing.0, Some(("Youth club".to_owned(), 3)));
        let empty: Rc<Editing<(String, u8)>> = Rc::default();
        assert!(empty.reduce(Edit::Apply(Rc::new(|form: &mut (String, u8)| form.1 = 3))).0.is_none());
    }
}
