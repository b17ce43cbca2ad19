//! Entry point of «Заказать обратный звонок» (`/account/callbacks/new`), served with its files
//! under `/callback-new-app`.

fn main() {
    app::start_with(app::shell::NewCallbackApp);
}
