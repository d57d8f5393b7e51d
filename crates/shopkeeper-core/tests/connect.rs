//! Issue #5, connecting a shop: the device token lives in the OS keychain
//! (keyring-core; the mock store here, the Secret Service in the app), never
//! in the shop file or the logs; without a keychain nothing is stored and the
//! sign-in is undone; sign-out revokes the token on the marketplace.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::*;
use marketplace_api::{ClientConfig, MarketplaceClient};
use shopkeeper_core::*;

/// Every log line written while the guard lives, at every level.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().expect("log")).into_owned()
    }
}

/// The bytes of the shop file and its WAL/SHM companions.
fn shop_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut all = Vec::new();
    for name in ["shop.sqlite", "shop.sqlite-wal", "shop.sqlite-shm"] {
        if let Ok(b) = std::fs::read(dir.join(name)) {
            all.extend(b);
        }
    }
    all
}

fn client_with(m: &Market, token: &str) -> MarketplaceClient {
    MarketplaceClient::new(&m.sandbox.url(), ClientConfig::default())
        .expect("client")
        .with_token(token.to_owned())
}

#[tokio::test]
async fn the_token_lives_only_in_the_keychain_and_sign_out_revokes_it() {
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let m = market(|_| {}).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty)
        .await
        .expect("open");
    let keychain = Keychain::from_store(keyring_core::mock::Store::new().expect("mock"));
    let (conn, token) = shop
        .connect(&m.sandbox.url(), &m.email, PASSWORD, Some(&keychain), false)
        .await
        .expect("connect");
    assert_eq!(
        shop.token(Some(&keychain)).expect("read"),
        Some(token.clone())
    );
    assert_eq!(shop.connection().await.expect("c"), Some(conn.clone()));
    // A sync cycle, so the token has been sent over HTTP and logged around.
    shop.sync_once(&token).await.expect("sync");
    client_with(&m, &token).me().await.expect("the token works");

    assert!(token.len() >= 16, "a real token");
    let file = shop_bytes(dir.path());
    assert!(!file.is_empty());
    assert!(
        !file.windows(token.len()).any(|w| w == token.as_bytes()),
        "the token is not in the shop file"
    );
    let lines = log.text();
    assert!(lines.contains("connected to the marketplace"), "{lines}");
    assert!(!lines.contains(&token), "the token is not in the logs");

    // Sign-out revokes it on the marketplace and forgets it here.
    let revoked = shop
        .sign_out(Some(&keychain), Some(&token))
        .await
        .expect("sign out");
    assert!(revoked);
    let refused = client_with(&m, &token).me().await.expect_err("revoked");
    assert_eq!(refused.status(), Some(401), "{refused:?}");
    assert_eq!(shop.token(Some(&keychain)).expect("read"), None);
    assert_eq!(shop.connection().await.expect("c"), None);
    let device: uuid::Uuid = conn.device_id.parse().expect("uuid");
    let devices = m.owner.devices().await.expect("devices");
    let d = devices.iter().find(|d| d.id == device).expect("the device");
    assert!(d.revoked, "{d:?}");
    assert!(!log.text().contains(&token), "nor after signing out");
}

#[tokio::test]
async fn without_a_keychain_nothing_is_stored_and_the_sign_in_is_undone() {
    let m = market(|_| {}).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let shop = Shop::open(&dir.path().join("shop.sqlite"), Seed::Empty)
        .await
        .expect("open");
    let before = m.owner.devices().await.expect("devices");
    assert!(before.iter().all(|d| !d.revoked));
    let e = shop
        .connect(&m.sandbox.url(), &m.email, PASSWORD, None, false)
        .await
        .expect_err("no keychain, no connection");
    assert_eq!(e.code(), "keychain");
    assert_eq!(shop.connection().await.expect("c"), None);
    assert!(
        shop.token(None).is_err(),
        "no token to be had without a keychain"
    );
    // The marketplace did issue a device in the sign-in; it is revoked again.
    let devices = m.owner.devices().await.expect("devices");
    assert_eq!(devices.len(), before.len() + 1);
    let issued: Vec<_> = devices
        .iter()
        .filter(|d| !before.iter().any(|b| b.id == d.id))
        .collect();
    assert!(
        issued.len() == 1 && issued[0].revoked,
        "the orphan token is revoked: {issued:?}"
    );
    // Offline work goes on.
    shop.create_listing(&bag("Bolsa de couro", "BOLSA-1", 2))
        .await
        .expect("offline edits still work");
}
