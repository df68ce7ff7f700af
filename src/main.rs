//! The `crosscheck` command: arguments in, rendered report out, and the
//! exit code. The only code that prints.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::ingest::{Input, LineRole};
use crosscheck::report::{self, Report};
use crosscheck::{Error, Options};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit codes.
mod exit {
    /// The run succeeded, whatever it found.
    pub const OK: u8 = 0;
    /// Nothing could be read, or output could not be written.
    pub const FAILURE: u8 = 1;
    /// Bad arguments (clap's own code).
    pub const USAGE: u8 = 2;
    /// `--fail-on` matched findings.
    pub const FINDINGS: u8 = 3;
}

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Compare several articles about one event and flag the details that disagree.",
    arg_required_else_help = true
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compare articles and report corroborated claims and disagreeing details.
    Compare {
        /// Files or folders (.txt, .md, .html, .jsonl, .json), or - for standard
        /// input. With none, the bundled seed articles.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        /// Write the report to this file instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Write the report in every format into this folder
        /// (NAME.txt, .md, .json, .csv, .html, .dot).
        #[arg(long, conflicts_with = "out")]
        out_dir: Option<PathBuf>,
        /// The file name (without extension) of the reports --out-dir writes.
        #[arg(long, default_value = "report", requires = "out_dir")]
        name: String,
        /// Exit with status 3 when findings of this verdict or worse exist
        /// (dismissed findings do not count).
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// The review file to apply (default: crosscheck-review.json beside
        /// the report written with --out/--out-dir, else in the current
        /// folder, when it exists).
        #[arg(long)]
        review: Option<PathBuf>,
        /// Show dismissed findings too.
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        common: Common,
    },
    /// List the flagged findings of a JSON report with their review status,
    /// or record a decision: --accept ID / --dismiss ID with --note, or
    /// --reopen ID to take a decision back.
    Review(ReviewArgs),
    /// Explain why a finding was raised: the aligned statements, their
    /// similarity and its parts, the values with their intervals, the rule.
    Explain {
        /// The finding id (or a prefix only one id has).
        id: String,
        /// The same inputs as the compare run. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Extract the details of every statement: quantities, dates, entities,
    /// quotes, negations.
    Extract {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = ExtractFormat::Table)]
        format: ExtractFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Align statements into claims: the claim graph with its edges and scores.
    Align {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = AlignFormat::Json)]
        format: AlignFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Group articles into stories: the documents that report one event.
    Stories {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = TextFormat::Text)]
        format: TextFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Compare many stories: JSON Lines in on standard input, one story a
    /// line ({"story": "id", "documents": [...]}); one JSON report a line out,
    /// in input order. Exit status 1 when some line gave no report.
    Batch {
        /// Worker threads (default: all cores). Results do not depend on it.
        #[arg(long)]
        threads: Option<usize>,
        /// Lines longer than this many bytes are reported as bad and skipped.
        #[arg(long, default_value_t = 256 * 1024 * 1024)]
        max_story_bytes: usize,
        /// Write the reports to this file (replaced atomically once the
        /// last line is done) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Split articles into statements; with --show-dropped, list the lines
    /// removed as metadata or web junk, with the reason.
    Segment {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long)]
        show_dropped: bool,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Review flagged findings in the browser: a local page with the
    /// report's findings and evidence, where decisions (accept, dismiss,
    /// reopen, a note) are made with the keyboard or buttons and written to
    /// the review file `crosscheck review` uses.
    Serve(ServeArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Articles to compare (files or folders, or - for standard input), or
    /// one JSON report (`compare --format json --out FILE`). With none, the
    /// bundled seeds.
    paths: Vec<PathBuf>,
    /// The review file (default: crosscheck-review.json beside a JSON
    /// report given, else in the current folder).
    #[arg(long)]
    review: Option<PathBuf>,
    /// The port; 0 lets the system choose a free one (the address is
    /// printed on standard output).
    #[arg(long, default_value_t = 8484)]
    port: u16,
    /// Listen on this address instead of 127.0.0.1. Other machines can then
    /// open the page and read the articles (a warning says so).
    #[arg(long, value_name = "ADDR")]
    bind: Option<std::net::IpAddr>,
    /// Open the page in the default browser.
    #[arg(long)]
    open: bool,
    /// Who decides (default: $CROSSCHECK_REVIEWER, else $USER).
    #[arg(long)]
    by: Option<String>,
    /// Review every finding, not only discrepancies and conflicts.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    common: Common,
}

