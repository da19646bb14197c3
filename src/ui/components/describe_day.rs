//! "Describe a day": the reader writes a day in their own words, the widget
//! reads it (`model::describe`) into a review list, one line per food with
//! the food it found, the grams and the magnesium, and "Add all" logs the
//! day. Nothing is sent anywhere; nothing is kept but what is added.

use crate::model::describe::{
    match_line, measure, parse_day, parse_line, units, MeasureProblem, Strength,
};
use crate::model::food_table::{Food, FoodId};
use crate::model::number::parse_number;
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
use crate::ui::hooks::timing::measured;
use crate::ui::i18n::Lang;
use crate::ui::state::{FoodData, FoodDataState, LoggedFood};
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Foods offered for a line: the best and two others.
const CHOICES: usize = 3;

#[derive(Properties, PartialEq)]
pub struct DescribeDayProps {
    pub lang: Lang,
    pub food_data: FoodDataState,
    /// Asks for the food table (the first "Read my day").
    pub on_need_food_data: Callback<()>,
    /// The review's foods, logged in one step.
    pub on_add_all: Callback<Vec<LoggedFood>>,
    /// How many foods the last "Add all" logged, while it can be undone.
    pub added: Option<usize>,
    pub on_undo: Callback<()>,
}

/// One line of the review: what the reader wrote, the foods it may mean,
/// the one chosen, its portion and the amount as typed.
#[derive(Clone, PartialEq)]
struct ReviewLine {
    text: String,
    foods: Vec<FoodId>,
    strength: Strength,
    chosen: usize,
    /// Index into the chosen food's SR28 portions; None: the amount is grams.
    portion: Option<usize>,
    /// How many of the portion, or grams, as typed.
    amount: String,
    problem: Option<MeasureProblem>,
}

impl ReviewLine {
    /// Reads the line's words against `food`: its portion and amount, or
    /// why grams are needed.
    fn measure_as(&mut self, food: &Food, lang: Lang) {
        let described = parse_line(&self.text, units());
        match measure(&described, food) {
            Ok(m) => {
                // A count of one of the food's own portions ("2 slices") stays a
                // count of it; a weight or a volume is shown in grams.
                self.portion =
                    m.portion.and_then(|seq| food.portions.iter().position(|p| p.seq == seq));
                self.amount = match self.portion {
                    Some(i) => amount_text(lang, m.grams / food.portions[i].grams),
                    None => amount_text(lang, m.grams),
                };
                self.problem = None;
            }
            Err(problem) => {
                self.portion = None;
                self.amount = String::new();
                self.problem = Some(problem);
            }
        }
    }

    /// The grams the line stands for, if its amount is a positive number.
    fn grams(&self, food: &Food) -> Option<f64> {
        let amount = parse_number(&self.amount).ok().filter(|a| *a > 0.0)?;
        Some(match self.portion.and_then(|i| food.portions.get(i)) {
            Some(portion) => amount * portion.grams,
            None => amount,
        })
    }
}

/// Reads the day against the food table.
fn review(text: &str, data: &FoodData, lang: Lang) -> Vec<ReviewLine> {
    parse_day(text)
        .into_iter()
        .map(|line| {
            let m = match_line(line, &data.table, &data.index, CHOICES);
            let mut out = ReviewLine {
                text: m.line.text.clone(),
                foods: m.foods.clone(),
                strength: m.strength,
                chosen: 0,
                portion: None,
                amount: String::new(),
                problem: None,
            };
            if let Some(food) = m.foods.first().and_then(|id| data.table.food(*id)) {
                out.measure_as(food, lang);
            }
            out
        })
        .collect()
}

/// An amount as the review shows it: to two decimals (a count such as
/// 1.5 slices, or grams), written the language's way.
fn amount_text(lang: Lang, amount: f64) -> String {
    lang.messages().number((amount * 100.0).round() / 100.0)
}

/// The line's food, portion and amount, when all are there.
fn logged(line: &ReviewLine, data: &FoodData) -> Option<LoggedFood> {
    let food: &Food = line.foods.get(line.chosen).and_then(|id| data.table.food(*id))?;
    let amount = parse_number(&line.amount).ok().filter(|a| *a > 0.0)?;
    LoggedFood::of_food(food, line.portion, amount).ok()
}

