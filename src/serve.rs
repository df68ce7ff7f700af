//! Serve: the local review page of `crosscheck serve` — the HTML report's
//! findings table and evidence with a decision cell per finding, on a small
//! blocking HTTP server (tiny_http, no async runtime) bound to 127.0.0.1.
//!
//! ```text
//! GET  /             the page: the review file re-read and applied, rendered
//! GET  /api/state    {"version", "decisions"}: the page polls it to pick up
//!                    decisions written elsewhere (another tab, the CLI)
//! POST /api/decide   {"finding", "action": accept|dismiss|reopen|restore,
//!                    "note"?, "previous"?} with the header X-Crosscheck-Token
//! ```
//!
//! Decisions go through [`crate::review::decide`] and
//! [`crate::review::reopen`], the code `crosscheck review` uses: an exclusive
//! lock, the file re-read under it, an atomic replace. Nothing here is ever
//! read from a path the request names; the routes are fixed.
//!
//! Security of a server on the reviewer's machine, against the web pages the
//! reviewer visits elsewhere:
//! - every request's `Host` must be `localhost` or an IP literal with the
//!   server's port, so a DNS-rebinding name (`evil.example` resolving to
//!   127.0.0.1) gets 403 and never sees the page or its token;
//! - an `Origin`, when sent, must be this server's own; a write must carry
//!   one, and the per-run random token (in the page, so only a page this
//!   server rendered knows it) in `X-Crosscheck-Token`. A cross-site form
//!   cannot set that header, and a cross-site `fetch` with it needs a CORS
//!   pre-flight this server never grants;
//! - request bodies are bounded ([`MAX_BODY`]), notes too ([`MAX_NOTE`]);
//! - the page is sent with a Content-Security-Policy that runs only its own
//!   script (a per-response nonce) and connects only to this server, so
//!   article text, already escaped, could not run even if it slipped through.

use crate::error::Error;
use crate::report::{FindingOut, Report};
use crate::review::{self, Decision, ReviewFile, Status};
use serde::Deserialize;
use std::io::Read;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Largest request body read, in bytes; longer ones get 413.
pub const MAX_BODY: usize = 64 * 1024;

/// Most of a refused request's body read and dropped to keep its
/// connection usable; past it the connection breaks.
const MAX_DRAIN: u64 = 1024 * 1024;

/// Longest note, in characters; longer ones get 400.
pub const MAX_NOTE: usize = 4000;

/// What `crosscheck serve` was asked for.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The address to listen on: 127.0.0.1 unless the reviewer names another.
    pub bind: IpAddr,
    /// The port; 0 lets the system choose a free one.
    pub port: u16,
    /// The review file decisions go to.
    pub review: PathBuf,
    /// Who the decisions are recorded as.
    pub reviewer: String,
}

/// A bound server, ready to [`run`](Server::run).
pub struct Server {
    http: tiny_http::Server,
    addr: SocketAddr,
    app: App,
}

/// What the routes share: the report, the review file, the secrets.
struct App {
    report: Report,
    review: PathBuf,
    reviewer: String,
    token: String,
    port: u16,
}

/// 128 random bits from the operating system, in hex.
fn random_hex() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Io {
        path: "the system's random source".into(),
        source: std::io::Error::other(e.to_string()),
    })?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

impl Server {
    /// Binds the address. A port already in use is an error naming it.
    /// `report` holds the findings to review; their statuses are re-read
    /// from the review file at every request.
    pub fn bind(report: Report, options: &ServeOptions) -> Result<Server, Error> {
        let wanted = SocketAddr::new(options.bind, options.port);
        let listener = TcpListener::bind(wanted).map_err(|e| {
            let message = if e.kind() == std::io::ErrorKind::AddrInUse {
                format!(
                    "port {} is in use on {} (another crosscheck serve?); choose another with --port N, or --port 0 for a free one",
                    options.port, options.bind
                )
            } else {
                format!("cannot listen on {wanted}: {e}")
            };
            Error::Invalid {
                path: wanted.to_string(),
                line: None,
                message,
            }
        })?;
        let addr = listener.local_addr().map_err(|e| Error::Io {
            path: wanted.to_string(),
            source: e,
        })?;
        let http = tiny_http::Server::from_listener(listener, None).map_err(|e| Error::Io {
            path: addr.to_string(),
            source: std::io::Error::other(e.to_string()),
        })?;
        Ok(Server {
            http,
            addr,
            app: App {
                report,
                review: options.review.clone(),
                reviewer: options.reviewer.clone(),
                token: random_hex()?,
                port: addr.port(),
            },
        })
    }

