//! What the log's and the estimate's results share: the lines under the
//! result card and the card's tone.

use crate::model::assessment::{EstimateVerdict, UpperLevelCheck, Verdict};
use crate::model::ReferenceValue;
use crate::ui::i18n::Messages;
use yew::prelude::*;

/// Under the result card, in both modes: the warning when non-food magnesium
/// passes the upper level, the reader's reference value (with the note of a
/// pregnancy or lactation rule where one applies), and the upper level as a
/// number with what it covers.
pub fn under_the_card(
    t: &'static Messages,
    r: &ReferenceValue,
    upper_level: Option<UpperLevelCheck>,
) -> Html {
    let (before, reference_mg, after) = t.reference_line(r);
    html! {
        <>
            if let Some(ul) = upper_level.filter(|ul| ul.exceeded) {
                <p class="mc-warning" role="alert" data-testid="upper-level-warning">
                    { t.upper_level_warning(&ul) }
                </p>
            }
            <p class="mc-reference">
                { before }<strong data-testid="reference-mg">{ reference_mg }</strong>{ after }
                if let Some(source) = &r.rule_note {
                    <br /><small>{ t.no_extra_in_pregnancy(source) }</small>
                }
            </p>
            if let Some(ul) = &upper_level {
                <p class="mc-note" data-testid="upper-level">{ t.upper_level_line(ul) }</p>
            }
        </>
    }
}

/// The result card's tone, for its colour: met, short of it, or no conclusion.
pub fn verdict_tone(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::AtOrAboveRda | Verdict::AtOrAboveAi | Verdict::AtOrAboveRni => "mc-tone-met",
        Verdict::BelowEar | Verdict::BetweenEarAndRda | Verdict::BelowRni => "mc-tone-short",
        Verdict::BelowAiNoConclusion | Verdict::NothingRecorded => "mc-tone-open",
    }
}

/// The same for the quick estimate.
pub fn estimate_tone(verdict: EstimateVerdict) -> &'static str {
    match verdict {
        EstimateVerdict::ShortfallUnlikely | EstimateVerdict::ReachesLikely => "mc-tone-met",
        EstimateVerdict::ShortfallLikely | EstimateVerdict::ReachesUnlikely => "mc-tone-short",
        EstimateVerdict::ShortfallOpen
        | EstimateVerdict::ReachesOpen
        | EstimateVerdict::NothingAnswered => "mc-tone-open",
    }
}
