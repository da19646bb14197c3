//! widget.html's opening screen (src/embed/prerender.rs): what the build
//! renders in each language, and how the app takes over what a reader did
//! there (src/ui/state/prerendered.rs). The browser side, in every engine:
//! tests/e2e/all_engines/opening.rs.

use magnesium_calculator::embed::prerender::{opening_file, opening_screen};
use magnesium_calculator::model::questionnaire::{frequencies, groups};
use magnesium_calculator::model::{Sex, Standard};
use magnesium_calculator::ui::i18n::Lang;
use magnesium_calculator::ui::state::prerendered::Prerendered;
use magnesium_calculator::ui::state::{AgeUnit, Mode, State};
use proptest::prelude::*;
use std::rc::Rc;
use yew::Reducible;

/// The value of `name="…"` in one tag's text.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[at..at + tag[at..].find('"')?])
}

/// Every `<input …>` and `<select …>` tag of the screen, as text.
fn controls(html: &str) -> Vec<&str> {
    let mut found = Vec::new();
    for opening in ["<input ", "<select "] {
        let mut rest = html;
        while let Some(at) = rest.find(opening) {
            let end = at + rest[at..].find('>').unwrap();
            found.push(&rest[at..end]);
            rest = &rest[end..];
        }
    }
    found
}

/// The state the app starts in after a reader did `controls` on the screen.
fn taken_over(controls: &[(&str, &str)]) -> State {
    let done = Prerendered {
        page_title: true,
        controls: controls.iter().map(|(id, v)| (id.to_string(), v.to_string())).collect(),
        ..Prerendered::default()
    };
    let start = Rc::new(State::starting(Standard::default(), None, None, None, None));
    Rc::unwrap_or_clone(done.actions().into_iter().fold(start, Reducible::reduce))
}

#[test]
fn each_language_opens_on_the_title_about_you_the_two_ways_in_and_the_first_questions() {
    for lang in Lang::ALL {
        let html = opening_screen(lang);
        let t = lang.messages();
        assert!(html.starts_with(&format!("<section lang=\"{}\"", lang.code())), "{lang:?}");
        assert!(html.contains(&format!("<h1 id=\"mc-title\" class=\"mc-title\">{}</h1>", t.title)));
        assert!(html.contains(&format!("<legend>{}</legend>", t.about_you)));
        for id in
            ["mc-age", "mc-age-unit", "mc-sex", "mc-standard", "mc-mode-estimate", "mc-mode-log"]
        {
            assert!(html.contains(&format!("id=\"{id}\"")), "{lang:?}: no {id}");
        }
        // The first four questions, each with its five answers; not the rest
        // of the questions, nor the forms and results of later stages.
        let questions = html.matches("class=\"mc-question\"").count();
        assert_eq!(questions, 4, "{lang:?}");
        assert_eq!(html.matches("type=\"radio\"").count(), 2 + 4 * frequencies().len());
        assert!(html.contains(groups()[0].names[lang]) && !html.contains(groups()[4].names[lang]));
        assert!(!html.contains("mc-water") && !html.contains("mc-share"), "{lang:?}");
        // Sections' headings sit one level below the page's title.
        assert!(html.contains("<h2 id=\"mc-questionnaire-heading\""), "{lang:?}");
        assert!(!html.contains("<h3") && !html.contains("<h2 id=\"mc-title\""), "{lang:?}");
        // The same every time: the build's output is reproducible.
        assert_eq!(html, opening_screen(lang));
    }
}

