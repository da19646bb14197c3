//! `cargo xtask codegen`: the tables the widget carries, from data/ to Rust
//! in `src/model/generated/`, committed so that a reviewer sees every
//! changed figure and grep finds it.
//!
//! Each table is read and checked by the model's own reader (a bad row stops
//! the generator with its line). Where a table names SR28 foods (quick
//! picks, the questionnaire's foods, the estimate's background), the foods
//! and portions are found through the model's `FoodTable`, the reader of the
//! food table the widget downloads. `tests/generated.rs` (in the widget's
//! crate) runs `stale` so that `cargo test` fails when data/ changed and the
//! tables were not written again.

use crate::rust::{float, option, sex, slice, standard, text, translated};
use magnesium_calculator::model::csv::{self, keep};
use magnesium_calculator::model::daily_value;
use magnesium_calculator::model::describe::{self, Unit, UnitKind};
use magnesium_calculator::model::food_names::{self, NamedFood};
use magnesium_calculator::model::food_table::{Food, FoodId, FoodTable, Portion};
use magnesium_calculator::model::lang::Lang;
use magnesium_calculator::model::medicine_notes::{self, NoteKind, ParsedNote};
use magnesium_calculator::model::questionnaire::{self, Spread};
use magnesium_calculator::model::quick_picks::QuickPick;
use magnesium_calculator::model::reference::{
    Condition, InfantFeeding, ReferenceTable, RowCondition, SexRule, ValueKind,
};
use magnesium_calculator::model::supplement;
use magnesium_calculator::model::synonyms;
use magnesium_calculator::model::usual_intake::{self, EstimateModel};
use magnesium_calculator::model::water;
use std::path::{Path, PathBuf};

/// Where the tables go, from the project's root.
pub const GENERATED_DIR: &str = "src/model/generated";

/// The command that writes them, as every message names it.
pub const COMMAND: &str = "cargo xtask codegen";

/// One file to write: its name in `GENERATED_DIR` and its text.
pub struct Generated {
    pub name: &'static str,
    pub text: String,
}

/// The project's root (the folder above xtask/).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask/ has a parent").to_path_buf()
}

