//! Reading the element's attributes (pure, so it is tested natively).

use crate::model::Standard;
use crate::ui::AppProps;

/// Props from the element's attributes. Unknown or misspelt values fall back
/// to the default and say so, rather than breaking the widget.
pub fn props_from_attributes(standard: Option<&str>) -> (AppProps, Vec<String>) {
    let mut warnings = Vec::new();
    let standard = match standard.map(str::trim).filter(|s| !s.is_empty()) {
        None => Standard::default(),
        Some(code) => Standard::from_code(code).unwrap_or_else(|| {
            warnings.push(format!(
                "magnesium-calculator: unknown standard {code:?}; using {}. Known: {}",
                Standard::default().code(),
                Standard::ALL.map(Standard::code).join(", ")
            ));
            Standard::default()
        }),
    };
    (AppProps { standard, ..AppProps::default() }, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_attribute_is_read_or_defaulted_with_a_warning() {
        assert_eq!(props_from_attributes(Some("efsa")).0.standard, Standard::Efsa2015);
        assert_eq!(props_from_attributes(Some(" FAO-WHO-2004 ")).0.standard, Standard::FaoWho2004);
        let (props, warnings) = props_from_attributes(Some("nonsense"));
        assert_eq!(props.standard, Standard::Iom1997);
        assert_eq!(warnings.len(), 1);
        assert!(props_from_attributes(None).1.is_empty());
    }
}
