//! Words of the operator console: the queue, one request, the statistics.

use super::t;
use crate::lang::Text;

/// The statistics page and its CSV export.
pub mod statistics {
    use super::*;

    /// Heading.
    pub const TITLE: Text = t("Статистика", "Statistics");
    /// The section column.
    pub const SECTION: Text = t("Раздел", "Section");
    /// Requests registered in the period.
    pub const TOTAL: Text = t("Всего за период", "Total in the period");
    /// All sections together.
    pub const ALL_SECTIONS: Text = t("Все разделы", "All sections");
    /// Requests overdue now.
    pub const OVERDUE_NOW: Text = t("Просрочено сейчас", "Overdue now");
    /// The figure column.
    pub const FIGURE: Text = t("Показатель", "Figure");
    /// The value column.
    pub const VALUE: Text = t("Значение", "Value");
    /// First response, median.
    pub const FIRST_RESPONSE_MEDIAN: Text = t(
        "Первый ответ, медиана (минут)",
        "First response, median (minutes)",
    );
    /// First response, 90th percentile.
    pub const FIRST_RESPONSE_P90: Text = t(
        "Первый ответ, 90-й процентиль (минут)",
        "First response, 90th percentile (minutes)",
    );
    /// Resolution, median.
    pub const RESOLUTION_MEDIAN: Text =
        t("Решение, медиана (минут)", "Resolution, median (minutes)");
    /// Resolution, 90th percentile.
    pub const RESOLUTION_P90: Text = t(
        "Решение, 90-й процентиль (минут)",
        "Resolution, 90th percentile (minutes)",
    );
    /// Resolved requests.
    pub const RESOLVED: Text = t("Решено", "Resolved");
    /// Of them, within the deadline.
    pub const ON_TIME: Text = t("Из них в срок", "Of them, on time");
    /// Share within the deadline.
    pub const ON_TIME_SHARE: Text = t("Доля решённых в срок, %", "Resolved on time, %");
    /// Average rating.
    pub const RATING_AVERAGE: Text = t("Средняя оценка", "Average rating");
    /// Ratings with n stars; the number follows.
    pub const RATINGS_WITH: Text = t("Оценок со звёздами:", "Ratings with stars:");
}