#[test]
fn the_loaders_file_holds_a_screen_per_standard_named_as_the_attribute_spells_it() {
    for lang in Lang::ALL {
        let file = opening_file(lang);
        let screens: Vec<&str> = file.split("<template ").skip(1).collect();
        assert_eq!(screens.len(), Standard::ALL.len(), "{lang:?}");
        // The default first: the loader takes it for an unknown standard.
        assert!(screens[0].starts_with(&format!(
            "data-code=\"{}\"",
            Standard::default().code().to_ascii_lowercase()
        )));
        for standard in Standard::ALL {
            let named = format!(
                "data-code=\"{}\" data-short=\"{}\">",
                standard.code().to_ascii_lowercase(),
                standard.short_name()
            );
            let screen = screens.iter().find(|s| s.starts_with(&named)).expect("a screen");
            // In a writer's article the title is an <h2>, and the screen is
            // the app's own with that standard chosen.
            assert!(screen.contains("<h2 id=\"mc-title\""), "{lang:?} {standard:?}");
            assert!(screen.contains(&format!(
                "<option value=\"{}\" selected=\"selected\">",
                standard.code()
            )));
            assert!(screen.contains(lang.messages().standard_note(standard)));
        }
    }
}

#[test]
fn every_control_on_the_opening_screen_is_taken_over() {
    let html = opening_screen(Lang::En);
    let tags = controls(&html);
    assert_eq!(tags.len(), 1 + 3 + 2 + 4 * frequencies().len());
    for tag in tags {
        let id = attribute(tag, "id").expect("every control has an id");
        // A select's options are the values the reader can pick; an input's
        // value is anything typed (or "on" for a radio button).
        let values: Vec<String> = if tag.starts_with("<select") {
            let options = &html[html.find(tag).unwrap()..];
            let options = &options[..options.find("</select>").unwrap()];
            options
                .split("<option value=\"")
                .skip(1)
                .map(|o| o[..o.find('"').unwrap()].into())
                .collect()
        } else {
            vec!["7".into()]
        };
        for value in values {
            let done = Prerendered {
                page_title: true,
                controls: vec![(id.into(), value.clone())],
                ..Prerendered::default()
            };
            assert_eq!(done.actions().len(), 1, "{id} = {value:?} is not taken over");
        }
    }
}

#[test]
fn what_a_reader_did_on_the_opening_screen_is_in_the_apps_first_state() {
    let group = groups()[1].wire_id;
    let frequency = frequencies()[3].wire_id;
    let answer = format!("mc-q-{group}-{frequency}");
    let state = taken_over(&[
        ("mc-age", "8"),
        ("mc-age-unit", "months"),
        ("mc-sex", "male"),
        ("mc-standard", "EFSA-2015"),
        (&answer, "on"),
    ]);
    assert_eq!(state.person.age_text, "8");
    assert_eq!(state.person.age_unit, AgeUnit::Months);
    assert_eq!(state.person.sex, Sex::Male);
    assert_eq!(state.person.standard, Standard::Efsa2015);
    assert_eq!(state.answers.get(group), Some(frequency));
    assert_eq!(state.mode, Mode::Estimate);
    assert_eq!(taken_over(&[("mc-mode-log", "on")]).mode, Mode::Log);
    // Nothing done: the app's own start.
    assert_eq!(taken_over(&[]), State::starting(Standard::default(), None, None, None, None));
}

#[test]
fn controls_this_version_does_not_have_are_left_out() {
    for (id, value) in [
        ("mc-sex", "other"),
        ("mc-standard", "XYZ-2000"),
        ("mc-q-999-0", "on"),
        ("mc-q-0-999", "on"),
        ("mc-q-x-y", "on"),
        ("mc-unknown", "1"),
        ("", ""),
    ] {
        let start = State::starting(Standard::default(), None, None, None, None);
        assert_eq!(taken_over(&[(id, value)]), start, "{id} = {value}");
    }
}

proptest! {
    /// Whatever the page hands over, the app starts (no panic), and an age
    /// typed there is the age the app holds, as typed.
    #[test]
    fn any_controls_are_taken_over_without_a_panic(
        controls in prop::collection::vec(("mc-[a-z0-9-]{0,12}|.{0,8}", ".{0,12}"), 0..8),
        age in "[0-9a-z ,.]{0,6}",
    ) {
        let mut list: Vec<(&str, &str)> =
            controls.iter().map(|(id, value)| (id.as_str(), value.as_str())).collect();
        list.push(("mc-age", &age));
        prop_assert_eq!(taken_over(&list).person.age_text, age);
    }
}