    /// The address bound (with the port the system chose for port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The page's address.
    pub fn url(&self) -> String {
        let host = match self.addr.ip() {
            ip if ip.is_unspecified() => "127.0.0.1".to_string(),
            IpAddr::V6(ip) => format!("[{ip}]"),
            ip => ip.to_string(),
        };
        format!("http://{host}:{}/", self.addr.port())
    }

    /// Answers requests one at a time until `stop` is set (checked every
    /// quarter second), then returns. A request being answered is finished
    /// first, so a decision is either written whole or not at all.
    pub fn run(mut self, stop: &AtomicBool) -> Result<(), Error> {
        while !stop.load(Ordering::SeqCst) {
            match self.http.recv_timeout(Duration::from_millis(250)) {
                Ok(Some(request)) => self.app.answer(request),
                Ok(None) => {}
                Err(e) => {
                    return Err(Error::Io {
                        path: self.addr.to_string(),
                        source: e,
                    })
                }
            }
        }
        Ok(())
    }
}

/// A response before it is sent: status, content type, body.
struct Reply {
    status: u16,
    content_type: &'static str,
    body: Vec<u8>,
    /// The Content-Security-Policy, for the page.
    csp: Option<String>,
}

impl Reply {
    fn json(status: u16, value: &serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json; charset=utf-8",
            body: format!("{value}\n").into_bytes(),
            csp: None,
        }
    }

    fn error(status: u16, message: &str) -> Reply {
        Reply::json(status, &serde_json::json!({ "error": message }))
    }
}

/// A write request's body.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DecideBody {
    finding: String,
    action: String,
    /// The note; absent keeps the note already recorded.
    #[serde(default)]
    note: Option<String>,
    /// For `restore` (undo): the decision to put back, `null` for none.
    #[serde(default)]
    previous: Option<PreviousDecision>,
}

/// A decision as the page had it before its own change (what undo puts
/// back, who and when included).
#[derive(Deserialize)]
struct PreviousDecision {
    status: Status,
    #[serde(default)]
    note: String,
    by: String,
    at: String,
}

fn header<'a>(request: &'a tiny_http::Request, name: &'static str) -> Option<&'a str> {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str())
}

/// Whether a `Host` header names this server in a way no other site can:
/// `localhost` or an IP literal, with this server's port. A DNS name (what
/// a rebinding attack uses) is refused.
fn host_allowed(host: &str, port: u16) -> bool {
    let (name, p) = match host.rsplit_once(':') {
        Some((name, p)) if !name.is_empty() => (name, p),
        _ => return false,
    };
    if p.parse::<u16>().ok() != Some(port) {
        return false;
    }
    let name = name.trim_start_matches('[').trim_end_matches(']');
    name.eq_ignore_ascii_case("localhost") || name.parse::<IpAddr>().is_ok()
}

impl App {
    fn answer(&mut self, mut request: tiny_http::Request) {
        let reply = self.route(&mut request);
        // What a refused request sent is read and dropped (up to a bound),
        // so that the next request on the connection starts where it should.
        let _ = std::io::copy(
            &mut request.as_reader().take(MAX_DRAIN),
            &mut std::io::sink(),
        );
        let mut response = tiny_http::Response::from_data(reply.body)
            .with_status_code(reply.status)
            .with_header(h("Content-Type", reply.content_type))
            .with_header(h("Cache-Control", "no-store"))
            .with_header(h("X-Content-Type-Options", "nosniff"))
            .with_header(h("X-Frame-Options", "DENY"))
            .with_header(h("Referrer-Policy", "no-referrer"))
            .with_header(h("Cross-Origin-Resource-Policy", "same-origin"));
        if let Some(csp) = &reply.csp {
            response = response.with_header(h("Content-Security-Policy", csp));
        }
        // A client gone before the answer is its own business.
        let _ = request.respond(response);
    }

