//! Rating a closed request (1–5 and a comment) and asking for a senior operator, each judged
//! by `shared`'s form before it is sent; then back to the request.

use leptos::prelude::*;
use shared::forms::Form;
use shared::forms::escalation::Escalation;
use shared::forms::rating::Rating;
use shared::requests::action_path;
use shared::status::CitizenAction;
use shared::ui::requests::detail as words;

use crate::api;
use crate::components::button::Button;
use crate::components::radios::{Choice, Radios};
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, now};
use shared::pages::Page;

/// The link back to the request, above the heading.
fn back_link(number: &str) -> impl IntoView + use<> {
    let href = Page::Request {
        number: number.to_owned(),
    }
    .href();
    view! { <p class="body"><a class="back-link" href=href>{words::TITLE.get(lang())} " " {number.to_owned()}</a></p> }
}

/// The rating page.
#[component]
pub fn RatePage(
    /// The request's number.
    number: String,
) -> impl IntoView {
    let form = FormState::new(&["stars", "comment"]);
    form.keep_title(words::RATE);
    let stars = RwSignal::new(String::new());
    let comment = RwSignal::new(String::new());
    let path = action_path(&number, CitizenAction::Rate).unwrap_or_default();
    let back = Page::Request {
        number: number.clone(),
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let rating = Rating {
            stars: stars.get_untracked().parse().unwrap_or(0),
            comment: comment.get_untracked(),
        };
        if form.passes(rating.check(now())) {
            let (path, back) = (path.clone(), back.clone());
            form.send(
                async move { api::post::<_, ()>(&path, &rating).await },
                move |()| navigate(&back),
            );
        }
    };
    let marks = ["1", "2", "3", "4", "5"]
        .into_iter()
        .zip(words::MARKS)
        .map(|(value, label)| Choice {
            value,
            label,
            hint: None,
        })
        .collect::<Vec<_>>();
    view! {
        {form.top()}
        {back_link(&number)}
        <h1 class="heading-l">{words::RATE.get(lang())}</h1>
        <form novalidate on:submit=on_submit>
            <Radios name="stars" legend=words::STARS choices=marks value=stars error=form.error("stars") />
            <TextArea name="comment" label=words::COMMENT rule=shared::text::COMMENT value=comment error=form.error("comment") rows=3 />
            <Button label=words::RATE_SEND busy=form.busy submit=true />
        </form>
    }
}

/// The escalation page.
#[component]
pub fn EscalatePage(
    /// The request's number.
    number: String,
) -> impl IntoView {
    let form = FormState::new(&["reason"]);
    form.keep_title(words::ESCALATE);
    let reason = RwSignal::new(String::new());
    let path = action_path(&number, CitizenAction::Escalate).unwrap_or_default();
    let back = Page::Request {
        number: number.clone(),
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let escalation = Escalation {
            reason: reason.get_untracked(),
        };
        if form.passes(escalation.check(now())) {
            let (path, back) = (path.clone(), back.clone());
            form.send(
                async move { api::post::<_, ()>(&path, &escalation).await },
                move |()| navigate(&back),
            );
        }
    };
    view! {
        {form.top()}
        {back_link(&number)}
        <h1 class="heading-l">{words::ESCALATE.get(lang())}</h1>
        <p class="body">{words::ESCALATE_HINT.get(lang())}</p>
        <form novalidate on:submit=on_submit>
            <TextArea name="reason" label=words::ESCALATE_REASON rule=shared::text::ESCALATION_REASON value=reason error=form.error("reason") rows=4 />
            <Button label=words::ESCALATE busy=form.busy submit=true />
        </form>
    }
}
