//! Entry point of the files, check and confirmation of «Новое обращение», served for `/account/requests/new/files`, `/check` and `/sent`, with its files under `/request-send-app`.

fn main() {
    app::start_with(app::shell::RequestSendApp);
}
