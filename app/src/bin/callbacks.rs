//! Entry point of «Обратные звонки» (`/account/callbacks`), served with its files under
//! `/callbacks-app`.

fn main() {
    app::start_with(app::shell::CallbacksApp);
}
