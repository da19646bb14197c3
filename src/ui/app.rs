//! The widget's root: holds the one reducer, derives what each part shows,
//! and hands each component only what it uses.

use crate::model::share::{decode, encode, ShareError};
use crate::model::{Sex, Standard};
use crate::ui::components::entry_list::EntryList;
use crate::ui::components::food_search::FoodSearch;
use crate::ui::components::mode_switch::ModeSwitch;
use crate::ui::components::person_form::PersonForm;
use crate::ui::components::questionnaire_form::QuestionnaireForm;
use crate::ui::components::quick_pick_list::QuickPicks;
use crate::ui::components::restore_notes::RestoreNotes;
use crate::ui::components::results::{summary_line, Results};
use crate::ui::components::share_panel::SharePanel;
use crate::ui::components::supplement_form::SupplementForm;
use crate::ui::components::water_form::WaterForm;
use crate::ui::i18n::Lang;
use crate::ui::platform::page;
use crate::ui::state::{Action, AgePreset, LoggedItem, Mode, PersonEdit, State};
use yew::prelude::*;

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
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // The presets are in the first render (not applied after it), so the
    // widget does not change height once shown (no layout shift). The
    // effects below then dispatch the same values at start: `_eq` skips the
    // re-render for a dispatch that leaves the state as it was.
    let state = use_reducer_eq(|| {
        let mut state = State::new(props.standard);
        state.lang = props.lang.unwrap_or_default();
        if let Some(age) = &props.age {
            state.person.age_text = age.text.clone();
            state.person.age_unit = age.unit;
        }
        state.person.sex = props.sex.unwrap_or(state.person.sex);
        state.mode = props.mode.unwrap_or_default();
        state
    });
    let t = state.t();
    let lang = state.lang;

    // The embedding page may set or change the standard and presets after
    // load. These run before the stored inputs are read, which then win.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.standard, move |standard| {
            dispatcher.dispatch(Action::Person(PersonEdit::Standard(*standard)))
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.lang, move |lang| {
            dispatcher.dispatch(Action::SetLang(lang.unwrap_or_default()))
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.age.clone(), move |age| {
            if let Some(age) = age {
                dispatcher.dispatch(Action::Person(PersonEdit::AgeUnit(age.unit)));
                dispatcher.dispatch(Action::Person(PersonEdit::AgeText(age.text.clone())));
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.sex, move |sex| {
            if let Some(sex) = sex {
                dispatcher.dispatch(Action::Person(PersonEdit::Sex(*sex)));
            }
        });
    }

    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.mode, move |mode| {
            if let Some(mode) = mode {
                dispatcher.dispatch(Action::SetMode(*mode));
            }
        });
    }

    let need_food_data = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| request_food_data(dispatcher.clone()))
    };

    // At start: inputs remembered on this device, else a share link in the URL.
    let key = page::storage_key(props.instance);
    {
        let (dispatcher, key, instance, need_food_data) =
            (state.dispatcher(), key.clone(), props.instance, need_food_data.clone());
        use_effect_with((), move |()| {
            let stored = page::read_stored(&key).and_then(|f| decode(&f).ok()).map(|d| d.inputs);
            let link = (instance == 0)
                .then(page::fragment)
                .flatten()
                .map(|f| decode(&f))
                .filter(|r| r != &Err(ShareError::NotALink));
            if stored.is_some() || link.is_some() {
                need_food_data.emit(()); // foods in them need the table
            }
            dispatcher.dispatch(Action::Loaded { stored, link });
        });
    }
    // A share link opened in a tab that already shows the page only changes
    // the fragment: listen for that too (the first widget, as at start).
    {
        let (dispatcher, instance, need_food_data) =
            (state.dispatcher(), props.instance, need_food_data.clone());
        use_effect_with((), move |()| {
            let listener = (instance == 0).then(|| {
                page::on_fragment_change(Callback::from(move |fragment: Option<String>| {
                    let Some(link) = fragment.map(|f| decode(&f)) else { return };
                    if link != Err(ShareError::NotALink) {
                        need_food_data.emit(());
                        dispatcher.dispatch(Action::LinkOpened(link));
                    }
                }))
            });
            move || {
                let _listener = listener; // dropped when the widget goes: stops listening
            }
        });
    }
    // Keep the stored copy in step while "remember" is ticked; untick = forget.
    // The inputs are encoded only while remembering (this runs on every render).
    {
        let encoded = (state.loaded && state.remember).then(|| encode(&state.to_shared()));
        use_effect_with((state.loaded, encoded), move |(loaded, encoded)| {
            match (loaded, encoded) {
                (true, Some(encoded)) => page::store(&key, encoded),
                (true, None) => page::forget(&key),
                (false, _) => {}
            }
        });
    }
    // The first render shows who the reader is; the first questions, the
    // other questions, the forms below them, then the results and sharing
    // follow in tasks of their own, so that the widget's start is five shorter
    // tasks on a phone rather than one long one (the first task also compiles
    // the code it runs, which is most of its time). Each stage only adds below
    // what is shown (on a phone the results come after the forms) and the
    // space is reserved (the section's min-height), so nothing moves.
    let stage = use_state(|| Stage::Who);
    {
        let stage_now = *stage;
        let stage = stage.setter();
        use_effect_with(stage_now, move |now| {
            if let Some(next) = now.next() {
                next_task(move || stage.set(next));
            }
        });
    }
    let settled = *stage == Stage::Everything;
    // Fetch the food table when the page is idle, so it is usually there before the reader searches.
    // Also mark the complete first render in the Performance timeline (read by scripts/bench).
    {
        let need_food_data = need_food_data.clone();
        use_effect_with(settled, move |settled| {
            if *settled {
                mark_interactive();
                when_idle(move || need_food_data.emit(()));
            }
        });
    }
    let forms_shown = *stage >= Stage::Forms;

    // What the results show, derived from the state on every render once
    // they are shown. Before that (the first stages) nothing is computed, so
    // the widget's first task neither runs nor compiles the assessment.
    let results = settled.then(|| {
        let assessment = state.assessment();
        let intake = state.intake();
        let estimate =
            (state.mode == Mode::Estimate).then(|| state.estimate_assessment()).flatten();
        // On narrow screens the results sit below the inputs: this bar keeps
        // the total in view while the reader scrolls through the widget.
        let summary = match (state.mode, &estimate) {
            (Mode::Log, _) => {
                assessment.filter(|a| a.days_recorded > 0).map(|a| summary_line(t, &a))
            }
            (Mode::Estimate, Some(a)) if !state.answers.is_empty() => {
                Some(t.estimate_range(a.total_mg))
            }
            (Mode::Estimate, _) => None,
        };
        ((intake, estimate), summary)
    });
    let (results, summary) = results.unzip();
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
    // The log for a spreadsheet, built from the state when the reader asks.
    let on_save_csv = {
        let state = state.clone();
        Callback::from(move |()| {
            let water = state.water.water().and_then(Result::ok).map(|w| w.mg_per_day());
            let csv = crate::ui::state::csv_export::log_csv(state.t(), &state.days, water);
            page::download("magnesium-log.csv", "text/csv", &csv);
        })
    };
    // A saved file goes the way of a link: validated, foods restored once the table is there.
    let on_open_file = {
        let (dispatcher, need_food_data) = (state.dispatcher(), need_food_data.clone());
        Callback::from(move |decoded| {
            need_food_data.emit(());
            dispatcher.dispatch(Action::LinkOpened(Ok(decoded)));
        })
    };

    html! {
        <section class="mc" lang={t.lang.code()} aria-labelledby="mc-title"
            onfocusin={Callback::from(keep_focus_clear_of_the_summary_bar)}>
            <h2 id="mc-title" class="mc-title">{ t.title }</h2>
            <div class="mc-layout">
                <div class="mc-inputs">
                    <PersonForm {lang} person={state.person.clone()}
                        on_edit={dispatch.reform(Action::Person)} />
                    if *stage > Stage::Who {
                        <ModeSwitch {lang} mode={state.mode} on_change={dispatch.reform(Action::SetMode)} />
                        if estimating {
                            <QuestionnaireForm {lang} answers={state.answers.clone()}
                                first_questions_only={*stage == Stage::FirstQuestions}
                                on_answer={dispatch.reform(|(group, frequency)| Action::Answer { group, frequency })} />
                        } else {
                            <FoodSearch {lang} food_data={state.food_data.clone()}
                                on_need_food_data={need_food_data} on_add={dispatch.reform(Action::AddFood)} />
                            <QuickPicks {lang} on_add={dispatch.reform(Action::AddFood)} />
                        }
                    }
                    if forms_shown {
                        <WaterForm {lang} water={state.water.clone()} standard={state.person.standard}
                            on_edit={dispatch.reform(Action::Water)} />
                        <SupplementForm {lang} on_add={dispatch.reform(Action::AddNonFood)} />
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
                if let Some((intake, estimate)) = results {
                    <Results {lang} reference={state.person.reference()} person={state.person.person()}
                        {intake} mode={state.mode} answers={state.answers.clone()} {estimate}
                        on_add={dispatch.reform(Action::AddFood)}
                        on_log_days={dispatch.reform(|()| Action::SetMode(Mode::Log))} />
                    <SharePanel {lang} inputs={state.to_shared()} remember={state.remember}
                        on_remember={dispatch.reform(Action::SetRemember)} {on_save_csv}
                        on_open={on_open_file} />
                }
            </div>
            if let Some(line) = summary.flatten() {
                <p class="mc-summary-bar" aria-hidden="true" data-testid="summary-bar">{ line }</p>
            }
        </section>
    }
}

