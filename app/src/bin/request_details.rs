//! Entry point of the details of «Новое обращение», served for `/account/requests/new/details`, with its files under `/request-details-app`.

fn main() {
    app::start_with(app::shell::RequestDetailsApp);
}
