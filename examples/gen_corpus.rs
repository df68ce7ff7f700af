//! Builds large synthetic corpora for the scale benchmarks from the ECB+
//! dev stories and the seed articles: each synthetic article reuses a real
//! article of one event, drops a few of its sentences, borrows one or two
//! from another article of the same event, reorders them and perturbs some
//! figures. Every record says `"synthetic": true`, its source is
//! `Synthetic Wire N` and its id starts with `syn-`. The output depends on
//! nothing but the arguments (a seeded xorshift per article).
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT_DIR [--sizes 250,500,1000,2000,4000]
//!     [--stories 1000] [--per-story 10] [--seed 1]
//! ```
//!
//! Writes into OUT_DIR:
//! - `story-N.jsonl`: one story of N articles, one record a line (for
//!   `crosscheck compare`);
//! - `batch-SxM.jsonl`: S stories of M articles, one story a line (for
//!   `crosscheck batch`);
//! - `articles-SxM.jsonl`: the same articles one a line, with a `story` key
//!   (for the Spark job, which groups them itself).
//!
//! `--sizes ''` or `--stories 0` skips that part.

use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

/// One real event: its articles, each as sentences.
struct Event {
    name: String,
    articles: Vec<Article>,
}

struct Article {
    base: String,
    date: Option<String>,
    sentences: Vec<String>,
}

/// xorshift64*: small, fast and good enough to shuffle test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, a: u64, b: u64) -> Rng {
        // splitmix64 of the inputs, so that nearby seeds give unrelated streams.
        let mut z = seed
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add(a.wrapping_mul(0xBF58_476D_1CE4_E5B9))
            .wrapping_add(b.wrapping_mul(0x94D0_49BB_1331_11EB))
            .wrapping_add(0x2545_F491_4F6C_DD1D);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out: Option<PathBuf> = None;
    let mut sizes = vec![250, 500, 1000, 2000, 4000];
    let mut stories = 1000;
    let mut per_story = 10;
    let mut seed = 1;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next().cloned().unwrap_or_else(|| {
                eprintln!("gen_corpus: {a} needs a value");
                std::process::exit(2)
            })
        };
        match a.as_str() {
            "--sizes" => {
                sizes = value()
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| number(a, s))
                    .collect()
            }
            "--stories" => stories = number(a, &value()),
            "--per-story" => per_story = number(a, &value()),
            "--seed" => seed = number(a, &value()) as u64,
            _ if a.starts_with('-') => {
                eprintln!("gen_corpus: unknown option {a}");
                std::process::exit(2)
            }
            _ => out = Some(PathBuf::from(a)),
        }
    }
    let Some(out) = out else {
        eprintln!("usage: gen_corpus OUT_DIR [--sizes 250,500,1000,2000,4000] [--stories 1000] [--per-story 10] [--seed 1]");
        std::process::exit(2)
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let events = load_events(root);
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("gen_corpus: cannot create {}: {e}", out.display());
        std::process::exit(1)
    }
    // The single big stories all come from one ECB+ event with many
    // articles, so that they stay one story and their statements align.
    let big = events
        .iter()
        .enumerate()
        .max_by_key(|(i, e)| (e.articles.len(), std::cmp::Reverse(*i)))
        .map(|(i, _)| i)
        .expect("events");
    for &n in &sizes {
        let path = out.join(format!("story-{n}.jsonl"));
        write_lines(
            &path,
            (0..n).map(|k| serde_json::to_string(&article(&events[big], seed, 0, k)).unwrap()),
        );
    }
    if stories > 0 && per_story > 0 {
        let story_id = |s: usize| format!("syn-story-{:05}", s + 1);
        let batch = out.join(format!("batch-{stories}x{per_story}.jsonl"));
        write_lines(
            &batch,
            (0..stories).map(|s| {
                let event = &events[s % events.len()];
                let docs: Vec<_> = (0..per_story)
                    .map(|k| article(event, seed, s as u64 + 1, k))
                    .collect();
                serde_json::to_string(&json!({ "story": story_id(s), "documents": docs })).unwrap()
            }),
        );
        let flat = out.join(format!("articles-{stories}x{per_story}.jsonl"));
        write_lines(
            &flat,
            (0..stories).flat_map(|s| {
                let event = &events[s % events.len()];
                (0..per_story).map(move |k| {
                    let mut a = article(event, seed, s as u64 + 1, k);
                    a["story"] = json!(story_id(s));
                    serde_json::to_string(&a).unwrap()
                })
            }),
        );
    }
}

