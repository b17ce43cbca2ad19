//! Entry point of the SPA built by trunk.

fn main() {
    app::start_with(app::shell::HelpCentreApp);
}