#[derive(clap::Args)]
struct Common {
    /// Worker threads (default: all cores). Results do not depend on it.
    #[arg(long)]
    threads: Option<usize>,
    /// Files larger than this many bytes are cut (with a warning).
    #[arg(long, default_value_t = 8 * 1024 * 1024)]
    max_doc_bytes: usize,
    /// No progress bar (it is shown only when standard error is a terminal).
    #[arg(long, short)]
    quiet: bool,
    /// How statements are matched: lexical, or hybrid (lexical plus
    /// sentence embeddings; needs the `semantic` build feature and a model).
    #[arg(long, value_enum, default_value_t = SimilarityArg::Lexical)]
    similarity: SimilarityArg,
    /// The sentence-embedding model folder for --similarity hybrid
    /// (default: $CROSSCHECK_MODEL; scripts/fetch_model.sh fetches one).
    #[arg(long, value_name = "DIR")]
    model: Option<PathBuf>,
    /// Every input reports one event (a cluster you gathered yourself):
    /// compare them all as one story instead of grouping them by event.
    #[arg(long)]
    one_event: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SimilarityArg {
    Lexical,
    Hybrid,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    Table,
    Markdown,
    Json,
    /// One row per finding value, for spreadsheets.
    Csv,
    /// A self-contained page: sortable, filterable findings with evidence.
    Html,
    /// The claim graph for Graphviz.
    Dot,
}

/// The formats of `extract`.
#[derive(Clone, Copy, ValueEnum)]
enum ExtractFormat {
    Table,
    Json,
    /// One row per detail, for spreadsheets.
    Csv,
}

/// The formats of `align`.
#[derive(Clone, Copy, ValueEnum)]
enum AlignFormat {
    /// Statements, edges with their score parts, claims.
    Json,
    /// The claim graph for Graphviz.
    Dot,
}

/// The formats of `review`'s listing.
#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    /// A table for the terminal.
    Table,
    Json,
}

/// The formats of the commands that print a text or its JSON.
#[derive(Clone, Copy, ValueEnum)]
enum TextFormat {
    /// Plain text for the terminal.
    #[value(alias = "table")]
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Discrepancy,
    Conflict,
}

fn inputs(paths: &[PathBuf]) -> Result<Vec<Input>> {
    if paths.is_empty() {
        return Ok(crosscheck::seed_inputs());
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
            out.push(Input::Bytes {
                name: "stdin".into(),
                bytes,
            });
        } else {
            out.push(Input::Path(p.clone()));
        }
    }
    Ok(out)
}

fn options(common: &Common) -> Options {
    let mut o = Options::default();
    o.ingest.max_doc_bytes = common.max_doc_bytes;
    if common.similarity == SimilarityArg::Hybrid {
        o.align.similarity = crosscheck::align::Similarity::Hybrid;
    }
    o.align.model = common.model.clone();
    o.align.stories.one_event = common.one_event;
    o
}

fn set_threads(threads: Option<usize>) {
    if let Some(n) = threads {
        // Fails only if the pool was already built, which it is not here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global();
    }
}

/// Writes to a file atomically (temporary file, then rename) so that a
/// failure never leaves a truncated report, or to standard output.
fn emit(out: Option<&PathBuf>, text: &str) -> Result<()> {
    match out {
        Some(path) => crosscheck::review::write_atomic(path, text.as_bytes())?,
        None => {
            let mut stdout = std::io::stdout().lock();
            if let Err(e) = stdout
                .write_all(text.as_bytes())
                .and_then(|_| stdout.flush())
            {
                // A closed pipe (`| head`) is not a failure.
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return Err(e).context("writing standard output");
                }
            }
        }
    }
    Ok(())
}

