//! The portal's pages as chunks: each page, or each group of pages a person goes through
//! together, is one WebAssembly module of its own, downloaded the first time one of its pages is
//! shown (`wasm_split`, cut out by the splitter in `scripts/build-portal.sh`). A page people
//! open first (the help centre, signing in, «Личный кабинет», «Мои обращения», the console's
//! queue) is a chunk of its own, so its first load carries no other page's code; pages used only
//! together share one, as every module is a request of its own and code that two chunks share
//! becomes a further module. A chunk that cannot be downloaded is an error the shell shows with
//! a way to try again, never a panic.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::components::file_upload::ChosenFile;
use crate::pages::account::{
    AccountPage, ChangeContactPage, IdentityPage, ProfilePage, RecoverPage, RegisterPage,
    SecurityPage, SignInPage,
};
use crate::pages::callbacks::{CallbacksPage, NewCallbackPage};
use crate::pages::console::{
    CallRegisteredPage, ConsoleCallbacksPage, ConsoleDecisionPage, ConsoleRequestPage,
    ConsoleWritePage, QueuePage, RegisterCallPage, StatisticsPage,
};
use crate::pages::knowledge::{ArticlePage, KnowledgeBasePage};
use crate::pages::notifications::{FeedPage, SettingsPage};
use crate::pages::requests::{
    CheckPage, DetailsPage, EscalatePage, FilesPage, MyRequestsPage, RatePage, ReplyPage,
    RequestPage, SentPage, TopicPage,
};
use crate::pages::staff::{
    ArticleEditPage, ArticlesAdminPage, CannedRepliesPage, IdentityCasePage, IdentityQueuePage,
    StaffAccountsPage, StaffSectionsPage,
};
use crate::pages::{FeedbackPage, FeedbackSentPage, HomePage, NotFoundPage};
use shared::pages::{CONSOLE_DECIDE, Chunk, Page};

/// What lives as long as the application rather than one page: the files chosen in
/// «Новое обращение», kept across its steps.
#[derive(Clone, Copy)]
pub struct Kept {
    /// The files chosen on the files step, for the check.
    pub files: RwSignal<Vec<ChosenFile>>,
}

/// The view of `page`, its chunk downloaded first if it is not yet here.
pub async fn view_of(page: Page, kept: Kept) -> Result<AnyView, SplitLoaderError> {
    match page.chunk() {
        Chunk::HelpCentre => help_centre(page).await,
        Chunk::KnowledgeBase => knowledge_base(page).await,
        Chunk::Feedback => feedback(page).await,
        Chunk::Access => access(page).await,
        Chunk::Registration => registration(page).await,
        Chunk::AccountHome => account_home(page).await,
        Chunk::Account => account(page).await,
        Chunk::Identity => identity(page).await,
        Chunk::MyRequests => my_requests(page).await,
        Chunk::Requests => requests(page).await,
        Chunk::NewRequest => new_request(page, kept).await,
        Chunk::Notifications => notifications(page).await,
        Chunk::Callbacks => callbacks(page).await,
        Chunk::Queue => queue(page).await,
        Chunk::Console => console(page).await,
        Chunk::ConsoleRequest => console_request(page).await,
        Chunk::Statistics => statistics(page).await,
        Chunk::Staff => staff(page).await,
        Chunk::Admin => admin(page).await,
        Chunk::ArticlesAdmin => articles_admin(page).await,
    }
}

/// A page `view_of` sent to the wrong chunk; cannot happen, but is not a reason to panic.
fn misplaced() -> AnyView {
    view! { <NotFoundPage /> }.into_any()
}

/// The help centre's home: the first page most people see, so a chunk of its own, without the
/// forms' code.
#[wasm_split(help_centre, wasm_split_path = ::leptos::wasm_split, fallible)]
fn help_centre(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Home => view! { <HomePage /> }.into_any(),
        _ => misplaced(),
    })
}

/// «База знаний» and one article.
#[wasm_split(knowledge_base, wasm_split_path = ::leptos::wasm_split, fallible)]
fn knowledge_base(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::KnowledgeBase { search } => view! { <KnowledgeBasePage search=search /> }.into_any(),
        Page::Article { id } => view! { <ArticlePage id=id /> }.into_any(),
        _ => misplaced(),
    })
}

/// The feedback form and its confirmation.
#[wasm_split(feedback, wasm_split_path = ::leptos::wasm_split, fallible)]
fn feedback(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Feedback => view! { <FeedbackPage /> }.into_any(),
        Page::FeedbackSent { number, due } => {
            view! { <FeedbackSentPage number=number due=due /> }.into_any()
        }
        _ => misplaced(),
    })
}

/// Signing in.
#[wasm_split(access, wasm_split_path = ::leptos::wasm_split, fallible)]
fn access(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::SignIn { timed_out, then } => {
            view! { <SignInPage timed_out=timed_out then=then /> }.into_any()
        }
        _ => misplaced(),
    })
}

/// Registration and recovery.
#[wasm_split(registration, wasm_split_path = ::leptos::wasm_split, fallible)]
fn registration(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Register => view! { <RegisterPage /> }.into_any(),
        Page::Recover => view! { <RecoverPage /> }.into_any(),
        _ => misplaced(),
    })
}

/// «Личный кабинет».
#[wasm_split(account_home, wasm_split_path = ::leptos::wasm_split, fallible)]
fn account_home(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Account { welcome } => view! { <AccountPage welcome=welcome /> }.into_any(),
        _ => misplaced(),
    })
}

/// «Безопасность», «Мои данные» and changing a contact.
#[wasm_split(account, wasm_split_path = ::leptos::wasm_split, fallible)]
fn account(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Security => view! { <SecurityPage /> }.into_any(),
        Page::Profile => view! { <ProfilePage /> }.into_any(),
        Page::ChangeContact { phone } => view! { <ChangeContactPage phone=phone /> }.into_any(),
        _ => misplaced(),
    })
}

