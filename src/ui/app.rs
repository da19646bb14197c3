//! The widget's root component (the first vertical slice: who you are → your reference value).

use crate::model::number::parse_number;
use crate::model::{reference_for, Age, Person, Sex, Standard, ValueKind};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The reference standard chosen by the page that embeds the widget.
    #[prop_or_default]
    pub standard: Standard,
}

/// The reader's age text as typed, kept even when it is not a valid age.
fn age_from_text(text: &str) -> Result<Age, String> {
    let years = parse_number(text).map_err(|e| e.to_string())?;
    Age::from_years(years).map_err(|e| e.to_string())
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let age_text = use_state(|| "34".to_string());
    let sex = use_state(|| Sex::Female);

    let on_age = {
        let age_text = age_text.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            age_text.set(input.value());
        })
    };
    let on_sex = {
        let sex = sex.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            sex.set(if select.value() == "male" { Sex::Male } else { Sex::Female });
        })
    };

    let (age_error, result) = match age_from_text(&age_text) {
        Err(message) => (Some(message), html! {}),
        Ok(age) => (None, reference_view(&Person::new(age, *sex), props.standard)),
    };

    html! {
        <section class="mc" aria-label="Magnesium calculator">
            <h2 class="mc-title">{ "Your magnesium reference" }</h2>
            <div class="mc-field">
                <label for="mc-age">{ "Age (years)" }</label>
                <input id="mc-age" type="text" inputmode="decimal" value={(*age_text).clone()}
                    oninput={on_age} aria-invalid={age_error.is_some().to_string()}
                    aria-describedby="mc-age-error" />
                <p id="mc-age-error" class="mc-error" role="alert">{ age_error.unwrap_or_default() }</p>
            </div>
            <div class="mc-field">
                <label for="mc-sex">{ "Sex" }</label>
                <select id="mc-sex" onchange={on_sex}>
                    <option value="female" selected={*sex == Sex::Female}>{ "Female" }</option>
                    <option value="male" selected={*sex == Sex::Male}>{ "Male" }</option>
                </select>
            </div>
            <div class="mc-result" aria-live="polite">{ result }</div>
        </section>
    }
}

fn reference_view(person: &Person, standard: Standard) -> Html {
    match reference_for(person, standard) {
        Ok(value) => {
            let (name, ear) = match value.kind {
                ValueKind::Rda { ear_mg } => ("Recommended Dietary Allowance", Some(ear_mg)),
                ValueKind::Ai => ("Adequate Intake", None),
                ValueKind::Rni => ("Recommended Nutrient Intake", None),
            };
            html! {
                <p class="mc-reference">
                    { format!("{name} ({}): ", standard.code()) }
                    <strong data-testid="reference-mg">{ value.reference_mg }</strong>
                    { " mg a day" }
                    { for ear.map(|ear| html! { <span>{ format!(" (average requirement {ear} mg)") }</span> }) }
                    <br />
                    <small class="mc-source">{ format!("Source: {}", value.source) }</small>
                </p>
            }
        }
        Err(why) => html! { <p class="mc-no-reference">{ why.to_string() }</p> },
    }
}
