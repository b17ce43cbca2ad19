//! Words of the statistics page and its CSV export.

use super::t;
use crate::lang::{Counted, EnPlural, Lang, Message, RuPlural, Text};

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
pub const RESOLUTION_MEDIAN: Text = t("Решение, медиана (минут)", "Resolution, median (minutes)");
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

// The page: period, headline figures, charts and tables. The consts above are shared with the
// CSV export and keep their names.

/// Above the period form: what is shown when no dates are given.
pub const PERIOD_HINT: Text = t(
    "Без дат показаны последние 30 дней. Период — не длиннее года.",
    "Without dates the last 30 days are shown. The period can be a year at most.",
);
/// The first day of the period.
pub const FROM: Text = t("Начало периода", "Start of the period");
/// The last day of the period.
pub const TO: Text = t("Конец периода", "End of the period");
/// Under a date field.
pub const DATE_HINT: Text = t("Например, 01.11.2026", "For example, 01.11.2026");
/// The form's button.
pub const APPLY: Text = t("Показать", "Show");
/// The link to the CSV file.
pub const DOWNLOAD_CSV: Text = t(
    "Скачать статистику в формате CSV",
    "Download the statistics as CSV",
);
/// The figures could not be loaded; the fault's words follow.
pub const NOT_LOADED: Text = t(
    "Не удалось загрузить статистику.",
    "The statistics could not be loaded.",
);
/// Nothing was filed in the period.
pub const EMPTY: Text = t(
    "За этот период обращений не поступало.",
    "No requests were filed in this period.",
);
/// A senior operator outside every section.
pub const NO_SECTIONS: Text = t(
    "Вас ещё не включили ни в один раздел. Обратитесь к администратору.",
    "You are not in any section yet. Ask an administrator.",
);
/// Heading of the headline figures.
pub const FIGURES: Text = t("Основные показатели", "Key figures");
/// Key: first response, median.
pub const FIRST_RESPONSE_MEDIAN_TIME: Text = t("Первый ответ, медиана", "First response, median");
/// Key: first response, 90th percentile.
pub const FIRST_RESPONSE_P90_TIME: Text = t(
    "Первый ответ, 90-й процентиль",
    "First response, 90th percentile",
);
/// Key: resolution, median.
pub const RESOLUTION_MEDIAN_TIME: Text = t("Решение, медиана", "Resolution, median");
/// Key: resolution, 90th percentile.
pub const RESOLUTION_P90_TIME: Text = t("Решение, 90-й процентиль", "Resolution, 90th percentile");
/// Key: the share resolved within the deadline.
pub const ON_TIME_KEY: Text = t("Решено в срок", "Resolved on time");
/// Under the figures: what the median and the percentile mean.
pub const TIMES_HINT: Text = t(
    "Время считается от регистрации обращения. Медиана: половина обращений получила ответ \
     быстрее. 90-й процентиль: 9 обращений из 10 — не дольше.",
    "Times run from registration. Median: half of the requests were quicker. \
     90th percentile: nine requests in ten took no longer.",
);
/// A time with nothing to measure yet.
pub const NO_DATA: Text = t("Нет данных", "No data");
/// No request of the period was resolved.
pub const NONE_RESOLVED: Text = t("Решённых обращений нет", "None resolved");
/// No request of the period was rated.
pub const NO_RATINGS: Text = t("Оценок нет", "No ratings");
/// Heading and chart title: volume by day.
pub const BY_DAY: Text = t("Обращения по дням", "Requests by day");
/// The disclosure holding the numbers by day.
pub const BY_DAY_NUMBERS: Text = t("Числа по дням", "Numbers by day");
/// The day column.
pub const DAY: Text = t("День", "Day");
/// The column of request counts.
pub const REQUESTS: Text = t("Обращений", "Requests");
/// Heading and table caption: volume by section.
pub const BY_SECTION: Text = t("Обращения по разделам", "Requests by section");
/// Heading and chart title: the ratings.
pub const RATINGS: Text = t("Оценки пользователей", "Ratings by citizens");
/// Caption of the ratings table.
pub const RATINGS_TABLE: Text = t("Оценки по числу звёзд", "Ratings by stars");
/// The stars column.
pub const STARS_COLUMN: Text = t("Оценка", "Rating");
/// The column of how many.
pub const COUNT: Text = t("Количество", "Count");
/// Label of the region a chart wider than its column scrolls in, before the chart's title.
pub const CHART_SCROLLS: Text = t(
    "Диаграмма прокручивается по горизонтали:",
    "Chart scrolls sideways:",
);

