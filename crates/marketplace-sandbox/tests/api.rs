//! API tests against a real sandbox on 127.0.0.1:0 with a real SQLite file.

use std::time::Duration;

use marketplace_sandbox::{Faults, RateLimit, Sandbox, SandboxConfig};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use uuid::Uuid;

struct Env {
    sb: Option<Sandbox>,
    url: String,
    http: reqwest::Client,
    dir: tempfile::TempDir,
}

#[derive(Clone, Debug)]
struct Session {
    token: String,
    shop_id: String,
    member_id: String,
    device_id: String,
}

async fn start_with(f: impl FnOnce(&mut SandboxConfig)) -> Env {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = SandboxConfig::with_file(dir.path().join("market.db"));
    cfg.rate_limit = None;
    f(&mut cfg);
    let sb = Sandbox::start(cfg).await.expect("sandbox starts");
    Env {
        url: sb.url(),
        sb: Some(sb),
        http: reqwest::Client::new(),
        dir,
    }
}

async fn start() -> Env {
    start_with(|_| {}).await
}

impl Env {
    async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        self.call_h(method, path, token, body, &[]).await
    }

    async fn call_h(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, Value) {
        let mut rb = self.http.request(method, format!("{}{}", self.url, path));
        if let Some(t) = token {
            rb = rb.bearer_auth(t);
        }
        for (k, v) in headers {
            rb = rb.header(*k, *v);
        }
        if let Some(b) = body {
            rb = rb.json(&b);
        }
        let resp = rb.send().await.expect("request sent");
        let status = resp.status();
        let ct = resp
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap_or("").to_owned())
            .unwrap_or_default();
        let bytes = resp.bytes().await.expect("body");
        if status.is_client_error() || status.is_server_error() {
            assert!(
                ct.starts_with("application/json"),
                "error without JSON body: {status} {ct}"
            );
        }
        let v = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        if status.is_client_error() || status.is_server_error() {
            assert!(
                v["code"].is_string() && v["message"].is_string(),
                "error body shape: {v}"
            );
        }
        (status, v)
    }

    async fn sign_up(&self, email: &str) -> Session {
        let (s, v) = self
            .call(
                Method::POST,
                "/v1/accounts",
                None,
                Some(json!({"email": email, "password": "correct horse", "shop_name": "Tecelagem Ana", "locale": "pt-BR"})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        session(&v)
    }

    async fn add_member(&self, owner: &Session, email: &str, role: &str) -> Session {
        let (s, v) = self
            .call(
                Method::POST,
                "/v1/members",
                Some(&owner.token),
                Some(json!({"email": email, "password": "member password", "role": role})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        let (s, v) = self
            .call(
                Method::POST,
                "/v1/auth/sign-in",
                None,
                Some(json!({"email": email, "password": "member password", "device_name": format!("{role} laptop")})),
            )
            .await;
        assert_eq!(s, StatusCode::OK, "{v}");
        session(&v)
    }

    async fn create_listing(&self, s: &Session, body: Value) -> Value {
        let (st, v) = self
            .call(Method::POST, "/v1/listings", Some(&s.token), Some(body))
            .await;
        assert_eq!(st, StatusCode::CREATED, "{v}");
        v
    }

    async fn push(&self, s: &Session, ops: Value) -> Vec<Value> {
        let (st, v) = self
            .call(
                Method::POST,
                "/v1/sync/push",
                Some(&s.token),
                Some(json!({"ops": ops})),
            )
            .await;
        assert_eq!(st, StatusCode::OK, "{v}");
        v["results"].as_array().expect("results").clone()
    }

    async fn pull_all(
        &self,
        s: &Session,
        stream: &str,
        cursor: Option<String>,
        limit: u32,
    ) -> (Vec<Value>, String, usize) {
        let mut cursor = cursor;
        let mut all = Vec::new();
        let mut pages = 0;
        loop {
            let mut path = format!("/v1/sync/pull?stream={stream}&limit={limit}");
            if let Some(c) = &cursor {
                path.push_str(&format!("&cursor={c}"));
            }
            let (st, v) = self.call(Method::GET, &path, Some(&s.token), None).await;
            assert_eq!(st, StatusCode::OK, "{v}");
            pages += 1;
            all.extend(v["changes"].as_array().expect("changes").iter().cloned());
            cursor = Some(v["cursor"].as_str().expect("cursor").to_owned());
            if !v["has_more"].as_bool().expect("has_more") {
                break;
            }
        }
        (all, cursor.unwrap_or_default(), pages)
    }

    async fn stop(mut self) {
        if let Some(sb) = self.sb.take() {
            sb.stop().await;
        }
    }

    /// Stops the server and hands back its data directory.
    async fn stop_keep(mut self) -> tempfile::TempDir {
        if let Some(sb) = self.sb.take() {
            sb.stop().await;
        }
        self.dir
    }
}

fn session(v: &Value) -> Session {
    Session {
        token: v["token"].as_str().expect("token").to_owned(),
        shop_id: v["shop_id"].as_str().expect("shop").to_owned(),
        member_id: v["member_id"].as_str().expect("member").to_owned(),
        device_id: v["device_id"].as_str().expect("device").to_owned(),
    }
}

fn listing_body(id: Uuid) -> Value {
    json!({
        "id": id,
        "state": "active",
        "default_locale": "pt-BR",
        "texts": [
            {"locale": "pt-BR", "title": "Lenço de seda", "description": "Tecido à mão", "tags": ["seda"]},
            {"locale": "en-US", "title": "Silk scarf", "description": "Hand-woven", "tags": []}
        ],
        "variants": [{
            "id": Uuid::now_v7(),
            "sku": format!("SCARF-{}", &id.simple().to_string()[24..]),
            "options": [{"name": "color", "value": "indigo"}],
            "weight_grams": 120,
            "hs_code": "621410",
            "hs_edition": "HS2022",
            "origin_country": "VN",
            "customs_description": "Silk scarf",
            "stock": 10,
            "prices": [
                {"currency": "BRL", "amount": "129.90"},
                {"currency": "EUR", "amount": "22.50"},
                {"currency": "IDR", "amount": "375000.00"},
                {"currency": "RUB", "amount": "2190"},
                {"currency": "PLN", "amount": "96.00"},
                {"currency": "USD", "amount": "24.00"}
            ]
        }]
    })
}

fn variant_id(listing: &Value) -> String {
    listing["variants"][0]["id"]
        .as_str()
        .expect("variant id")
        .to_owned()
}

fn codes(v: &Value) -> Vec<(String, String)> {
    v["fields"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|f| {
                    (
                        f["path"].as_str().unwrap_or("").to_owned(),
                        f["code"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn op(seq: i64, action: Value) -> Value {
    json!({"op_id": Uuid::now_v7(), "op_seq": seq, "action": action})
}

// ----- accounts, tokens, roles ------------------------------------------------------------

#[tokio::test]
async fn sign_up_sign_in_and_token_revocation() {
    let env = start().await;
    let owner = env.sign_up("ana@example.com").await;
    let (s, v) = env
        .call(Method::GET, "/v1/me", Some(&owner.token), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(v["role"], "owner");
    assert_eq!(v["shop"]["id"], owner.shop_id.as_str());

    // Same email again.
    let (s, v) = env
        .call(
            Method::POST,
            "/v1/accounts",
            None,
            Some(json!({"email": "ANA@example.com", "password": "whatever12", "shop_name": "x"})),
        )
        .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("email-taken"))
    );

    // Wrong password, unknown email.
    for (email, pw) in [
        ("ana@example.com", "wrong password"),
        ("nobody@example.com", "correct horse"),
    ] {
        let (s, v) = env
            .call(
                Method::POST,
                "/v1/auth/sign-in",
                None,
                Some(json!({"email": email, "password": pw, "device_name": "pc"})),
            )
            .await;
        assert_eq!(
            (s, v["code"].as_str()),
            (StatusCode::UNAUTHORIZED, Some("invalid-credentials"))
        );
    }

    // A second device, then revoke it.
    let (s, v) = env
        .call(Method::POST, "/v1/auth/sign-in", None, Some(json!({"email": "ana@example.com", "password": "correct horse", "device_name": "laptop"})))
        .await;
    assert_eq!(s, StatusCode::OK);
    let laptop = session(&v);
    assert_ne!(laptop.token, owner.token);
    let (s, _) = env
        .call(Method::GET, "/v1/me", Some(&laptop.token), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    let (s, v) = env
        .call(
            Method::DELETE,
            &format!("/v1/devices/{}", laptop.device_id),
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["revoked"], true);
    let (s, v) = env
        .call(Method::GET, "/v1/me", Some(&laptop.token), None)
        .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("token-revoked"))
    );
    // The other device still works.
    let (s, _) = env
        .call(Method::GET, "/v1/me", Some(&owner.token), None)
        .await;
    assert_eq!(s, StatusCode::OK);

    // Missing and unknown tokens.
    let (s, v) = env.call(Method::GET, "/v1/listings", None, None).await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
    );
    let (s, v) = env
        .call(
            Method::GET,
            "/v1/listings",
            Some("skd_not-a-real-token"),
            None,
        )
        .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("unauthenticated"))
    );

    // Tokens are stored hashed: the raw token is nowhere in the database file.
    let db = std::fs::read(env.dir.path().join("market.db")).expect("db file");
    let wal = std::fs::read(env.dir.path().join("market.db-wal")).unwrap_or_default();
    for blob in [&db, &wal] {
        assert!(
            !blob
                .windows(owner.token.len())
                .any(|w| w == owner.token.as_bytes())
        );
    }
    env.stop().await;
}

#[tokio::test]
async fn roles_are_enforced() {
    let env = start().await;
    let owner = env.sign_up("owner@example.com").await;
    let catalog = env.add_member(&owner, "cat@example.com", "catalog").await;
    let packer = env.add_member(&owner, "pack@example.com", "packer").await;
    let support = env.add_member(&owner, "help@example.com", "support").await;
    let listing = env
        .create_listing(&catalog, listing_body(Uuid::now_v7()))
        .await;
    let lid = listing["id"].as_str().expect("id").to_owned();
    let vid = variant_id(&listing);
    let version = listing["version"].as_i64().expect("version").to_string();

    // A packer cannot change prices, nor texts...
    let price_patch =
        json!({"variants": [{"id": vid, "prices": [{"currency": "EUR", "amount": "19.00"}]}]});
    let (s, v) = env
        .call_h(
            Method::PATCH,
            &format!("/v1/listings/{lid}"),
            Some(&packer.token),
            Some(price_patch.clone()),
            &[("If-Match", &version)],
        )
        .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );
    let (s, _) = env
        .call(
            Method::PATCH,
            &format!("/v1/listings/{lid}"),
            Some(&packer.token),
            Some(json!({"texts": [{"locale": "pt-BR", "title": "x"}]})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // ...but can fix logistics data and move stock.
    let (s, v) = env
        .call(
            Method::PATCH,
            &format!("/v1/listings/{lid}"),
            Some(&packer.token),
            Some(json!({"variants": [{"id": vid, "weight_grams": 135}]})),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    assert_eq!(v["variants"][0]["weight_grams"], 135);
    let (s, _) = env
        .call(
            Method::POST,
            &format!("/v1/variants/{vid}/stock/adjust"),
            Some(&packer.token),
            Some(json!({"delta": 5, "reason": "restocked"})),
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    // Support cannot delete listings, nor touch stock.
    let (s, v) = env
        .call(
            Method::DELETE,
            &format!("/v1/listings/{lid}"),
            Some(&support.token),
            None,
        )
        .await;
    assert_eq!(
        (s, v["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("forbidden"))
    );
    let (s, _) = env
        .call(
            Method::POST,
            &format!("/v1/variants/{vid}/stock/set"),
            Some(&support.token),
            Some(json!({"value": 1, "expected": 15})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Only the owner manages the team and other members' devices.
    let (s, _) = env
        .call(
            Method::POST,
            "/v1/members",
            Some(&catalog.token),
            Some(json!({"email": "x@example.com", "password": "12345678", "role": "owner"})),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = env
        .call(
            Method::DELETE,
            &format!("/v1/devices/{}", packer.device_id),
            Some(&support.token),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // A member may revoke their own device.
    let (s, _) = env
        .call(
            Method::DELETE,
            &format!("/v1/devices/{}", support.device_id),
            Some(&support.token),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    // The catalog editor can change prices with If-Match, and delete.
    let (s, v) = env
        .call_h(
            Method::PATCH,
            &format!("/v1/listings/{lid}"),
            Some(&catalog.token),
            Some(price_patch),
            &[("If-Match", "\"2\"")],
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let (s, _) = env
        .call(
            Method::DELETE,
            &format!("/v1/listings/{lid}"),
            Some(&catalog.token),
            None,
        )
        .await;
    assert_eq!(s, StatusCode::OK);

    // Role rules apply to pushed ops too.
    let r = env
        .push(
            &packer,
            json!([op(1, json!({"kind": "listing.delete", "listing_id": lid}))]),
        )
        .await;
    assert_eq!(
        (r[0]["status"].as_str(), r[0]["code"].as_str()),
        (Some("rejected"), Some("forbidden"))
    );
    let (s, members) = env
        .call(Method::GET, "/v1/members", Some(&owner.token), None)
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(members.as_array().map(Vec::len), Some(4));
    env.stop().await;
}

// ----- listings and bad input ---------------------------------------------------------------

#[tokio::test]
async fn listing_lifecycle_with_if_match_and_field_merges() {
    let env = start().await;
    let s = env.sign_up("a@example.com").await;
    let id = Uuid::now_v7();
    let l = env.create_listing(&s, listing_body(id)).await;
    assert_eq!(l["id"], id.to_string(), "the client id is kept");
    assert_eq!(l["version"], 1);
    assert_eq!(
        l["variants"][0]["prices"][2],
        json!({"currency": "IDR", "amount": "375000.00"})
    );
    assert_eq!(
        l["variants"][0]["prices"][4],
        json!({"currency": "RUB", "amount": "2190.00"})
    );
    // Creating again with the same id is idempotent.
    let (st, again) = env
        .call(
            Method::POST,
            "/v1/listings",
            Some(&s.token),
            Some(listing_body(id)),
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(again["version"], 1);
    let (st, page) = env
        .call(Method::GET, "/v1/listings?limit=10", Some(&s.token), None)
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(page["items"].as_array().map(Vec::len), Some(1));

    let path = format!("/v1/listings/{id}");
    // Two edits of different fields from the same base both survive.
    let (st, _) = env
        .call(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(json!({"texts": [{"locale": "pt-BR", "title": "Lenço azul"}]})),
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    let (st, v) = env
        .call(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(json!({"texts": [{"locale": "pt-BR", "description": "Seda pura"}]})),
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(v["texts"][1]["title"], "Lenço azul", "{v}");
    assert_eq!(v["texts"][1]["description"], "Seda pura");
    assert_eq!(v["version"], 3);

    // Prices need If-Match; stale is 412, current is applied.
    let vid = variant_id(&l);
    let prices =
        json!({"variants": [{"id": vid, "prices": [{"currency": "BRL", "amount": "99.90"}]}]});
    let (st, v) = env
        .call(Method::PATCH, &path, Some(&s.token), Some(prices.clone()))
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (
            StatusCode::PRECONDITION_REQUIRED,
            Some("precondition-required")
        )
    );
    let (st, _) = env
        .call_h(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(prices.clone()),
            &[("If-Match", "\"3\"")],
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    let (st, v) = env
        .call_h(Method::PATCH, &path, Some(&s.token), Some(json!({"variants": [{"id": vid, "prices": [{"currency": "BRL", "amount": "89.90"}]}]})), &[("If-Match", "\"3\"")])
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::PRECONDITION_FAILED, Some("version-mismatch"))
    );
    let (_, cur) = env.call(Method::GET, &path, Some(&s.token), None).await;
    assert_eq!(
        cur["variants"][0]["prices"],
        json!([{"currency": "BRL", "amount": "99.90"}])
    );

    // Delete wins; later edits are refused.
    let (st, v) = env.call(Method::DELETE, &path, Some(&s.token), None).await;
    assert_eq!((st, v["deleted"].as_bool()), (StatusCode::OK, Some(true)));
    let (st, v) = env
        .call(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(json!({"state": "inactive"})),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("listing-deleted"))
    );
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/variants/{vid}/stock/adjust"),
            Some(&s.token),
            Some(json!({"delta": 1, "reason": "restocked"})),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("listing-deleted"))
    );
    // Other shops cannot see it.
    let other = env.sign_up("b@example.com").await;
    let (st, _) = env.call(Method::GET, &path, Some(&other.token), None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    env.stop().await;
}

#[tokio::test]
async fn bad_input_gets_precise_4xx() {
    let env = start_with(|c| c.json_body_limit = 64 * 1024).await;
    let s = env.sign_up("a@example.com").await;
    let url = format!("{}/v1/listings", env.url);

    // Malformed JSON.
    let r = env
        .http
        .post(&url)
        .bearer_auth(&s.token)
        .header("content-type", "application/json")
        .body("{\"texts\": [")
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        r.json::<Value>().await.expect("json")["code"],
        "malformed-json"
    );
    // No JSON content type.
    let r = env
        .http
        .post(&url)
        .bearer_auth(&s.token)
        .body("{}")
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    assert_eq!(
        r.json::<Value>().await.expect("json")["code"],
        "unsupported-media-type"
    );
    // Huge body.
    let big = json!({"default_locale": "en-US", "texts": [{"locale": "en-US", "title": "x", "description": "y".repeat(100_000)}], "variants": []});
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&s.token), Some(big))
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("payload-too-large"))
    );

    // Wrong type, unknown field, missing field: 422 with the field path.
    let mut body = listing_body(Uuid::now_v7());
    body["variants"][0]["stock"] = json!("ten");
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&s.token), Some(body))
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid-body"))
    );
    assert_eq!(
        codes(&v),
        vec![("variants[0].stock".into(), "invalid-type".into())]
    );
    let mut body = listing_body(Uuid::now_v7());
    body["variants"][0]["colour"] = json!("red");
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&s.token), Some(body))
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&v)[0].1, "unknown-field");
    let (st, v) = env
        .call(
            Method::POST,
            "/v1/listings",
            Some(&s.token),
            Some(json!({"texts": []})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(codes(&v)[0].1, "missing-field");

    // Domain validation: every problem reported with its path.
    let mut body = listing_body(Uuid::now_v7());
    body["default_locale"] = json!("pt_BR");
    body["variants"][0]["stock"] = json!(-3);
    body["variants"][0]["prices"][1]["amount"] = json!("22.505");
    body["variants"][0]["prices"][0]["currency"] = json!("XYZ");
    body["variants"][0]["origin_country"] = json!("vn");
    body["variants"][0]["hs_code"] = json!("62");
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&s.token), Some(body))
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("validation-failed"))
    );
    let got = codes(&v);
    for want in [
        ("default_locale", "invalid-locale"),
        ("variants[0].stock", "negative"),
        ("variants[0].prices[1].amount", "too-many-decimals"),
        ("variants[0].prices[0].currency", "unknown-currency"),
        ("variants[0].origin_country", "invalid-country"),
        ("variants[0].hs_code", "invalid-hs-code"),
    ] {
        assert!(
            got.contains(&(want.0.to_owned(), want.1.to_owned())),
            "missing {want:?} in {got:?}"
        );
    }
    // JPY has no decimals.
    let mut body = listing_body(Uuid::now_v7());
    body["variants"][0]["prices"] = json!([{"currency": "JPY", "amount": "100.5"}]);
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&s.token), Some(body))
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&v),
        vec![(
            "variants[0].prices[0].amount".into(),
            "too-many-decimals".into()
        )]
    );

    // Amounts beyond 10^15 minor units are refused before any arithmetic.
    let mut body = listing_body(Uuid::now_v7());
    body["variants"][0]["prices"] = json!([{"currency": "EUR", "amount": "99999999999999.00"}]);
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&s.token), Some(body))
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&v),
        vec![(
            "variants[0].prices[0].amount".into(),
            "amount-out-of-range".into()
        )]
    );

    // Bad path, unknown route, wrong method, bad query.
    let (st, v) = env
        .call(Method::GET, "/v1/listings/not-a-uuid", Some(&s.token), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid-path"))
    );
    let (st, v) = env
        .call(Method::GET, "/v1/nothing-here", Some(&s.token), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("not-found"))
    );
    let (st, v) = env
        .call(Method::PUT, "/v1/listings", Some(&s.token), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::METHOD_NOT_ALLOWED, Some("method-not-allowed"))
    );
    let (st, v) = env
        .call(Method::GET, "/v1/listings?limit=abc", Some(&s.token), None)
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid-query"))
    );
    let (st, _) = env
        .call(Method::GET, "/v1/listings?limit=0", Some(&s.token), None)
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, v) = env
        .call(
            Method::GET,
            "/v1/sync/pull?stream=weather",
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid-query"))
    );
    env.stop().await;
}

