//! The quick estimate's answer: the usual intake as a range against the
//! reader's reference values, what it means, where the magnesium comes from,
//! what would raise it, and an invitation to log days for a firmer answer.

use super::contributions::Contributions;
use super::messages::{Lang, Messages};
use crate::model::assessment::{EstimateAssessment, EstimateVerdict};
use crate::model::contributions::Contribution;
use crate::model::questionnaire::{ways_to_raise, Answers};
use crate::model::ValueKind;
use yew::prelude::*;

/// How many groups "what would raise it" lists.
const RAISES: usize = 3;

#[derive(Properties, PartialEq)]
pub struct EstimateResultsProps {
    pub lang: Lang,
    pub assessment: EstimateAssessment,
    pub answers: Answers,
    pub contributions: Vec<Contribution>,
    /// Switches to logging days.
    pub on_log_days: Callback<()>,
}

#[function_component(EstimateResults)]
pub fn estimate_results(props: &EstimateResultsProps) -> Html {
    let t = props.lang.messages();
    let a = &props.assessment;
    let r = &a.reference;
    let (before, reference_mg, after) = t.reference_line(r);
    let answered = a.verdict != EstimateVerdict::NothingAnswered;
    let raises = match a.verdict {
        EstimateVerdict::LikelyMeetsReference | EstimateVerdict::NothingAnswered => Vec::new(),
        _ => ways_to_raise(&props.answers, RAISES),
    };
    let lang = props.lang.index();
    html! {
        <>
            <p class="mc-reference">
                { before }<strong data-testid="reference-mg">{ reference_mg }</strong>{ after }
            </p>
            if answered {
                <p class="mc-estimate" data-testid="estimate-range" aria-live="polite">
                    { t.estimate_range(a.total_mg) }
                </p>
                { estimate_chart(t, a) }
            }
            <p class="mc-verdict" data-testid="estimate-verdict">{ t.estimate_verdict(a.verdict, r.kind) }</p>
            if let Some(ul) = a.upper_level.filter(|ul| ul.exceeded) {
                <p class="mc-warning" role="alert" data-testid="upper-level-warning">
                    { t.upper_level_warning(&ul) }
                </p>
            }
            <Contributions lang={props.lang} lines={props.contributions.clone()} />
            if !raises.is_empty() {
                <section class="mc-raise" aria-labelledby="mc-raise-heading">
                    <h4 id="mc-raise-heading">{ t.raise_heading }</h4>
                    <ul data-testid="raise">
                        { for raises.iter().map(|raise| html! {
                            <li>{ t.raise_line(&raise.group.names[lang], raise.adds_mg_per_day) }</li>
                        }) }
                    </ul>
                </section>
            }
            <p class="mc-note">{ t.estimate_note }</p>
            <button type="button" class="mc-secondary" onclick={props.on_log_days.reform(|_: MouseEvent| ())}>
                { t.log_a_few_days }
            </button>
        </>
    }
}

/// The estimated range as a band with its typical value, against the EAR and
/// the RDA/AI, and where there is an upper level, what counts toward it.
fn estimate_chart(t: &Messages, a: &EstimateAssessment) -> Html {
    let r = &a.reference;
    let total = a.total_mg;
    let ear = match r.kind {
        ValueKind::Rda { ear_mg } => Some(ear_mg),
        _ => None,
    };
    let ul = a.upper_level;
    let scale_max = [
        total.high,
        r.reference_mg * 1.3,
        ul.map_or(0.0, |u| u.upper_level_mg * 1.1),
        ul.map_or(0.0, |u| u.highest_day_nonfood_mg),
    ]
    .into_iter()
    .fold(1.0, f64::max);
    let x = |mg: f64| 10.0 + mg / scale_max * 280.0;
    let marker = |mg: f64, label: &'static str, anchor: &'static str, y0: f64, y1: f64| {
        html! {
            <g class="mc-marker">
                <line x1={x(mg).to_string()} x2={x(mg).to_string()} y1={y0.to_string()} y2={y1.to_string()} />
                <text x={x(mg).to_string()} y={(y0 - 3.0).to_string()} text-anchor={anchor}>{ label }</text>
            </g>
        }
    };
    html! {
        <svg class="mc-chart" viewBox="0 0 300 96" role="img" aria-labelledby="mc-chart-title mc-chart-desc">
            <title id="mc-chart-title">{ t.chart_title }</title>
            <desc id="mc-chart-desc">{ t.chart_estimate_description(a) }</desc>
            <rect class="mc-track" x="10" y="18" width="280" height="16" />
            <rect class="mc-range" x={x(total.low).to_string()} y="18"
                width={(x(total.high) - x(total.low)).max(1.0).to_string()} height="16" />
            <line class="mc-typical" x1={x(total.typical).to_string()} x2={x(total.typical).to_string()}
                y1="16" y2="36" />
            { ear.map(|e| marker(e, t.chart_ear, "end", 14.0, 38.0)).unwrap_or_default() }
            { marker(r.reference_mg, t.kind_name(r.kind).1, if ear.is_some() { "start" } else { "middle" }, 14.0, 38.0) }
            if let Some(ul) = ul {
                <rect class="mc-track" x="10" y="66" width="280" height="10" />
                <rect class="mc-nonfood-bar" x="10" y="66" width={(x(ul.highest_day_nonfood_mg) - 10.0).to_string()} height="10" />
                { marker(ul.upper_level_mg, t.chart_upper, "middle", 62.0, 80.0) }
                <text class="mc-chart-caption" x="10" y="92">{ t.chart_upper_caption(ul.includes_water) }</text>
            }
            <text class="mc-chart-caption" x="10" y="50">{ t.range_short(total) }</text>
        </svg>
    }
}
