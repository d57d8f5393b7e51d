//! Shared set-up of the multi-desktop tests: a real sandbox marketplace on
//! 127.0.0.1:0 with its own SQLite file, and desktops = real shop files
//! connected to it through the real client, tokens in keyring-core's mock
//! keychain.
#![allow(dead_code)]

pub mod images;
pub mod proxy;

use std::path::PathBuf;
use std::sync::Arc;

use marketplace_api::dto::SignUpRequest;
use marketplace_api::{ClientConfig, MarketplaceClient};
use marketplace_sandbox::{Sandbox, SandboxConfig};
use shopkeeper_core::*;

pub const PASSWORD: &str = "correct horse battery";

pub struct Market {
    pub sandbox: Sandbox,
    pub email: String,
    pub owner: MarketplaceClient,
    pub dir: tempfile::TempDir,
}

pub async fn market(f: impl FnOnce(&mut SandboxConfig)) -> Market {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = SandboxConfig::with_file(dir.path().join("market.sqlite"));
    cfg.rate_limit = None;
    f(&mut cfg);
    let sandbox = Sandbox::start(cfg).await.expect("sandbox");
    let email = format!("{}@example.com", uuid::Uuid::now_v7().simple());
    let c = MarketplaceClient::new(&sandbox.url(), ClientConfig::default()).expect("client");
    let s = c
        .sign_up(&SignUpRequest {
            email: email.clone(),
            password: PASSWORD.into(),
            shop_name: "Ateliê Recife".into(),
            locale: Some("pt-BR".into()),
        })
        .await
        .expect("sign up");
    Market {
        owner: c.with_token(s.token),
        sandbox,
        email,
        dir,
    }
}

pub struct Desktop {
    pub shop: Shop,
    pub keychain: Keychain,
    pub dir: tempfile::TempDir,
}

impl Desktop {
    pub fn token(&self) -> String {
        self.shop
            .token(Some(&self.keychain))
            .expect("keychain")
            .expect("token")
    }

    pub async fn sync(&self) {
        self.shop.sync_once(&self.token()).await.expect("sync");
    }

    pub async fn try_sync(&self) -> Result<()> {
        self.shop.sync_once(&self.token()).await
    }
}

pub async fn desktop(m: &Market) -> Desktop {
    desktop_via(m, &m.sandbox.url()).await
}

impl Market {
    /// The sandbox's SQLite file (tests read the marketplace's side from it).
    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("market.sqlite")
    }

    /// A read connection to the marketplace's database.
    pub async fn db(&self) -> sqlx::SqliteConnection {
        use sqlx::ConnectOptions;
        sqlx::sqlite::SqliteConnectOptions::new()
            .filename(self.db_path())
            .read_only(true)
            .connect()
            .await
            .expect("open market db")
    }
}

impl Desktop {
    /// Syncs until a cycle succeeds (faults injected), at most `max` tries.
    pub async fn sync_until_ok(&self, max: usize) {
        let mut last = None;
        for _ in 0..max {
            match self.try_sync().await {
                Ok(()) => return,
                Err(e) => last = Some(e),
            }
        }
        panic!("no successful sync in {max} tries: {last:?}");
    }

    /// Closes the shop file and opens it again (an app restart).
    pub async fn restart(&mut self) {
        self.shop.close().await;
        self.shop = Shop::open(&self.dir.path().join("shop.sqlite"), Seed::Empty)
            .await
            .expect("reopen");
    }
}

/// A desktop connected to the marketplace at `url` (a proxy in front of it).
pub async fn desktop_via(m: &Market, url: &str) -> Desktop {
    let dir = tempfile::tempdir().expect("tempdir");
    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty)
        .await
        .expect("open");
    let store: Arc<keyring_core::CredentialStore> =
        keyring_core::mock::Store::new().expect("mock keychain");
    let keychain = Keychain::from_store(store);
    shop.connect(url, &m.email, PASSWORD, Some(&keychain), false)
        .await
        .expect("connect");
    Desktop {
        shop,
        keychain,
        dir,
    }
}

pub fn price(currency: &str, amount: &str) -> PriceInput {
    PriceInput {
        currency: currency.into(),
        amount: amount.into(),
    }
}

pub fn bag(title: &str, sku: &str, stock: i64) -> ListingInput {
    ListingInput {
        state: ListingState::Active,
        default_locale: "pt-BR".into(),
        texts: vec![TextInput {
            locale: "pt-BR".into(),
            title: title.into(),
            description: "Couro curtido à mão".into(),
            tags: vec!["couro".into()],
        }],
        variants: vec![VariantInput {
            id: None,
            sku: sku.into(),
            options: vec![],
            weight_grams: "350".into(),
            hs_code: Some("420221".into()),
            hs_edition: None,
            origin_country: Some("BR".into()),
            customs_description: Some("Leather handbag".into()),
            stock: stock.to_string(),
            prices: vec![price("BRL", "189.90"), price("USD", "39.00")],
        }],
    }
}

/// Edits a listing through the core like the editor does.
pub async fn edit(shop: &Shop, id: &str, f: impl FnOnce(&mut ListingInput)) -> Listing {
    let l = shop.listing(id).await.expect("listing");
    let mut input = ListingInput::from_listing(&l);
    f(&mut input);
    shop.update_listing(id, &input).await.expect("update")
}

/// What the UI shows of a listing, comparable across desktops.
/// (state, texts, [(sku, stock, prices)])
pub type Visible = (String, Vec<ListingText>, Vec<(String, i64, Vec<Price>)>);

pub fn visible(l: &Listing) -> Visible {
    (
        l.state.as_str().to_owned(),
        l.texts.clone(),
        l.variants
            .iter()
            .map(|v| (v.sku.clone(), v.stock, v.prices.clone()))
            .collect(),
    )
}

pub fn amount(l: &Listing, currency: &str) -> Option<i64> {
    l.variants[0]
        .prices
        .iter()
        .find(|p| p.currency == currency)
        .map(|p| p.amount_minor)
}

/// Lets the sandbox's simulated buyers act `events` times (reproducibly by `seed`).
pub async fn simulate(owner: &MarketplaceClient, events: i64, seed: u64) {
    let _: marketplace_api::dto::SimulateResponse = owner
        .call(
            reqwest::Method::POST,
            "/v1/sim/events",
            Some(&marketplace_api::dto::SimulateRequest {
                events,
                seed: Some(seed),
            }),
            &[],
            None,
        )
        .await
        .expect("simulate");
}
