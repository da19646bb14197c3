//! The widget's state and every transition of it (one reducer, as in Yew's
//! `function_todomvc`). Pure Rust: no browser types, so it is tested natively.
//!
//! What the reader typed is kept as text (`age_text`, `amount_text`), so a
//! mistake is explained next to its field and never loses the input; the
//! figures shown are derived from the last valid values, never stored.

use super::messages::{InputError, Lang, Messages};
use crate::model::assessment::{assess, Assessment};
use crate::model::food_table::FoodTable;
use crate::model::intake::NonFoodAmount;
use crate::model::number::parse_number;
use crate::model::reference::bundled;
use crate::model::search::SearchIndex;
use crate::model::share::{AgeGiven, Decoded, ShareError, SharedEntry, SharedInputs};
use crate::model::supplement::bundled_forms;
use crate::model::{
    reference_for, Age, Condition, Day, Entry, FoodEntry, InfantFeeding, Intake, NoReference,
    NonFoodEntry, NonFoodKind, Person, ReferenceValue, Sex, Standard,
};
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
    Failed(String),
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AgeUnit {
    #[default]
    Years,
    Months,
}

/// An age the embedding page starts the widget with (the `age` attribute).
#[derive(Clone, Debug, PartialEq)]
pub struct AgePreset {
    pub text: String,
    pub unit: AgeUnit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LoggedEntry {
    pub id: u64,
    /// The last valid entry: what the totals use while the reader fixes a typo.
    pub entry: Entry,
    /// For foods, the household portion it was logged with, if any, and its SR28 number.
    pub portion: Option<(String, f64)>,
    pub portion_seq: Option<u32>,
    /// For foods: the amount is typed in grams rather than as a count of `portion`.
    pub in_grams: bool,
    /// The amount as typed: a count of portions or grams for foods; milligrams
    /// (elemental, or of the compound) for supplements and medicines.
    pub amount_text: String,
}

impl LoggedEntry {
    /// The entry the typed amount stands for, or the message for the amount field.
    fn rebuilt(&self) -> Result<Entry, InputError> {
        let value = parse_number(&self.amount_text)?;
        match &self.entry {
            Entry::Food(food) => {
                let grams = match (&self.portion, self.in_grams) {
                    (Some((_, g)), false) => value * g,
                    _ => value,
                };
                FoodEntry::new(&food.food_id, &food.description, grams, food.mg_per_100g())
                    .map(Entry::Food)
            }
            Entry::NonFood(nonfood) => match nonfood.amount() {
                NonFoodAmount::Elemental { .. } => {
                    NonFoodEntry::elemental(nonfood.kind, &nonfood.name, value)
                }
                NonFoodAmount::Compound { form, .. } => {
                    NonFoodEntry::compound(nonfood.kind, &nonfood.name, value, form)
                }
            }
            .map(Entry::NonFood),
        }
        .map_err(InputError::from)
    }

