//! Golden share links: fragments made by earlier versions of the widget, and
//! what each must restore. Links and stored inputs are kept by readers, so
//! these must keep passing forever. Never edit an expectation here to make a
//! change pass: add a new format version instead (see ARCHITECTURE.md,
//! "Stability boundaries").

use magnesium_calculator::model::food_table::{FoodId, FoodTable};
use magnesium_calculator::model::intake::NonFoodAmount;
use magnesium_calculator::model::search::SearchIndex;
use magnesium_calculator::model::share::{decode, encode, AgeGiven, SharedEntry, SharedInputs};
use magnesium_calculator::model::{Condition, InfantFeeding, NonFoodKind, Sex, Standard};
use magnesium_calculator::ui::state::{
    Action, AgeUnit, FoodData, FoodDataState, FoodMeasure, LoggedItem, Mode, State,
};
use std::rc::Rc;
use yew::Reducible;

/// Made by version 0.1.0 (format `mc1`), 2026-11: every entry tag, EFSA,
/// pregnancy, a compound as a medicine and one on a second day.
const ALL_ENTRY_KINDS: &str = "mc1.AdCJAgABAAECBQDkYQHoBwTQRgXwmQcBwlmQvwUCAIC1GA1NYWduZXNpdW0gNDAwAwEAoMIeB0FudGFjaWQBAwAJwIQ9AA";
/// A formula-fed baby of 8 months, male, FAO/WHO.
const BABY_FAO_WHO: &str = "mc1.A8A-AQACAgEA";
/// 30.5 years, breastfeeding, D-A-CH, three days of salt forms.
const BREASTFEEDING_DACH: &str =
    "mc1.AaTuAQACAAUDAQIA8JMJCk1hZ27DqXNpdW0BAwAVhKUPBk9yb3RhdAEDAA7g3CoA";
/// No age, male, UK COMA.
const NO_AGE_UK: &str = "mc1.AAEAAAMBAA";
/// 60 years, NNR.
const SIXTY_NNR: &str = "mc1.AeDUAwAAAAQBAA";
/// A breast-fed baby of 4 months, IOM.
const BREAST_FED_IOM: &str = "mc1.A6AfAAABAAEA";

/// Made by version 0.3 (format `mc2`, before the medicines section),
/// 2026-12: the quick estimate of a woman of 52 (IOM), two answers, 1.5 L
/// of tap water at 20 mg/L, and 1,000 mg of magnesium citrate.
const ESTIMATE_V2: &str = "mc2.AaCWAwAAAAABAQMACcCEPQdDaXRyYXRlAQHcC6CcAQIBAwIC";
/// Format `mc2`: the log of a man of 41 (EFSA), two days, 1 L of bottled
/// water at 100 mg/L.
const LOG_V2: &str = "mc2.AajAAgEAAAECAgCdXgHoBwHCWZC_BQECAJChDwZNZyAyNTAAAugHoI0GAA";

fn food_table() -> Rc<FoodData> {
    let table = FoodTable::from_csv(
        include_str!("../data/usda/foods.csv"),
        include_str!("../data/usda/portions.csv"),
    )
    .unwrap();
    let index = SearchIndex::new(&table, &[]);
    Rc::new(FoodData { table, index })
}

/// A fresh widget that opens the link, then gets the food table.
fn restore(link: &str) -> Rc<State> {
    let state = Rc::new(State::new(Standard::Iom1997))
        .reduce(Action::Loaded { stored: None, link: Some(decode(link)) });
    state.reduce(Action::FoodData(FoodDataState::Ready(food_table())))
}

fn inputs(link: &str) -> SharedInputs {
    let decoded = decode(link).unwrap_or_else(|e| panic!("{link} no longer decodes: {e:?}"));
    assert!(decoded.ignored.is_empty());
    decoded.inputs
}