// ----- stock and idempotency ------------------------------------------------------------------

#[tokio::test]
async fn stock_adjust_set_and_idempotency_keys() {
    let env = start().await;
    let s = env.sign_up("a@example.com").await;
    let l = env.create_listing(&s, listing_body(Uuid::now_v7())).await;
    let vid = variant_id(&l);
    let adjust = format!("/v1/variants/{vid}/stock/adjust");

    let (st, v) = env
        .call(
            Method::POST,
            &adjust,
            Some(&s.token),
            Some(json!({"delta": -4, "reason": "sold"})),
        )
        .await;
    assert_eq!((st, v["stock"].as_i64()), (StatusCode::OK, Some(6)));
    let (st, v) = env
        .call(
            Method::POST,
            &adjust,
            Some(&s.token),
            Some(json!({"delta": -7, "reason": "sold"})),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("insufficient-stock"))
    );
    let (st, v) = env
        .call(
            Method::POST,
            &adjust,
            Some(&s.token),
            Some(json!({"delta": 0, "reason": "sold"})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("delta".into(), "zero".into())]
        )
    );
    let (st, _) = env
        .call(
            Method::POST,
            &adjust,
            Some(&s.token),
            Some(json!({"delta": 1, "reason": "stolen"})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    // Found by schemathesis: i64::MIN used to overflow when checking the range.
    for delta in [i64::MIN, i64::MAX, 1_000_000_001] {
        let (st, v) = env
            .call(
                Method::POST,
                &adjust,
                Some(&s.token),
                Some(json!({"delta": delta, "reason": "sold"})),
            )
            .await;
        assert_eq!(
            (st, codes(&v)),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![("delta".into(), "out-of-range".into())]
            )
        );
    }
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/variants/{vid}/stock/set"),
            Some(&s.token),
            Some(json!({"value": 1, "expected": i64::MIN})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("expected".into(), "out-of-range".into())]
        )
    );

    // Compare-and-set.
    let set = format!("/v1/variants/{vid}/stock/set");
    let (st, v) = env
        .call(
            Method::POST,
            &set,
            Some(&s.token),
            Some(json!({"value": 20, "expected": 5})),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("stock-mismatch"))
    );
    let (st, v) = env
        .call(
            Method::POST,
            &set,
            Some(&s.token),
            Some(json!({"value": 20, "expected": 6})),
        )
        .await;
    assert_eq!((st, v["stock"].as_i64()), (StatusCode::OK, Some(20)));
    let (st, v) = env
        .call(
            Method::POST,
            &set,
            Some(&s.token),
            Some(json!({"value": -1, "expected": 20})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("value".into(), "negative".into())]
        )
    );

    // The same Idempotency-Key: applied once, same answer; another body: 422.
    let key = Uuid::now_v7().to_string();
    for _ in 0..3 {
        let (st, v) = env
            .call_h(
                Method::POST,
                &adjust,
                Some(&s.token),
                Some(json!({"delta": 2, "reason": "restocked"})),
                &[("Idempotency-Key", &key)],
            )
            .await;
        assert_eq!((st, v["stock"].as_i64()), (StatusCode::OK, Some(22)));
    }
    let (st, v) = env
        .call_h(
            Method::POST,
            &adjust,
            Some(&s.token),
            Some(json!({"delta": 3, "reason": "restocked"})),
            &[("Idempotency-Key", &key)],
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("idempotency-key-reused")
        )
    );
    // A rejected answer is remembered too.
    let key2 = "order-42-oversell";
    for _ in 0..2 {
        let (st, v) = env
            .call_h(
                Method::POST,
                &adjust,
                Some(&s.token),
                Some(json!({"delta": -100, "reason": "sold"})),
                &[("Idempotency-Key", key2)],
            )
            .await;
        assert_eq!(
            (st, v["code"].as_str()),
            (StatusCode::CONFLICT, Some("insufficient-stock"))
        );
    }
    let (_, v) = env
        .call(
            Method::GET,
            &format!("/v1/variants/{vid}/stock"),
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(v["stock"], 22);
    env.stop().await;
}

