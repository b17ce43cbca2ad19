//! Entry point of the bundle served with its files under `/console-write-app` (see
//! `shared::accounts::BUNDLES` for the pages it shows).

fn main() {
    app::start_with(app::shell::ConsoleWriteApp);
}
