//! The results chart's frame, shared by the log and the quick estimate: an
//! SVG with a title and a text equivalent, the reference markers (EAR,
//! RDA/AI/RNI) over the intake bar, and, where there is an upper level, a
//! bar of what counts toward it. The caller draws the intake itself.

use crate::model::assessment::UpperLevelCheck;
use crate::model::number::decimal;
use crate::model::{ReferenceValue, ValueKind};
use crate::ui::i18n::Lang;
use yew::prelude::*;

/// Maps milligrams to the chart's x axis (`LEFT` to `LEFT + WIDTH` in the viewBox).
#[derive(Clone, Copy)]
pub struct Scale {
    max_mg: f64,
}

impl Scale {
    /// Wide enough for every figure given, and for 130 % of the reference.
    pub fn fitting(reference: &ReferenceValue, figures: &[f64]) -> Scale {
        let mut max_mg = reference.reference_mg * 1.3;
        if let Some(ul) = reference.upper_level_nonfood_mg {
            max_mg = max_mg.max(ul * 1.1);
        }
        Scale { max_mg: figures.iter().copied().fold(max_mg.max(1.0), f64::max) }
    }

    pub fn max_mg(self) -> f64 {
        self.max_mg
    }

    pub fn x(self, mg: f64) -> f64 {
        LEFT + mg / self.max_mg * WIDTH
    }

    /// The axis's ticks: 0 and round steps (1, 2, 2.5 or 5 times a power of
    /// ten), at most six, none past the end.
    pub fn ticks(self) -> Vec<f64> {
        let power = 10f64.powf((self.max_mg / 5.0).log10().floor());
        let step = [1.0, 2.0, 2.5, 5.0, 10.0]
            .into_iter()
            .map(|m| m * power)
            .find(|step| self.max_mg / step <= 5.0)
            .unwrap_or(self.max_mg);
        (0..).map(|i| f64::from(i) * step).take_while(|mg| *mg <= self.max_mg + 1e-9).collect()
    }
}

/// A coordinate or length in the chart's viewBox, to a hundredth of a unit
/// (about a hundredth of a pixel): written without float formatting
/// (`model::number::decimal`).
pub fn coord(value: f64) -> String {
    decimal(value, 2)
}

/// The chart's viewBox is 240 units wide, about the width it is drawn at in
/// the results column, so 12-unit text shows at about 12 px, and larger on phones.
const VIEW_W: f64 = 240.0;
/// Where the bars start, and how long a full bar is.
pub const LEFT: f64 = 8.0;
const WIDTH: f64 = VIEW_W - 2.0 * LEFT;
/// The rows of the chart, in viewBox units.
const TRACK_Y: f64 = 18.0;
const TRACK_H: f64 = 16.0;
const AXIS_LABEL_Y: f64 = 50.0;
const UPPER_Y: f64 = 76.0;
const UPPER_H: f64 = 10.0;

