//! A loopback HTTP proxy between the real client and the sandbox, for the
//! fault and HTTP-semantics tests (sync.md T5, T9). It records when every
//! request arrived, can answer scripted replies (429 with `Retry-After`,
//! 503, 412, 409...) instead of forwarding, and can misbehave like a bad
//! network: added latency, requests delivered twice, and stale copies of a
//! request delivered again later, after the client's newer requests
//! (reordering). The upstream can be switched (a restarted sandbox).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;

/// One request the proxy saw.
#[derive(Debug, Clone)]
pub struct Seen {
    pub at: Instant,
    /// The wall clock at arrival (to compare with an HTTP-date).
    pub wall: SystemTime,
    pub method: String,
    /// Path without the query.
    pub path: String,
    /// What the client got: a status, or 0 when the reply was lost.
    pub status: u16,
    /// True when this came from the script rather than the marketplace.
    pub scripted: bool,
}

/// A scripted reply for the next request whose path starts with `path`.
#[derive(Debug, Clone)]
pub struct Canned {
    pub path: &'static str,
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl Canned {
    pub fn error(path: &'static str, status: u16, code: &str) -> Self {
        Canned {
            path,
            status,
            headers: vec![("content-type", "application/json".into())],
            body: serde_json::json!({ "code": code, "message": code, "fields": [] }).to_string(),
        }
    }

    pub fn retry_after(mut self, value: String) -> Self {
        self.headers.push(("retry-after", value));
        self
    }
}

/// How badly the network behaves (all off by default).
#[derive(Debug, Clone, Copy, Default)]
pub struct Chaos {
    /// Share of requests forwarded twice (the client gets the second reply).
    pub duplicate: f64,
    /// Share of requests of which a stale copy is delivered again 50–400 ms
    /// later, after newer requests (reordering).
    pub stale_copy: f64,
    /// Latency added before forwarding: uniform in `[0, latency]`.
    pub latency: Duration,
}

pub struct ProxyState {
    upstream: Mutex<String>,
    pub log: Mutex<Vec<Seen>>,
    pub script: Mutex<VecDeque<Canned>>,
    pub chaos: Mutex<Chaos>,
    rng: Mutex<u64>,
    http: reqwest::Client,
    /// Stale copies delivered (for the test's own sanity checks).
    pub stale_delivered: Mutex<u64>,
    pub duplicated: Mutex<u64>,
}

impl ProxyState {
    fn draw(&self) -> f64 {
        let mut s = self.rng.lock().expect("proxy lock");
        let mut x = *s;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        *s = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

pub struct Proxy {
    pub url: String,
    pub state: Arc<ProxyState>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Proxy {
    pub async fn start(upstream: &str, seed: u64) -> Proxy {
        let state = Arc::new(ProxyState {
            upstream: Mutex::new(upstream.trim_end_matches('/').to_owned()),
            log: Mutex::new(Vec::new()),
            script: Mutex::new(VecDeque::new()),
            chaos: Mutex::new(Chaos::default()),
            rng: Mutex::new(seed | 1),
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(60))
                .build()
                .expect("proxy client"),
            stale_delivered: Mutex::new(0),
            duplicated: Mutex::new(0),
        });
        let app = axum::Router::new()
            .fallback(handle)
            .with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind proxy");
        let url = format!("http://{}", listener.local_addr().expect("addr"));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Proxy { url, state, task }
    }

    pub fn set_upstream(&self, url: &str) {
        *self.state.upstream.lock().expect("proxy lock") = url.trim_end_matches('/').to_owned();
    }

    pub fn set_chaos(&self, chaos: Chaos) {
        *self.state.chaos.lock().expect("proxy lock") = chaos;
    }

    pub fn script(&self, replies: impl IntoIterator<Item = Canned>) {
        self.state
            .script
            .lock()
            .expect("proxy lock")
            .extend(replies);
    }

    pub fn log(&self) -> Vec<Seen> {
        self.state.log.lock().expect("proxy lock").clone()
    }

    pub fn clear_log(&self) {
        self.state.log.lock().expect("proxy lock").clear();
    }
}

struct Forward {
    method: reqwest::Method,
    path_and_query: String,
    headers: HeaderMap,
    body: Bytes,
}

async fn forward(s: &ProxyState, f: &Forward) -> Result<reqwest::Response, reqwest::Error> {
    let upstream = s.upstream.lock().expect("proxy lock").clone();
    let mut req = s
        .http
        .request(f.method.clone(), format!("{upstream}{}", f.path_and_query));
    for (k, v) in &f.headers {
        if k == "host" || k == "content-length" || k == "connection" {
            continue;
        }
        req = req.header(k, v);
    }
    req.body(f.body.clone()).send().await
}

fn lost_reply() -> Response {
    // Headers then a broken body: the client sees the connection fail mid-reply.
    Response::builder()
        .status(StatusCode::OK)
        .header("content-type", "application/json")
        .body(Body::from_stream(futures_util::stream::once(async {
            Err::<Bytes, std::io::Error>(std::io::Error::other("proxy: reply lost"))
        })))
        .expect("response")
}

async fn handle(State(s): State<Arc<ProxyState>>, req: Request) -> Response {
    let at = Instant::now();
    let wall = SystemTime::now();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let path_and_query = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| path.clone());
    let headers = req.headers().clone();
    let body = axum::body::to_bytes(req.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    let record = |status: u16, scripted: bool| {
        s.log.lock().expect("proxy lock").push(Seen {
            at,
            wall,
            method: method.to_string(),
            path: path.clone(),
            status,
            scripted,
        });
    };

    let canned = {
        let mut script = s.script.lock().expect("proxy lock");
        let pos = script.iter().position(|c| path.starts_with(c.path));
        pos.and_then(|i| script.remove(i))
    };
    if let Some(c) = canned {
        record(c.status, true);
        let mut b = Response::builder().status(c.status);
        for (k, v) in &c.headers {
            b = b.header(*k, v);
        }
        return b.body(Body::from(c.body)).expect("canned");
    }

    let f = Arc::new(Forward {
        method: reqwest::Method::from_bytes(method.as_str().as_bytes()).expect("method"),
        path_and_query,
        headers,
        body,
    });
    let chaos = *s.chaos.lock().expect("proxy lock");
    if !chaos.latency.is_zero() {
        let d = chaos.latency.mul_f64(s.draw());
        tokio::time::sleep(d).await;
    }
    if chaos.stale_copy > 0.0 && s.draw() < chaos.stale_copy {
        let s2 = s.clone();
        let f2 = f.clone();
        let wait = Duration::from_millis(50 + (s.draw() * 350.0) as u64);
        tokio::spawn(async move {
            tokio::time::sleep(wait).await;
            if let Ok(r) = forward(&s2, &f2).await {
                let _ = r.bytes().await;
            }
            *s2.stale_delivered.lock().expect("proxy lock") += 1;
        });
    }
    if chaos.duplicate > 0.0 && s.draw() < chaos.duplicate {
        if let Ok(r) = forward(&s, &f).await {
            let _ = r.bytes().await;
        }
        *s.duplicated.lock().expect("proxy lock") += 1;
    }
    let resp = match forward(&s, &f).await {
        Ok(r) => r,
        Err(_) => {
            record(0, false);
            return lost_reply();
        }
    };
    let status = resp.status().as_u16();
    let mut out_headers = HeaderMap::new();
    for (k, v) in resp.headers() {
        if k == "content-length" || k == "transfer-encoding" || k == "connection" {
            continue;
        }
        if let (Ok(k), Ok(v)) = (
            HeaderName::from_bytes(k.as_str().as_bytes()),
            HeaderValue::from_bytes(v.as_bytes()),
        ) {
            out_headers.insert(k, v);
        }
    }
    match resp.bytes().await {
        Ok(b) => {
            record(status, false);
            let mut r = Response::new(Body::from(b));
            *r.status_mut() = StatusCode::from_u16(status).expect("status");
            *r.headers_mut() = out_headers;
            r
        }
        Err(_) => {
            // The marketplace dropped its reply after committing: so do we.
            record(0, false);
            lost_reply()
        }
    }
}
