//! HTML pages: the article text by readability (dom_smoothie), the metadata
//! from meta tags (scraper): site name, published time, title, author, URL.

use super::{from_text, Document, Format, Metadata, Offsets};
use crate::calendar::find_date;
use scraper::{Html, Selector};

/// Reads a page. Readability's scoring walks each element's ancestors and
/// descendants, so its time grows with the square of the nesting depth (a
/// page nested 10,000 deep takes minutes); a page deeper than `max_depth`
/// is read from its paragraphs instead, and the returned warning says so.
pub(super) fn read(
    path: &str,
    id: &str,
    html: &str,
    max_depth: usize,
) -> Result<(Document, Option<String>), String> {
    let parsed = Html::parse_document(html);
    let meta = meta_tags(&parsed);
    let depth = depth(&parsed);
    let (text, warning) = if depth > max_depth {
        (
            paragraphs(&parsed),
            Some(format!(
                "HTML nested {depth} levels deep, more than {max_depth}; article text taken from its paragraphs and headings, without readability"
            )),
        )
    } else {
        let config = dom_smoothie::Config {
            text_mode: dom_smoothie::TextMode::Formatted,
            ..Default::default()
        };
        let text = match dom_smoothie::Readability::new(html, None, Some(config))
            .and_then(|mut r| r.parse())
        {
            Ok(article) => article.text_content.to_string(),
            // Readability gives up on short pages; fall back to the page's
            // paragraphs rather than losing the article.
            Err(_) => paragraphs(&parsed),
        };
        (text, None)
    };
    if text.trim().is_empty() {
        return Err("HTML page without article text".to_string());
    }
    Ok((
        from_text(id, path, Format::Html, Offsets::Text, meta, text),
        warning,
    ))
}

/// The deepest element nesting of a page, without recursion (the tree may
/// be deeper than the stack).
fn depth(doc: &Html) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(doc.tree.root(), 0usize)];
    while let Some((node, d)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(node.children().map(|c| (c, d + 1)));
    }
    deepest
}

fn first_content(doc: &Html, selectors: &[&str]) -> Option<String> {
    for sel in selectors {
        let Ok(selector) = Selector::parse(sel) else {
            continue;
        };
        for el in doc.select(&selector) {
            let value = el
                .value()
                .attr("content")
                .or_else(|| el.value().attr("href"));
            let value = match value {
                Some(v) => v.trim().to_string(),
                None => el.text().collect::<String>().trim().to_string(),
            };
            if !value.is_empty() {
                return Some(value);
            }
        }
    }
    None
}

fn meta_tags(doc: &Html) -> Metadata {
    Metadata {
        source: first_content(
            doc,
            &[
                r#"meta[property="og:site_name"]"#,
                r#"meta[name="application-name"]"#,
                r#"meta[name="publisher"]"#,
            ],
        ),
        title: first_content(
            doc,
            &[
                r#"meta[property="og:title"]"#,
                r#"meta[name="twitter:title"]"#,
                "title",
                "h1",
            ],
        ),
        date: first_content(
            doc,
            &[
                r#"meta[property="article:published_time"]"#,
                r#"meta[name="pubdate"]"#,
                r#"meta[name="date"]"#,
                r#"meta[itemprop="datePublished"]"#,
                "time[datetime]",
            ],
        )
        .as_deref()
        .and_then(find_date)
        .or_else(|| {
            let sel = Selector::parse("time[datetime]").ok()?;
            doc.select(&sel)
                .find_map(|t| t.value().attr("datetime").and_then(find_date))
        }),
        url: first_content(
            doc,
            &[r#"meta[property="og:url"]"#, r#"link[rel="canonical"]"#],
        ),
        author: first_content(
            doc,
            &[
                r#"meta[name="author"]"#,
                r#"meta[property="article:author"]"#,
            ],
        ),
    }
}

fn paragraphs(doc: &Html) -> String {
    let Ok(sel) = Selector::parse("p, h1, h2, h3, li") else {
        return String::new();
    };
    doc.select(&sel)
        .map(|p| {
            p.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
