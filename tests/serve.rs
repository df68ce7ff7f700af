//! `crosscheck serve` over HTTP, without a browser (the browser check is
//! tests/browser/check_serve.mjs): the page and its token, decisions written
//! through the review file that `crosscheck review` reads and writes, forged
//! and cross-site writes refused, a port in use, `--bind`.
#![cfg(feature = "serve")]

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

#[path = "common/review_run.rs"]
mod review_run;
use review_run::STORY;

fn crosscheck(dir: &Path, args: &[&str]) -> (i32, String, String) {
    review_run::crosscheck_as("cli", dir, args)
}

/// A running `crosscheck serve`, killed when dropped.
struct Served {
    child: Child,
    port: u16,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `crosscheck serve ARGS --port 0` in `dir` and reads the address it
/// prints.
fn serve(dir: &Path, args: &[&str]) -> Served {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["serve", "--port", "0", "--by", "page"])
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start crosscheck serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim();
    assert!(url.starts_with("http://127.0.0.1:"), "address: {url:?}");
    let port = url
        .trim_start_matches("http://127.0.0.1:")
        .trim_end_matches('/')
        .parse()
        .unwrap();
    Served { child, port }
}

/// One HTTP/1.1 request; the status and the body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    if !headers.iter().any(|(k, _)| *k == "Host") {
        request.push_str(&format!("Host: 127.0.0.1:{port}\r\n"));
    }
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// The page's token.
fn token(port: u16) -> String {
    let (status, page) = http(port, "GET", "/", &[], "");
    assert_eq!(status, 200);
    let at = page.find("name=\"crosscheck-token\" content=\"").unwrap() + 33;
    page[at..at + 32].to_string()
}

fn decide(port: u16, token: &str, origin: Option<&str>, body: &Value) -> (u16, String) {
    let own = format!("http://127.0.0.1:{port}");
    let mut headers = vec![
        ("Content-Type", "application/json"),
        ("X-Crosscheck-Token", token),
    ];
    headers.push(("Origin", origin.unwrap_or(&own)));
    http(port, "POST", "/api/decide", &headers, &body.to_string())
}

fn folder() -> (tempfile::TempDir, Vec<String>) {
    review_run::reviewed_folder("cli")
}

fn listed(dir: &Path) -> Value {
    let (code, out, err) = crosscheck(dir, &["review", "r.json", "--format", "json", "--all"]);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap()
}

fn status_of(list: &Value, id: &str) -> String {
    list["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .map(|f| f["status"].as_str().unwrap().to_string())
        .unwrap()
}

#[test]
fn page_and_command_line_write_one_review_file() {
    let (dir, ids) = folder();
    let server = serve(dir.path(), &["r.json"]);
    let token = token(server.port);
    // The page dismisses with a note holding markup.
    let (status, body) = decide(
        server.port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "dismiss", "note": "<b>same</b> vote"}),
    );
    assert_eq!(status, 200, "{body}");
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["previous"], Value::Null);
    assert_eq!(answer["state"]["decisions"][&ids[0]]["by"], "page");
    // `crosscheck review` reads it from the file beside the report.
    let list = listed(dir.path());
    assert_eq!(status_of(&list, &ids[0]), "dismissed");
    // The command line accepts it; the page's state follows the file.
    let (code, _, err) = crosscheck(dir.path(), &["review", "r.json", "--accept", &ids[0]]);
    assert_eq!(code, 0, "{err}");
    let (_, state) = http(server.port, "GET", "/api/state", &[], "");
    let state: Value = serde_json::from_str(&state).unwrap();
    assert_eq!(state["decisions"][&ids[0]]["status"], "accepted");
    assert_eq!(state["decisions"][&ids[0]]["by"], "cli");
    // And the page shows it, note escaped, when reloaded.
    let (_, page) = http(server.port, "GET", "/", &[], "");
    assert!(page.contains("data-status=\"accepted\""));
    // The page re-accepting without a note keeps none; an accept that only
    // changes the status keeps a note the page had written.
    let (status, _) = decide(
        server.port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "dismiss", "note": "<b>same</b> vote"}),
    );
    assert_eq!(status, 200);
    let (_, body) = decide(
        server.port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "accept"}),
    );
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["previous"]["status"], "dismissed");
    assert_eq!(
        answer["state"]["decisions"][&ids[0]]["note"],
        "<b>same</b> vote"
    );
    let (_, page) = http(server.port, "GET", "/", &[], "");
    assert!(page.contains("&lt;b&gt;same&lt;/b&gt; vote"));
    assert!(!page.contains("<b>same</b>"));
    // Undo puts the previous decision back as it was, who and when included.
    let previous = answer["previous"].clone();
    let (_, body) = decide(
        server.port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "restore", "previous": previous}),
    );
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(answer["state"]["decisions"][&ids[0]], previous);
    // Reopen from the page: the CLI lists it open again.
    let (status, _) = decide(
        server.port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "reopen"}),
    );
    assert_eq!(status, 200);
    assert_eq!(status_of(&listed(dir.path()), &ids[0]), "open");
}

