//! `portal`: starts the support portal's server.
//!
//! ```text
//! portal                       serve
//! portal --demo                serve, with a demo account of every role (printed at start)
//! portal create-admin EMAIL    create an administrator; the password comes from
//!                              PORTAL_ADMIN_PASSWORD or the first line of standard input
//! ```

use std::io::BufRead;
use std::process::ExitCode;

use server::config::Config;
use server::services::staff;
use server::storage::Db;
use shared::accounts::{NewStaffAccount, Role};
use shared::lang::Lang;
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("portal: {error}");
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => serve(&config, false).await,
        ["--demo"] => serve(&config, true).await,
        ["create-admin", email] => create_admin(&config, email).await,
        _ => {
            eprintln!("usage: portal [--demo] | portal create-admin EMAIL");
            ExitCode::FAILURE
        }
    }
}

async fn serve(config: &Config, demo: bool) -> ExitCode {
    if demo && config.production {
        eprintln!("portal: demo accounts are refused in production mode");
        return ExitCode::FAILURE;
    }
    let (app, state) = match server::build(config).await {
        Ok(built) => built,
        Err(error) => {
            eprintln!("portal: cannot start: {error}");
            return ExitCode::FAILURE;
        }
    };
    if demo {
        match staff::seed_demo(&state.db, time::OffsetDateTime::now_utc()).await {
            Ok(accounts) => print_demo_accounts(&accounts),
            Err(error) => {
                eprintln!("portal: cannot create the demo accounts: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    let listener = match tokio::net::TcpListener::bind(config.addr).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("portal: cannot listen on {}: {error}", config.addr);
            return ExitCode::FAILURE;
        }
    };
    tracing::info!(
        "the portal is at http://{} (data in {})",
        config.addr,
        config.data_dir.display()
    );
    match server::serve(listener, app).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("portal: {error}");
            ExitCode::FAILURE
        }
    }
}

fn print_demo_accounts(accounts: &[staff::DemoAccount]) {
    println!(
        "\nDemo accounts (password for all: {}):",
        staff::DEMO_PASSWORD
    );
    for account in accounts {
        println!(
            "  {:<28} {:<40} {}",
            account.role.name().get(Lang::Ru),
            account.email,
            account.phone
        );
    }
    println!(
        "  The demo citizen also signs in by INN {}.\n",
        staff::DEMO_CITIZEN_INN
    );
}

async fn create_admin(config: &Config, email: &str) -> ExitCode {
    let password = match std::env::var("PORTAL_ADMIN_PASSWORD") {
        Ok(password) => password,
        Err(_) => {
            eprintln!("password for {email} (one line):");
            let mut line = String::new();
            if std::io::stdin().lock().read_line(&mut line).is_err() {
                eprintln!("portal: no password given");
                return ExitCode::FAILURE;
            }
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    if let Err(code) = shared::person::password(&password) {
        eprintln!(
            "portal: {}",
            shared::messages::describe(code, None).get(Lang::Ru)
        );
        return ExitCode::FAILURE;
    }
    if let Err(error) = tokio::fs::create_dir_all(&config.data_dir).await {
        eprintln!("portal: data folder: {error}");
        return ExitCode::FAILURE;
    }
    let db = match Db::open(&config.data_dir).await {
        Ok(db) => db,
        Err(error) => {
            eprintln!("portal: database: {error}");
            return ExitCode::FAILURE;
        }
    };
    let form = NewStaffAccount {
        role: Some(Role::Administrator),
        email: email.to_owned(),
        phone: String::new(),
    };
    match staff::create(&db, &form, Some(&password), time::OffsetDateTime::now_utc()).await {
        Ok(_) => {
            println!("administrator {email} created");
            ExitCode::SUCCESS
        }
        Err(server::error::ApiError::Validation(errors)) => {
            for (field, problems) in errors.fields() {
                for problem in problems {
                    eprintln!("portal: {field}: {}", problem.message.get(Lang::Ru));
                }
            }
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("portal: {error}");
            ExitCode::FAILURE
        }
    }
}
