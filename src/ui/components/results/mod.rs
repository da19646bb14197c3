//! The results: totals, chart, verdict, what would close the gap, warnings,
//! sources; the quick estimate's in `estimate`, what both show in `card`.

mod card;
pub mod estimate;

use crate::model::assessment::{daily_value_mg, Assessment};
use crate::model::intake::NonFoodAmount;
use crate::model::quick_picks::quick_picks;
use crate::model::suggest::Suggestion;
use crate::model::Entry;
use crate::ui::components::chart::{coord, Chart, Scale, LEFT};
use crate::ui::components::contribution_list::Contributions;
use crate::ui::components::results::card::{under_the_card, verdict_tone};
use crate::ui::components::results::estimate::EstimateResults;
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::{mg, Lang, Messages};
use crate::ui::state::view::{Figures, View};
use crate::ui::state::LoggedFood;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub lang: Lang,
    /// The figures of the current state (`ViewInputs::view`).
    pub view: Rc<View>,
    /// Logs a suggested food.
    pub on_add: Callback<LoggedFood>,
    /// Switches from the quick estimate to logging days.
    pub on_log_days: Callback<()>,
}

/// "Total 713 mg, 223% of your RDA.": announced to screen readers and shown
/// in the summary bar on narrow screens.
pub fn summary_line(t: &Messages, a: &Assessment) -> String {
    t.summary_line(
        &mg(a.totals.total_mg()),
        &mg(a.percent_of_reference),
        t.kind_name(a.reference.kind).1,
    )
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let h3 = use_heading(3);
    let t = props.lang.messages();
    let view = &props.view;
    let body = match (&view.reference, &view.figures) {
        (None, _) => html! { <p class="mc-note">{ t.enter_age }</p> },
        (Some(Err(why)), _) => {
            html! { <p class="mc-no-reference" role="status">{ t.no_reference(why) }</p> }
        }
        (Some(Ok(_)), Figures::Estimate { assessment, contributions, raises }) => html! {
            <EstimateResults lang={props.lang} assessment={assessment.clone()}
                contributions={contributions.clone()} raises={raises.clone()}
                on_log_days={props.on_log_days.clone()} />
        },
        (Some(Ok(_)), Figures::Log { assessment, contributions, suggestions, standing }) => html! {
            <>
                { assessment_view(t, props, assessment, suggestions) }
                if let Some(standing) = standing {
                    <p class="mc-note" data-testid="standing">{ t.standing_line(standing, t.standing_log) }</p>
                }
                <Contributions lang={props.lang} lines={contributions.clone()} />
            </>
        },
        (Some(Ok(_)), Figures::Nothing) => html! {},
    };
    html! {
        <section class="mc-results" aria-labelledby="mc-results-heading">
            <@{h3} id="mc-results-heading" class="mc-legend">{ t.results }</@>
            { body }
            <p class="mc-caution">{ t.kidney_caution }</p>
            <p class="mc-disclaimer">{ t.disclaimer }</p>
            { sources(t, props) }
        </section>
    }
}

