//! The portal's pages as chunks: each area's pages are one WebAssembly module of their own,
//! downloaded the first time one of them is shown (`wasm_split`, cut out by the splitter in
//! `scripts/build-portal.sh`). A chunk that cannot be downloaded is an error the shell shows
//! with a way to try again, never a panic.

use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::components::file_upload::ChosenFile;
use crate::page::{Area, Page};
use crate::pages::account::{
    AccountPage, ChangeContactPage, IdentityPage, ProfilePage, RecoverPage, RegisterPage,
    SecurityPage, SignInPage,
};
use crate::pages::callbacks::{CallbacksPage, NewCallbackPage};
use crate::pages::console::{
    CallRegisteredPage, ConsoleCallbacksPage, ConsoleDecisionPage, ConsoleRequestPage,
    ConsoleWritePage, QueuePage, RegisterCallPage, StatisticsPage,
};
use crate::pages::notifications::{FeedPage, SettingsPage};
use crate::pages::requests::{
    CheckPage, DetailsPage, EscalatePage, FilesPage, MyRequestsPage, RatePage, ReplyPage,
    RequestPage, SentPage, TopicPage,
};
use crate::pages::staff::{
    CannedRepliesPage, IdentityCasePage, IdentityQueuePage, StaffAccountsPage, StaffSectionsPage,
};
use crate::pages::{FeedbackPage, FeedbackSentPage, HomePage, NotFoundPage};

/// What lives as long as the application rather than one page: the files chosen in
/// «Новое обращение», kept across its steps.
#[derive(Clone, Copy)]
pub struct Kept {
    /// The files chosen on the files step, for the check.
    pub files: RwSignal<Vec<ChosenFile>>,
}

/// The view of `page`, its chunk downloaded first if it is not yet here.
pub async fn view_of(page: Page, kept: Kept) -> Result<AnyView, SplitLoaderError> {
    match page.area() {
        Area::HelpCentre => help_centre(page).await,
        Area::Feedback => feedback(page).await,
        Area::Access => access(page).await,
        Area::Account => account(page).await,
        Area::Profile => profile(page).await,
        Area::Identity => identity(page).await,
        Area::Staff => staff(page).await,
        Area::Admin => admin(page).await,
        Area::Sections => sections(page).await,
        Area::Canned => canned(page).await,
        Area::Requests => requests(page).await,
        Area::Request => request(page).await,
        Area::RequestReply => request_reply(page).await,
        Area::RequestFeedback => request_feedback(page).await,
        Area::RequestTopic => request_topic(page).await,
        Area::RequestDetails => request_details(page).await,
        Area::RequestSend => request_send(page, kept).await,
        Area::Console => console(page).await,
        Area::ConsoleRequest => console_request(page).await,
        Area::ConsoleWrite => console_write(page).await,
        Area::ConsoleDecide => console_decide(page).await,
        Area::ConsoleNew => console_new(page).await,
        Area::Statistics => statistics(page).await,
        Area::Notifications => notifications(page).await,
        Area::Callbacks => callbacks(page).await,
        Area::NewCallback => new_callback(page).await,
        Area::ConsoleCallbacks => console_callbacks(page).await,
    }
}

/// A page `Page::area` sent to the wrong chunk; cannot happen, but is not a reason to panic.
fn misplaced() -> AnyView {
    view! { <NotFoundPage /> }.into_any()
}

#[wasm_split(help_centre, wasm_split_path = ::leptos::wasm_split, fallible)]
fn help_centre(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Home => view! { <HomePage /> }.into_any(),
        _ => misplaced(),
    })
}

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

#[wasm_split(access, wasm_split_path = ::leptos::wasm_split, fallible)]
fn access(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::SignIn { timed_out } => view! { <SignInPage timed_out=timed_out /> }.into_any(),
        Page::Register => view! { <RegisterPage /> }.into_any(),
        Page::Recover => view! { <RecoverPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(account, wasm_split_path = ::leptos::wasm_split, fallible)]
fn account(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Account { welcome } => view! { <AccountPage welcome=welcome /> }.into_any(),
        Page::Security => view! { <SecurityPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(profile, wasm_split_path = ::leptos::wasm_split, fallible)]
fn profile(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Profile => view! { <ProfilePage /> }.into_any(),
        Page::ChangeContact { phone } => view! { <ChangeContactPage phone=phone /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(identity, wasm_split_path = ::leptos::wasm_split, fallible)]
fn identity(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Identity => view! { <IdentityPage /> }.into_any(),
        _ => misplaced(),
    })
}

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

#[wasm_split(admin, wasm_split_path = ::leptos::wasm_split, fallible)]
fn admin(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::StaffAccounts => view! { <StaffAccountsPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(sections, wasm_split_path = ::leptos::wasm_split, fallible)]
fn sections(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::StaffSections { account_id } => {
            view! { <StaffSectionsPage account_id=account_id /> }.into_any()
        }
        _ => misplaced(),
    })
}

