//! Start against end on the 0-10 scale, drawn as SVG with the same figures in a table beside
//! it: the bars are for a glance (and a board report), the table for screen readers.

use tandem_domain::scaling::Summary;
use yew::prelude::*;

use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct ScoreChartProps {
    /// The chart's accessible name and the table's caption.
    pub title: AttrValue,
    /// (label, start scores, end scores), in display order.
    pub rows: Vec<(String, Summary, Summary)>,
}

const ROW_HEIGHT: f64 = 34.0;
const BAR_HEIGHT: f64 = 12.0;
const LABEL_WIDTH: f64 = 250.0;
const SCALE_WIDTH: f64 = 200.0;

fn mean(summary: &Summary) -> String {
    summary.mean.map(|m| format!("{m:.1}")).unwrap_or_else(|| "–".to_owned())
}

#[function_component(ScoreChart)]
pub fn score_chart(props: &ScoreChartProps) -> Html {
    let t = use_i18n();
    let height = ROW_HEIGHT * props.rows.len() as f64 + 20.0;
    let width = LABEL_WIDTH + SCALE_WIDTH + 40.0;
    let bar = |y: f64, summary: &Summary, class: &'static str| {
        let length = summary.mean.unwrap_or(0.0) / 10.0 * SCALE_WIDTH;
        html! {
            <>
                <rect x={LABEL_WIDTH.to_string()} y={y.to_string()} width={format!("{length:.1}")} height={BAR_HEIGHT.to_string()} class={class} />
                <text x={format!("{:.1}", LABEL_WIDTH + length + 4.0)} y={(y + BAR_HEIGHT - 2.0).to_string()} class="bar-label">{ mean(summary) }</text>
            </>
        }
    };
    html! {
        <figure class="chart score-chart">
            <svg viewBox={format!("0 0 {width} {height}")} role="img" aria-label={props.title.clone()} focusable="false">
                { for props.rows.iter().enumerate().map(|(index, (label, start, end))| {
                    let y = index as f64 * ROW_HEIGHT + 4.0;
                    // The table below has the whole label; the chart's is cut to fit its column.
                    let short = super::bar_chart::shortened(label, 40);
                    html! {
                        <g>
                            <text x="0" y={(y + BAR_HEIGHT + 2.0).to_string()} class="bar-label">{ short }</text>
                            { bar(y, start, "bar start") }
                            { bar(y + BAR_HEIGHT + 2.0, end, "bar end") }
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="legend">
                <span class="swatch start" aria-hidden="true"></span>{ t.get("report-start") }
                <span class="swatch end" aria-hidden="true"></span>{ t.get("report-end") }
            </figcaption>
            <table class="chart-table">
                <caption>{ props.title.clone() }</caption>
                <thead><tr>
                    <th scope="col">{ t.get("report-question") }</th>
                    <th scope="col">{ t.get("report-start-mean") }</th>
                    <th scope="col">{ t.get("report-end-mean") }</th>
                </tr></thead>
                <tbody>
                    { for props.rows.iter().map(|(label, start, end)| html! {
                        <tr><th scope="row">{ label.clone() }</th><td>{ mean(start) }</td><td>{ mean(end) }</td></tr>
                    }) }
                </tbody>
            </table>
        </figure>
    }
}
