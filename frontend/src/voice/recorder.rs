//! A short voice note, recorded in the browser (MediaRecorder), for a young person who would
//! rather speak than write. It stops itself after two minutes; once stopped it is held as
//! base64 until the answer is sent, and then waits in the outbox like any other answer. Writing
//! stays offered beside it (the text alternative).

use std::cell::RefCell;
use std::rc::Rc;

use tandem_domain::voice::api::VoiceNote;
use tandem_domain::voice::VOICE_NOTE_MAX_BYTES;
use tandem_domain::ErrorCode;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::i18n::use_i18n;

/// Longest recording: it stops itself then.
const MAX_MILLISECONDS: u32 = 120_000;

#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Recording,
    Recorded { seconds: u32 },
    Failed(Option<ErrorCode>),
}

type Live = Rc<RefCell<Option<(web_sys::MediaRecorder, web_sys::MediaStream)>>>;

#[derive(Properties, PartialEq)]
pub struct RecorderProps {
    /// The note once recorded; `None` when deleted.
    pub on_recorded: Callback<Option<VoiceNote>>,
}

fn stop(live: &Live) {
    if let Some((recorder, stream)) = live.borrow_mut().take() {
        let _ = recorder.stop();
        for track in stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
    }
}

/// The recording as base64, and its length in seconds.
async fn encode(blob: web_sys::Blob, started_at: f64) -> Result<(VoiceNote, u32), Option<ErrorCode>> {
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(|_| None)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    if bytes.len() > VOICE_NOTE_MAX_BYTES {
        return Err(Some(ErrorCode::VoiceNoteTooLarge));
    }
    let binary: String = bytes.iter().map(|byte| char::from(*byte)).collect();
    let base64 = web_sys::window().ok_or(None)?.btoa(&binary).map_err(|_| None)?;
    let seconds = ((js_sys::Date::now() - started_at) / 1000.0).round().max(1.0) as u32;
    Ok((VoiceNote { content_type: blob.type_(), base64 }, seconds))
}

async fn begin(live: Live, state: UseStateHandle<State>, on_recorded: Callback<Option<VoiceNote>>) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let constraints = web_sys::MediaStreamConstraints::new();
    constraints.set_audio(&JsValue::TRUE);
    let asked = window.navigator().media_devices()?.get_user_media_with_constraints(&constraints)?;
    let stream: web_sys::MediaStream = JsFuture::from(asked).await?.dyn_into()?;
    let recorder = web_sys::MediaRecorder::new_with_media_stream(&stream)?;
    let started_at = js_sys::Date::now();
    // Without a timeslice the whole recording comes in one piece, when it stops.
    let on_data = wasm_bindgen::closure::Closure::once_into_js(move |event: web_sys::BlobEvent| {
        let Some(blob) = event.data() else { return state.set(State::Failed(None)) };
        wasm_bindgen_futures::spawn_local(async move {
            match encode(blob, started_at).await {
                Ok((note, seconds)) => {
                    on_recorded.emit(Some(note));
                    state.set(State::Recorded { seconds });
                }
                Err(code) => state.set(State::Failed(code)),
            }
        });
    });
    recorder.set_ondataavailable(Some(on_data.unchecked_ref()));
    recorder.start()?;
    *live.borrow_mut() = Some((recorder, stream));
    gloo::timers::callback::Timeout::new(MAX_MILLISECONDS, move || stop(&live)).forget();
    Ok(())
}

#[function_component(VoiceRecorder)]
pub fn voice_recorder(props: &RecorderProps) -> Html {
    let t = use_i18n();
    let state = use_state(|| State::Idle);
    let live: Live = use_mut_ref(|| None);
    let start = {
        let (state, live, on_recorded) = (state.clone(), live.clone(), props.on_recorded.clone());
        Callback::from(move |_| {
            state.set(State::Recording);
            let (state, live, on_recorded) = (state.clone(), live.clone(), on_recorded.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if begin(live, state.clone(), on_recorded).await.is_err() {
                    state.set(State::Failed(None));
                }
            });
        })
    };
    let finish = {
        let live = live.clone();
        Callback::from(move |_| stop(&live))
    };
    let discard = {
        let (state, on_recorded) = (state.clone(), props.on_recorded.clone());
        Callback::from(move |_| {
            on_recorded.emit(None);
            state.set(State::Idle);
        })
    };
    match &*state {
        State::Idle => html! {
            <p><button type="button" class="button secondary" onclick={start}>{ t.get("voice-record") }</button></p>
        },
        State::Recording => html! {
            <>
                <p role="status">{ t.get("voice-recording") }</p>
                <p><button type="button" class="button" onclick={finish}>{ t.get("voice-record-stop") }</button></p>
            </>
        },
        State::Recorded { seconds } => html! {
            <>
                <p role="status">{ t.get_with("voice-recorded", &[("seconds", (*seconds).into())]) }</p>
                <p><button type="button" class="button secondary" onclick={discard}>{ t.get("voice-record-delete") }</button></p>
            </>
        },
        State::Failed(code) => html! {
            <>
                <p class="error" role="alert">{ match code { Some(code) => t.error(*code), None => t.get("voice-record-failed") } }</p>
                <p><button type="button" class="button secondary" onclick={start}>{ t.get("voice-record") }</button></p>
            </>
        },
    }
}
