//! The parent of the crash harness: runs the sandbox server and the client as
//! child processes, kills them, checks (see [`crate::verify`]).

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use marketplace_api::dto::SignUpRequest;
use marketplace_api::{ClientConfig, MarketplaceClient};
use shopkeeper_core::{Keychain, Seed, Shop};

use crate::Rng;
use crate::journal;
use crate::verify::{self, Checked};

/// One run of the harness.
#[derive(Debug, Clone)]
pub struct Config {
    pub seed: u64,
    /// Client SIGKILLs.
    pub kills: u32,
    pub client_bin: PathBuf,
    pub server_bin: PathBuf,
    /// Share of the server's replies dropped after commit (`--fault-drop-rate`):
    /// the client retries those pushes.
    pub drop_rate: f64,
    /// Chance, per client life, that the server is SIGKILLed and restarted during it.
    pub server_kill_chance: f64,
    /// Drain and check after every `check_every` kills (and always at the end).
    pub check_every: u32,
    /// A client lives at most this long before its kill (when not killed at a marker).
    pub max_life: Duration,
    /// The whole run must end within this.
    pub time_limit: Duration,
    /// Progress lines on stderr.
    pub verbose: bool,
}

impl Config {
    /// Defaults, overridden by `CRASH_KILLS`, `CRASH_SEED`, `CRASH_DROP_RATE`,
    /// `CRASH_CHECK_EVERY`, `CRASH_SERVER_KILL_CHANCE`, `CRASH_TIME_LIMIT_SECS`.
    pub fn from_env(client_bin: PathBuf, server_bin: PathBuf, default_kills: u32) -> Self {
        fn env<T: std::str::FromStr>(name: &str) -> Option<T> {
            std::env::var(name).ok().and_then(|v| v.trim().parse().ok())
        }
        let seed = env("CRASH_SEED").unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(42)
        });
        let kills = env("CRASH_KILLS").unwrap_or(default_kills);
        Config {
            seed,
            kills,
            client_bin,
            server_bin,
            drop_rate: env("CRASH_DROP_RATE").unwrap_or(0.03),
            server_kill_chance: env("CRASH_SERVER_KILL_CHANCE").unwrap_or(0.05),
            check_every: env("CRASH_CHECK_EVERY").unwrap_or(4),
            max_life: Duration::from_millis(250),
            time_limit: Duration::from_secs(env("CRASH_TIME_LIMIT_SECS").unwrap_or(
                // Generous: a bound against hangs, not a benchmark.
                60 + u64::from(kills) * 2,
            )),
            verbose: std::env::var_os("CRASH_VERBOSE").is_some(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub kills: u32,
    /// Kills right after the client started an edit / a sync cycle.
    pub kills_in_edit: u32,
    pub kills_in_sync: u32,
    pub server_kills: u32,
    pub checkpoints: u32,
    pub last: Checked,
    pub elapsed: Duration,
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} client kills ({} right after an edit started, {} right after a sync started), \
             {} server kills, {} checkpoints; {} intents: {} done, {} refused, \
             {} killed mid-call and committed, {} killed mid-call and not; {} listings; {:.1?}",
            self.kills,
            self.kills_in_edit,
            self.kills_in_sync,
            self.server_kills,
            self.checkpoints,
            self.last.intents,
            self.last.done,
            self.last.failed,
            self.last.open_committed,
            self.last.open_not_committed,
            self.last.listings,
            self.elapsed
        )
    }
}

#[derive(Debug)]
pub struct Failure {
    pub seed: u64,
    /// Client kills done when the failure was found.
    pub after_kills: u32,
    pub problems: Vec<String>,
    /// True when a pass criterion failed (a checkpoint's drain or checks, an
    /// integrity check); false when the harness itself could not run.
    pub verdict: bool,
    /// The run's files (shop, journal, server file, logs), kept.
    pub dir: PathBuf,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "crash harness FAILED after {} client kills (seed {}; rerun with CRASH_SEED={}; files kept in {}):",
            self.after_kills,
            self.seed,
            self.seed,
            self.dir.display()
        )?;
        for p in self.problems.iter().take(20) {
            writeln!(f, "  - {p}")?;
        }
        if self.problems.len() > 20 {
            writeln!(f, "  ... and {} more", self.problems.len() - 20)?;
        }
        Ok(())
    }
}

