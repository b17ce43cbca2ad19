//! A message in a request's thread, with files: judged by `shared` before it is sent under one
//! idempotency key, each file with its progress; then back to the request.

use leptos::prelude::*;
use shared::accounts::NoBody;
use shared::api::MULTIPART_FILES;
use shared::forms::Form;
use shared::forms::reply::Reply;
use shared::requests::action_path;
use shared::status::CitizenAction;
use shared::ui::requests::detail as words;

use crate::api;
use crate::components::button::Button;
use crate::components::file_upload::{ChosenFile, FileUpload, check_files, outgoing};
use crate::components::textarea::TextArea;
use crate::pages::account::FormState;
use crate::router::navigate;
use crate::{lang, now};
use shared::pages::Page;

/// The reply page.
#[component]
pub fn ReplyPage(
    /// The request's number.
    number: String,
) -> impl IntoView {
    let form = FormState::new(&["text", "files"]);
    form.keep_title(words::REPLY);
    let text = RwSignal::new(String::new());
    let files = RwSignal::new(Vec::<ChosenFile>::new());
    // One key for this message, kept until it is sent: a retry or a reload after a lost answer
    // is the same message.
    let key_name = format!("{}{number}", crate::draft::REPLY_KEY_PREFIX);
    let key = StoredValue::new(crate::draft::lasting_key(&key_name));
    let path = action_path(&number, CitizenAction::Reply).unwrap_or_default();
    let back = Page::Request {
        number: number.clone(),
    };
    let back_href = back.href();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reply = Reply {
            text: text.get_untracked(),
        };
        let chosen = files.get_untracked();
        let mut problems = reply.check(now()).err().unwrap_or_default();
        problems.extend(check_files(MULTIPART_FILES, &chosen));
        if !form.passes(problems.into_result()) {
            return;
        }
        let (handles, show_progress) = outgoing(files);
        let (path, key, back) = (path.clone(), key.get_value(), back.clone());
        let key_name = key_name.clone();
        form.send(
            async move {
                if handles.is_empty() {
                    api::post_once::<_, NoBody>(&path, &reply, &key).await
                } else {
                    let parts = [(MULTIPART_FILES, handles.as_slice())];
                    api::post_files_once(&path, &reply, &parts, &key, show_progress).await
                }
            },
            move |_: NoBody| {
                crate::draft::clear(&key_name);
                navigate(&back);
            },
        );
    };
    view! {
        {form.top()}
        <p class="body"><a class="back-link" href=back_href>{words::TITLE.get(lang())} " " {number.clone()}</a></p>
        <h1 class="heading-l">{words::REPLY.get(lang())}</h1>
        <form novalidate on:submit=on_submit>
            <TextArea name="text" label=words::REPLY_TEXT rule=shared::text::REPLY_TEXT value=text error=form.error("text") />
            <FileUpload name="files" label=shared::ui::requests::new::FILES hint=shared::ui::requests::new::FILES_HINT files=files error=form.error("files") />
            <Button label=words::REPLY_SEND busy=form.busy submit=true />
        </form>
    }
}
