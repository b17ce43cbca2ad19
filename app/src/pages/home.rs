//! Help centre home: the support channels and the contacts directory.

use leptos::prelude::*;
use shared::contacts::{DIRECTORY, OPERATOR_HOURS};
use shared::ui::home;

use crate::{lang, set_title};
use shared::pages::Page;

/// The help centre's front page.
#[component]
pub fn HomePage() -> impl IntoView {
    set_title(home::TITLE.get(lang()), false);
    view! {
        <h1 class="heading-xl">{home::TITLE.get(lang())}</h1>
        <p class="lead">{home::LEAD.get(lang())}</p>
        <h2 class="heading-m">{home::CHANNELS.get(lang())}</h2>
        <ul class="channels">
            <li class="channel">
                <h3 class="heading-s">
                    <a href=Page::Feedback.href()>{home::FEEDBACK_TITLE.get(lang())}</a>
                </h3>
                <p class="body">{home::FEEDBACK_TEXT.get(lang())}</p>
            </li>
            <li class="channel">
                <h3 class="heading-s">
                    <a href=Page::NewCallback.href()>{home::CALLBACK_TITLE.get(lang())}</a>
                </h3>
                <p class="body">{home::CALLBACK_TEXT.get(lang())}</p>
                <p class="body">{home::CALLBACK_HOURS.get(lang())} " " {OPERATOR_HOURS.get(lang())}"."</p>
            </li>
            <li class="channel">
                <h3 class="heading-s">{home::PHONE_TITLE.get(lang())}</h3>
                <p class="body">{home::PHONE_TEXT.get(lang())}</p>
            </li>
        </ul>
        <h2 class="heading-m" id="contacts">{home::CONTACTS.get(lang())}</h2>
        {DIRECTORY
            .iter()
            .map(|group| {
                view! {
                    <h3 class="heading-s">{group.heading.get(lang())}</h3>
                    <dl class="contacts">
                        {group
                            .contacts
                            .iter()
                            .map(|contact| {
                                view! {
                                    <div class="contacts__row">
                                        <dt class="contacts__title">{contact.title.get(lang())}</dt>
                                        <dd class="contacts__value">
                                            <a href=contact.href>{contact.value}</a>
                                            <span class="contacts__note">{contact.note.get(lang())}</span>
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