#[function_component(DescribeDay)]
pub fn describe_day(props: &DescribeDayProps) -> Html {
    let t = props.lang.messages();
    let text = use_state(String::new);
    let lines = use_state(|| None::<Vec<ReviewLine>>);
    // "Read my day" pressed before the food table arrived: read it then.
    let waiting = use_state(|| false);
    let data = match &props.food_data {
        FoodDataState::Ready(data) => Some(data.clone()),
        _ => None,
    };
    {
        let (lines, waiting, text, lang) =
            (lines.clone(), waiting.clone(), text.clone(), props.lang);
        let data = data.clone();
        use_effect_with((data.is_some(), *waiting), move |_| {
            if let (Some(data), true) = (data, *waiting) {
                // Read and matched in one go; scripts/bench reads the measure.
                let read = measured("magnesium-calculator:describe", || review(&text, &data, lang));
                lines.set(Some(read));
                waiting.set(false);
            }
        });
    }

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_read = {
        let (waiting, need) = (waiting.clone(), props.on_need_food_data.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            need.emit(());
            waiting.set(true);
        })
    };
    let status = match (&props.food_data, *waiting) {
        (FoodDataState::Loading, true) => {
            html! { <p class="mc-status" role="status">{ t.food_table_loading }</p> }
        }
        (FoodDataState::Failed(why), true) => {
            html! { <p class="mc-status mc-failed" role="alert">{ t.food_table_error(why) }</p> }
        }
        _ => html! {},
    };

    let review_list = match (&*lines, &data) {
        (Some(review), Some(data)) if !review.is_empty() => {
            let found = review.iter().filter(|l| !l.foods.is_empty()).count();
            let check = review
                .iter()
                .filter(|l| l.strength != Strength::Strong || l.problem.is_some())
                .count();
            let addable: Vec<LoggedFood> = review.iter().filter_map(|l| logged(l, data)).collect();
            let on_add_all = {
                let (lines, data, add) = (lines.clone(), data.clone(), props.on_add_all.clone());
                let review = review.clone();
                Callback::from(move |_: MouseEvent| {
                    let foods: Vec<LoggedFood> =
                        review.iter().filter_map(|l| logged(l, &data)).collect();
                    // The lines that could not be added stay, with their messages.
                    let left: Vec<ReviewLine> =
                        review.iter().filter(|l| logged(l, &data).is_none()).cloned().collect();
                    add.emit(foods);
                    lines.set(Some(left));
                })
            };
            html! {
                <>
                    <p class="mc-note" role="status" data-testid="describe-summary">
                        { t.describe_summary(found, review.len(), check) }
                    </p>
                    <ol class="mc-review" data-testid="describe-review">
                        { for review.iter().enumerate().map(|(i, line)| review_line(props.lang, i, line, data, &lines)) }
                    </ol>
                    <button type="button" class="mc-primary" data-testid="describe-add-all"
                        disabled={addable.is_empty()} onclick={on_add_all}>
                        { t.describe_add_all }
                    </button>
                </>
            }
        }
        _ => html! {},
    };
    let added = props.added.map(|n| {
        html! {
            <p class="mc-undo" role="status" data-testid="describe-added">
                <span>{ t.describe_added(n) }</span>
                <button type="button" onclick={props.on_undo.reform(|_: MouseEvent| ())}>{ t.undo }</button>
            </p>
        }
    });

    html! {
        <details class="mc-group mc-describe" data-testid="describe">
            <summary>{ t.describe_title }</summary>
            <form class="mc-describe-form" onsubmit={on_read}>
                <label for="mc-describe-text">{ t.describe_text }</label>
                <p id="mc-describe-hint" class="mc-note">{ t.describe_hint }</p>
                <textarea id="mc-describe-text" rows="5" aria-describedby="mc-describe-hint"
                    value={(*text).clone()} oninput={on_text} spellcheck="false" />
                <button type="submit" class="mc-secondary" data-testid="describe-read">{ t.describe_read }</button>
            </form>
            { status }
            { review_list }
            { added.unwrap_or_default() }
        </details>
    }
}

