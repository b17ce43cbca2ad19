//! The knowledge base: searching and reading articles (anyone), answering «Была ли статья
//! полезной?» (anyone, once a browser), and writing them (administrators; the contact centre
//! reads drafts).

use axum::Json;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use serde::Deserialize;
use shared::api::Fault;
use shared::articles::{
    Article, ArticleFigures, ArticleLink, ArticleList, ArticlePreview, ArticleSearch,
    ArticleSuggestion, ArticleSummary, ArticleVote, CreatedArticle, EditedArticle,
};
use shared::codes;
use shared::forms::article::ArticleForm;
use shared::forms::{Form, FormErrors};
use time::OffsetDateTime;

use super::extract::{Body, ClientIp, ClientLang};
use crate::AppState;
use crate::error::ApiError;
use crate::services::knowledge;
use crate::services::limits::Action;
use crate::services::markdown::render;
use crate::services::sessions::{Administrator, ContactCentre, SignedIn};
use crate::storage::articles::Saved;

/// `GET /api/v1/articles?q=&type=&section=&page=`: published articles, best match first, with
/// snippets; without `q`, the most read first. `400` for an unknown type or section.
pub async fn list(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    search: Result<Query<ArticleSearch>, QueryRejection>,
) -> Result<Json<ArticleList>, ApiError> {
    let Query(search) = search.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    let section = search.section.trim();
    if !section.is_empty() && shared::categories::section(section).is_none() {
        return Err(ApiError::Fault(Fault::BadRequest));
    }
    Ok(Json(knowledge::search(&state.db, &search, lang).await?))
}

/// What is being typed into a search box.
#[derive(Debug, Deserialize)]
pub struct Typed {
    /// The text so far.
    #[serde(default)]
    q: String,
}

/// `GET /api/v1/articles/suggest?q=`: up to 8 published titles matching what is typed, the
/// last word as a prefix; none before its second letter.
pub async fn suggest(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    typed: Result<Query<Typed>, QueryRejection>,
) -> Result<Json<Vec<ArticleSuggestion>>, ApiError> {
    let Query(typed) = typed.map_err(|_| ApiError::Fault(Fault::BadRequest))?;
    Ok(Json(knowledge::suggest(&state.db, &typed.q, lang).await?))
}

/// `GET /api/v1/articles/popular`: the most read published articles.
pub async fn popular(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
) -> Result<Json<Vec<ArticleSummary>>, ApiError> {
    Ok(Json(knowledge::popular(&state.db, lang).await?))
}

/// `GET /api/v1/articles/{id}`: one article with its body rendered; each reading of a published
/// one is counted. A draft is shown only to the contact centre: `404` for anyone else, as for
/// an article that does not exist.
pub async fn show(
    State(state): State<AppState>,
    ClientLang(lang): ClientLang,
    signed_in: Result<SignedIn, ApiError>,
    Path(id): Path<i64>,
) -> Result<Json<Article>, ApiError> {
    let staff = signed_in.is_ok_and(|signed_in| signed_in.account.role().is_staff());
    let row = state
        .db
        .article(id)
        .await?
        .filter(|row| row.published || staff)
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    if row.published {
        state.db.count_article_view(id).await?;
    }
    Ok(Json(
        knowledge::page_of(&state.db, &row, lang, staff).await?,
    ))
}

/// `POST /api/v1/articles/{id}/votes` [`ArticleVote`]: `204`; a browser's later answer replaces
/// its earlier one. `404` for no such published article, `429` after 60 answers from one
/// address in ten minutes.
pub async fn vote(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Path(id): Path<i64>,
    Body(vote): Body<ArticleVote>,
) -> Result<StatusCode, ApiError> {
    state.limits.hit(Action::ArticleVotes, &ip)?;
    if !vote.browser_is_valid() {
        return Err(ApiError::Fault(Fault::BadRequest));
    }
    let now = OffsetDateTime::now_utc();
    vote.check(now).map_err(ApiError::Validation)?;
    if state.db.vote_on_article(id, &vote, now).await? {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Fault(Fault::NotFound))
    }
}