/// Every generated file, from the data files under `root`.
pub fn generate(root: &Path) -> Result<Vec<Generated>, String> {
    let read =
        |name: &str| std::fs::read_to_string(root.join(name)).map_err(|e| format!("{name}: {e}"));
    let reference = |name: &str| read(&format!("data/reference/{name}"));
    let checked = |what: &str, e: String| format!("{what}: {e}");
    let foods =
        FoodTable::from_csv(&read("data/usda/foods.csv")?, &read("data/usda/portions.csv")?)?;

    let table = ReferenceTable::parse(
        &reference("magnesium_reference_values.csv")?,
        &reference("condition_rules.csv")?,
    )
    .map_err(|e| checked("magnesium_reference_values.csv", e))?;
    let daily_value = daily_value::parse(&reference("daily_value.csv")?)
        .map_err(|e| checked("daily_value.csv", e))?;
    let scopes = water::parse_scopes(&reference("upper_level_scope.csv")?)
        .map_err(|e| checked("upper_level_scope.csv", e))?;
    let bottled = water::parse_bottled(&reference("bottled_waters.csv")?)
        .map_err(|e| checked("bottled_waters.csv", e))?;
    let synonyms = synonyms::parse(&reference("search_synonyms.csv")?)
        .map_err(|e| checked("search_synonyms.csv", e))?;
    let forms = supplement::parse_forms_with_names(
        &reference("supplement_forms.csv")?,
        &reference("supplement_form_names.csv")?,
    )
    .map_err(|e| checked("supplement_forms.csv", e))?;
    let picks = quick_picks(&reference("quick_picks.csv")?, &foods)?;
    let group_foods =
        servings("questionnaire_foods.csv", &reference("questionnaire_foods.csv")?, &foods)?;
    let groups = questionnaire::parse_groups(&reference("questionnaire_groups.csv")?, &group_foods)
        .map_err(|e| checked("questionnaire_groups.csv", e))?;
    let frequencies =
        questionnaire::parse_frequencies(&reference("questionnaire_frequencies.csv")?)
            .map_err(|e| checked("questionnaire_frequencies.csv", e))?;
    let background_text = reference("questionnaire_background.csv")?;
    let background_mg: Vec<f64> =
        servings("questionnaire_background.csv", &background_text, &foods)?
            .into_iter()
            .map(|(_, mg)| mg)
            .collect();
    let background = usual_intake::parse_background(&background_text, &background_mg)
        .map_err(|e| checked("questionnaire_background.csv", e))?;
    let model = EstimateModel::parse(&reference("estimate_model.csv")?)
        .map_err(|e| checked("estimate_model.csv", e))?;
    let units = describe::parse_units(&reference("describe_units.csv")?)
        .map_err(|e| checked("describe_units.csv", e))?;
    let names = food_names::parse(&reference("food_names.csv")?)
        .map_err(|e| checked("food_names.csv", e))?;
    check_usda_descriptions(&names, &foods).map_err(|e| checked("food_names.csv", e))?;
    let notes = medicine_notes::parse(&reference("medicine_notes.csv")?)
        .map_err(|e| checked("medicine_notes.csv", e))?;
    let percentiles = usual_intake::parse_percentiles(&reference("usual_intake_percentiles.csv")?)
        .map_err(|e| checked("usual_intake_percentiles.csv", e))?;

    let mut files = vec![
        file(
            "reference_table.rs",
            "magnesium_reference_values.csv and condition_rules.csv",
            "use crate::model::reference::*;",
            format!("pub static REFERENCE_TABLE: ReferenceTable = {};", reference_table(&table)),
        ),
        file(
            "daily_value.rs",
            "daily_value.csv",
            "",
            format!("pub const DAILY_VALUE_MG: f64 = {};", float(daily_value)),
        ),
        file(
            "water.rs",
            "upper_level_scope.csv and bottled_waters.csv",
            "use crate::model::reference::Standard;\nuse crate::model::water::{BottledWater, UpperLevelScope};",
            format!(
                "pub static SCOPES: &[UpperLevelScope] = {};\n\npub static BOTTLED: &[BottledWater] = {};",
                slice(&scopes, |s| format!(
                    "UpperLevelScope {{ standard: {}, water_counts: {}, basis: {}, source: {} }}",
                    standard(s.standard),
                    s.water_counts,
                    text(s.basis),
                    text(s.source)
                )),
                slice(&bottled, |w| format!(
                    "BottledWater {{ name: {}, mg_per_litre: {}, source: {} }}",
                    text(w.name),
                    float(w.mg_per_litre),
                    text(w.source)
                )),
            ),
        ),
        file(
            "quick_picks.rs",
            "quick_picks.csv, joined with data/usda",
            "use crate::model::food_table::FoodId;\nuse crate::model::quick_picks::QuickPick;",
            format!("pub static PICKS: &[QuickPick] = {};", slice(&picks, quick_pick)),
        ),
        file(
            "search_synonyms.rs",
            "search_synonyms.csv",
            "use crate::model::synonyms::Synonym;",
            format!(
                "pub static SYNONYMS: &[Synonym] = {};",
                slice(&synonyms, |s| format!(
                    "Synonym {{ lang: {}, words: &[{}], english: {} }}",
                    text(s.lang),
                    s.words.iter().map(|w| text(w)).collect::<Vec<_>>().join(", "),
                    text(s.english)
                ))
            ),
        ),
        file(
            "supplement_forms.rs",
            "supplement_forms.csv and supplement_form_names.csv",
            "use crate::model::lang::Translated;\nuse crate::model::supplement::SupplementForm;",
            format!(
                "pub static FORMS: &[SupplementForm] = {};",
                slice(&forms, |f| format!(
                    "SupplementForm {{ wire_id: {}, name: {}, formula: {}, elemental_percent: {}, notes: {}, source: {}, names: {}, notes_by_language: {} }}",
                    f.wire_id,
                    text(f.name),
                    text(f.formula),
                    float(f.elemental_percent),
                    text(f.notes),
                    text(f.source),
                    translated(&f.names),
                    translated(&f.notes_by_language)
                ))
            ),
        ),
        file(
            "questionnaire.rs",
            "questionnaire_groups.csv, questionnaire_foods.csv (joined with data/usda) and questionnaire_frequencies.csv",
            "use crate::model::lang::Translated;\nuse crate::model::questionnaire::{FoodGroup, Frequency, Spread};",
            format!(
                "pub static GROUPS: &[FoodGroup] = {};\n\npub static FREQUENCIES: &[Frequency] = {};",
                slice(&groups, |g| format!(
                    "FoodGroup {{ wire_id: {}, key: {}, names: {}, servings: {}, mg_per_serving: {}, mg_per_food: &[{}], food_count: {}, suggest: {} }}",
                    g.wire_id,
                    text(g.key),
                    translated(&g.names),
                    translated(&g.servings),
                    spread(g.mg_per_serving),
                    g.mg_per_food.iter().map(|&mg| float(mg)).collect::<Vec<_>>().join(", "),
                    g.food_count,
                    g.suggest
                )),
                slice(&frequencies, |f| format!(
                    "Frequency {{ wire_id: {}, key: {}, servings_per_week: {}, labels: {}, short_labels: {} }}",
                    f.wire_id,
                    text(f.key),
                    spread(f.servings_per_week),
                    translated(&f.labels),
                    translated(&f.short_labels)
                )),
            ),
        ),
        file(
            "estimate.rs",
            "estimate_model.csv, questionnaire_background.csv (joined with data/usda) and usual_intake_percentiles.csv",
            "use crate::model::reference::Sex;\nuse crate::model::usual_intake::{BackgroundFood, EstimateModel, IntakePercentiles};",
            format!(
                "pub static MODEL: EstimateModel = EstimateModel {{ reporting_error_log_sd: {}, requirement_cv: {}, interval_low_percentile: {}, interval_high_percentile: {}, firm_below: {}, firm_above: {} }};\n\npub static BACKGROUND: &[BackgroundFood] = {};\n\npub static PERCENTILES: &[IntakePercentiles] = {};",
                float(model.reporting_error_log_sd),
                float(model.requirement_cv),
                float(model.interval_low_percentile),
                float(model.interval_high_percentile),
                float(model.firm_below),
                float(model.firm_above),
                slice(&background, |b| format!(
                    "BackgroundFood {{ item: {}, mg_per_serving: {}, servings_per_day_low: {}, servings_per_day_high: {} }}",
                    text(b.item),
                    float(b.mg_per_serving),
                    float(b.servings_per_day_low),
                    float(b.servings_per_day_high)
                )),
                slice(&percentiles, |p| format!(
                    "IntakePercentiles {{ survey: {}, sex: {}, age_from_years: {}, p5_mg: {}, p50_mg: {}, p95_mg: {} }}",
                    text(p.survey),
                    sex(p.sex),
                    p.age_from_years,
                    float(p.p5_mg),
                    float(p.p50_mg),
                    float(p.p95_mg)
                )),
            ),
        ),
    ];
    files.push(file(
        "describe_units.rs",
        "describe_units.csv",
        "use crate::model::describe::{Unit, UnitKind};\nuse crate::model::lang::Translated;",
        format!("pub static UNITS: &[Unit] = {};", slice(&units, unit)),
    ));
    files.push(file("food_names.rs", "food_names.csv", "", food_name_tables(&names)));
    files.push(file(
        "medicine_notes.rs",
        "medicine_notes.csv",
        "use crate::model::medicine_notes::{MedicineNote, NoteKind};",
        medicine_note_tables(&notes),
    ));
    let mut all = vec![Generated { name: "mod.rs", text: module_list(&files) }];
    all.extend(files);
    Ok(all)
}

