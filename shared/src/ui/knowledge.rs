//! Words of the knowledge base: the search box and its suggestions, «База знаний», one article
//! and «Задать вопрос эксперту».

use super::t;
use crate::lang::{Counted, EnPlural, Message, RuPlural, Text};

/// The search box with suggestions (the help centre's home and «База знаний»).
pub mod search_box {
    use super::*;

    /// The box's label.
    pub const LABEL: Text = t("Поиск по базе знаний", "Search the knowledge base");
    /// Under the label.
    pub const HINT: Text = t(
        "Например: «восстановить пароль». Слова в кавычках ищутся как фраза",
        "For example: «reset password». Words in quotes are found as a phrase",
    );
    /// The button.
    pub const SUBMIT: Text = t("Найти", "Search");
    /// Announced when suggestions appear, before their number: «Подсказок: 3».
    pub const SUGGESTIONS: Text = t("Подсказок:", "Suggestions:");
    /// Announced after the number of suggestions.
    pub const HOW_TO_CHOOSE: Text = t(
        "Выбирайте стрелками вверх и вниз, открывайте клавишей Enter.",
        "Use the up and down arrows to choose, Enter to open.",
    );
    /// Announced when nothing matches what is typed.
    pub const NO_SUGGESTIONS: Text = t(
        "Подсказок нет. Нажмите «Найти», чтобы искать по всему тексту статей.",
        "No suggestions. Press «Search» to search the whole text of the articles.",
    );
}

/// «База знаний»: the search, its filters and the results.
pub mod list {
    use super::*;

    /// Title and heading.
    pub const TITLE: Text = t("База знаний", "Knowledge base");
    /// Under the heading.
    pub const LEAD: Text = t(
        "Инструкции, ответы на частые вопросы и видеоинструкции о работе портала госуслуг.",
        "Guides, answers to common questions and video guides about the e-services portal.",
    );
    /// The filters' disclosure.
    pub const FILTERS: Text = t("Фильтры", "Filters");
    /// The kind's legend.
    pub const KIND: Text = t("Тип статьи", "Type of article");
    /// Any kind.
    pub const ANY_KIND: Text = t("Любой", "Any");
    /// The section's label.
    pub const SECTION: Text = t("Раздел", "Section");
    /// Any section.
    pub const ANY_SECTION: Text = t("Все разделы", "All sections");
    /// Applies the filters.
    pub const APPLY: Text = t("Применить фильтры", "Apply filters");
    /// Clears the search and its filters.
    pub const CLEAR: Text = t("Сбросить", "Clear");
    /// Before the number found: «Найдено статей: 3».
    pub const FOUND: Text = t("Найдено статей:", "Articles found:");
    /// Above the results without a search.
    pub const ALL: Text = t("Все статьи", "All articles");
    /// The results' list, for screen readers.
    pub const RESULTS: Text = t("Результаты поиска", "Search results");
    /// Nothing found.
    pub const NONE_FOUND: Text = t(
        "Ничего не нашлось. Проверьте, нет ли опечатки, попробуйте другие слова или задайте вопрос эксперту.",
        "Nothing found. Check the spelling, try other words or ask an expert.",
    );
    /// Before a result's date.
    pub const UPDATED: Text = t("Обновлено", "Updated");
    /// The search could not be made.
    pub const FAILED: Text = t(
        "Поиск сейчас не работает. Попробуйте ещё раз через несколько минут.",
        "Search is not working right now. Try again in a few minutes.",
    );
}

/// One article.
pub mod article {
    use super::*;

    /// The breadcrumbs' name for screen readers.
    pub const BREADCRUMBS: Text = t("Вы здесь", "You are here");
    /// Before the date the article was changed.
    pub const UPDATED: Text = t("Обновлено:", "Updated:");
    /// A draft, shown to the contact centre only.
    pub const DRAFT: Text = t(
        "Черновик: статья не опубликована, граждане её не видят",
        "Draft: the article is not published, citizens do not see it",
    );
    /// The link to a video guide's video.
    pub const WATCH: Text = t("Смотреть видео", "Watch the video");
    /// After the link: it opens another site.
    pub const WATCH_ELSEWHERE: Text = t("(откроется на другом сайте)", "(opens another site)");
    /// The transcript's heading.
    pub const TRANSCRIPT: Text = t("Текст видео", "Video transcript");
    /// The related articles' heading.
    pub const RELATED: Text = t("Похожие статьи", "Related articles");
    /// The question after the article.
    pub const HELPFUL: Text = t("Была ли статья полезной?", "Was this article helpful?");
    /// Yes.
    pub const YES: Text = t("Да", "Yes");
    /// No.
    pub const NO: Text = t("Нет", "No");
    /// After an answer.
    pub const THANKS: Text = t("Спасибо, ответ учтён", "Thank you, your answer is counted");
    /// The optional comment's label after «Да».
    pub const COMMENT_HELPED: Text = t("Что оказалось полезным?", "What was useful?");
    /// The optional comment's label after «Нет».
    pub const COMMENT_MISSING: Text = t(
        "Чего не хватило в статье?",
        "What was missing from the article?",
    );
    /// Under the comment's label.
    pub const COMMENT_HINT: Text = t(
        "Не пишите личные данные: на комментарий никто не ответит. Чтобы получить ответ, задайте вопрос эксперту",
        "Do not write personal details: nobody answers a comment. To get an answer, ask an expert",
    );
    /// Sends the comment.
    pub const SEND_COMMENT: Text = t("Отправить комментарий", "Send comment");
    /// After the comment.
    pub const COMMENT_SENT: Text = t(
        "Комментарий отправлен. Спасибо!",
        "Comment sent. Thank you!",
    );
    /// The answer could not be sent.
    pub const VOTE_FAILED: Text = t(
        "Ответ не отправлен. Попробуйте ещё раз.",
        "The answer was not sent. Try again.",
    );
    /// There is no such article (or it was unpublished).
    pub const NOT_FOUND: Text = t(
        "Статья не найдена: возможно, её убрали или адрес набран с ошибкой.",
        "Article not found: it may have been removed, or the address is mistyped.",
    );
}

