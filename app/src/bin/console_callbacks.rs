//! Entry point of the operators' call-backs (`/staff/callbacks`), served with its files under
//! `/console-callbacks-app`.

fn main() {
    app::start_with(app::shell::ConsoleCallbacksApp);
}
