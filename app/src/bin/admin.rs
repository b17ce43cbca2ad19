//! Entry point of the administrator's bundle («Сотрудники»), served for `/admin` and below with
//! its files under `/admin-app`.

fn main() {
    app::start_with(app::shell::AdminApp);
}