/// A generated file: what it comes from, the command that writes it, its
/// imports and its items.
fn file(name: &'static str, sources: &str, imports: &str, items: String) -> Generated {
    let mut text = format!(
        "// Written by `{COMMAND}` from data/reference/{sources}.\n\
         // Do not edit: change the data and run `{COMMAND}` again.\n\n"
    );
    if !imports.is_empty() {
        text.push_str(imports);
        text.push_str("\n\n");
    }
    text.push_str(&items);
    text.push('\n');
    Generated { name, text }
}

/// `generated/mod.rs`: the modules, kept out of rustfmt (they are written
/// one row per line, as the generator writes them).
fn module_list(files: &[Generated]) -> String {
    let mut out = format!(
        "//! The tables the widget carries, written from data/ by `{COMMAND}`\n\
         //! (xtask/src/codegen.rs). Do not edit: change the data and run it again;\n\
         //! `cargo test` fails while these are older than the data (tests/generated.rs).\n\n"
    );
    for f in files {
        out.push_str(&format!("#[rustfmt::skip]\npub mod {};\n", f.name.trim_end_matches(".rs")));
    }
    out
}

/// The generated files that differ from what `root/src/model/generated` holds.
pub fn stale(root: &Path) -> Result<Vec<String>, String> {
    let dir = root.join(GENERATED_DIR);
    Ok(generate(root)?.iter().filter(|g| differs(&dir, g)).map(shown).collect())
}

