//! What the results show, derived from the inputs they depend on
//! (`ViewInputs::view`, memoised by the app) and never stored beside them: the
//! assessment of the logged days or the quick estimate, where the magnesium
//! comes from, and what would close the gap or raise the intake.

use crate::model::assessment::{assess, assess_estimate, Assessment, EstimateAssessment};
use crate::model::contributions::{from_estimate, from_log, Contribution};
use crate::model::food_table::FoodId;
use crate::model::questionnaire::{ways_to_raise, Answers, Raise};
use crate::model::quick_picks::quick_picks;
use crate::model::suggest::{close_the_gap, Suggestion};
use crate::model::usual_intake::{standing, Standing};
use crate::model::{Entry, Intake, NoReference, Person, ReferenceValue};
use crate::ui::state::{intake_of, LoggedEntry, Mode, PersonInputs, State, WaterInputs};
use std::cell::Cell;

/// How many foods "what would close the gap" lists.
const SUGGESTIONS: usize = 3;
/// How many groups "what would raise it" lists.
const RAISES: usize = 3;

/// The figures of one state.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// None until the reader's age is known.
    pub reference: Option<Result<ReferenceValue, NoReference>>,
    pub person: Option<Person>,
    pub intake: Intake,
    pub figures: Figures,
}

/// The results of the way in the reader is using.
#[derive(Debug, Clone, PartialEq)]
pub enum Figures {
    /// No reference value yet, or none for this person.
    Nothing,
    Log {
        assessment: Assessment,
        contributions: Vec<Contribution>,
        suggestions: Vec<Suggestion>,
        /// Where the average from food stands among the people of a
        /// published usual-intake table (None: nothing eaten, or no table
        /// covers the reader).
        standing: Option<Standing>,
    },
    Estimate {
        assessment: EstimateAssessment,
        contributions: Vec<Contribution>,
        raises: Vec<Raise>,
    },
}

thread_local! {
    /// How many views have been computed (the tests count them).
    static COMPUTED: Cell<u64> = const { Cell::new(0) };
}

/// How many views this thread has computed so far.
pub fn views_computed() -> u64 {
    COMPUTED.with(Cell::get)
}

/// What the figures are computed from: the state less what only the
/// inputs show (the food table's download, notes, undo, storage). The app
/// memoises the view on it, so the food table's arrival, say, recomputes
/// nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewInputs {
    pub person: PersonInputs,
    pub mode: Mode,
    pub answers: Answers,
    pub water: WaterInputs,
    pub days: Vec<Vec<LoggedEntry>>,
}

impl State {
    pub fn view_inputs(&self) -> ViewInputs {
        ViewInputs {
            person: self.person.clone(),
            mode: self.mode,
            answers: self.answers.clone(),
            water: self.water.clone(),
            days: self.days.clone(),
        }
    }

    /// Everything the results show for this state (see `ViewInputs::view`).
    pub fn view(&self) -> View {
        self.view_inputs().view()
    }
}

impl ViewInputs {
    /// Everything the results show, computed from the inputs: each model
    /// function runs once here, and components only display the outcome.
    pub fn view(&self) -> View {
        COMPUTED.with(|n| n.set(n.get() + 1));
        let reference = self.person.reference();
        let person = self.person.person();
        let intake = intake_of(&self.days, &self.water);
        let figures = match (&reference, person, self.mode) {
            (Some(Ok(reference)), Some(person), Mode::Estimate) => {
                let assessment = assess_estimate(
                    &self.answers,
                    &person,
                    intake.water_mg_per_day,
                    intake.average().nonfood_mg,
                    intake.highest_day_nonfood_mg(),
                    reference,
                );
                let contributions = from_estimate(
                    &assessment.food,
                    assessment.background_mg,
                    assessment.water_mg,
                    assessment.nonfood_mg,
                );
                let raises = if assessment.wants_more() {
                    ways_to_raise(&self.answers, RAISES)
                } else {
                    Vec::new()
                };
                Figures::Estimate { assessment, contributions, raises }
            }
            (Some(Ok(reference)), _, Mode::Log) => {
                let assessment = assess(&intake, reference);
                let eaten: Vec<FoodId> = intake
                    .days
                    .iter()
                    .flat_map(|d| d.entries.iter())
                    .filter_map(|e| match e {
                        Entry::Food(f) => Some(f.food_id),
                        Entry::NonFood(_) => None,
                    })
                    .collect();
                let candidates: Vec<_> = quick_picks().iter().map(|p| p.candidate()).collect();
                let suggestions =
                    close_the_gap(assessment.gap_mg, &candidates, &eaten, SUGGESTIONS);
                let food_mg = assessment.totals.food_mg;
                let standing = person
                    .filter(|_| assessment.days_recorded > 0 && food_mg > 0.0)
                    .and_then(|p| standing(&p, food_mg));
                Figures::Log { contributions: from_log(&intake), assessment, suggestions, standing }
            }
            _ => Figures::Nothing,
        };
        View { reference, person, intake, figures }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::questionnaire::groups;
    use crate::ui::state::tests::{age, run, spinach};
    use crate::ui::state::Action;

    /// The view holds exactly what the model gives for the same inputs,
    /// each computed once per call.
    #[test]
    fn the_view_is_the_models_figures_computed_once() {
        let mut actions = vec![age("34")];
        for group in groups().iter().take(5) {
            actions.push(Action::Answer { group: group.wire_id, frequency: 3 });
        }
        let s = run(actions);
        let before = views_computed();
        let view = s.view();
        assert_eq!(views_computed(), before + 1);
        let person = s.person.person().unwrap();
        let reference = s.person.reference().unwrap().unwrap();
        let Figures::Estimate { assessment, contributions, raises } = &view.figures else {
            panic!("the estimate's figures: {:?}", view.figures)
        };
        let expected = assess_estimate(&s.answers, &person, 0.0, 0.0, 0.0, &reference);
        assert_eq!(*assessment, expected);
        let lines = from_estimate(&expected.food, expected.background_mg, 0.0, 0.0);
        assert_eq!(*contributions, lines);
        assert_eq!(raises.is_empty(), !expected.wants_more());

        let s = run(vec![age("34"), spinach(1.0), Action::SetMode(Mode::Log)]);
        let Figures::Log { assessment, contributions, suggestions, standing: stands } =
            s.view().figures
        else {
            panic!("the log's figures")
        };
        assert_eq!(assessment, assess(&s.intake(), &reference));
        // A cup of spinach a day (156.6 mg) against CSFII 1994's women.
        let at = stands.expect("a woman of 34 is in the table");
        assert_eq!(Some(at), standing(&person, 156.6));
        assert!((0.05..0.5).contains(&at.share_below), "{}", at.share_below);
        let empty = run(vec![age("34"), Action::SetMode(Mode::Log)]);
        let Figures::Log { standing: none, .. } = empty.view().figures else { panic!() };
        assert_eq!(none, None, "nothing eaten: no standing");
        assert_eq!(contributions, from_log(&s.intake()));
        assert!(!suggestions.is_empty(), "one cup of spinach leaves a gap to close");
    }

    #[test]
    fn no_age_no_figures() {
        assert_eq!(run(vec![]).view().figures, Figures::Nothing);
        assert!(run(vec![]).view().reference.is_none());
    }
}
