//! Entry point of the «Мои данные» bundle (the profile and changing a contact), served for
//! `/account/profile` and below with its files under `/profile-app`.

fn main() {
    app::start_with(app::shell::ProfileApp);
}