fn assessment_view(
    t: &'static Messages,
    props: &ResultsProps,
    a: &Assessment,
    suggestions: &[Suggestion],
) -> Html {
    let r = &a.reference;
    let days = props.view.intake.days.len();
    html! {
        <>
            <p class="mc-visually-hidden" aria-live="polite" data-testid="summary">{ summary_line(t, a) }</p>
            // The answer first: what it means, the figures, the chart.
            <div class={classes!("mc-card", verdict_tone(a.verdict))} data-testid="result-card">
            <p class="mc-verdict" data-testid="verdict">{ t.verdict(a.verdict, a.days_recorded) }</p>
            // The reader's own reference leads; the label's Daily Value comes last, explained.
            <dl class="mc-totals">
                <div><dt>{ t.total }</dt><dd data-testid="total-mg">{ t.mg(a.totals.total_mg()) }</dd></div>
                <div>
                    <dt>{ t.percent_of(r.kind) }</dt>
                    <dd data-testid="percent-reference">{ t.percent(a.percent_of_reference) }</dd>
                </div>
                <div><dt>{ t.from_food }</dt><dd data-testid="food-mg">{ t.mg(a.totals.food_mg) }</dd></div>
                <div>
                    <dt>{ t.from_supplements }</dt>
                    <dd data-testid="nonfood-mg">{ t.mg(a.totals.nonfood_mg) }</dd>
                </div>
                <div>
                    <dt>{ t.daily_value(daily_value_mg()) }</dt>
                    <dd>{ t.percent(a.percent_of_daily_value) }</dd>
                </div>
            </dl>
            { chart(t, a) }
            </div>
            { under_the_card(t, r, a.upper_level) }
            <p class="mc-note" data-testid="daily-value-note">{ t.daily_value_note }</p>
            if a.days_recorded > 1 {
                <p class="mc-note">{ t.average_of_days(a.days_recorded) }</p>
            }
            if a.days_recorded > 0 && days > a.days_recorded {
                <p class="mc-note" data-testid="empty-days">
                    { t.empty_days_left_out(days - a.days_recorded, days) }
                </p>
            }
            if !suggestions.is_empty() {
                <div class="mc-gap">
                    <p>{ t.gap_line(a.gap_mg) }</p>
                    <ul data-testid="suggestions">
                        { for suggestions.iter().map(|s| {
                            let pick = quick_picks().iter().find(|p| p.food_id == s.candidate.food_id);
                            let logged = pick.and_then(|p| LoggedFood::of_quick_pick(p, f64::from(s.portions)));
                            let add = logged.map(|logged| props.on_add.reform(move |_: MouseEvent| logged.clone()));
                            html! {
                                <li>
                                    <span>{ t.suggestion(s) }</span>
                                    if let Some(add) = add {
                                        <button type="button" class="mc-secondary" onclick={add}
                                            aria-label={t.add_named(t.food_name(s.candidate.food_id, &s.candidate.name))}>{ t.add }</button>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                </div>
            }
        </>
    }
}

/// The total (food and non-food) in the chart, against the reference values.
fn chart(t: &'static Messages, a: &Assessment) -> Html {
    let (food, nonfood) = (a.totals.food_mg, a.totals.nonfood_mg);
    let highest = a.upper_level.map_or(nonfood, |u| u.highest_day_nonfood_mg);
    let scale = Scale::fitting(&a.reference, &[food + nonfood, highest]);
    let x = |mg: f64| scale.x(mg);
    html! {
        <Chart lang={t.lang} reference={a.reference.clone()} upper_level={a.upper_level}
            scale_max={scale.max_mg()} description={t.chart_description(a)}>
            <rect class="mc-food-bar" x={coord(LEFT)} y="18" width={coord(x(food) - LEFT)} height="16" />
            <rect class="mc-nonfood-bar" x={coord(x(food))} y="18"
                width={coord(x(food + nonfood) - x(food))} height="16" />
        </Chart>
    }
}

fn sources(t: &Messages, props: &ResultsProps) -> Html {
    let mut list: Vec<String> = Vec::new();
    if let Some(Ok(r)) = &props.view.reference {
        list.push(t.source_line(t.standard_name(r.standard), &r.source));
    }
    list.push(t.source_verdict.into());
    let entries: Vec<&Entry> = props.view.intake.days.iter().flat_map(|d| &d.entries).collect();
    if entries.iter().any(|e| matches!(e, Entry::Food(_))) {
        list.push(t.source_foods.into());
    }
    for e in &entries {
        if let Entry::NonFood(n) = e {
            if let NonFoodAmount::Compound { form, .. } = n.amount() {
                let line = t.source_line(form.name_in(t.lang), form.source);
                if !list.contains(&line) {
                    list.push(line);
                }
            }
        }
    }
    list.push(t.source_quick_picks.into());
    html! {
        <details class="mc-sources">
            <summary>{ t.sources }</summary>
            <ul>{ for list.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
        </details>
    }
}
