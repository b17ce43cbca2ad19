//! Words of the call-backs: the citizen's form «Заказать обратный звонок» and list
//! «Обратные звонки», and the operators' list of calls to make.

use super::t;
use crate::lang::Text;

/// The citizen's form: `/account/callbacks/new`.
pub mod book {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("Заказать обратный звонок", "Book a call-back");
    /// Under the heading.
    pub const LEAD: Text = t(
        "Специалист контакт-центра позвонит вам в выбранный день и промежуток времени. Когда он назначит точное время, мы пришлём уведомление.",
        "A contact centre specialist will call you on the day and in the window you choose. When they set the exact time, we will notify you.",
    );
    /// Phone label.
    pub const PHONE: Text = t("Номер телефона", "Phone number");
    /// Phone hint.
    pub const PHONE_HINT: Text = t(
        "На этот номер позвонит специалист. Например, +7 912 345-67-89",
        "The specialist will call this number. For example, +7 912 345 67 89",
    );
    /// Topic label.
    pub const TOPIC: Text = t("Тема звонка", "What the call is about");
    /// Empty option of the topic list.
    pub const TOPIC_CHOOSE: Text = t("Выберите тему", "Select a topic");
    /// Day label.
    pub const DAY: Text = t("День звонка", "Day of the call");
    /// Empty option of the day list.
    pub const DAY_CHOOSE: Text = t("Выберите день", "Select a day");
    /// The heading of the day list's options.
    pub const DAYS: Text = t("Ближайшие дни", "The coming days");
    /// After today's date.
    pub const TODAY: Text = t("сегодня", "today");
    /// After tomorrow's date.
    pub const TOMORROW: Text = t("завтра", "tomorrow");
    /// The days of the week, Monday first.
    pub const WEEKDAYS: [Text; 7] = [
        t("понедельник", "Monday"),
        t("вторник", "Tuesday"),
        t("среда", "Wednesday"),
        t("четверг", "Thursday"),
        t("пятница", "Friday"),
        t("суббота", "Saturday"),
        t("воскресенье", "Sunday"),
    ];
    /// Window legend.
    pub const WINDOW: Text = t("Удобное время", "A convenient time");
    /// Comment label.
    pub const COMMENT: Text = t("Комментарий", "Comment");
    /// Comment hint.
    pub const COMMENT_HINT: Text = t(
        "Что специалисту стоит знать до звонка, например номер обращения.",
        "What the specialist should know before the call, such as a request number.",
    );
    /// Send button.
    pub const SEND: Text = t("Заказать звонок", "Book the call");
    /// Send button while sending.
    pub const SENDING: Text = t("Отправляем…", "Sending…");
    /// A call-back is open already: the heading.
    pub const ALREADY: Text = t(
        "У вас уже заказан обратный звонок",
        "You have already booked a call-back",
    );
    /// A call-back is open already: what to do.
    pub const ALREADY_TEXT: Text = t(
        "Одновременно можно заказать один звонок. Чтобы заказать другой, сначала отмените заказанный.",
        "You can book one call at a time. To book another, cancel the one you booked first.",
    );
    /// The link to the list.
    pub const LIST_LINK: Text = crate::notices::OPEN_CALLBACKS;
}

/// The citizen's list: `/account/callbacks`.
pub mod list {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("Обратные звонки", "Call-backs");
    /// «Личный кабинет»: under the link to the list.
    pub const LINK_TEXT: Text = t(
        "Заказать звонок специалиста контакт-центра в удобное время и посмотреть заказанные.",
        "Book a call from a contact centre specialist at a convenient time and see the ones you booked.",
    );
    /// Book one.
    pub const NEW: Text = t("Заказать звонок", "Book a call");
    /// Banner after booking.
    pub const BOOKED: Text = t("Обратный звонок заказан", "Your call-back is booked");
    /// Under the banner after booking.
    pub const BOOKED_TEXT: Text = t(
        "Когда специалист назначит время звонка, мы пришлём уведомление.",
        "When the specialist sets the time of the call, we will notify you.",
    );
    /// Banner after cancelling.
    pub const CANCELLED: Text = t("Звонок отменён", "The call has been cancelled");
    /// The open call-back's heading.
    pub const OPEN: Text = t("Заказанный звонок", "Your booked call");
    /// Row: the number.
    pub const PHONE: Text = t("Номер для звонка", "Number to call");
    /// Row: the topic.
    pub const TOPIC: Text = t("Тема", "Topic");
    /// Row: the day and window.
    pub const WHEN: Text = t("День и время", "Day and time");
    /// Row: the time set.
    pub const CALL_AT: Text = t("Назначенное время", "Time set");
    /// Row: the comment.
    pub const COMMENT: Text = t("Комментарий", "Comment");
    /// After the day and window.
    pub const MOSCOW: Text = t("по московскому времени", "Moscow time");
    /// Cancel: the first press.
    pub const CANCEL: Text = t("Отменить звонок", "Cancel the call");
    /// Cancel: the question.
    pub const CANCEL_QUESTION: Text = t("Отменить обратный звонок?", "Cancel the call-back?");
    /// Cancel: what follows.
    pub const CANCEL_WARNING: Text = t(
        "Специалист не позвонит. Новый звонок можно заказать сразу.",
        "The specialist will not call. You can book a new call straight away.",
    );
    /// Cancel: yes.
    pub const CANCEL_YES: Text = t("Да, отменить", "Yes, cancel it");
    /// Cancel: no.
    pub const KEEP: Text = t("Не отменять", "Keep it");
    /// A cancel that came too late: the banner's heading.
    pub const NOT_CANCELLED: Text = t(
        "Звонок уже нельзя отменить",
        "The call can no longer be cancelled",
    );
    /// A cancel that came too late: why.
    pub const NOT_CANCELLED_TEXT: Text = t(
        "Звонок уже завершён или отменён. Его состояние — в списке ниже.",
        "The call is already over or cancelled. The list below shows where it stands.",
    );
    /// The earlier ones.
    pub const HISTORY: Text = t("Прошлые звонки", "Earlier calls");
    /// When one was booked, before the date.
    pub const BOOKED_AT: Text = t("Заказан", "Booked");
    /// No call-back at all.
    pub const EMPTY: Text = t(
        "Вы ещё не заказывали обратный звонок.",
        "You have not booked a call-back yet.",
    );
    /// For staff.
    pub const NOT_FOR_STAFF: Text = t(
        "Обратный звонок заказывают заявители. Операторы видят звонки, которые нужно сделать, на странице «Обратные звонки» рабочего места.",
        "Call-backs are booked by citizens. Operators see the calls to make on the workspace's «Call-backs» page.",
    );
}

