//! A small harness for driving the real Shopkeeper binary under WebDriver:
//! tauri-driver (from crates.io) in front of WebKitWebDriver (Debian
//! `webkit2gtk-driver`), inside the X display `scripts/test.sh` provides
//! through `xvfb-run`.
//!
//! Every session gets its own tauri-driver on free loopback ports and its own
//! data dir. When a journey fails, the X display is saved as a PNG (with the
//! page source) under `$SHOPKEEPER_E2E_ARTIFACTS` before the app is closed.

pub mod images;

use std::future::Future;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use tokio::process::{Child, Command};

/// How long a step may take before the journey fails.
pub const STEP_TIMEOUT: Duration = Duration::from_secs(20);

/// WebDriver's key code for Control, and the "release all keys" code.
pub const CTRL: char = '\u{E009}';
pub const RELEASE: char = '\u{E000}';

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn app_binary() -> Result<PathBuf> {
    let path = std::env::var_os("SHOPKEEPER_APP")
        .map(PathBuf::from)
        .ok_or_else(|| {
            anyhow!("SHOPKEEPER_APP must name the debug app binary (scripts/test.sh sets it)")
        })?;
    if !path.exists() {
        bail!(
            "the app binary {} does not exist: build it with `cargo build --bin shopkeeper`",
            path.display()
        );
    }
    Ok(path)
}

fn artifacts_dir() -> PathBuf {
    std::env::var_os("SHOPKEEPER_E2E_ARTIFACTS")
        .map_or_else(|| PathBuf::from("e2e-artifacts"), PathBuf::from)
}

/// One running app, driven over WebDriver.
pub struct Session {
    pub client: Client,
    driver: Child,
    pub data_dir: PathBuf,
    name: String,
}

/// CSS selector for a `data-testid`.
pub fn tid(id: &str) -> String {
    format!("[data-testid=\"{id}\"]")
}

impl Session {
    /// Starts the app on `data_dir` with extra environment variables (e.g.
    /// `LANG`) and waits until its Listings navigation is on screen.
    pub async fn launch(name: &str, data_dir: &Path, env: &[(&str, &str)]) -> Result<Self> {
        Self::launch_with(name, data_dir, env, &["--start", "offline-sample"]).await
    }

