//! Entry point of the component gallery, a bundle of its own served under `/gallery`.

fn main() {
    app::gallery::start();
}
