//! Entry point of the bundle served with its files under `/console-decide-app` (see
//! `shared::accounts::BUNDLES` for the pages it shows).

fn main() {
    app::start_with(app::shell::ConsoleDecideApp);
}