/// One line of the review: what was written, the food (a choice of the
/// best matches), its grams and magnesium, and what to check.
fn review_line(
    lang: Lang,
    i: usize,
    line: &ReviewLine,
    data: &Rc<FoodData>,
    lines: &UseStateHandle<Option<Vec<ReviewLine>>>,
) -> Html {
    let t = lang.messages();
    // A change to this line of the review, from one of its controls.
    fn edit<V: 'static>(
        lines: &UseStateHandle<Option<Vec<ReviewLine>>>,
        data: &Rc<FoodData>,
        i: usize,
        lang: Lang,
        change: fn(&mut ReviewLine, V, &FoodData, Lang),
    ) -> Callback<V> {
        let (lines, data) = (lines.clone(), data.clone());
        Callback::from(move |value: V| {
            if let Some(mut review) = (*lines).clone() {
                if let Some(line) = review.get_mut(i) {
                    change(line, value, &data, lang);
                }
                lines.set(Some(review));
            }
        })
    }
    // As the reader wrote it, in whichever language (lang="" says unknown):
    // the legend of the line's controls, so a screen reader says which line
    // a food and an amount belong to.
    let typed =
        html! { <legend class="mc-review-typed" lang="">{ format!("“{}”", line.text) }</legend> };
    if line.foods.is_empty() {
        return html! {
            <li class="mc-review-line" data-strength="none">
                <fieldset>
                    { typed }
                    <p class="mc-error">{ t.describe_none }</p>
                </fieldset>
            </li>
        };
    }
    let choices: Vec<Choice<usize>> = line
        .foods
        .iter()
        .enumerate()
        .filter_map(|(k, id)| {
            data.table.food(*id).map(|f| {
                Choice::new(k, k.to_string(), t.food_name(f.id, &f.description).to_string())
            })
        })
        .collect();
    let on_choose = edit(lines, data, i, lang, |line, k: usize, data, lang| {
        line.chosen = k;
        // The same words read against the newly chosen food.
        if let Some(food) = line.foods.get(k).and_then(|id| data.table.food(*id)) {
            line.measure_as(food, lang);
        }
    });
    let food = line.foods.get(line.chosen).and_then(|id| data.table.food(*id));
    let on_portion = edit(lines, data, i, lang, |line, portion: Option<usize>, data, lang| {
        let Some(food) = line.foods.get(line.chosen).and_then(|id| data.table.food(*id)) else {
            return;
        };
        // Between two portions the count stays ("1 medium" → "1 large"); to
        // or from grams the amount of food stays.
        if line.portion.is_none() || portion.is_none() {
            if let Some(grams) = line.grams(food) {
                let per = portion.and_then(|p| food.portions.get(p)).map_or(1.0, |p| p.grams);
                line.amount = amount_text(lang, grams / per);
            }
        }
        line.portion = portion;
        line.problem = None;
    });
    let on_amount = edit(lines, data, i, lang, |line, value: String, _, _| {
        line.amount = value;
        line.problem = None;
    });
    let grams = food.and_then(|f| line.grams(f));
    let mg = grams.zip(food).map(|(g, f)| f.magnesium_mg(g));
    // No amount, or one the food cannot be measured in: an amount is asked for.
    let error =
        (line.problem.is_some() || grams.is_none()).then(|| t.describe_needs_grams.to_string());
    let strength = if line.strength == Strength::Weak { "weak" } else { "strong" };
    let portions = food.map(|food| {
        let mut portions: Vec<Choice<Option<usize>>> = food
            .portions
            .iter()
            .enumerate()
            .map(|(k, p)| {
                Choice::new(Some(k), k.to_string(), t.portion_option(&p.label(), p.grams))
            })
            .collect();
        portions.push(Choice::new(None, "grams", t.grams));
        html! {
            <Select id={format!("mc-describe-portion-{i}")} label={t.portion}
                choices={Choices::new(portions, &line.portion, on_portion)} />
        }
    });
    let usda = food
        .filter(|f| t.food_names.get(f.id).is_some())
        .map(|f| html! { <p class="mc-usda-name" lang="en">{ &f.description }</p> });
    html! {
        <li class="mc-review-line" data-strength={strength}>
            <fieldset>
                { typed }
                <Select id={format!("mc-describe-food-{i}")} label={t.describe_food}
                    choices={Choices::new(choices, &line.chosen, on_choose)} />
                { usda.unwrap_or_default() }
                <div class="mc-row">
                    <NumberField id={format!("mc-describe-amount-{i}")} label={t.how_many} value={line.amount.clone()}
                        {error} on_input={on_amount} size={5}>
                        if let Some(mg) = mg {
                            <span class="mc-review-mg">{ t.mg(mg) }</span>
                        }
                    </NumberField>
                    { portions.unwrap_or_default() }
                </div>
                if line.strength == Strength::Weak {
                    <p class="mc-warning-inline">{ t.describe_weak }</p>
                }
            </fieldset>
        </li>
    }
}