/// Writes the files that changed; returns their names.
pub fn write(root: &Path) -> Result<Vec<String>, String> {
    let dir = root.join(GENERATED_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for g in generate(root)?.iter().filter(|g| differs(&dir, g)) {
        let path = dir.join(g.name);
        std::fs::write(&path, &g.text).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(shown(g));
    }
    Ok(written)
}

fn differs(dir: &Path, g: &Generated) -> bool {
    std::fs::read_to_string(dir.join(g.name)).ok().as_deref() != Some(g.text.as_str())
}

/// A generated file's path from the project's root, as messages name it.
fn shown(g: &Generated) -> String {
    format!("{GENERATED_DIR}/{}", g.name)
}

/// The magnesium in one listed serving of each row's SR28 food: each row of
/// `text` names the food (`ndb_id`, checked against `description_check`),
/// its SR28 portion (`portion_seq`) and how many of it (`portion_count`).
/// Returns the first column's value and the mg, row by row.
fn servings(file: &str, text: &str, foods: &FoodTable) -> Result<Vec<(String, f64)>, String> {
    let t = csv::parse(text).map_err(|e| format!("{file}: {e}"))?;
    let col = |name: &str| t.column(name).map_err(|e| format!("{file}: {e}"));
    let (c_id, c_seq, c_count, c_check) =
        (col("ndb_id")?, col("portion_seq")?, col("portion_count")?, col("description_check")?);
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let at = |e: String| format!("{file} line {}: {e}", i + 2);
        let (food, portion, count) =
            portion(foods, &row[c_id], &row[c_seq], &row[c_count]).map_err(at)?;
        if food.description != row[c_check] {
            return Err(at(format!("food {} is another food than described", row[c_id])));
        }
        out.push((row[0].clone(), food.magnesium_mg(portion.grams * count)));
    }
    Ok(out)
}

/// The SR28 food `id`.
fn find_food<'a>(foods: &'a FoodTable, id: &str) -> Result<&'a Food, String> {
    id.parse()
        .ok()
        .and_then(|id| foods.food(FoodId(id)))
        .ok_or_else(|| format!("food {id} is not in data/usda/foods.csv"))
}

/// Every named food is in SR28 under the description the file gives for it
/// (a typo in an id would otherwise name the wrong food).
fn check_usda_descriptions(names: &[NamedFood], foods: &FoodTable) -> Result<(), String> {
    for n in names {
        let food = find_food(foods, &n.id.to_string())?;
        if food.description != n.usda_description {
            return Err(format!(
                "{} is {:?} in SR28, not {:?}",
                n.id, food.description, n.usda_description
            ));
        }
    }
    Ok(())
}

/// One sorted table per language. Only English is compiled into the wasm:
/// the others travel in the language files (`ui::i18n::language_file`).
fn food_name_tables(names: &[NamedFood]) -> String {
    let tables: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let cfg = if lang == Lang::En { "" } else { "#[cfg(not(target_arch = \"wasm32\"))]\n" };
            format!(
                "{cfg}pub static {}: &[(u32, &str)] = {};",
                lang.code().to_uppercase(),
                slice(&food_names::in_language(names, lang), |(id, name)| format!(
                    "({id}, {})",
                    text(name)
                ))
            )
        })
        .collect();
    tables.join("\n\n")
}