/// «Задать вопрос эксперту», under every search and article.
pub mod ask {
    use super::*;

    /// The heading.
    pub const HEADING: Text = t("Не нашли ответ?", "Did not find an answer?");
    /// What happens.
    pub const TEXT: Text = t(
        "Специалист поддержки ответит на ваше обращение в личном кабинете. Тема обращения будет заполнена вашим вопросом.",
        "A support specialist answers your request in your account. The request's subject is filled in with your question.",
    );
    /// The link.
    pub const LINK: Text = t("Задать вопрос эксперту", "Ask an expert");
}

/// The articles suggested in «Новое обращение» as the subject is typed.
pub mod suggested {
    use super::*;

    /// The list's heading.
    pub const HEADING: Text = t("Возможно, ответ уже есть", "The answer may already be here");
    /// Under the heading.
    pub const TEXT: Text = t(
        "Черновик обращения сохранится, если вы откроете статью и вернётесь.",
        "Your draft request is kept if you open an article and come back.",
    );

    /// Readers an article helped: «помогла 1 читателю», «помогла 5 читателям».
    const READERS: Counted = Counted {
        ru: RuPlural {
            one: "читателю",
            few: "читателям",
            many: "читателям",
        },
        en: EnPlural {
            one: "reader",
            other: "readers",
        },
    };

    /// «Помогла 12 читателям» / «Helped 12 readers».
    pub fn helped(count: u64) -> Message {
        let readers = READERS.count(count);
        Message {
            ru: format!("Помогла {}", readers.ru),
            en: format!("Helped {}", readers.en),
        }
    }
}

/// The administrators' pages: every article with its figures, and one article's form.
pub mod admin {
    use super::*;

    /// The list's title and heading.
    pub const TITLE: Text = t("Статьи базы знаний", "Knowledge base articles");
    /// Under the heading.
    pub const LEAD: Text = t(
        "Все статьи, черновики тоже, с показателями: сначала самые читаемые.",
        "Every article, drafts too, with its figures: the most read first.",
    );
    /// Under the link in «Личный кабинет».
    pub const LINK_TEXT: Text = t(
        "Статьи, черновики и их показатели: просмотры, оценки, обращения после прочтения.",
        "Articles, drafts and their figures: views, ratings, requests after reading.",
    );
    /// The link to a new article.
    pub const NEW: Text = t("Новая статья", "New article");
    /// The table's caption.
    pub const CAPTION: Text = t("Статьи и их показатели", "Articles and their figures");
    /// Title column.
    pub const ARTICLE: Text = t("Статья", "Article");
    /// State column.
    pub const STATE: Text = t("Состояние", "State");
    /// Published.
    pub const PUBLISHED: Text = t("Опубликована", "Published");
    /// A draft.
    pub const DRAFT: Text = t("Черновик", "Draft");
    /// Views column.
    pub const VIEWS: Text = t("Просмотры", "Views");
    /// Helpful column.
    pub const HELPFUL: Text = t("Помогла", "Helped");
    /// Not helpful column.
    pub const NOT_HELPFUL: Text = t("Не помогла", "Did not help");
    /// Requests filed after reading it.
    pub const REQUESTS: Text = t("Обращений после прочтения", "Requests after reading");
    /// Updated column.
    pub const UPDATED: Text = t("Обновлена", "Updated");
    /// No articles.
    pub const EMPTY: Text = t("Статей пока нет.", "No articles yet.");
    /// After a deletion.
    pub const DELETED: Text = t("Статья удалена", "Article deleted");

