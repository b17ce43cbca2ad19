//! Every component the gallery shows, in the order of its index.

use super::ComponentDoc;
use shared::ui::gallery::names;

/// A component entry from its folder: documentation, examples and their code, one source each.
macro_rules! component {
    ($folder:ident, $title:expr) => {
        ComponentDoc {
            folder: stringify!($folder),
            title: $title,
            module_source: include_str!(concat!("../components/", stringify!($folder), "/mod.rs")),
            examples_source: include_str!(concat!(
                "../components/",
                stringify!($folder),
                "/examples.rs"
            )),
            examples: crate::components::$folder::examples::EXAMPLES,
        }
    };
}

/// The components, grouped as a designer looks for them: frame, form parts, feedback, data.
pub const COMPONENTS: &[ComponentDoc] = &[
    component!(layout, names::LAYOUT),
    component!(back_link, names::BACK_LINK),
    component!(button, names::BUTTON),
    component!(hint, names::HINT),
    component!(error_message, names::ERROR_MESSAGE),
    component!(text_input, names::TEXT_INPUT),
    component!(search_box, names::SEARCH_BOX),
    component!(textarea, names::TEXTAREA),
    component!(select, names::SELECT),
    component!(radios, names::RADIOS),
    component!(checkboxes, names::CHECKBOXES),
    component!(date_input, names::DATE_INPUT),
    component!(phone_input, names::PHONE_INPUT),
    component!(identifier_input, names::IDENTIFIER_INPUT),
    component!(password_input, names::PASSWORD_INPUT),
    component!(one_time_code, names::ONE_TIME_CODE),
    component!(fieldset, names::FIELDSET),
    component!(error_summary, names::ERROR_SUMMARY),
    component!(file_upload, names::FILE_UPLOAD),
    component!(notification_banner, names::NOTIFICATION_BANNER),
    component!(panel, names::PANEL),
    component!(status_tag, names::STATUS_TAG),
    component!(deadline_badge, names::DEADLINE_BADGE),
    component!(summary_list, names::SUMMARY_LIST),
    component!(table, names::TABLE),
    component!(bar_chart, names::BAR_CHART),
    component!(pagination, names::PAGINATION),
    component!(tabs, names::TABS),
    component!(details, names::DETAILS),
    component!(modal, names::MODAL),
    component!(toast, names::TOAST),
    component!(spinner, names::SPINNER),
    component!(timeline, names::TIMELINE),
    component!(chat_bubble, names::CHAT_BUBBLE),
];

/// The component with this URL slug.
pub fn find(slug: &str) -> Option<&'static ComponentDoc> {
    COMPONENTS.iter().find(|c| c.slug() == slug)
}