    fn route(&mut self, request: &mut tiny_http::Request) -> Reply {
        let host = header(request, "Host").unwrap_or("").to_string();
        if !host_allowed(&host, self.port) {
            return Reply::error(
                403,
                "refused: the Host header is not this server's (open the address crosscheck serve printed)",
            );
        }
        let origin = header(request, "Origin").map(str::to_string);
        if let Some(o) = &origin {
            if *o != format!("http://{host}") {
                return Reply::error(403, "refused: a request from another site");
            }
        }
        let path = request.url().split('?').next().unwrap_or("").to_string();
        let method = request.method().clone();
        match (&method, path.as_str()) {
            (tiny_http::Method::Get | tiny_http::Method::Head, "/") => self.page(),
            (tiny_http::Method::Get, "/api/state") => match self.load() {
                Ok(file) => Reply::json(200, &state(&file)),
                Err(e) => Reply::error(500, &e.to_string()),
            },
            (tiny_http::Method::Get, "/favicon.ico") => Reply {
                status: 204,
                content_type: "image/x-icon",
                body: Vec::new(),
                csp: None,
            },
            (tiny_http::Method::Post, "/api/decide") => {
                if origin.is_none() {
                    return Reply::error(
                        403,
                        "refused: a write must come from the page (no Origin)",
                    );
                }
                if header(request, "X-Crosscheck-Token") != Some(self.token.as_str()) {
                    return Reply::error(403, "refused: missing or wrong token (reload the page)");
                }
                let json = header(request, "Content-Type").is_some_and(|t| {
                    t.trim()
                        .to_ascii_lowercase()
                        .starts_with("application/json")
                });
                if !json {
                    return Reply::error(415, "a decision is sent as application/json");
                }
                if request.body_length().is_some_and(|n| n > MAX_BODY) {
                    return Reply::error(413, "request body too large");
                }
                let mut body = Vec::new();
                if request
                    .as_reader()
                    .take(MAX_BODY as u64 + 1)
                    .read_to_end(&mut body)
                    .is_err()
                {
                    return Reply::error(400, "could not read the request body");
                }
                if body.len() > MAX_BODY {
                    return Reply::error(413, "request body too large");
                }
                self.decide(&body)
            }
            (_, "/" | "/api/state" | "/api/decide" | "/favicon.ico") => {
                Reply::error(405, "method not allowed")
            }
            _ => Reply::error(404, "not found"),
        }
    }

    fn load(&self) -> Result<ReviewFile, Error> {
        review::load(&self.review)
    }

    /// The page, with the review file as it is now.
    fn page(&mut self) -> Reply {
        let file = match self.load() {
            Ok(f) => f,
            Err(e) => return Reply::error(500, &e.to_string()),
        };
        for f in &mut self.report.findings {
            f.status = "open".into();
            f.decision = None;
        }
        review::apply(&mut self.report, &file, &self.review, true);
        let nonce = match random_hex() {
            Ok(n) => n,
            Err(e) => return Reply::error(500, &e.to_string()),
        };
        let review_file = self.review.display().to_string();
        let html = crate::report::live_page(
            &self.report,
            &crate::report::Live {
                token: &self.token,
                nonce: &nonce,
                reviewer: &self.reviewer,
                review_file: &review_file,
                version: &version(&file),
            },
        );
        Reply {
            status: 200,
            content_type: "text/html; charset=utf-8",
            body: html.into_bytes(),
            csp: Some(format!(
                "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
            )),
        }
    }

    fn finding(&self, id: &str) -> Option<&FindingOut> {
        self.report.findings.iter().find(|f| f.id == id)
    }