// ----- sync -------------------------------------------------------------------------------------

#[tokio::test]
async fn push_is_exactly_once_ordered_and_never_blocked() {
    let env = start().await;
    let s = env.sign_up("a@example.com").await;
    let lid = Uuid::now_v7();
    let vid = Uuid::now_v7();
    let mut body = listing_body(lid);
    body["variants"][0]["id"] = json!(vid);
    let create = op(1, json!({"kind": "listing.create", "listing": body}));
    let adjust = op(
        2,
        json!({"kind": "stock.adjust", "variant_id": vid, "delta": 5, "reason": "restocked"}),
    );
    let r = env.push(&s, json!([create, adjust])).await;
    assert_eq!(r.len(), 2);
    assert!(r.iter().all(|x| x["status"] == "applied"), "{r:?}");
    assert_eq!(r[0]["entity_id"], lid.to_string());

    // The same ops again (a retry after a lost reply): same results, applied once.
    let again = env.push(&s, json!([create, adjust])).await;
    assert_eq!(again, r);
    let (_, st) = env
        .call(
            Method::GET,
            &format!("/v1/variants/{vid}/stock"),
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(st["stock"], 15);

    // Same op_id, different op: rejected. Lower op_seq with a new op_id: out of order.
    let mut forged = adjust.clone();
    forged["action"]["delta"] = json!(50);
    let stale = op(
        1,
        json!({"kind": "stock.adjust", "variant_id": vid, "delta": 1, "reason": "restocked"}),
    );
    let r = env.push(&s, json!([forged, stale])).await;
    assert_eq!(r[0]["code"], "idempotency-key-reused");
    assert_eq!(r[1]["code"], "op-out-of-order");
    assert!(r.iter().all(|x| x["status"] == "rejected"));

    // A rejected op and a conflicting op never block the ops behind them.
    let r = env
        .push(
            &s,
            json!([
                op(3, json!({"kind": "stock.adjust", "variant_id": vid, "delta": -1000, "reason": "sold"})),
                op(4, json!({"kind": "stock.set", "variant_id": vid, "value": 3, "expected": 99})),
                {"op_id": Uuid::now_v7(), "op_seq": 5, "base_version": 0,
                 "action": {"kind": "listing.patch", "listing_id": lid, "patch": {"variants": [{"id": vid, "prices": [{"currency": "EUR", "amount": "1.00"}]}]}}},
                op(6, json!({"kind": "stock.adjust", "variant_id": vid, "delta": -2, "reason": "damaged"})),
                op(7, json!({"kind": "listing.patch", "listing_id": lid, "patch": {"texts": [{"locale": "en-US", "title": "Indigo silk scarf"}]}})),
            ]),
        )
        .await;
    let statuses: Vec<&str> = r
        .iter()
        .map(|x| x["status"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        statuses,
        ["rejected", "conflict", "conflict", "applied", "applied"],
        "{r:?}"
    );
    assert_eq!(r[0]["code"], "insufficient-stock");
    assert_eq!(r[1]["code"], "stock-mismatch");
    assert_eq!(
        r[1]["current"]["stock"], 15,
        "a conflict carries the current value"
    );
    assert_eq!(r[2]["code"], "version-mismatch");
    assert_eq!(r[2]["version"], 1);
    assert_eq!(r[2]["current"]["id"], lid.to_string());

    // Price patch with the current base version applies.
    let r = env
        .push(&s, json!([{"op_id": Uuid::now_v7(), "op_seq": 8, "base_version": 2,
            "action": {"kind": "listing.patch", "listing_id": lid, "patch": {"variants": [{"id": vid, "prices": [{"currency": "EUR", "amount": "19.99"}]}]}}}]))
        .await;
    assert_eq!(r[0]["status"], "applied", "{r:?}");
    assert_eq!(r[0]["version"], 3);

    // Delete wins: a later edit is rejected, and the queue goes on.
    let r = env
        .push(
            &s,
            json!([
                op(9, json!({"kind": "listing.delete", "listing_id": lid})),
                op(10, json!({"kind": "listing.patch", "listing_id": lid, "patch": {"state": "active"}})),
                op(11, json!({"kind": "listing.create", "listing": listing_body(Uuid::now_v7())})),
            ]),
        )
        .await;
    assert_eq!(r[1]["code"], "listing-deleted");
    assert_eq!(r[2]["status"], "applied");

    // Push refuses a malformed batch as a whole.
    let (st, _) = env
        .call(
            Method::POST,
            "/v1/sync/push",
            Some(&s.token),
            Some(json!({"ops": []})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    let (st, v) = env
        .call(Method::POST, "/v1/sync/push", Some(&s.token), Some(json!({"ops": [{"op_id": Uuid::now_v7(), "op_seq": 12, "action": {"kind": "stock.teleport"}}]})))
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid-body"))
    );
    env.stop().await;
}

#[tokio::test]
async fn op_seq_is_per_device() {
    let env = start().await;
    let a = env.sign_up("a@example.com").await;
    let (_, v) = env
        .call(Method::POST, "/v1/auth/sign-in", None, Some(json!({"email": "a@example.com", "password": "correct horse", "device_name": "second"})))
        .await;
    let b = session(&v);
    let l = env.create_listing(&a, listing_body(Uuid::now_v7())).await;
    let vid = variant_id(&l);
    let adj = |seq| {
        op(
            seq,
            json!({"kind": "stock.adjust", "variant_id": vid, "delta": 1, "reason": "restocked"}),
        )
    };
    assert_eq!(env.push(&a, json!([adj(10)])).await[0]["status"], "applied");
    // Device b has its own sequence.
    assert_eq!(env.push(&b, json!([adj(1)])).await[0]["status"], "applied");
    assert_eq!(
        env.push(&a, json!([adj(5)])).await[0]["code"],
        "op-out-of-order"
    );
    env.stop().await;
}

#[tokio::test]
async fn pull_pages_carry_authors_and_expire_past_retention() {
    let env = start().await;
    let owner = env.sign_up("a@example.com").await;
    let catalog = env.add_member(&owner, "c@example.com", "catalog").await;
    let l = env
        .create_listing(&owner, listing_body(Uuid::now_v7()))
        .await;
    let lid = l["id"].as_str().expect("id").to_owned();
    let vid = variant_id(&l);
    let mut ops = Vec::new();
    for i in 1..=45 {
        ops.push(op(
            i,
            json!({"kind": "stock.adjust", "variant_id": vid, "delta": 1, "reason": "restocked"}),
        ));
    }
    let op_ids: Vec<String> = ops
        .iter()
        .map(|o| o["op_id"].as_str().unwrap_or("").to_owned())
        .collect();
    env.push(&catalog, Value::Array(ops)).await;

    // 1 (create) + 45 changes in pages of 10: 5 pages, nothing skipped or repeated.
    let (changes, cursor, pages) = env.pull_all(&owner, "inventory", None, 10).await;
    assert_eq!(changes.len(), 46);
    assert_eq!(pages, 5);
    let versions: Vec<i64> = changes
        .iter()
        .map(|c| c["version"].as_i64().unwrap_or(0))
        .collect();
    assert_eq!(versions, (1..=46).collect::<Vec<_>>());
    assert_eq!(
        changes.last().map(|c| c["data"]["stock"].clone()),
        Some(json!(55))
    );
    // Each change names who made it and the op that caused it.
    for (c, op_id) in changes[1..].iter().zip(&op_ids) {
        assert_eq!(c["member_id"], catalog.member_id.as_str());
        assert_eq!(c["device_id"], catalog.device_id.as_str());
        assert_eq!(c["op_id"], op_id.as_str());
    }
    assert_eq!(changes[0]["member_id"], owner.member_id.as_str());
    // Nothing new: an empty page with the same cursor.
    let (more, cursor2, _) = env
        .pull_all(&owner, "inventory", Some(cursor.clone()), 10)
        .await;
    assert!(more.is_empty());
    assert_eq!(cursor2, cursor);

    // `count=true` says how many changes follow the page (a client's progress
    // bar); without it the page says nothing of the kind.
    let pull = |path: String| {
        let env = &env;
        let token = owner.token.clone();
        async move { env.call(Method::GET, &path, Some(&token), None).await }
    };
    let (st, v) = pull("/v1/sync/pull?stream=inventory&limit=10&count=true".into()).await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(
        (
            v["changes"].as_array().map(Vec::len),
            v["remaining"].as_i64()
        ),
        (Some(10), Some(36))
    );
    let second = v["cursor"].as_str().expect("cursor").to_owned();
    let (_, v) = pull(format!(
        "/v1/sync/pull?stream=inventory&limit=10&count=true&cursor={second}"
    ))
    .await;
    assert_eq!(v["remaining"].as_i64(), Some(26));
    let (_, v) = pull(format!(
        "/v1/sync/pull?stream=inventory&limit=10&cursor={second}"
    ))
    .await;
    assert!(v.get("remaining").is_none(), "{v}");
    let (_, v) = pull(format!(
        "/v1/sync/pull?stream=inventory&count=true&cursor={cursor}"
    ))
    .await;
    assert_eq!(v["remaining"].as_i64(), Some(0));
    let (st, v) = pull("/v1/sync/pull?stream=inventory&count=maybe".into()).await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("invalid-query"))
    );

    // Bad cursors.
    let (st, v) = env
        .call(
            Method::GET,
            "/v1/sync/pull?stream=inventory&cursor=zzz",
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("invalid-cursor"))
    );
    let (st, _) = env
        .call(
            Method::GET,
            &format!("/v1/sync/pull?stream=catalog&cursor={cursor}"),
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(
        st,
        StatusCode::BAD_REQUEST,
        "a cursor belongs to its stream"
    );

    // An old cursor, then compaction to 5 retained changes: 410; the latest cursor still works.
    let (first_page, old_cursor, _) = env.pull_all(&owner, "inventory", None, 100).await;
    assert_eq!(first_page.len(), 46);
    let (_, early) = env
        .call(
            Method::GET,
            "/v1/sync/pull?stream=inventory&limit=3",
            Some(&owner.token),
            None,
        )
        .await;
    let early_cursor = early["cursor"].as_str().expect("cursor").to_owned();
    let (st, v) = env
        .call(
            Method::POST,
            "/v1/sim/compact?retention=5",
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    assert!(v["deleted"].as_i64().unwrap_or(0) >= 40, "{v}");
    let (st, v) = env
        .call(
            Method::GET,
            &format!("/v1/sync/pull?stream=inventory&cursor={early_cursor}"),
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::GONE, Some("cursor-expired"))
    );
    let (st, _) = env
        .call(
            Method::GET,
            &format!("/v1/sync/pull?stream=inventory&cursor={old_cursor}"),
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    // Re-downloading from the start yields the current state of every entity.
    // (the last 5 changes are retained verbatim, older superseded ones are gone).
    let (fresh, _, _) = env.pull_all(&owner, "inventory", None, 10).await;
    assert_eq!(fresh.len(), 5);
    assert_eq!(fresh[4]["data"]["stock"], 55);
    let (st, _) = env
        .call(
            Method::POST,
            "/v1/sim/compact?retention=0",
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    let (fresh, _, _) = env.pull_all(&owner, "inventory", None, 10).await;
    assert_eq!(fresh.len(), 1, "one change per entity survives compaction");
    assert_eq!(fresh[0]["data"]["stock"], 55);
    // Catalog changes still pull (other streams unaffected in content).
    let (cat, _, _) = env.pull_all(&owner, "catalog", None, 10).await;
    assert_eq!(cat.len(), 1);
    assert_eq!(cat[0]["entity_id"], lid.as_str());
    env.stop().await;
}

#[tokio::test]
async fn configured_retention_compacts_in_the_background() {
    let env = start_with(|c| {
        c.retention = Some(2);
        c.compaction_interval = Duration::from_millis(100);
    })
    .await;
    let s = env.sign_up("a@example.com").await;
    let l = env.create_listing(&s, listing_body(Uuid::now_v7())).await;
    let vid = variant_id(&l);
    let (_, first) = env
        .call(
            Method::GET,
            "/v1/sync/pull?stream=inventory&limit=1",
            Some(&s.token),
            None,
        )
        .await;
    let cursor = first["cursor"].as_str().expect("cursor").to_owned();
    let ops: Vec<Value> = (1..=10)
        .map(|i| op(i, json!({"kind": "stock.adjust", "variant_id": vid, "delta": 1, "reason": "restocked"})))
        .collect();
    env.push(&s, Value::Array(ops)).await;
    let mut gone = false;
    for _ in 0..50 {
        let (st, _) = env
            .call(
                Method::GET,
                &format!("/v1/sync/pull?stream=inventory&cursor={cursor}"),
                Some(&s.token),
                None,
            )
            .await;
        if st == StatusCode::GONE {
            gone = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(gone, "the old cursor never expired");
    env.stop().await;
}

// ----- orders, shipments, messages, reviews, disputes, promotions ---------------------------------

async fn shop_with_orders(env: &Env, events: i64, seed: u64) -> (Session, Value) {
    let s = env.sign_up("seller@example.com").await;
    for i in 0..3u128 {
        let mut body = listing_body(Uuid::from_u128(
            0x0190_0000_0000_7000_8000_0000_0000_0000 + i,
        ));
        body["variants"][0]["id"] = json!(Uuid::from_u128(
            0x0190_0000_0000_7000_8000_0000_0001_0000 + i
        ));
        body["variants"][0]["stock"] = json!(1000);
        env.create_listing(&s, body).await;
    }
    let (st, v) = env
        .call(
            Method::POST,
            "/v1/sim/events",
            Some(&s.token),
            Some(json!({"events": events, "seed": seed})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    (s, v)
}

#[tokio::test]
async fn simulated_buyers_come_from_seven_markets_and_are_reproducible() {
    let a = start().await;
    let b = start().await;
    let (sa, ev_a) = shop_with_orders(&a, 150, 7).await;
    let (_, ev_b) = shop_with_orders(&b, 150, 7).await;
    // Shops differ (ids are server-side), but listings use the same client ids, so the
    // same seed must give the same buyers, markets and kinds.
    let strip = |v: &Value| -> Vec<(Value, Value, Value)> {
        v["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|e| (e["kind"].clone(), e["country"].clone(), e["locale"].clone()))
            .collect()
    };
    assert_eq!(strip(&ev_a), strip(&ev_b));
    let countries: std::collections::BTreeSet<String> = ev_a["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["country"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(
        countries.into_iter().collect::<Vec<_>>(),
        ["BR", "ES", "FR", "ID", "PL", "RU", "US"]
    );
    let kinds: std::collections::BTreeSet<String> = ev_a["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["kind"].as_str().unwrap_or("").to_owned())
        .collect();
    assert!(
        kinds.contains("order") && kinds.contains("message") && kinds.contains("dispute"),
        "{kinds:?}"
    );

    // Buyers pay in their currency and write in their language, with their address format.
    let (_, orders) = a
        .call(Method::GET, "/v1/orders?limit=200", Some(&sa.token), None)
        .await;
    let want = [
        ("BR", "BRL", "pt-BR"),
        ("RU", "RUB", "ru-RU"),
        ("ES", "EUR", "es-ES"),
        ("ID", "IDR", "id-ID"),
        ("FR", "EUR", "fr-FR"),
        ("PL", "PLN", "pl-PL"),
        ("US", "USD", "en-US"),
    ];
    for o in orders["items"].as_array().expect("items") {
        let c = o["buyer"]["country"].as_str().unwrap_or("");
        let (_, cur, loc) = want.iter().find(|w| w.0 == c).expect("known market");
        assert_eq!(o["total"]["currency"], *cur);
        assert_eq!(o["buyer"]["locale"], *loc);
        assert_eq!(o["shipping_address"]["country"], c);
        let lines = o["shipping_address"]["formatted"]
            .as_array()
            .expect("lines");
        let postal = o["shipping_address"]["postal_code"].as_str().unwrap_or("");
        assert!(
            lines
                .iter()
                .any(|l| l.as_str().unwrap_or("").contains(postal))
        );
        if c == "FR" {
            // "75004 PARIS": postal code then upper-case city.
            assert!(lines.iter().any(|l| {
                l.as_str().unwrap_or("").starts_with(postal)
                    && l.as_str()
                        .unwrap_or("")
                        .chars()
                        .skip(6)
                        .all(|ch| !ch.is_lowercase())
            }));
        }
    }
    let (_, convs) = a
        .call(
            Method::GET,
            "/v1/conversations?limit=200",
            Some(&sa.token),
            None,
        )
        .await;
    let conv = &convs[0];
    let (_, msgs) = a
        .call(
            Method::GET,
            &format!(
                "/v1/conversations/{}/messages",
                conv["id"].as_str().unwrap_or("")
            ),
            Some(&sa.token),
            None,
        )
        .await;
    assert_eq!(msgs[0]["author"], "buyer");
    assert_eq!(msgs[0]["locale"], conv["buyer"]["locale"]);
    a.stop().await;
    b.stop().await;
}

#[tokio::test]
async fn order_state_machine_and_shipments_with_s10() {
    let env = start().await;
    let (s, _) = shop_with_orders(&env, 40, 3).await;
    let (_, orders) = env
        .call(Method::GET, "/v1/orders?limit=200", Some(&s.token), None)
        .await;
    let paid: Vec<Value> = orders["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|o| o["state"] == "paid")
        .cloned()
        .collect();
    assert!(paid.len() >= 3, "need paid orders, got {}", paid.len());
    let o1 = paid[0]["id"].as_str().expect("id").to_owned();
    let o2 = paid[1]["id"].as_str().expect("id").to_owned();

    let ship = |tracking: &str, kind: &str| {
        json!({"carrier": "Correios", "carrier_kind": kind, "tracking_number": tracking, "customs_items": [
            {"description": "Silk scarf", "quantity": 1, "net_weight_grams": 120, "value": {"currency": "USD", "amount": "24.00"},
             "hs_code": "621410", "hs_edition": "HS2022", "origin_country": "VN"}]})
    };
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{o1}/shipments"),
            Some(&s.token),
            Some(ship("RR473124828DE", "post")),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("tracking_number".into(), "s10-check-digit".into())]
        )
    );
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{o1}/shipments"),
            Some(&s.token),
            Some(ship("12345", "post")),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("tracking_number".into(), "s10-format".into())]
        )
    );
    let mut bad_customs = ship("RR473124829DE", "post");
    bad_customs["customs_items"][0]["value"]["amount"] = json!("24.001");
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{o1}/shipments"),
            Some(&s.token),
            Some(bad_customs),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![(
                "customs_items[0].value.amount".into(),
                "too-many-decimals".into()
            )]
        )
    );
    let (st, sh) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{o1}/shipments"),
            Some(&s.token),
            Some(ship("RR473124829DE", "post")),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{sh}");
    assert_eq!(sh["customs_items"][0]["value"]["amount"], "24.00");
    let (_, o) = env
        .call(
            Method::GET,
            &format!("/v1/orders/{o1}"),
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(o["state"], "shipped");
    assert_eq!(o["shipment_id"], sh["id"]);
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{o1}/shipments"),
            Some(&s.token),
            Some(ship("RR473124829DE", "post")),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("illegal-transition"))
    );
    // Couriers use their own numbering.
    let (st, _) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{o2}/shipments"),
            Some(&s.token),
            Some(ship("1Z999AA10123456784", "courier")),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);

    let tr = |a: &str| json!({"action": a});
    let path = format!("/v1/orders/{o1}/transition");
    let (st, v) = env
        .call(Method::POST, &path, Some(&s.token), Some(tr("cancel")))
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("illegal-transition"))
    );
    let (st, v) = env
        .call(Method::POST, &path, Some(&s.token), Some(tr("deliver")))
        .await;
    assert_eq!(
        (st, v["state"].as_str()),
        (StatusCode::OK, Some("delivered"))
    );
    let (st, _) = env
        .call(Method::POST, &path, Some(&s.token), Some(tr("deliver")))
        .await;
    assert_eq!(st, StatusCode::CONFLICT);
    let (st, v) = env
        .call(Method::POST, &path, Some(&s.token), Some(tr("refund")))
        .await;
    assert_eq!(
        (st, v["state"].as_str()),
        (StatusCode::OK, Some("refunded"))
    );
    let (st, _) = env
        .call(Method::POST, &path, Some(&s.token), Some(tr("refund")))
        .await;
    assert_eq!(st, StatusCode::CONFLICT);

    // Cancelling a paid order puts its items back in stock.
    let o3 = &paid[2];
    let item = &o3["items"][0];
    let vid = item["variant_id"].as_str().expect("variant");
    let (_, before) = env
        .call(
            Method::GET,
            &format!("/v1/variants/{vid}/stock"),
            Some(&s.token),
            None,
        )
        .await;
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{}/transition", o3["id"].as_str().unwrap_or("")),
            Some(&s.token),
            Some(tr("cancel")),
        )
        .await;
    assert_eq!(
        (st, v["state"].as_str()),
        (StatusCode::OK, Some("cancelled"))
    );
    let (_, after) = env
        .call(
            Method::GET,
            &format!("/v1/variants/{vid}/stock"),
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(
        after["stock"].as_i64().unwrap_or(0) - before["stock"].as_i64().unwrap_or(0),
        item["quantity"].as_i64().unwrap_or(0)
    );
    let (st, _) = env
        .call(
            Method::POST,
            &format!("/v1/orders/{}/transition", Uuid::now_v7()),
            Some(&s.token),
            Some(tr("cancel")),
        )
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (st, _) = env
        .call(Method::POST, &path, Some(&s.token), Some(tr("teleport")))
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    // Orders and shipments reach the feed.
    let (orders_feed, _, _) = env.pull_all(&s, "orders", None, 500).await;
    assert!(
        orders_feed
            .iter()
            .any(|c| c["entity_id"] == o1.as_str() && c["data"]["state"] == "refunded")
    );
    let (ship_feed, _, _) = env.pull_all(&s, "shipments", None, 500).await;
    assert_eq!(ship_feed.len(), 2);
    env.stop().await;
}

