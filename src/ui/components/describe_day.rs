//! "Describe a day": the reader writes a day in their own words, the widget
//! reads it (`model::describe`) into a review list, one line per food with
//! the food it found, the grams and the magnesium, and "Add all" logs the
//! day. Nothing is sent anywhere; nothing is kept but what is added.

use crate::model::describe::{match_line, measure, parse_day, MeasureProblem, Strength};
use crate::model::food_table::{Food, FoodId};
use crate::model::number::parse_number;
use crate::ui::components::fields::{Choice, Choices, NumberField, Select};
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
/// the one chosen and its grams as typed.
#[derive(Clone, PartialEq)]
struct ReviewLine {
    text: String,
    foods: Vec<FoodId>,
    strength: Strength,
    chosen: usize,
    grams: String,
    problem: Option<MeasureProblem>,
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
                grams: String::new(),
                problem: None,
            };
            if let Some(food) = m.foods.first().and_then(|id| data.table.food(*id)) {
                match measure(&m.line, food) {
                    Ok(g) => out.grams = grams_text(lang, g.grams),
                    Err(problem) => out.problem = Some(problem),
                }
            }
            out
        })
        .collect()
}

/// Grams as the review shows them: to a tenth, written the language's way.
fn grams_text(lang: Lang, grams: f64) -> String {
    lang.messages().number((grams * 10.0).round() / 10.0)
}

/// The line's food and grams, when both are there.
fn logged(line: &ReviewLine, data: &FoodData) -> Option<LoggedFood> {
    let food: &Food = line.foods.get(line.chosen).and_then(|id| data.table.food(*id))?;
    let grams = parse_number(&line.grams).ok().filter(|g| *g > 0.0)?;
    LoggedFood::of_food(food, None, grams).ok()
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
                lines.set(Some(review(&text, &data, lang)));
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
    // As the reader wrote it, in whichever language: lang="" says unknown.
    let typed = html! { <p class="mc-review-typed" lang="">{ format!("“{}”", line.text) }</p> };
    if line.foods.is_empty() {
        return html! {
            <li class="mc-review-line" data-strength="none">
                { typed }
                <p class="mc-error">{ t.describe_none }</p>
            </li>
        };
    }
    let choices: Vec<Choice<usize>> = line
        .foods
        .iter()
        .enumerate()
        .filter_map(|(k, id)| {
            data.table.food(*id).map(|f| Choice::new(k, k.to_string(), f.description.clone()))
        })
        .collect();
    let on_choose = edit(lines, data, i, lang, |line, k: usize, data, lang| {
        line.chosen = k;
        // The same words read against the newly chosen food.
        let described =
            crate::model::describe::parse_line(&line.text, crate::model::describe::units());
        if let Some(food) = line.foods.get(k).and_then(|id| data.table.food(*id)) {
            match measure(&described, food) {
                Ok(g) => {
                    line.grams = grams_text(lang, g.grams);
                    line.problem = None;
                }
                Err(problem) => line.problem = Some(problem),
            }
        }
    });
    let on_grams = edit(lines, data, i, lang, |line, value: String, _, _| {
        line.grams = value;
        line.problem = None;
    });
    let grams = parse_number(&line.grams).ok().filter(|g| *g > 0.0);
    let food = line.foods.get(line.chosen).and_then(|id| data.table.food(*id));
    let mg = grams.zip(food).map(|(g, f)| f.magnesium_mg(g));
    // No amount, or one the food cannot be measured in: grams are asked for.
    let error =
        (line.problem.is_some() || grams.is_none()).then(|| t.describe_needs_grams.to_string());
    let strength = if line.strength == Strength::Weak { "weak" } else { "strong" };
    html! {
        <li class="mc-review-line" data-strength={strength}>
            { typed }
            <Select id={format!("mc-describe-food-{i}")} label={t.describe_food}
                choices={Choices::new(choices, &line.chosen, on_choose)} />
            <NumberField id={format!("mc-describe-grams-{i}")} label={t.describe_grams} value={line.grams.clone()}
                {error} on_input={on_grams}>
                if let Some(mg) = mg {
                    <span class="mc-review-mg">{ t.mg(mg) }</span>
                }
            </NumberField>
            if line.strength == Strength::Weak {
                <p class="mc-warning-inline">{ t.describe_weak }</p>
            }
        </li>
    }
}