    /// [`Session::launch`] with the app's own arguments (e.g. `--start empty`).
    pub async fn launch_with(
        name: &str,
        data_dir: &Path,
        env: &[(&str, &str)],
        app_args: &[&str],
    ) -> Result<Self> {
        // On a loaded machine WebKitWebDriver sometimes drops the very first
        // request; a fresh driver then works. Anything else fails at once.
        let mut attempt = 0;
        loop {
            attempt += 1;
            match Self::launch_once(name, data_dir, env, app_args).await {
                Err(e) if attempt < 3 && format!("{e:#}").contains("did not respond") => {
                    eprintln!("WebDriver did not answer ({e:#}); starting a fresh driver");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
                other => return other,
            }
        }
    }

    async fn launch_once(
        name: &str,
        data_dir: &Path,
        env: &[(&str, &str)],
        app_args: &[&str],
    ) -> Result<Self> {
        let app = app_binary()?;
        let port = free_port()?;
        let native_port = free_port()?;
        let mut cmd = Command::new("tauri-driver");
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
        // Inside the test's private D-Bus session there is no desktop portal
        // or accessibility bus: do not let GTK wait for them.
        .env("NO_AT_BRIDGE", "1")
        .env("GTK_USE_PORTAL", "0")
        .env("GDK_DEBUG", "no-portals")
        .env("LANG", "en_US.UTF-8")
        .env("LC_ALL", "")
        .env("LANGUAGE", "")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let driver = cmd
            .spawn()
            .context("starting tauri-driver (scripts/setup.sh --test installs it)")?;

        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + STEP_TIMEOUT;
        while tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_err()
        {
            if Instant::now() > deadline {
                bail!("tauri-driver did not listen on {url}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut caps = serde_json::Map::new();
        let mut args = vec!["--data-dir".to_owned(), data_dir.display().to_string()];
        args.extend(app_args.iter().map(|a| (*a).to_owned()));
        caps.insert(
            "tauri:options".into(),
            serde_json::json!({
                "application": app,
                "args": args,
            }),
        );
        caps.insert("browserName".into(), "wry".into());
        let client = ClientBuilder::rustls()?
            .capabilities(caps)
            .connect(&url)
            .await
            .context("WebDriver session")?;
        let session = Self {
            client,
            driver,
            data_dir: data_dir.to_owned(),
            name: name.to_owned(),
        };
        // The demo shop is created on first start, which can take a moment.
        session
            .el_within("nav-listings", Duration::from_secs(60))
            .await?;
        Ok(session)
    }

    /// Closes the app. On a failed `result`, keeps a screenshot of the X
    /// display, the page source and the app's log first.
    pub async fn finish(mut self, result: Result<()>) -> Result<()> {
        if let Err(e) = &result {
            let dir = artifacts_dir();
            let _ = std::fs::create_dir_all(&dir);
            let png = dir.join(format!("{}.png", self.name));
            let shot = std::process::Command::new("import")
                .args(["-window", "root"])
                .arg(&png)
                .status();
            if let Ok(source) = self.client.source().await {
                let _ = std::fs::write(dir.join(format!("{}.html", self.name)), source);
            }
            // The app's own log (its data dir is deleted with the test).
            if let Ok(logs) = std::fs::read_dir(self.data_dir.join("logs")) {
                for (i, log) in logs.filter_map(|l| l.ok()).enumerate() {
                    let _ = std::fs::copy(log.path(), dir.join(format!("{}.{i}.log", self.name)));
                }
            }
            eprintln!(
                "journey {:?} failed: {e:#}\nscreenshot: {} ({shot:?})",
                self.name,
                png.display()
            );
        }
        let closed = self.client.clone().close().await;
        let _ = self.driver.kill().await;
        result?;
        closed.context("closing the WebDriver session")?;
        Ok(())
    }

    /// Polls `f` until it yields `Some`, for up to [`STEP_TIMEOUT`].
    pub async fn eventually<T, F, Fut>(&self, what: &str, mut f: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<Option<T>>>,
    {
        let deadline = Instant::now() + STEP_TIMEOUT;
        let mut last_err = None;
        loop {
            match f().await {
                Ok(Some(v)) => return Ok(v),
                Ok(None) => {}
                Err(e) => last_err = Some(e),
            }
            if Instant::now() > deadline {
                return Err(match last_err {
                    Some(e) => e.context(format!("timed out waiting for {what}")),
                    None => anyhow!("timed out waiting for {what}"),
                });
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    async fn el_within(&self, id: &str, timeout: Duration) -> Result<Element> {
        let selector = tid(id);
        let deadline = Instant::now() + timeout;
        loop {
            if let Ok(e) = self.client.find(Locator::Css(&selector)).await {
                return Ok(e);
            }
            if Instant::now() > deadline {
                bail!("no element {selector} on screen");
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// The element with `data-testid=id`, waiting for it to appear.
    pub async fn el(&self, id: &str) -> Result<Element> {
        self.el_within(id, STEP_TIMEOUT).await
    }

    /// All elements with `data-testid=id` now on screen.
    pub async fn els(&self, id: &str) -> Result<Vec<Element>> {
        Ok(self.client.find_all(Locator::Css(&tid(id))).await?)
    }

    /// The `n`-th element (0-based) with `data-testid=id` inside `parent`.
    pub async fn child(&self, parent: &Element, id: &str) -> Result<Element> {
        parent
            .find(Locator::Css(&tid(id)))
            .await
            .with_context(|| format!("no {id} inside the element"))
    }

    pub async fn click(&self, id: &str) -> Result<()> {
        let el = self.el(id).await?;
        self.press(&el)
            .await
            .with_context(|| format!("clicking {id}"))
    }

    /// Scrolls `el` to the middle of the window, as a person would before
    /// clicking it: WebDriver only scrolls it just into view, where a toast
    /// or a sticky bar at the window's edge can take the click.
    pub async fn reveal(&self, el: &Element) -> Result<()> {
        self.client
            .execute(
                "arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});",
                vec![serde_json::to_value(el)?],
            )
            .await?;
        Ok(())
    }

    /// Clicks `el` once it is in the middle of the window.
    pub async fn press(&self, el: &Element) -> Result<()> {
        self.reveal(el).await?;
        el.click().await?;
        Ok(())
    }

    /// Replaces an input's text the way a person does: select all, type.
    pub async fn fill(&self, el: &Element, text: &str) -> Result<()> {
        self.press(el).await?;
        el.send_keys(&format!("{CTRL}a{RELEASE}")).await?;
        el.send_keys(&format!("\u{E017}{text}")).await?; // Delete, then type
        Ok(())
    }

    pub async fn fill_id(&self, id: &str, text: &str) -> Result<()> {
        let el = self.el(id).await?;
        self.fill(&el, text).await
    }

    /// Connects the app to a marketplace in Settings → Marketplace account and
    /// waits for the first sync to finish.
    pub async fn connect_marketplace(&self, url: &str, email: &str, password: &str) -> Result<()> {
        self.sign_in(url, email, password).await?;
        self.wait_synced().await
    }

    /// Fills in and sends Settings → Marketplace account; the first sync starts.
    pub async fn sign_in(&self, url: &str, email: &str, password: &str) -> Result<()> {
        self.click("nav-settings").await?;
        self.fill_id("sync-url", url).await?;
        self.fill_id("sync-email", email).await?;
        self.fill_id("sync-password", password).await?;
        self.click("sync-connect").await?;
        self.el("sync-connected").await?;
        Ok(())
    }

    /// Waits until the sync status says synced with nothing pending.
    pub async fn wait_synced(&self) -> Result<()> {
        self.eventually("synced with nothing pending", || async {
            let el = self.el("sync-indicator").await?;
            let state = el.attr("data-state").await?.unwrap_or_default();
            let pending = self.els("sync-indicator-pending").await?.len();
            Ok((state == "idle" && pending == 0).then_some(()))
        })
        .await
    }

    /// Asks for a sync now, on the Sync page.
    pub async fn sync_now(&self) -> Result<()> {
        self.click("nav-sync").await?;
        self.click("sync-now").await
    }

    pub async fn text(&self, id: &str) -> Result<String> {
        text_of(&self.el(id).await?).await
    }

    /// Waits until the element `id` shows exactly `expected` (after trimming
    /// and folding no-break spaces).
    pub async fn wait_text(&self, id: &str, expected: &str) -> Result<()> {
        let want = normalize(expected);
        self.eventually(&format!("{id} to read {expected:?}"), || {
            let want = want.clone();
            async move {
                let e = self.client.find(Locator::Css(&tid(id))).await?;
                let seen = normalize(&text_of(&e).await?);
                // A mismatch is an error so that the last text seen is reported.
                if seen == want {
                    Ok(Some(()))
                } else {
                    Err(anyhow!("{id} reads {seen:?}"))
                }
            }
        })
        .await
    }

    /// Runs JavaScript in the page and returns its result.
    pub async fn js(
        &self,
        script: &str,
        args: Vec<serde_json::Value>,
    ) -> Result<serde_json::Value> {
        Ok(self.client.execute(script, args).await?)
    }
}

/// The text a person sees in `el`. WebKitWebDriver's "element text" came
/// back empty for links holding an SVG icon; `innerText` does not.
/// The app's short order number for a marketplace order id (as sync shows it).
pub fn order_number(id: &uuid::Uuid) -> String {
    let hex = id.simple().to_string().to_uppercase();
    format!("SK-{}", &hex[hex.len() - 10..])
}

/// An attribute's value, empty when the element does not have it.
pub async fn attr(el: &Element, name: &str) -> Result<String> {
    Ok(el.attr(name).await?.unwrap_or_default())
}

pub async fn text_of(el: &Element) -> Result<String> {
    Ok(el.prop("innerText").await?.unwrap_or_default())
}

/// Trims and folds the no-break spaces `Intl` puts in formatted numbers.
pub fn normalize(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ").trim().to_owned()
}

/// A fresh, empty data dir (the app creates its demo shop there).
pub fn fresh_data_dir() -> Result<tempfile::TempDir> {
    Ok(tempfile::Builder::new()
        .prefix("shopkeeper-e2e-")
        .tempdir()?)
}

/// The sandbox marketplace as a real process (the same binary the app
/// starts as its demo marketplace), on a SQLite file in a temp dir.
pub struct Marketplace {
    child: Child,
    pub url: String,
    _dir: tempfile::TempDir,
}

/// The sandbox binary: `SHOPKEEPER_SANDBOX_BIN`, else next to the app binary.
pub fn sandbox_binary() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("SHOPKEEPER_SANDBOX_BIN") {
        return Ok(PathBuf::from(p));
    }
    let app = app_binary()?;
    let p = app
        .parent()
        .map(|d| d.join("marketplace-sandbox"))
        .ok_or_else(|| anyhow!("no folder for the app binary"))?;
    ensure_exists(&p)?;
    Ok(p)
}

fn ensure_exists(p: &Path) -> Result<()> {
    if !p.exists() {
        bail!(
            "{} does not exist: build it with `cargo build --bin marketplace-sandbox`",
            p.display()
        );
    }
    Ok(())
}

impl Marketplace {
    /// Starts the sandbox with its demo shop (owner@demo.test / demo-password).
    pub async fn start_demo() -> Result<Self> {
        Self::start_demo_with(&[]).await
    }

    /// [`Marketplace::start_demo`] with more of the sandbox's options
    /// (`--bulk-listings 4000`, `--fault-delay-ms 200`...).
    pub async fn start_demo_with(options: &[&str]) -> Result<Self> {
        use tokio::io::AsyncBufReadExt;
        let dir = tempfile::Builder::new()
            .prefix("shopkeeper-e2e-market-")
            .tempdir()?;
        let mut child = Command::new(sandbox_binary()?)
            .args(["--port", "0", "--demo", "--db"])
            .arg(dir.path().join("market.sqlite"))
            .args(options)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .context("starting the sandbox marketplace")?;
        let stdout = child.stdout.take().context("sandbox stdout")?;
        let mut lines = tokio::io::BufReader::new(stdout).lines();
        let url = tokio::time::timeout(STEP_TIMEOUT, async {
            while let Some(line) = lines.next_line().await? {
                if let Some(u) = line.strip_prefix("listening on ") {
                    return Ok::<_, anyhow::Error>(u.trim().to_owned());
                }
            }
            bail!("the sandbox stopped before listening")
        })
        .await
        .context("the sandbox did not start")??;
        // Keep draining its output so it never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        Ok(Self {
            child,
            url,
            _dir: dir,
        })
    }

    /// A client signed in as the demo shop's owner (checks and buyer events).
    pub async fn owner(&self) -> Result<marketplace_api::MarketplaceClient> {
        let c = marketplace_api::MarketplaceClient::new(
            &self.url,
            marketplace_api::ClientConfig::default(),
        )?;
        let s = c
            .sign_in(&marketplace_api::dto::SignInRequest {
                email: shopkeeper_core::marketplace::DEMO_EMAIL.into(),
                password: shopkeeper_core::marketplace::DEMO_PASSWORD.into(),
                device_name: "e2e checks".into(),
                shop_id: None,
            })
            .await?;
        Ok(c.with_token(s.token))
    }

    pub async fn stop(mut self) {
        let _ = self.child.kill().await;
    }
}

/// A loopback TCP proxy in front of the marketplace that can cut one app off
/// ("offline") without stopping the marketplace for the others.
pub struct Link {
    pub url: String,
    online: std::sync::Arc<std::sync::atomic::AtomicBool>,
    cut: std::sync::Arc<tokio::sync::Notify>,
}

impl Link {
    pub async fn to(upstream: &str) -> Result<Self> {
        let target = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_owned();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        let online = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let cut = std::sync::Arc::new(tokio::sync::Notify::new());
        let (on, c) = (online.clone(), cut.clone());
        tokio::spawn(async move {
            while let Ok((mut inbound, _)) = listener.accept().await {
                if !on.load(std::sync::atomic::Ordering::SeqCst) {
                    drop(inbound);
                    continue;
                }
                let target = target.clone();
                let c = c.clone();
                tokio::spawn(async move {
                    let Ok(mut outbound) = tokio::net::TcpStream::connect(&target).await else {
                        return;
                    };
                    tokio::select! {
                        _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                        _ = c.notified() => {}
                    }
                });
            }
        });
        Ok(Self { url, online, cut })
    }

    /// Cuts the link (open connections are dropped) or restores it.
    pub fn set_online(&self, online: bool) {
        self.online
            .store(online, std::sync::atomic::Ordering::SeqCst);
        if !online {
            self.cut.notify_waiters();
        }
    }
}

/// The demo shop's silk scarf as the marketplace has it (the listing the
/// sync and photo journeys edit).
pub async fn scarf(
    owner: &marketplace_api::MarketplaceClient,
) -> Result<marketplace_api::dto::Listing> {
    owner
        .listings()
        .await?
        .items
        .into_iter()
        .find(|l| l.texts.iter().any(|t| t.title.contains("silk scarf")))
        .context("the scarf on the marketplace")
}
