//! The results chart's frame, shared by the log and the quick estimate: an
//! SVG with a title and a text equivalent, the reference markers (EAR,
//! RDA/AI/RNI) over the intake bar, and, where there is an upper level, a
//! bar of what counts toward it. The caller draws the intake itself.

use super::messages::Lang;
use crate::model::assessment::UpperLevelCheck;
use crate::model::{ReferenceValue, ValueKind};
use yew::prelude::*;

/// Maps milligrams to the chart's x axis (10 to 290 in the viewBox).
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
        10.0 + mg / self.max_mg * 280.0
    }
}

fn marker(scale: Scale, mg: f64, label: String, anchor: &'static str, y0: f64, y1: f64) -> Html {
    let x = scale.x(mg).to_string();
    html! {
        <g class="mc-marker">
            <line x1={x.clone()} x2={x.clone()} y1={y0.to_string()} y2={y1.to_string()} />
            <text {x} y={(y0 - 3.0).to_string()} text-anchor={anchor}>{ label }</text>
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
    html! {
        <svg class="mc-chart" viewBox="0 0 300 96" role="img" aria-labelledby="mc-chart-title mc-chart-desc">
            <title id="mc-chart-title">{ t.chart_title }</title>
            <desc id="mc-chart-desc">{ props.description.clone() }</desc>
            <rect class="mc-track" x="10" y="18" width="280" height="16" />
            { props.children.clone() }
            { ear.map(|e| marker(scale, e, t.chart_value(t.chart_ear, e), "end", 14.0, 38.0)).unwrap_or_default() }
            { marker(scale, r.reference_mg, t.chart_value(t.kind_name(r.kind).1, r.reference_mg), reference_anchor, 14.0, 38.0) }
            if let Some(ul) = props.upper_level {
                <rect class="mc-track" x="10" y="66" width="280" height="10" />
                <rect class="mc-nonfood-bar" x="10" y="66"
                    width={(scale.x(ul.highest_day_nonfood_mg) - 10.0).to_string()} height="10" />
                { marker(scale, ul.upper_level_mg, t.chart_value(t.chart_upper, ul.upper_level_mg), "middle", 62.0, 80.0) }
                <text class="mc-chart-caption" x="10" y="92">{ t.chart_upper_caption(ul.includes_water) }</text>
            }
        </svg>
    }
}
