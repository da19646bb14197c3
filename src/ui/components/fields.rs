//! The two kinds of form field every part of the widget uses: a number
//! field with its label and its error, and a select of typed choices. One
//! place keeps their accessibility right: the label is tied to the control,
//! an invalid value sets `aria-invalid` and is described by its message.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The text as the reader typed it (kept even when it is not a number).
    pub value: AttrValue,
    /// The message for a value that cannot be used, in the reader's language.
    #[prop_or_default]
    pub error: Option<String>,
    pub on_input: Callback<String>,
    #[prop_or(6)]
    pub size: u32,
    /// Inside a line of the log: a visually hidden label, laid out inline.
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub input_ref: NodeRef,
    /// Shown after the field: its unit.
    #[prop_or_default]
    pub children: Html,
}

/// A text field for numbers ("1,5" and "1.5" both read), with its label and error.
#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let error_id = format!("{}-error", props.id);
    let on_input = props
        .on_input
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let label_class = props.inline.then_some("mc-visually-hidden");
    let input = html! {
        <input id={props.id.clone()} ref={props.input_ref.clone()} type="text" inputmode="decimal"
            autocomplete="off" size={props.size.to_string()} value={props.value.clone()}
            oninput={on_input} aria-invalid={props.error.is_some().to_string()}
            aria-describedby={error_id.clone()} />
    };
    let error = props.error.clone().unwrap_or_default();
    if props.inline {
        html! {
            <span class="mc-entry-amount">
                <label class={classes!(label_class)} for={props.id.clone()}>{ &props.label }</label>
                { input }
                { props.children.clone() }
                <span id={error_id} class="mc-error">{ error }</span>
            </span>
        }
    } else {
        html! {
            <div class="mc-field">
                <label for={props.id.clone()}>{ &props.label }</label>
                { input }
                { props.children.clone() }
                <p id={error_id} class="mc-error">{ error }</p>
            </div>
        }
    }
}

/// One choice of a `Select`: the value it stands for, a stable code for the
/// `<option value>` (read by tests and by nothing else), and its text.
#[derive(Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub code: AttrValue,
    pub text: AttrValue,
}

impl<T> Choice<T> {
    pub fn new(value: T, code: impl Into<AttrValue>, text: impl Into<AttrValue>) -> Choice<T> {
        Choice { value, code: code.into(), text: text.into() }
    }
}

/// A select's choices made from typed values, for `Select`. The component
/// itself only sees each choice's code and text, which choice is selected
/// and a callback taking the chosen index, so that it is one component in
/// the wasm rather than one per type of value (a dozen, about 2 KB each, and
/// each compiled by the browser on first use).
#[derive(Clone, PartialEq)]
pub struct Choices {
    /// Each choice's `(code, text)`.
    items: Vec<(AttrValue, AttrValue)>,
    selected: Option<usize>,
    on_change: Callback<usize>,
}

impl Choices {
    /// `on_change` gets the value of the choice the reader picks.
    pub fn new<T: Clone + PartialEq + 'static>(
        options: Vec<Choice<T>>,
        selected: &T,
        on_change: Callback<T>,
    ) -> Choices {
        let selected = options.iter().position(|choice| &choice.value == selected);
        let (values, items): (Vec<T>, Vec<_>) =
            options.into_iter().map(|choice| (choice.value, (choice.code, choice.text))).unzip();
        let on_change = Callback::from(move |index: usize| {
            if let Some(value) = values.get(index) {
                on_change.emit(value.clone());
            }
        });
        Choices { items, selected, on_change }
    }
}

#[derive(Properties, PartialEq)]
pub struct SelectProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub choices: Choices,
    /// Inside a line of the log: a visually hidden label, no field box.
    #[prop_or_default]
    pub inline: bool,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
    /// Shown after the select: notes about the choice.
    #[prop_or_default]
    pub children: Html,
}

/// A select whose choices are values (`Choices`), never strings to parse back.
#[function_component(Select)]
pub fn select(props: &SelectProps) -> Html {
    let choices = &props.choices;
    let on_change = choices.on_change.reform(|e: Event| {
        let index = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
        usize::try_from(index).unwrap_or(usize::MAX)
    });
    let select = html! {
        <select id={props.id.clone()} onchange={on_change} aria-describedby={props.describedby.clone()}>
            { for choices.items.iter().enumerate().map(|(i, (code, text))| html! {
                <option value={code.clone()} selected={choices.selected == Some(i)}>{ text }</option>
            }) }
        </select>
    };
    if props.inline {
        html! {
            <>
                <label class="mc-visually-hidden" for={props.id.clone()}>{ &props.label }</label>
                { select }
            </>
        }
    } else {
        html! {
            <div class="mc-field">
                <label for={props.id.clone()}>{ &props.label }</label>
                { select }
                { props.children.clone() }
            </div>
        }
    }
}
