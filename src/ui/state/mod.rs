//! The widget's state and every transition of it (one reducer, as in Yew's
//! `function_todomvc`). Pure Rust: no browser types, so it is tested natively.
//!
//! What the reader typed is kept as text (`age_text`, `amount_text`), so a
//! mistake is explained next to its field and never loses the input; the
//! figures shown are derived from the last valid values, never stored.
//! Who the reader is lives in `person.rs`, what the log keeps in `log.rs`,
//! and turning the inputs into a link or stored copy and back in
//! `saved_inputs.rs`.

pub mod csv_export;
pub mod log;
pub mod person;
pub mod prerendered;
pub mod saved_inputs;
pub mod view;
pub mod water;

pub use crate::model::food_table::FoodTableError;
use crate::model::food_table::{FoodId, FoodTable};
use crate::model::questionnaire::Answers;
use crate::model::search::SearchIndex;
use crate::model::share::{Decoded, ShareError, SharedEntry, SharedInputs};
use crate::model::{Day, Intake, NonFoodEntry, Standard};
use crate::ui::i18n::{Lang, Messages};
pub use crate::ui::state::log::{
    AddedDay, FoodMeasure, LoggedEntry, LoggedFood, LoggedItem, Removed,
};
pub use crate::ui::state::person::{AgePreset, AgeUnit, PersonEdit, PersonInputs};
pub use crate::ui::state::water::{WaterEdit, WaterInputs, WaterKind};
use std::rc::Rc;
use yew::Reducible;

/// The full food table with its search index, shared by every widget on the page.
#[derive(Debug)]
pub struct FoodData {
    pub table: FoodTable,
    pub index: SearchIndex,
}

/// Where the on-demand food table is.
#[derive(Debug, Clone, Default)]
pub enum FoodDataState {
    #[default]
    NotRequested,
    Loading,
    Ready(Rc<FoodData>),
    Failed(FoodTableError),
}

impl PartialEq for FoodDataState {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (FoodDataState::Ready(a), FoodDataState::Ready(b)) => Rc::ptr_eq(a, b),
            (FoodDataState::Failed(a), FoodDataState::Failed(b)) => a == b,
            (FoodDataState::NotRequested, FoodDataState::NotRequested)
            | (FoodDataState::Loading, FoodDataState::Loading) => true,
            _ => false,
        }
    }
}

/// A message about restoring inputs, shown until the reader dismisses it.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// This many entries could not be restored.
    LeftOut(usize),
    /// This many foods could not be restored: the food table did not load.
    FoodsFailed(usize),
    /// The share link could not be read.
    Link(ShareError),
}

/// The two ways to an answer, after "About you".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Mode {
    /// A short questionnaire on how often the reader eats each food group.
    #[default]
    Estimate,
    /// Logging what the reader ate, day by day.
    Log,
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub person: PersonInputs,
    /// Which way in the reader is using; both keep their inputs.
    pub mode: Mode,
    /// The questionnaire's answers (quick estimate).
    pub answers: Answers,
    /// Drinking water, counted in both modes.
    pub water: WaterInputs,
    /// Always at least one day.
    pub days: Vec<Vec<LoggedEntry>>,
    pub current_day: usize,
    pub(crate) next_id: u64,
    pub removed: Option<Removed>,
    /// The last described day's foods, until undone or the next is added.
    pub added: Option<AddedDay>,
    pub food_data: FoodDataState,
    /// Medicines and conditions ticked, as their `wire_id`s in the order of
    /// `model::medicine_notes::medicine_notes()`.
    pub medicines: Vec<u32>,
    /// "Remember on this device" is ticked: the inputs are kept in localStorage.
    pub remember: bool,
    /// The page's stored copy and share link have been read (storage may be written after this).
    pub loaded: bool,
    /// Inputs waiting for the food table before they can be restored.
    pub(crate) pending: Option<SharedInputs>,
    /// Messages about restoring (what was left out, a damaged link).
    pub notes: Vec<Note>,
    /// The interface language (from the element, the page or the browser).
    pub lang: Lang,
}