/// «Подтверждение личности».
#[wasm_split(identity, wasm_split_path = ::leptos::wasm_split, fallible)]
fn identity(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Identity => view! { <IdentityPage /> }.into_any(),
        _ => misplaced(),
    })
}

/// «Мои обращения».
#[wasm_split(my_requests, wasm_split_path = ::leptos::wasm_split, fallible)]
fn my_requests(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::MyRequests { filter } => view! { <MyRequestsPage filter=filter /> }.into_any(),
        _ => misplaced(),
    })
}

/// One request, replying, rating and escalating.
#[wasm_split(requests, wasm_split_path = ::leptos::wasm_split, fallible)]
fn requests(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Request { number } => view! { <RequestPage number=number /> }.into_any(),
        Page::ReplyToRequest { number } => view! { <ReplyPage number=number /> }.into_any(),
        Page::RateRequest { number } => view! { <RatePage number=number /> }.into_any(),
        Page::EscalateRequest { number } => view! { <EscalatePage number=number /> }.into_any(),
        _ => misplaced(),
    })
}

/// «Новое обращение»: the topic, the details, the files, the check and the confirmation.
#[wasm_split(new_request, wasm_split_path = ::leptos::wasm_split, fallible)]
fn new_request(page: Page, kept: Kept) -> Result<AnyView, SplitLoaderError> {
    let files = kept.files;
    Ok(match page {
        Page::NewRequest { related, question } => {
            view! { <TopicPage related=related question=question /> }.into_any()
        }
        Page::RequestDetails => view! { <DetailsPage /> }.into_any(),
        Page::RequestFiles => view! { <FilesPage files=files /> }.into_any(),
        Page::CheckRequest => view! { <CheckPage files=files /> }.into_any(),
        Page::RequestSent { number, due } => {
            view! { <SentPage number=number due=due /> }.into_any()
        }
        _ => misplaced(),
    })
}

/// The notifications and their settings.
#[wasm_split(notifications, wasm_split_path = ::leptos::wasm_split, fallible)]
fn notifications(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Notifications { filter } => view! { <FeedPage filter=filter /> }.into_any(),
        Page::NotificationSettings => view! { <SettingsPage /> }.into_any(),
        _ => misplaced(),
    })
}

/// The citizen's call-backs and booking one.
#[wasm_split(callbacks, wasm_split_path = ::leptos::wasm_split, fallible)]
fn callbacks(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Callbacks { booked } => view! { <CallbacksPage booked=booked /> }.into_any(),
        Page::NewCallback => view! { <NewCallbackPage /> }.into_any(),
        _ => misplaced(),
    })
}

/// «Рабочее место»: the queues.
#[wasm_split(queue, wasm_split_path = ::leptos::wasm_split, fallible)]
fn queue(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Queue { filter } => view! { <QueuePage filter=filter /> }.into_any(),
        _ => misplaced(),
    })
}

/// The console's call-backs and registering a call or a letter.
#[wasm_split(console, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ConsoleCallbacks { finished } => {
            view! { <ConsoleCallbacksPage finished=finished /> }.into_any()
        }
        Page::RegisterCall => view! { <RegisterCallPage /> }.into_any(),
        Page::CallRegistered { number, due } => {
            view! { <CallRegisteredPage number=number due=due /> }.into_any()
        }
        _ => misplaced(),
    })
}

/// One request in the console with the operator's writing and decisions.
#[wasm_split(console_request, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console_request(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ConsoleRequest { number, done } => {
            view! { <ConsoleRequestPage number=number done=done /> }.into_any()
        }
        Page::ConsoleAction { number, action } if page.route().path == CONSOLE_DECIDE.path => {
            view! { <ConsoleDecisionPage number=number action=action /> }.into_any()
        }
        Page::ConsoleAction { number, action } => {
            view! { <ConsoleWritePage number=number action=action /> }.into_any()
        }
        _ => misplaced(),
    })
}

/// The statistics.
#[wasm_split(statistics, wasm_split_path = ::leptos::wasm_split, fallible)]
fn statistics(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Statistics { filter } => view! { <StatisticsPage filter=filter /> }.into_any(),
        _ => misplaced(),
    })
}

/// The identity checks' queue and one case.
#[wasm_split(staff, wasm_split_path = ::leptos::wasm_split, fallible)]
fn staff(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::IdentityQueue { decided } => {
            view! { <IdentityQueuePage decided=decided /> }.into_any()
        }
        Page::IdentityCase { account_id } => {
            view! { <IdentityCasePage account_id=account_id /> }.into_any()
        }
        _ => misplaced(),
    })
}

/// The administrator's pages: staff accounts, their sections and the canned replies.
#[wasm_split(admin, wasm_split_path = ::leptos::wasm_split, fallible)]
fn admin(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::StaffAccounts => view! { <StaffAccountsPage /> }.into_any(),
        Page::StaffSections { account_id } => {
            view! { <StaffSectionsPage account_id=account_id /> }.into_any()
        }
        Page::CannedReplies => view! { <CannedRepliesPage /> }.into_any(),
        _ => misplaced(),
    })
}

/// The knowledge base's articles for the contact centre and an article's form.
#[wasm_split(articles_admin, wasm_split_path = ::leptos::wasm_split, fallible)]
fn articles_admin(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::AdminArticles { deleted } => {
            view! { <ArticlesAdminPage deleted=deleted /> }.into_any()
        }
        Page::EditArticle { id, saved } => {
            view! { <ArticleEditPage id=id saved=saved /> }.into_any()
        }
        _ => misplaced(),
    })
}
