// Written by `cargo xtask codegen` from data/reference/estimate_model.csv, questionnaire_background.csv (joined with data/usda) and usual_intake_percentiles.csv.
// Do not edit: change the data and run `cargo xtask codegen` again.

use crate::model::reference::Sex;
use crate::model::usual_intake::{BackgroundFood, EstimateModel, IntakePercentiles};

pub static MODEL: EstimateModel = EstimateModel { reporting_error_log_sd: 0.25, requirement_cv: 0.1, interval_low_percentile: 10.0, interval_high_percentile: 90.0, firm_below: 0.2, firm_above: 0.8 };

pub static BACKGROUND: &[BackgroundFood] = &[
    BackgroundFood { item: "juice", mg_per_serving: 27.28, servings_per_day_low: 0.0, servings_per_day_high: 0.5 },
    BackgroundFood { item: "beer", mg_per_serving: 21.36, servings_per_day_low: 0.0, servings_per_day_high: 0.5 },
    BackgroundFood { item: "wine", mg_per_serving: 17.64, servings_per_day_low: 0.0, servings_per_day_high: 0.5 },
    BackgroundFood { item: "soup", mg_per_serving: 9.92, servings_per_day_low: 0.0, servings_per_day_high: 0.5 },
    BackgroundFood { item: "soy_sauce", mg_per_serving: 7.2, servings_per_day_low: 0.0, servings_per_day_high: 0.5 },
    BackgroundFood { item: "ketchup", mg_per_serving: 2.21, servings_per_day_low: 0.0, servings_per_day_high: 2.0 },
    BackgroundFood { item: "jam", mg_per_serving: 0.8, servings_per_day_low: 0.0, servings_per_day_high: 1.0 },
    BackgroundFood { item: "butter", mg_per_serving: 0.28, servings_per_day_low: 0.0, servings_per_day_high: 2.0 },
    BackgroundFood { item: "mayonnaise", mg_per_serving: 0.14, servings_per_day_low: 0.0, servings_per_day_high: 1.0 },
];

pub static PERCENTILES: &[IntakePercentiles] = &[
    IntakePercentiles { survey: "CSFII 1994", sex: Sex::Female, age_from_years: 9, p5_mg: 134.0, p50_mg: 222.0, p95_mg: 342.0 },
    IntakePercentiles { survey: "CSFII 1994", sex: Sex::Male, age_from_years: 9, p5_mg: 177.0, p50_mg: 310.0, p95_mg: 516.0 },
];
