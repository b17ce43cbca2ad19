//! The requests benchmark (issues 5 and 6): loads 100 000 requests of 1 000 citizens into a
//! fresh database, starts the portal (`target/server/portal`) on loopback as a process of its
//! own, and from this process measures the rate and p50/p99 latency of filing a request without
//! files, listing «Мои обращения» (first page, filtered), an operator's «Рабочее место» over two
//! of the four seeded sections (first page, and searched), the knowledge base's search and
//! suggestions over 10 000 articles made from the repository's, and a 5 MB upload; then the server's
//! peak memory during 20 uploads of 20 MB at once. Prints the figures; not a test: nothing here
//! passes or fails on time. Run it with `scripts/bench.sh`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::multipart::{Form, Part};
use serde_json::json;
use server::services::knowledge::repository_articles;
use server::storage::fulltext::Corpus;
use server::storage::{Db, timestamp};
use shared::api::encode_component;
use shared::articles::{ARTICLE_SUGGEST_PATH, ARTICLES_PATH, ArticleKind, ArticleSearch};
use shared::console::CONSOLE_REQUESTS_PATH;
use shared::requests::REQUESTS_PATH;
use time::OffsetDateTime;

const CITIZENS: usize = 1_000;
const REQUESTS: usize = 100_000;
const PASSWORD: &str = "Korrekt-Loshad-7";
/// Citizens signed in to make the load (the sign-in limit is 30 a minute per address).
const SIGNED_IN: usize = 16;
/// Operators signed in for the console's load.
const OPERATORS: usize = 4;
/// The sections the benchmark's operators work: half of the seeded requests.
const OPERATOR_SECTIONS: [&str; 2] = ["cabinet", "payments"];
const MB: usize = 1024 * 1024;
/// Articles searched (the repository's, copied).
const ARTICLES: usize = 10_000;
/// Where the portal's log goes.
const PORTAL_LOG: &str = "target/bench-portal.log";
/// Set to keep the seeded database after the run, for reading query plans (its path is printed).
const KEEP_DATA: &str = "BENCH_KEEP_DATA";

