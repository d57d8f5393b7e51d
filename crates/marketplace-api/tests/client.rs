//! The client against a real sandbox on 127.0.0.1:0: happy path, retries that honour
//! Retry-After, no retries for permanent errors, exactly-once through dropped replies.

use std::time::{Duration, Instant};

use marketplace_api::dto::*;
use marketplace_api::{ClientConfig, ClientError, MarketplaceClient};
use marketplace_sandbox::{Faults, RateLimit, Sandbox, SandboxConfig};
use uuid::Uuid;

async fn sandbox(f: impl FnOnce(&mut SandboxConfig)) -> (Sandbox, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = SandboxConfig::with_file(dir.path().join("m.db"));
    cfg.rate_limit = None;
    f(&mut cfg);
    (Sandbox::start(cfg).await.expect("sandbox"), dir)
}

fn fast() -> ClientConfig {
    ClientConfig {
        timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_secs(1),
        max_attempts: 12,
        base_backoff: Duration::from_millis(20),
        max_backoff: Duration::from_millis(200),
        max_retry_after: Duration::from_secs(5),
    }
}

fn listing(stock: i64) -> NewListing {
    NewListing {
        id: Some(Uuid::now_v7()),
        state: ListingState::Active,
        default_locale: "pl-PL".into(),
        texts: vec![ListingText {
            locale: "pl-PL".into(),
            title: "Kubek".into(),
            description: "Ceramika".into(),
            tags: vec![],
        }],
        variants: vec![NewVariant {
            id: Some(Uuid::now_v7()),
            sku: "MUG".into(),
            options: vec![],
            weight_grams: 400,
            hs_code: Some("691200".into()),
            hs_edition: Some("HS2022".into()),
            origin_country: Some("PL".into()),
            customs_description: None,
            stock,
            prices: vec![Price {
                currency: "PLN".into(),
                amount: "79.00".into(),
            }],
        }],
    }
}

async fn signed_up(url: &str, cfg: ClientConfig) -> MarketplaceClient {
    let c = MarketplaceClient::new(url, cfg).expect("client");
    let s = c
        .sign_up(&SignUpRequest {
            email: format!("{}@example.com", Uuid::now_v7().simple()),
            password: "correct horse".into(),
            shop_name: "Ceramika".into(),
            locale: Some("pl-PL".into()),
        })
        .await
        .expect("sign up");
    c.with_token(s.token)
}

fn adjust(seq: i64, variant: Uuid, delta: i64) -> Op {
    Op {
        op_id: Uuid::now_v7(),
        op_seq: seq,
        base_version: None,
        action: OpAction::StockAdjust {
            variant_id: variant,
            delta,
            reason: StockReason::Restocked,
        },
    }
}

#[tokio::test]
async fn push_and_pull_through_the_client() {
    let (sb, _d) = sandbox(|_| {}).await;
    let c = signed_up(&sb.url(), fast()).await;
    let me = c.me().await.expect("me");
    assert_eq!(me.role, Role::Owner);
    let l = c
        .create_listing(&listing(3), Uuid::now_v7())
        .await
        .expect("create");
    let vid = l.variants[0].id;
    let ops: Vec<Op> = (1..=3).map(|i| adjust(i, vid, 1)).collect();
    let r = c.push(&ops).await.expect("push");
    assert!(r.results.iter().all(|x| x.status == OpStatus::Applied));
    let page = c
        .pull(Stream::Inventory, None, Some(2))
        .await
        .expect("pull");
    assert_eq!(page.changes.len(), 2);
    assert!(page.has_more);
    let page2 = c
        .pull(Stream::Inventory, Some(&page.cursor), Some(10))
        .await
        .expect("pull");
    assert_eq!(page2.changes.len(), 2);
    assert!(!page2.has_more);
    let last: StockLevel = page2.changes[1].decode().expect("stock level");
    assert_eq!(last.stock, 6);
    assert_eq!(page2.changes[1].device_id, Some(me.device_id));
    sb.stop().await;
}

#[tokio::test]
async fn permanent_errors_are_not_retried() {
    let (sb, _d) = sandbox(|_| {}).await;
    let c = signed_up(
        &sb.url(),
        ClientConfig {
            base_backoff: Duration::from_secs(2),
            ..fast()
        },
    )
    .await;
    let t = Instant::now();
    let mut bad = listing(1);
    bad.variants[0].prices[0].amount = "79.001".into();
    let err = c
        .create_listing(&bad, Uuid::now_v7())
        .await
        .expect_err("422");
    assert_eq!(err.status(), Some(422));
    assert_eq!(err.code(), Some("validation-failed"));
    assert!(!err.is_transient());
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "a 422 must not be retried"
    );
    let anon = MarketplaceClient::new(&sb.url(), fast()).expect("client");
    let err = anon.me().await.expect_err("401");
    assert_eq!(
        (err.status(), err.code()),
        (Some(401), Some("unauthenticated"))
    );
    let err = c
        .pull(Stream::Orders, Some("bogus"), None)
        .await
        .expect_err("400");
    assert_eq!(err.code(), Some("invalid-cursor"));
    sb.stop().await;
}

