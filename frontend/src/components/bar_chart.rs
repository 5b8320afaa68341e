//! A bar chart drawn as SVG, always with the same figures as a table beside it: the picture is
//! for a glance, the table is for screen readers and for copying into a report.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BarChartProps {
    /// Says what the chart shows; the SVG's accessible name and the table's caption.
    pub title: AttrValue,
    pub label_heading: AttrValue,
    pub value_heading: AttrValue,
    /// (label, value) in display order.
    pub bars: Vec<(String, u64)>,
}

// One row per bar, its label on a line of its own above it, so labels of any length never
// run into each other (in viewBox units; the SVG scales to its box).
const WIDTH: u64 = 300;
const LABEL_HEIGHT: u64 = 14;
const BAR_HEIGHT: u64 = 14;
const ROW_HEIGHT: u64 = LABEL_HEIGHT + BAR_HEIGHT + 8;
/// Room kept at the right for the figure at the end of the longest bar.
const FIGURE_ROOM: u64 = 36;
/// Labels longer than fit are cut in the picture; the table beside it has them whole.
const LABEL_CHARACTERS: usize = 46;

/// `label` cut to at most `characters`, ending in "…" when cut: a chart's labels (the table
/// beside every chart has them whole).
pub fn shortened(label: &str, characters: usize) -> String {
    if label.chars().count() <= characters {
        return label.to_owned();
    }
    label.chars().take(characters.saturating_sub(1)).chain(['…']).collect()
}

#[function_component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let max = props.bars.iter().map(|(_, value)| *value).max().unwrap_or(0).max(1);
    let view_box = format!("0 0 {WIDTH} {}", ROW_HEIGHT * props.bars.len() as u64);
    html! {
        <figure class="chart">
            <svg viewBox={view_box} role="img" aria-label={props.title.clone()} focusable="false">
                { for props.bars.iter().enumerate().map(|(index, (label, value))| {
                    let top = index as u64 * ROW_HEIGHT;
                    let length = value * (WIDTH - FIGURE_ROOM) / max;
                    html! {
                        <g>
                            <text x="0" y={(top + LABEL_HEIGHT - 3).to_string()} font-size="11" class="bar-label">{ shortened(label, LABEL_CHARACTERS) }</text>
                            <rect x="0" y={(top + LABEL_HEIGHT).to_string()}
                                width={length.to_string()} height={BAR_HEIGHT.to_string()} class="bar" />
                            <text x={(length + 4).to_string()} y={(top + LABEL_HEIGHT + BAR_HEIGHT - 3).to_string()}
                                font-size="11" class="bar-figure">{ value }</text>
                        </g>
                    }
                }) }
            </svg>
            <table class="chart-table">
                <caption>{ props.title.clone() }</caption>
                <thead><tr><th scope="col">{ props.label_heading.clone() }</th><th scope="col">{ props.value_heading.clone() }</th></tr></thead>
                <tbody>
                    { for props.bars.iter().map(|(label, value)| html! {
                        <tr><th scope="row">{ label.clone() }</th><td>{ value }</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    async fn labels_of_any_length_do_not_overlap() {
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        root.set_attribute("style", "width: 480px").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let long = "Somewhere to go in the evenings with my friends, near where I live";
        let bars =
            vec![(long.to_owned(), 4), ("A job or an apprenticeship".to_owned(), 7), ("Nothing".to_owned(), 0), (long.to_owned(), 1)];
        let props =
            BarChartProps { title: "What would help?".into(), label_heading: "Answer".into(), value_heading: "How many".into(), bars };
        yew::Renderer::<BarChart>::with_root_and_props(root.clone(), props).render();
        yew::platform::time::sleep(std::time::Duration::from_millis(50)).await;
        let labels = root.query_selector_all(".bar-label").unwrap();
        let boxes: Vec<web_sys::DomRect> =
            (0..labels.length()).map(|i| labels.item(i).unwrap().unchecked_into::<web_sys::Element>().get_bounding_client_rect()).collect();
        assert_eq!(boxes.len(), 4);
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.right() <= root.get_bounding_client_rect().right() + 0.5, "label {i} runs out of the chart");
            for b in &boxes[i + 1..] {
                let apart = a.right() <= b.left() || b.right() <= a.left() || a.bottom() <= b.top() || b.bottom() <= a.top();
                assert!(apart, "labels overlap: {:?} and {:?}", (a.left(), a.top(), a.width()), (b.left(), b.top(), b.width()));
            }
        }
        assert_eq!(shortened(long, LABEL_CHARACTERS).chars().count(), LABEL_CHARACTERS);
        root.remove();
    }
}
