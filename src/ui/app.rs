//! The widget's root: wiring only. It holds the one reducer, runs the named
//! effects (`hooks`), computes the results' figures once per change of
//! their inputs (`ViewInputs::view`) and hands each component only what it
//! uses.

use crate::model::{Sex, Standard};
use crate::ui::components::describe_day::DescribeDay;
use crate::ui::components::entry_list::EntryList;
use crate::ui::components::food_search::FoodSearch;
use crate::ui::components::medicine_form::MedicineForm;
use crate::ui::components::mode_switch::ModeSwitch;
use crate::ui::components::person_form::PersonForm;
use crate::ui::components::questionnaire_form::QuestionnaireForm;
use crate::ui::components::quick_pick_list::QuickPicks;
use crate::ui::components::recent_foods::RecentFoods;
use crate::ui::components::report::Report;
use crate::ui::components::restore_notes::RestoreNotes;
use crate::ui::components::results::{summary_line, Results};
use crate::ui::components::share_panel::SharePanel;
use crate::ui::components::supplement_form::SupplementForm;
use crate::ui::components::water_form::WaterForm;
use crate::ui::hooks::attributes::{use_attributes_as_actions, Attributes};
use crate::ui::hooks::food_table::use_food_table_request;
use crate::ui::hooks::headings::Headings;
use crate::ui::hooks::log_files::use_log_files;
use crate::ui::hooks::remember::use_remember;
use crate::ui::hooks::restore::use_restore;
use crate::ui::hooks::stages::{use_stages, Stage};
use crate::ui::i18n::Lang;
use crate::ui::platform::focus::keep_focus_clear_of_the_summary_bar;
use crate::ui::platform::page;
use crate::ui::state::prerendered::Prerendered;
use crate::ui::state::view::Figures;
use crate::ui::state::{Action, AgePreset, LogEdit, LoggedItem, Mode, State};
use std::rc::Rc;
use yew::prelude::*;

/// How many recently logged foods are offered at most.
const RECENT_FOODS: usize = 8;

#[derive(Properties, PartialEq, Clone, Default, Debug)]
pub struct AppProps {
    /// The reference standard chosen by the page that embeds the widget.
    #[prop_or_default]
    pub standard: Standard,
    /// This widget's position among the page's widgets: keys its stored inputs,
    /// and only the first one reads a share link.
    #[prop_or_default]
    pub instance: u32,
    /// The interface language: the `lang` attribute's, else the page's or
    /// the browser's (resolved by `embed::element`); English when None.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// An age and sex the page starts the widget with (`age`, `sex` attributes).
    #[prop_or_default]
    pub age: Option<AgePreset>,
    #[prop_or_default]
    pub sex: Option<Sex>,
    /// The way in shown first (`mode` attribute); the quick estimate when None.
    #[prop_or_default]
    pub mode: Option<Mode>,
    /// Set when the app takes over an opening screen the build rendered
    /// (widget.html's, or the loader's): it starts with what the reader did
    /// there, and its title at the same level.
    #[prop_or_default]
    pub prerendered: Option<Prerendered>,
}

