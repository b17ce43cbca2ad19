//! Help centre home: the support channels and the contacts directory.

use leptos::prelude::*;
use shared::contacts::DIRECTORY;
use shared::ui::home;

use crate::page::Page;
use crate::{LANG, set_title};

/// The help centre's front page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title(home::TITLE.get(LANG), false);
    view! {
        <h1 class="heading-xl">{home::TITLE.get(LANG)}</h1>
        <p class="lead">{home::LEAD.get(LANG)}</p>
        <h2 class="heading-m">{home::CHANNELS.get(LANG)}</h2>
        <ul class="channels">
            <li class="channel">
                <h3 class="heading-s">
                    <a href=Page::Feedback.href()>{home::FEEDBACK_TITLE.get(LANG)}</a>
                </h3>
                <p class="body">{home::FEEDBACK_TEXT.get(LANG)}</p>
            </li>
            <li class="channel">
                <h3 class="heading-s">{home::PHONE_TITLE.get(LANG)}</h3>
                <p class="body">{home::PHONE_TEXT.get(LANG)}</p>
            </li>
        </ul>
        <h2 class="heading-m" id="contacts">{home::CONTACTS.get(LANG)}</h2>
        {DIRECTORY
            .iter()
            .map(|group| {
                view! {
                    <h3 class="heading-s">{group.heading.get(LANG)}</h3>
                    <dl class="contacts">
                        {group
                            .contacts
                            .iter()
                            .map(|contact| {
                                view! {
                                    <div class="contacts__row">
                                        <dt class="contacts__title">{contact.title.get(LANG)}</dt>
                                        <dd class="contacts__value">
                                            <a href=contact.href>{contact.value}</a>
                                            <span class="contacts__note">{contact.note.get(LANG)}</span>
                                        </dd>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </dl>
                }
            })
            .collect_view()}
    }
}
