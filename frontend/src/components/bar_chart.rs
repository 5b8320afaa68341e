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

const BAR_WIDTH: u64 = 24;
const GAP: u64 = 6;
const HEIGHT: u64 = 120;

#[function_component(BarChart)]
pub fn bar_chart(props: &BarChartProps) -> Html {
    let max = props.bars.iter().map(|(_, value)| *value).max().unwrap_or(0).max(1);
    let width = (BAR_WIDTH + GAP) * props.bars.len() as u64;
    let view_box = format!("0 0 {width} {}", HEIGHT + 20);
    html! {
        <figure class="chart">
            <svg viewBox={view_box} role="img" aria-label={props.title.clone()} focusable="false">
                { for props.bars.iter().enumerate().map(|(index, (label, value))| {
                    let bar_height = value * HEIGHT / max;
                    let x = index as u64 * (BAR_WIDTH + GAP);
                    html! {
                        <g>
                            <rect x={x.to_string()} y={(HEIGHT - bar_height).to_string()}
                                width={BAR_WIDTH.to_string()} height={bar_height.to_string()} class="bar" />
                            <text x={(x + BAR_WIDTH / 2).to_string()} y={(HEIGHT + 15).to_string()}
                                text-anchor="middle" class="bar-label">{ label.clone() }</text>
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