/// WCAG 2.2 "focus not obscured": when keyboard focus lands on a control under
/// the sticky summary bar, scroll it to the middle of the screen. Only for
/// keyboard focus (:focus-visible): scrolling during a mouse click would move
/// the button away before the click completes.
fn keep_focus_clear_of_the_summary_bar(e: FocusEvent) {
    use wasm_bindgen::JsCast;
    let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    if !target.matches(":focus-visible").unwrap_or(false) {
        return;
    }
    let Some(section) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(Some(bar)) = section.query_selector(".mc-summary-bar") else { return };
    let (bar, focused) = (bar.get_bounding_client_rect(), target.get_bounding_client_rect());
    if bar.height() > 0.0 && focused.bottom() > bar.top() && focused.top() < bar.bottom() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        target.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

#[cfg(target_arch = "wasm32")]
fn request_food_data(dispatcher: UseReducerDispatcher<State>) {
    crate::ui::platform::food_loader::request(Callback::from(move |s| {
        dispatcher.dispatch(Action::FoodData(s))
    }));
}

#[cfg(not(target_arch = "wasm32"))]
fn request_food_data(_dispatcher: UseReducerDispatcher<State>) {}

#[cfg(target_arch = "wasm32")]
fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::prelude::*;
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(f);
    // requestIdleCallback is missing in some browsers (Safari): fall back to a short timeout.
    let has_idle =
        js_sys::Reflect::has(&window, &JsValue::from_str("requestIdleCallback")).unwrap_or(false);
    if has_idle {
        let _ = window.request_idle_callback(callback.unchecked_ref());
    } else {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 2000);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn when_idle(_f: impl FnOnce() + 'static) {}

/// How much of the widget has been rendered since it started, in order.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Stage {
    /// The title and who the reader is.
    Who,
    FirstQuestions,
    Questions,
    Forms,
    Everything,
}

impl Stage {
    fn next(self) -> Option<Stage> {
        match self {
            Stage::Who => Some(Stage::FirstQuestions),
            Stage::FirstQuestions => Some(Stage::Questions),
            Stage::Questions => Some(Stage::Forms),
            Stage::Forms => Some(Stage::Everything),
            Stage::Everything => None,
        }
    }
}

/// Runs `f` in a task of its own, after the current one.
#[cfg(target_arch = "wasm32")]
fn next_task(f: impl FnOnce() + 'static) {
    gloo::timers::callback::Timeout::new(0, f).forget();
}

#[cfg(not(target_arch = "wasm32"))]
fn next_task(f: impl FnOnce() + 'static) {
    f();
}

#[cfg(target_arch = "wasm32")]
fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("magnesium-calculator:interactive");
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn mark_interactive() {}
