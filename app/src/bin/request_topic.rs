//! Entry point of the first step of «Новое обращение» (the topic), served for `/account/requests/new`, with its files under `/request-topic-app`.

fn main() {
    app::start_with(app::shell::RequestTopicApp);
}
