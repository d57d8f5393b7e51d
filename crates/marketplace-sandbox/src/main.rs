//! `marketplace-sandbox`: runs the sandbox marketplace on loopback.
//!
//! Prints exactly one line on stdout once bound: `listening on http://127.0.0.1:PORT`.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use marketplace_sandbox::{DbLocation, Faults, RateLimit, Sandbox, SandboxConfig};

const USAGE: &str = "usage: marketplace-sandbox [options]
  --port N               port on 127.0.0.1 (default 8787; 0 = any free port)
  --bind ADDR            address to bind (default 127.0.0.1)
  --db PATH              SQLite file (default ./sandbox-marketplace.db); :memory: for memory
  --demo                 seed a demo shop (owner@demo.test / demo-password)
  --bulk-listings N      with --demo: add N listings (2 variants each) once, to try a large shop
  --bulk-orders N        with --demo: add N paid orders of them once (default 0)
  --simulate             simulated buyers act every --sim-interval-ms
  --sim-interval-ms N    default 2000
  --seed N               seed of the buyer simulator and fault injection (default 42)
  --retention N          keep N changes per stream; older cursors answer 410 Gone
  --rate-limit N         requests per second per token (default 200; 0 = off)
  --rate-burst N         bucket size (default 2x rate)
  --fault-error-rate F   share of requests answered 503 (0..1, default 0)
  --fault-drop-rate F    share of replies dropped after commit (0..1, default 0)
  --fault-delay-ms N     delay before each request (default 0)
  --max-body-bytes N     JSON body limit (default 2 MiB)";

fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "marketplace_sandbox=info,warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let config = parse(std::env::args().skip(1).collect())?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("starting the runtime")?;
    rt.block_on(async move {
        let demo = config.demo;
        let sandbox = Sandbox::start(config)
            .await
            .context("starting the sandbox")?;
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "listening on {}", sandbox.url())?;
            out.flush()?;
        }
        if demo {
            eprintln!(
                "demo shop: sign in as {} / {} (team: catalog@, packer@, support@demo.test)",
                marketplace_sandbox::demo::OWNER_EMAIL,
                marketplace_sandbox::demo::PASSWORD
            );
        }
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {
                tracing::info!("stopping");
                sandbox.stop().await;
            }
        }
        Ok(())
    })
}

fn parse(args: Vec<String>) -> Result<SandboxConfig> {
    let mut cfg = SandboxConfig {
        db: DbLocation::File(PathBuf::from("sandbox-marketplace.db")),
        ..SandboxConfig::default()
    };
    let mut port: u16 = 8787;
    let mut ip: IpAddr = [127, 0, 0, 1].into();
    let mut rate: Option<f64> = None;
    let mut burst: Option<f64> = None;
    let mut sim_every = Duration::from_millis(2000);
    let mut simulate = false;
    let mut faults = Faults::default();
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut val = |name: &str| it.next().with_context(|| format!("{name} needs a value"));
        match a.as_str() {
            "--port" => port = val("--port")?.parse().context("--port")?,
            "--bind" => ip = val("--bind")?.parse().context("--bind")?,
            "--db" => {
                let v = val("--db")?;
                cfg.db = if v == ":memory:" {
                    DbLocation::Memory
                } else {
                    DbLocation::File(v.into())
                };
            }
            "--demo" => cfg.demo = true,
            "--bulk-listings" => {
                let n = val(&a)?.parse().context("--bulk-listings")?;
                cfg.bulk = Some((n, cfg.bulk.map_or(0, |b| b.1)));
            }
            "--bulk-orders" => {
                let n = val(&a)?.parse().context("--bulk-orders")?;
                cfg.bulk = Some((cfg.bulk.map_or(0, |b| b.0), n));
            }
            "--simulate" => simulate = true,
            "--sim-interval-ms" => {
                sim_every = Duration::from_millis(val(&a)?.parse().context("--sim-interval-ms")?)
            }
            "--seed" => cfg.seed = val(&a)?.parse().context("--seed")?,
            "--retention" => cfg.retention = Some(val(&a)?.parse().context("--retention")?),
            "--rate-limit" => rate = Some(val(&a)?.parse().context("--rate-limit")?),
            "--rate-burst" => burst = Some(val(&a)?.parse().context("--rate-burst")?),
            "--fault-error-rate" => {
                faults.error_rate = val(&a)?.parse().context("--fault-error-rate")?
            }
            "--fault-drop-rate" => {
                faults.drop_reply_rate = val(&a)?.parse().context("--fault-drop-rate")?
            }
            "--fault-delay-ms" => {
                faults.delay = Duration::from_millis(val(&a)?.parse().context("--fault-delay-ms")?)
            }
            "--max-body-bytes" => {
                cfg.json_body_limit = val(&a)?.parse().context("--max-body-bytes")?
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => bail!("unknown argument {other:?}\n{USAGE}"),
        }
    }
    if cfg.bulk.is_some() && !cfg.demo {
        bail!("--bulk-listings and --bulk-orders add to the demo shop: use them with --demo");
    }
    if cfg.bulk.is_some_and(|(l, o)| o > 0 && l == 0) {
        bail!("--bulk-orders needs --bulk-listings (orders are of those listings)");
    }
    for (name, v) in [
        ("--fault-error-rate", faults.error_rate),
        ("--fault-drop-rate", faults.drop_reply_rate),
    ] {
        if !(0.0..=1.0).contains(&v) {
            bail!("{name} must be between 0 and 1");
        }
    }
    cfg.faults = faults;
    cfg.bind = SocketAddr::new(ip, port);
    cfg.simulate = simulate.then_some(sim_every);
    match rate {
        Some(r) if r <= 0.0 => cfg.rate_limit = None,
        Some(r) => {
            cfg.rate_limit = Some(RateLimit {
                per_second: r,
                burst: burst.unwrap_or(2.0 * r),
            })
        }
        None => {
            if let (Some(b), Some(l)) = (burst, cfg.rate_limit.as_mut()) {
                l.burst = b;
            }
        }
    }
    Ok(cfg)
}
