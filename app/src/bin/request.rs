//! Entry point of one request, served for `/account/requests/view`, with its files under `/request-app`.

fn main() {
    app::start_with(app::shell::RequestApp);
}
