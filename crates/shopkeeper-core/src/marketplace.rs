//! Connecting the shop to a marketplace: sign-in, the device token in the OS
//! keychain (never in the shop file or the logs), sign-out, and the demo
//! marketplace the app can start on loopback.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use marketplace_api::dto::SignInRequest;
use marketplace_api::{ClientConfig, ClientError, MarketplaceClient};
use serde::{Deserialize, Serialize};

use crate::{CoreError, Result, Shop};

const SETTING_CONNECTION: &str = "marketplace_connection";
const KEYCHAIN_SERVICE: &str = "Shopkeeper marketplace token";

/// The demo marketplace's seller login (the sandbox's `--demo` seed).
pub const DEMO_EMAIL: &str = "owner@demo.test";
pub const DEMO_PASSWORD: &str = "demo-password";

/// The marketplace this shop file syncs with (no secrets in here).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connection {
    pub url: String,
    pub email: String,
    pub shop_id: String,
    pub member_id: String,
    pub device_id: String,
    /// The demo marketplace the app starts itself (signs in again on each start).
    #[serde(default)]
    pub demo: bool,
}

/// Where device tokens are kept: the OS keychain (Secret Service on Linux).
#[derive(Clone)]
pub struct Keychain {
    store: Arc<keyring_core::CredentialStore>,
}

impl std::fmt::Debug for Keychain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keychain")
            .field("vendor", &self.store.vendor())
            .finish()
    }
}

impl Keychain {
    /// The desktop's Secret Service (GNOME Keyring, KWallet...). Fails when
    /// there is none or it cannot be reached: the app then says so and keeps
    /// nothing anywhere less safe.
    pub fn secret_service() -> Result<Self> {
        let store = dbus_secret_service_keyring_store::Store::new()
            .map_err(|e| CoreError::Keychain(e.to_string()))?;
        Ok(Keychain { store })
    }

    /// Any keyring-core store (tests use keyring-core's mock store).
    pub fn from_store(store: Arc<keyring_core::CredentialStore>) -> Self {
        Keychain { store }
    }

    fn entry(&self, account: &str) -> Result<keyring_core::Entry> {
        self.store
            .build(KEYCHAIN_SERVICE, account, None)
            .map_err(|e| CoreError::Keychain(e.to_string()))
    }

    pub fn get(&self, account: &str) -> Result<Option<String>> {
        match self.entry(account)?.get_password() {
            Ok(p) => Ok(Some(p)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(CoreError::Keychain(e.to_string())),
        }
    }

    pub fn set(&self, account: &str, secret: &str) -> Result<()> {
        self.entry(account)?
            .set_password(secret)
            .map_err(|e| CoreError::Keychain(e.to_string()))
    }

    pub fn delete(&self, account: &str) -> Result<()> {
        match self.entry(account)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(CoreError::Keychain(e.to_string())),
        }
    }
}

/// The client settings the app uses: a few quick retries inside one call;
/// longer outages are the sync service's backoff.
pub fn client_config() -> ClientConfig {
    ClientConfig {
        timeout: Duration::from_secs(30),
        connect_timeout: Duration::from_secs(3),
        max_attempts: 3,
        base_backoff: Duration::from_millis(200),
        max_backoff: Duration::from_secs(2),
        max_retry_after: Duration::from_secs(5),
    }
}

fn marketplace_error(e: ClientError) -> CoreError {
    let code = match &e {
        ClientError::Transport(_) => "marketplace-unreachable",
        ClientError::Api { status: 401, .. } | ClientError::Api { status: 403, .. } => {
            "sign-in-refused"
        }
        ClientError::Api { status: 429, .. } | ClientError::Api { status: 500.., .. } => {
            "marketplace-busy"
        }
        ClientError::BaseUrl(_) => "marketplace-url-invalid",
        _ => "marketplace-refused",
    };
    CoreError::Marketplace {
        code,
        detail: e.to_string(),
    }
}

impl Shop {
    fn keychain_account(&self) -> String {
        format!("shop {}", self.record().id)
    }

    /// The marketplace this shop is connected to, if any.
    pub async fn connection(&self) -> Result<Option<Connection>> {
        Ok(self
            .store
            .setting(SETTING_CONNECTION)
            .await?
            .and_then(|s| serde_json::from_str(&s).ok()))
    }

    async fn save_connection(&self, c: Option<&Connection>) -> Result<()> {
        let v = match c {
            Some(c) => serde_json::to_string(c).map_err(|e| CoreError::Internal(e.to_string()))?,
            None => String::new(),
        };
        Ok(self.store.set_setting(SETTING_CONNECTION, &v).await?)
    }

