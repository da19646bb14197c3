//! "Where your magnesium comes from": foods or food groups, drinking water
//! and supplements, largest first, in both modes.

use crate::model::contributions::{Contribution, Source};
use crate::model::questionnaire::group;
use crate::ui::components::food_name::FoodName;
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ContributionsProps {
    pub lang: Lang,
    pub lines: Vec<Contribution>,
}

#[function_component(Contributions)]
pub fn contributions(props: &ContributionsProps) -> Html {
    let h4 = use_heading(4);
    let t = props.lang.messages();
    if props.lines.is_empty() {
        return html! {};
    }
    let name = |source: &Source| -> Html {
        let text = |s: &str| html! { s.to_string() };
        match source {
            Source::Food { id, description } => {
                html! { <FoodName lang={props.lang} id={*id} usda={description.clone()} /> }
            }
            Source::Group(id) => text(group(*id).map(|g| g.names[props.lang]).unwrap_or_default()),
            Source::Background => text(t.source_background),
            Source::Water => text(t.source_water),
            Source::Supplements => text(t.source_supplements),
        }
    };
    let line = |line: &Contribution| {
        html! {
            <li>
                <span class="mc-contribution-name">{ name(&line.source) }</span>
                <span class="mc-contribution-mg">{ t.mg(line.mg_per_day) }</span>
                <span class="mc-contribution-share">{ t.share_of_total(line.percent) }</span>
                // An SVG bar: a style attribute would break a strict CSP.
                <svg class="mc-bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="mc-track" width="100" height="4" />
                    <rect class="mc-bar-fill" width={crate::model::number::decimal(line.percent, 1)} height="4" />
                </svg>
            </li>
        }
    };
    // The largest few in view; the small rest folded, so a phone shows the answer's gist.
    let (first, rest) = props.lines.split_at(props.lines.len().min(SHOWN));
    html! {
        <section class="mc-contributions" aria-labelledby="mc-contributions-heading">
            <@{h4} id="mc-contributions-heading">{ t.sources_heading }</@>
            <ol data-testid="contributions">{ for first.iter().map(line) }</ol>
            if !rest.is_empty() {
                <details class="mc-more">
                    <summary>{ t.more_contributions(rest.len()) }</summary>
                    <ol start={(SHOWN + 1).to_string()}>{ for rest.iter().map(line) }</ol>
                </details>
            }
        </section>
    }
}

/// How many sources are listed before the rest is folded.
const SHOWN: usize = 5;
