//! Entry point of rating and escalating a request, served for `/account/requests/rate` and `/escalate`, with its files under `/request-feedback-app`.

fn main() {
    app::start_with(app::shell::RequestFeedbackApp);
}