fn number(flag: &str, s: &str) -> usize {
    s.trim().parse().unwrap_or_else(|_| {
        eprintln!("gen_corpus: {flag}: {s:?} is not a number");
        std::process::exit(2)
    })
}

fn write_lines(path: &Path, lines: impl Iterator<Item = String>) {
    let result = (|| -> std::io::Result<()> {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
        for l in lines {
            f.write_all(l.as_bytes())?;
            f.write_all(b"\n")?;
        }
        f.flush()
    })();
    if let Err(e) = result {
        eprintln!("gen_corpus: cannot write {}: {e}", path.display());
        std::process::exit(1)
    }
    eprintln!("gen_corpus: wrote {}", path.display());
}

/// The ECB+ dev events (one folder each) and the seeds (one event).
fn load_events(root: &Path) -> Vec<Event> {
    let mut events = Vec::new();
    let stories = root.join("tests/fixtures/ecbplus/stories");
    let mut dirs: Vec<PathBuf> = read_dir(&stories)
        .into_iter()
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let articles = read_articles(&dir);
        if !articles.is_empty() {
            events.push(Event {
                name: dir.file_name().unwrap().to_string_lossy().into_owned(),
                articles,
            });
        }
    }
    let seeds = read_articles(&root.join("seeds"));
    if !seeds.is_empty() {
        events.push(Event {
            name: "seeds".into(),
            articles: seeds,
        });
    }
    if events.is_empty() {
        eprintln!("gen_corpus: no articles under {}", root.display());
        std::process::exit(1)
    }
    events
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries.flatten().map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("gen_corpus: cannot read {}: {e}", dir.display());
            std::process::exit(1)
        }
    }
}

fn read_articles(dir: &Path) -> Vec<Article> {
    let mut files: Vec<PathBuf> = read_dir(dir)
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .filter_map(|f| {
            let text = std::fs::read_to_string(f).ok()?;
            let (date, body) = header_date(&text);
            let sentences = sentences(body);
            (sentences.len() >= 2).then(|| Article {
                base: f.file_stem().unwrap().to_string_lossy().into_owned(),
                date,
                sentences,
            })
        })
        .collect()
}

/// The seeds start with ` date YYYY-MM-DD`; keep it as the record's date
/// rather than as text that reordering would move.
fn header_date(text: &str) -> (Option<String>, &str) {
    let t = text.trim_start();
    if let Some(rest) = t.strip_prefix("date ") {
        let d = rest.get(..10).filter(|d| {
            d.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
        });
        if let Some(d) = d {
            return (Some(d.to_string()), &rest[10..]);
        }
    }
    (None, text)
}

/// Lines, then sentences inside a line: a split after `.`, `!` or `?`
/// (and a closing quote) before a space and a capital letter or quote.
/// Rough, which is fine for shuffling.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut start = 0;
        for (w, &(i, c)) in chars.iter().enumerate() {
            if !matches!(c, '.' | '!' | '?') {
                continue;
            }
            let mut j = w + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '”' | '\'' | '’') {
                j += 1;
            }
            let space = j < chars.len() && chars[j].1 == ' ';
            let next_upper = j + 1 < chars.len()
                && (chars[j + 1].1.is_uppercase() || matches!(chars[j + 1].1, '"' | '“'));
            if space && next_upper && i + 1 - start > 20 {
                let end = chars[j].0;
                out.push(line[start..end].trim().to_string());
                start = end;
            }
        }
        let rest = line[start..].trim();
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
    }
    out
}

