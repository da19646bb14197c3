//! The widget as a page object (as Leptos's end-to-end fixtures keep theirs):
//! every selector of its controls and figures lives here, so a change of
//! markup is one edit, and tests read as what a reader does.

use super::{click_button, retype, tap, wait_for_widget_text, widget_find};
use fantoccini::Client;

/// Selectors inside a widget's shadow root.
pub mod sel {
    pub const TITLE: &str = "#mc-title";
    /// Present once the whole widget has rendered: the sharing panel comes last.
    pub const RENDERED: &str = ".mc-share";
    // The two ways in
    pub const MODE_ESTIMATE: &str = "#mc-mode-estimate";
    pub const MODE_LOG: &str = "#mc-mode-log";
    pub const MODE_LOG_LABEL: &str = "label[for=mc-mode-log]";
    pub const MODE_ESTIMATE_LABEL: &str = "label[for=mc-mode-estimate]";
    // The quick estimate
    pub const QUESTIONS_LEFT: &str = "[data-testid=questions-left]";
    pub const CHANGE_ANSWERS: &str = "[data-testid=change-answers]";
    pub const RESULT_CARD: &str = "[data-testid=result-card]";
    pub const ESTIMATE_RANGE: &str = "[data-testid=estimate-range]";
    pub const ESTIMATE_VERDICT: &str = "[data-testid=estimate-verdict]";
    pub const CONTRIBUTIONS: &str = "[data-testid=contributions]";
    pub const RAISE: &str = "[data-testid=raise]";
    pub const WATER: &str = "details.mc-water";
    pub const WATER_SUMMARY: &str = "details.mc-water > summary";
    pub const WATER_STATUS: &str = "[data-testid=water-status]";
    pub const WATER_LITRES: &str = "#mc-water-litres";
    pub const WATER_MG: &str = "#mc-water-mg";
    pub const WATER_UPPER_LEVEL: &str = "[data-testid=water-upper-level]";
    // About you
    pub const AGE: &str = "#mc-age";
    pub const AGE_ERROR: &str = "#mc-age-error";
    pub const SEX: &str = "#mc-sex";
    pub const CONDITION: &str = "#mc-condition";
    // Foods
    pub const FOOD_SEARCH: &str = "#mc-food-search";
    pub const FOOD_RESULTS: &str = ".mc-results-list";
    pub const FOOD_CHOICE: &str = ".mc-food-choice";
    pub const FOOD_CHOSEN: &str = ".mc-chosen";
    pub const FOOD_AMOUNT: &str = "#mc-food-amount";
    pub const FOOD_AMOUNT_ERROR: &str = "#mc-food-amount-error";
    pub const FOOD_PORTION: &str = "#mc-food-portion";
    pub const FOOD_ADD: &str = ".mc-portion-form button[type=submit]";
    pub const FOOD_TABLE_FAILED: &str = ".mc-failed";
    pub const QUICK_PICKS: &str = ".mc-quick-picks summary";
    pub const QUICK_PICK: &str = ".mc-pick";
    // Supplements and medicines
    pub const NONFOOD_KIND: &str = "#mc-nonfood-kind";
    pub const NONFOOD_MODE: &str = "#mc-nonfood-mode";
    pub const NONFOOD_AMOUNT: &str = "#mc-nonfood-amount";
    pub const NONFOOD_ADD: &str = "form.mc-group button[type=submit]";
    // The log
    pub const DAY_BUTTONS: &str = ".mc-days button";
    pub const FIRST_ENTRY_AMOUNT: &str = ".mc-entries li:first-child input";
    pub const FIRST_ENTRY_UNIT: &str = ".mc-entries li:first-child select";
    pub const FIRST_ENTRY_ERROR: &str = ".mc-entries li:first-child .mc-error";
    pub const LAST_ENTRY_AMOUNT: &str = ".mc-entries li:last-child input";
    pub const LAST_ENTRY_UNIT: &str = ".mc-entries li:last-child select";
    pub const RESTORE_NOTES: &str = "[data-testid=restore-notes]";
    pub const SHARE_BUTTON: &str = ".mc-share button";
    pub const SHARE_LINK: &str = "#mc-share-link";
    pub const REMEMBER: &str = "#mc-remember";
    // Results
    pub const RESULTS: &str = ".mc-results";
    pub const REFERENCE_LINE: &str = ".mc-reference";
    pub const REFERENCE_MG: &str = "[data-testid=reference-mg]";
    pub const TOTAL_MG: &str = "[data-testid=total-mg]";
    pub const FOOD_MG: &str = "[data-testid=food-mg]";
    pub const NONFOOD_MG: &str = "[data-testid=nonfood-mg]";
    pub const VERDICT: &str = "[data-testid=verdict]";
    pub const UPPER_LEVEL_WARNING: &str = "[data-testid=upper-level-warning]";
    pub const SUMMARY_BAR: &str = "[data-testid=summary-bar]";
}

