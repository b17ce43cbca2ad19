//! Entry point of the identity confirmation bundle (sending the passport and SNILS scans),
//! served for `/account/profile/identity` with its files under `/identity-app`.

fn main() {
    app::start_with(app::shell::IdentityApp);
}
