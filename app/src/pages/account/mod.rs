//! The account pages: registration, sign-in, recovery, «Личный кабинет», «Безопасность»,
//! «Мои данные», «Подтверждение личности».

mod fields;
mod form;
mod home;
mod identity;
mod profile;
mod recover;
mod register;
mod security;
mod sign_in;

pub(crate) use form::FormState;
pub use home::AccountPage;
pub use identity::IdentityPage;
pub use profile::{ChangeContactPage, ProfilePage};
pub use recover::RecoverPage;
pub use register::RegisterPage;
pub use security::SecurityPage;
pub use sign_in::SignInPage;

use leptos::prelude::*;

use crate::page::Page;
use crate::router::navigate;
use crate::session::Session;

/// For pages of a signed-in person: once it is known that nobody is signed in, go to sign-in.
pub(crate) fn signed_in_only() {
    let session = Session::get();
    Effect::new(move |_| {
        if session.loaded() && session.me().is_none() {
            navigate(&Page::SignIn {
                timed_out: session.timed_out(),
            });
        }
    });
}