#[test]
fn page_and_command_line_writing_at_once_lose_nothing() {
    let (dir, ids) = folder();
    let server = serve(dir.path(), &["r.json", "--all"]);
    let token = token(server.port);
    let all: Vec<String> = listed(dir.path())["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    assert!(all.len() >= 2, "{all:?} ({ids:?} flagged)");
    let port = server.port;
    std::thread::scope(|scope| {
        for (k, id) in all.iter().enumerate() {
            let (token, dir) = (&token, dir.path());
            scope.spawn(move || {
                if k % 2 == 0 {
                    let (status, body) = decide(
                        port,
                        token,
                        None,
                        &serde_json::json!({"finding": id, "action": "accept"}),
                    );
                    assert_eq!(status, 200, "{body}");
                } else {
                    let (code, _, err) = crosscheck(dir, &["review", "r.json", "--dismiss", id]);
                    assert_eq!(code, 0, "{err}");
                }
            });
        }
    });
    let list = listed(dir.path());
    for (k, id) in all.iter().enumerate() {
        let want = if k % 2 == 0 { "accepted" } else { "dismissed" };
        assert_eq!(status_of(&list, id), want, "{id}");
    }
}

#[test]
fn forged_and_cross_site_writes_are_refused_and_change_nothing() {
    let (dir, ids) = folder();
    let server = serve(dir.path(), &["r.json"]);
    let port = server.port;
    let token = token(port);
    let body = serde_json::json!({"finding": ids[0], "action": "dismiss"});
    let review = dir.path().join("crosscheck-review.json");
    // Another site, even holding the token.
    let (status, _) = decide(port, &token, Some("http://evil.example"), &body);
    assert_eq!(status, 403);
    // No token, a wrong one.
    let (status, _) = decide(port, "", None, &body);
    assert_eq!(status, 403);
    let (status, _) = decide(port, &"0".repeat(32), None, &body);
    assert_eq!(status, 403);
    // No Origin at all.
    let (status, _) = http(
        port,
        "POST",
        "/api/decide",
        &[
            ("Content-Type", "application/json"),
            ("X-Crosscheck-Token", &token),
        ],
        &body.to_string(),
    );
    assert_eq!(status, 403);
    // A DNS-rebinding name: no page, no token, no write.
    let host = format!("rebind.example:{port}");
    let (status, page) = http(port, "GET", "/", &[("Host", &host)], "");
    assert_eq!(status, 403);
    assert!(!page.contains(&token));
    // A form post (text/plain, the one a cross-site form can send).
    let (status, _) = http(
        port,
        "POST",
        "/api/decide",
        &[
            ("Content-Type", "text/plain"),
            ("X-Crosscheck-Token", &token),
            ("Origin", &format!("http://127.0.0.1:{port}")),
        ],
        &body.to_string(),
    );
    assert_eq!(status, 415);
    // Too big a body, too long a note, an unknown finding or action.
    let (status, _) = decide(
        port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "dismiss", "note": "x".repeat(70_000)}),
    );
    assert_eq!(status, 413);
    let (status, _) = decide(
        port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "dismiss", "note": "x".repeat(5_000)}),
    );
    assert_eq!(status, 400);
    let (status, _) = decide(
        port,
        &token,
        None,
        &serde_json::json!({"finding": "f-000000000000", "action": "accept"}),
    );
    assert_eq!(status, 404);
    let (status, _) = decide(
        port,
        &token,
        None,
        &serde_json::json!({"finding": ids[0], "action": "delete"}),
    );
    assert_eq!(status, 400);
    // No route reads a path.
    let (status, _) = http(port, "GET", "/../r.json", &[], "");
    assert_eq!(status, 404);
    assert!(!review.exists(), "a refused request wrote the review file");
    // The page itself is sent with a policy that runs only its own script.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET / HTTP/1.1\r\nHost: localhost:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let head = response
        .split("\r\n\r\n")
        .next()
        .unwrap()
        .to_ascii_lowercase();
    assert!(head.contains("content-security-policy: default-src 'none'; script-src 'nonce-"));
    assert!(head.contains("x-frame-options: deny"));
}

#[test]
fn a_port_in_use_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let story = Path::new(env!("CARGO_MANIFEST_DIR")).join(STORY);
    let (code, out, err) = crosscheck(
        dir.path(),
        &["serve", story.to_str().unwrap(), "--port", &port],
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(err.contains(&format!("port {port} is in use")), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_corrupt_review_file_is_named_before_serving() {
    let (dir, _) = folder();
    std::fs::write(dir.path().join("crosscheck-review.json"), "{\"schema\": 1,").unwrap();
    let (code, _, err) = crosscheck(dir.path(), &["serve", "r.json", "--port", "0"]);
    assert_eq!(code, 1);
    assert!(err.contains("crosscheck-review.json"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("crosscheck-review.json")).unwrap(),
        "{\"schema\": 1,"
    );
}

#[test]
fn binding_elsewhere_than_loopback_warns() {
    let (dir, _) = folder();
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["serve", "r.json", "--port", "0", "--bind", "0.0.0.0"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(line.contains("warning: listening on 0.0.0.0"), "{line}");
}