/// The model's intake of these logged days and this drinking water.
pub(crate) fn intake_of(days: &[Vec<LoggedEntry>], water: &WaterInputs) -> Intake {
    Intake {
        days: days
            .iter()
            .map(|d| Day { entries: d.iter().map(|e| e.item.entry()).collect() })
            .collect(),
        water_mg_per_day: water.water().and_then(Result::ok).map_or(0.0, |w| w.mg_per_day()),
    }
}

/// One change to the log, from the log's own controls.
#[derive(Debug, Clone, PartialEq)]
pub enum LogEdit {
    EditAmount {
        id: u64,
        text: String,
    },
    /// Switches a food entry between a count of its portion and grams, keeping the amount.
    SetInGrams {
        id: u64,
        in_grams: bool,
    },
    Remove {
        id: u64,
    },
    Undo,
    AddDay,
    /// Takes back every food of the last "Add all" of a described day.
    UndoAdded,
    /// A new day holding a copy of the current day's entries (a reader who
    /// eats much the same each day edits the copy instead of logging again).
    CopyDay,
    SelectDay(usize),
}

pub enum Action {
    SetLang(Lang),
    SetMode(Mode),
    Person(PersonEdit),
    /// A questionnaire answer: (group wire id, frequency wire id).
    Answer {
        group: u32,
        frequency: u32,
    },
    Water(WaterEdit),
    AddFood(LoggedFood),
    /// The foods of a described day, added in one step ("Add all").
    AddFoods(Vec<LoggedFood>),
    AddNonFood(NonFoodEntry),
    Log(LogEdit),
    FoodData(FoodDataState),
    /// At start: the inputs remembered on this device, else those of a share link.
    Loaded {
        stored: Option<SharedInputs>,
        link: Option<Result<Decoded, ShareError>>,
    },
    /// A share link opened while the widget is already showing (the page's
    /// fragment changed): restored like a link at start, "remember" untouched.
    LinkOpened(Result<Decoded, ShareError>),
    SetRemember(bool),
    /// A medicine or condition ticked or unticked (its `wire_id`).
    SetMedicine {
        wire_id: u32,
        ticked: bool,
    },
    DismissNotes,
}

/// The food of a log line, if it is one.
fn food_id(entry: &LoggedEntry) -> Option<FoodId> {
    match &entry.item {
        LoggedItem::Food(food) => Some(food.food.food_id),
        LoggedItem::NonFood(_) => None,
    }
}

impl State {
    /// A state with the element's attributes already in it (a missing one
    /// leaves the default), so the first render shows them.
    pub fn starting(
        standard: Standard,
        lang: Option<Lang>,
        age: Option<&AgePreset>,
        sex: Option<crate::model::Sex>,
        mode: Option<Mode>,
    ) -> State {
        let mut state = State::new(standard);
        state.lang = lang.unwrap_or_default();
        if let Some(age) = age {
            state.person.age_text = age.text.clone();
            state.person.age_unit = age.unit;
        }
        state.person.sex = sex.unwrap_or(state.person.sex);
        state.mode = mode.unwrap_or_default();
        state
    }

    pub fn new(standard: Standard) -> State {
        State {
            person: PersonInputs { standard, ..PersonInputs::default() },
            mode: Mode::default(),
            answers: Answers::default(),
            medicines: Vec::new(),
            water: WaterInputs::default(),
            days: vec![Vec::new()],
            current_day: 0,
            next_id: 1,
            removed: None,
            added: None,
            food_data: FoodDataState::NotRequested,
            remember: false,
            loaded: false,
            pending: None,
            notes: Vec::new(),
            lang: Lang::default(),
        }
    }

