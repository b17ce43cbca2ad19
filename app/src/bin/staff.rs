//! Entry point of the contact centre's bundle (the operators' pages), served for `/staff` and
//! below with its files under `/staff-app`.

fn main() {
    app::start_with(app::shell::StaffApp);
}