#[tokio::main]
async fn main() {
    let data = tempfile::tempdir().expect("a temporary folder");
    let dist = tempfile::tempdir().expect("a temporary folder");
    let started = Instant::now();
    let db = seed(data.path()).await;
    println!(
        "seeded {REQUESTS} requests of {CITIZENS} citizens in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    seed_articles(&db).await;
    for corpus in [Corpus::Requests, Corpus::Articles] {
        let rebuilt = db.rebuild_index(corpus).await.expect("the index rebuilt");
        let size = db.index_size(corpus).await.expect("the index's size");
        println!(
            "search index of {:?}: {} rows built in {:.1} s, {:.1} MB",
            corpus,
            rebuilt.rows,
            rebuilt.took.as_secs_f64(),
            size as f64 / MB as f64
        );
    }
    drop(db);
    // The portal's warnings and errors are kept, since an answer's status alone cannot say why
    // the server failed it.
    let log = std::fs::File::create(PORTAL_LOG).expect("target/bench-portal.log");
    let port = free_port();
    let mut portal = tokio::process::Command::new(portal_binary())
        .env("PORTAL_ADDR", format!("127.0.0.1:{port}"))
        .env("PORTAL_DATA_DIR", data.path())
        .env("PORTAL_DIST_DIR", dist.path())
        .env("RUST_LOG", "warn")
        .stdout(log)
        .kill_on_drop(true)
        .spawn()
        .expect("target/server/portal: build it first (scripts/bench.sh does)");
    let pid = portal.id().expect("the portal's process id");
    let base = format!("http://127.0.0.1:{port}");
    wait_until_up(&base).await;
    let mut clients = Vec::new();
    for i in 0..SIGNED_IN {
        clients.push(signed_in(&base, &format!("citizen{i}@bench.example.ru")).await);
    }
    let clients = Arc::new(clients);
    let mut operators = Vec::new();
    for i in 0..OPERATORS {
        operators.push(signed_in(&base, &format!("operator{i}@bench.example.ru")).await);
    }
    let operators = Arc::new(operators);
    println!("server rss after start: {} MB", memory(pid, "VmRSS") / 1024);
    println!();
    println!(
        "{:<38} {:>6} {:>9} {:>9} {:>9}",
        "operation", "count", "per s", "p50, ms", "p99, ms"
    );

    let key = Arc::new(AtomicU64::new(0));
    let create = {
        let key = key.clone();
        move |client: Client| {
            let key = key.clone();
            async move {
                let n = key.fetch_add(1, Ordering::Relaxed);
                let answer = client
                    .post(REQUESTS_PATH)
                    .header("idempotency-key", format!("bench-create-{n:012}"))
                    .json(&request_form(n))
                    .send()
                    .await;
                expect(answer, 201).await;
            }
        }
    };
    run(
        "file a request (JSON, no files)",
        &clients,
        16,
        2_000,
        create,
    )
    .await;
    let list = |client: Client| async move {
        let answer = client
            .get(&format!("{REQUESTS_PATH}?status=registered&q=адрес"))
            .send()
            .await;
        expect(answer, 200).await;
    };
    run(
        "«Мои обращения», filtered, page 1",
        &clients,
        16,
        2_000,
        list,
    )
    .await;
    let queue = |client: Client| async move {
        let answer = client.get(CONSOLE_REQUESTS_PATH).send().await;
        expect(answer, 200).await;
    };
    run("«Рабочее место», page 1", &operators, 16, 2_000, queue).await;
    let searched = |client: Client| async move {
        let answer = client
            .get(&format!("{CONSOLE_REQUESTS_PATH}?assigned=nobody&q=адрес"))
            .send()
            .await;
        expect(answer, 200).await;
    };
    run(
        "«Рабочее место», not taken, searched",
        &operators,
        16,
        2_000,
        searched,
    )
    .await;
    let search = |q: &str, kind: Option<ArticleKind>| {
        ArticleSearch {
            q: q.to_owned(),
            kind,
            ..ArticleSearch::default()
        }
        .to_query()
    };
    let searches = [
        (
            "articles searched: a common word",
            ARTICLES_PATH,
            search("паролем", None),
        ),
        (
            "articles searched: a phrase, filtered",
            ARTICLES_PATH,
            search("\"номер телефона\"", Some(ArticleKind::Faq)),
        ),
        (
            "articles searched: two rarer words",
            ARTICLES_PATH,
            search("ИНН СНИЛС", None),
        ),
        (
            "article titles suggested («пар»)",
            ARTICLE_SUGGEST_PATH,
            format!("q={}", encode_component("пар")),
        ),
    ];
    for (label, path, query) in searches {
        let address = Arc::new(format!("{path}?{query}"));
        let search = move |client: Client| {
            let address = address.clone();
            async move {
                let answer = client.get(address.as_str()).send().await;
                expect(answer, 200).await;
            }
        };
        run(label, &clients, 16, 2_000, search).await;
    }
    let five_mb = Arc::new(pdf(5 * MB));
    let upload = {
        let (key, file) = (key.clone(), five_mb.clone());
        move |client: Client| {
            let (key, file) = (key.clone(), file.clone());
            async move {
                let n = key.fetch_add(1, Ordering::Relaxed);
                let answer = client
                    .post_multipart(
                        REQUESTS_PATH,
                        &format!("bench-upload-{n:012}"),
                        &request_form(n),
                        &[file.as_slice()],
                    )
                    .await;
                expect(answer, 201).await;
            }
        }
    };
    run("file a request with a 5 MB file", &clients, 8, 100, upload).await;

    // Twenty uploads of 20 MB (four files of 5 MB, the most one request may carry) at once.
    let before = memory(pid, "VmHWM");
    let started = Instant::now();
    let mut uploads = Vec::new();
    for i in 0..20 {
        let client = clients[i % clients.len()].clone();
        let file = five_mb.clone();
        let n = key.fetch_add(1, Ordering::Relaxed);
        uploads.push(tokio::spawn(async move {
            let files = [file.as_slice(); 4];
            let answer = client
                .post_multipart(
                    REQUESTS_PATH,
                    &format!("bench-big-{n:012}"),
                    &request_form(n),
                    &files,
                )
                .await;
            expect(answer, 201).await;
        }));
    }
    for upload in uploads {
        upload.await.expect("an upload task");
    }
    println!();
    println!(
        "20 uploads of 20 MB at once: {:.1} s; server peak memory {} MB (it was {} MB before)",
        started.elapsed().as_secs_f64(),
        memory(pid, "VmHWM") / 1024,
        before / 1024
    );
    portal.kill().await.ok();
    if std::env::var_os(KEEP_DATA).is_some() {
        println!("the database is kept in {}", data.keep().display());
    }
}

/// The latest binary of the portal, built with the server profile.
fn portal_binary() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    workspace.join("target/server/portal")
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("a free port")
}