#[tokio::test]
async fn messages_reviews_disputes_and_promotions() {
    let env = start().await;
    let (owner, _) = shop_with_orders(&env, 120, 11).await;
    let support = env.add_member(&owner, "help@example.com", "support").await;
    let catalog = env.add_member(&owner, "cat@example.com", "catalog").await;

    // Messages: insert-if-absent on the client id.
    let (_, convs) = env
        .call(Method::GET, "/v1/conversations", Some(&support.token), None)
        .await;
    let cid = convs[0]["id"].as_str().expect("conversation").to_owned();
    let path = format!("/v1/conversations/{cid}/messages");
    let mid = Uuid::now_v7();
    let msg = json!({"id": mid, "body": "Olá! Enviamos amanhã pelos Correios."});
    let (st, m) = env
        .call(Method::POST, &path, Some(&support.token), Some(msg.clone()))
        .await;
    assert_eq!(
        (st, m["author"].as_str()),
        (StatusCode::CREATED, Some("seller"))
    );
    let (st, _) = env
        .call(Method::POST, &path, Some(&support.token), Some(msg))
        .await;
    assert_eq!(st, StatusCode::OK);
    let (st, v) = env
        .call(
            Method::POST,
            &path,
            Some(&support.token),
            Some(json!({"id": mid, "body": "different"})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("id".into(), "id-taken".into())]
        )
    );
    let (_, all) = env
        .call(Method::GET, &path, Some(&support.token), None)
        .await;
    assert_eq!(
        all.as_array()
            .expect("msgs")
            .iter()
            .filter(|m| m["id"] == mid.to_string())
            .count(),
        1
    );
    let (st, _) = env
        .call(
            Method::POST,
            &path,
            Some(&catalog.token),
            Some(json!({"id": Uuid::now_v7(), "body": "hi"})),
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, _) = env
        .call(
            Method::POST,
            &path,
            Some(&support.token),
            Some(json!({"id": Uuid::now_v7(), "body": ""})),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);

    // Reviews take one reply. Ship + deliver some orders first so buyers review them.
    let (_, orders) = env
        .call(
            Method::GET,
            "/v1/orders?limit=200",
            Some(&owner.token),
            None,
        )
        .await;
    for (shipped, o) in orders["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|o| o["state"] == "paid")
        .take(10)
        .enumerate()
    {
        let id = o["id"].as_str().unwrap_or("");
        let (st, _) = env
            .call(Method::POST, &format!("/v1/orders/{id}/shipments"), Some(&owner.token), Some(json!({"carrier": "DHL", "carrier_kind": "courier", "tracking_number": format!("JD{shipped:010}")})))
            .await;
        assert_eq!(st, StatusCode::CREATED);
    }
    let (st, _) = env
        .call(
            Method::POST,
            "/v1/sim/events",
            Some(&owner.token),
            Some(json!({"events": 80, "seed": 5})),
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    let (_, reviews) = env
        .call(Method::GET, "/v1/reviews", Some(&support.token), None)
        .await;
    let review = &reviews.as_array().expect("reviews")[0];
    assert!((1..=5).contains(&review["rating"].as_i64().unwrap_or(0)));
    let rpath = format!("/v1/reviews/{}/reply", review["id"].as_str().unwrap_or(""));
    let (st, v) = env
        .call(
            Method::POST,
            &rpath,
            Some(&support.token),
            Some(json!({"text": "Obrigada pela avaliação!"})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["reply"]["member_id"], support.member_id.as_str());
    let (st, v) = env
        .call(
            Method::POST,
            &rpath,
            Some(&owner.token),
            Some(json!({"text": "Again"})),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("already-replied"))
    );

    // Disputes: respond with evidence (an uploaded photo), then the marketplace resolves.
    let (_, disputes) = env
        .call(Method::GET, "/v1/disputes", Some(&support.token), None)
        .await;
    let d = &disputes.as_array().expect("disputes")[0];
    assert_eq!(d["state"], "open");
    let did = d["id"].as_str().unwrap_or("").to_owned();
    let png = marketplace_sandbox::photos::png_header(800, 600);
    let r = env
        .http
        .post(format!("{}/v1/photos", env.url))
        .bearer_auth(&support.token)
        .header("content-type", "image/png")
        .body(png)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::CREATED);
    let photo: Value = r.json().await.expect("json");
    let dpath = format!("/v1/disputes/{did}/responses");
    let (st, v) = env
        .call(Method::POST, &dpath, Some(&support.token), Some(json!({"text": "Enviado no prazo", "evidence": [{"kind": "photo", "description": "Comprovante", "photo_id": Uuid::now_v7()}]})))
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("evidence[0].photo_id".into(), "unknown-photo".into())]
        )
    );
    let (st, v) = env
        .call(
            Method::POST,
            &dpath,
            Some(&support.token),
            Some(json!({"text": "Enviado no prazo", "evidence": [
            {"kind": "photo", "description": "Comprovante", "photo_id": photo["id"]},
            {"kind": "tracking", "description": "RR473124829DE"}]})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["state"], "seller_responded");
    assert_eq!(
        v["responses"][0]["evidence"].as_array().map(Vec::len),
        Some(2)
    );
    let (st, v) = env
        .call(
            Method::POST,
            &format!("/v1/sim/disputes/{did}/resolve"),
            Some(&owner.token),
            Some(json!({"in_favour_of": "seller", "note": "Proof of shipping accepted"})),
        )
        .await;
    assert_eq!(
        (st, v["state"].as_str()),
        (StatusCode::OK, Some("resolved_seller"))
    );
    let (st, v) = env
        .call(
            Method::POST,
            &dpath,
            Some(&support.token),
            Some(json!({"text": "more"})),
        )
        .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (StatusCode::CONFLICT, Some("illegal-transition"))
    );

    // Promotions.
    let (_, listings) = env
        .call(Method::GET, "/v1/listings", Some(&owner.token), None)
        .await;
    let lid = listings["items"][0]["id"].clone();
    let flash = json!({"kind": "flash_sale", "name": "11.11", "starts_at": "2026-11-11T00:00:00Z", "ends_at": "2026-11-12T00:00:00+00:00", "discount_percent": 30, "listing_ids": [lid]});
    let (st, p) = env
        .call(
            Method::POST,
            "/v1/promotions",
            Some(&catalog.token),
            Some(flash.clone()),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED, "{p}");
    assert_eq!(p["ends_at"], "2026-11-12T00:00:00Z");
    let mut bad = flash.clone();
    bad["ends_at"] = json!("2026-11-10T00:00:00Z");
    bad["discount_percent"] = json!(95);
    let (st, v) = env
        .call(
            Method::POST,
            "/v1/promotions",
            Some(&catalog.token),
            Some(bad),
        )
        .await;
    assert_eq!(st, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        codes(&v),
        vec![
            ("ends_at".into(), "before-start".into()),
            ("discount_percent".into(), "out-of-range".into())
        ]
    );
    let coupon = json!({"kind": "coupon", "name": "Welcome", "starts_at": "2026-11-01T00:00:00Z", "ends_at": "2026-12-01T00:00:00Z", "discount_percent": 10});
    let (st, v) = env
        .call(
            Method::POST,
            "/v1/promotions",
            Some(&catalog.token),
            Some(coupon.clone()),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("code".into(), "required".into())]
        )
    );
    let mut coupon = coupon;
    coupon["code"] = json!("BEMVINDO10");
    let (st, _) = env
        .call(
            Method::POST,
            "/v1/promotions",
            Some(&catalog.token),
            Some(coupon),
        )
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, _) = env
        .call(
            Method::POST,
            "/v1/promotions",
            Some(&support.token),
            Some(flash),
        )
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (st, _) = env
        .call(
            Method::DELETE,
            &format!("/v1/promotions/{}", p["id"].as_str().unwrap_or("")),
            Some(&catalog.token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::OK);
    let (_, promos) = env
        .call(Method::GET, "/v1/promotions", Some(&catalog.token), None)
        .await;
    assert_eq!(promos.as_array().map(Vec::len), Some(1));
    let (feed, _, _) = env.pull_all(&owner, "promotions", None, 100).await;
    assert_eq!(feed.iter().filter(|c| c["kind"] == "delete").count(), 1);
    env.stop().await;
}

