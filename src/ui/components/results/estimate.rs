//! The quick estimate's answer: the usual intake with the interval that
//! holds 8 in 10 people who answer alike, the chance of falling short (or of
//! reaching an AI), what it means, a note when the typical value is unusual,
//! where the magnesium comes from, what would raise it, and an invitation to
//! log days for a firmer answer.

use crate::model::assessment::{EstimateAssessment, EstimateVerdict};
use crate::model::contributions::Contribution;
use crate::model::questionnaire::Raise;
use crate::ui::components::chart::{coord, Chart, Scale};
use crate::ui::components::contribution_list::Contributions;
use crate::ui::components::results::card::{estimate_tone, under_the_card};
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::{Lang, Messages};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EstimateResultsProps {
    pub lang: Lang,
    pub assessment: EstimateAssessment,
    pub contributions: Vec<Contribution>,
    /// "What would raise it" (empty when the answer does not ask for more).
    pub raises: Vec<Raise>,
    /// Switches to logging days.
    pub on_log_days: Callback<()>,
}

#[function_component(EstimateResults)]
pub fn estimate_results(props: &EstimateResultsProps) -> Html {
    let h4 = use_heading(4);
    let t = props.lang.messages();
    let a = &props.assessment;
    let r = &a.reference;
    let answered = a.verdict != EstimateVerdict::NothingAnswered;
    let raises = &props.raises;
    html! {
        <>
            // The answer first: the range, what it means, the chart.
            <div class={classes!("mc-card", estimate_tone(a.verdict))} data-testid="result-card">
                if answered {
                    <p class="mc-estimate" data-testid="estimate-range" aria-live="polite">
                        { t.estimate_range(a.total_mg) }
                    </p>
                }
                if let Some(chance) = a.chance {
                    <p class="mc-chance" data-testid="estimate-chance">{ t.estimate_chance(chance, r) }</p>
                }
                <p class="mc-verdict" data-testid="estimate-verdict">{ t.estimate_verdict(a.verdict, r.kind) }</p>
                if let Some(unusual) = &a.unusual {
                    <p class="mc-note mc-unusual" role="note" data-testid="estimate-unusual">{ t.unusual_note(unusual) }</p>
                }
                if let Some(standing) = &a.standing {
                    <p class="mc-note" data-testid="standing">{ t.standing_line(standing, t.standing_estimate) }</p>
                }
                if answered {
                    { estimate_chart(t, a) }
                }
            </div>
            { under_the_card(t, r, a.upper_level) }
            <Contributions lang={props.lang} lines={props.contributions.clone()} />
            if !raises.is_empty() {
                <section class="mc-raise" aria-labelledby="mc-raise-heading">
                    <@{h4} id="mc-raise-heading">{ t.raise_heading }</@>
                    <ul data-testid="raise">
                        { for raises.iter().map(|raise| html! {
                            <li>{ t.raise_line(raise.group.names[props.lang], raise.adds_mg_per_day) }</li>
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

/// The estimated range as a band with its typical value, against the
/// reference values and, where there is one, the upper level.
fn estimate_chart(t: &'static Messages, a: &EstimateAssessment) -> Html {
    let total = a.total_mg;
    let highest = a.upper_level.map_or(0.0, |u| u.highest_day_nonfood_mg);
    let scale = Scale::fitting(&a.reference, &[total.high, highest]);
    let x = |mg: f64| scale.x(mg);
    html! {
        <Chart lang={t.lang} reference={a.reference.clone()} upper_level={a.upper_level}
            scale_max={scale.max_mg()} description={t.chart_estimate_description(a)}>
            <rect class="mc-range" x={coord(x(total.low))} y="18"
                width={coord((x(total.high) - x(total.low)).max(1.0))} height="16" />
            <line class="mc-typical" x1={coord(x(total.typical))} x2={coord(x(total.typical))}
                y1="16" y2="36" />
        </Chart>
    }
}