#[tokio::test]
async fn rate_limited_calls_wait_for_retry_after() {
    let (sb, _d) = sandbox(|c| {
        c.rate_limit = Some(RateLimit {
            per_second: 1.0,
            burst: 2.0,
        })
    })
    .await;
    let c = signed_up(&sb.url(), fast()).await;
    // The sign-up used the anonymous bucket; this token has 2 requests, then 1 per second.
    c.me().await.expect("1");
    c.me().await.expect("2");
    let t = Instant::now();
    c.me().await.expect("3, after Retry-After");
    assert!(
        t.elapsed() >= Duration::from_millis(950),
        "sent before Retry-After: {:?}",
        t.elapsed()
    );
    // A Retry-After beyond what the caller accepts is handed back instead of waited for.
    let (sb2, _d2) = sandbox(|c| {
        c.rate_limit = Some(RateLimit {
            per_second: 0.1,
            burst: 2.0,
        })
    })
    .await;
    let impatient = signed_up(
        &sb2.url(),
        ClientConfig {
            max_retry_after: Duration::from_secs(2),
            ..fast()
        },
    )
    .await;
    impatient.me().await.expect("1");
    impatient.me().await.expect("2");
    let t = Instant::now();
    match impatient.me().await {
        Err(ClientError::Api {
            status: 429,
            retry_after: Some(ra),
            ..
        }) => assert!(ra >= Duration::from_secs(5)),
        other => panic!("expected a 429 handed back, got {other:?}"),
    }
    assert!(t.elapsed() < Duration::from_secs(1));
    sb.stop().await;
    sb2.stop().await;
}

#[tokio::test]
async fn injected_5xx_and_dropped_replies_still_apply_each_op_once() {
    let (sb, _d) = sandbox(|c| {
        c.faults = Faults {
            error_rate: 0.3,
            drop_reply_rate: 0.3,
            delay: Duration::ZERO,
        };
        c.seed = 1234;
    })
    .await;
    let c = signed_up(
        &sb.url(),
        ClientConfig {
            max_attempts: 40,
            ..fast()
        },
    )
    .await;
    let l = c
        .create_listing(&listing(0), Uuid::now_v7())
        .await
        .expect("create (idempotent retries)");
    let vid = l.variants[0].id;
    let mut seq = 0;
    for _ in 0..15 {
        let ops: Vec<Op> = (0..4)
            .map(|_| {
                seq += 1;
                adjust(seq, vid, 1)
            })
            .collect();
        let r = c.push(&ops).await.expect("push gets through");
        assert!(
            r.results.iter().all(|x| x.status == OpStatus::Applied),
            "{r:?}"
        );
    }
    let stock: StockLevel = c
        .call::<(), _>(
            reqwest::Method::GET,
            &format!("/v1/variants/{vid}/stock"),
            None,
            &[],
            None,
        )
        .await
        .expect("stock");
    assert_eq!(stock.stock, 60, "each op applied exactly once");
    // Only one listing exists although its create may have been sent several times.
    let page: ListingPage = c
        .call::<(), _>(reqwest::Method::GET, "/v1/listings", None, &[], None)
        .await
        .expect("list");
    assert_eq!(page.items.len(), 1);
    sb.stop().await;
}

#[tokio::test]
async fn connection_refused_is_transient_and_bounded() {
    // A port that was just free: nothing listens there.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let c = MarketplaceClient::new(
        &format!("http://127.0.0.1:{port}"),
        ClientConfig {
            max_attempts: 3,
            ..fast()
        },
    )
    .expect("client");
    let t = Instant::now();
    let err = c.me().await.expect_err("refused");
    assert!(matches!(err, ClientError::Transport(_)), "{err:?}");
    assert!(err.is_transient());
    assert!(t.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn slow_replies_time_out_and_safe_calls_are_retried() {
    let (sb, _d) = sandbox(|c| {
        c.faults = Faults {
            delay: Duration::from_millis(400),
            ..Faults::default()
        }
    })
    .await;
    let cfg = ClientConfig {
        timeout: Duration::from_millis(150),
        max_attempts: 3,
        ..fast()
    };
    let c = MarketplaceClient::new(&sb.url(), cfg).expect("client");
    let t = Instant::now();
    let err = c.me().await.expect_err("timeout");
    match &err {
        ClientError::Transport(e) => assert!(e.is_timeout(), "{e:?}"),
        other => panic!("expected a timeout, got {other:?}"),
    }
    // GET is safe to repeat: three attempts of ~150 ms each.
    assert!(
        t.elapsed() >= Duration::from_millis(450),
        "{:?}",
        t.elapsed()
    );
    sb.stop().await;
}