#[test]
fn a_link_with_every_kind_of_entry_decodes_as_it_always_has() {
    let expected = SharedInputs {
        age_milli: Some((34_000, AgeGiven::Years)),
        sex: Sex::Female,
        condition: Condition::Pregnant,
        feeding: None,
        standard: Standard::Efsa2015,
        days: vec![
            vec![
                SharedEntry::FoodPortion {
                    food: FoodId(12516),
                    seq: 1,
                    amount_milli: 1000,
                    in_grams: false,
                },
                SharedEntry::FoodPortion {
                    food: FoodId(9040),
                    seq: 5,
                    amount_milli: 118_000,
                    in_grams: true,
                },
                SharedEntry::FoodGrams { food: FoodId(11458), grams_milli: 90_000 },
                SharedEntry::Elemental {
                    medicine: false,
                    mg_milli: 400_000,
                    name: "Magnesium 400".into(),
                },
                SharedEntry::Compound {
                    medicine: true,
                    form: 0,
                    compound_mg_milli: 500_000,
                    name: "Antacid".into(),
                },
            ],
            vec![SharedEntry::Compound {
                medicine: false,
                form: 9,
                compound_mg_milli: 1_000_000,
                name: String::new(),
            }],
        ],
        // Version 1 had neither: it reads as the log, without water or answers.
        estimate: false,
        water: None,
        answers: Vec::new(),
        // Nor had versions 1 and 2: no medicine is ticked.
        medicines: Vec::new(),
    };
    assert_eq!(inputs(ALL_ENTRY_KINDS), expected);
    // Today's encoder writes the current version, which reads back the same.
    assert_eq!(inputs(&encode(&expected)), expected);
}

#[test]
fn a_link_with_every_kind_of_entry_restores_the_same_foods_forms_and_amounts() {
    let s = restore(ALL_ENTRY_KINDS);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    assert_eq!(s.person.age_text, "34");
    assert_eq!(s.person.age_unit, AgeUnit::Years);
    assert_eq!(s.person.condition, Condition::Pregnant);
    assert_eq!(s.person.standard, Standard::Efsa2015);
    let day: Vec<&LoggedItem> = s.days[0].iter().map(|e| &e.item).collect();
    let food = |i: usize| match day[i] {
        LoggedItem::Food(f) => f,
        other => panic!("entry {i} is not a food: {other:?}"),
    };
    // 1 cup of roasted pumpkin seeds (SR28 12516, portion 1: 118 g at 550 mg/100 g).
    assert_eq!(
        food(0).food.description,
        "Seeds, pumpkin and squash seed kernels, roasted, with salt added"
    );
    assert!(matches!(&food(0).measure, FoodMeasure::Portions(p) if p.seq == 1 && p.grams == 118.0));
    assert!((food(0).food.magnesium_mg() - 649.0).abs() < 1e-9);
    // 118 g of banana, typed in grams, logged with "1 medium".
    assert_eq!(food(1).food.description, "Bananas, raw");
    assert!(matches!(&food(1).measure, FoodMeasure::Grams { portion: Some(p) } if p.seq == 5));
    assert_eq!(s.days[0][1].amount_text, "118");
    // 90 g of boiled spinach in grams.
    assert_eq!(food(2).food.description, "Spinach, cooked, boiled, drained, without salt");
    assert!(matches!(&food(2).measure, FoodMeasure::Grams { portion: None }));
    let nonfood = |d: usize, i: usize| match &s.days[d][i].item {
        LoggedItem::NonFood(n) => n.clone(),
        other => panic!("day {d} entry {i} is not a supplement: {other:?}"),
    };
    assert_eq!(nonfood(0, 3).name, "Magnesium 400");
    assert_eq!(nonfood(0, 3).magnesium_mg(), 400.0);
    let antacid = nonfood(0, 4);
    assert_eq!(antacid.kind, NonFoodKind::Medicine);
    let NonFoodAmount::Compound { form, compound_mg } = antacid.amount() else { panic!() };
    assert_eq!((form.name, *compound_mg), ("magnesium oxide", 500.0));
    let citrate = nonfood(1, 0);
    let NonFoodAmount::Compound { form, .. } = citrate.amount() else { panic!() };
    assert_eq!(form.name, "magnesium citrate (magnesium hydrogen citrate 1:1)");
    assert_eq!(s.mode, Mode::Log, "a version 1 link opens the log");
    assert_eq!(
        inputs(&encode(&s.to_shared())),
        inputs(ALL_ENTRY_KINDS),
        "restored inputs share the same inputs"
    );
}

