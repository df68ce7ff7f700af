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
        /// Exit with status 3 when findings of this verdict or worse exist.
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        #[command(flatten)]
        common: Common,
    },
    /// Extract the details of every statement: quantities, dates, entities,
    /// quotes, negations.
    Extract {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        #[command(flatten)]
        common: Common,
    },
    /// Align statements into claims: the claim graph with its edges and scores.
    Align {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        /// json (statements, edges with score parts, claims) or dot (Graphviz).
        #[arg(long, short, value_enum, default_value_t = FormatArg::Json)]
        format: FormatArg,
        #[command(flatten)]
        common: Common,
    },
    /// Group articles into stories: the documents that report one event.
    Stories {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
        format: FormatArg,
        #[command(flatten)]
        common: Common,
    },
    /// Split articles into statements; with --show-dropped, list the lines
    /// removed as metadata or web junk, with the reason.
    Segment {
        /// Files or folders, or - for standard input. With none, the seeds.
        paths: Vec<PathBuf>,
        #[arg(long)]
        show_dropped: bool,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(clap::Args)]
struct Common {
    /// Worker threads (default: all cores). Results do not depend on it.
    #[arg(long)]
    threads: Option<usize>,
    /// Files larger than this many bytes are cut (with a warning).
    #[arg(long, default_value_t = 8 * 1024 * 1024)]
    max_doc_bytes: usize,
    /// How statements are matched: lexical, or hybrid (lexical plus
    /// sentence embeddings; needs the `semantic` build feature and a model).
    #[arg(long, value_enum, default_value_t = SimilarityArg::Lexical)]
    similarity: SimilarityArg,
    /// The sentence-embedding model folder for --similarity hybrid
    /// (default: $CROSSCHECK_MODEL; scripts/fetch_model.sh fetches one).
    #[arg(long, value_name = "DIR")]
    model: Option<PathBuf>,
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
    o
}

fn set_threads(common: &Common) {
    if let Some(n) = common.threads {
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
        Some(path) => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            let tmp = dir.join(format!(
                ".{}.tmp-{}",
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                std::process::id()
            ));
            std::fs::write(&tmp, text).with_context(|| format!("writing {}", tmp.display()))?;
            std::fs::rename(&tmp, path).with_context(|| format!("writing {}", path.display()))?;
        }
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
    Ok(load(paths, common)?.map(|corpus| {
        crosscheck::extract::extract(crosscheck::segment::segment(
            corpus,
            &options(common).segment,
        ))
    }))
}

/// Reads the inputs, reporting problems on stderr; `None` when nothing
/// could be read (the caller exits with FAILURE).
fn load(paths: &[PathBuf], common: &Common) -> Result<Option<crosscheck::ingest::Corpus>> {
    set_threads(common);
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

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Compare {
            paths,
            format,
            out,
            fail_on,
            common,
        } => {
            let Some(corpus) = load(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let comparison = crosscheck::run_corpus(corpus, &options(&common));
            let report = Report::new(&comparison);
            if report.documents.len() < 2 {
                eprintln!(
                    "crosscheck: only one article ({}): nothing to compare; give two or more",
                    report.documents[0].path
                );
            }
            let width = if out.is_none() && std::io::stdout().is_terminal() {
                terminal_width()
            } else {
                None
            };
            let text = match format {
                FormatArg::Table => report::render(
                    &report,
                    report::Format::Table,
                    &report::RenderOptions { width },
                ),
                FormatArg::Markdown => {
                    report::render(&report, report::Format::Markdown, &Default::default())
                }
                FormatArg::Json => {
                    report::render(&report, report::Format::Json, &Default::default())
                }
                FormatArg::Csv => report::render(&report, report::Format::Csv, &Default::default()),
                FormatArg::Html => {
                    report::render(&report, report::Format::Html, &Default::default())
                }
                FormatArg::Dot => report::graph::dot(&comparison.graph),
            };
            emit(out.as_ref(), &text)?;
            let flagged = |v: &str| report.findings.iter().any(|f| f.verdict == v);
            let fail = match fail_on {
                Some(FailOn::Conflict) => flagged("conflict"),
                Some(FailOn::Discrepancy) => flagged("conflict") || flagged("discrepancy"),
                None => false,
            };
            Ok(if fail { exit::FINDINGS } else { exit::OK })
        }
        Command::Extract {
            paths,
            format,
            common,
        } => {
            let Some(extracted) = load_extracted(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let details = report::details::DetailsReport::new(&extracted);
            let text = match format {
                FormatArg::Json => serde_json::to_string_pretty(&details)? + "\n",
                _ => details.to_text(),
            };
            emit(None, &text)?;
            Ok(exit::OK)
        }
        Command::Align {
            paths,
            format,
            common,
        } => {
            let opts = options(&common);
            let Some(extracted) = load_extracted(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let graph = crosscheck::align::align(extracted, &opts.align);
            let text = match format {
                FormatArg::Dot => report::graph::dot(&graph),
                _ => serde_json::to_string_pretty(&report::graph::GraphReport::new(&graph))? + "\n",
            };
            emit(None, &text)?;
            Ok(exit::OK)
        }
        Command::Stories {
            paths,
            format,
            common,
        } => {
            let opts = options(&common);
            let Some(extracted) = load_extracted(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let stories = crosscheck::align::stories::group(&extracted, &opts.align.stories);
            let docs = &extracted.segmented.corpus.documents;
            let text = match format {
                FormatArg::Json => {
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
                _ => {
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
            emit(None, &text)?;
            Ok(exit::OK)
        }
        Command::Segment {
            paths,
            show_dropped,
            common,
        } => {
            let Some(corpus) = load(&paths, &common)? else {
                return Ok(exit::FAILURE);
            };
            let mut text = String::new();
            for (i, doc) in corpus.documents.iter().enumerate() {
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
                for s in crosscheck::segment::segment_document(i, doc, &options(&common).segment) {
                    text.push_str(&format!(
                        "  {} [{}..{}] line {}: {}\n",
                        s.id, s.start, s.end, s.line, s.text
                    ));
                }
            }
            emit(None, &text)?;
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