/// The items, and one table of (label, note) per language in the items'
/// order; as with the food names, only English is compiled into the wasm.
fn medicine_note_tables(notes: &[ParsedNote]) -> String {
    let mut out = format!(
        "pub const COUNT: usize = {};\n\npub static NOTES: &[MedicineNote] = {};",
        notes.len(),
        slice(notes, |p| {
            let n = &p.note;
            let kind = match n.kind {
                NoteKind::Medicine => "Medicine",
                NoteKind::Condition => "Condition",
            };
            format!(
                "MedicineNote {{ wire_id: {}, id: {}, kind: NoteKind::{kind}, source: {}, url: {} }}",
                n.wire_id,
                text(n.id),
                text(n.source),
                text(n.url)
            )
        })
    );
    for lang in Lang::ALL {
        let cfg = if lang == Lang::En { "" } else { "#[cfg(not(target_arch = \"wasm32\"))]\n" };
        out.push_str(&format!(
            "\n\n{cfg}pub static {}: &[(&str, &str)] = {};",
            lang.code().to_uppercase(),
            slice(&medicine_notes::in_language(notes, lang), |(label, note)| format!(
                "({}, {})",
                text(label),
                text(note)
            ))
        ));
    }
    out
}

/// The food `id`, its SR28 portion `seq` and how many of it (`count`):
/// the one join of the data files with SR28.
fn portion<'a>(
    foods: &'a FoodTable,
    id: &str,
    seq: &str,
    count: &str,
) -> Result<(&'a Food, &'a Portion, f64), String> {
    let food = find_food(foods, id)?;
    let portion = seq
        .parse()
        .ok()
        .and_then(|seq| food.portion(seq))
        .ok_or_else(|| format!("food {id} has no portion {seq}"))?;
    Ok((food, portion, csv::number(count, "portion_count")?))
}

/// The NIH list's foods joined with their SR28 food and portion (or a
/// weight in grams where SR28 has no portion that fits).
fn quick_picks(text: &str, foods: &FoodTable) -> Result<Vec<QuickPick>, String> {
    let file = "quick_picks.csv";
    let t = csv::parse(text).map_err(|e| format!("{file}: {e}"))?;
    let col = |name: &str| t.column(name).map_err(|e| format!("{file}: {e}"));
    let mut picks = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let at = |e: String| format!("{file} line {}: {e}", i + 2);
        let (id, seq) = (&row[col("ndb_id")?], &row[col("portion_seq")?]);
        // A weight in grams where SR28 has no portion that fits.
        let (food, portion_seq, amount, unit, grams, count) = if seq.is_empty() {
            let food = find_food(foods, id).map_err(at)?;
            let grams = csv::number(&row[col("grams")?], "grams").map_err(at)?;
            if grams <= 0.0 {
                return Err(at("give portion_seq or grams".into()));
            }
            (food, None, "", "g", grams, 1.0)
        } else {
            let count = &row[col("portion_count")?];
            let (food, p, count) = portion(foods, id, seq, count).map_err(at)?;
            (food, Some(p.seq), p.amount.as_str(), p.unit.as_str(), p.grams, count)
        };
        picks.push(QuickPick {
            food_id: food.id,
            description: keep(&food.description),
            name: keep(&row[col("ods_food")?]),
            mg_per_100g: food.mg_per_100g,
            in_survey: food.in_survey,
            portion_seq,
            portion_amount: keep(amount),
            portion_unit: keep(unit),
            portion_grams: grams,
            portion_count: count,
            ods_serving: keep(&row[col("ods_serving")?]),
            ods_mg: keep(&row[col("ods_mg")?]),
            note: keep(&row[col("note")?]),
        });
    }
    Ok(picks)
}

