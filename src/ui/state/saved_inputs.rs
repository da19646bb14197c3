//! The reader's inputs as a share link or a stored copy (`model::share`'s
//! `SharedInputs`), and back. A stability boundary: what a link restores
//! must never change (see ARCHITECTURE.md, "Stability boundaries"), so
//! every code here is a wire code (`SupplementForm::wire_id`, SR28 NDB and
//! portion numbers), never a position in a table.

use crate::model::food_table::FoodTable;
use crate::model::intake::NonFoodAmount;
use crate::model::medicine_notes::{by_wire_id, medicine_notes};
use crate::model::number::parse_number;
use crate::model::questionnaire::{frequency, group, Answers};
use crate::model::share::SharedWater;
use crate::model::share::{AgeGiven, SharedEntry, SharedInputs};
use crate::model::supplement::{bundled_forms, form_by_wire_id, SupplementForm};
use crate::model::{NonFoodEntry, NonFoodKind};
use crate::ui::state::{
    AgeUnit, FoodMeasure, LoggedFood, LoggedItem, Mode, Note, State, WaterInputs, WaterKind,
};

/// Amounts travel in thousandths.
fn milli(value: f64) -> u64 {
    (value * 1000.0).round().max(0.0) as u64
}

fn from_milli(value: u64) -> f64 {
    value as f64 / 1000.0
}

fn kind(medicine: bool) -> NonFoodKind {
    if medicine {
        NonFoodKind::Medicine
    } else {
        NonFoodKind::Supplement
    }
}

fn shared_entry(item: &LoggedItem) -> SharedEntry {
    match item {
        LoggedItem::Food(LoggedFood { food, measure }) => match measure {
            FoodMeasure::Portions(portion) => SharedEntry::FoodPortion {
                food: food.food_id,
                seq: portion.seq,
                amount_milli: milli(food.grams() / portion.grams),
                in_grams: false,
            },
            FoodMeasure::Grams { portion: Some(portion) } => SharedEntry::FoodPortion {
                food: food.food_id,
                seq: portion.seq,
                amount_milli: milli(food.grams()),
                in_grams: true,
            },
            FoodMeasure::Grams { portion: None } => {
                SharedEntry::FoodGrams { food: food.food_id, grams_milli: milli(food.grams()) }
            }
        },
        LoggedItem::NonFood(nonfood) => {
            let medicine = nonfood.kind == NonFoodKind::Medicine;
            let name = nonfood.name.clone();
            match nonfood.amount() {
                NonFoodAmount::Elemental { mg } => {
                    SharedEntry::Elemental { medicine, mg_milli: milli(*mg), name }
                }
                NonFoodAmount::Compound { compound_mg, form } => SharedEntry::Compound {
                    medicine,
                    form: form.wire_id,
                    compound_mg_milli: milli(*compound_mg),
                    name,
                },
            }
        }
    }
}

/// The item a shared entry stands for; None when it cannot be restored (an
/// unknown food, portion or form, or foods without the table).
fn restored_item(
    shared: &SharedEntry,
    table: Option<&FoodTable>,
    forms: &[SupplementForm],
) -> Option<LoggedItem> {
    let logged = |food: &crate::model::food_table::Food, grams: f64, measure: FoodMeasure| {
        let mg_per_100g = f64::from(food.mg_per_100g);
        LoggedFood::new(food.id, &food.description, mg_per_100g, grams, measure).ok()
    };
    Some(match shared {
        SharedEntry::FoodPortion { food, seq, amount_milli, in_grams } => {
            let food = table?.food(*food)?;
            let portion = food.portion(*seq)?.clone();
            let amount = from_milli(*amount_milli);
            let (grams, measure) = if *in_grams {
                (amount, FoodMeasure::Grams { portion: Some(portion) })
            } else {
                (amount * portion.grams, FoodMeasure::Portions(portion))
            };
            LoggedItem::Food(logged(food, grams, measure)?)
        }
        SharedEntry::FoodGrams { food, grams_milli } => {
            let food = table?.food(*food)?;
            LoggedItem::Food(logged(
                food,
                from_milli(*grams_milli),
                FoodMeasure::Grams { portion: None },
            )?)
        }
        SharedEntry::Elemental { medicine, mg_milli, name } => LoggedItem::NonFood(
            NonFoodEntry::elemental(kind(*medicine), name, from_milli(*mg_milli)).ok()?,
        ),
        SharedEntry::Compound { medicine, form, compound_mg_milli, name } => {
            let form = form_by_wire_id(forms, *form)?;
            let mg = from_milli(*compound_mg_milli);
            LoggedItem::NonFood(NonFoodEntry::compound(kind(*medicine), name, mg, form).ok()?)
        }
    })
}

