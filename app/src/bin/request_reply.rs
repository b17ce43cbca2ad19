//! Entry point of a reply in a request's thread, served for `/account/requests/reply`, with its files under `/request-reply-app`.

fn main() {
    app::start_with(app::shell::RequestReplyApp);
}