/// Synthetic article `k` of a story: a base article of the event with
/// about a tenth of its sentences dropped, one or two borrowed from another
/// article of the event, the body reordered (the first sentence, often the
/// headline, stays first) and about one figure in eight changed.
fn article(event: &Event, seed: u64, story: u64, k: usize) -> serde_json::Value {
    let mut rng = Rng::new(seed, story, k as u64);
    let base = &event.articles[k % event.articles.len()];
    let mut body: Vec<&str> = base
        .sentences
        .iter()
        .skip(1)
        .filter(|_| !rng.chance(0.1))
        .map(String::as_str)
        .collect();
    if event.articles.len() > 1 {
        let other =
            &event.articles[(k + 1 + rng.below(event.articles.len() - 1)) % event.articles.len()];
        for _ in 0..1 + rng.below(2) {
            body.push(&other.sentences[rng.below(other.sentences.len())]);
        }
    }
    // Fisher–Yates.
    for i in (1..body.len()).rev() {
        body.swap(i, rng.below(i + 1));
    }
    let mut text = perturb(&base.sentences[0], &mut rng);
    for s in body {
        text.push('\n');
        text.push_str(&perturb(s, &mut rng));
    }
    let mut record = json!({
        "id": format!("syn-{}-{:05}", event.name, k + 1),
        "text": text,
        "source": format!("Synthetic Wire {}", k + 1),
        "title": null,
        "url": format!("https://synthetic.invalid/{}/{}/{}", event.name, base.base, k + 1),
        "synthetic": true,
        "based_on": format!("{}/{}", event.name, base.base),
    });
    if let Some(d) = &base.date {
        record["date"] = json!(d);
    }
    record
}

/// Changes about one figure in eight by 5–25 %, keeping its digits'
/// format. Years and days next to a month name stay, so that dates remain
/// dates.
fn perturb(sentence: &str, rng: &mut Rng) -> String {
    let bytes = sentence.as_bytes();
    let mut out = String::with_capacity(sentence.len() + 8);
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b',' | b'.')
                    && i + 1 < bytes.len()
                    && bytes[i + 1].is_ascii_digit()))
        {
            i += 1;
        }
        let token = &sentence[start..i];
        let word_after = sentence[i..].split_whitespace().next().unwrap_or("");
        let word_before = sentence[..start].split_whitespace().last().unwrap_or("");
        let near_month = [word_before, word_after].iter().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
            crosscheck::calendar::month_number(&w).is_some()
        });
        let plain = token.replace(',', "");
        let Ok(value) = plain.parse::<f64>() else {
            continue;
        };
        let year = !token.contains(['.', ',']) && (1900.0..=2100.0).contains(&value);
        if near_month || year || value < 2.0 || !rng.chance(0.125) {
            continue;
        }
        let factor = 1.0
            + (0.05 + 0.2 * rng.below(1000) as f64 / 1000.0)
                * if rng.chance(0.5) { 1.0 } else { -1.0 };
        let decimals = plain.split('.').nth(1).map_or(0, str::len);
        let mut new = format!("{:.*}", decimals, value * factor);
        if new == plain {
            new = format!("{:.*}", decimals, value + 1.0);
        }
        if token.contains(',') && decimals == 0 {
            new = thousands(&new);
        }
        out.push_str(&sentence[copied..start]);
        out.push_str(&new);
        copied = i;
    }
    out.push_str(&sentence[copied..]);
    out
}

fn thousands(digits: &str) -> String {
    let n = digits.len();
    let mut s = String::with_capacity(n + n / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            s.push(',');
        }
        s.push(c);
    }
    s
}