impl State {
    /// The reader's inputs, for a share link or for remembering on this device.
    pub fn to_shared(&self) -> SharedInputs {
        let person = &self.person;
        let age_milli = match (person.age(), parse_number(&person.age_text)) {
            (Some(Ok(_)), Ok(n)) => Some((
                milli(n),
                if person.age_unit == AgeUnit::Months { AgeGiven::Months } else { AgeGiven::Years },
            )),
            _ => None,
        };
        SharedInputs {
            age_milli,
            sex: person.sex,
            condition: person.condition,
            feeding: person.infant_feeding,
            standard: person.standard,
            days: self
                .days
                .iter()
                .map(|day| day.iter().map(|logged| shared_entry(&logged.item)).collect())
                .collect(),
            estimate: self.mode == Mode::Estimate,
            water: self.water.water().and_then(Result::ok).map(|w| SharedWater {
                litres_milli: milli(w.litres_per_day()),
                mg_per_litre_milli: milli(w.mg_per_litre()),
                bottled: self.water.kind == WaterKind::Bottled,
            }),
            answers: self.answers.pairs(),
            medicines: self.medicines.clone(),
        }
    }

    /// Ticks or unticks a medicine note; unknown codes are ignored, and the
    /// list stays in the section's order.
    pub(crate) fn set_medicine(&mut self, wire_id: u32, ticked: bool) {
        self.medicines.retain(|&id| id != wire_id);
        if ticked && by_wire_id(wire_id).is_some() {
            self.medicines.push(wire_id);
        }
        let order = |id: &u32| medicine_notes().iter().position(|n| n.wire_id == *id);
        self.medicines.sort_by_key(order);
    }