    /// Signs in to the marketplace at `url` as this desktop and keeps the
    /// device token in `keychain`. The first connection replaces the offline
    /// sample shop (listings never synced and never edited) with the
    /// marketplace's shop; the user's own unsynced edits are kept and pushed.
    pub async fn connect(
        &self,
        url: &str,
        email: &str,
        password: &str,
        keychain: Option<&Keychain>,
        demo: bool,
    ) -> Result<(Connection, String)> {
        let url = url.trim().trim_end_matches('/');
        let client = MarketplaceClient::new(url, client_config()).map_err(marketplace_error)?;
        let signed = client
            .sign_in(&SignInRequest {
                email: email.trim().to_owned(),
                password: password.to_owned(),
                device_name: device_name(),
                shop_id: None,
            })
            .await
            .map_err(marketplace_error)?;
        if !demo {
            let Some(k) = keychain else {
                // Nowhere safe to keep the token: undo the sign-in.
                let _ = client
                    .with_token(signed.token.clone())
                    .revoke_device(signed.device_id)
                    .await;
                return Err(CoreError::Keychain("no keychain".into()));
            };
            if let Err(e) = k.set(&self.keychain_account(), &signed.token) {
                let _ = client
                    .with_token(signed.token.clone())
                    .revoke_device(signed.device_id)
                    .await;
                return Err(e);
            }
        }
        let conn = Connection {
            url: url.to_owned(),
            email: email.trim().to_owned(),
            shop_id: signed.shop_id.to_string(),
            member_id: signed.member_id.to_string(),
            device_id: signed.device_id.to_string(),
            demo,
        };
        let first = self.connection().await?.is_none();
        self.save_connection(Some(&conn)).await?;
        if first {
            let dropped = self.store.drop_unsynced_samples().await?;
            tracing::info!(
                dropped,
                "first connection: sample listings replaced by the marketplace's shop"
            );
        }
        tracing::info!(url = %conn.url, device = %conn.device_id, "connected to the marketplace");
        self.changed.notify_one();
        Ok((conn, signed.token))
    }

    /// The device token of the current connection (from the keychain).
    pub fn token(&self, keychain: Option<&Keychain>) -> Result<Option<String>> {
        match keychain {
            Some(k) => k.get(&self.keychain_account()),
            None => Err(CoreError::Keychain("no keychain".into())),
        }
    }

    /// Signs this desktop out: revokes its token on the marketplace (when
    /// reachable), deletes it from the keychain and forgets the connection.
    /// Unsynced edits stay in the outbox. Returns whether the marketplace
    /// confirmed the revocation.
    pub async fn sign_out(&self, keychain: Option<&Keychain>, token: Option<&str>) -> Result<bool> {
        let Some(conn) = self.connection().await? else {
            return Ok(false);
        };
        let mut revoked = false;
        if let (Some(token), Ok(device), Ok(client)) = (
            token,
            uuid::Uuid::parse_str(&conn.device_id),
            MarketplaceClient::new(&conn.url, client_config()),
        ) {
            revoked = client
                .with_token(token.to_owned())
                .revoke_device(device)
                .await
                .is_ok();
        }
        if let Some(k) = keychain {
            k.delete(&self.keychain_account())?;
        }
        self.save_connection(None).await?;
        tracing::info!(revoked, "signed out of the marketplace");
        self.changed.notify_one();
        Ok(revoked)
    }

    /// Points the demo connection at the demo marketplace's current address
    /// (it listens on a new port each start) and signs in again.
    pub async fn reconnect_demo(&self, url: &str) -> Result<(Connection, String)> {
        self.connect(url, DEMO_EMAIL, DEMO_PASSWORD, None, true)
            .await
    }
}

fn device_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty());
    match host {
        Some(h) => format!("Shopkeeper on {h}"),
        None => "Shopkeeper desktop".to_owned(),
    }
}

/// The demo marketplace: the sandbox server, started by the app on loopback
/// with a demo shop and simulated buyers, stopped with the app.
pub struct DemoMarketplace {
    child: Mutex<Option<Child>>,
    url: String,
}

impl std::fmt::Debug for DemoMarketplace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoMarketplace")
            .field("url", &self.url)
            .finish()
    }
}

impl DemoMarketplace {
    /// The sandbox binary: `SHOPKEEPER_SANDBOX_BIN`, else next to this program.
    pub fn binary() -> Option<PathBuf> {
        if let Some(p) = std::env::var_os("SHOPKEEPER_SANDBOX_BIN") {
            return Some(PathBuf::from(p));
        }
        let exe = std::env::current_exe().ok()?;
        let p = exe.parent()?.join("marketplace-sandbox");
        p.exists().then_some(p)
    }

    /// Starts the sandbox with its data in `dir` and waits for its address.
    pub fn start(binary: &Path, dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|e| CoreError::Demo(e.to_string()))?;
        let mut child = Command::new(binary)
            .arg("--port")
            .arg("0")
            .arg("--db")
            .arg(dir.join("marketplace.sqlite"))
            .arg("--demo")
            .arg("--simulate")
            .arg("--sim-interval-ms")
            .arg("45000")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| CoreError::Demo(format!("{}: {e}", binary.display())))?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| CoreError::Demo("no output".into()))?;
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
                if let Some(url) = line.strip_prefix("listening on ").filter(|_| !sent) {
                    let _ = tx.send(url.trim().to_owned());
                    sent = true;
                }
            }
        });
        match rx.recv_timeout(Duration::from_secs(30)) {
            Ok(url) => Ok(DemoMarketplace {
                child: Mutex::new(Some(child)),
                url,
            }),
            Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                Err(CoreError::Demo("the demo marketplace did not start".into()))
            }
        }
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn stop(&self) {
        let child = self.child.lock().ok().and_then(|mut c| c.take());
        if let Some(mut child) = child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for DemoMarketplace {
    fn drop(&mut self) {
        self.stop();
    }
}