/// Chooses "Log what I ate" in the first widget (the quick estimate is the
/// default way in), as a reader taps it; does nothing if the log is shown.
pub async fn choose_log(c: &Client) {
    let log = widget_find(c, 0, sel::MODE_LOG).await.unwrap();
    if log.prop("checked").await.unwrap().as_deref() != Some("true") {
        tap(&widget_find(c, 0, sel::MODE_LOG_LABEL).await.unwrap()).await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while widget_find(c, 0, sel::FOOD_SEARCH).await.is_err() {
            assert!(std::time::Instant::now() < deadline, "the log did not open");
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
}

/// A control of the log (the food search, the quick picks), once the log is shown.
pub async fn log_control(
    c: &Client,
    selector: &str,
) -> Result<fantoccini::elements::Element, fantoccini::error::CmdError> {
    choose_log(c).await;
    widget_find(c, 0, selector).await
}

/// Searches the USDA table, picks the result whose text contains `description`,
/// a portion (None = the first offered) and a count, and adds it.
pub async fn add_food(
    c: &Client,
    query: &str,
    description: &str,
    portion_label: Option<&str>,
    count: &str,
) {
    choose_log(c).await;
    retype(&widget_find(c, 0, sel::FOOD_SEARCH).await.unwrap(), query).await;
    click_button(c, 0, sel::FOOD_CHOICE, description).await;
    if let Some(label) = portion_label {
        widget_find(c, 0, sel::FOOD_PORTION).await.unwrap().select_by_label(label).await.unwrap();
    }
    retype(&widget_find(c, 0, sel::FOOD_AMOUNT).await.unwrap(), count).await;
    tap(&widget_find(c, 0, sel::FOOD_ADD).await.unwrap()).await;
}

/// Opens the drinking-water section (folded until the reader opens it).
pub async fn open_water(c: &Client) {
    let section = widget_find(c, 0, sel::WATER).await.unwrap();
    if section.prop("open").await.unwrap().as_deref() != Some("true") {
        tap(&widget_find(c, 0, sel::WATER_SUMMARY).await.unwrap()).await;
    }
}

/// Types an amount into the supplement form (as it is set up) and adds it.
pub async fn add_supplement(c: &Client, mg: &str) {
    retype(&widget_find(c, 0, sel::NONFOOD_AMOUNT).await.unwrap(), mg).await;
    tap(&widget_find(c, 0, sel::NONFOOD_ADD).await.unwrap()).await;
}

/// Types an age into the first widget, as a reader does.
pub async fn set_age(c: &Client, age: &str) {
    retype(&widget_find(c, 0, sel::AGE).await.unwrap(), age).await;
}

/// Waits until the first widget shows this reference value (mg a day).
pub async fn expect_reference_mg(c: &Client, mg: &str) {
    wait_for_widget_text(c, 0, sel::REFERENCE_MG, |t| t == mg).await;
}
