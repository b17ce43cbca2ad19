//! Entry point of the signing-in bundle (sign-in, registration, recovery), served for those
//! pages with its files under `/access-app`.

fn main() {
    app::start_with(app::shell::AccessApp);
}
