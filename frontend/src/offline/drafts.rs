//! Forms saved as they are typed, so closing the app or losing signal loses nothing.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::de::DeserializeOwned;
use serde::Serialize;

use yew::{Callback, UseStateHandle};

use super::{open, StoreError, DRAFTS};

/// Saves `draft` as the current draft of `form`.
pub async fn save<T: Serialize>(form: &str, draft: &T) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(DRAFTS).with_mode(TransactionMode::Readwrite).build()?;
    tx.object_store(DRAFTS)?.put(draft).with_key(form.to_owned()).serde()?.await?;
    tx.commit().await?;
    Ok(())
}

/// The saved draft of `form`, if any.
pub async fn load<T: DeserializeOwned>(form: &str) -> Result<Option<T>, StoreError> {
    let db = open().await?;
    let tx = db.transaction(DRAFTS).build()?;
    let draft = tx.object_store(DRAFTS)?.get(form.to_owned()).serde()?.await?;
    Ok(draft)
}

/// Every saved draft whose form name starts with `prefix` (a page that keeps one draft per
/// box, each under its own name).
pub async fn load_prefixed<T: DeserializeOwned>(prefix: &str) -> Result<Vec<T>, StoreError> {
    let db = open().await?;
    let tx = db.transaction(DRAFTS).build()?;
    let records = tx.object_store(DRAFTS)?.get_all::<T>().with_query::<String, _>(starting_with(prefix)).serde()?.await?;
    Ok(records.collect::<Result<Vec<_>, _>>()?)
}

/// The keys from `prefix` up to it followed by the highest character: every key it starts.
fn starting_with(prefix: &str) -> indexed_db_futures::KeyRange<String> {
    indexed_db_futures::KeyRange::Bound(prefix.to_owned(), false, format!("{prefix}\u{10FFFF}"), false)
}

/// Forgets the draft of `form` (the person chose to leave or start again).
pub async fn clear(form: &str) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(DRAFTS).with_mode(TransactionMode::Readwrite).build()?;
    tx.object_store(DRAFTS)?.delete(form.to_owned()).await?;
    tx.commit().await?;
    Ok(())
}

/// What `read_through` keeps of the server's answers is stored under this prefix, apart from
/// what the person is writing.
pub const KEPT_COPY_PREFIX: &str = "copy.";

/// Forgets every kept copy of the server's answers; drafts stay (a phone marked as shared).
pub async fn clear_kept_copies() -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db.transaction(DRAFTS).with_mode(TransactionMode::Readwrite).build()?;
    tx.object_store(DRAFTS)?.delete::<String, _>(starting_with(KEPT_COPY_PREFIX)).serde()?.await?;
    tx.commit().await?;
    Ok(())
}

/// Sets `state` and keeps it in the phone's draft `form` as well, so words being written survive
/// a reload or a flat battery; `None` clears both. The screen changes at once (a tap on "Send"
/// straight after a choice reads the choice); the phone's store keeps the saves in order.
pub fn kept_in_draft<T: Serialize + Clone + 'static>(state: &UseStateHandle<Option<T>>, form: &'static str) -> Callback<Option<T>> {
    let state = state.clone();
    Callback::from(move |value: Option<T>| {
        let state = state.clone();
        match value {
            Some(kept) => {
                state.set(Some(kept.clone()));
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = save(form, &kept).await;
                });
            }
            // Gone from the phone first: closing the app at once cannot bring it back.
            None => wasm_bindgen_futures::spawn_local(async move {
                let _ = clear(form).await;
                state.set(None);
            }),
        }
    })
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[derive(Debug, Serialize, Deserialize, PartialEq)]
    struct Draft {
        score: Option<u8>,
        text: String,
    }

    #[wasm_bindgen_test]
    async fn a_saved_draft_reads_back_and_is_replaced_by_the_next_save() {
        let form = "test_drafts_round_trip";
        assert_eq!(load::<Draft>(form).await.unwrap(), None);
        save(form, &Draft { score: Some(3), text: "first".into() }).await.unwrap();
        save(form, &Draft { score: Some(4), text: "second".into() }).await.unwrap();
        let loaded: Draft = load(form).await.unwrap().unwrap();
        assert_eq!(loaded, Draft { score: Some(4), text: "second".into() });
    }

    #[wasm_bindgen_test]
    async fn drafts_load_by_the_start_of_their_names() {
        save("test_prefixed.a", &Draft { score: None, text: "a".into() }).await.unwrap();
        save("test_prefixed.b", &Draft { score: None, text: "b".into() }).await.unwrap();
        save("test_prefixedness", &Draft { score: None, text: "other".into() }).await.unwrap();
        let found: Vec<Draft> = load_prefixed("test_prefixed.").await.unwrap();
        assert_eq!(found.into_iter().map(|d| d.text).collect::<Vec<_>>(), ["a", "b"]);
        clear("test_prefixed.a").await.unwrap();
        assert_eq!(load_prefixed::<Draft>("test_prefixed.").await.unwrap().len(), 1);
    }
}