fn report_problems(problems: &[crosscheck::Problem]) {
    for p in problems {
        eprintln!("crosscheck: {p}");
    }
}

/// Reads, segments and extracts the inputs; `None` when nothing could be
/// read.
fn load_extracted(
    paths: &[PathBuf],
    common: &Common,
) -> Result<Option<crosscheck::extract::Extracted>> {
    Ok(load(paths, common)?
        .map(|corpus| crosscheck::extract::extract(segment(corpus, &options(common).segment))))
}

/// Splits the documents into statements and reports on stderr what the
/// splitting had to cut (over-long sentences), which `load` could not know.
fn segment(
    corpus: crosscheck::ingest::Corpus,
    options: &crosscheck::segment::SegmentOptions,
) -> crosscheck::segment::Segmented {
    let before = corpus.problems.clone();
    let segmented = crosscheck::segment::segment(corpus, options);
    let new: Vec<_> = segmented
        .corpus
        .problems
        .iter()
        .filter(|p| !before.contains(p))
        .cloned()
        .collect();
    report_problems(&new);
    segmented
}

/// Reads the inputs, reporting problems on stderr; `None` when nothing
/// could be read (the caller exits with FAILURE).
fn load(paths: &[PathBuf], common: &Common) -> Result<Option<crosscheck::ingest::Corpus>> {
    set_threads(common.threads);
    // A missing model or feature fails before any reading.
    crosscheck::align::semantic::check(&options(common).align)?;
    match crosscheck::ingest::ingest(&inputs(paths)?, &options(common).ingest) {
        Ok(corpus) => {
            report_problems(&corpus.problems);
            Ok(Some(corpus))
        }
        Err(Error::NoDocuments(problems)) => {
            report_problems(&problems);
            eprintln!("crosscheck: error: no article could be read");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// A progress bar on standard error for the stages of a run; hidden when
/// standard error is not a terminal or with --quiet.
struct Progress(indicatif::ProgressBar);

impl Progress {
    fn new(common: &Common) -> Progress {
        let bar = if common.quiet || !std::io::stderr().is_terminal() {
            indicatif::ProgressBar::hidden()
        } else {
            indicatif::ProgressBar::new_spinner()
        };
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg:<12} [{bar:30}] {pos}/{len} {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(120));
        Progress(bar)
    }

    fn stage(&self, name: &'static str, len: u64) {
        self.0.set_message(name);
        self.0.set_length(len);
        self.0.set_position(0);
    }

    fn finish(&self) {
        self.0.finish_and_clear();
    }
}

/// Runs the pipeline stage by stage, showing progress; `None` when nothing
/// could be read.
fn compare(paths: &[PathBuf], common: &Common) -> Result<Option<crosscheck::compare::Comparison>> {
    let progress = Progress::new(common);
    let result = compare_with(paths, common, &progress);
    progress.finish();
    result
}

fn compare_with(
    paths: &[PathBuf],
    common: &Common,
    progress: &Progress,
) -> Result<Option<crosscheck::compare::Comparison>> {
    let opts = options(common);
    progress.stage("reading", paths.len().max(1) as u64);
    let Some(corpus) = load(paths, common)? else {
        return Ok(None);
    };
    progress.stage("segmenting", corpus.documents.len() as u64);
    let segmented = segment(corpus, &opts.segment);
    progress.stage("extracting", segmented.statements.len() as u64);
    let bar = &progress.0;
    let extracted = crosscheck::extract::extract_with_progress(segmented, &|n| bar.inc(n));
    progress.stage("aligning", extracted.segmented.statements.len() as u64);
    let graph = crosscheck::align::align(extracted, &opts.align);
    progress.stage("comparing", graph.claims.len() as u64);
    Ok(Some(crosscheck::compare::compare(
        crosscheck::facts::facts(graph),
    )))
}

fn render(
    report: &Report,
    comparison: &crosscheck::compare::Comparison,
    format: FormatArg,
    options: &report::RenderOptions,
) -> String {
    let format = match format {
        FormatArg::Table => report::Format::Table,
        FormatArg::Markdown => report::Format::Markdown,
        FormatArg::Json => report::Format::Json,
        FormatArg::Csv => report::Format::Csv,
        FormatArg::Html => report::Format::Html,
        FormatArg::Dot => return report::graph::dot(&comparison.graph),
    };
    report::render(report, format, options)
}

/// Applies the review file: the one named, else the default one beside the
/// report or in the current folder when it exists.
fn apply_review(
    report: &mut Report,
    named: Option<&std::path::Path>,
    beside: Option<PathBuf>,
    all: bool,
) -> Result<()> {
    let path = match named {
        Some(p) => {
            if !p.exists() {
                anyhow::bail!(
                    "review file {} does not exist (record a decision with `crosscheck review --accept ID`)",
                    p.display()
                );
            }
            p.to_path_buf()
        }
        None => {
            let p = beside.unwrap_or_else(|| PathBuf::from(crosscheck::review::DEFAULT_FILE));
            if !p.exists() {
                return Ok(());
            }
            p
        }
    };
    let review = crosscheck::review::load(&path)?;
    crosscheck::review::apply(report, &review, &path, all);
    if let Some(r) = &report.review {
        if !r.stale.is_empty() {
            eprintln!(
                "crosscheck: {} review decision{} in {} concern findings no longer raised: {}",
                r.stale.len(),
                if r.stale.len() == 1 { "" } else { "s" },
                path.display(),
                r.stale
                    .iter()
                    .map(|d| d.finding.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    Ok(())
}

#[derive(clap::Args)]
struct ReviewArgs {
    /// A JSON report (`compare --format json`). Needed to list findings;
    /// with it, decisions are checked against its finding ids.
    report: Option<PathBuf>,
    /// The review file (default: crosscheck-review.json beside the
    /// report, else in the current folder).
    #[arg(long)]
    review: Option<PathBuf>,
    /// Mark a finding as real.
    #[arg(long, value_name = "ID", conflicts_with_all = ["dismiss", "reopen"])]
    accept: Option<String>,
    /// Mark a finding as a false alarm; it is hidden from reports unless
    /// --all.
    #[arg(long, value_name = "ID", conflicts_with = "reopen")]
    dismiss: Option<String>,
    /// Remove the decision on a finding.
    #[arg(long, value_name = "ID")]
    reopen: Option<String>,
    /// Why (recorded with the decision).
    #[arg(long, default_value = "")]
    note: String,
    /// Who decides (default: $CROSSCHECK_REVIEWER, else $USER).
    #[arg(long)]
    by: Option<String>,
    /// List every finding, not only discrepancies and conflicts.
    #[arg(long)]
    all: bool,
    #[arg(long, short, value_enum, default_value_t = ListFormat::Table)]
    format: ListFormat,
    /// Write the listing to this file (atomically) instead of standard
    /// output.
    #[arg(long, short)]
    out: Option<PathBuf>,
}

fn reviewer(by: Option<String>) -> String {
    by.or_else(|| std::env::var("CROSSCHECK_REVIEWER").ok())
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// `crosscheck review`: records a decision, or lists findings with their
/// status.
fn review_command(a: ReviewArgs) -> Result<u8> {
    use crosscheck::review::{self, Decision, Status};
    let report: Option<Report> = match &a.report {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            let r: Report = serde_json::from_str(&text).with_context(|| {
                format!(
                    "{}: not a crosscheck JSON report (write one with `crosscheck compare --format json --out FILE`)",
                    path.display()
                )
            })?;
            Some(r)
        }
        None => None,
    };
    let path = a.review.clone().unwrap_or_else(|| match &a.report {
        Some(r) => review::beside(r),
        None => PathBuf::from(review::DEFAULT_FILE),
    });
    // Resolves an id (or a prefix of one) against the report.
    use crosscheck::explain::Lookup;
    let resolve = |id: &str| -> Result<(String, Option<&report::FindingOut>)> {
        let Some(r) = &report else {
            return Ok((id.to_string(), None));
        };
        match crosscheck::explain::lookup(&r.findings, id, |f| &f.id) {
            Lookup::One(one) => Ok((one.id.clone(), Some(one))),
            Lookup::None => anyhow::bail!(
                "no finding {id} in {}",
                a.report
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            ),
            Lookup::Many(many) => anyhow::bail!(
                "{id} is the start of {} finding ids; give more of it",
                many.len()
            ),
        }
    };
    let decision = match (&a.accept, &a.dismiss) {
        (Some(id), _) => Some((id, Status::Accepted)),
        (_, Some(id)) => Some((id, Status::Dismissed)),
        _ => None,
    };
    if let Some((id, status)) = decision {
        let (id, finding) = resolve(id)?;
        let decision = Decision::now(&id, status, &a.note, &reviewer(a.by.clone()), finding);
        review::decide(&path, decision, false)?;
        eprintln!("crosscheck: {id} {} in {}", status.as_str(), path.display());
        return Ok(exit::OK);
    }
    if let Some(id) = &a.reopen {
        let (id, _) = resolve(id)?;
        let (_, removed) = review::reopen(&path, &id)?;
        if removed.is_some() {
            eprintln!("crosscheck: {id} reopened in {}", path.display());
            return Ok(exit::OK);
        }
        eprintln!(
            "crosscheck: error: no decision on {id} in {}",
            path.display()
        );
        return Ok(exit::FAILURE);
    }
    let Some(mut report) = report else {
        anyhow::bail!("give a JSON report to list its findings, or --accept/--dismiss/--reopen ID");
    };
    let decisions = review::load(&path)?;
    review::apply(&mut report, &decisions, &path, true);
    if !a.all {
        report
            .findings
            .retain(|f| f.verdict == "discrepancy" || f.verdict == "conflict");
    }
    let text = match a.format {
        ListFormat::Json => {
            serde_json::to_string_pretty(&serde_json::json!({
                "review": report.review,
                "findings": report.findings,
            }))? + "\n"
        }
        ListFormat::Table => review_list(&report),
    };
    emit(a.out.as_ref(), &text)?;
    Ok(exit::OK)
}

/// The findings to review as a terminal table.
fn review_list(r: &Report) -> String {
    let mut t = comfy_table::Table::new();
    t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
    if let Some(w) = terminal_width() {
        t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
        t.set_width(w);
    }
    t.set_header(vec![
        "finding",
        "severity",
        "verdict",
        "kind",
        "explanation",
        "status",
    ]);
    for f in &r.findings {
        let status = match &f.decision {
            Some(d) => format!("{} by {} {}\n{}", f.status, d.by, d.at, d.note),
            None => f.status.clone(),
        };
        t.add_row(vec![
            f.id.clone(),
            f.severity.clone(),
            f.verdict.clone(),
            f.kind.clone(),
            f.explanation.clone(),
            status,
        ]);
    }
    let mut out = format!("{t}\n");
    if let Some(review) = &r.review {
        let open = r.findings.iter().filter(|f| f.status == "open").count();
        out.push_str(&format!(
            "{} finding{} listed, {open} open. Review file {}: {} decision{}",
            r.findings.len(),
            if r.findings.len() == 1 { "" } else { "s" },
            review.file,
            review.decisions,
            if review.decisions == 1 { "" } else { "s" },
        ));
        if !review.stale.is_empty() {
            out.push_str(&format!(
                "; stale (finding gone): {}",
                review
                    .stale
                    .iter()
                    .map(|d| format!("{} ({})", d.finding, d.status.as_str()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push('\n');
    }
    out
}

/// The report `crosscheck serve` reviews: a saved JSON report when the one
/// path given is one, else the comparison of the inputs; with the review
/// file that goes with it.
#[cfg(feature = "serve")]
fn serve_report(a: &ServeArgs) -> Result<Option<(Report, PathBuf)>> {
    if let [path] = a.paths.as_slice() {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("json"))
            && path.is_file()
        {
            #[derive(serde::Deserialize)]
            struct Probe {
                schema: Option<String>,
            }
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            let is_report = serde_json::from_str::<Probe>(&text)
                .ok()
                .and_then(|p| p.schema)
                .is_some_and(|s| s.starts_with("crosscheck.report/"));
            if is_report {
                let report: Report = serde_json::from_str(&text).with_context(|| {
                    format!(
                        "{}: not a crosscheck JSON report of this version",
                        path.display()
                    )
                })?;
                let review = a
                    .review
                    .clone()
                    .unwrap_or_else(|| crosscheck::review::beside(path));
                return Ok(Some((report, review)));
            }
        }
    }
    let Some(comparison) = compare(&a.paths, &a.common)? else {
        return Ok(None);
    };
    let review = a
        .review
        .clone()
        .unwrap_or_else(|| PathBuf::from(crosscheck::review::DEFAULT_FILE));
    Ok(Some((Report::new(&comparison), review)))
}

/// Set by Ctrl-C: the server finishes the request at hand and stops.
#[cfg(feature = "serve")]
static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `crosscheck serve`: the review page, until Ctrl-C.
#[cfg(feature = "serve")]
fn serve(a: ServeArgs) -> Result<u8> {
    use crosscheck::serve::{ServeOptions, Server};
    let bind = a
        .bind
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST));
    if !bind.is_loopback() {
        eprintln!(
            "crosscheck: warning: listening on {bind}: other machines that reach it can open the page and read the articles (writes still need the page's token)"
        );
    }
    let Some((mut report, review)) = serve_report(&a)? else {
        return Ok(exit::FAILURE);
    };
    if !a.all {
        report
            .findings
            .retain(|f| f.verdict == "discrepancy" || f.verdict == "conflict");
    }
    // A corrupt review file stops here, named, rather than at the first page.
    let decisions = crosscheck::review::load(&review)?;
    let options = ServeOptions {
        bind,
        port: a.port,
        review: review.clone(),
        reviewer: reviewer(a.by.clone()),
    };
    let server = Server::bind(report.clone(), &options)?;
    let url = server.url();
    ctrlc::set_handler(|| STOP.store(true, std::sync::atomic::Ordering::SeqCst))
        .context("installing the Ctrl-C handler")?;
    let decided = report
        .findings
        .iter()
        .filter(|f| decisions.get(&f.id).is_some())
        .count();
    emit(None, &format!("{url}\n"))?;
    eprintln!(
        "crosscheck: reviewing {} finding{} ({decided} decided) at {url} as {}; decisions go to {}. Ctrl-C stops.",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        options.reviewer,
        review.display()
    );
    if a.open {
        open_browser(&url);
    }
    server.run(&STOP)?;
    eprintln!(
        "crosscheck: stopped; the decisions are in {}",
        review.display()
    );
    Ok(exit::OK)
}

#[cfg(not(feature = "serve"))]
fn serve(_: ServeArgs) -> Result<u8> {
    anyhow::bail!(
        "this build of crosscheck has no `serve` (it was built with --no-default-features); rebuild with `cargo build --release`"
    )
}

/// Opens the page in the default browser; a failure is only a warning (the
/// address is printed).
#[cfg(feature = "serve")]
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    let spawned = command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        eprintln!("crosscheck: warning: could not open a browser ({e}); open {url}");
    }
}

/// `crosscheck batch`: stdin to stdout, notices on stderr as they come.
fn batch(threads: Option<usize>, max_story_bytes: usize, out: Option<&PathBuf>) -> Result<u8> {
    set_threads(threads);
    let options = crosscheck::batch::BatchOptions {
        max_story_bytes,
        ..Default::default()
    };
    let notice = |n: &crosscheck::batch::Notice| eprintln!("crosscheck: {n}");
    let result = match out {
        // To a temporary file beside OUT, renamed over it at the end: a
        // failed run leaves OUT as it was.
        Some(path) => {
            let tmp = crosscheck::review::temporary_beside(path);
            let file = std::fs::File::create(&tmp)
                .with_context(|| format!("creating {}", tmp.display()))?;
            let result = crosscheck::batch::run(
                std::io::stdin().lock(),
                std::io::BufWriter::new(&file),
                &options,
                notice,
            );
            let done = result.as_ref().map_err(|e| e.to_string()).and_then(|_| {
                file.sync_all()
                    .and_then(|_| std::fs::rename(&tmp, path))
                    .map_err(|e| e.to_string())
            });
            if let Err(e) = done {
                let _ = std::fs::remove_file(&tmp);
                anyhow::bail!("{}: {e}", path.display());
            }
            result
        }
        None => {
            let stdout = std::io::BufWriter::new(std::io::stdout().lock());
            crosscheck::batch::run(std::io::stdin().lock(), stdout, &options, notice)
        }
    };
    match result {
        Ok(summary) if summary.bad_lines > 0 => {
            eprintln!(
                "crosscheck: {} of {} lines gave no report",
                summary.bad_lines, summary.lines
            );
            Ok(exit::FAILURE)
        }
        Ok(_) => Ok(exit::OK),
        // A closed pipe (`| head`) is not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(exit::OK),
        Err(e) => Err(e).context("batch"),
    }
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Batch {
            threads,
            max_story_bytes,
            out,
        } => batch(threads, max_story_bytes, out.as_ref()),
        Command::Serve(args) => serve(args),
        Command::Compare {
            paths,
            format,
            out,
            out_dir,
            name,
            fail_on,
            review,
            all,
            common,
        } => {
            let Some(comparison) = compare(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let mut report = Report::new(&comparison);
            if report.documents.len() < 2 {
                eprintln!(
                    "crosscheck: only one article ({}): nothing to compare; give two or more",
                    report.documents[0].path
                );
            }
            let beside = out.as_deref().map(crosscheck::review::beside).or_else(|| {
                out_dir
                    .as_ref()
                    .map(|d| d.join(crosscheck::review::DEFAULT_FILE))
            });
            apply_review(&mut report, review.as_deref(), beside, all)?;
            if let Some(dir) = &out_dir {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
                for (ext, format) in [
                    ("txt", FormatArg::Table),
                    ("md", FormatArg::Markdown),
                    ("json", FormatArg::Json),
                    ("csv", FormatArg::Csv),
                    ("html", FormatArg::Html),
                    ("dot", FormatArg::Dot),
                ] {
                    let text = render(&report, &comparison, format, &Default::default());
                    emit(Some(&dir.join(format!("{name}.{ext}"))), &text)?;
                }
            } else {
                let terminal = out.is_none() && std::io::stdout().is_terminal();
                let options = report::RenderOptions {
                    width: if terminal { terminal_width() } else { None },
                    color: terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                };
                emit(
                    out.as_ref(),
                    &render(&report, &comparison, format, &options),
                )?;
            }
            // Dismissed findings are out of `report.findings` unless --all.
            let flagged = |v: &str| {
                report
                    .findings
                    .iter()
                    .any(|f| f.verdict == v && f.status != "dismissed")
            };
            let fail = match fail_on {
                Some(FailOn::Conflict) => flagged("conflict"),
                Some(FailOn::Discrepancy) => flagged("conflict") || flagged("discrepancy"),
                None => false,
            };
            Ok(if fail { exit::FINDINGS } else { exit::OK })
        }
        Command::Review(args) => review_command(args),
        Command::Explain {
            id,
            paths,
            format,
            out,
            common,
        } => {
            let Some(comparison) = compare(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let finding = match crosscheck::explain::find(&comparison, &id) {
                Ok(f) => f,
                Err(message) => {
                    eprintln!("crosscheck: error: {message}");
                    return Ok(exit::FAILURE);
                }
            };
            let explained = crosscheck::explain::explain(&comparison, finding);
            let text = match format {
                TextFormat::Json => serde_json::to_string_pretty(&explained)? + "\n",
                TextFormat::Text => explained.to_text(),
            };
            emit(out.as_ref(), &text)?;
            Ok(exit::OK)
        }
        Command::Extract {
            paths,
            format,
            out,
            common,
        } => {
            let Some(extracted) = load_extracted(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let details = report::details::DetailsReport::new(&extracted);
            let text = match format {
                ExtractFormat::Json => serde_json::to_string_pretty(&details)? + "\n",
                ExtractFormat::Csv => details.to_csv(),
                ExtractFormat::Table => details.to_text(),
            };
            emit(out.as_ref(), &text)?;
            Ok(exit::OK)
        }
        Command::Align {
            paths,
            format,
            out,
            common,
        } => {
            let opts = options(&common);
            let Some(extracted) = load_extracted(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let graph = crosscheck::align::align(extracted, &opts.align);
            let text = match format {
                AlignFormat::Dot => report::graph::dot(&graph),
                AlignFormat::Json => {
                    serde_json::to_string_pretty(&report::graph::GraphReport::new(&graph))? + "\n"
                }
            };
            emit(out.as_ref(), &text)?;
            Ok(exit::OK)
        }
        Command::Stories {
            paths,
            format,
            out,
            common,
        } => {
            let opts = options(&common);
            let Some(extracted) = load_extracted(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let stories = crosscheck::align::stories::group(&extracted, &opts.align.stories);
            let docs = &extracted.segmented.corpus.documents;
            let text = match format {
                TextFormat::Json => {
                    let value: Vec<serde_json::Value> = stories
                        .iter()
                        .enumerate()
                        .map(|(k, ds)| {
                            serde_json::json!({
                                "id": format!("s{}", k + 1),
                                "docs": ds.iter().map(|&d| docs[d].id.clone()).collect::<Vec<_>>(),
                            })
                        })
                        .collect();
                    serde_json::to_string_pretty(
                        &serde_json::json!({ "schema": "crosscheck.stories/1", "stories": value }),
                    )? + "\n"
                }
                TextFormat::Text => {
                    let mut t = String::new();
                    for (k, ds) in stories.iter().enumerate() {
                        t.push_str(&format!("s{} ({} documents)\n", k + 1, ds.len()));
                        for &d in ds {
                            t.push_str(&format!(
                                "  {}  {}  {}\n",
                                docs[d].id,
                                docs[d]
                                    .meta
                                    .date
                                    .map(|x| x.to_string())
                                    .unwrap_or_else(|| "----------".into()),
                                docs[d].meta.title.as_deref().unwrap_or("")
                            ));
                        }
                    }
                    t
                }
            };
            emit(out.as_ref(), &text)?;
            Ok(exit::OK)
        }
        Command::Segment {
            paths,
            show_dropped,
            out,
            common,
        } => {
            let Some(corpus) = load(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let segmented = segment(corpus, &options(&common).segment);
            let mut text = String::new();
            for (i, doc) in segmented.corpus.documents.iter().enumerate() {
                text.push_str(&format!(
                    "== {} ({}; source {}; date {}; title {})\n",
                    doc.id,
                    doc.path,
                    doc.source_name(),
                    doc.meta
                        .date
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "unknown".into()),
                    doc.meta.title.as_deref().unwrap_or("none")
                ));
                if show_dropped {
                    for line in &doc.lines {
                        if let LineRole::Dropped(reason) = &line.role {
                            text.push_str(&format!(
                                "  - line {:>3} dropped, {}: {}\n",
                                line.number,
                                reason,
                                doc.line_text(line)
                            ));
                        }
                    }
                }
                for s in segmented.statements_of(i) {
                    text.push_str(&format!(
                        "  {} [{}..{}] line {}: {}\n",
                        s.id, s.start, s.end, s.line, s.text
                    ));
                }
            }
            emit(out.as_ref(), &text)?;
            Ok(exit::OK)
        }
    }
}

/// The terminal's width, from COLUMNS or the terminal itself (comfy-table
/// asks the terminal).
fn terminal_width() -> Option<u16> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .or_else(|| comfy_table::Table::new().width())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("crosscheck: error: {e:#}");
            ExitCode::from(exit::FAILURE)
        }
    }
}