#[test]
fn the_person_links_decode_to_the_same_people() {
    let baby = inputs(BABY_FAO_WHO);
    assert_eq!(baby.age_milli, Some((8_000, AgeGiven::Months)));
    assert_eq!(
        (baby.sex, baby.feeding, baby.standard),
        (Sex::Male, Some(InfantFeeding::FormulaFed), Standard::FaoWho2004)
    );
    let mother = inputs(BREASTFEEDING_DACH);
    assert_eq!(mother.age_milli, Some((30_500, AgeGiven::Years)));
    assert_eq!((mother.condition, mother.standard), (Condition::Breastfeeding, Standard::Dach2021));
    let uk = inputs(NO_AGE_UK);
    assert_eq!((uk.age_milli, uk.sex, uk.standard), (None, Sex::Male, Standard::UkComa1991));
    let nnr = inputs(SIXTY_NNR);
    assert_eq!((nnr.age_milli, nnr.standard), (Some((60_000, AgeGiven::Years)), Standard::Nnr2023));
    let breast_fed = inputs(BREAST_FED_IOM);
    assert_eq!(
        (breast_fed.feeding, breast_fed.standard),
        (Some(InfantFeeding::BreastFed), Standard::Iom1997)
    );
    for link in [BABY_FAO_WHO, BREASTFEEDING_DACH, NO_AGE_UK, SIXTY_NNR, BREAST_FED_IOM] {
        assert_eq!(inputs(&encode(&inputs(link))), inputs(link));
    }
}

#[test]
fn salt_forms_restore_by_their_wire_id() {
    let s = restore(BREASTFEEDING_DACH);
    let names: Vec<String> = s
        .days
        .iter()
        .flatten()
        .map(|e| match &e.item {
            LoggedItem::NonFood(n) => match n.amount() {
                NonFoodAmount::Compound { form, .. } => form.name.to_string(),
                NonFoodAmount::Elemental { .. } => "label".into(),
            },
            LoggedItem::Food(_) => "food".into(),
        })
        .collect();
    assert_eq!(
        names,
        ["label", "magnesium orotate dihydrate", "magnesium glycinate / bisglycinate (unbuffered)"]
    );
    assert_eq!(s.days[1][0].amount_text, "250.5");
}

#[test]
fn version_2_links_decode_as_they_always_have_with_no_medicine_ticked() {
    use magnesium_calculator::model::share::SharedWater;
    let estimate = inputs(ESTIMATE_V2);
    assert_eq!(
        estimate,
        SharedInputs {
            age_milli: Some((52_000, AgeGiven::Years)),
            sex: Sex::Female,
            condition: Condition::None,
            feeding: None,
            standard: Standard::Iom1997,
            days: vec![vec![SharedEntry::Compound {
                medicine: false,
                form: 9,
                compound_mg_milli: 1_000_000,
                name: "Citrate".into(),
            }]],
            estimate: true,
            water: Some(SharedWater {
                litres_milli: 1_500,
                mg_per_litre_milli: 20_000,
                bottled: false
            }),
            answers: vec![(1, 3), (2, 2)],
            medicines: Vec::new(),
        }
    );
    let log = inputs(LOG_V2);
    assert_eq!((log.sex, log.standard, log.estimate), (Sex::Male, Standard::Efsa2015, false));
    assert_eq!(
        log.days,
        vec![
            vec![
                SharedEntry::FoodPortion {
                    food: FoodId(12061),
                    seq: 1,
                    amount_milli: 1000,
                    in_grams: false
                },
                SharedEntry::FoodGrams { food: FoodId(11458), grams_milli: 90_000 },
            ],
            vec![SharedEntry::Elemental {
                medicine: false,
                mg_milli: 250_000,
                name: "Mg 250".into()
            }],
        ]
    );
    assert_eq!(
        log.water,
        Some(SharedWater { litres_milli: 1_000, mg_per_litre_milli: 100_000, bottled: true })
    );
    // Today's encoder writes version 3, which reads back the same inputs.
    for link in [ESTIMATE_V2, LOG_V2] {
        let again = encode(&inputs(link));
        assert!(again.starts_with("mc3."), "{again}");
        assert_eq!(inputs(&again), inputs(link));
    }
}

#[test]
fn a_version_2_estimate_restores_its_answers_water_and_supplement() {
    let s = restore(ESTIMATE_V2);
    assert!(s.notes.is_empty(), "{:?}", s.notes);
    assert_eq!(s.mode, Mode::Estimate);
    assert_eq!(s.answers.pairs(), vec![(1, 3), (2, 2)]);
    assert_eq!((s.water.litres_text.as_str(), s.water.mg_per_litre_text.as_str()), ("1.5", "20"));
    assert!(s.medicines.is_empty());
}