/// Hours: «час, часа, часов».
const HOURS: Counted = counted(("час", "часа", "часов"), ("hour", "hours"));
/// Minutes: «минута, минуты, минут».
const MINUTES: Counted = counted(("минута", "минуты", "минут"), ("minute", "minutes"));
/// Seconds: «секунда, секунды, секунд».
const SECONDS: Counted = counted(("секунда", "секунды", "секунд"), ("second", "seconds"));
/// Requests: «обращение, обращения, обращений».
const REQUESTS_COUNTED: Counted = counted(
    ("обращение", "обращения", "обращений"),
    ("request", "requests"),
);
/// Days: «день, дня, дней».
const DAYS: Counted = counted(("день", "дня", "дней"), ("day", "days"));
/// Ratings: «оценка, оценки, оценок».
const RATINGS_COUNTED: Counted = counted(("оценка", "оценки", "оценок"), ("rating", "ratings"));
/// Stars: «звезда, звезды, звёзд».
const STARS: Counted = counted(("звезда", "звезды", "звёзд"), ("star", "stars"));

/// A counted noun from its three Russian and two English forms.
const fn counted(
    (one, few, many): (&'static str, &'static str, &'static str),
    (en_one, other): (&'static str, &'static str),
) -> Counted {
    Counted {
        ru: RuPlural { one, few, many },
        en: EnPlural { one: en_one, other },
    }
}

/// Joins a message's two languages part by part.
fn both(ru: String, en: String) -> Message {
    Message { ru, en }
}

/// The period shown: «С 01.11.2026 по 30.11.2026».
pub fn period(from: &str, to: &str) -> Message {
    both(format!("С {from} по {to}"), format!("From {from} to {to}"))
}

/// Minutes in hours and minutes, in words: «2 часа 15 минут», «45 минут», «3 часа».
pub fn duration(minutes: u64) -> Message {
    let (days, hours, rest) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    // Whole units without «0 минут», but a time under a minute still says «0 минут».
    let join = |lang: Lang| {
        let day_words = (days > 0).then(|| DAYS.count(days).get(lang).to_owned());
        let hour_words = (hours > 0).then(|| HOURS.count(hours).get(lang).to_owned());
        let minute_words =
            (rest > 0 || minutes == 0).then(|| MINUTES.count(rest).get(lang).to_owned());
        day_words
            .into_iter()
            .chain(hour_words)
            .chain(minute_words)
            .collect::<Vec<_>>()
            .join(" ")
    };
    both(join(Lang::Ru), join(Lang::En))
}

/// A wait in seconds, in words: «45 секунд», «2 минуты 5 секунд», and from an hour on, as
/// [`duration`] says it.
pub fn wait(seconds: u64) -> Message {
    if seconds >= 3600 {
        return duration(seconds / 60);
    }
    let (minutes, rest) = (seconds / 60, seconds % 60);
    let join = |lang: Lang| {
        let minute_words = (minutes > 0).then(|| MINUTES.count(minutes).get(lang).to_owned());
        let second_words =
            (rest > 0 || seconds == 0).then(|| SECONDS.count(rest).get(lang).to_owned());
        minute_words
            .into_iter()
            .chain(second_words)
            .collect::<Vec<_>>()
            .join(" ")
    };
    both(join(Lang::Ru), join(Lang::En))
}

/// Hundredths as a decimal in each language's way: «4,37» and «4.37».
pub fn decimal(hundredths: u32) -> Message {
    let (whole, part) = (hundredths / 100, hundredths % 100);
    both(format!("{whole},{part:02}"), format!("{whole}.{part:02}"))
}

/// The share on time with its counts: «85 % (17 из 20)».
pub fn on_time(percent: u32, on_time: u32, resolved: u32) -> Message {
    both(
        format!("{percent} % ({on_time} из {resolved})"),
        format!("{percent}% ({on_time} of {resolved})"),
    )
}

/// The average rating with how many there are: «4,37 (12 оценок)».
pub fn average(hundredths: u32, count: u32) -> Message {
    let value = decimal(hundredths);
    let count = RATINGS_COUNTED.count(u64::from(count));
    both(
        format!("{} ({})", value.ru, count.ru),
        format!("{} ({})", value.en, count.en),
    )
}

/// A number of stars: «1 звезда», «5 звёзд».
pub fn stars(n: u32) -> Message {
    STARS.count(u64::from(n))
}

/// What the chart by day shows, for those who cannot see it: «Всего 123 обращения за 30 дней;
/// больше всего — 12, 05.11.2026».
pub fn by_day_summary(total: u32, days: usize, most: u32, on: &str) -> Message {
    let total = REQUESTS_COUNTED.count(u64::from(total));
    let days = DAYS.count(u64::try_from(days).unwrap_or(u64::MAX));
    both(
        format!(
            "Всего {} за {}; больше всего — {most}, {on}",
            total.ru, days.ru
        ),
        format!("{} in {}; the most, {most}, on {on}", total.en, days.en),
    )
}

/// What the ratings chart shows: «12 оценок, средняя 4,37».
pub fn ratings_summary(count: u32, average_hundredths: u32) -> Message {
    let count = RATINGS_COUNTED.count(u64::from(count));
    let value = decimal(average_hundredths);
    both(
        format!("{}, средняя {}", count.ru, value.ru),
        format!("{}, average {}", count.en, value.en),
    )
}

/// Heading of the chat's figures, and the CSV's row of chats started.
pub const CHATS: Text = t("Чаты", "Chats");
/// Chats started in the period.
pub const CHATS_STARTED: Text = t("Чатов начато", "Chats started");
/// Chats an operator took.
pub const CHATS_TAKEN: Text = t("Из них принято оператором", "Of them, taken by an operator");
/// Waiting for an operator, median, in the CSV.
pub const CHAT_WAIT_MEDIAN: Text = t(
    "Ожидание оператора в чате, медиана (секунд)",
    "Waiting for an operator in the chat, median (seconds)",
);
/// Waiting for an operator, 90th percentile, in the CSV.
pub const CHAT_WAIT_P90: Text = t(
    "Ожидание оператора в чате, 90-й процентиль (секунд)",
    "Waiting for an operator in the chat, 90th percentile (seconds)",
);
/// Waiting for an operator, median, on the page.
pub const CHAT_WAIT_MEDIAN_TIME: Text = t("Ожидание оператора, медиана", "Waiting, median");
/// Waiting for an operator, 90th percentile, on the page.
pub const CHAT_WAIT_P90_TIME: Text = t(
    "Ожидание оператора, 90-й процентиль",
    "Waiting, 90th percentile",
);
/// The share of ended chats the bot answered alone.
pub const BOT_ONLY_SHARE: Text = t(
    "Доля завершённых чатов без оператора, %",
    "Ended chats answered by the bot alone, %",
);
/// The chats' average rating.
pub const CHAT_RATING_AVERAGE: Text = t("Средняя оценка чатов", "Average rating of chats");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_read_as_minutes_and_seconds() {
        assert_eq!(wait(45).ru, "45 секунд");
        assert_eq!(wait(125).ru, "2 минуты 5 секунд");
        assert_eq!(wait(120).en, "2 minutes");
        assert_eq!(wait(0).ru, "0 секунд");
        assert_eq!(wait(7260).ru, "2 часа 1 минута");
    }

    #[test]
    fn durations_read_as_hours_and_minutes() {
        assert_eq!(duration(135).ru, "2 часа 15 минут");
        assert_eq!(duration(45).ru, "45 минут");
        assert_eq!(duration(0).ru, "0 минут");
        assert_eq!(duration(60).ru, "1 час");
        assert_eq!(duration(21 * 60 + 1).en, "21 hours 1 minute");
        assert_eq!(duration(50 * 60).ru, "2 дня 2 часа");
        assert_eq!(duration(24 * 60).ru, "1 день");
    }

    #[test]
    fn figures_read_in_each_language() {
        assert_eq!(decimal(437).ru, "4,37");
        assert_eq!(decimal(405).en, "4.05");
        assert_eq!(average(350, 2).ru, "3,50 (2 оценки)");
        assert_eq!(on_time(50, 1, 2).ru, "50 % (1 из 2)");
        assert_eq!(stars(5).ru, "5 звёзд");
    }
}