#[tokio::test]
async fn photo_uploads_are_limited() {
    let env = start_with(|c| c.photo_limit = 64 * 1024).await;
    let s = env.sign_up("a@example.com").await;
    let l = env.create_listing(&s, listing_body(Uuid::now_v7())).await;
    let url = format!(
        "{}/v1/listings/{}/photos",
        env.url,
        l["id"].as_str().unwrap_or("")
    );
    let up = |ct: &'static str, body: Vec<u8>| {
        env.http
            .post(&url)
            .bearer_auth(&s.token)
            .header("content-type", ct)
            .body(body)
            .send()
    };

    let r = up(
        "image/png",
        marketplace_sandbox::photos::png_header(1600, 1200),
    )
    .await
    .expect("sent");
    assert_eq!(r.status(), StatusCode::CREATED);
    let p: Value = r.json().await.expect("json");
    let r = up("image/gif", b"GIF89a".to_vec()).await.expect("sent");
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let r = up("image/jpeg", b"not a jpeg at all".to_vec())
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        r.json::<Value>().await.expect("json")["code"],
        "unsupported-photo"
    );
    let r = up(
        "image/png",
        marketplace_sandbox::photos::png_header(20_000, 10),
    )
    .await
    .expect("sent");
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut huge = marketplace_sandbox::photos::png_header(100, 100);
    huge.resize(200 * 1024, 0);
    let r = up("image/png", huge).await.expect("sent");
    assert_eq!(r.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        r.json::<Value>().await.expect("json")["code"],
        "payload-too-large"
    );

    let (_, cur) = env
        .call(
            Method::GET,
            &format!("/v1/listings/{}", l["id"].as_str().unwrap_or("")),
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(cur["photos"].as_array().map(Vec::len), Some(1));
    assert_eq!(cur["version"], 2, "a photo is a catalog change");
    let r = env
        .http
        .get(format!("{}{}", env.url, p["url"].as_str().unwrap_or("")))
        .bearer_auth(&s.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.headers()["content-type"], "image/png");
    assert_eq!(r.bytes().await.expect("bytes").len(), 33);
    env.stop().await;
}

