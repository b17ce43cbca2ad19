//! Entry point of the whole portal as one application whose areas are chunks loaded on demand
//! (`scripts/build-portal.sh`).

fn main() {
    app::start_with(app::shell::PortalApp);
}
