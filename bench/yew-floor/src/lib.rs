//! One heading and a button that counts: the least a Yew app draws and updates.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[function_component(Floor)]
fn floor() -> Html {
    let count = use_state(|| 0_u32);
    let add = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! {
        <main>
            <h1>{ "Hello" }</h1>
            <button type="button" onclick={add}>{ format!("Pressed {}", *count) }</button>
        </main>
    }
}

#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Floor>::new().render();
}
