// Written by `cargo xtask codegen` from data/reference/daily_value.csv.
// Do not edit: change the data and run `cargo xtask codegen` again.

pub const DAILY_VALUE_MG: f64 = 420.0;
