//! Entry point of the notifications' bundle — the feed (`/notifications`) and
//! «Настройки → Уведомления» (`/account/notifications`) — served with its files under
//! `/notifications-app`.

fn main() {
    app::start_with(app::shell::NotificationsApp);
}