/// The operators' list: `/staff/callbacks`.
pub mod console {
    use super::*;
    use crate::forms::callback::CallWindow;
    use crate::lang::Message;

    /// Title and heading.
    pub const TITLE: Text = t("Обратные звонки", "Call-backs");
    /// «Личный кабинет» and the queue: under the link.
    pub const LINK_TEXT: Text = t(
        "Звонки, которые заказали заявители ваших разделов.",
        "The calls citizens of your sections asked for.",
    );
    /// The tabs' navigation label.
    pub const TABS: Text = t("Какие звонки", "Which calls");
    /// Tab: to make.
    pub const UPCOMING: Text = t("Предстоящие", "To make");
    /// Tab: finished.
    pub const FINISHED: Text = t("Завершённые", "Finished");
    /// No call to make.
    pub const EMPTY: Text = t(
        "В ваших разделах нет звонков, которые нужно сделать.",
        "There are no calls to make in your sections.",
    );
    /// No finished call.
    pub const EMPTY_FINISHED: Text = t(
        "В ваших разделах ещё нет завершённых звонков.",
        "There are no finished calls in your sections yet.",
    );
    /// Before the count.
    pub const FOUND: Text = t("Звонков:", "Calls:");
    /// Mark: the window is over.
    pub const LATE: Text = t("Просрочен", "Late");
    /// Row: who asked.
    pub const CITIZEN: Text = t("Заявитель", "Citizen");
    /// Row: the operator.
    pub const OPERATOR: Text = t("Оператор", "Operator");
    /// Row: the note.
    pub const NOTE: Text = t("Заметка", "Note");
    /// The time field.
    pub const TIME: Text = t("Время звонка", "Time of the call");
    /// The time field's hint when the window is unknown.
    pub const TIME_HINT: Text = t(
        "Внутри промежутка, который выбрал заявитель. Например, 14:30",
        "Inside the window the citizen chose. For example, 14:30",
    );
    /// The note field.
    pub const NOTE_LABEL: Text = t("Заметка для коллег", "Note for colleagues");
    /// The note's hint.
    pub const NOTE_HINT: Text = t(
        "Что сказал заявитель или почему не дозвонились. Заявитель её не увидит.",
        "What the citizen said or why the call failed. The citizen does not see it.",
    );
    /// Leave the form.
    pub const CANCEL: Text = t("Отмена", "Cancel");
    /// Before the call-back a form is about, visually hidden after a button's words.
    pub const FOR: Text = t("для", "for");
    /// Banner: the call is scheduled.
    pub const DONE_SCHEDULE: Text = t("Время звонка назначено", "The time of the call is set");
    /// Banner: the call took place.
    pub const DONE_DONE: Text = t(
        "Звонок отмечен как состоявшийся",
        "The call is recorded as made",
    );
    /// Banner: nobody answered.
    pub const DONE_NOT_REACHED: Text = t(
        "Звонок отмечен: не дозвонились",
        "The call is recorded as not reached",
    );
    /// Banner: the call-back changed meanwhile.
    pub const CHANGED: Text = t("Звонок уже изменился", "The call has changed already");
    /// Under [`CHANGED`].
    pub const CHANGED_TEXT: Text = t(
        "Его отменил заявитель или отметил другой оператор. Список обновлён.",
        "The citizen cancelled it or another operator recorded it. The list has been refreshed.",
    );

    /// The time field's hint: the window the citizen chose, with an example inside it.
    pub fn time_hint(window: CallWindow) -> Message {
        let (from, to) = (window.from_hour, window.to_hour);
        Message {
            ru: format!(
                "Заявитель ждёт звонка с {from:02}:00 до {to:02}:00 по московскому времени. Например, {from:02}:30"
            ),
            en: format!(
                "The citizen expects the call from {from:02}:00 to {to:02}:00, Moscow time. For example, {from:02}:30"
            ),
        }
    }
}