    /// The message for an invalid typed amount, if any (the entry keeps its last valid value).
    pub fn amount_error(&self) -> Option<InputError> {
        self.rebuilt().err()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub age_text: String,
    pub age_unit: AgeUnit,
    pub sex: Sex,
    pub condition: Condition,
    pub infant_feeding: Option<InfantFeeding>,
    pub standard: Standard,
    /// Always at least one day.
    pub days: Vec<Vec<LoggedEntry>>,
    pub current_day: usize,
    next_id: u64,
    /// The last removed entry (day, position, entry), for undo.
    pub removed: Option<(usize, usize, LoggedEntry)>,
    pub food_data: FoodDataState,
    /// "Remember on this device" is ticked: the inputs are kept in localStorage.
    pub remember: bool,
    /// The page's stored copy and share link have been read (storage may be written after this).
    pub loaded: bool,
    /// Inputs waiting for the food table before they can be restored.
    pending: Option<SharedInputs>,
    /// Messages about restoring (what was left out, a damaged link).
    pub notes: Vec<Note>,
    /// The interface language (from the element, the page or the browser).
    pub lang: Lang,
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

pub enum Action {
    SetLang(Lang),
    SetAgeText(String),
    SetAgeUnit(AgeUnit),
    SetSex(Sex),
    SetCondition(Condition),
    SetInfantFeeding(Option<InfantFeeding>),
    SetStandard(Standard),
    /// A food in a number of portions (or grams when `portion` is None).
    AddFood {
        food_id: String,
        description: String,
        mg_per_100g: f64,
        portion: Option<(String, f64)>,
        seq: Option<u32>,
        count: f64,
    },
    AddNonFood(NonFoodEntry),
    EditCount {
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
    SelectDay(usize),
    FoodData(FoodDataState),
    /// At start: the inputs remembered on this device, else those of a share link.
    Loaded {
        stored: Option<SharedInputs>,
        link: Option<Result<Decoded, ShareError>>,
    },
    SetRemember(bool),
    DismissNotes,
}

impl State {
    pub fn new(standard: Standard) -> State {
        State {
            age_text: String::new(),
            age_unit: AgeUnit::Years,
            sex: Sex::Female,
            condition: Condition::None,
            infant_feeding: None,
            standard,
            days: vec![Vec::new()],
            current_day: 0,
            next_id: 1,
            removed: None,
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

    /// The age as entered, or the message for the age field. Empty = not yet entered.
    pub fn age(&self) -> Option<Result<Age, InputError>> {
        if self.age_text.trim().is_empty() {
            return None;
        }
        let number = match parse_number(&self.age_text) {
            Ok(n) => n,
            Err(e) => return Some(Err(e.into())),
        };
        Some(
            match self.age_unit {
                AgeUnit::Years => Age::from_years(number),
                AgeUnit::Months => Age::from_months(number),
            }
            .map_err(InputError::from),
        )
    }

    /// Pregnancy and breastfeeding are offered to women from the youngest age any standard covers.
    pub fn offers_condition(&self) -> bool {
        let youngest = bundled().map(|t| t.youngest_condition_age()).ok();
        self.sex == Sex::Female
            && matches!((self.age(), youngest), (Some(Ok(age)), Some(y)) if age >= y)
    }

    pub fn person(&self) -> Option<Person> {
        let age = self.age()?.ok()?;
        Some(Person {
            age,
            sex: self.sex,
            condition: if self.offers_condition() { self.condition } else { Condition::None },
            infant_feeding: if age.is_infant() { self.infant_feeding } else { None },
        })
    }

    /// The reference for the reader, once their age is known.
    pub fn reference(&self) -> Option<Result<ReferenceValue, NoReference>> {
        self.person().map(|p| reference_for(&p, self.standard))
    }

    pub fn intake(&self) -> Intake {
        Intake {
            days: self
                .days
                .iter()
                .map(|d| Day { entries: d.iter().map(|e| e.entry.clone()).collect() })
                .collect(),
        }
    }

    pub fn assessment(&self) -> Option<Assessment> {
        let reference = self.reference()?.ok()?;
        Some(assess(&self.intake(), &reference))
    }

    /// Shared or remembered inputs are waiting for the food table.
    pub fn is_restoring(&self) -> bool {
        self.pending.is_some()
    }

    pub fn entries(&self) -> &[LoggedEntry] {
        &self.days[self.current_day]
    }

    fn push(
        &mut self,
        entry: Entry,
        portion: Option<(String, f64)>,
        portion_seq: Option<u32>,
        amount_text: String,
    ) {
        let id = self.next_id;
        self.next_id += 1;
        let in_grams = portion.is_none();
        self.days[self.current_day].push(LoggedEntry {
            id,
            entry,
            portion,
            portion_seq,
            in_grams,
            amount_text,
        });
    }

    /// The reader's inputs, for a share link or for remembering on this device.
    pub fn to_shared(&self) -> SharedInputs {
        let milli = |v: f64| (v * 1000.0).round().max(0.0) as u64;
        let age_milli = match (self.age(), parse_number(&self.age_text)) {
            (Some(Ok(_)), Ok(n)) => Some((
                milli(n),
                if self.age_unit == AgeUnit::Months { AgeGiven::Months } else { AgeGiven::Years },
            )),
            _ => None,
        };
        let days = self
            .days
            .iter()
            .map(|day| {
                day.iter()
                    .filter_map(|logged| match &logged.entry {
                        Entry::Food(food) => {
                            let ndb_id = food.food_id.parse().ok()?;
                            Some(match (&logged.portion, logged.portion_seq) {
                                (Some((_, portion_grams)), Some(seq)) => SharedEntry::FoodPortion {
                                    ndb_id,
                                    seq,
                                    amount_milli: milli(if logged.in_grams {
                                        food.grams()
                                    } else {
                                        food.grams() / portion_grams
                                    }),
                                    in_grams: logged.in_grams,
                                },
                                _ => SharedEntry::FoodGrams {
                                    ndb_id,
                                    grams_milli: milli(food.grams()),
                                },
                            })
                        }
                        Entry::NonFood(nonfood) => {
                            let medicine = nonfood.kind == NonFoodKind::Medicine;
                            let name = nonfood.name.clone();
                            Some(match nonfood.amount() {
                                NonFoodAmount::Elemental { mg } => {
                                    SharedEntry::Elemental { medicine, mg_milli: milli(*mg), name }
                                }
                                NonFoodAmount::Compound { compound_mg, form } => {
                                    SharedEntry::Compound {
                                        medicine,
                                        form: bundled_forms()
                                            .iter()
                                            .position(|f| f.name == form.name)?
                                            as u32,
                                        compound_mg_milli: milli(*compound_mg),
                                        name,
                                    }
                                }
                            })
                        }
                    })
                    .collect()
            })
            .collect();
        SharedInputs {
            age_milli,
            male: self.sex == Sex::Male,
            condition: match self.condition {
                Condition::None => 0,
                Condition::Pregnant => 1,
                Condition::Breastfeeding => 2,
            },
            feeding: match self.infant_feeding {
                None => 0,
                Some(InfantFeeding::BreastFed) => 1,
                Some(InfantFeeding::FormulaFed) => 2,
            },
            standard: Standard::ALL.iter().position(|s| *s == self.standard).unwrap_or(0) as u8,
            days,
        }
    }

    /// Replaces the inputs with shared or remembered ones. Foods need the food
    /// table; without it they are left out, and everything left out is noted.
    fn apply(&mut self, inputs: &SharedInputs, table: Option<&FoodTable>) {
        let from_milli = |v: u64| v as f64 / 1000.0;
        match inputs.age_milli {
            Some((age, unit)) => {
                self.age_text = self.lang.messages().number(from_milli(age));
                self.age_unit =
                    if unit == AgeGiven::Months { AgeUnit::Months } else { AgeUnit::Years };
            }
            None => self.age_text.clear(),
        }
        self.sex = if inputs.male { Sex::Male } else { Sex::Female };
        self.condition = [Condition::None, Condition::Pregnant, Condition::Breastfeeding]
            [usize::from(inputs.condition.min(2))];
        self.infant_feeding =
            [None, Some(InfantFeeding::BreastFed), Some(InfantFeeding::FormulaFed)]
                [usize::from(inputs.feeding.min(2))];
        self.standard =
            Standard::ALL.get(usize::from(inputs.standard)).copied().unwrap_or_default();
        self.days = vec![Vec::new(); inputs.days.len().max(1)];
        self.removed = None;
        let mut left_out = 0;
        for (d, day) in inputs.days.iter().enumerate() {
            self.current_day = d;
            for shared in day {
                if self.restore_entry(shared, table).is_none() {
                    left_out += 1;
                }
            }
        }
        self.current_day = 0;
        if left_out > 0 {
            self.notes.push(if table.is_none() {
                Note::FoodsFailed(left_out)
            } else {
                Note::LeftOut(left_out)
            });
        }
    }

    fn restore_entry(&mut self, shared: &SharedEntry, table: Option<&FoodTable>) -> Option<()> {
        let from_milli = |v: u64| v as f64 / 1000.0;
        match shared {
            SharedEntry::FoodPortion { ndb_id, seq, amount_milli, in_grams } => {
                let food = table?.food(*ndb_id)?;
                let portion = food.portion(*seq)?;
                let amount = from_milli(*amount_milli);
                let grams = if *in_grams { amount } else { amount * portion.grams };
                let entry = FoodEntry::new(
                    &food.ndb_id(),
                    &food.description,
                    grams,
                    f64::from(food.mg_per_100g),
                )
                .ok()?;
                self.push(
                    Entry::Food(entry),
                    Some((portion.label(), portion.grams)),
                    Some(*seq),
                    self.lang.messages().number(amount),
                );
                let last = self.days[self.current_day].last_mut()?;
                last.in_grams = *in_grams;
            }
            SharedEntry::FoodGrams { ndb_id, grams_milli } => {
                let food = table?.food(*ndb_id)?;
                let grams = from_milli(*grams_milli);
                let entry = FoodEntry::new(
                    &food.ndb_id(),
                    &food.description,
                    grams,
                    f64::from(food.mg_per_100g),
                )
                .ok()?;
                self.push(Entry::Food(entry), None, None, self.lang.messages().number(grams));
            }
            SharedEntry::Elemental { medicine, mg_milli, name } => {
                let kind = if *medicine { NonFoodKind::Medicine } else { NonFoodKind::Supplement };
                let entry = NonFoodEntry::elemental(kind, name, from_milli(*mg_milli)).ok()?;
                self.push(
                    Entry::NonFood(entry),
                    None,
                    None,
                    self.lang.messages().number(from_milli(*mg_milli)),
                );
            }
            SharedEntry::Compound { medicine, form, compound_mg_milli, name } => {
                let kind = if *medicine { NonFoodKind::Medicine } else { NonFoodKind::Supplement };
                let form = bundled_forms().get(*form as usize)?;
                let entry =
                    NonFoodEntry::compound(kind, name, from_milli(*compound_mg_milli), form)
                        .ok()?;
                self.push(
                    Entry::NonFood(entry),
                    None,
                    None,
                    self.lang.messages().number(from_milli(*compound_mg_milli)),
                );
            }
        }
        Some(())
    }

    fn find(&mut self, id: u64) -> Option<(usize, usize)> {
        self.days
            .iter()
            .enumerate()
            .find_map(|(d, entries)| entries.iter().position(|e| e.id == id).map(|p| (d, p)))
    }
}

/// Formats a count without a trailing ".0" (0.5, 1, 2.25).

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match action {
            Action::SetAgeText(text) => s.age_text = text,
            Action::SetLang(lang) => s.lang = lang,
            Action::SetAgeUnit(unit) => s.age_unit = unit,
            Action::SetSex(sex) => s.sex = sex,
            Action::SetCondition(condition) => s.condition = condition,
            Action::SetInfantFeeding(feeding) => s.infant_feeding = feeding,
            Action::SetStandard(standard) => s.standard = standard,
            Action::AddFood { food_id, description, mg_per_100g, portion, seq, count } => {
                let grams = portion.as_ref().map_or(count, |(_, g)| g * count);
                match FoodEntry::new(&food_id, &description, grams, mg_per_100g) {
                    Ok(food) => {
                        s.push(Entry::Food(food), portion, seq, s.lang.messages().number(count))
                    }
                    Err(_) => return self, // the form checks amounts before it dispatches
                }
            }
            Action::AddNonFood(entry) => {
                let typed = match entry.amount() {
                    NonFoodAmount::Elemental { mg } => *mg,
                    NonFoodAmount::Compound { compound_mg, .. } => *compound_mg,
                };
                s.push(Entry::NonFood(entry), None, None, s.lang.messages().number(typed));
            }
            Action::EditCount { id, text } => {
                let Some((d, p)) = s.find(id) else { return self };
                let logged = &mut s.days[d][p];
                logged.amount_text = text;
                if let Ok(updated) = logged.rebuilt() {
                    logged.entry = updated;
                }
            }
            Action::SetInGrams { id, in_grams } => {
                let Some((d, p)) = s.find(id) else { return self };
                let logged = &mut s.days[d][p];
                let (Entry::Food(food), Some((_, portion_grams))) =
                    (&logged.entry, &logged.portion)
                else {
                    return self;
                };
                if logged.in_grams != in_grams {
                    // From the last valid amount, so a half-typed value converts sensibly.
                    let grams = food.grams();
                    logged.amount_text = s.lang.messages().number(if in_grams {
                        grams
                    } else {
                        grams / portion_grams
                    });
                    logged.in_grams = in_grams;
                }
            }
            Action::Remove { id } => {
                let Some((d, p)) = s.find(id) else { return self };
                let removed = s.days[d].remove(p);
                s.removed = Some((d, p, removed));
            }
            Action::Undo => {
                let Some((d, p, entry)) = s.removed.take() else { return self };
                let last = s.days.len() - 1;
                let day = &mut s.days[d.min(last)];
                day.insert(p.min(day.len()), entry);
            }
            Action::AddDay => {
                s.days.push(Vec::new());
                s.current_day = s.days.len() - 1;
            }
            Action::SelectDay(day) => s.current_day = day.min(s.days.len() - 1),
            Action::FoodData(state) => {
                s.food_data = state;
                match (&s.food_data, s.pending.take()) {
                    (FoodDataState::Ready(data), Some(inputs)) => {
                        let data = data.clone();
                        s.apply(&inputs, Some(&data.table));
                    }
                    (FoodDataState::Failed(_), Some(inputs)) => s.apply(&inputs, None),
                    (_, pending) => s.pending = pending,
                }
            }
            Action::Loaded { stored, link } => {
                s.loaded = true;
                s.remember = stored.is_some();
                let inputs = match (stored, link) {
                    (Some(stored), _) => Some(stored),
                    (None, Some(Ok(decoded))) => {
                        if !decoded.ignored.is_empty() {
                            s.notes.push(Note::LeftOut(decoded.ignored.len()));
                        }
                        Some(decoded.inputs)
                    }
                    (None, Some(Err(why))) => {
                        s.notes.push(Note::Link(why));
                        None
                    }
                    (None, None) => None,
                };
                if let Some(inputs) = inputs {
                    let has_food = inputs.days.iter().flatten().any(|e| {
                        matches!(e, SharedEntry::FoodPortion { .. } | SharedEntry::FoodGrams { .. })
                    });
                    match (&s.food_data, has_food) {
                        (FoodDataState::Ready(data), _) => {
                            let data = data.clone();
                            s.apply(&inputs, Some(&data.table));
                        }
                        (_, false) => s.apply(&inputs, None),
                        (_, true) => s.pending = Some(inputs),
                    }
                }
            }
            Action::SetRemember(remember) => s.remember = remember,
            Action::DismissNotes => s.notes.clear(),
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::Verdict;
    use crate::model::share::{decode, encode};
    use crate::ui::messages::EN;

    fn run(actions: Vec<Action>) -> Rc<State> {
        actions.into_iter().fold(Rc::new(State::new(Standard::Iom1997)), |s, a| s.reduce(a))
    }

    fn spinach(count: f64) -> Action {
        Action::AddFood {
            food_id: "11458".into(),
            description: "Spinach, cooked, boiled, drained, without salt".into(),
            mg_per_100g: 87.0,
            portion: Some(("1 cup".into(), 180.0)),
            seq: Some(1),
            count,
        }
    }

    #[test]
    fn a_typo_in_an_amount_keeps_the_text_and_the_last_valid_total() {
        let s = run(vec![Action::SetAgeText("34".into()), spinach(1.0)]);
        let id = s.entries()[0].id;
        let s = s.reduce(Action::EditCount { id, text: "0,5".into() });
        assert!((s.intake().average().food_mg - 78.3).abs() < 1e-9);
        let s = s.reduce(Action::EditCount { id, text: "half".into() });
        assert_eq!(s.entries()[0].amount_text, "half");
        assert!(s.entries()[0].amount_error().is_some());
        assert!(
            (s.intake().average().food_mg - 78.3).abs() < 1e-9,
            "the last valid amount still counts"
        );
        let s = s.reduce(Action::EditCount { id, text: "-2".into() });
        assert_eq!(
            s.entries()[0].amount_error().map(|e| EN.input_error(&e)).as_deref(),
            Some("enter an amount above zero")
        );
    }

    #[test]
    fn a_food_switches_between_portions_and_grams_keeping_its_magnesium() {
        let s = run(vec![spinach(0.5)]);
        let id = s.entries()[0].id;
        let s = s.reduce(Action::SetInGrams { id, in_grams: true });
        assert_eq!(s.entries()[0].amount_text, "90");
        assert!((s.intake().average().food_mg - 78.3).abs() < 1e-9);
        let s = s.reduce(Action::EditCount { id, text: "200".into() });
        assert!((s.intake().average().food_mg - 174.0).abs() < 1e-9, "200 g at 87 mg/100 g");
        let s = s.reduce(Action::SetInGrams { id, in_grams: false });
        assert_eq!(s.entries()[0].amount_text, "1.111");
        assert!(
            (s.intake().average().food_mg - 174.0).abs() < 1e-9,
            "switching back keeps the amount"
        );
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
            .reduce(Action::EditCount { id: a, text: "200".into() })
            .reduce(Action::EditCount { id: b, text: "1000".into() });
        // 200 mg from the label + 1000 mg MgO x 60.3 %.
        assert!((s.intake().average().nonfood_mg - 803.0).abs() < 1e-9);
        let s = s.reduce(Action::EditCount { id: a, text: "lots".into() });
        assert!(s.entries()[0].amount_error().is_some());
        assert!(
            (s.intake().average().nonfood_mg - 803.0).abs() < 1e-9,
            "the last valid amount still counts"
        );
    }

    fn with_table(state: Rc<State>) -> Rc<State> {
        let table = FoodTable::from_csv(
            "ndb_id,description,food_group,magnesium_mg_per_100g,energy_kcal_per_100g,food_group_code,in_fndds_survey,common_name\n11458,\"Spinach, cooked, boiled, drained, without salt\",Veg,87,23,1100,1,\n",
            "ndb_id,seq,amount,unit,grams\n11458,1,1,cup,180\n",
        )
        .unwrap();
        let index = SearchIndex::new(&table, &[]);
        state.reduce(Action::FoodData(FoodDataState::Ready(Rc::new(FoodData { table, index }))))
    }

    #[test]
    fn a_link_restores_the_same_inputs_once_the_food_table_is_there() {
        let oxide = crate::model::supplement::form_named("magnesium oxide").unwrap();
        let s = with_table(run(vec![
            Action::SetAgeText("8".into()),
            Action::SetAgeUnit(AgeUnit::Months),
            spinach(0.5),
            Action::AddDay,
            Action::AddNonFood(
                NonFoodEntry::compound(NonFoodKind::Medicine, "Antacid", 500.0, oxide).unwrap(),
            ),
        ]));
        let id = s.days[0][0].id;
        let s = s.reduce(Action::SetInGrams { id, in_grams: true });
        let link = encode(&s.to_shared());

        // A fresh widget: the link arrives before the food table.
        let fresh = run(vec![Action::Loaded { stored: None, link: Some(decode(&link)) }]);
        assert!(fresh.entries().is_empty(), "foods wait for the table");
        let restored = with_table(fresh);
        assert_eq!(restored.to_shared(), s.to_shared());
        assert_eq!((restored.age_text.as_str(), restored.age_unit), ("8", AgeUnit::Months));
        assert_eq!(restored.days[0][0].amount_text, "90");
        assert!(restored.days[0][0].in_grams);
        assert_eq!(restored.intake(), s.intake());
        assert!(restored.notes.is_empty());
    }

    #[test]
    fn a_damaged_link_is_explained_and_nothing_else_changes() {
        let s = run(vec![Action::Loaded { stored: None, link: Some(decode("mc1.@@@")) }]);
        assert_eq!(s.notes.len(), 1);
        assert!(matches!(s.notes[0], Note::Link(ShareError::Damaged(_))));
        assert!(s.loaded && s.entries().is_empty());
    }

    #[test]
    fn without_the_food_table_foods_are_left_out_with_a_note() {
        let s = run(vec![
            spinach(1.0),
            Action::AddNonFood(
                NonFoodEntry::elemental(NonFoodKind::Supplement, "Mg", 100.0).unwrap(),
            ),
        ]);
        let link = encode(&s.to_shared());
        let fresh = run(vec![Action::Loaded { stored: None, link: Some(decode(&link)) }]);
        let failed = fresh.reduce(Action::FoodData(FoodDataState::Failed("offline".into())));
        assert_eq!(failed.entries().len(), 1, "the supplement is restored");
        assert_eq!(failed.notes.len(), 1);
    }

    #[test]
    fn unknown_foods_and_salt_forms_in_a_link_are_left_out_with_a_note() {
        let inputs = SharedInputs {
            days: vec![vec![
                SharedEntry::FoodGrams { ndb_id: 99_999, grams_milli: 100_000 },
                SharedEntry::FoodPortion {
                    ndb_id: 11458,
                    seq: 7,
                    amount_milli: 1000,
                    in_grams: false,
                },
                SharedEntry::Compound {
                    medicine: false,
                    form: 500,
                    compound_mg_milli: 1000,
                    name: String::new(),
                },
                SharedEntry::FoodGrams { ndb_id: 11458, grams_milli: 100_000 },
            ]],
            ..Default::default()
        };
        let s = with_table(run(vec![Action::Loaded {
            stored: None,
            link: Some(decode(&encode(&inputs))),
        }]));
        assert_eq!(s.entries().len(), 1, "only the known food in grams");
        assert_eq!(s.notes, vec![Note::LeftOut(3)]);
    }

    #[test]
    fn remembered_inputs_win_over_a_link_and_tick_the_box() {
        let stored = run(vec![Action::SetAgeText("50".into())]).to_shared();
        let s = run(vec![Action::Loaded { stored: Some(stored), link: Some(decode("mc1.@@@")) }]);
        assert!(s.remember);
        assert_eq!(s.age_text, "50");
        assert!(s.notes.is_empty());
    }

    #[test]
    fn removing_can_be_undone_in_place() {
        let s = run(vec![spinach(1.0), spinach(2.0), spinach(3.0)]);
        let middle = s.entries()[1].id;
        let s = s.reduce(Action::Remove { id: middle });
        assert_eq!(s.entries().len(), 2);
        let s = s.reduce(Action::Undo);
        assert_eq!(s.entries()[1].id, middle);
        assert_eq!(s.entries().len(), 3);
    }

    #[test]
    fn the_assessment_is_derived_from_age_sex_and_entries() {
        let s = run(vec![Action::SetAgeText("34".into()), spinach(1.0)]);
        let supplement =
            NonFoodEntry::elemental(NonFoodKind::Supplement, "Magnesium 400 mg", 400.0).unwrap();
        let s = s.reduce(Action::AddNonFood(supplement));
        let a = s.assessment().unwrap();
        assert_eq!(a.reference.reference_mg, 320.0);
        assert!(a.upper_level.unwrap().exceeded);
        assert_eq!(a.verdict, Verdict::AtOrAboveRda);
        assert!(run(vec![Action::SetAgeText("abc".into())]).assessment().is_none());
        assert!(run(vec![]).age().is_none(), "no age typed yet: no message either");
    }

    #[test]
    fn pregnancy_is_offered_only_where_a_standard_covers_it() {
        let s =
            run(vec![Action::SetAgeText("17".into()), Action::SetCondition(Condition::Pregnant)]);
        assert!(s.offers_condition());
        assert_eq!(s.reference().unwrap().unwrap().reference_mg, 400.0, "IOM pregnancy 14-18 y");
        let s = s.reduce(Action::SetSex(Sex::Male));
        assert!(!s.offers_condition());
        assert_eq!(
            s.reference().unwrap().unwrap().reference_mg,
            410.0,
            "the hidden choice is not applied"
        );
        let s =
            run(vec![Action::SetAgeText("6".into()), Action::SetCondition(Condition::Pregnant)]);
        assert!(!s.offers_condition());
    }

    #[test]
    fn days_are_averaged_and_empty_days_ignored() {
        let s = run(vec![spinach(1.0), Action::AddDay, spinach(3.0), Action::AddDay]);
        assert_eq!(s.days.len(), 3);
        assert!((s.intake().average().food_mg - 313.2).abs() < 1e-9);
        assert_eq!(s.reduce(Action::SelectDay(99)).current_day, 2);
    }

    #[test]
    fn months_are_read_for_babies() {
        let s = run(vec![Action::SetAgeText("8".into()), Action::SetAgeUnit(AgeUnit::Months)]);
        assert_eq!(s.reference().unwrap().unwrap().reference_mg, 75.0);
    }
}