/// A field of `/proc/PID/status` in KB (`VmHWM`: the peak resident memory).
fn memory(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{field}:")))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn request_form(n: u64) -> serde_json::Value {
    json!({
        "category": "cabinet.personal_data",
        "subject": format!("Не меняется адрес, обращение {n}"),
        "description": "После сохранения нового адреса регистрации снова показывается старый",
        "phone": "+79001234567",
        "email": "bench@example.ru",
        "reply_channel": "portal",
        "snils": "112-233-445 95",
    })
}

fn pdf(size: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.7\n1 0 obj << >> endobj\n".to_vec();
    bytes.resize(size - 6, b' ');
    bytes.extend_from_slice(b"%%EOF\n");
    bytes
}

/// Accounts and requests written straight into the database the portal will open.
async fn seed(data: &Path) -> Db {
    let db = Db::open(data).await.expect("the database");
    let hash = server::services::passwords::hash(PASSWORD).expect("a password hash");
    let now = OffsetDateTime::now_utc();
    let mut tx = db.write().await.expect("a transaction");
    for i in 0..CITIZENS {
        sqlx::query(
            "INSERT INTO accounts (role, phone, email, password_hash, created_at)
             VALUES ('citizen', ?1, ?2, ?3, ?4)",
        )
        .bind(format!("+7900{i:07}"))
        .bind(format!("citizen{i}@bench.example.ru"))
        .bind(&hash)
        .bind(timestamp(now))
        .execute(&mut *tx)
        .await
        .expect("an account");
    }
    for i in 0..OPERATORS {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO accounts (role, email, password_hash, created_at)
             VALUES ('operator', ?1, ?2, ?3) RETURNING id",
        )
        .bind(format!("operator{i}@bench.example.ru"))
        .bind(&hash)
        .bind(timestamp(now))
        .fetch_one(&mut *tx)
        .await
        .expect("an operator");
        for section in OPERATOR_SECTIONS {
            sqlx::query("INSERT INTO staff_sections (account_id, section) VALUES (?1, ?2)")
                .bind(id)
                .bind(section)
                .execute(&mut *tx)
                .await
                .expect("a queue membership");
        }
    }
    let statuses = [
        "registered",
        "in_progress",
        "awaiting_documents",
        "completed",
        "rejected",
    ];
    let topics = [
        "cabinet.personal_data",
        "payments.status",
        "tech.site",
        "account.recovery",
    ];
    let words = [
        "адрес регистрации",
        "оплата пошлины",
        "ошибка на сайте",
        "код не приходит",
    ];
    for n in 0..REQUESTS {
        // Filed over the last year, a few minutes apart.
        let at = timestamp(now - time::Duration::minutes((REQUESTS - n) as i64 * 5));
        let due = timestamp(now + time::Duration::days(3));
        let subject = format!("{} — {n}", words[n % words.len()]);
        sqlx::query(
            "INSERT INTO requests (number, account_id, form, category, section, subject,
                                   search_text, status, priority, created_at,
                                   first_response_due, resolution_due, updated_at)
             VALUES (?1, ?2, '{}', ?3, ?4, ?5, ?6, ?7, 'medium', ?8, ?9, ?9, ?8)",
        )
        .bind(format!("2025-{:06}", n + 1))
        .bind((n % CITIZENS + 1) as i64)
        .bind(topics[n % topics.len()])
        .bind(
            topics[n % topics.len()]
                .split('.')
                .next()
                .unwrap_or_default(),
        )
        .bind(&subject)
        .bind(subject.to_lowercase())
        .bind(statuses[n % statuses.len()])
        .bind(&at)
        .bind(&due)
        .execute(&mut *tx)
        .await
        .expect("a request");
    }
    tx.commit().await.expect("the seed committed");
    db
}