fn quick_pick(p: &QuickPick) -> String {
    format!(
        "QuickPick {{ food_id: FoodId({}), description: {}, name: {}, mg_per_100g: {}, \
         in_survey: {}, portion_seq: {:?}, portion_amount: {}, portion_unit: {}, \
         portion_grams: {}, portion_count: {}, ods_serving: {}, ods_mg: {}, note: {} }}",
        p.food_id.0,
        text(p.description),
        text(p.name),
        p.mg_per_100g,
        p.in_survey,
        p.portion_seq,
        text(p.portion_amount),
        text(p.portion_unit),
        float(p.portion_grams),
        float(p.portion_count),
        text(p.ods_serving),
        text(p.ods_mg),
        text(p.note)
    )
}

fn unit(u: &Unit) -> String {
    let kind = match u.kind {
        UnitKind::Mass(g) => format!("UnitKind::Mass({})", float(g)),
        UnitKind::Volume(ml) => format!("UnitKind::Volume({})", float(ml)),
        UnitKind::Portion => "UnitKind::Portion".to_string(),
    };
    let words: Vec<String> = u
        .words
        .iter()
        .map(|(_, list)| {
            format!("&[{}]", list.iter().map(|w| text(w)).collect::<Vec<_>>().join(", "))
        })
        .collect();
    format!(
        "Unit {{ key: {}, kind: {kind}, words: Translated([{}]), portion_word: {}, source: {} }}",
        text(u.key),
        words.join(", "),
        text(u.portion_word),
        text(u.source)
    )
}

fn spread(s: Spread) -> String {
    format!(
        "Spread {{ low: {}, typical: {}, high: {} }}",
        float(s.low),
        float(s.typical),
        float(s.high)
    )
}

fn reference_table(table: &ReferenceTable) -> String {
    let months = |m: Option<u32>| option(m, |m| m.to_string());
    let rows = slice(table.rows, |r| {
        let sex = match r.sex {
            SexRule::Any => "SexRule::Any".to_string(),
            SexRule::Only(s) => format!("SexRule::Only({})", sex(s)),
        };
        let condition = match r.condition {
            RowCondition::None => "RowCondition::None".to_string(),
            RowCondition::Pregnant => "RowCondition::Pregnant".to_string(),
            RowCondition::Breastfeeding => "RowCondition::Breastfeeding".to_string(),
            RowCondition::Fed(f) => format!("RowCondition::Fed({})", feeding(f)),
        };
        let kind = match r.kind {
            ValueKind::Rda { ear_mg } => format!("ValueKind::Rda {{ ear_mg: {} }}", float(ear_mg)),
            ValueKind::Ai => "ValueKind::Ai".to_string(),
            ValueKind::Rni => "ValueKind::Rni".to_string(),
        };
        let upper_level = option(r.upper_level, |ul| {
            format!(
                "UpperLevel {{ mg: {}, from_months: {} }}",
                float(ul.mg),
                months(ul.from_months)
            )
        });
        format!(
            "ReferenceRow {{ standard: {}, life_stage: {}, sex: {sex}, age_from: {}, age_to: {}, \
             from_months: {}, until_months: {}, condition: {condition}, kind: {kind}, \
             reference_mg: {}, upper_level: {upper_level}, confidence: {}, source: {} }}",
            standard(r.standard),
            text(r.life_stage),
            text(r.age_from),
            text(r.age_to),
            months(r.from_months),
            months(r.until_months),
            float(r.reference_mg),
            text(r.confidence),
            text(r.source),
        )
    });
    let rules = slice(table.condition_rules, |rule| {
        let condition = match rule.condition {
            Condition::None => "Condition::None",
            Condition::Pregnant => "Condition::Pregnant",
            Condition::Breastfeeding => "Condition::Breastfeeding",
        };
        format!(
            "ConditionRule {{ standard: {}, condition: {condition}, source: {} }}",
            standard(rule.standard),
            text(rule.source)
        )
    });
    format!(
        "ReferenceTable {{\n    rows: {},\n    condition_rules: {},\n}}",
        indent(&rows),
        indent(&rules)
    )
}

fn feeding(f: InfantFeeding) -> String {
    format!("InfantFeeding::{f:?}")
}

/// A slice nested one level deeper.
fn indent(s: &str) -> String {
    s.replace("\n", "\n    ")
}
