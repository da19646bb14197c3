//! The quick estimate's questions: how often the reader usually eats each
//! food group, one tap per group on a five-step scale. Each group is a radio
//! group, so Tab moves from question to question and the arrow keys choose.

use super::messages::Lang;
use crate::model::questionnaire::{frequencies, groups, Answers};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionnaireFormProps {
    pub lang: Lang,
    pub answers: Answers,
    /// (group wire id, frequency wire id)
    pub on_answer: Callback<(u32, u32)>,
}

#[function_component(QuestionnaireForm)]
pub fn questionnaire_form(props: &QuestionnaireFormProps) -> Html {
    let t = props.lang.messages();
    let lang = props.lang.index();
    // The answers' short forms spelt out once: "Never: never or rarely · …".
    let answers: Vec<(&str, &str)> = frequencies()
        .iter()
        .map(|f| (f.short_labels[lang].as_str(), f.labels[lang].as_str()))
        .collect();
    let scale = t.answer_scale(&answers);
    html! {
        <section class="mc-group mc-questionnaire" aria-labelledby="mc-questionnaire-heading">
            <h3 id="mc-questionnaire-heading" class="mc-legend">{ t.questionnaire_heading }</h3>
            <p class="mc-note">{ t.questionnaire_intro }</p>
            <p class="mc-note">{ scale }</p>
            { for groups().iter().map(|group| {
                let serving_id = format!("mc-q-{}-serving", group.wire_id);
                let chosen = props.answers.get(group.wire_id);
                html! {
                    <fieldset class="mc-question" aria-describedby={serving_id.clone()}
                        data-group={group.key.clone()}>
                        <legend>{ &group.names[lang] }</legend>
                        <p id={serving_id} class="mc-serving">{ t.serving_is(&group.servings[lang]) }</p>
                        <div class="mc-choices">
                            { for frequencies().iter().map(|frequency| {
                                let id = format!("mc-q-{}-{}", group.wire_id, frequency.wire_id);
                                let answer = (group.wire_id, frequency.wire_id);
                                html! {
                                    <label class="mc-choice" for={id.clone()}>
                                        <input type="radio" id={id} name={format!("mc-q-{}", group.wire_id)}
                                            checked={chosen == Some(frequency.wire_id)}
                                            data-frequency={frequency.key.clone()}
                                            onchange={props.on_answer.reform(move |_: Event| answer)} />
                                        <span>{ &frequency.short_labels[lang] }</span>
                                    </label>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
            <p class="mc-note" role="status" data-testid="questions-left">
                { t.questions_left(props.answers.answered(), groups().len()) }
            </p>
        </section>
    }
}