/// The stage the build's opening screen shows (`embed::prerender`): the
/// title, "About you", the two ways in and the first questions.
pub const OPENING_STAGE: Stage = Stage::FirstQuestions;

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The presets are in the first render (not applied after it), so the
    // widget does not change height once shown (no layout shift); the
    // attribute hook then dispatches the same values, which changes nothing.
    // What the reader did on a prerendered opening screen is in it too.
    let state = use_reducer_eq(|| {
        let start =
            State::starting(props.standard, props.lang, props.age.as_ref(), props.sex, props.mode);
        let done_before = props.prerendered.iter().flat_map(Prerendered::actions);
        Rc::unwrap_or_clone(done_before.fold(Rc::new(start), Reducible::reduce))
    });
    let t = state.t();
    let lang = state.lang;
    let key = page::storage_key(props.instance);

    let attributes = Attributes {
        standard: props.standard,
        lang: props.lang,
        age: props.age.clone(),
        sex: props.sex,
        mode: props.mode,
    };
    use_attributes_as_actions(&attributes, state.dispatcher());
    let need_food_data = use_food_table_request(state.dispatcher());
    use_restore(props.instance, key.clone(), state.dispatcher(), need_food_data.clone());
    use_remember(&state, key);
    let first_stage = match &props.prerendered {
        Some(p) if p.building => OPENING_STAGE,
        Some(p) if p.behind_screen => Stage::Title,
        _ => Stage::Who,
    };
    let stage = use_stages(first_stage, need_food_data.clone());
    // Marks the opening stage drawn: the loader swaps the app in for a
    // prerendered opening screen then (same markup, so nothing moves).
    let opened = (stage >= OPENING_STAGE).then_some(AttrValue::Static(""));
    let page_title = props.prerendered.as_ref().is_some_and(|p| p.page_title);
    let settled = stage == Stage::Everything;
    let forms_shown = stage >= Stage::Forms;

    // The results' figures, once per change of what they are computed from
    // (not when the food table starts loading, say), and only once they are
    // shown: before that the widget's first tasks neither run nor compile them.
    let view = use_memo((settled, state.view_inputs()), |(settled, inputs)| {
        settled.then(|| Rc::new(inputs.view()))
    });
    let view: Option<Rc<_>> = (*view).clone();
    // On narrow screens the results sit below the inputs: this bar keeps
    // the total in view while the reader scrolls through the widget.
    let summary = view.as_ref().and_then(|view| match &view.figures {
        Figures::Log { assessment, .. } if assessment.days_recorded > 0 => {
            Some(summary_line(t, assessment))
        }
        Figures::Estimate { assessment, .. } if !state.answers.is_empty() => {
            Some(t.estimate_range(assessment.total_mg))
        }
        _ => None,
    });
    let estimating = state.mode == Mode::Estimate;
    // In the quick estimate the log shows only supplements and medicines: the
    // questionnaire stands for the foods.
    let entries: Vec<_> = state
        .entries()
        .iter()
        .filter(|e| !estimating || matches!(e.item, LoggedItem::NonFood(_)))
        .cloned()
        .collect();
    let dispatch = state.dispatcher().to_callback();
    let (on_save_csv, on_open_file) = use_log_files(state.clone(), need_food_data.clone());

    // The title is the page's heading where the calculator is the page.
    let headings = Headings { title: if page_title { 1 } else { 2 } };
    let title_tag = if page_title { "h1" } else { "h2" };

    html! {
        <ContextProvider<Headings> context={headings}>
        <section class="mc" lang={t.lang.code()} aria-labelledby="mc-title" data-opened={opened}
            onfocusin={Callback::from(keep_focus_clear_of_the_summary_bar)}>
            <@{title_tag} id="mc-title" class="mc-title">{ t.title }</@>
            <div class="mc-layout">
                <div class="mc-inputs">
                    if stage >= Stage::Who {
                        <PersonForm {lang} person={state.person.clone()}
                            on_edit={dispatch.reform(Action::Person)} />
                    }
                    if stage > Stage::Who {
                        <ModeSwitch {lang} mode={state.mode} on_change={dispatch.reform(Action::SetMode)} />
                        if estimating {
                            <QuestionnaireForm {lang} answers={state.answers.clone()}
                                first_questions_only={stage == Stage::FirstQuestions}
                                on_answer={dispatch.reform(|(group, frequency)| Action::Answer { group, frequency })} />
                        } else {
                            <FoodSearch {lang} food_data={state.food_data.clone()}
                                on_need_food_data={need_food_data.clone()} on_add={dispatch.reform(Action::AddFood)} />
                            <RecentFoods {lang} foods={state.recent_foods(RECENT_FOODS)}
                                on_add={dispatch.reform(Action::AddFood)} />
                            <DescribeDay {lang} food_data={state.food_data.clone()}
                                on_need_food_data={need_food_data}
                                on_add_all={dispatch.reform(Action::AddFoods)}
                                added={state.added.as_ref().map(|a| a.ids.len())}
                                on_undo={dispatch.reform(|()| Action::Log(LogEdit::UndoAdded))} />
                            <QuickPicks {lang} on_add={dispatch.reform(Action::AddFood)} />
                        }
                    }
                    if forms_shown {
                        <WaterForm {lang} water={state.water.clone()} standard={state.person.standard}
                            on_edit={dispatch.reform(Action::Water)} />
                        <SupplementForm {lang} on_add={dispatch.reform(Action::AddNonFood)} />
                        <MedicineForm {lang} ticked={state.medicines.clone()}
                            on_toggle={dispatch.reform(|(wire_id, ticked)| Action::SetMedicine { wire_id, ticked })} />
                    }
                    if forms_shown && (!estimating || !entries.is_empty() || !state.notes.is_empty() || state.removed.is_some()) {
                        <EntryList {lang} day_count={state.days.len()} current_day={state.current_day}
                            {entries} removed={state.removed.clone()} supplements_only={estimating}
                            on_edit={dispatch.reform(Action::Log)}>
                            <RestoreNotes {lang} notes={state.notes.clone()} restoring={state.is_restoring()}
                                on_dismiss={dispatch.reform(|()| Action::DismissNotes)} />
                        </EntryList>
                    }
                </div>
                // On a phone the answer comes straight after the inputs that
                // make it; sharing and remembering come last.
                if let Some(view) = view {
                    <Report {lang} view={view.clone()} days={Rc::new(state.days.clone())}
                        medicines={state.medicines.clone()} date={page::today()} />
                    <Results {lang} {view} on_add={dispatch.reform(Action::AddFood)}
                        on_log_days={dispatch.reform(|()| Action::SetMode(Mode::Log))} />
                    <SharePanel {lang} inputs={state.to_shared()} remember={state.remember}
                        on_remember={dispatch.reform(Action::SetRemember)} {on_save_csv}
                        on_open={on_open_file} />
                }
            </div>
            if let Some(line) = summary {
                <p class="mc-summary-bar" aria-hidden="true" data-testid="summary-bar">{ line }</p>
            }
        </section>
        </ContextProvider<Headings>>
    }
}