// ----- marketplace behaviour: rate limits, faults -------------------------------------------------

#[tokio::test]
async fn rate_limit_answers_429_with_retry_after_per_token() {
    let env = start_with(|c| {
        c.rate_limit = Some(RateLimit {
            per_second: 0.5,
            burst: 3.0,
        })
    })
    .await;
    let s = env.sign_up("a@example.com").await; // anonymous bucket
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..5 {
        let r = env
            .http
            .get(format!("{}/v1/me", env.url))
            .bearer_auth(&s.token)
            .send()
            .await
            .expect("sent");
        statuses.push(r.status().as_u16());
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            retry_after = r
                .headers()
                .get("retry-after")
                .map(|v| v.to_str().unwrap_or("").to_owned());
            let v: Value = r.json().await.expect("json");
            assert_eq!(v["code"], "rate-limited");
        }
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    let secs: u64 = retry_after.expect("Retry-After").parse().expect("seconds");
    assert!((1..=2).contains(&secs), "{secs}");
    // Another token has its own bucket.
    let (_, v) = env
        .call(
            Method::POST,
            "/v1/auth/sign-in",
            None,
            Some(
                json!({"email": "a@example.com", "password": "correct horse", "device_name": "b"}),
            ),
        )
        .await;
    let other = session(&v);
    let r = env
        .http
        .get(format!("{}/v1/me", env.url))
        .bearer_auth(&other.token)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::OK);
    env.stop().await;
}

#[tokio::test]
async fn injected_faults_fail_without_processing_or_drop_after_commit() {
    // Every request fails with 503 and is not processed.
    let env = start_with(|c| {
        c.faults = Faults {
            error_rate: 1.0,
            ..Faults::default()
        }
    })
    .await;
    let r = env
        .http
        .post(format!("{}/v1/accounts", env.url))
        .json(&json!({"email": "a@example.com", "password": "correct horse", "shop_name": "x"}))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(r.headers().contains_key("retry-after"));
    assert_eq!(
        r.json::<Value>().await.expect("json")["code"],
        "injected-fault"
    );
    let dir = env.stop_keep().await;
    // Nothing was written: the same email signs up on the same database afterwards.
    let path = dir.path().join("market.db");
    let env = start_with(|c| c.db = marketplace_sandbox::DbLocation::File(path)).await;
    env.sign_up("a@example.com").await;
    env.stop().await;
    drop(dir);

    // Every reply is dropped after the commit: the client sees a broken reply, the data is there.
    let env = start_with(|c| {
        c.faults = Faults {
            drop_reply_rate: 1.0,
            ..Faults::default()
        }
    })
    .await;
    let r = env
        .http
        .post(format!("{}/v1/accounts", env.url))
        .json(&json!({"email": "b@example.com", "password": "correct horse", "shop_name": "x"}))
        .send()
        .await;
    let broken = match r {
        Err(_) => true,
        Ok(resp) => resp.bytes().await.is_err(),
    };
    assert!(broken, "the reply should have been dropped");
    let r = env
        .http
        .post(format!("{}/v1/accounts", env.url))
        .json(&json!({"email": "b@example.com", "password": "correct horse", "shop_name": "x"}))
        .send()
        .await;
    if let Ok(resp) = r {
        assert_eq!(
            resp.status(),
            StatusCode::CONFLICT,
            "the first sign-up was committed"
        );
    }
    env.stop().await;

    // Delay.
    let env = start_with(|c| {
        c.faults = Faults {
            delay: Duration::from_millis(300),
            ..Faults::default()
        }
    })
    .await;
    let t = std::time::Instant::now();
    let (st, _) = env.call(Method::GET, "/v1/me", None, None).await;
    assert_eq!(st, StatusCode::UNAUTHORIZED);
    assert!(t.elapsed() >= Duration::from_millis(300));
    env.stop().await;
}

#[tokio::test]
async fn openapi_document_describes_the_api() {
    let env = start().await;
    let (st, doc) = env.call(Method::GET, "/openapi.json", None, None).await;
    assert_eq!(st, StatusCode::OK);
    assert!(doc["openapi"].as_str().unwrap_or("").starts_with("3."));
    let paths = doc["paths"].as_object().expect("paths");
    for p in [
        "/v1/sync/push",
        "/v1/sync/pull",
        "/v1/listings/{id}",
        "/v1/orders/{id}/shipments",
        "/v1/variants/{id}/stock/set",
        "/v1/sim/events",
    ] {
        assert!(paths.contains_key(p), "missing {p}");
    }
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
    assert!(doc["components"]["schemas"]["OpAction"].is_object());
    // Every operation documents its error body.
    for (p, item) in paths {
        for (m, op) in item.as_object().expect("item") {
            assert!(
                op["responses"]["default"].is_object(),
                "{m} {p} lacks a default error response"
            );
        }
    }
    env.stop().await;
}

#[tokio::test]
async fn demo_seed_is_usable_and_idempotent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("demo.db");
    for _ in 0..2 {
        let mut cfg = SandboxConfig::with_file(&path);
        cfg.demo = true;
        cfg.rate_limit = None;
        let sb = Sandbox::start(cfg).await.expect("starts");
        let http = reqwest::Client::new();
        let v: Value = http
            .post(format!("{}/v1/auth/sign-in", sb.url()))
            .json(&json!({"email": marketplace_sandbox::demo::OWNER_EMAIL, "password": marketplace_sandbox::demo::PASSWORD, "device_name": "t"}))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        let token = v["token"].as_str().expect("token").to_owned();
        let listings: Value = http
            .get(format!("{}/v1/listings", sb.url()))
            .bearer_auth(&token)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        assert_eq!(listings["items"].as_array().map(Vec::len), Some(5));
        let orders: Value = http
            .get(format!("{}/v1/orders", sb.url()))
            .bearer_auth(&token)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        assert!(orders["items"].as_array().map(Vec::len).unwrap_or(0) >= 5);
        let members: Value = http
            .get(format!("{}/v1/members", sb.url()))
            .bearer_auth(&token)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        assert_eq!(members.as_array().map(Vec::len), Some(4));
        sb.stop().await;
    }
}

// ----- durability: SIGKILL loses nothing acknowledged -----------------------------------------