fn marker(scale: Scale, mg: f64, label: String, anchor: &'static str, y0: f64, y1: f64) -> Html {
    let x = coord(scale.x(mg));
    html! {
        <g class="mc-marker">
            <line x1={x.clone()} x2={x.clone()} y1={coord(y0)} y2={coord(y1)} />
            <text {x} y={coord(y0 - 3.0)} text-anchor={anchor}>{ label }</text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub lang: Lang,
    pub reference: ReferenceValue,
    pub upper_level: Option<UpperLevelCheck>,
    pub scale_max: f64,
    /// The chart's text equivalent.
    pub description: String,
    /// The intake, drawn in the track at y 18 to 34.
    pub children: Html,
}

/// The chart around an intake bar. `scale_max` must be the `Scale` the
/// children were drawn with (`Scale::fitting`).
#[function_component(Chart)]
pub fn chart(props: &ChartProps) -> Html {
    let t = props.lang.messages();
    let r = &props.reference;
    let scale = Scale { max_mg: props.scale_max };
    let ear = match r.kind {
        ValueKind::Rda { ear_mg } => Some(ear_mg),
        _ => None,
    };
    // Labels sit to the left of the EAR and to the right of the RDA/AI, so
    // close values never print over each other.
    let reference_anchor = if ear.is_some() { "start" } else { "middle" };
    // Without an upper level the chart ends under its axis.
    let height = if props.upper_level.is_some() { 92 } else { 56 };
    let ticks = scale.ticks();
    let last = ticks.len().saturating_sub(1);
    html! {
        <>
        <svg class="mc-chart" viewBox={format!("0 0 {} {height}", coord(VIEW_W))} role="img"
            aria-labelledby="mc-chart-title mc-chart-desc">
            <title id="mc-chart-title">{ t.chart_title }</title>
            <desc id="mc-chart-desc">{ props.description.clone() }</desc>
            // The scale: a tick and a figure at each round step; the last names the unit.
            <g class="mc-axis" aria-hidden="true">
                { for ticks.iter().enumerate().map(|(i, mg)| {
                    let x = coord(scale.x(*mg));
                    let label = if i == last { t.mg(*mg) } else { crate::ui::i18n::mg(*mg) };
                    let anchor = if i == 0 {
                        "start"
                    } else if i == last && scale.x(*mg) > VIEW_W - 24.0 {
                        "end"
                    } else {
                        "middle"
                    };
                    let label_x = if i == 0 { coord(LEFT) } else { x.clone() };
                    html! {
                        <>
                            <line class="mc-gridline" x1={x.clone()} x2={x.clone()}
                                y1={coord(TRACK_Y)} y2={coord(TRACK_Y + TRACK_H + 4.0)} />
                            <text x={label_x} y={coord(AXIS_LABEL_Y)} text-anchor={anchor}>{ label }</text>
                        </>
                    }
                }) }
            </g>
            <rect class="mc-track" x={coord(LEFT)} y={coord(TRACK_Y)} width={coord(WIDTH)} height={coord(TRACK_H)} rx="3" />
            { props.children.clone() }
            { ear.map(|e| marker(scale, e, t.chart_value(t.chart_ear, e), "end", 14.0, 38.0)).unwrap_or_default() }
            { marker(scale, r.reference_mg, t.chart_value(t.kind_name(r.kind).1, r.reference_mg), reference_anchor, 14.0, 38.0) }
            if let Some(ul) = props.upper_level {
                <rect class="mc-track" x={coord(LEFT)} y={coord(UPPER_Y)} width={coord(WIDTH)} height={coord(UPPER_H)} rx="2" />
                <rect class="mc-nonfood-bar" x={coord(LEFT)} y={coord(UPPER_Y)}
                    width={coord(scale.x(ul.highest_day_nonfood_mg) - LEFT)} height={coord(UPPER_H)} />
                { marker(scale, ul.upper_level_mg, t.chart_value(t.chart_upper, ul.upper_level_mg), "middle", UPPER_Y - 4.0, UPPER_Y + UPPER_H + 4.0) }
            }
        </svg>
        // What the lower bar is, as text that wraps (long in some languages).
        if let Some(ul) = props.upper_level {
            <p class="mc-chart-key">{ t.chart_upper_caption(ul.includes_water) }</p>
        }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::Scale;

    #[test]
    fn ticks_are_round_steps_from_zero_and_stay_on_the_chart() {
        assert_eq!(Scale { max_mg: 416.0 }.ticks(), vec![0.0, 100.0, 200.0, 300.0, 400.0]);
        assert_eq!(Scale { max_mg: 130.0 }.ticks(), vec![0.0, 50.0, 100.0]);
        assert_eq!(Scale { max_mg: 100.0 }.ticks(), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        for max_mg in [1.0, 7.5, 99.0, 455.0, 1234.0, 9_999.0, 99_999.0] {
            let ticks = Scale { max_mg }.ticks();
            assert!(ticks.len() >= 2 && ticks.len() <= 6, "{max_mg}: {ticks:?}");
            assert!(ticks.iter().all(|t| *t <= max_mg), "{max_mg}: {ticks:?}");
        }
    }
}