    /// A new article's title and heading.
    pub const NEW_TITLE: Text = t("Новая статья", "New article");
    /// An article's form's title and heading.
    pub const EDIT_TITLE: Text = t("Изменение статьи", "Edit article");
    /// The title's label.
    pub const TITLE_LABEL: Text = t("Заголовок", "Title");
    /// The English title's label.
    pub const TITLE_EN: Text = t("Заголовок на английском", "Title in English");
    /// The summary's label.
    pub const SUMMARY: Text = t("Краткое описание", "Summary");
    /// Under the summary's label.
    pub const SUMMARY_HINT: Text = t(
        "Одно-два предложения для результатов поиска",
        "One or two sentences for the search results",
    );
    /// The English summary's label.
    pub const SUMMARY_EN: Text = t("Краткое описание на английском", "Summary in English");
    /// The section's empty option.
    pub const CHOOSE_SECTION: Text = t("Выберите раздел", "Choose a section");
    /// The body's label.
    pub const BODY: Text = t("Текст статьи", "Article text");
    /// Under the body's label.
    pub const BODY_HINT: Text = t(
        "Markdown: «## » — подзаголовок, пустая строка — новый абзац, «- » — список, «1. » — шаги, **жирный**, [ссылка](https://…). HTML и картинки не показываются",
        "Markdown: «## » a heading, an empty line a new paragraph, «- » a list, «1. » steps, **bold**, [link](https://…). HTML and images are not shown",
    );
    /// The video's label.
    pub const VIDEO_URL: Text = t("Ссылка на видео", "Video address");
    /// Under the video's label.
    pub const VIDEO_URL_HINT: Text = t(
        "Адрес, начинающийся с https://",
        "An address starting with https://",
    );
    /// Under the transcript's label.
    pub const TRANSCRIPT_HINT: Text = t(
        "Полная расшифровка: её читают те, кто не может смотреть видео, и по ней ищут",
        "The full transcript: people who cannot watch read it, and search finds it",
    );
    /// Under it.
    pub const RELATED_HINT: Text = t(
        "Выберите статью, чтобы добавить её; не больше 6",
        "Choose an article to add it; at most 6",
    );
    /// The related articles' empty option.
    pub const ADD_RELATED: Text = t("Добавить статью", "Add an article");
    /// Removes a related article.
    pub const REMOVE: Text = t("Убрать", "Remove");
    /// A new article is published at once.
    pub const PUBLISH_NOW: Text = t(
        "Опубликовать сразу: статья видна гражданам и находится поиском",
        "Publish at once: citizens see the article and search finds it",
    );
    /// Shows the rendered body.
    pub const PREVIEW: Text = t("Предпросмотр", "Preview");
    /// Above the preview.
    pub const PREVIEW_HEADING: Text = t("Так статья будет выглядеть", "How the article will look");
    /// Saves.
    pub const SAVE: Text = t("Сохранить", "Save");
    /// Publishes a draft.
    pub const PUBLISH: Text = t("Опубликовать", "Publish");
    /// Takes it back to a draft.
    pub const UNPUBLISH: Text = t("Снять с публикации", "Unpublish");
    /// After saving.
    pub const SAVED: Text = t("Статья сохранена", "Article saved");
    /// After publishing.
    pub const NOW_PUBLISHED: Text = t("Статья опубликована", "Article published");
    /// After unpublishing.
    pub const NOW_DRAFT: Text = t("Статья снята с публикации", "Article unpublished");
    /// Deletes.
    pub const DELETE: Text = t("Удалить статью", "Delete article");
    /// Asked before deleting.
    pub const DELETE_QUESTION: Text = t(
        "Удалить статью насовсем? Вернуть её будет нельзя; история изменений сохранится.",
        "Delete the article for good? It cannot be brought back; its history is kept.",
    );
    /// Confirms.
    pub const DELETE_YES: Text = t("Да, удалить", "Yes, delete");
    /// Does not.
    pub const KEEP: Text = t("Не удалять", "Keep it");
    /// The figures' heading.
    pub const FIGURES: Text = t("Показатели", "Figures");
    /// The history's heading.
    pub const HISTORY: Text = t("История изменений", "History of changes");
    /// The history's caption.
    pub const HISTORY_CAPTION: Text = t(
        "Кто и когда менял статью",
        "Who changed the article, and when",
    );
    /// Change column.
    pub const CHANGE: Text = t("Изменение", "Change");
    /// Who column.
    pub const BY: Text = t("Кто", "By");
    /// When column.
    pub const AT: Text = t("Когда", "When");
    /// Loaded from the repository: nobody.
    pub const REPOSITORY: Text = t("Загружена из репозитория", "Loaded from the repository");
    /// The article page's link for staff.
    pub const OPEN: Text = t("Открыть статью", "Open the article");

    /// The words for a change.
    pub fn change_name(change: crate::articles::ChangeKind) -> Text {
        use crate::articles::ChangeKind;
        match change {
            ChangeKind::Loaded => t("Загружена", "Loaded"),
            ChangeKind::Created => t("Создана", "Created"),
            ChangeKind::Edited => t("Изменена", "Edited"),
            ChangeKind::Published => t("Опубликована", "Published"),
            ChangeKind::Unpublished => t("Снята с публикации", "Unpublished"),
            ChangeKind::Deleted => t("Удалена", "Deleted"),
        }
    }
}
