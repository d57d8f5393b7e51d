//! Printer transport against real loopback sockets and real processes.
#![allow(clippy::unwrap_used)]

use std::io::Read;
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use shopkeeper_documents::DocError;
use shopkeeper_documents::printer::{CupsQueue, Printer, send_tcp};

#[test]
fn tcp_9100_receives_the_exact_bytes() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let server = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().unwrap();
        let mut got = Vec::new();
        s.read_to_end(&mut got).unwrap();
        got
    });
    let job = b"^XA^FO10,10^A0N,30,30^FDHello^FS^XZ".repeat(100);
    let p = Printer::Tcp {
        address: addr,
        connect_timeout: Duration::from_secs(2),
        write_timeout: Duration::from_secs(2),
    };
    p.send(&job).unwrap();
    assert_eq!(server.join().unwrap(), job);
}

#[test]
fn a_closed_port_is_printer_unreachable() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    drop(listener);
    let e = send_tcp(
        &addr,
        b"^XA^XZ",
        Duration::from_secs(1),
        Duration::from_secs(1),
    )
    .unwrap_err();
    assert_eq!(e.code(), "printer-unreachable");
    assert_eq!(e.args()[0], ("address", addr));
}

#[test]
fn a_printer_that_stops_reading_is_printer_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    // Accepts, then never reads: the socket buffers fill and the write times out.
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let server = std::thread::spawn(move || {
        let (s, _) = listener.accept().unwrap();
        let _ = rx.recv_timeout(Duration::from_secs(30));
        drop(s);
    });
    let job = vec![b'A'; 64 * 1024 * 1024];
    let start = Instant::now();
    let e = send_tcp(
        &addr,
        &job,
        Duration::from_secs(2),
        Duration::from_millis(300),
    )
    .unwrap_err();
    assert_eq!(e, DocError::PrinterTimeout { address: addr });
    assert!(start.elapsed() < Duration::from_secs(20));
    tx.send(()).unwrap();
    server.join().unwrap();
}

#[test]
fn cups_command_is_lp_raw_to_the_queue() {
    let c = CupsQueue::new("Zebra_ZD420").command().unwrap();
    assert_eq!(c.get_program(), "lp");
    let args: Vec<_> = c
        .get_args()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    assert_eq!(args, ["-d", "Zebra_ZD420", "-o", "raw"]);
    for bad in ["", "-o", "a b", "q;rm", "x/y"] {
        assert_eq!(
            CupsQueue::new(bad).command().unwrap_err().code(),
            "printer-queue-invalid",
            "{bad:?}"
        );
    }
}

fn script(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

#[test]
fn cups_job_goes_through_lp_on_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("job");
    let args = dir.path().join("args");
    let lp = script(
        dir.path(),
        "lp",
        &format!("echo \"$@\" > {}\ncat > {}", args.display(), out.display()),
    );
    let q = CupsQueue {
        queue: "zebra".into(),
        lp,
    };
    q.send(b"^XA^XZ").unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), b"^XA^XZ");
    assert_eq!(
        std::fs::read_to_string(&args).unwrap().trim(),
        "-d zebra -o raw"
    );
}

#[test]
fn cups_missing_and_failing_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let q = CupsQueue {
        queue: "zebra".into(),
        lp: dir.path().join("no-lp-here"),
    };
    assert_eq!(q.send(b"x").unwrap_err(), DocError::CupsMissing);
    let lp = script(
        dir.path(),
        "lp",
        "cat >/dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1",
    );
    let e = CupsQueue {
        queue: "zebra".into(),
        lp,
    }
    .send(b"x")
    .unwrap_err();
    assert_eq!(
        e,
        DocError::CupsFailed {
            status: "1".into(),
            detail: "lp: The printer or class does not exist.".into()
        }
    );
}
