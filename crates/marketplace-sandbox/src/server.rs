//! The router, its middleware, and starting/stopping the server.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use marketplace_api::error::codes;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::config::SandboxConfig;
use crate::error::{ApiError, SandboxError};
use crate::routes as r;
use crate::state::AppState;

pub fn router(state: AppState) -> Router {
    let cfg = state.config().clone();
    let doc = Arc::new(
        serde_json::to_vec(&crate::openapi::document()).unwrap_or_else(|_| b"{}".to_vec()),
    );
    let photos = Router::new()
        .route("/v1/listings/{id}/photos", post(r::upload_listing_photo))
        .route("/v1/photos", post(r::upload_photo))
        .route("/v1/documents", post(r::upload_document))
        .layer(DefaultBodyLimit::max(cfg.photo_limit));
    let api = Router::new()
        .route("/v1/accounts", post(r::sign_up))
        .route("/v1/auth/sign-in", post(r::sign_in))
        .route("/v1/me", get(r::me))
        .route("/v1/members", get(r::members).post(r::add_member_handler))
        .route("/v1/devices", get(r::devices))
        .route("/v1/devices/{id}", axum::routing::delete(r::revoke_device))
        .route(
            "/v1/listings",
            get(r::list_listings).post(r::create_listing),
        )
        .route(
            "/v1/listings/{id}",
            get(r::get_listing)
                .patch(r::patch_listing)
                .delete(r::delete_listing),
        )
        .route("/v1/photos/{id}", get(r::get_photo).delete(r::delete_photo))
        .route("/v1/documents/{id}", get(r::get_document))
        .route("/v1/variants/{id}/stock", get(r::get_stock))
        .route("/v1/variants/{id}/stock/adjust", post(r::stock_adjust))
        .route("/v1/variants/{id}/stock/set", post(r::stock_set))
        .route("/v1/orders", get(r::list_orders))
        .route("/v1/orders/{id}", get(r::get_order))
        .route("/v1/orders/{id}/transition", post(r::order_transition))
        .route("/v1/orders/{id}/shipments", post(r::create_shipment))
        .route("/v1/shipments/{id}", get(r::get_shipment))
        .route("/v1/conversations", get(r::list_conversations))
        .route(
            "/v1/conversations/{id}/messages",
            get(r::list_messages).post(r::send_message),
        )
        .route("/v1/reviews", get(r::list_reviews))
        .route("/v1/reviews/{id}/reply", post(r::reply_review))
        .route("/v1/disputes", get(r::list_disputes))
        .route("/v1/disputes/{id}/responses", post(r::respond_dispute))
        .route(
            "/v1/promotions",
            get(r::list_promotions).post(r::create_promotion),
        )
        .route(
            "/v1/promotions/{id}",
            axum::routing::delete(r::delete_promotion),
        )
        .route("/v1/sync/push", post(r::push))
        .route("/v1/sync/pull", get(r::pull))
        .route("/v1/sim/events", post(r::simulate))
        .route("/v1/sim/disputes", post(r::sim_open_dispute))
        .route("/v1/sim/disputes/{id}/resolve", post(r::resolve_dispute))
        .route("/v1/sim/buyer-messages", post(r::sim_buyer_message))
        .route("/v1/sim/compact", post(r::compact))
        .layer(DefaultBodyLimit::max(cfg.json_body_limit))
        .merge(photos)
        .layer(middleware::from_fn_with_state(state.clone(), faults))
        .layer(middleware::from_fn_with_state(state.clone(), rate_limit));
    Router::new()
        .route("/health", get(r::health))
        .route(
            "/openapi.json",
            get(move || {
                let doc = doc.clone();
                async move {
                    (
                        [(header::CONTENT_TYPE, "application/json")],
                        doc.as_ref().clone(),
                    )
                }
            }),
        )
        .merge(api)
        .fallback(r::not_found)
        .method_not_allowed_fallback(r::method_not_allowed)
        .with_state(state)
        .layer(middleware::from_fn(json_errors))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(|_| {
            ApiError::internal().into_response()
        }))
        .layer(tower_http::trace::TraceLayer::new_for_http())
}

/// Per-token token bucket; `429 rate-limited` with `Retry-After` (seconds).
async fn rate_limit(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let key = req
        .headers()
        .get(header::AUTHORIZATION)
        .map(|v| crate::util::sha256(v.as_bytes()))
        .unwrap_or_else(|| b"anonymous".to_vec());
    if let Err(wait) = state.rate_limit(&key) {
        let mut e = ApiError::new(
            StatusCode::TOO_MANY_REQUESTS,
            codes::RATE_LIMITED,
            "too many requests for this token; retry after the Retry-After delay",
        );
        e.retry_after = Some(wait);
        return e.into_response();
    }
    next.run(req).await
}