    fn decide(&mut self, body: &[u8]) -> Reply {
        let body: DecideBody = match serde_json::from_slice(body) {
            Ok(b) => b,
            Err(e) => return Reply::error(400, &format!("not a decision: {e}")),
        };
        let Some(finding) = self.finding(&body.finding) else {
            return Reply::error(404, &format!("no finding {} on this page", body.finding));
        };
        if body
            .note
            .as_ref()
            .is_some_and(|n| n.chars().count() > MAX_NOTE)
        {
            return Reply::error(400, &format!("a note is at most {MAX_NOTE} characters"));
        }
        let note = body.note.clone().unwrap_or_default();
        let result = match body.action.as_str() {
            "accept" | "dismiss" => {
                let status = if body.action == "accept" {
                    Status::Accepted
                } else {
                    Status::Dismissed
                };
                let decision =
                    Decision::now(&finding.id, status, &note, &self.reviewer, Some(finding));
                review::decide(&self.review, decision, body.note.is_none())
            }
            "reopen" => review::reopen(&self.review, &finding.id),
            "restore" => match &body.previous {
                None => review::reopen(&self.review, &finding.id),
                Some(p) => {
                    if p.note.chars().count() > MAX_NOTE || p.by.len() > 200 || p.at.len() > 64 {
                        return Reply::error(400, "not a decision to restore");
                    }
                    let mut decision =
                        Decision::now(&finding.id, p.status, &p.note, &p.by, Some(finding));
                    decision.at = p.at.clone();
                    review::decide(&self.review, decision, false)
                }
            },
            other => {
                return Reply::error(
                    400,
                    &format!("unknown action {other:?} (accept, dismiss, reopen, restore)"),
                )
            }
        };
        match result {
            Ok((file, previous)) => Reply::json(
                200,
                &serde_json::json!({
                    "state": state(&file),
                    "previous": previous.map(|d| decision_json(&d)),
                }),
            ),
            Err(e) => Reply::error(500, &e.to_string()),
        }
    }
}

fn h(name: &str, value: &str) -> tiny_http::Header {
    // Both are ASCII constants or built from ASCII (hex, the CSP).
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes())
        .unwrap_or_else(|_| tiny_http::Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).unwrap())
}

fn decision_json(d: &Decision) -> serde_json::Value {
    serde_json::json!({ "status": d.status, "note": d.note, "by": d.by, "at": d.at })
}

/// A short digest of the review file's decisions: the page polls it and
/// re-reads the decisions when it changes.
fn version(file: &ReviewFile) -> String {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same file gives the same version.
    let mut hasher = std::hash::DefaultHasher::new();
    for d in &file.decisions {
        (&d.finding, d.status.as_str(), &d.note, &d.by, &d.at).hash(&mut hasher);
    }
    format!("{:016x}", hasher.finish())
}

/// What `/api/state` answers: the version and every decision by finding.
fn state(file: &ReviewFile) -> serde_json::Value {
    let decisions: serde_json::Map<String, serde_json::Value> = file
        .decisions
        .iter()
        .map(|d| (d.finding.clone(), decision_json(d)))
        .collect();
    serde_json::json!({ "version": version(file), "decisions": decisions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_localhost_and_ip_literals_with_the_port_are_this_server() {
        for ok in [
            "127.0.0.1:8484",
            "localhost:8484",
            "LOCALHOST:8484",
            "[::1]:8484",
            "192.168.1.5:8484",
        ] {
            assert!(host_allowed(ok, 8484), "{ok}");
        }
        for bad in [
            "evil.example:8484",
            "127.0.0.1.nip.io:8484",
            "127.0.0.1:8485",
            "127.0.0.1",
            "localhost",
            ":8484",
            "",
            "localhost.:8484",
        ] {
            assert!(!host_allowed(bad, 8484), "{bad}");
        }
    }

    #[test]
    fn the_version_follows_the_decisions() {
        let mut file = ReviewFile::default();
        let empty = version(&file);
        assert_eq!(empty, version(&ReviewFile::default()));
        file.record(Decision::now("f-a", Status::Accepted, "", "ana", None));
        let one = version(&file);
        assert_ne!(one, empty);
        file.decisions[0].note = "why".into();
        assert_ne!(version(&file), one);
    }

    #[test]
    fn tokens_are_random_and_long() {
        let a = random_hex().unwrap();
        assert_eq!(a.len(), 32);
        assert_ne!(a, random_hex().unwrap());
    }
}