const EMAIL: &str = "crash@example.com";
const PASSWORD: &str = "correct horse battery";

struct Paths {
    shop: PathBuf,
    journal: PathBuf,
    token: PathBuf,
    server_db: PathBuf,
    server_log: PathBuf,
    client_log: PathBuf,
}

/// The sandbox server process on a fixed port and SQLite file.
struct Server {
    bin: PathBuf,
    port: u16,
    db: PathBuf,
    log: PathBuf,
    seed: u64,
    child: Option<Child>,
}

impl Server {
    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn start(&mut self, drop_rate: f64) -> Result<(), String> {
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .map_err(|e| e.to_string())?;
        let mut child = Command::new(&self.bin)
            .args(["--port", &self.port.to_string(), "--db"])
            .arg(&self.db)
            .args(["--rate-limit", "0", "--seed", &self.seed.to_string()])
            .args(["--fault-drop-rate", &drop_rate.to_string()])
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .map_err(|e| format!("starting {}: {e}", self.bin.display()))?;
        self.seed = self.seed.wrapping_add(1);
        let stdout = child.stdout.take().ok_or("no stdout")?;
        let lines = reader(stdout);
        let started = Instant::now();
        loop {
            match lines.recv_timeout(Duration::from_secs(30)) {
                Ok(l) if l.starts_with("listening on ") => break,
                Ok(_) => {}
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    return Err(format!(
                        "the sandbox did not start in {:?} (see {})",
                        started.elapsed(),
                        self.log.display()
                    ));
                }
            }
        }
        self.child = Some(child);
        Ok(())
    }

    /// SIGKILL.
    fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Lines of a child's stdout, read on a thread.