/// Off-by-default fault injection: delay, a share of 503s, dropped replies after commit.
async fn faults(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let f = state.config().faults;
    if !f.any() {
        return next.run(req).await;
    }
    if !f.delay.is_zero() {
        tokio::time::sleep(f.delay).await;
    }
    if f.error_rate > 0.0 && state.fault_draw() < f.error_rate {
        let mut e = ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            codes::INJECTED_FAULT,
            "injected fault: the request was not processed",
        );
        e.retry_after = Some(1);
        return e.into_response();
    }
    let drop = f.drop_reply_rate > 0.0 && state.fault_draw() < f.drop_reply_rate;
    let resp = next.run(req).await;
    if drop {
        tracing::info!("fault injection: dropping the reply after the handler committed");
        let (parts, _) = resp.into_parts();
        let body = Body::from_stream(futures_util::stream::once(async {
            Err::<axum::body::Bytes, std::io::Error>(std::io::Error::other(
                "injected: reply dropped",
            ))
        }));
        let mut resp = Response::from_parts(parts, body);
        resp.headers_mut().remove(header::CONTENT_LENGTH);
        return resp;
    }
    resp
}

/// Any error answer that is not JSON yet (framework rejections) becomes an ErrorBody.
async fn json_errors(req: Request, next: Next) -> Response {
    let resp = next.run(req).await;
    let status = resp.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return resp;
    }
    let is_json = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if is_json {
        return resp;
    }
    let code = match status {
        StatusCode::NOT_FOUND => codes::NOT_FOUND,
        StatusCode::METHOD_NOT_ALLOWED => codes::METHOD_NOT_ALLOWED,
        StatusCode::PAYLOAD_TOO_LARGE => codes::PAYLOAD_TOO_LARGE,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => codes::UNSUPPORTED_MEDIA_TYPE,
        StatusCode::UNAUTHORIZED => codes::UNAUTHENTICATED,
        s if s.is_server_error() => codes::INTERNAL,
        _ => codes::INVALID_BODY,
    };
    let retry_after = resp.headers().get(header::RETRY_AFTER).cloned();
    let msg = status.canonical_reason().unwrap_or("error").to_lowercase();
    let mut out = ApiError::new(status, code, msg).into_response();
    if let Some(v) = retry_after {
        out.headers_mut().insert(header::RETRY_AFTER, v);
    }
    out
}

/// A running sandbox marketplace.
pub struct Sandbox {
    addr: SocketAddr,
    state: AppState,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
    background: Vec<JoinHandle<()>>,
}

impl Sandbox {
    /// Opens the database, seeds the demo if asked, binds and starts serving.
    pub async fn start(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let pool = crate::db::open(&config.db).await?;
        let state = AppState::new(pool, config.clone());
        if config.demo {
            let shop = crate::demo::seed(&state)
                .await
                .map_err(|e| SandboxError::Config(format!("demo seed: {}", e.body.message)))?;
            if let Some((listings, orders)) = config.bulk {
                crate::bulk::seed_large_once(&state, shop, listings, orders, config.seed)
                    .await
                    .map_err(|e| SandboxError::Config(format!("bulk seed: {e}")))?;
            }
        }
        let listener = TcpListener::bind(config.bind).await?;
        let addr = listener.local_addr()?;
        let (tx, rx) = oneshot::channel::<()>();
        let app = router(state.clone());
        let task = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(async {
                let _ = rx.await;
            });
            if let Err(e) = serve.await {
                tracing::error!(error = %e, "server stopped with an error");
            }
        });
        let mut background = Vec::new();
        if let Some(every) = config.simulate {
            background.push(tokio::spawn(crate::sim::simulate_forever(
                state.clone(),
                every,
            )));
        }
        if let Some(retention) = config.retention {
            let st = state.clone();
            let every = config.compaction_interval;
            background.push(tokio::spawn(async move {
                let mut tick = tokio::time::interval(every);
                loop {
                    tick.tick().await;
                    let res = async {
                        let mut w = st.begin_write().await?;
                        let n = crate::feed::compact(&mut w.tx, retention).await?;
                        w.commit().await?;
                        Ok::<u64, sqlx::Error>(n)
                    }
                    .await;
                    match res {
                        Ok(0) => {}
                        Ok(n) => tracing::debug!(deleted = n, "compacted the change feed"),
                        Err(e) => tracing::warn!(error = %e, "compaction failed"),
                    }
                }
            }));
        }
        Ok(Sandbox {
            addr,
            state,
            shutdown: Some(tx),
            task,
            background,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Waits until the server task ends (it runs until [`Sandbox::stop`]).
    pub async fn wait(mut self) {
        let task = std::mem::replace(&mut self.task, tokio::spawn(async {}));
        let _ = task.await;
    }

    /// Graceful stop: finishes in-flight requests, closes the database.
    pub async fn stop(mut self) {
        for b in self.background.drain(..) {
            b.abort();
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let task = std::mem::replace(&mut self.task, tokio::spawn(async {}));
        let _ = task.await;
        self.state.pool().close().await;
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        for b in &self.background {
            b.abort();
        }
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}