    /// Replaces the inputs with shared or remembered ones. Foods need the food
    /// table; without it they are left out, and everything left out is noted.
    pub(crate) fn apply_saved(&mut self, inputs: &SharedInputs, table: Option<&FoodTable>) {
        let person = &mut self.person;
        match inputs.age_milli {
            Some((age, unit)) => {
                person.age_text = self.lang.messages().number(from_milli(age));
                person.age_unit =
                    if unit == AgeGiven::Months { AgeUnit::Months } else { AgeUnit::Years };
            }
            None => person.age_text.clear(),
        }
        person.sex = inputs.sex;
        person.condition = inputs.condition;
        person.infant_feeding = inputs.feeding;
        person.standard = inputs.standard;
        self.days = vec![Vec::new(); inputs.days.len().max(1)];
        self.removed = None;
        let mut left_out = 0;
        for (d, day) in inputs.days.iter().enumerate() {
            self.current_day = d;
            for shared in day {
                match restored_item(shared, table, bundled_forms()) {
                    Some(item) => self.push(item),
                    None => left_out += 1,
                }
            }
        }
        self.current_day = 0;
        self.mode = if inputs.estimate { Mode::Estimate } else { Mode::Log };
        let number = |v: u64| self.lang.messages().number(from_milli(v));
        self.water = match inputs.water {
            None => WaterInputs::default(),
            Some(water) => WaterInputs {
                litres_text: number(water.litres_milli),
                mg_per_litre_text: number(water.mg_per_litre_milli),
                kind: if water.bottled { WaterKind::Bottled } else { WaterKind::Tap },
            },
        };
        self.answers = Answers::default();
        let mut others_left_out = 0;
        for &(g, f) in &inputs.answers {
            if group(g).is_some() && frequency(f).is_some() {
                self.answers.set(g, f);
            } else {
                others_left_out += 1;
            }
        }
        self.medicines.clear();
        for &wire_id in &inputs.medicines {
            if by_wire_id(wire_id).is_some() {
                self.set_medicine(wire_id, true);
            } else {
                // A medicine this version does not know (from a newer one).
                others_left_out += 1;
            }
        }
        if others_left_out > 0 {
            self.notes.push(Note::LeftOut(others_left_out));
        }
        if left_out > 0 {
            self.notes.push(if table.is_none() {
                Note::FoodsFailed(left_out)
            } else {
                Note::LeftOut(left_out)
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::food_table::FoodId;
    use crate::model::search::SearchIndex;
    use crate::model::share::{decode, encode, ShareError};
    use crate::model::Standard;
    use crate::ui::state::tests::{age, run, spinach};
    use crate::ui::state::{
        Action, FoodData, FoodDataState, FoodTableError, LogEdit, PersonEdit, Removed,
    };
    use std::rc::Rc;
    use yew::Reducible;

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
            age("8"),
            Action::Person(PersonEdit::AgeUnit(AgeUnit::Months)),
            spinach(0.5),
            Action::Log(LogEdit::AddDay),
            Action::AddNonFood(
                NonFoodEntry::compound(NonFoodKind::Medicine, "Antacid", 500.0, oxide).unwrap(),
            ),
        ]));
        let id = s.days[0][0].id;
        let s = s.reduce(Action::Log(LogEdit::SetInGrams { id, in_grams: true }));
        let link = encode(&s.to_shared());

        // A fresh widget: the link arrives before the food table.
        let fresh = run(vec![Action::Loaded { stored: None, link: Some(decode(&link)) }]);
        assert!(fresh.entries().is_empty(), "foods wait for the table");
        let restored = with_table(fresh);
        assert_eq!(restored.to_shared(), s.to_shared());
        assert_eq!(
            (restored.person.age_text.as_str(), restored.person.age_unit),
            ("8", AgeUnit::Months)
        );
        assert_eq!(restored.days[0][0].amount_text, "90");
        assert!(matches!(
            &restored.days[0][0].item,
            LoggedItem::Food(LoggedFood { measure: FoodMeasure::Grams { portion: Some(_) }, .. })
        ));
        assert_eq!(restored.intake(), s.intake());
        assert!(restored.notes.is_empty());
    }

    #[test]
    fn medicines_keep_the_sections_order_and_unknown_ones_are_noted() {
        let s = Rc::new(State::new(Standard::Iom1997));
        let s = s.reduce(Action::SetMedicine { wire_id: 7, ticked: true });
        let s = s.reduce(Action::SetMedicine { wire_id: 1, ticked: true });
        let s = s.reduce(Action::SetMedicine { wire_id: 99, ticked: true });
        assert_eq!(
            s.medicines,
            vec![1, 7],
            "in the section's order; an unknown code is not ticked"
        );
        let s = s.reduce(Action::SetMedicine { wire_id: 1, ticked: false });
        assert_eq!(s.to_shared().medicines, vec![7]);
        // A link from a newer version with a medicine this one does not know.
        let link = encode(&SharedInputs { medicines: vec![3, 40], ..s.to_shared() });
        let s = s.reduce(Action::LinkOpened(decode(&link)));
        assert_eq!(s.medicines, vec![3]);
        assert_eq!(s.notes, vec![Note::LeftOut(1)]);
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
        let failed = fresh.reduce(Action::FoodData(FoodDataState::Failed(FoodTableError::Network)));
        assert_eq!(failed.entries().len(), 1, "the supplement is restored");
        assert_eq!(failed.notes, vec![Note::FoodsFailed(1)]);
    }