/// Articles made from the repository's own (each copied with a number in its title) until
/// there are [`ARTICLES`], written straight into the database; the index is built after.
async fn seed_articles(db: &Db) {
    let originals: Vec<_> = repository_articles()
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    let mut tx = db.write().await.expect("a transaction");
    for n in 0..ARTICLES {
        let original = &originals[n % originals.len()].form;
        let (video_url, transcript) = original.video().unwrap_or_default();
        sqlx::query(
            "INSERT INTO articles (title, title_en, summary, summary_en, body, kind, section,
                                   published, video_url, transcript, updated_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9, '2026-12-01')",
        )
        .bind(format!("{} ({n})", original.title))
        .bind(&original.title_en)
        .bind(&original.summary)
        .bind(&original.summary_en)
        .bind(&original.body)
        .bind(&original.kind)
        .bind(&original.section)
        .bind(video_url)
        .bind(transcript)
        .execute(&mut *tx)
        .await
        .expect("an article");
    }
    tx.commit().await.expect("the articles committed");
}

async fn wait_until_up(base: &str) {
    for _ in 0..200 {
        if reqwest::get(format!("{base}/api/v1/categories"))
            .await
            .is_ok()
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the portal did not start");
}

/// A citizen's signed-in connection to the portal.
#[derive(Clone)]
struct Client {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Client {
    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, format!("{}{path}", self.base))
            .header("sec-fetch-site", "same-origin")
            .header("cookie", &self.cookie)
    }

    fn get(&self, path: &str) -> reqwest::RequestBuilder {
        self.request(reqwest::Method::GET, path)
    }

    fn post(&self, path: &str) -> reqwest::RequestBuilder {
        self.request(reqwest::Method::POST, path)
    }

    async fn post_multipart(
        &self,
        path: &str,
        key: &str,
        data: &serde_json::Value,
        files: &[&[u8]],
    ) -> reqwest::Result<reqwest::Response> {
        let form = files.iter().enumerate().fold(
            Form::new().text("data", data.to_string()),
            |form, (i, bytes)| {
                form.part(
                    "files",
                    Part::bytes(bytes.to_vec()).file_name(format!("{i}.pdf")),
                )
            },
        );
        self.post(path)
            .header("idempotency-key", key)
            .multipart(form)
            .send()
            .await
    }
}

async fn signed_in(base: &str, login: &str) -> Client {
    let http = reqwest::Client::new();
    let answer = http
        .post(format!("{base}{}", shared::accounts::SESSION_PATH))
        .header("sec-fetch-site", "same-origin")
        .json(&json!({ "login": login, "password": PASSWORD }))
        .send()
        .await
        .expect("the sign-in answered");
    let cookie = answer
        .headers()
        .get("set-cookie")
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("no session for {login}: {}", answer.status()));
    Client {
        http,
        base: base.to_owned(),
        cookie,
    }
}

async fn expect(answer: reqwest::Result<reqwest::Response>, status: u16) {
    let answer = answer.expect("the portal answered");
    let got = answer.status().as_u16();
    if got != status {
        let body = answer.text().await.unwrap_or_default();
        panic!("expected {status}, got {got}: {body}");
    }
    // Read the body whole, as a browser would.
    let _ = answer.bytes().await;
}

/// Runs `operation` `count` times with `workers` at once, spread over the signed-in citizens,
/// and prints its rate and latency.
async fn run<Op, Done>(
    name: &str,
    clients: &Arc<Vec<Client>>,
    workers: usize,
    count: usize,
    operation: Op,
) where
    Op: Fn(Client) -> Done + Clone + Send + 'static,
    Done: Future<Output = ()> + Send,
{
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..workers {
        let (clients, next, operation) = (clients.clone(), next.clone(), operation.clone());
        tasks.push(tokio::spawn(async move {
            let client = clients[worker % clients.len()].clone();
            let mut latencies = Vec::new();
            while next.fetch_add(1, Ordering::Relaxed) < count as u64 {
                let one = Instant::now();
                operation(client.clone()).await;
                latencies.push(one.elapsed());
            }
            latencies
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.expect("a worker"));
    }
    let elapsed = started.elapsed().as_secs_f64();
    latencies.sort();
    let at = |share: f64| {
        let index = ((latencies.len() as f64 * share).ceil() as usize).saturating_sub(1);
        latencies[index.min(latencies.len() - 1)].as_secs_f64() * 1000.0
    };
    println!(
        "{name:<38} {:>6} {:>9.0} {:>9.1} {:>9.1}",
        latencies.len(),
        latencies.len() as f64 / elapsed,
        at(0.50),
        at(0.99)
    );
}
