//! The quick estimate's questions: how often the reader usually eats each
//! food group, one tap per group on a five-step scale. Each group is a radio
//! group, so Tab moves from question to question and the arrow keys choose.

use crate::model::questionnaire::{frequencies, groups, Answers};
use crate::ui::hooks::headings::use_heading;
use crate::ui::i18n::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireFormProps {
    pub lang: Lang,
    pub answers: Answers,
    /// (group wire id, frequency wire id)
    pub on_answer: Callback<(u32, u32)>,
    /// Only the first few questions: the widget's start shows what fills a
    /// screen and adds the rest a task later (`app`'s stages).
    #[prop_or_default]
    pub first_questions_only: bool,
}

/// About a phone's first screen of questions, below the reader's age and sex.
const FIRST_QUESTIONS: usize = 4;

#[function_component(QuestionnaireForm)]
pub fn questionnaire_form(props: &QuestionnaireFormProps) -> Html {
    let h3 = use_heading(3);
    let t = props.lang.messages();
    let lang = props.lang;
    let total = groups().len();
    let complete = props.answers.answered() == total;
    // Once every line is answered, "Done" folds the questions into one line,
    // so on a phone the estimate follows at once; "Change answers" opens them
    // again. Answers that arrive complete (a link, stored inputs, coming back
    // from the log) start folded. The reader's own last answer does not fold
    // them: arrow keys choose as they move, and a slip must stay in view.
    let show_all = use_state(|| true);
    let folded = complete && !*show_all;
    let answered_here = use_mut_ref(|| false);
    {
        let (show_all, answered_here) = (show_all.clone(), answered_here.clone());
        use_effect_with(complete, move |complete| {
            if *complete && !*answered_here.borrow() {
                show_all.set(false);
            }
        });
    }
    // Done takes away the control the reader just used: focus then goes to
    // "Change answers", brought into view (never when answers fold at load).
    let refocus = use_mut_ref(|| false);
    let change_button = use_node_ref();
    {
        let (refocus, change_button) = (refocus.clone(), change_button.clone());
        use_effect(move || {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                focus_into_view(&change_button);
            }
        });
    }
    if folded {
        let unfold = {
            let show_all = show_all.clone();
            Callback::from(move |_: MouseEvent| show_all.set(true))
        };
        return html! {
            <section class="mc-group mc-questionnaire mc-folded" aria-labelledby="mc-questionnaire-heading">
                <@{h3} id="mc-questionnaire-heading" class="mc-legend">{ t.questionnaire_heading }</@>
                <p class="mc-note" role="status" data-testid="questions-left">{ t.questionnaire_folded(total) }</p>
                <button type="button" class="mc-secondary" ref={change_button} onclick={unfold}
                    data-testid="change-answers">{ t.change_answers }</button>
            </section>
        };
    }
    let on_answer = {
        let (on_answer, answered_here) = (props.on_answer.clone(), answered_here.clone());
        Callback::from(move |answer: (u32, u32)| {
            *answered_here.borrow_mut() = true;
            on_answer.emit(answer);
        })
    };
    let done = {
        let (show_all, refocus) = (show_all.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            show_all.set(false);
        })
    };
    // The answers' short forms spelt out once: "Never: never or rarely · …".
    let answers: Vec<(&str, &str)> =
        frequencies().iter().map(|f| (f.short_labels[lang], f.labels[lang])).collect();
    let scale = t.answer_scale(&answers);
    html! {
        <section class="mc-group mc-questionnaire" aria-labelledby="mc-questionnaire-heading">
            <@{h3} id="mc-questionnaire-heading" class="mc-legend">{ t.questionnaire_heading }</@>
            <p class="mc-note">{ t.questionnaire_intro }</p>
            <p class="mc-note">{ scale }</p>
            { for groups().iter().take(if props.first_questions_only { FIRST_QUESTIONS } else { total }).map(|group| {
                let serving_id = format!("mc-q-{}-serving", group.wire_id);
                let chosen = props.answers.get(group.wire_id);
                // Keyed: when the other questions join the first ones (the
                // widget's second stage), Yew adds them after these rather
                // than rebuilding these, which would count as a layout shift.
                html! {
                    <fieldset key={group.key} class="mc-question" aria-describedby={serving_id.clone()}
                        data-group={group.key.to_string()}>
                        <legend>{ group.names[lang] }</legend>
                        <p id={serving_id} class="mc-serving">{ t.serving_is(group.servings[lang]) }</p>
                        <div class="mc-choices">
                            { for frequencies().iter().map(|frequency| {
                                let id = format!("mc-q-{}-{}", group.wire_id, frequency.wire_id);
                                let answer = (group.wire_id, frequency.wire_id);
                                html! {
                                    <label class="mc-choice" for={id.clone()}>
                                        <input type="radio" id={id} name={format!("mc-q-{}", group.wire_id)}
                                            checked={chosen == Some(frequency.wire_id)}
                                            data-frequency={frequency.key.to_string()}
                                            onchange={on_answer.reform(move |_: Event| answer)} />
                                        <span>{ frequency.short_labels[lang] }</span>
                                    </label>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
            if !props.first_questions_only {
                <p class="mc-note" role="status" data-testid="questions-left">
                    { t.questions_left(props.answers.answered(), total) }
                </p>
            }
            if complete && !props.first_questions_only {
                <button type="button" onclick={done}>{ t.questionnaire_done }</button>
            }
        </section>
    }
}

#[cfg(target_arch = "wasm32")]
fn focus_into_view(node: &NodeRef) {
    if let Some(button) = node.cast::<web_sys::HtmlElement>() {
        let _ = button.focus();
        // The folded section's top at the top of the screen: the estimate follows it.
        let section = button.closest("section").ok().flatten();
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        match section {
            Some(section) => section.scroll_into_view_with_scroll_into_view_options(&options),
            None => button.scroll_into_view_with_scroll_into_view_options(&options),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn focus_into_view(_node: &NodeRef) {}
