//! Entry point of «Мои обращения», served for `/account/requests`, with its files under `/requests-app`.

fn main() {
    app::start_with(app::shell::RequestsApp);
}
