//! Reading the element's attributes (pure, so it is tested natively).
//!
//! | attribute  | values                                   | default        |
//! |------------|------------------------------------------|----------------|
//! | `standard` | a code from `Standard::ALL`, any case    | `IOM-1997`     |
//! | `lang`     | `en`, `es`, `de`, `fr` (or `de-AT` etc.) | page, browser  |
//! | `theme`    | `light`, `dark`, `auto`                  | `auto`         |
//! | `compact`  | present or absent                        | absent         |
//! | `age`      | `34`, `34 years`, `8 months`             | empty          |
//! | `sex`      | `female`, `male`                         | `female`       |
//! | `mode`     | `estimate` (quick estimate), `log`       | `estimate`     |
//!
//! `theme` and `compact` are applied by the stylesheet (`:host([theme=dark])`);
//! they are read here only to warn about a value that does nothing.

use crate::model::age::MAX_AGE_YEARS;
use crate::model::number::parse_number;
use crate::model::{Sex, Standard};
use crate::ui::i18n::Lang;
use crate::ui::state::{AgePreset, AgeUnit, Mode};
use crate::ui::AppProps;

/// Attributes any HTML element may carry: never warned about.
fn is_global(name: &str) -> bool {
    matches!(
        name,
        "id" | "class"
            | "style"
            | "title"
            | "hidden"
            | "dir"
            | "tabindex"
            | "slot"
            | "part"
            | "role"
            | "translate"
            | "inert"
    ) || name.starts_with("data-")
        || name.starts_with("aria-")
}

/// Props from the element's attributes (name, value). Unknown attributes and
/// misspelt values are reported in the warnings and otherwise ignored: they
/// never break the widget.
pub fn props_from_attributes(attributes: &[(String, String)]) -> (AppProps, Vec<String>) {
    let mut props = AppProps::default();
    let mut warnings = Vec::new();
    let mut warn = |message: String| warnings.push(format!("magnesium-calculator: {message}"));
    for (name, value) in attributes {
        let name = name.to_ascii_lowercase();
        let value = value.trim();
        match name.as_str() {
            "standard" if value.is_empty() => {}
            "standard" => match Standard::from_code(value) {
                Some(standard) => props.standard = standard,
                None => warn(format!(
                    "unknown standard \"{value}\"; using {}. Known: {}",
                    Standard::default().code(),
                    Standard::ALL.map(Standard::code).join(", ")
                )),
            },
            "lang" if value.is_empty() => {}
            "lang" => match Lang::from_tag(value) {
                Some(lang) => props.lang = Some(lang),
                None => warn(format!("no interface in language \"{value}\"; using the page's or the browser's (en, es, de and fr exist)")),
            },
            "theme" => {
                if !matches!(value.to_ascii_lowercase().as_str(), "" | "light" | "dark" | "auto") {
                    warn(format!("unknown theme \"{value}\"; use light, dark or auto (the default)"));
                }
            }
            "compact" => {}
            // Read by the loader (magnesium-calculator.js) before the wasm exists.
            "loading" => {
                if !matches!(value.to_ascii_lowercase().as_str(), "" | "lazy" | "eager") {
                    warn(format!("loading \"{value}\" is not known; use lazy (the default) or eager"));
                }
            }
            "age" if value.is_empty() => {}
            "age" => match age_preset(value) {
                Some(age) => props.age = Some(age),
                None => warn(format!("age \"{value}\" is not an age; write it like 34, 34 years or 8 months")),
            },
            "sex" if value.is_empty() => {}
            "sex" => match value.to_ascii_lowercase().as_str() {
                "female" => props.sex = Some(Sex::Female),
                "male" => props.sex = Some(Sex::Male),
                _ => warn(format!("sex \"{value}\" is not known; use female or male")),
            },
            "mode" if value.is_empty() => {}
            "mode" => match value.to_ascii_lowercase().as_str() {
                "estimate" => props.mode = Some(Mode::Estimate),
                "log" => props.mode = Some(Mode::Log),
                _ => warn(format!("mode \"{value}\" is not known; use estimate (the default) or log")),
            },
            name if is_global(name) => {}
            name => warn(format!("unknown attribute \"{name}\" is ignored; known: standard, lang, theme, compact, age, sex, mode, loading")),
        }
    }
    (props, warnings)
}