fn reader(stdout: impl std::io::Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

fn free_port() -> Result<u16, String> {
    let l = TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
    l.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

/// How a client life ends.
#[derive(Debug, Clone, Copy)]
enum KillAt {
    /// After a random time.
    Time,
    /// Right after the client starts a core edit call (between the intent
    /// and the done line: inside the transaction, or just after it).
    Edit,
    /// Right after the client starts a sync cycle (a push in flight, or a pull).
    Sync,
}

/// Runs the harness. `Ok` = every check passed.
pub fn run(cfg: &Config) -> Result<Report, Box<Failure>> {
    let dir = tempfile::Builder::new()
        .prefix("shopkeeper-crash-")
        .tempdir()
        .map_err(|e| failure(cfg, 0, vec![format!("tempdir: {e}")], PathBuf::new()))?;
    let r = run_in(cfg, dir.path());
    match r {
        Ok(report) => Ok(report),
        Err((after_kills, problems, verdict)) => {
            let kept = dir.keep();
            let mut f = failure(cfg, after_kills, problems, kept);
            f.verdict = verdict;
            Err(f)
        }
    }
}

fn failure(cfg: &Config, after_kills: u32, problems: Vec<String>, dir: PathBuf) -> Box<Failure> {
    Box::new(Failure {
        seed: cfg.seed,
        after_kills,
        problems,
        verdict: false,
        dir,
    })
}

/// (kills done, problems, verdict)
type RunError = (u32, Vec<String>, bool);

fn run_in(cfg: &Config, dir: &Path) -> Result<Report, RunError> {
    let started = Instant::now();
    let err0 = |e: String| (0u32, vec![e], false);
    let paths = Paths {
        shop: dir.join("shop.sqlite"),
        journal: dir.join("journal.jsonl"),
        token: dir.join("token"),
        server_db: dir.join("marketplace.sqlite"),
        server_log: dir.join("server.log"),
        client_log: dir.join("client.log"),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| err0(e.to_string()))?;
    let mut rng = Rng::new(cfg.seed);
    let mut server = Server {
        bin: cfg.server_bin.clone(),
        port: free_port().map_err(err0)?,
        db: paths.server_db.clone(),
        log: paths.server_log.clone(),
        seed: cfg.seed,
        child: None,
    };
    // Sign-up and sign-in are not idempotent: no dropped replies while setting up.
    server.start(0.0).map_err(err0)?;
    let token = rt
        .block_on(setup(&server.url(), &paths.shop))
        .map_err(err0)?;
    std::fs::write(&paths.token, &token).map_err(|e| err0(e.to_string()))?;
    server.kill();
    server.start(cfg.drop_rate).map_err(err0)?;
    let client = MarketplaceClient::new(&server.url(), ClientConfig::default())
        .map_err(|e| err0(e.to_string()))?
        .with_token(token.clone());

    let mut report = Report::default();
    for k in 0..cfg.kills {
        if started.elapsed() > cfg.time_limit {
            return Err((
                k,
                vec![format!(
                    "time limit of {:?} reached after {k} of {} kills",
                    cfg.time_limit, cfg.kills
                )],
                false,
            ));
        }
        let how = match rng.below(10) {
            0..4 => KillAt::Time,
            4..7 => KillAt::Edit,
            _ => KillAt::Sync,
        };
        let kill_server = rng.chance(cfg.server_kill_chance);
        life(cfg, &paths, &mut server, &mut rng, k, how, kill_server)
            .map_err(|(e, verdict)| (k, vec![e], verdict))?;
        report.kills += 1;
        match how {
            KillAt::Edit => report.kills_in_edit += 1,
            KillAt::Sync => report.kills_in_sync += 1,
            KillAt::Time => {}
        }
        if kill_server {
            report.server_kills += 1;
        }
        let last = k + 1 == cfg.kills;
        if last || (cfg.check_every > 0 && (k + 1) % cfg.check_every == 0) {
            report.last = rt
                .block_on(checkpoint(&paths, &token, &client))
                .map_err(|p| (k + 1, p, true))?;
            report.checkpoints += 1;
            if cfg.verbose {
                eprintln!(
                    "crash harness: {} kills, {:.1?}: ok ({} intents)",
                    k + 1,
                    started.elapsed(),
                    report.last.intents
                );
            }
        }
    }
    if cfg.kills == 0 {
        report.last = rt
            .block_on(checkpoint(&paths, &token, &client))
            .map_err(|p| (0, p, true))?;
        report.checkpoints += 1;
    }
    // The server's file after a crash.
    server.kill();
    match rt.block_on(marketplace_sandbox::db::integrity_check(&paths.server_db)) {
        Ok(s) if s == "ok" => {}
        Ok(s) => {
            return Err((
                cfg.kills,
                vec![format!("server PRAGMA integrity_check: {s}")],
                true,
            ));
        }
        Err(e) => {
            return Err((
                cfg.kills,
                vec![format!("server integrity check: {e}")],
                false,
            ));
        }
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

/// Signs up a seller, connects a fresh shop file (token in a mock keychain)
/// and returns the device token the client uses.
async fn setup(url: &str, shop_path: &Path) -> Result<String, String> {
    let c = MarketplaceClient::new(url, ClientConfig::default()).map_err(|e| e.to_string())?;
    c.sign_up(&SignUpRequest {
        email: EMAIL.into(),
        password: PASSWORD.into(),
        shop_name: "Ateliê do teste de falhas".into(),
        locale: Some(crate::LOCALE.into()),
    })
    .await
    .map_err(|e| format!("sign up: {e}"))?;
    let shop = Shop::open(shop_path, Seed::Empty)
        .await
        .map_err(|e| format!("open shop: {e}"))?;
    let store: Arc<keyring_core::CredentialStore> =
        keyring_core::mock::Store::new().map_err(|e| e.to_string())?;
    let keychain = Keychain::from_store(store);
    let (_, token) = shop
        .connect(url, EMAIL, PASSWORD, Some(&keychain), false)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    shop.close().await;
    Ok(token)
}

/// One client process: started, then SIGKILLed (and the server too, maybe).
fn life(
    cfg: &Config,
    paths: &Paths,
    server: &mut Server,
    rng: &mut Rng,
    generation: u32,
    how: KillAt,
    kill_server: bool,
) -> Result<(), (String, bool)> {
    let infra = |e: String| (e, false);
    let log: File = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&paths.client_log)
        .map_err(|e| infra(e.to_string()))?;
    let mut child = Command::new(&cfg.client_bin)
        .arg(&paths.shop)
        .arg(&paths.journal)
        .arg(&paths.token)
        .arg(cfg.seed.to_string())
        .arg(generation.to_string())
        .env("RUST_LOG", "off")
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .map_err(|e| infra(format!("starting {}: {e}", cfg.client_bin.display())))?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| infra("no stdout".into()))?;
    let lines = reader(stdout);
    let born = Instant::now();
    let max = cfg.max_life.as_millis() as i64;
    // A few lives end during start-up (opening the shop file).
    let life = if rng.chance(0.1) {
        rng.range(0, 25)
    } else {
        rng.range(0, max)
    };
    let life = Duration::from_millis(life as u64);
    let server_at = Duration::from_millis(rng.range(0, max) as u64);
    let mut server_killed = false;
    let mut maybe_kill_server = |server: &mut Server| {
        if kill_server && !server_killed && born.elapsed() >= server_at {
            server.kill();
            server_killed = true;
        }
    };
    let marker = match how {
        KillAt::Time => None,
        KillAt::Edit => Some("edit"),
        KillAt::Sync => Some("sync"),
    };
    // Wait `life`, then (for a marker kill) until the next marker.
    let hard_stop = life + Duration::from_secs(3);
    loop {
        maybe_kill_server(server);
        let elapsed = born.elapsed();
        if elapsed >= hard_stop || (marker.is_none() && elapsed >= life) {
            break;
        }
        match lines.recv_timeout(Duration::from_millis(1)) {
            Ok(l) if marker == Some(l.as_str()) && elapsed >= life => {
                // Kill just after the marker: 0–10 ms into the call (one
                // fsynced SQLite commit takes a few ms here).
                std::thread::sleep(Duration::from_micros(rng.below(10_000)));
                break;
            }
            Ok(_) | Err(RecvTimeoutError::Timeout) => {}
            // The child is gone (checked below).
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    if let Ok(Some(status)) = child.try_wait() {
        return Err(infra(format!(
            "client generation {generation} exited by itself ({status}); see {}",
            paths.client_log.display()
        )));
    }
    child.kill().map_err(|e| infra(e.to_string()))?;
    let _ = child.wait();
    if kill_server {
        if !server_killed {
            server.kill();
        }
        // The server's file right after the crash, then a restart on it.
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| infra(e.to_string()))?;
        match rt.block_on(marketplace_sandbox::db::integrity_check(&server.db)) {
            Ok(s) if s == "ok" => {}
            Ok(s) => {
                return Err((
                    format!("server PRAGMA integrity_check after a kill: {s}"),
                    true,
                ));
            }
            Err(e) => return Err(infra(format!("server integrity check: {e}"))),
        }
        server.start(cfg.drop_rate).map_err(infra)?;
    }
    Ok(())
}

/// Opens the (dead) client's shop file, drains it and checks everything.
async fn checkpoint(
    paths: &Paths,
    token: &str,
    client: &MarketplaceClient,
) -> Result<Checked, Vec<String>> {
    let shop = Shop::open(&paths.shop, Seed::Empty)
        .await
        .map_err(|e| vec![format!("opening the client's shop file: {e}")])?;
    let r = async {
        verify::drain(&shop, token).await.map_err(|e| vec![e])?;
        let entries = journal::read(&paths.journal).map_err(|e| vec![e.to_string()])?;
        verify::check(&shop, client, &entries).await
    }
    .await;
    shop.close().await;
    r
}
