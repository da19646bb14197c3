//! The one-page report, for print only ("Print or save as PDF"): who, the
//! standard's reference values with their source, the result, each logged
//! day's totals, what was counted in mg of elemental magnesium (salt forms
//! converted, as on screen), the upper-level check, the medicines and
//! conditions ticked with their notes and sources, the date, and the line
//! that intake is not status. Hidden on screen; widget.css prints it alone,
//! in black on white, on A4 or US Letter.

use crate::model::intake::NonFoodAmount;
use crate::model::medicine_notes::by_wire_id;
use crate::model::Day;
use crate::ui::components::results::summary_line;
use crate::ui::i18n::{mg, Lang, Messages};
use crate::ui::state::view::{Figures, View};
use crate::ui::state::{LoggedEntry, LoggedItem};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReportProps {
    pub lang: Lang,
    pub view: Rc<View>,
    /// The log, day by day (the quick estimate's supplements are its first day).
    pub days: Rc<Vec<Vec<LoggedEntry>>>,
    /// The medicines and conditions ticked (`wire_id`s).
    pub medicines: Vec<u32>,
    /// Today, as YYYY-MM-DD (empty when the browser gives no date).
    pub date: AttrValue,
}

/// "Almonds (Nuts, almonds) · 28 g · 76 mg": what one log line counted.
fn counted_line(t: &'static Messages, entry: &LoggedEntry) -> Html {
    let (amount, name) = match &entry.item {
        LoggedItem::Food(logged) => (t.grams_weight(logged.food.grams()), entry.item.shown_name(t)),
        LoggedItem::NonFood(n) => (
            match n.amount() {
                NonFoodAmount::Elemental { mg: label } => t.mg(*label),
                NonFoodAmount::Compound { compound_mg, form } => t.conversion(
                    *compound_mg,
                    form.elemental_percent,
                    form.formula,
                    &mg(n.magnesium_mg()),
                ),
            },
            entry.item.shown_name(t),
        ),
    };
    let name = if name.is_empty() { t.supplement } else { name };
    html! {
        <li>
            <span class="mc-report-name">{ name }</span>
            <span class="mc-report-amount">{ amount }</span>
            <span class="mc-report-mg">{ t.mg(entry.item.magnesium_mg()) }</span>
        </li>
    }
}

#[function_component(Report)]
pub fn report(props: &ReportProps) -> Html {
    let t = props.lang.messages();
    let view = &props.view;
    let Some(Ok(reference)) = &view.reference else { return html! {} };
    let (before, reference_mg, after) = t.reference_line(reference);
    let upper_level = match &view.figures {
        Figures::Log { assessment, .. } => assessment.upper_level,
        Figures::Estimate { assessment, .. } => assessment.upper_level,
        Figures::Nothing => None,
    };
    let result = match &view.figures {
        Figures::Log { assessment, standing, .. } => html! {
            <>
                <p data-testid="report-verdict">{ t.verdict(assessment.verdict, assessment.days_recorded) }</p>
                <p data-testid="report-total"><strong>{ summary_line(t, assessment) }</strong></p>
                if let Some(standing) = standing {
                    <p>{ t.standing_line(standing, t.standing_log) }</p>
                }
            </>
        },
        Figures::Estimate { assessment, .. } => html! {
            <>
                <p>{ t.report_estimate }</p>
                <p data-testid="report-total">{ t.estimate_range(assessment.total_mg) }</p>
                if let Some(chance) = assessment.chance {
                    <p>{ t.estimate_chance(chance, reference) }</p>
                }
                <p>{ t.estimate_verdict(assessment.verdict, reference.kind) }</p>
            </>
        },
        Figures::Nothing => html! {},
    };
    let water_mg = view.intake.water_mg_per_day;
    let logged: Vec<(usize, &Vec<LoggedEntry>)> =
        props.days.iter().enumerate().filter(|(_, d)| !d.is_empty()).collect();
    html! {
        <section class="mc-report" data-testid="report">
            <h2 class="mc-report-title">{ t.report_title }</h2>
            if !props.date.is_empty() {
                <p data-testid="report-date">{ t.report_printed(&props.date) }</p>
            }
            if let Some(p) = view.person {
                <p class="mc-report-who">{ t.person_line(p.sex, p.age, p.condition) }</p>
            }
            <h3>{ t.report_reference }</h3>
            <p>{ before }{ reference_mg }{ after }</p>
            if let Some(ul) = &upper_level {
                <p>{ t.upper_level_line(ul) }</p>
            }
            <p class="mc-report-source">{ t.source_line(t.standard_name(reference.standard), &reference.source) }</p>
            <h3>{ t.report_result }</h3>
            { result }
            if let Some(ul) = &upper_level {
                if ul.exceeded {
                    <p><strong>{ t.upper_level_warning(ul) }</strong></p>
                } else {
                    <p>{ t.report_upper_ok(ul) }</p>
                }
            }
            if !logged.is_empty() {
                <h3>{ t.report_days }</h3>
                <table class="mc-report-days" data-testid="report-days">
                    <thead><tr>
                        <th>{ t.report_day }</th><th>{ t.from_food }</th><th>{ t.report_water }</th>
                        <th>{ t.from_supplements }</th><th>{ t.total }</th>
                    </tr></thead>
                    <tbody>
                        { for logged.iter().map(|(i, _)| {
                            // The day's split as the view computed it (its days are the log's, in order).
                            let day_totals = view.intake.days.get(*i).map(Day::totals).unwrap_or_default();
                            let (food, nonfood) = (day_totals.food_mg, day_totals.nonfood_mg);
                            html! {
                                <tr>
                                    <td>{ i + 1 }</td><td>{ t.mg(food) }</td><td>{ t.mg(water_mg) }</td>
                                    <td>{ t.mg(nonfood) }</td>
                                    <td data-testid="report-day-total">{ t.mg(food + nonfood + water_mg) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
                <h3>{ t.report_items }</h3>
                <div class="mc-report-items">
                    { for logged.iter().map(|(i, day)| html! {
                        <div>
                            <h4>{ t.day_n(i + 1) }</h4>
                            <ul>{ for day.iter().map(|e| counted_line(t, e)) }</ul>
                        </div>
                    }) }
                </div>
            }
            <h3>{ t.report_medicines }</h3>
            if props.medicines.is_empty() {
                <p>{ t.report_no_medicines }</p>
            } else {
                <ul class="mc-report-medicines" data-testid="report-medicines">
                    { for props.medicines.iter().filter_map(|&id| by_wire_id(id)).map(|note| {
                        let (label, text) = t.medicine_text(note);
                        html! {
                            <li>
                                <strong>{ label }</strong>
                                <span>{ text }</span>
                                <span class="mc-report-source">{ t.medicine_source(note) }</span>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p class="mc-report-status">
                <strong>{ t.report_status }</strong>{ " " }
                // The kidney caution, unless the kidney note above already says more.
                if !props.medicines.iter().any(|&id| by_wire_id(id).is_some_and(|n| n.id == "kidney_disease")) {
                    <span>{ t.kidney_caution }</span>{ " " }
                }
                <span>{ t.disclaimer }</span>
            </p>
        </section>
    }
}
