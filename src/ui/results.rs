//! The results: totals, chart, verdict, what would close the gap, warnings, sources.

use super::messages::{fill, mg, Messages};
use super::quick_picks::add_pick;
use super::state::State;
use crate::model::assessment::{daily_value_mg, Assessment};
use crate::model::intake::NonFoodAmount;
use crate::model::quick_picks::quick_picks;
use crate::model::suggest::close_the_gap;
use crate::model::{Entry, ValueKind};
use yew::prelude::*;

/// How many foods "what would close the gap" lists.
const SUGGESTIONS: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub state: UseReducerHandle<State>,
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
    let t = props.state.t();
    let state = &props.state;
    let body = match state.reference() {
        None => html! { <p class="mc-note">{ t.enter_age }</p> },
        Some(Err(why)) => {
            html! { <p class="mc-no-reference" role="status">{ t.no_reference(&why) }</p> }
        }
        Some(Ok(_)) => match state.assessment() {
            Some(a) => assessment_view(t, state, &a),
            None => html! {},
        },
    };
    html! {
        <section class="mc-results" aria-labelledby="mc-results-heading">
            <h3 id="mc-results-heading" class="mc-legend">{ t.results }</h3>
            { body }
            <p class="mc-caution">{ t.kidney_caution }</p>
            <p class="mc-disclaimer">{ t.disclaimer }</p>
            { sources(t, state) }
        </section>
    }
}