fn spawn_binary(db: &std::path::Path) -> (std::process::Child, String) {
    use std::io::BufRead;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_marketplace-sandbox"))
        .args(["--port", "0", "--rate-limit", "0", "--db"])
        .arg(db)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn sandbox binary");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    std::io::BufReader::new(stdout)
        .read_line(&mut line)
        .expect("read the listening line");
    let url = line
        .trim()
        .strip_prefix("listening on ")
        .expect("listening line")
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");
    (child, url)
}

#[tokio::test]
async fn sigkill_loses_nothing_acknowledged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("durable.db");
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let (mut child, url) = spawn_binary(&db);
    let v: Value = http
        .post(format!("{url}/v1/accounts"))
        .json(&json!({"email": "k@example.com", "password": "correct horse", "shop_name": "kill"}))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let token = v["token"].as_str().expect("token").to_owned();
    let mut body = listing_body(Uuid::now_v7());
    body["variants"][0]["stock"] = json!(0);
    let l: Value = http
        .post(format!("{url}/v1/listings"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let vid = variant_id(&l);

    let mut acked: Vec<String> = Vec::new();
    let mut pending: Option<Vec<Value>> = None;
    let mut seq = 0i64;
    let mut url = url;
    for round in 0..4u64 {
        // Push batches until the kill lands at a pseudo-random moment.
        let deadline = std::time::Instant::now() + Duration::from_millis(80 + (round * 97) % 200);
        loop {
            let batch = match pending.take() {
                Some(b) => b,
                None => (0..5)
                    .map(|_| {
                        seq += 1;
                        op(seq, json!({"kind": "stock.adjust", "variant_id": vid, "delta": 1, "reason": "restocked"}))
                    })
                    .collect(),
            };
            if std::time::Instant::now() >= deadline {
                // Kill with a request in flight.
                let send = http
                    .post(format!("{url}/v1/sync/push"))
                    .bearer_auth(&token)
                    .json(&json!({"ops": batch}))
                    .send();
                let kill = async {
                    tokio::time::sleep(Duration::from_millis(round)).await;
                    child.kill().expect("SIGKILL");
                };
                let (res, ()) = tokio::join!(send, kill);
                let _ = child.wait();
                let ok = match res {
                    Ok(r) if r.status().is_success() => r.json::<Value>().await.ok(),
                    _ => None,
                };
                match ok {
                    Some(v) => acked.extend(
                        v["results"]
                            .as_array()
                            .expect("results")
                            .iter()
                            .map(|r| r["op_id"].as_str().unwrap_or("").to_owned()),
                    ),
                    None => pending = Some(batch),
                }
                break;
            }
            let r = http
                .post(format!("{url}/v1/sync/push"))
                .bearer_auth(&token)
                .json(&json!({"ops": batch}))
                .send()
                .await
                .expect("push");
            let v: Value = r.json().await.expect("json");
            for r in v["results"].as_array().expect("results") {
                assert_eq!(r["status"], "applied", "{r}");
                acked.push(r["op_id"].as_str().unwrap_or("").to_owned());
            }
        }
        let (c, u) = spawn_binary(&db);
        child = c;
        url = u;
    }
    // Resend the batch whose reply was lost: applied exactly once either way.
    if let Some(batch) = pending.take() {
        let v: Value = http
            .post(format!("{url}/v1/sync/push"))
            .bearer_auth(&token)
            .json(&json!({"ops": batch}))
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        for r in v["results"].as_array().expect("results") {
            assert_eq!(r["status"], "applied", "{r}");
            acked.push(r["op_id"].as_str().unwrap_or("").to_owned());
        }
    }
    assert!(
        acked.len() >= 20,
        "too few acknowledged ops: {}",
        acked.len()
    );
    let stock: Value = http
        .get(format!("{url}/v1/variants/{vid}/stock"))
        .bearer_auth(&token)
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    assert_eq!(
        stock["stock"].as_u64(),
        Some(acked.len() as u64),
        "every acknowledged op applied exactly once"
    );
    // Every acknowledged op is in the change feed.
    let mut cursor = String::new();
    let mut seen = std::collections::HashSet::new();
    loop {
        let page: Value = http
            .get(format!(
                "{url}/v1/sync/pull?stream=inventory&limit=500&cursor={cursor}"
            ))
            .bearer_auth(&token)
            .send()
            .await
            .expect("sent")
            .json()
            .await
            .expect("json");
        for c in page["changes"].as_array().expect("changes") {
            seen.insert(c["op_id"].as_str().unwrap_or("").to_owned());
        }
        cursor = page["cursor"].as_str().expect("cursor").to_owned();
        if page["has_more"] != true {
            break;
        }
    }
    for id in &acked {
        assert!(
            seen.contains(id),
            "acknowledged op {id} missing from the feed"
        );
    }
    child.kill().expect("kill");
    let _ = child.wait();
    // The database is intact.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open db");
    let (check,): (String,) = sqlx::query_as("PRAGMA integrity_check")
        .fetch_one(&pool)
        .await
        .expect("check");
    assert_eq!(check, "ok");
    pool.close().await;
}

#[tokio::test]
async fn client_ids_are_mapped_when_another_shop_holds_them() {
    let env = start().await;
    let a = env.sign_up("a@example.com").await;
    let b = env.sign_up("b@example.com").await;
    let id = Uuid::now_v7();
    let la = env.create_listing(&a, listing_body(id)).await;
    assert_eq!(la["id"], id.to_string());
    // Same listing id from another shop (fresh variant ids): the server assigns its own.
    let lb = env.create_listing(&b, listing_body(id)).await;
    assert_ne!(lb["id"], id.to_string());
    // Through push, the mapping is in the op result.
    let r = env
        .push(
            &b,
            json!([op(
                1,
                json!({"kind": "listing.create", "listing": listing_body(id)})
            )]),
        )
        .await;
    assert_eq!(r[0]["status"], "applied");
    assert_ne!(r[0]["entity_id"], id.to_string());
    // A variant id already used anywhere is refused with its path.
    let mut dup = listing_body(Uuid::now_v7());
    dup["variants"][0]["id"] = la["variants"][0]["id"].clone();
    let (st, v) = env
        .call(Method::POST, "/v1/listings", Some(&b.token), Some(dup))
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("variants[0].id".into(), "id-taken".into())]
        )
    );
    env.stop().await;
}

