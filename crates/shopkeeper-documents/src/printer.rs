//! Sending raw ZPL to a thermal printer: TCP port 9100 ("raw"/JetDirect) with connect
//! and write timeouts, or a CUPS raw queue through `lp -d <queue> -o raw`.

use std::io::Write as _;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::error::{DocError, Result};

/// Where ZPL goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Printer {
    /// A network printer's raw port, e.g. `192.0.2.10:9100`.
    Tcp {
        /// `host:port` (port 9100 when omitted).
        address: String,
        /// Connect timeout.
        connect_timeout: Duration,
        /// Write timeout (a printer that stops reading).
        write_timeout: Duration,
    },
    /// A CUPS queue set up as raw.
    Cups(CupsQueue),
}

/// A CUPS raw queue and the `lp` program to reach it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CupsQueue {
    /// Queue name (`lpstat -p` lists them).
    pub queue: String,
    /// The `lp` program (default `lp` from `PATH`).
    pub lp: PathBuf,
}

impl CupsQueue {
    /// The queue with `lp` from `PATH`.
    pub fn new(queue: &str) -> CupsQueue {
        CupsQueue {
            queue: queue.to_owned(),
            lp: PathBuf::from("lp"),
        }
    }

    /// `lp -d <queue> -o raw`, reading the job from standard input. The queue name is
    /// checked first so it can never be read as an option or a file.
    pub fn command(&self) -> Result<Command> {
        let q = &self.queue;
        let ok = !q.is_empty()
            && q.len() <= 127
            && !q.starts_with('-')
            && q.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@'));
        if !ok {
            return Err(DocError::PrinterQueueInvalid { queue: q.clone() });
        }
        let mut c = Command::new(&self.lp);
        c.args(["-d", q, "-o", "raw"]);
        Ok(c)
    }

    /// Submits `data` as one raw job.
    pub fn send(&self, data: &[u8]) -> Result<()> {
        let mut cmd = self.command()?;
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => DocError::CupsMissing,
                _ => DocError::CupsFailed {
                    status: "spawn".into(),
                    detail: e.to_string(),
                },
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(data).map_err(|e| DocError::CupsFailed {
                status: "stdin".into(),
                detail: e.to_string(),
            })?;
        }
        let out = child.wait_with_output().map_err(|e| DocError::CupsFailed {
            status: "wait".into(),
            detail: e.to_string(),
        })?;
        if !out.status.success() {
            return Err(DocError::CupsFailed {
                status: out
                    .status
                    .code()
                    .map_or_else(|| "signal".to_owned(), |c| c.to_string()),
                detail: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
            });
        }
        Ok(())
    }
}

fn resolve(address: &str) -> Result<SocketAddr> {
    let with_port = if address
        .rsplit_once(':')
        .is_some_and(|(_, p)| p.parse::<u16>().is_ok())
        && !address.ends_with(']')
    {
        address.to_owned()
    } else {
        format!("{address}:9100")
    };
    with_port
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .ok_or_else(|| DocError::PrinterUnreachable {
            address: address.to_owned(),
            detail: "unknown host".into(),
        })
}

/// Sends `data` to a raw TCP port. A refused or timed-out connection is
/// `printer-unreachable`; a printer that stops taking data is `printer-timeout`.
pub fn send_tcp(
    address: &str,
    data: &[u8],
    connect_timeout: Duration,
    write_timeout: Duration,
) -> Result<()> {
    let addr = resolve(address)?;
    let mut stream = TcpStream::connect_timeout(&addr, connect_timeout).map_err(|e| {
        DocError::PrinterUnreachable {
            address: address.to_owned(),
            detail: e.to_string(),
        }
    })?;
    let timeout = |e: std::io::Error| match e.kind() {
        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => DocError::PrinterTimeout {
            address: address.to_owned(),
        },
        _ => DocError::PrinterUnreachable {
            address: address.to_owned(),
            detail: e.to_string(),
        },
    };
    stream
        .set_write_timeout(Some(write_timeout))
        .map_err(timeout)?;
    stream.set_nodelay(true).map_err(timeout)?;
    stream.write_all(data).map_err(timeout)?;
    stream.flush().map_err(timeout)?;
    stream
        .shutdown(std::net::Shutdown::Write)
        .map_err(timeout)?;
    Ok(())
}

impl Printer {
    /// Sends one job.
    pub fn send(&self, data: &[u8]) -> Result<()> {
        match self {
            Printer::Tcp {
                address,
                connect_timeout,
                write_timeout,
            } => send_tcp(address, data, *connect_timeout, *write_timeout),
            Printer::Cups(q) => q.send(data),
        }
    }
}