fn assessment_view(t: &'static Messages, state: &UseReducerHandle<State>, a: &Assessment) -> Html {
    let r = &a.reference;
    let total = a.totals.total_mg();
    let (long_kind, kind) = t.kind_name(r.kind);
    let summary = summary_line(t, a);
    let ear = match r.kind {
        ValueKind::Rda { ear_mg } => format!(" ({} {ear_mg} mg)", t.average_requirement),
        _ => String::new(),
    };
    let who = state.person().map(|p| t.person_line(p.sex, p.age, p.condition)).unwrap_or_default();
    let eaten: Vec<String> = state
        .intake()
        .days
        .iter()
        .flat_map(|d| d.entries.iter())
        .filter_map(|e| match e {
            Entry::Food(f) => Some(f.food_id.clone()),
            Entry::NonFood(_) => None,
        })
        .collect();
    let eaten: Vec<&str> = eaten.iter().map(String::as_str).collect();
    let candidates: Vec<_> = quick_picks().iter().map(|p| p.candidate()).collect();
    let suggestions = close_the_gap(a.gap_mg, &candidates, &eaten, SUGGESTIONS);

    html! {
        <>
            <p class="mc-print-only">{ who }</p>
            <p class="mc-reference">
                { fill(t.reference_intro, &[("long", long_kind), ("short", kind), ("standard", t.standard_name(r.standard))]) }
                <strong data-testid="reference-mg">{ r.reference_mg }</strong>{ format!(" {}{ear}.", t.mg_a_day) }
                if let Some(source) = &r.rule_note { <br /><small>{ fill(t.no_extra_in_pregnancy, &[("source", source)]) }</small> }
            </p>
            <p class="mc-visually-hidden" aria-live="polite" data-testid="summary">{ summary }</p>
            <dl class="mc-totals">
                <div><dt>{ t.total }</dt><dd data-testid="total-mg">{ format!("{} mg", mg(total)) }</dd></div>
                <div><dt>{ t.from_food }</dt><dd data-testid="food-mg">{ format!("{} mg", mg(a.totals.food_mg)) }</dd></div>
                <div><dt>{ t.from_supplements }</dt><dd data-testid="nonfood-mg">{ format!("{} mg", mg(a.totals.nonfood_mg)) }</dd></div>
                <div><dt>{ fill(t.percent_of, &[("kind", kind)]) }</dt><dd data-testid="percent-reference">{ t.percent(a.percent_of_reference) }</dd></div>
                if let (Some(dv), Some(dv_mg)) = (a.percent_of_daily_value, daily_value_mg()) {
                    <div><dt>{ fill(t.daily_value, &[("dv", &mg(dv_mg))]) }</dt><dd>{ t.percent(dv) }</dd></div>
                }
            </dl>
            if a.days_recorded > 1 {
                <p class="mc-note">{ fill(t.average_of_days, &[("days", &a.days_recorded.to_string())]) }</p>
            }
            { chart(t, a) }
            <p class="mc-verdict" data-testid="verdict">{ t.verdict(a.verdict, a.days_recorded) }</p>
            if let Some(ul) = a.upper_level.filter(|ul| ul.exceeded) {
                <p class="mc-warning" role="alert" data-testid="upper-level-warning">{ t.upper_level_warning(ul.highest_day_nonfood_mg, ul.upper_level_mg) }</p>
            }
            if !suggestions.is_empty() {
                <div class="mc-gap">
                    <p>{ fill(t.gap_line, &[("gap", &mg(a.gap_mg))]) }</p>
                    <ul data-testid="suggestions">
                        { for suggestions.iter().map(|s| {
                            let pick = quick_picks().iter().find(|p| format!("{:05}", p.food_id) == s.candidate.food_id).cloned();
                            let add = pick.map(|pick| {
                                let servings = f64::from(s.portions);
                                state.dispatcher().to_callback().reform(move |_: MouseEvent| add_pick(&pick, servings))
                            });
                            let portions = if s.portions > 1 { format!("{} × ", s.portions) } else { String::new() };
                            html! {
                                <li>
                                    { format!("{portions}{} {}: {} mg ", s.candidate.portion, s.candidate.name, mg(s.magnesium_mg)) }
                                    if let Some(add) = add {
                                        <button type="button" class="mc-secondary" onclick={add} aria-label={format!("{} {}", t.add, s.candidate.name)}>{ t.add }</button>
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

/// A bar of the total (food and non-food) against the EAR and the RDA/AI, and,
/// where there is an upper level, a bar of non-food magnesium against it.
fn chart(t: &Messages, a: &Assessment) -> Html {
    let r = &a.reference;
    let (food, nonfood) = (a.totals.food_mg, a.totals.nonfood_mg);
    let ul = r.upper_level_nonfood_mg;
    let highest = a.upper_level.map_or(nonfood, |u| u.highest_day_nonfood_mg);
    let scale_max = [food + nonfood, r.reference_mg * 1.3, ul.unwrap_or(0.0) * 1.1, highest]
        .into_iter()
        .fold(1.0, f64::max);
    let x = |mg: f64| 10.0 + mg / scale_max * 280.0;
    let ear = match r.kind {
        ValueKind::Rda { ear_mg } => Some(ear_mg),
        _ => None,
    };
    let kind = t.kind_name(r.kind).1;
    let description = t.chart_description(
        &mg(food + nonfood),
        &mg(food),
        &mg(nonfood),
        kind,
        r.reference_mg,
        ear,
        ul.map(|u| (u, mg(highest))),
    );
    // Labels sit to the left of the EAR and to the right of the RDA/AI, so
    // close values never print over each other.
    let marker = |mg: f64, label: String, anchor: &'static str, y0: f64, y1: f64| {
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
            <desc id="mc-chart-desc">{ description }</desc>
            <rect class="mc-track" x="10" y="18" width="280" height="16" />
            <rect class="mc-food-bar" x="10" y="18" width={(x(food) - 10.0).to_string()} height="16" />
            <rect class="mc-nonfood-bar" x={x(food).to_string()} y="18" width={(x(food + nonfood) - x(food)).to_string()} height="16" />
            { ear.map(|e| marker(e, "EAR".into(), "end", 14.0, 38.0)).unwrap_or_default() }
            { marker(r.reference_mg, kind.into(), if ear.is_some() { "start" } else { "middle" }, 14.0, 38.0) }
            if let Some(ul) = ul {
                <rect class="mc-track" x="10" y="66" width="280" height="10" />
                <rect class="mc-nonfood-bar" x="10" y="66" width={(x(highest) - 10.0).to_string()} height="10" />
                { marker(ul, "UL".into(), "middle", 62.0, 80.0) }
                <text class="mc-chart-caption" x="10" y="92">{ t.chart_nonfood_caption }</text>
            }
        </svg>
    }
}

fn sources(t: &Messages, state: &UseReducerHandle<State>) -> Html {
    let mut list: Vec<String> = Vec::new();
    if let Some(Ok(r)) = state.reference() {
        list.push(format!("{}: {}", t.standard_name(r.standard), r.source));
    }
    list.push(t.source_verdict.into());
    let entries: Vec<Entry> = state.intake().days.into_iter().flat_map(|d| d.entries).collect();
    if entries.iter().any(|e| matches!(e, Entry::Food(_))) {
        list.push(t.source_foods.into());
    }
    for e in &entries {
        if let Entry::NonFood(n) = e {
            if let NonFoodAmount::Compound { form, .. } = n.amount() {
                let line = format!("{}: {}", form.name_in(t.lang.index()), form.source);
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
