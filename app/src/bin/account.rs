//! Entry point of the account's bundle («Личный кабинет», «Безопасность»), served for `/account`
//! and below with its files under `/account-app`.

fn main() {
    app::start_with(app::shell::AccountApp);
}