/// "34", "34 years", "1.5 y", "8 months", "8 mo": a non-negative number and an optional unit.
fn age_preset(value: &str) -> Option<AgePreset> {
    let split = value.find(|c: char| c.is_alphabetic()).unwrap_or(value.len());
    let (number, unit) = (value[..split].trim(), value[split..].trim().to_ascii_lowercase());
    let unit = match unit.as_str() {
        "" | "y" | "year" | "years" => AgeUnit::Years,
        "m" | "mo" | "month" | "months" => AgeUnit::Months,
        _ => return None,
    };
    let n = parse_number(number).ok()?;
    // The same limit the age field has (a preset the field would refuse is refused here).
    let max = f64::from(MAX_AGE_YEARS) * if unit == AgeUnit::Months { 12.0 } else { 1.0 };
    (n.is_finite() && n >= 0.0 && n <= max).then(|| AgePreset { text: number.to_string(), unit })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> (AppProps, Vec<String>) {
        let owned: Vec<(String, String)> =
            pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
        props_from_attributes(&owned)
    }

    #[test]
    fn standard_attribute_is_read_or_defaulted_with_a_warning() {
        assert_eq!(read(&[("standard", "efsa")]).0.standard, Standard::Efsa2015);
        assert_eq!(read(&[("standard", " FAO-WHO-2004 ")]).0.standard, Standard::FaoWho2004);
        let (props, warnings) = read(&[("standard", "nonsense")]);
        assert_eq!(props.standard, Standard::Iom1997);
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].contains("EFSA-2015"),
            "the warning lists the known codes: {}",
            warnings[0]
        );
        assert!(read(&[]).1.is_empty());
    }

    #[test]
    fn the_way_in_is_read_and_a_wrong_one_warns() {
        assert_eq!(read(&[("mode", "log")]).0.mode, Some(Mode::Log));
        assert_eq!(read(&[("mode", "Estimate")]).0.mode, Some(Mode::Estimate));
        assert_eq!(read(&[]).0.mode, None);
        let (props, warnings) = read(&[("mode", "diary")]);
        assert_eq!((props.mode, warnings.len()), (None, 1));
    }

    #[test]
    fn presets_are_read_in_the_forms_a_writer_would_type() {
        let (props, warnings) = read(&[
            ("age", "34"),
            ("sex", "Male"),
            ("lang", "de"),
            ("compact", ""),
            ("theme", "dark"),
            ("loading", "Eager"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(read(&[("loading", "lazy")]).1.is_empty());
        assert_eq!(props.age, Some(AgePreset { text: "34".into(), unit: AgeUnit::Years }));
        assert_eq!(props.sex, Some(Sex::Male));
        assert_eq!(props.lang, Some(Lang::De));
        assert_eq!(
            read(&[("age", "8 months")]).0.age,
            Some(AgePreset { text: "8".into(), unit: AgeUnit::Months })
        );
        assert_eq!(
            read(&[("age", "1,5 y")]).0.age,
            Some(AgePreset { text: "1,5".into(), unit: AgeUnit::Years })
        );
    }

    #[test]
    fn bad_values_and_unknown_attributes_warn_and_change_nothing() {
        for (name, value) in [
            ("age", "old"),
            ("age", "-3"),
            ("age", "1e9"),
            ("age", "126"),
            ("age", "34 weeks"),
            ("sex", "x"),
            ("theme", "pink"),
            ("loading", "soon"),
            ("lang", "it"),
            ("colour", "red"),
        ] {
            let (props, warnings) = read(&[(name, value)]);
            assert_eq!(props, AppProps::default(), "{name}={value}");
            assert_eq!(warnings.len(), 1, "{name}={value}: {warnings:?}");
        }
        let (_, warnings) = read(&[
            ("id", "a"),
            ("class", "b"),
            ("data-x", "c"),
            ("aria-label", "d"),
            ("style", "e"),
        ]);
        assert!(warnings.is_empty(), "global attributes are fine: {warnings:?}");
    }
}