/// `GET /api/v1/admin/articles`: every article, drafts too, with its figures, most read first;
/// for the contact centre (operators read drafts, administrators change them).
pub async fn figures(
    State(state): State<AppState>,
    _: ContactCentre,
) -> Result<Json<Vec<ArticleFigures>>, ApiError> {
    Ok(Json(state.db.article_figures(None).await?))
}

/// `GET /api/v1/admin/articles/links`: every article's id and title, for choosing related ones.
pub async fn links(
    State(state): State<AppState>,
    _: Administrator,
) -> Result<Json<Vec<ArticleLink>>, ApiError> {
    Ok(Json(state.db.article_links().await?))
}

/// `GET /api/v1/admin/articles/{id}`: the article as its form keeps it, with its history and
/// figures.
pub async fn edited(
    State(state): State<AppState>,
    _: Administrator,
    Path(id): Path<i64>,
) -> Result<Json<EditedArticle>, ApiError> {
    let row = state
        .db
        .article(id)
        .await?
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    let figures = state
        .db
        .article_figures(Some(id))
        .await?
        .pop()
        .ok_or(ApiError::Fault(Fault::NotFound))?;
    Ok(Json(EditedArticle {
        form: row.form(state.db.related_ids(id).await?),
        changes: state.db.article_changes(id).await?,
        figures,
    }))
}

/// The `422` of a form whose related articles are not all articles.
fn unknown_related() -> ApiError {
    let mut errors = FormErrors::new();
    errors.add("related", codes::RELATED_UNKNOWN);
    ApiError::Validation(errors)
}

/// `POST /api/v1/admin/articles` [`ArticleForm`]: `201 {"id"}`. Searchable at once when
/// published: the index is written in the same transaction.
pub async fn create(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    Body(form): Body<ArticleForm>,
) -> Result<(StatusCode, Json<CreatedArticle>), ApiError> {
    let now = OffsetDateTime::now_utc();
    form.check(now).map_err(ApiError::Validation)?;
    let author = crate::storage::articles::Author::Staff(admin.account.id);
    match state.db.create_article(&form, author, now).await? {
        Saved::Kept(id) => Ok((StatusCode::CREATED, Json(CreatedArticle { id }))),
        Saved::UnknownRelated => Err(unknown_related()),
        Saved::NotFound => Err(ApiError::Fault(Fault::NotFound)),
    }
}

/// `PUT /api/v1/admin/articles/{id}` [`ArticleForm`]: `204`; publishing, taking back to a
/// draft and editing are each recorded with who and when.
pub async fn update(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    Path(id): Path<i64>,
    Body(form): Body<ArticleForm>,
) -> Result<StatusCode, ApiError> {
    let now = OffsetDateTime::now_utc();
    form.check(now).map_err(ApiError::Validation)?;
    match state
        .db
        .update_article(id, &form, admin.account.id, now)
        .await?
    {
        Saved::Kept(_) => Ok(StatusCode::NO_CONTENT),
        Saved::UnknownRelated => Err(unknown_related()),
        Saved::NotFound => Err(ApiError::Fault(Fault::NotFound)),
    }
}

/// `DELETE /api/v1/admin/articles/{id}`: `204`; `404` for no such article.
pub async fn delete(
    State(state): State<AppState>,
    Administrator(admin): Administrator,
    Path(id): Path<i64>,
) -> Result<StatusCode, ApiError> {
    if state
        .db
        .delete_article(id, admin.account.id, OffsetDateTime::now_utc())
        .await?
    {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::Fault(Fault::NotFound))
    }
}

/// `POST /api/v1/admin/articles/preview` [`ArticleForm`]: the body and transcript rendered as
/// the article's page will show them; nothing is kept and the form is not judged.
pub async fn preview(_: Administrator, Body(form): Body<ArticleForm>) -> Json<ArticlePreview> {
    Json(ArticlePreview {
        body_html: render(&form.body),
        transcript_html: form
            .video()
            .map_or_else(String::new, |(_, transcript)| render(transcript)),
    })
}