#[tokio::test]
async fn in_memory_database_and_background_buyers() {
    let env = start_with(|c| {
        c.db = marketplace_sandbox::DbLocation::Memory;
        c.simulate = Some(Duration::from_millis(20));
    })
    .await;
    let s = env.sign_up("a@example.com").await;
    env.create_listing(&s, listing_body(Uuid::now_v7())).await;
    let mut orders = 0;
    for _ in 0..100 {
        let (_, v) = env
            .call(Method::GET, "/v1/orders", Some(&s.token), None)
            .await;
        orders = v["items"].as_array().map(Vec::len).unwrap_or(0);
        if orders >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(orders >= 2, "simulated buyers placed {orders} orders");
    // Buyer-side changes carry no member or device.
    let (feed, _, _) = env.pull_all(&s, "orders", None, 100).await;
    assert!(
        feed.iter()
            .all(|c| c["member_id"].is_null() && c["device_id"].is_null())
    );
    env.stop().await;
}

#[tokio::test]
async fn repeated_simulation_seeds_never_collide() {
    // Found by schemathesis: the same seed at nearby feed positions reused ids (500).
    let env = start().await;
    let (s, _) = shop_with_orders(&env, 50, 0).await;
    for _ in 0..4 {
        let (st, v) = env
            .call(
                Method::POST,
                "/v1/sim/events",
                Some(&s.token),
                Some(json!({"events": 300, "seed": 0})),
            )
            .await;
        assert_eq!(st, StatusCode::OK, "{v}");
    }
    env.stop().await;
}

#[tokio::test]
async fn creating_a_shipment_again_with_its_id_is_idempotent() {
    let env = start().await;
    let (s, _) = shop_with_orders(&env, 10, 9).await;
    let (_, orders) = env
        .call(Method::GET, "/v1/orders", Some(&s.token), None)
        .await;
    let paid = orders["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|o| o["state"] == "paid")
        .expect("a paid order")
        .clone();
    let path = format!("/v1/orders/{}/shipments", paid["id"].as_str().unwrap_or(""));
    let body = json!({"id": Uuid::now_v7(), "carrier": "InPost", "carrier_kind": "courier", "tracking_number": "6200123456789"});
    let (st, first) = env
        .call(Method::POST, &path, Some(&s.token), Some(body.clone()))
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, again) = env
        .call(Method::POST, &path, Some(&s.token), Some(body))
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(again, first);
    let (feed, _, _) = env.pull_all(&s, "shipments", None, 100).await;
    assert_eq!(feed.len(), 1, "the shipment was created once");
    env.stop().await;
}

#[tokio::test]
async fn devices_shipments_health_and_buyer_favoured_resolution() {
    let env = start().await;
    let (owner, _) = shop_with_orders(&env, 120, 21).await;
    let packer = env.add_member(&owner, "pack@example.com", "packer").await;
    // The owner sees every device of the shop; a member only their own.
    let (st, all) = env
        .call(Method::GET, "/v1/devices", Some(&owner.token), None)
        .await;
    assert_eq!(st, StatusCode::OK);
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    let (_, own) = env
        .call(Method::GET, "/v1/devices", Some(&packer.token), None)
        .await;
    assert_eq!(own.as_array().map(Vec::len), Some(1));
    assert_eq!(own[0]["id"], packer.device_id.as_str());
    assert_eq!(own[0]["revoked"], false);

    // A shipment is readable by id; an unknown one is 404.
    let (_, orders) = env
        .call(
            Method::GET,
            "/v1/orders?limit=200",
            Some(&owner.token),
            None,
        )
        .await;
    let paid: Vec<Value> = orders["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|o| o["state"] == "paid")
        .cloned()
        .collect();
    let oid = paid[0]["id"].as_str().expect("id").to_owned();
    let (st, sh) = env
        .call(Method::POST, &format!("/v1/orders/{oid}/shipments"), Some(&packer.token), Some(json!({"carrier": "Poczta Polska", "carrier_kind": "post", "tracking_number": "RR473124829DE"})))
        .await;
    assert_eq!(st, StatusCode::CREATED);
    let (st, got) = env
        .call(
            Method::GET,
            &format!("/v1/shipments/{}", sh["id"].as_str().unwrap_or("")),
            Some(&packer.token),
            None,
        )
        .await;
    assert_eq!((st, &got), (StatusCode::OK, &sh));
    let (st, _) = env
        .call(
            Method::GET,
            &format!("/v1/shipments/{}", Uuid::now_v7()),
            Some(&packer.token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND);

    // A dispute resolved for the buyer refunds the order.
    let (_, disputes) = env
        .call(
            Method::GET,
            "/v1/disputes?limit=200",
            Some(&owner.token),
            None,
        )
        .await;
    let d = disputes
        .as_array()
        .expect("disputes")
        .iter()
        .find(|d| {
            let o = d["order_id"].as_str().unwrap_or("");
            orders["items"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x["id"] == o && x["state"] != "cancelled"))
        })
        .expect("a dispute on a live order")
        .clone();
    let (st, v) = env
        .call(
            Method::POST,
            &format!(
                "/v1/sim/disputes/{}/resolve",
                d["id"].as_str().unwrap_or("")
            ),
            Some(&owner.token),
            Some(json!({"in_favour_of": "buyer", "note": "Not delivered"})),
        )
        .await;
    assert_eq!(
        (st, v["state"].as_str()),
        (StatusCode::OK, Some("resolved_buyer"))
    );
    assert_eq!(v["resolution"], "Not delivered");
    let (_, o) = env
        .call(
            Method::GET,
            &format!("/v1/orders/{}", d["order_id"].as_str().unwrap_or("")),
            Some(&owner.token),
            None,
        )
        .await;
    assert_eq!(o["state"], "refunded");
    let (st, _) = env
        .call(
            Method::POST,
            &format!(
                "/v1/sim/disputes/{}/resolve",
                d["id"].as_str().unwrap_or("")
            ),
            Some(&owner.token),
            Some(json!({"in_favour_of": "seller", "note": "again"})),
        )
        .await;
    assert_eq!(st, StatusCode::CONFLICT);

    let (st, h) = env.call(Method::GET, "/health", None, None).await;
    assert_eq!((st, h["status"].as_str()), (StatusCode::OK, Some("ok")));
    env.stop().await;
}

#[tokio::test]
async fn variants_can_be_removed_and_photos_deleted() {
    let env = start().await;
    let s = env.sign_up("a@example.com").await;
    let support = env.add_member(&s, "help@example.com", "support").await;
    let l = env.create_listing(&s, listing_body(Uuid::now_v7())).await;
    let lid = l["id"].as_str().expect("id").to_owned();
    let first = variant_id(&l);
    let path = format!("/v1/listings/{lid}");
    let add = json!({"add_variants": [{"sku": "SCARF-RED", "stock": 4, "prices": [{"currency": "EUR", "amount": "21.00"}]}]});
    let (st, v) = env
        .call_h(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(add),
            &[("If-Match", "1")],
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["variants"].as_array().map(Vec::len), Some(2));
    // Remove the first variant: its stock leaves the inventory stream with a delete.
    let (st, v) = env
        .call(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(json!({"remove_variants": [first]})),
        )
        .await;
    assert_eq!(st, StatusCode::OK, "{v}");
    assert_eq!(v["variants"].as_array().map(Vec::len), Some(1));
    assert_eq!(v["variants"][0]["sku"], "SCARF-RED");
    let (st, _) = env
        .call(
            Method::GET,
            &format!("/v1/variants/{first}/stock"),
            Some(&s.token),
            None,
        )
        .await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (inv, _, _) = env.pull_all(&s, "inventory", None, 100).await;
    assert!(
        inv.iter()
            .any(|c| c["entity_id"] == first.as_str() && c["kind"] == "delete")
    );
    // The last variant stays; unknown ids are named.
    let last = v["variants"][0]["id"].as_str().expect("id").to_owned();
    let (st, v) = env
        .call(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(json!({"remove_variants": [last]})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("remove_variants".into(), "last-variant".into())]
        )
    );
    let (st, v) = env
        .call(
            Method::PATCH,
            &path,
            Some(&s.token),
            Some(json!({"remove_variants": [Uuid::now_v7()]})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("remove_variants[0]".into(), "unknown-variant".into())]
        )
    );

    // Photos: support may not delete a listing photo; the owner may.
    let r = env
        .http
        .post(format!("{}/v1/listings/{lid}/photos", env.url))
        .bearer_auth(&s.token)
        .header("content-type", "image/png")
        .body(marketplace_sandbox::photos::png_header(1200, 1200))
        .send()
        .await
        .expect("sent");
    let photo: Value = r.json().await.expect("json");
    let ppath = format!("/v1/photos/{}", photo["id"].as_str().unwrap_or(""));
    let (st, _) = env
        .call(Method::DELETE, &ppath, Some(&support.token), None)
        .await;
    assert_eq!(st, StatusCode::FORBIDDEN);
    let (_, before) = env.call(Method::GET, &path, Some(&s.token), None).await;
    let (st, _) = env.call(Method::DELETE, &ppath, Some(&s.token), None).await;
    assert_eq!(st, StatusCode::OK);
    let (st, _) = env.call(Method::DELETE, &ppath, Some(&s.token), None).await;
    assert_eq!(st, StatusCode::NOT_FOUND);
    let (_, after) = env.call(Method::GET, &path, Some(&s.token), None).await;
    assert_eq!(after["photos"].as_array().map(Vec::len), Some(0));
    assert_eq!(
        after["version"].as_i64(),
        before["version"].as_i64().map(|v| v + 1)
    );
    env.stop().await;
}

#[tokio::test]
async fn keyed_uploads_documents_and_message_attachments() {
    let env = start().await;
    let (owner, _) = shop_with_orders(&env, 60, 5).await;
    let upload = |path: &'static str, ct: &'static str, key: Uuid, body: Vec<u8>| {
        let env = &env;
        let token = owner.token.clone();
        async move {
            let r = env
                .http
                .post(format!("{}{path}", env.url))
                .bearer_auth(token)
                .header("content-type", ct)
                .header("idempotency-key", key.to_string())
                .body(body)
                .send()
                .await
                .expect("sent");
            let st = r.status();
            (st, r.json::<Value>().await.expect("json"))
        }
    };

    // The key becomes the photo's id; a repeat returns it, a different file is refused.
    let key = Uuid::now_v7();
    let png = marketplace_sandbox::photos::png_header(640, 480);
    let (st, first) = upload("/v1/photos", "image/png", key, png.clone()).await;
    assert_eq!(
        (st, first["id"].as_str()),
        (StatusCode::CREATED, Some(key.to_string().as_str()))
    );
    let (st, again) = upload("/v1/photos", "image/png", key, png.clone()).await;
    assert_eq!((st, &again), (StatusCode::OK, &first));
    let other = marketplace_sandbox::photos::png_header(320, 200);
    let (st, v) = upload("/v1/photos", "image/png", key, other).await;
    assert_eq!(
        (st, v["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("idempotency-key-reused")
        )
    );

    // Documents: PDFs only, complete ones, kept under their key.
    let pdf = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
    let doc = Uuid::now_v7();
    let (st, d) = upload("/v1/documents", "application/pdf", doc, pdf.clone()).await;
    assert_eq!(
        (st, d["id"].as_str()),
        (StatusCode::CREATED, Some(doc.to_string().as_str()))
    );
    let (st, _) = upload("/v1/documents", "application/pdf", doc, pdf.clone()).await;
    assert_eq!(st, StatusCode::OK);
    let (st, v) = upload(
        "/v1/documents",
        "application/pdf",
        Uuid::now_v7(),
        pdf[..20].to_vec(),
    )
    .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("unsupported-document")
        )
    );
    let (st, v) = upload(
        "/v1/documents",
        "text/html",
        Uuid::now_v7(),
        b"<html>".to_vec(),
    )
    .await;
    assert_eq!(
        (st, v["code"].as_str()),
        (
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Some("unsupported-media-type")
        )
    );
    let bytes = env
        .http
        .get(format!("{}/v1/documents/{doc}", env.url))
        .bearer_auth(&owner.token)
        .send()
        .await
        .expect("sent")
        .bytes()
        .await
        .expect("bytes");
    assert_eq!(&bytes[..], &pdf[..]);

    // A message carries uploaded photos; unknown ones are named.
    let (_, convs) = env
        .call(Method::GET, "/v1/conversations", Some(&owner.token), None)
        .await;
    let cid = convs[0]["id"].as_str().expect("conversation").to_owned();
    let path = format!("/v1/conversations/{cid}/messages");
    let stranger = Uuid::now_v7();
    let (st, v) = env
        .call(
            Method::POST,
            &path,
            Some(&owner.token),
            Some(json!({"id": Uuid::now_v7(), "body": "Foto", "attachments": [key, stranger]})),
        )
        .await;
    assert_eq!(
        (st, codes(&v)),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            vec![("attachments[1]".into(), "unknown-photo".into())]
        )
    );
    let mid = Uuid::now_v7();
    let msg = json!({"id": mid, "body": "Segue a foto do pacote", "attachments": [key]});
    let (st, m) = env
        .call(Method::POST, &path, Some(&owner.token), Some(msg.clone()))
        .await;
    assert!(st.is_success(), "{m}");
    assert_eq!(
        m["attachments"][0]["id"].as_str(),
        Some(key.to_string().as_str())
    );
    let (st, _) = env
        .call(Method::POST, &path, Some(&owner.token), Some(msg))
        .await;
    assert!(st.is_success());
    let (_, all) = env.call(Method::GET, &path, Some(&owner.token), None).await;
    let ours: Vec<&Value> = all
        .as_array()
        .expect("messages")
        .iter()
        .filter(|x| x["id"] == json!(mid))
        .collect();
    assert_eq!(ours.len(), 1);
    assert_eq!(ours[0]["attachments"][0]["content_type"], "image/png");

    // Dispute evidence may name an uploaded document; an unknown one is named.
    let (_, disputes) = env
        .call(Method::GET, "/v1/disputes", Some(&owner.token), None)
        .await;
    {
        let d = &disputes.as_array().expect("disputes")[0];
        let dpath = format!("/v1/disputes/{}/responses", d["id"].as_str().unwrap_or(""));
        let (st, v) = env
            .call(
                Method::POST,
                &dpath,
                Some(&owner.token),
                Some(json!({"text": "Prova", "evidence": [
                {"kind": "document", "description": "Etiqueta", "document_id": Uuid::now_v7()}]})),
            )
            .await;
        assert_eq!(
            (st, codes(&v)),
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                vec![("evidence[0].document_id".into(), "unknown-document".into())]
            )
        );
        let (st, v) = env
            .call(
                Method::POST,
                &dpath,
                Some(&owner.token),
                Some(json!({"text": "Prova", "evidence": [
                {"kind": "document", "description": "Etiqueta", "document_id": doc}]})),
            )
            .await;
        assert_eq!(st, StatusCode::OK, "{v}");
        assert_eq!(
            v["responses"][0]["evidence"][0]["document_id"].as_str(),
            Some(doc.to_string().as_str())
        );
    }
}