    #[test]
    fn unknown_foods_and_salt_forms_in_a_link_are_left_out_with_a_note() {
        let inputs = SharedInputs {
            days: vec![vec![
                SharedEntry::FoodGrams { food: FoodId(99_999), grams_milli: 100_000 },
                SharedEntry::FoodPortion {
                    food: FoodId(11458),
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
                SharedEntry::FoodGrams { food: FoodId(11458), grams_milli: 100_000 },
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
        let stored = run(vec![age("50")]).to_shared();
        let s = run(vec![Action::Loaded { stored: Some(stored), link: Some(decode("mc1.@@@")) }]);
        assert!(s.remember);
        assert_eq!(s.person.age_text, "50");
        assert!(s.notes.is_empty());
    }

    #[test]
    fn a_link_opened_later_restores_without_touching_remember() {
        let shared = run(vec![age("50")]).to_shared();
        let s = run(vec![Action::Loaded { stored: None, link: None }, Action::SetRemember(true)]);
        let s = s.reduce(Action::LinkOpened(decode(&encode(&shared))));
        assert!(s.remember, "the reader's choice stays");
        assert_eq!(s.person.age_text, "50");
        let with_food = run(vec![age("60"), spinach(1.0)]).to_shared();
        let s = s.reduce(Action::LinkOpened(decode(&encode(&with_food))));
        assert!(s.is_restoring(), "the spinach waits for the food table");
        let s = with_table(s);
        assert_eq!((s.person.age_text.as_str(), s.entries().len()), ("60", 1));
        let s = s.reduce(Action::LinkOpened(decode("mc2.@@@")));
        assert!(matches!(s.notes.last(), Some(Note::Link(ShareError::Damaged(_)))));
    }

    #[test]
    fn restoring_replaces_the_inputs_and_forgets_the_undo() {
        let s = run(vec![spinach(1.0)]);
        let id = s.entries()[0].id;
        let s = s.reduce(Action::Log(LogEdit::Remove { id }));
        assert!(matches!(s.removed, Some(Removed { .. })));
        let other = run(vec![age("70"), Action::Person(PersonEdit::Standard(Standard::Nnr2023))]);
        let mut restored = (*s).clone();
        restored.apply_saved(&other.to_shared(), None);
        assert_eq!(restored.person, other.person);
        assert!(restored.removed.is_none());
    }

    /// The kind of data-only edit this project invites: supplement_forms.csv
    /// sorted another way. A link made before it restores the same forms.
    #[test]
    fn reordering_the_supplement_forms_rows_changes_no_old_link() {
        // Made by version 0.1.0 (tests/share_golden.rs): oxide, hydrogen citrate,
        // orotate, glycinate by wire id 0, 9, 21, 14.
        let old_link = "mc1.AdCJAgABAAECBQDkYQHoBwTQRgXwmQcBwlmQvwUCAIC1GA1NYWduZXNpdW0gNDAwAwEAoMIeB0FudGFjaWQBAwAJwIQ9AA";
        let csv = include_str!("../../../data/reference/supplement_forms.csv");
        let mut lines: Vec<&str> = csv.lines().collect();
        lines[1..].reverse();
        let reordered = crate::model::supplement::parse_forms(&lines.join("\n")).unwrap();
        assert_ne!(reordered[0].name, bundled_forms()[0].name, "the rows really moved");
        let restored_names = |forms: &[SupplementForm]| -> Vec<String> {
            decode(old_link)
                .unwrap()
                .inputs
                .days
                .iter()
                .flatten()
                .filter_map(|shared| match restored_item(shared, None, forms)? {
                    LoggedItem::NonFood(n) => match n.amount() {
                        NonFoodAmount::Compound { form, .. } => Some(form.name.to_string()),
                        NonFoodAmount::Elemental { .. } => None,
                    },
                    LoggedItem::Food(_) => None,
                })
                .collect()
        };
        let names = restored_names(&reordered);
        assert_eq!(
            names,
            ["magnesium oxide", "magnesium citrate (magnesium hydrogen citrate 1:1)"]
        );
        assert_eq!(names, restored_names(bundled_forms()));
    }

    #[test]
    fn a_compound_travels_as_its_forms_wire_id_not_its_row() {
        let citrate = crate::model::supplement::form_named(
            "magnesium citrate (magnesium hydrogen citrate 1:1)",
        )
        .unwrap();
        let s = run(vec![Action::AddNonFood(
            NonFoodEntry::compound(NonFoodKind::Supplement, "", 1000.0, citrate).unwrap(),
        )]);
        assert!(matches!(
            s.to_shared().days[0][0],
            SharedEntry::Compound { form, .. } if form == citrate.wire_id
        ));
    }
}