#[wasm_split(canned, wasm_split_path = ::leptos::wasm_split, fallible)]
fn canned(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::CannedReplies => view! { <CannedRepliesPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(requests, wasm_split_path = ::leptos::wasm_split, fallible)]
fn requests(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::MyRequests { filter } => view! { <MyRequestsPage filter=filter /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(request, wasm_split_path = ::leptos::wasm_split, fallible)]
fn request(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Request { number } => view! { <RequestPage number=number /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(request_reply, wasm_split_path = ::leptos::wasm_split, fallible)]
fn request_reply(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ReplyToRequest { number } => view! { <ReplyPage number=number /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(request_feedback, wasm_split_path = ::leptos::wasm_split, fallible)]
fn request_feedback(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::RateRequest { number } => view! { <RatePage number=number /> }.into_any(),
        Page::EscalateRequest { number } => view! { <EscalatePage number=number /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(request_topic, wasm_split_path = ::leptos::wasm_split, fallible)]
fn request_topic(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::NewRequest { related } => view! { <TopicPage related=related /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(request_details, wasm_split_path = ::leptos::wasm_split, fallible)]
fn request_details(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::RequestDetails => view! { <DetailsPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(request_send, wasm_split_path = ::leptos::wasm_split, fallible)]
fn request_send(page: Page, kept: Kept) -> Result<AnyView, SplitLoaderError> {
    let files = kept.files;
    Ok(match page {
        Page::RequestFiles => view! { <FilesPage files=files /> }.into_any(),
        Page::CheckRequest => view! { <CheckPage files=files /> }.into_any(),
        Page::RequestSent { number, due } => {
            view! { <SentPage number=number due=due /> }.into_any()
        }
        _ => misplaced(),
    })
}

#[wasm_split(console, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Queue { filter } => view! { <QueuePage filter=filter /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(console_request, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console_request(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ConsoleRequest { number, done } => {
            view! { <ConsoleRequestPage number=number done=done /> }.into_any()
        }
        _ => misplaced(),
    })
}

#[wasm_split(console_write, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console_write(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ConsoleAction { number, action } => {
            view! { <ConsoleWritePage number=number action=action /> }.into_any()
        }
        _ => misplaced(),
    })
}

#[wasm_split(console_decide, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console_decide(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ConsoleAction { number, action } => {
            view! { <ConsoleDecisionPage number=number action=action /> }.into_any()
        }
        _ => misplaced(),
    })
}

#[wasm_split(console_new, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console_new(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::RegisterCall => view! { <RegisterCallPage /> }.into_any(),
        Page::CallRegistered { number, due } => {
            view! { <CallRegisteredPage number=number due=due /> }.into_any()
        }
        _ => misplaced(),
    })
}

#[wasm_split(statistics, wasm_split_path = ::leptos::wasm_split, fallible)]
fn statistics(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Statistics { filter } => view! { <StatisticsPage filter=filter /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(notifications, wasm_split_path = ::leptos::wasm_split, fallible)]
fn notifications(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Notifications { filter } => view! { <FeedPage filter=filter /> }.into_any(),
        Page::NotificationSettings => view! { <SettingsPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(callbacks, wasm_split_path = ::leptos::wasm_split, fallible)]
fn callbacks(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::Callbacks { booked } => view! { <CallbacksPage booked=booked /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(new_callback, wasm_split_path = ::leptos::wasm_split, fallible)]
fn new_callback(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::NewCallback => view! { <NewCallbackPage /> }.into_any(),
        _ => misplaced(),
    })
}

#[wasm_split(console_callbacks, wasm_split_path = ::leptos::wasm_split, fallible)]
fn console_callbacks(page: Page) -> Result<AnyView, SplitLoaderError> {
    Ok(match page {
        Page::ConsoleCallbacks { finished } => {
            view! { <ConsoleCallbacksPage finished=finished /> }.into_any()
        }
        _ => misplaced(),
    })
}
