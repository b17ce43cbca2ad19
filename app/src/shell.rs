//! The portal's applications — the help centre, signing in and the account, each its own bundle —
//! in one page frame with the sign-in state and, where signed-in work is done, the idle warning.

use leptos::either::{Either, EitherOf3, EitherOf4};
use leptos::prelude::*;
use shared::ui;
use shared::ui::account::idle;

use crate::components::button::{Button, ButtonKind};
use crate::components::layout::{Bell, FooterLink, PageLayout, SignInLink, SignedInAs};
use crate::components::modal::Modal;
use crate::lang;
use crate::page::{self, Page};
#[cfg(feature = "split")]
use crate::pages::ChunkFailedPage;
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
use crate::router::Location;
use crate::session::Session;

/// The help centre: home, feedback and its confirmation (`index.html`).
#[component]
pub fn HelpCentreApp() -> impl IntoView {
    let location = Location::start(page::HELP_CENTRE);
    view! {
        <Frame idle_warning=false>
            {move || match location.page() {
                Some(Page::Home) => Either::Left(view! { <HomePage /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// Anonymous feedback and its confirmation (`feedback.html`).
#[component]
pub fn FeedbackApp() -> impl IntoView {
    let location = Location::start(page::FEEDBACK);
    view! {
        <Frame idle_warning=false>
            {move || match location.page() {
                Some(Page::Feedback) => EitherOf3::A(view! { <FeedbackPage /> }),
                Some(Page::FeedbackSent { number, due }) => {
                    EitherOf3::B(view! { <FeedbackSentPage number=number due=due /> })
                }
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// Signing in: sign-in, registration, recovery (`access.html`).
#[component]
pub fn AccessApp() -> impl IntoView {
    let location = Location::start(page::ACCESS);
    view! {
        <Frame idle_warning=false>
            {move || match location.page() {
                Some(Page::SignIn { timed_out }) => {
                    EitherOf4::A(view! { <SignInPage timed_out=timed_out /> })
                }
                Some(Page::Register) => EitherOf4::B(view! { <RegisterPage /> }),
                Some(Page::Recover) => EitherOf4::C(view! { <RecoverPage /> }),
                _ => EitherOf4::D(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The account: «Личный кабинет», «Безопасность» (`account.html`).
#[component]
pub fn AccountApp() -> impl IntoView {
    let location = Location::start(page::ACCOUNT);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Account { welcome }) => {
                    EitherOf3::A(view! { <AccountPage welcome=welcome /> })
                }
                Some(Page::Security) => EitherOf3::B(view! { <SecurityPage /> }),
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Мои данные» and changing a contact (`profile.html`).
#[component]
pub fn ProfileApp() -> impl IntoView {
    let location = Location::start(page::PROFILE);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Profile) => EitherOf3::A(view! { <ProfilePage /> }),
                Some(Page::ChangeContact { phone }) => {
                    EitherOf3::B(view! { <ChangeContactPage phone=phone /> })
                }
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Подтверждение личности» (`identity.html`).
#[component]
pub fn IdentityApp() -> impl IntoView {
    let location = Location::start(page::IDENTITY);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Identity) => Either::Left(view! { <IdentityPage /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The operators' pages (`staff.html`).
#[component]
pub fn StaffApp() -> impl IntoView {
    let location = Location::start(page::STAFF);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::IdentityQueue { decided }) => {
                    EitherOf3::A(view! { <IdentityQueuePage decided=decided /> })
                }
                Some(Page::IdentityCase { account_id }) => {
                    EitherOf3::B(view! { <IdentityCasePage account_id=account_id /> })
                }
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The administrator's pages (`admin.html`).
#[component]
pub fn AdminApp() -> impl IntoView {
    let location = Location::start(page::ADMIN);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::StaffAccounts) => Either::Left(view! { <StaffAccountsPage /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Мои обращения» (`requests.html`).
#[component]
pub fn RequestsApp() -> impl IntoView {
    let location = Location::start(page::REQUESTS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::MyRequests { filter }) => Either::Left(view! { <MyRequestsPage filter=filter /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// One request (`request.html`).
#[component]
pub fn RequestApp() -> impl IntoView {
    let location = Location::start(page::REQUEST);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Request { number }) => Either::Left(view! { <RequestPage number=number /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// A reply in a request's thread (`request-reply.html`).
#[component]
pub fn RequestReplyApp() -> impl IntoView {
    let location = Location::start(page::REQUEST_REPLY);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::ReplyToRequest { number }) => Either::Left(view! { <ReplyPage number=number /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// Rating and escalating a request (`request-feedback.html`).
#[component]
pub fn RequestFeedbackApp() -> impl IntoView {
    let location = Location::start(page::REQUEST_FEEDBACK);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::RateRequest { number }) => EitherOf3::A(view! { <RatePage number=number /> }),
                Some(Page::EscalateRequest { number }) => EitherOf3::B(view! { <EscalatePage number=number /> }),
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Новое обращение»: the topic (`request-topic.html`).
#[component]
pub fn RequestTopicApp() -> impl IntoView {
    let location = Location::start(page::REQUEST_TOPIC);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::NewRequest { related }) => Either::Left(view! { <TopicPage related=related /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Новое обращение»: the details (`request-details.html`).
#[component]
pub fn RequestDetailsApp() -> impl IntoView {
    let location = Location::start(page::REQUEST_DETAILS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::RequestDetails) => Either::Left(view! { <DetailsPage /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Новое обращение»: files, the check and the confirmation (`request-send.html`); the chosen
/// files live here, across the files page and the check.
#[component]
pub fn RequestSendApp() -> impl IntoView {
    let location = Location::start(page::REQUEST_SEND);
    let files = RwSignal::new(Vec::new());
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::RequestFiles) => EitherOf4::A(view! { <FilesPage files=files /> }),
                Some(Page::CheckRequest) => EitherOf4::B(view! { <CheckPage files=files /> }),
                Some(Page::RequestSent { number, due }) => {
                    EitherOf4::C(view! { <SentPage number=number due=due /> })
                }
                _ => EitherOf4::D(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Рабочее место»: the operator's queues (`console.html`).
#[component]
pub fn ConsoleApp() -> impl IntoView {
    let location = Location::start(page::CONSOLE);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Queue { filter }) => Either::Left(view! { <QueuePage filter=filter /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// One request in the console (`console-request.html`).
#[component]
pub fn ConsoleRequestApp() -> impl IntoView {
    let location = Location::start(page::CONSOLE_REQUEST);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::ConsoleRequest { number, done }) => {
                    Either::Left(view! { <ConsoleRequestPage number=number done=done /> })
                }
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The operator's writing: reply, documents, answer, note (`console-write.html`).
#[component]
pub fn ConsoleWriteApp() -> impl IntoView {
    let location = Location::start(page::CONSOLE_WRITE);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::ConsoleAction { number, action }) => {
                    Either::Left(view! { <ConsoleWritePage number=number action=action /> })
                }
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The operator's decisions: refusal, extension, escalation, transfer (`console-decide.html`).
#[component]
pub fn ConsoleDecideApp() -> impl IntoView {
    let location = Location::start(page::CONSOLE_DECIDE);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::ConsoleAction { number, action }) => {
                    Either::Left(view! { <ConsoleDecisionPage number=number action=action /> })
                }
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// A call or a letter registered as a request (`console-new.html`).
#[component]
pub fn ConsoleNewApp() -> impl IntoView {
    let location = Location::start(page::CONSOLE_NEW);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::RegisterCall) => EitherOf3::A(view! { <RegisterCallPage /> }),
                Some(Page::CallRegistered { number, due }) => {
                    EitherOf3::B(view! { <CallRegisteredPage number=number due=due /> })
                }
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// An operator's sections, as an administrator sets them (`sections.html`).
#[component]
pub fn SectionsApp() -> impl IntoView {
    let location = Location::start(page::SECTIONS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::StaffSections { account_id }) => {
                    Either::Left(view! { <StaffSectionsPage account_id=account_id /> })
                }
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Шаблоны ответов» (`canned.html`).
#[component]
pub fn CannedApp() -> impl IntoView {
    let location = Location::start(page::CANNED);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::CannedReplies) => Either::Left(view! { <CannedRepliesPage /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The statistics (`statistics.html`).
#[component]
pub fn StatisticsApp() -> impl IntoView {
    let location = Location::start(page::STATISTICS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Statistics { filter }) => Either::Left(view! { <StatisticsPage filter=filter /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The notifications: the feed and «Настройки → Уведомления» (`notifications.html`).
#[component]
pub fn NotificationsApp() -> impl IntoView {
    let location = Location::start(page::NOTIFICATIONS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Notifications { filter }) => EitherOf3::A(view! { <FeedPage filter=filter /> }),
                Some(Page::NotificationSettings) => EitherOf3::B(view! { <SettingsPage /> }),
                _ => EitherOf3::C(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The citizen's call-backs (`callbacks.html`).
#[component]
pub fn CallbacksApp() -> impl IntoView {
    let location = Location::start(page::CALLBACKS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::Callbacks { booked }) => Either::Left(view! { <CallbacksPage booked=booked /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// «Заказать обратный звонок» (`callback-new.html`).
#[component]
pub fn NewCallbackApp() -> impl IntoView {
    let location = Location::start(page::NEW_CALLBACK);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::NewCallback) => Either::Left(view! { <NewCallbackPage /> }),
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The operators' call-backs (`console-callbacks.html`).
#[component]
pub fn ConsoleCallbacksApp() -> impl IntoView {
    let location = Location::start(page::CONSOLE_CALLBACKS);
    view! {
        <Frame idle_warning=true>
            {move || match location.page() {
                Some(Page::ConsoleCallbacks { finished }) => {
                    Either::Left(view! { <ConsoleCallbacksPage finished=finished /> })
                }
                _ => Either::Right(view! { <NotFoundPage /> }),
            }}
        </Frame>
    }
}

/// The frame of every page: header with the sign-in state (and the bell for someone signed in),
/// footer, and on the pages of signed-in work the idle warning (elsewhere nothing typed is lost
/// when a session ends, and the dialog's code would count against those bundles' budget).
#[component]
fn Frame(idle_warning: bool, children: Children) -> impl IntoView {
    let session = Session::start();
    let account = move || {
        view! {
            {move || match session.me() {
                Some(me) => Either::Left(view! {
                    <Bell href=Page::Notifications { filter: Default::default() }.href() unread=session.unread() />
                    <a class="header__link" href=Page::Account { welcome: false }.href()>
                        {ui::account::home::TITLE.get(lang())}
                    </a>
                    <SignedInAs name=me.name on_sign_out=Callback::new(move |()| session.sign_out()) />
                }),
                None => Either::Right(view! { <SignInLink href=Page::SignIn { timed_out: false }.href() /> }),
            }}
        }
        .into_any()
    };
    view! {
        <PageLayout
            home=Page::Home.href()
            account=Box::new(account)
            footer=vec![
                FooterLink { href: Page::Home.href(), text: ui::HELP_CENTRE_LINK, external: false },
                FooterLink { href: "/#contacts".to_owned(), text: ui::CONTACTS_LINK, external: false },
            ]
        >
            {children()}
            {idle_warning.then(|| view! { <IdleWarning session=session /> })}
        </PageLayout>
    }
}

/// GOV.UK's timeout warning: before an idle session ends, a dialog offers to stay signed in.
#[component]
fn IdleWarning(session: Session) -> impl IntoView {
    view! {
        <Modal open=session.warning() title=idle::TITLE>
            <p class="body">{idle::TEXT.get(lang())}</p>
            <div class="button-group">
                <Button label=idle::EXTEND on_click=Callback::new(move |()| session.extend()) />
                <Button label=idle::SIGN_OUT kind=ButtonKind::Link on_click=Callback::new(move |()| session.sign_out()) />
            </div>
        </Modal>
    }
}

/// The whole portal as one application: the frame, the router and the session load once; each
/// area's pages are a chunk of their own ([`crate::chunks`]), downloaded the first time one of
/// them is shown. A chunk that fails to download says so and offers to try again.
#[cfg(feature = "split")]
#[component]
pub fn PortalApp() -> impl IntoView {
    let location = Location::start(page::PORTAL);
    let kept = crate::chunks::Kept {
        files: RwSignal::new(Vec::new()),
    };
    // Bumped by «Попробовать ещё раз»: the page's chunk is asked for again.
    let attempt = RwSignal::new(0_u32);
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    view! {
        <Frame idle_warning=true>
            <Suspense>
                {move || {
                    attempt.track();
                    let page = location.page();
                    Suspend::new(async move {
                        let Some(page) = page else {
                            return view! { <NotFoundPage /> }.into_any();
                        };
                        match crate::chunks::view_of(page, kept).await {
                            Ok(view) => view,
                            Err(_) => view! { <ChunkFailedPage retry=retry /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </Frame>
    }
}