    /// The interface text in the reader's language.
    pub fn t(&self) -> &'static Messages {
        self.lang.messages()
    }

    pub fn intake(&self) -> Intake {
        intake_of(&self.days, &self.water)
    }

    /// Shared or remembered inputs are waiting for the food table.
    pub fn is_restoring(&self) -> bool {
        self.pending.is_some()
    }

    pub fn entries(&self) -> &[LoggedEntry] {
        &self.days[self.current_day]
    }

    /// Foods logged on any day, most recent first, each once and as last
    /// logged (portion and amount), leaving out those already in the
    /// current day: the reader adds one to the next day with one tap.
    pub fn recent_foods(&self, limit: usize) -> Vec<LoggedFood> {
        let today: Vec<FoodId> = self.entries().iter().filter_map(food_id).collect();
        let mut logged: Vec<&LoggedEntry> = self.days.iter().flatten().collect();
        logged.sort_by_key(|e| std::cmp::Reverse(e.id));
        let mut recent: Vec<LoggedFood> = Vec::new();
        for entry in logged {
            if let LoggedItem::Food(food) = &entry.item {
                let id = food.food.food_id;
                if !today.contains(&id) && !recent.iter().any(|r| r.food.food_id == id) {
                    recent.push(food.clone());
                }
            }
            if recent.len() == limit {
                break;
            }
        }
        recent
    }

    /// Adds an item to the current day, its amount written as this language writes numbers.
    pub(crate) fn push(&mut self, item: LoggedItem) {
        let id = self.next_id;
        self.next_id += 1;
        let amount_text = self.t().number(item.typed_amount());
        self.days[self.current_day].push(LoggedEntry { id, item, amount_text });
    }

    fn find(&self, id: u64) -> Option<(usize, usize)> {
        self.days
            .iter()
            .enumerate()
            .find_map(|(d, entries)| entries.iter().position(|e| e.id == id).map(|p| (d, p)))
    }

    /// Applies a change to the log; None when it changes nothing (an
    /// unknown entry, nothing to undo), so the widget need not re-render.
    fn edit_log(mut self, edit: LogEdit) -> Option<State> {
        match edit {
            LogEdit::EditAmount { id, text } => {
                let (d, p) = self.find(id)?;
                let logged = &mut self.days[d][p];
                logged.amount_text = text;
                if let Ok(updated) = logged.rebuilt() {
                    logged.item = updated;
                }
            }
            LogEdit::SetInGrams { id, in_grams } => {
                let (d, p) = self.find(id)?;
                let t = self.t();
                let logged = &mut self.days[d][p];
                let LoggedItem::Food(food) = &mut logged.item else { return None };
                food.measure = match (&food.measure, in_grams) {
                    (FoodMeasure::Portions(portion), true) => {
                        FoodMeasure::Grams { portion: Some(portion.clone()) }
                    }
                    (FoodMeasure::Grams { portion: Some(portion) }, false) => {
                        FoodMeasure::Portions(portion.clone())
                    }
                    _ => return None,
                };
                // From the last valid amount, so a half-typed value converts sensibly.
                logged.amount_text = t.number(logged.item.typed_amount());
            }
            LogEdit::Remove { id } => {
                let (day, position) = self.find(id)?;
                let entry = self.days[day].remove(position);
                self.removed = Some(Removed { day, position, entry });
            }
            LogEdit::Undo => {
                let Removed { day, position, entry } = self.removed.take()?;
                let last = self.days.len() - 1;
                let day = &mut self.days[day.min(last)];
                day.insert(position.min(day.len()), entry);
            }
            LogEdit::AddDay => {
                self.days.push(Vec::new());
                self.current_day = self.days.len() - 1;
            }
            LogEdit::UndoAdded => {
                let AddedDay { day, ids } = self.added.take()?;
                if let Some(entries) = self.days.get_mut(day) {
                    entries.retain(|e| !ids.contains(&e.id));
                }
            }
            LogEdit::CopyDay => {
                let copied: Vec<LoggedItem> =
                    self.entries().iter().map(|e| e.item.clone()).collect();
                if copied.is_empty() {
                    return None;
                }
                self.days.push(Vec::new());
                self.current_day = self.days.len() - 1;
                for item in copied {
                    self.push(item);
                }
            }
            LogEdit::SelectDay(day) => self.current_day = day.min(self.days.len() - 1),
        }
        Some(self)
    }

    /// Restores a share link's inputs, noting what was left out of it, or
    /// says why it could not be read.
    fn open_link(&mut self, link: Result<Decoded, ShareError>) {
        match link {
            Ok(decoded) => {
                if !decoded.ignored.is_empty() {
                    self.notes.push(Note::LeftOut(decoded.ignored.len()));
                }
                self.restore_when_possible(decoded.inputs);
            }
            Err(why) => self.notes.push(Note::Link(why)),
        }
    }

    /// Restores inputs now, or once the food table is there if they hold foods.
    fn restore_when_possible(&mut self, inputs: SharedInputs) {
        let has_food =
            inputs.days.iter().flatten().any(|e| {
                matches!(e, SharedEntry::FoodPortion { .. } | SharedEntry::FoodGrams { .. })
            });
        match (&self.food_data, has_food) {
            (FoodDataState::Ready(data), _) => {
                let data = data.clone();
                self.apply_saved(&inputs, Some(&data.table));
            }
            (_, false) => self.apply_saved(&inputs, None),
            (_, true) => self.pending = Some(inputs),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::SetMode(mode) => s.mode = mode,
            Action::Person(edit) => s.person.apply(edit),
            Action::Answer { group, frequency } => s.answers.set(group, frequency),
            Action::Water(edit) => s.water.apply(edit, s.lang),
            Action::AddFood(logged) => s.push(LoggedItem::Food(logged)),
            Action::AddFoods(foods) => {
                let first = s.next_id;
                for food in foods {
                    s.push(LoggedItem::Food(food));
                }
                let ids: Vec<u64> = (first..s.next_id).collect();
                s.added = (!ids.is_empty()).then_some(AddedDay { day: s.current_day, ids });
            }
            Action::AddNonFood(entry) => s.push(LoggedItem::NonFood(entry)),
            Action::Log(edit) => return s.edit_log(edit).map_or(self, Rc::new),
            Action::FoodData(state) => {
                s.food_data = state;
                match (&s.food_data, s.pending.take()) {
                    (FoodDataState::Ready(data), Some(inputs)) => {
                        let data = data.clone();
                        s.apply_saved(&inputs, Some(&data.table));
                    }
                    (FoodDataState::Failed(_), Some(inputs)) => s.apply_saved(&inputs, None),
                    (_, pending) => s.pending = pending,
                }
            }
            Action::Loaded { stored, link } => {
                s.loaded = true;
                s.remember = stored.is_some();
                match (stored, link) {
                    (Some(stored), _) => s.restore_when_possible(stored),
                    (None, Some(link)) => s.open_link(link),
                    (None, None) => {}
                }
            }
            Action::LinkOpened(link) => s.open_link(link),
            Action::SetRemember(remember) => s.remember = remember,
            Action::SetMedicine { wire_id, ticked } => s.set_medicine(wire_id, ticked),
            Action::DismissNotes => s.notes.clear(),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::assessment::Verdict;
    use crate::model::food_table::{FoodId, Portion};
    use crate::model::NonFoodKind;
    use crate::model::{Condition, FoodEntry, Sex};
    use crate::ui::i18n::EN;

    pub fn run(actions: Vec<Action>) -> Rc<State> {
        actions.into_iter().fold(Rc::new(State::new(Standard::Iom1997)), |s, a| s.reduce(a))
    }

    pub fn age(text: &str) -> Action {
        Action::Person(PersonEdit::AgeText(text.into()))
    }

    pub fn spinach_cup() -> Portion {
        Portion { seq: 1, amount: "1".into(), unit: "cup".into(), grams: 180.0 }
    }

    /// `count` cups of boiled spinach (87 mg per 100 g, 180 g a cup).
    pub fn spinach(count: f64) -> Action {
        let description = "Spinach, cooked, boiled, drained, without salt";
        let food = FoodEntry::new(FoodId(11458), description, count * 180.0, 87.0).unwrap();
        Action::AddFood(LoggedFood { food, measure: FoodMeasure::Portions(spinach_cup()) })
    }

    #[test]
    fn a_typo_in_an_amount_keeps_the_text_and_the_last_valid_total() {
        let s = run(vec![age("34"), spinach(1.0)]);
        let id = s.entries()[0].id;
        let s = s.reduce(Action::Log(LogEdit::EditAmount { id, text: "0,5".into() }));
        assert!((s.intake().average().food_mg - 78.3).abs() < 1e-9);
        let s = s.reduce(Action::Log(LogEdit::EditAmount { id, text: "half".into() }));
        assert_eq!(s.entries()[0].amount_text, "half");
        assert!(s.entries()[0].amount_error().is_some());
        assert!(
            (s.intake().average().food_mg - 78.3).abs() < 1e-9,
            "the last valid amount still counts"
        );
        let s = s.reduce(Action::Log(LogEdit::EditAmount { id, text: "-2".into() }));
        assert_eq!(
            s.entries()[0].amount_error().map(|e| EN.input_error(&e)).as_deref(),
            Some("enter an amount above zero")
        );
    }

    #[test]
    fn a_food_switches_between_portions_and_grams_keeping_its_magnesium() {
        let s = run(vec![spinach(0.5)]);
        assert_eq!(s.entries()[0].amount_text, "0.5");
        let id = s.entries()[0].id;
        let s = s.reduce(Action::Log(LogEdit::SetInGrams { id, in_grams: true }));
        assert_eq!(s.entries()[0].amount_text, "90");
        assert!((s.intake().average().food_mg - 78.3).abs() < 1e-9);
        let s = s.reduce(Action::Log(LogEdit::EditAmount { id, text: "200".into() }));
        assert!((s.intake().average().food_mg - 174.0).abs() < 1e-9, "200 g at 87 mg/100 g");
        let s = s.reduce(Action::Log(LogEdit::SetInGrams { id, in_grams: false }));
        assert_eq!(s.entries()[0].amount_text, "1.111");
        assert!(
            (s.intake().average().food_mg - 174.0).abs() < 1e-9,
            "switching back keeps the amount"
        );
    }

    #[test]
    fn a_food_logged_in_grams_has_no_portion_to_switch_to() {
        let food = FoodEntry::new(FoodId(11458), "Spinach", 100.0, 87.0).unwrap();
        let s = run(vec![Action::AddFood(LoggedFood {
            food,
            measure: FoodMeasure::Grams { portion: None },
        })]);
        let id = s.entries()[0].id;
        assert_eq!(s.clone().reduce(Action::Log(LogEdit::SetInGrams { id, in_grams: false })), s);
    }

    #[test]
    fn supplements_are_edited_in_place_too() {
        let label = NonFoodEntry::elemental(NonFoodKind::Supplement, "Magnesium", 400.0).unwrap();
        let oxide = crate::model::supplement::form_named("magnesium oxide").unwrap();
        let compound =
            NonFoodEntry::compound(NonFoodKind::Supplement, "MgO", 500.0, oxide).unwrap();
        let s = run(vec![Action::AddNonFood(label), Action::AddNonFood(compound)]);
        assert_eq!(
            (s.entries()[0].amount_text.as_str(), s.entries()[1].amount_text.as_str()),
            ("400", "500")
        );
        let (a, b) = (s.entries()[0].id, s.entries()[1].id);
        let s = s
            .reduce(Action::Log(LogEdit::EditAmount { id: a, text: "200".into() }))
            .reduce(Action::Log(LogEdit::EditAmount { id: b, text: "1000".into() }));
        // 200 mg from the label + 1000 mg MgO x 60.3 %.
        assert!((s.intake().average().nonfood_mg - 803.0).abs() < 1e-9);
        let s = s.reduce(Action::Log(LogEdit::EditAmount { id: a, text: "lots".into() }));
        assert!(s.entries()[0].amount_error().is_some());
        assert!(
            (s.intake().average().nonfood_mg - 803.0).abs() < 1e-9,
            "the last valid amount still counts"
        );
    }

    #[test]
    fn removing_can_be_undone_in_place() {
        let s = run(vec![spinach(1.0), spinach(2.0), spinach(3.0)]);
        let middle = s.entries()[1].id;
        let s = s.reduce(Action::Log(LogEdit::Remove { id: middle }));
        assert_eq!(s.entries().len(), 2);
        assert_eq!(s.removed.as_ref().map(|r| (r.day, r.position)), Some((0, 1)));
        let s = s.reduce(Action::Log(LogEdit::Undo));
        assert_eq!(s.entries()[1].id, middle);
        assert_eq!(s.entries().len(), 3);
    }

    #[test]
    fn the_assessment_is_derived_from_age_sex_and_entries() {
        let s = run(vec![age("34"), spinach(1.0)]);
        let supplement =
            NonFoodEntry::elemental(NonFoodKind::Supplement, "Magnesium 400 mg", 400.0).unwrap();
        let s = s.reduce(Action::AddNonFood(supplement));
        let s = s.reduce(Action::SetMode(Mode::Log));
        let view::Figures::Log { assessment: a, .. } = s.view().figures else {
            panic!("the log's figures")
        };
        assert_eq!(a.reference.reference_mg, 320.0);
        assert!(a.upper_level.unwrap().exceeded);
        assert_eq!(a.verdict, Verdict::AtOrAboveRda);
        let no_age = run(vec![age("abc"), Action::SetMode(Mode::Log)]).view();
        assert_eq!(no_age.figures, view::Figures::Nothing);
        assert!(run(vec![]).person.age().is_none(), "no age typed yet: no message either");
    }

    #[test]
    fn pregnancy_is_offered_only_where_a_standard_covers_it() {
        let s = run(vec![age("17"), Action::Person(PersonEdit::Condition(Condition::Pregnant))]);
        assert!(s.person.offers_condition());
        assert_eq!(
            s.person.reference().unwrap().unwrap().reference_mg,
            400.0,
            "IOM pregnancy 14-18 y"
        );
        let s = s.reduce(Action::Person(PersonEdit::Sex(Sex::Male)));
        assert!(!s.person.offers_condition());
        assert_eq!(
            s.person.reference().unwrap().unwrap().reference_mg,
            410.0,
            "the hidden choice is not applied"
        );
        let s = run(vec![age("6"), Action::Person(PersonEdit::Condition(Condition::Pregnant))]);
        assert!(!s.person.offers_condition());
    }

    #[test]
    fn days_are_averaged_and_empty_days_ignored() {
        let s = run(vec![
            spinach(1.0),
            Action::Log(LogEdit::AddDay),
            spinach(3.0),
            Action::Log(LogEdit::AddDay),
        ]);
        assert_eq!(s.days.len(), 3);
        assert!((s.intake().average().food_mg - 313.2).abs() < 1e-9);
        assert_eq!(s.reduce(Action::Log(LogEdit::SelectDay(99))).current_day, 2);
    }

    #[test]
    fn a_copied_day_is_a_new_day_with_the_same_foods_and_new_ids() {
        let s = run(vec![spinach(1.0), spinach(2.0)]);
        let empty = s.clone().reduce(Action::Log(LogEdit::AddDay));
        let still = empty.clone().reduce(Action::Log(LogEdit::CopyDay));
        assert_eq!(still.days.len(), 2, "an empty day has nothing to copy");
        let copied = s.reduce(Action::Log(LogEdit::CopyDay));
        assert_eq!((copied.days.len(), copied.current_day), (2, 1));
        let items = |d: usize| copied.days[d].iter().map(|e| e.item.clone()).collect::<Vec<_>>();
        assert_eq!(items(0), items(1));
        let ids: Vec<u64> = copied.days.iter().flatten().map(|e| e.id).collect();
        assert!(ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id)), "{ids:?}");
        assert_eq!(copied.intake().average().food_mg, copied.intake().days[0].totals().food_mg);
    }

    /// A food of `grams` g with `id`, logged in grams.
    fn food(id: u32, grams: f64) -> Action {
        let food = FoodEntry::new(FoodId(id), "A food", grams, 50.0).unwrap();
        Action::AddFood(LoggedFood { food, measure: FoodMeasure::Grams { portion: None } })
    }

    #[test]
    fn recent_foods_are_the_latest_of_each_food_not_yet_in_the_day() {
        let s = run(vec![spinach(1.0), food(9040, 118.0), spinach(2.0), food(12061, 28.0)]);
        assert!(s.recent_foods(8).is_empty(), "all of them are already in the day");
        let next = s.reduce(Action::Log(LogEdit::AddDay));
        let recent = next.recent_foods(8);
        let ids: Vec<u32> = recent.iter().map(|f| f.food.food_id.0).collect();
        assert_eq!(ids, [12061, 11458, 9040], "newest first, each once");
        assert!((recent[1].food.grams() - 360.0).abs() < 1e-9, "as last logged: 2 cups");
        assert_eq!(next.recent_foods(2).len(), 2);
        // One tap adds it to the new day, and it leaves the list.
        let added = next.reduce(Action::AddFood(recent[0].clone()));
        assert_eq!(added.entries().len(), 1);
        let ids: Vec<u32> = added.recent_foods(8).iter().map(|f| f.food.food_id.0).collect();
        assert_eq!(ids, [11458, 9040]);
    }

    #[test]
    fn a_described_day_is_added_at_once_and_undone_at_once() {
        let s = run(vec![spinach(1.0)]);
        let foods = |n: usize| {
            (0..n)
                .map(|i| {
                    let food = FoodEntry::new(FoodId(9040), "Bananas, raw", 118.0 + i as f64, 27.0)
                        .unwrap();
                    LoggedFood { food, measure: FoodMeasure::Grams { portion: None } }
                })
                .collect::<Vec<_>>()
        };
        let added = s.clone().reduce(Action::AddFoods(foods(3)));
        assert_eq!(added.entries().len(), 4);
        assert_eq!(added.added.as_ref().map(|a| a.ids.len()), Some(3));
        let undone = added.reduce(Action::Log(LogEdit::UndoAdded));
        assert_eq!(undone.entries(), s.entries(), "the spinach logged before stays");
        assert_eq!(undone.added, None);
        let nothing = s.clone().reduce(Action::AddFoods(Vec::new()));
        assert_eq!(nothing.added, None);
    }

    #[test]
    fn months_are_read_for_babies() {
        let s = run(vec![age("8"), Action::Person(PersonEdit::AgeUnit(AgeUnit::Months))]);
        assert_eq!(s.person.reference().unwrap().unwrap().reference_mg, 75.0);
    }

    #[test]
    fn a_baby_under_fao_who_is_asked_how_it_is_fed() {
        let s = run(vec![
            age("4"),
            Action::Person(PersonEdit::AgeUnit(AgeUnit::Months)),
            Action::Person(PersonEdit::Standard(Standard::FaoWho2004)),
        ]);
        assert!(s.person.asks_infant_feeding());
        assert!(!run(vec![age("34")]).person.asks_infant_feeding());
    }
}
