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
