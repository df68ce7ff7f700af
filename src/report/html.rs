//! HTML: one self-contained page (inline CSS and a little vanilla JS, nothing
//! loaded from anywhere) with the summary, the agreement matrix as a coloured
//! grid, a findings table that sorts and filters, each finding's evidence side
//! by side (the value highlighted in every source's statement; for quotes, the
//! words only one quote has), the corroborated claims, the unique claims per
//! source and the problems.
//!
//! Everything is rendered here, on the Rust side; the script only sorts,
//! filters and opens rows, and the page reads fine without it. Every piece of
//! text from the report goes through [`escape`]. The same report gives the
//! same bytes.

use super::{
    clip, label, normalized_brief, FindingOut, Render, RenderOptions, Report, StatementOut,
    ValueOut,
};
use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

pub(super) struct Html;

/// Escapes text for HTML element content and quoted attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const SEVERITIES: [&str; 3] = ["high", "medium", "low"];
const VERDICTS: [&str; 4] = ["conflict", "discrepancy", "compatible", "agree"];
const STATUSES: [&str; 3] = ["open", "accepted", "dismissed"];
const KINDS: [&str; 6] = [
    "quantity",
    "date",
    "entity",
    "quote",
    "polarity",
    "attribution",
];

/// Sort rank of a value in a fixed order (worst first); unknown values last.
fn rank(order: &[&str], v: &str) -> usize {
    order.iter().position(|x| *x == v).unwrap_or(order.len())
}

/// A CSS class suffix for a known value, else `other`.
fn class_of<'a>(order: &[&'a str], v: &str) -> &'a str {
    order.iter().find(|x| **x == v).copied().unwrap_or("other")
}

fn percent(x: f64) -> String {
    format!("{:.0}%", x * 100.0)
}

/// Background of an agreement cell: red (0) through yellow to green (1),
/// grey when the pair shares no claim.
fn agreement_colour(x: Option<f64>) -> String {
    match x {
        Some(x) => format!("hsl({:.0},70%,80%)", x.clamp(0.0, 1.0) * 120.0),
        None => "#e3e3e3".into(),
    }
}

/// Rounds `i` down to a char boundary of `s`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Rounds `i` up to a char boundary of `s`.
fn ceil_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Where the value lies in its statement's text, in bytes of that text: from
/// the byte offsets (both into the document), widened to char boundaries;
/// when they fall outside the statement, the first occurrence of the value's
/// text.
fn value_span(st: &StatementOut, v: &ValueOut) -> Option<(usize, usize)> {
    let text = &st.text;
    let from_offsets = v
        .start
        .checked_sub(st.start)
        .zip(v.end.checked_sub(st.start))
        .filter(|&(s, e)| s < e && e <= text.len())
        .map(|(s, e)| (floor_boundary(text, s), ceil_boundary(text, e)));
    from_offsets.or_else(|| {
        if v.text.is_empty() {
            return None;
        }
        text.find(&v.text).map(|s| (s, s + v.text.len()))
    })
}

/// The statement's text, escaped, with the value in `<mark>`.
fn highlighted(st: &StatementOut, v: &ValueOut) -> String {
    let text = &st.text;
    match value_span(st, v) {
        Some((s, e)) => format!(
            "{}<mark>{}</mark>{}",
            escape(&text[..s]),
            escape(&text[s..e]),
            escape(&text[e..])
        ),
        None => escape(text),
    }
}

/// A word as compared: lower case, letters and digits only.
fn word_key(w: &str) -> String {
    w.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Largest word-by-word comparison done (words × words).
const MAX_DIFF_CELLS: usize = 1 << 20;

/// Which words of `a` and of `b` a longest common subsequence matches.
fn lcs_matched(a: &[String], b: &[String]) -> (Vec<bool>, Vec<bool>) {
    let (n, m) = (a.len(), b.len());
    let mut ma = vec![false; n];
    let mut mb = vec![false; m];
    if n == 0 || m == 0 || n.saturating_mul(m) > MAX_DIFF_CELLS {
        // Too long to compare: nothing is marked.
        return (vec![true; n], vec![true; m]);
    }
    // len[i][j]: LCS length of a[i..] and b[j..].
    let w = m + 1;
    let mut len = vec![0u32; (n + 1) * w];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            len[i * w + j] = if a[i] == b[j] {
                len[(i + 1) * w + j + 1] + 1
            } else {
                len[(i + 1) * w + j].max(len[i * w + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[i] == b[j] {
            ma[i] = true;
            mb[j] = true;
            i += 1;
            j += 1;
        } else if len[(i + 1) * w + j] >= len[i * w + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    (ma, mb)
}

/// The words of each quote, escaped, those no other quote has in
/// `<span class="only">` and those some but not all others have in
/// `<span class="some">`.
fn quote_diff(quotes: &[&str]) -> Vec<String> {
    let words: Vec<Vec<&str>> = quotes
        .iter()
        .map(|q| q.split_whitespace().collect())
        .collect();
    let keys: Vec<Vec<String>> = words
        .iter()
        .map(|ws| ws.iter().map(|w| word_key(w)).collect())
        .collect();
    // matched[i][k]: how many other quotes match word k of quote i.
    let mut matched: Vec<Vec<usize>> = words.iter().map(|ws| vec![0; ws.len()]).collect();
    for i in 0..quotes.len() {
        for j in i + 1..quotes.len() {
            let (mi, mj) = lcs_matched(&keys[i], &keys[j]);
            for (k, m) in mi.into_iter().enumerate() {
                matched[i][k] += m as usize;
            }
            for (k, m) in mj.into_iter().enumerate() {
                matched[j][k] += m as usize;
            }
        }
    }
    let others = quotes.len().saturating_sub(1);
    words
        .iter()
        .enumerate()
        .map(|(i, ws)| {
            ws.iter()
                .enumerate()
                .map(|(k, w)| {
                    let m = matched[i][k];
                    if others == 0 || keys[i][k].is_empty() || m == others {
                        escape(w)
                    } else if m == 0 {
                        format!("<span class=\"only\">{}</span>", escape(w))
                    } else {
                        format!("<span class=\"some\">{}</span>", escape(w))
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A value as written, in curly quotes unless it brings its own.
fn as_written(text: &str) -> String {
    let t = text.trim_start();
    if t.starts_with(['"', '“', '”', '\'', '‘', '«', '„']) {
        escape(text)
    } else {
        format!("“{}”", escape(text))
    }
}

/// A value in a line: as written, then what it was read as (for a quote,
/// who said it).
fn value_brief(kind: &str, v: &ValueOut, max: usize) -> String {
    let written = as_written(&clip(&v.text, max));
    if kind == "quote" {
        let speaker = ["speaker_canonical", "speaker"]
            .iter()
            .find_map(|k| v.normalized.get(*k).and_then(|s| s.as_str()))
            .unwrap_or("unattributed");
        return format!("{written} — {}", escape(speaker));
    }
    let brief = normalized_brief(&v.normalized);
    if brief.is_empty() {
        written
    } else {
        format!("{written} → {}", escape(&brief))
    }
}

/// The words inside a quote value's marks, else its text as written.
fn quote_words(v: &ValueOut) -> &str {
    v.normalized
        .get("quote")
        .and_then(|q| q.as_str())
        .unwrap_or(&v.text)
}

const CSS: &str = r#"
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--soft:#f6f8fa;--mark:#ffe066}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;padding:1rem 1.5rem 3rem;max-width:90rem}
h1{font-size:1.6rem;margin:.2rem 0 .6rem}
h2{font-size:1.25rem;margin:2rem 0 .6rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:1rem 0 .4rem}
p.note{color:var(--muted);margin:.2rem 0 .6rem}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:.6rem 0}
.stat{border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;min-width:7rem;background:var(--soft)}
.stat b{display:block;font-size:1.35rem;line-height:1.2}
.stat span{color:var(--muted);font-size:.85rem}
.stat.conflict b{color:#b3261e}.stat.discrepancy b{color:#a15c00}.stat.compatible b{color:#1f5fa8}.stat.agree b{color:#1d7a35}
table{border-collapse:collapse;margin:.4rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;vertical-align:top;text-align:left}
thead th{background:var(--soft)}
td.num,th.num{text-align:right}
.scroll{overflow-x:auto;max-width:100%}
.matrix{font-size:.92rem}
.matrix td{text-align:center;vertical-align:middle;min-width:5.5rem;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.matrix td.self{background:#f6f6f6;color:var(--muted)}
.matrix td.none{color:var(--muted);font-style:italic}
.matrix th{max-width:14rem;overflow-wrap:anywhere;font-weight:600}
.legend{display:flex;gap:.3rem;align-items:center;font-size:.85rem;color:var(--muted)}
.legend i{display:inline-block;width:1.4rem;height:.9rem;border:1px solid var(--line);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:.4rem 0 .6rem;padding:.5rem .7rem;background:var(--soft);border:1px solid var(--line);border-radius:6px}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}
.filters select,.filters input{font:inherit;font-size:.9rem;padding:.15rem .3rem;min-width:8rem}
.filters .count{margin-left:auto;color:var(--muted);font-size:.9rem}
.filters button{font:inherit;font-size:.85rem}
#findings{width:100%}
#findings thead th{position:sticky;top:0;z-index:1;padding:0}
#findings thead th button{all:unset;display:block;padding:.3rem 1.1rem .3rem .5rem;cursor:pointer;font-weight:600;position:relative}
#findings thead th button:focus-visible{outline:2px solid #0969da}
#findings thead th button::after{content:"↕";position:absolute;right:.3rem;color:#a0a7b0;font-weight:400}
#findings thead th[aria-sort=ascending] button::after{content:"▲";color:var(--fg)}
#findings thead th[aria-sort=descending] button::after{content:"▼";color:var(--fg)}
#findings thead th.plain{padding:.3rem .5rem}
tbody.finding tr.row:hover{background:#f3f7fd}
tbody.finding.filtered{display:none}
html.js tbody.finding:not(.open) tr.evidence{display:none}
button.toggle{font:inherit;font-size:.82rem;cursor:pointer;border:1px solid var(--line);background:#fff;border-radius:4px;padding:.05rem .35rem;white-space:nowrap}
html:not(.js) button.toggle{display:none}
tbody.finding.open button.toggle{background:#ddf4ff}
.pill{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.8rem;font-weight:600;white-space:nowrap;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sev-high{background:#ffd7d5;color:#82071e}.sev-medium{background:#ffe7b3;color:#6f4400}.sev-low{background:#e6ebf1;color:#424a53}
td.status{font-size:.85rem;color:var(--muted)}td.st-accepted{color:#0f5323}td.st-dismissed{color:#6e7781;text-decoration:line-through}
.ver-conflict{background:#ffd7d5;color:#82071e}.ver-discrepancy{background:#ffe7b3;color:#6f4400}.ver-compatible{background:#d8e9fd;color:#0a3069}.ver-agree{background:#d2f4d9;color:#0f5323}
.sev-other,.ver-other{background:#eee;color:#333}
ul.vals{margin:0;padding-left:1rem}
td.expl{max-width:32rem}
td.fid{white-space:nowrap}
tr.evidence>td{background:#fbfcfd;padding:.6rem .7rem}
.ev{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:.6rem}
.src{border:1px solid var(--line);border-radius:6px;padding:.5rem .7rem;background:#fff;min-width:0}
.src h4{margin:0 0 .2rem;font-size:.95rem}
.src .meta{color:var(--muted);font-size:.8rem;margin:0 0 .3rem}
.src blockquote{margin:.3rem 0 0;padding:.2rem .6rem;border-left:3px solid var(--line);overflow-wrap:anywhere}
.src .quote{margin:.4rem 0 0;padding:.3rem .5rem;background:var(--soft);border-radius:4px;overflow-wrap:anywhere}
.src .quote em{font-style:normal;color:var(--muted);font-size:.8rem;display:block}
mark{background:var(--mark);padding:0 .1rem;border-radius:2px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
span.only{background:#ffc9c9;text-decoration:underline;text-decoration-color:#c92a2a;-webkit-print-color-adjust:exact;print-color-adjust:exact}
span.some{background:#ffe8cc;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.rule{color:var(--muted);font-size:.85rem}
details.more{margin-top:.6rem}details.more summary{cursor:pointer;color:var(--muted)}details.more .ev{margin-top:.4rem}
li.more{color:var(--muted);list-style:none}
.claims td .st{margin:.15rem 0}
.claims td .st b{font-weight:600}
ul.problems li.skipped{color:#82071e}
footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}
@media print{
 body{font-size:10pt;max-width:none;padding:0}
 .filters,button.toggle{display:none}
 html.js tbody.finding:not(.open) tr.evidence{display:table-row}
 #findings thead th{position:static}
 #findings thead th button::after{content:none}
 tbody.finding{break-inside:avoid}
 h2{break-after:avoid}
}
"#;

const JS: &str = r#"
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var table = document.getElementById('findings');
  if (!table) { return; }
  var bodies = Array.prototype.slice.call(table.querySelectorAll('tbody.finding'));
  var count = document.getElementById('f-count');
  // Filter select id by its name in the address (?kind=quote&sort=-severity).
  var params = { kind: 'f-kind', verdict: 'f-verdict', severity: 'f-severity', source: 'f-source', status: 'f-status' };
  var ids = Object.keys(params).map(function (k) { return params[k]; });
  var search = document.getElementById('f-search');
  var heads = Array.prototype.slice.call(table.querySelectorAll('thead th[data-col]'));
  var sorted = null; // [th, 1 ascending | -1 descending]
  function value(id) { var el = document.getElementById(id); return el ? el.value : ''; }
  // Keeps the filters, the sort and the current finding in the address
  // (replaceState: no history entry per key press). A file:// page that
  // may not change its address keeps them only until reload.
  function save() {
    var q = [];
    Object.keys(params).forEach(function (k) {
      var v = value(params[k]);
      if (v) { q.push(k + '=' + encodeURIComponent(v)); }
    });
    if (search && search.value) { q.push('q=' + encodeURIComponent(search.value)); }
    if (sorted) { q.push('sort=' + (sorted[1] < 0 ? '-' : '') + encodeURIComponent(sorted[0].textContent.trim())); }
    var cur = table.querySelector('tbody.finding.current');
    if (cur) { q.push('at=' + encodeURIComponent(cur.id)); }
    var url = location.pathname + (q.length ? '?' + q.join('&') : '') + location.hash;
    try { history.replaceState(history.state, '', url); } catch (e) { /* file:// */ }
  }
  function apply() {
    var kind = value('f-kind'), verdict = value('f-verdict');
    var severity = value('f-severity'), source = value('f-source');
    var status = value('f-status');
    var text = search ? search.value.trim().toLowerCase() : '';
    var shown = 0;
    bodies.forEach(function (b) {
      var ok = (!kind || b.getAttribute('data-kind') === kind) &&
        (!verdict || b.getAttribute('data-verdict') === verdict) &&
        (!severity || b.getAttribute('data-severity') === severity) &&
        (!status || b.getAttribute('data-status') === status) &&
        (!source || (' ' + b.getAttribute('data-docs') + ' ').indexOf(' ' + source + ' ') >= 0) &&
        (!text || b.textContent.toLowerCase().indexOf(text) >= 0);
      b.classList.toggle('filtered', !ok);
      if (ok) { shown += 1; }
    });
    if (count) { count.textContent = shown + ' of ' + bodies.length + ' findings shown'; }
    save();
  }
  ids.forEach(function (id) {
    var el = document.getElementById(id);
    if (el) { el.addEventListener('change', apply); }
  });
  if (search) { search.addEventListener('input', apply); }
  var reset = document.getElementById('f-reset');
  if (reset) {
    reset.addEventListener('click', function () {
      ids.forEach(function (id) { var el = document.getElementById(id); if (el) { el.value = ''; } });
      if (search) { search.value = ''; }
      apply();
    });
  }
  function setOpen(b, open) {
    b.classList.toggle('open', open);
    var btn = b.querySelector('button.toggle');
    if (btn) { btn.setAttribute('aria-expanded', open ? 'true' : 'false'); }
  }
  table.addEventListener('click', function (e) {
    var btn = e.target.closest ? e.target.closest('button.toggle') : null;
    if (!btn) { return; }
    var b = btn.closest('tbody');
    setOpen(b, !b.classList.contains('open'));
  });
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.flink') : null;
    if (!a) { return; }
    var b = document.getElementById(a.getAttribute('href').slice(1));
    if (!b) { return; }
    if (b.classList.contains('filtered') && reset) { reset.click(); }
    setOpen(b, true);
  });
  var all = document.getElementById('f-expand');
  if (all) {
    all.addEventListener('click', function () {
      var open = all.getAttribute('aria-pressed') !== 'true';
      all.setAttribute('aria-pressed', open ? 'true' : 'false');
      all.textContent = open ? 'Collapse all evidence' : 'Expand all evidence';
      bodies.forEach(function (b) { setOpen(b, open); });
    });
  }
  function sortBy(th, dir) {
    var col = parseInt(th.getAttribute('data-col'), 10);
    var numeric = th.getAttribute('data-type') === 'num';
    heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    sorted = [th, dir];
    function key(b) {
      var cell = b.rows[0].cells[col];
      var v = cell.hasAttribute('data-v') ? cell.getAttribute('data-v') : cell.textContent;
      return numeric ? parseFloat(v) : v.toLowerCase();
    }
    bodies.slice().sort(function (x, y) {
      var a = key(x), c = key(y);
      var r = a < c ? -1 : a > c ? 1 : 0;
      if (r === 0) { return parseInt(x.getAttribute('data-i'), 10) - parseInt(y.getAttribute('data-i'), 10); }
      return r * dir;
    }).forEach(function (b) { table.appendChild(b); });
    save();
  }
  heads.forEach(function (th) {
    var btn = th.querySelector('button');
    if (!btn) { return; }
    btn.addEventListener('click', function () {
      sortBy(th, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1);
    });
  });
  // The state in the address, from a reload or a shared link.
  var query = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (kv) {
    var i = kv.indexOf('=');
    if (i > 0) {
      try { query[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1).replace(/\+/g, ' ')); } catch (e) { /* bad escape */ }
    }
  });
  Object.keys(params).forEach(function (k) {
    var el = document.getElementById(params[k]);
    if (el && query[k] && Array.prototype.some.call(el.options, function (o) { return o.value === query[k]; })) { el.value = query[k]; }
  });
  if (search && query.q) { search.value = query.q; }
  if (query.sort) {
    var desc = query.sort.charAt(0) === '-';
    var name = desc ? query.sort.slice(1) : query.sort;
    heads.forEach(function (th) { if (th.textContent.trim() === name) { sortBy(th, desc ? -1 : 1); } });
  }
  apply();
  window.crosscheckReport = { table: table, bodies: bodies, apply: apply, setOpen: setOpen, save: save, at: query.at || '' };
}());
"#;

/// The live page's additions to [`CSS`].
const LIVE_CSS: &str = r#"
.svbar{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;padding:.4rem .7rem;background:var(--soft);border:1px solid var(--line);border-radius:6px;position:sticky;top:0;z-index:3}
.svbar button{font:inherit;font-size:.85rem}
#sv-msg{color:#1d7a35;font-size:.9rem;flex:1}
#sv-msg.bad{color:#b3261e;font-weight:600}
.svhelp{font-size:.88rem;padding:.4rem .7rem;border:1px solid var(--line);border-top:0;background:#fff}
kbd{font-family:ui-monospace,monospace;font-size:.8rem;border:1px solid var(--line);border-bottom-width:2px;border-radius:3px;padding:0 .25rem;background:var(--soft)}
body.live #findings thead th{top:2.6rem}
tbody.finding.current tr.row>td{background:#eef5ff}
tbody.finding.current tr.row>td:first-child{box-shadow:inset 4px 0 0 #0969da}
td.status{min-width:12rem}
td.status .st{font-weight:600}
td.status .who{display:block;font-size:.8rem}
td.status .nt{display:block;white-space:pre-wrap;overflow-wrap:anywhere;color:var(--fg)}
td.status .acts{display:flex;flex-wrap:wrap;gap:.2rem;margin-top:.3rem}
td.status .acts button{font:inherit;font-size:.78rem;padding:.05rem .35rem;cursor:pointer}
td.st-accepted .acts button[data-act=accept],td.st-dismissed .acts button[data-act=dismiss]{background:#ddf4ff;border-color:#0969da}
td.st-open .acts button[data-act=reopen]{display:none}
td.status.st-dismissed{text-decoration:none}
td.st-dismissed .st{text-decoration:line-through}
.noted{margin-top:.3rem}
.noted textarea{width:100%;min-height:3.5rem;font:inherit;font-size:.88rem}
.noted .row2{display:flex;flex-wrap:wrap;gap:.2rem;font-size:.78rem;color:var(--muted);align-items:center}
.noted button{font:inherit;font-size:.78rem}
"#;

/// The live page's script, after [`JS`]: the keyboard, the decision
/// buttons, the note editor, undo, and a poll of the review file's
/// version so that decisions made elsewhere (another tab, the command
/// line) show up. Every text it puts in the page goes in as text
/// (`textContent`), never as markup.
const LIVE_JS: &str = r#"
(function () {
  'use strict';
  var R = window.crosscheckReport;
  if (!R) { return; }
  var meta = function (n) { var m = document.querySelector('meta[name="' + n + '"]'); return m ? m.getAttribute('content') : ''; };
  var token = meta('crosscheck-token');
  var version = meta('crosscheck-version');
  var msg = document.getElementById('sv-msg');
  var current = null, cursorOpened = false, undo = [], busy = false;
  function say(text, bad) { msg.textContent = text; msg.classList.toggle('bad', !!bad); }
  function shown() { return Array.prototype.slice.call(R.table.querySelectorAll('tbody.finding:not(.filtered)')); }
  function focusRow(b) {
    if (current === b) { return; }
    if (current) {
      current.classList.remove('current');
      if (cursorOpened) { R.setOpen(current, false); }
    }
    current = b;
    if (!b) { R.save(); return; }
    b.classList.add('current');
    cursorOpened = !b.classList.contains('open');
    R.setOpen(b, true);
    var row = b.rows[0];
    if (row.scrollIntoView) { row.scrollIntoView({ block: 'nearest' }); }
    R.save();
  }
  function move(step) {
    var list = shown();
    if (!list.length) { return; }
    var i = list.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : list.length - 1) : Math.max(0, Math.min(list.length - 1, i + step));
    focusRow(list[i]);
  }
  // Shows one finding's decision (or none) in its row.
  function show(b, d) {
    var status = d ? d.status : 'open';
    b.setAttribute('data-status', status);
    var cell = b.querySelector('td.status');
    cell.className = 'status st-' + status;
    cell.setAttribute('data-v', status);
    cell.querySelector('.st').textContent = status;
    cell.querySelector('.who').textContent = d ? 'by ' + d.by + ' · ' + d.at : '';
    cell.querySelector('.nt').textContent = d ? d.note : '';
  }
  function refresh(state) {
    version = state.version;
    R.bodies.forEach(function (b) { show(b, state.decisions[b.id] || null); });
    R.apply();
  }
  function request(method, url, body) {
    var init = { method: method, cache: 'no-store', credentials: 'same-origin', headers: {} };
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.headers['X-Crosscheck-Token'] = token;
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (j) {
        if (!r.ok) { throw new Error(j.error || ('HTTP ' + r.status)); }
        return j;
      });
    });
  }
  // Sends a decision; on success shows the file as written and moves on.
  function send(b, body, advance, done) {
    if (busy) { return; }
    busy = true;
    var list = shown(), i = list.indexOf(b), next = advance ? list[i + 1] : null;
    request('POST', '/api/decide', body).then(function (j) {
      busy = false;
      if (body.action !== 'restore') { undo.push({ finding: body.finding, previous: j.previous }); }
      refresh(j.state);
      var d = j.state.decisions[body.finding];
      say(body.finding + ': ' + (d ? d.status + (d.note ? ' (note saved)' : '') : 'open') + ' — saved to the review file');
      if (advance) {
        var now = shown();
        if (next && now.indexOf(next) >= 0) { focusRow(next); }
        else if (now.indexOf(b) < 0 && now.length) { focusRow(now[Math.min(i, now.length - 1)]); }
      }
      if (done) { done(); }
    }).catch(function (e) {
      busy = false;
      say('Not saved: ' + e.message, true);
    });
  }
  function decide(b, action, note) {
    if (!b) { say('Choose a finding first (j / k)', true); return; }
    var body = { finding: b.id, action: action };
    if (note !== undefined) { body.note = note; }
    send(b, body, action !== 'reopen' && note === undefined, null);
  }
  function noteEditor(b) {
    if (!b) { say('Choose a finding first (j / k)', true); return; }
    var cell = b.querySelector('td.status');
    var ed = cell.querySelector('.noted');
    if (ed) { ed.querySelector('textarea').focus(); return; }
    ed = document.createElement('div');
    ed.className = 'noted';
    var ta = document.createElement('textarea');
    ta.setAttribute('aria-label', 'Note on ' + b.id);
    ta.maxLength = 4000;
    ta.value = cell.querySelector('.nt').textContent;
    var row2 = document.createElement('div');
    row2.className = 'row2';
    function button(label, act) {
      var x = document.createElement('button');
      x.type = 'button';
      x.textContent = label;
      x.setAttribute('data-note', act);
      row2.appendChild(x);
    }
    button('Accept with note', 'accept');
    button('Dismiss with note', 'dismiss');
    button('Cancel', 'cancel');
    var hint = document.createElement('span');
    hint.textContent = 'Enter saves (an open finding is accepted) · Shift+Enter new line · Esc cancels';
    row2.appendChild(hint);
    ed.appendChild(ta);
    ed.appendChild(row2);
    cell.appendChild(ed);
    focusRow(b);
    ta.focus();
  }
  function closeEditor(ed) { if (ed && ed.parentNode) { ed.parentNode.removeChild(ed); } }
  function saveNote(ed, action) {
    var b = ed.closest('tbody');
    var status = b.getAttribute('data-status');
    var act = action || (status === 'open' ? 'accept' : status);
    send(b, { finding: b.id, action: act, note: ed.querySelector('textarea').value }, false, function () { closeEditor(ed); });
  }
  function undoLast() {
    var u = undo.pop();
    if (!u) { say('Nothing to undo in this tab', true); return; }
    var b = document.getElementById(u.finding);
    send(b, { finding: u.finding, action: 'restore', previous: u.previous }, false, function () {
      if (b) { focusRow(b); }
      say('Undone: ' + u.finding + ' is ' + (u.previous ? u.previous.status : 'open') + ' again');
    });
  }
  R.table.addEventListener('click', function (e) {
    var t = e.target;
    var act = t.closest ? t.closest('button[data-act]') : null;
    var nb = t.closest ? t.closest('button[data-note]') : null;
    var b = t.closest ? t.closest('tbody.finding') : null;
    if (act && b) {
      var a = act.getAttribute('data-act');
      focusRow(b);
      if (a === 'note') { noteEditor(b); } else { decide(b, a); }
    } else if (nb) {
      var ed = nb.closest('.noted');
      if (nb.getAttribute('data-note') === 'cancel') { closeEditor(ed); } else { saveNote(ed, nb.getAttribute('data-note')); }
    } else if (b && !(t.closest && t.closest('a,button,textarea,input,select'))) {
      focusRow(b);
    }
  });
  R.table.addEventListener('keydown', function (e) {
    if (e.target.tagName !== 'TEXTAREA') { return; }
    var ed = e.target.closest('.noted');
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); saveNote(ed, null); }
    else if (e.key === 'Escape') { e.preventDefault(); var b = ed.closest('tbody'); closeEditor(ed); if (b) { b.rows[0].cells[0].focus(); } }
  });
  var help = document.getElementById('sv-help'), keysBtn = document.getElementById('sv-keys');
  function toggleHelp() {
    help.hidden = !help.hidden;
    keysBtn.setAttribute('aria-expanded', help.hidden ? 'false' : 'true');
  }
  keysBtn.addEventListener('click', toggleHelp);
  document.getElementById('sv-undo').addEventListener('click', undoLast);
  document.addEventListener('keydown', function (e) {
    var t = e.target, tag = t && t.tagName;
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (t && t.isContentEditable)) {
      if (e.key === 'Escape' && tag !== 'TEXTAREA') { t.blur(); }
      return;
    }
    var k = e.key, done = true;
    if (k === 'j' || k === 'ArrowDown') { move(1); }
    else if (k === 'k' || k === 'ArrowUp') { move(-1); }
    else if (k === 'a') { decide(current, 'accept'); }
    else if (k === 'd') { decide(current, 'dismiss'); }
    else if (k === 'o') { decide(current, 'reopen'); }
    else if (k === 'n') { noteEditor(current); }
    else if (k === 'u') { undoLast(); }
    else if (k === 'e' && current) { cursorOpened = false; R.setOpen(current, !current.classList.contains('open')); }
    else if (k === '/') { var s = document.getElementById('f-search'); if (s) { s.focus(); } }
    else if (k === '?') { toggleHelp(); }
    else { done = false; }
    if (done) { e.preventDefault(); }
  });
  // Decisions written elsewhere (another tab, `crosscheck review`) show up.
  function poll() {
    if (document.hidden || busy) { return; }
    request('GET', '/api/state').then(function (j) {
      if (j.version !== version) { refresh(j); say('Updated from the review file on disk'); }
    }).catch(function () { say('The server does not answer (stopped?); decisions cannot be saved', true); });
  }
  setInterval(poll, 2000);
  document.addEventListener('visibilitychange', poll);
  window.addEventListener('focus', poll);
  var start = R.at && document.getElementById(R.at);
  if (start && start.classList.contains('finding') && !start.classList.contains('filtered')) { focusRow(start); }
  else { move(1); }
  window.scrollTo(0, 0);
  if (start) { var row = start.rows[0]; if (row.scrollIntoView) { row.scrollIntoView({ block: 'nearest' }); } }
}());
"#;

fn stat(out: &mut String, class: &str, n: impl std::fmt::Display, what: &str) {
    let _ = write!(
        out,
        "<div class=\"stat {class}\"><b>{n}</b><span>{}</span></div>",
        escape(what)
    );
}

fn select(out: &mut String, id: &str, name: &str, options: &[(String, String)]) {
    let _ = write!(
        out,
        "<label for=\"{id}\">{name}<select id=\"{id}\"><option value=\"\">all</option>"
    );
    for (value, text) in options {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            escape(value),
            escape(text)
        );
    }
    out.push_str("</select></label>");
}

/// The distinct values of a field, in the fixed order first, then any others
/// sorted.
fn present(order: &[&str], values: impl Iterator<Item = String>) -> Vec<(String, String)> {
    let mut seen: Vec<String> = values.collect();
    seen.sort_by(|a, b| (rank(order, a), a).cmp(&(rank(order, b), b)));
    seen.dedup();
    seen.into_iter().map(|v| (v.clone(), v)).collect()
}

struct Ctx<'a> {
    r: &'a Report,
    /// The review page of `crosscheck serve`, when rendering it.
    live: Option<&'a Live<'a>>,
    /// Document id → position in `documents`.
    doc_index: BTreeMap<&'a str, usize>,
    /// Statement id → statement (a story of 1,000 articles has 10,000).
    statements: HashMap<&'a str, &'a StatementOut>,
}

impl<'a> Ctx<'a> {
    fn new(r: &'a Report, live: Option<&'a Live<'a>>) -> Ctx<'a> {
        Ctx {
            r,
            live,
            doc_index: r
                .documents
                .iter()
                .enumerate()
                .map(|(i, d)| (d.id.as_str(), i))
                .collect(),
            statements: r.statements.iter().map(|s| (s.id.as_str(), s)).collect(),
        }
    }

    fn doc_label(&self, doc: &str) -> String {
        match self.doc_index.get(doc) {
            Some(&i) => {
                let d = &self.r.documents[i];
                if d.source != d.id {
                    format!("{} ({})", d.source, d.id)
                } else {
                    d.id.clone()
                }
            }
            None => doc.to_string(),
        }
    }

    fn statement(&self, id: &str) -> Option<&'a StatementOut> {
        self.statements.get(id).copied()
    }
}

fn summary(out: &mut String, r: &Report) {
    let s = &r.summary;
    out.push_str("<section id=\"summary\"><div class=\"cards\">");
    stat(out, "", s.documents, "documents");
    stat(out, "", s.statements, "statements");
    stat(out, "", s.claims, "claims");
    stat(out, "", s.corroborated_claims, "corroborated claims");
    stat(out, "", s.unique_claims, "unique claims");
    for v in VERDICTS {
        stat(
            out,
            v,
            s.findings.get(v).copied().unwrap_or(0),
            &format!("{v} findings"),
        );
    }
    stat(
        out,
        "",
        s.consistency.map(percent).unwrap_or_else(|| "n/a".into()),
        "consistency",
    );
    out.push_str("</div><p class=\"note\">Consistency: the share of corroborated claims (carried by two or more sources) without a discrepancy or conflict.</p></section>\n");
}

fn documents(out: &mut String, r: &Report) {
    out.push_str("<section id=\"documents\"><h2>Documents</h2>");
    // A long list folded: laying out 1,000 rows took most of the time the
    // page of a story of 1,000 articles needed to open.
    let folded = r.documents.len() > MAX_GRID;
    if folded {
        let _ = write!(
            out,
            "<details class=\"more\"><summary>{} documents</summary>",
            r.documents.len()
        );
    }
    out.push_str("<table><thead><tr><th>id</th><th>source</th><th>date</th><th>title</th><th class=\"num\">statements</th><th class=\"num\">dropped lines</th><th>path</th></tr></thead><tbody>\n");
    for d in &r.documents {
        let _ = writeln!(
            out,
            "<tr><td class=\"mono\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"mono\">{}</td></tr>",
            escape(&d.id),
            escape(&d.source),
            escape(d.date.as_deref().unwrap_or("—")),
            escape(d.title.as_deref().unwrap_or("—")),
            d.statements,
            d.dropped_lines,
            escape(&d.path)
        );
    }
    out.push_str("</tbody></table>");
    if folded {
        out.push_str("</details>");
    }
    out.push_str("</section>\n");
}

/// Most documents shown as an agreement grid; past it the grid would have
/// a million cells at 1,000 articles, and the report lists only the pairs
/// that share a claim ([`super::ALL_PAIRS_UP_TO`]).
const MAX_GRID: usize = super::ALL_PAIRS_UP_TO;

fn matrix(out: &mut String, r: &Report) {
    out.push_str("<section id=\"agreement\"><h2>Agreement between sources</h2><p class=\"note\">Of the claims two sources share, the share without a discrepancy or conflict between them; grey when they share none.</p>");
    if r.documents.len() < 2 {
        out.push_str("<p>Only one document: nothing to compare.</p></section>\n");
        return;
    }
    if r.documents.len() > MAX_GRID {
        let _ = writeln!(
            out,
            "<p>{} documents: too many for a grid (at most {MAX_GRID}). The JSON report's <code>agreement</code> lists each pair that shares a claim.</p></section>",
            r.documents.len()
        );
        return;
    }
    out.push_str("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th></th>");
    for d in &r.documents {
        let l = label(r, &d.id);
        let _ = write!(
            out,
            "<th scope=\"col\" title=\"{}\">{}</th>",
            escape(&l),
            escape(&clip(&l, 24))
        );
    }
    out.push_str("</tr></thead><tbody>\n");
    for a in &r.documents {
        let la = label(r, &a.id);
        let _ = write!(
            out,
            "<tr><th scope=\"row\" title=\"{}\">{}</th>",
            escape(&la),
            escape(&clip(&la, 24))
        );
        for b in &r.documents {
            if a.id == b.id {
                out.push_str("<td class=\"self\">—</td>");
                continue;
            }
            let pair = r
                .agreement
                .iter()
                .find(|p| (p.a == a.id && p.b == b.id) || (p.a == b.id && p.b == a.id));
            let lb = label(r, &b.id);
            match pair {
                Some(p) if p.agreement.is_some() && p.shared_claims > 0 => {
                    let x = p.agreement.unwrap_or(0.0);
                    let _ = write!(
                        out,
                        "<td style=\"background:{}\" title=\"{} and {}: {} of {} shared claims agree\">{} of {}</td>",
                        agreement_colour(Some(x)),
                        escape(&la),
                        escape(&lb),
                        p.agreeing_claims,
                        p.shared_claims,
                        percent(x),
                        p.shared_claims
                    );
                }
                _ => {
                    let _ = write!(
                        out,
                        "<td class=\"none\" style=\"background:{}\" title=\"{} and {} share no claim\">no shared claim</td>",
                        agreement_colour(None),
                        escape(&la),
                        escape(&lb)
                    );
                }
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table></div><div class=\"legend\">0%");
    for step in 0..=4 {
        let _ = write!(
            out,
            "<i style=\"background:{}\"></i>",
            agreement_colour(Some(step as f64 / 4.0))
        );
    }
    let _ = writeln!(
        out,
        "100% agreement · <i style=\"background:{}\"></i> no shared claim</div></section>",
        agreement_colour(None)
    );
}

fn evidence(out: &mut String, cx: &Ctx, f: &FindingOut) {
    let _ = write!(
        out,
        "<p class=\"rule\">rule <code>{}</code> · {}</p><div class=\"ev\">",
        escape(&f.rule),
        match (&f.claim, &f.fact) {
            (Some(c), _) => format!("claim <a href=\"#claim-{c}\">{c}</a>", c = escape(c)),
            (None, Some(m)) => format!("fact group <span class=\"mono\">{}</span>", escape(m)),
            _ => "across the story".to_string(),
        }
    );
    let diffs = if f.kind == "quote" && f.values.len() >= 2 {
        let quotes: Vec<&str> = f.values.iter().map(quote_words).collect();
        Some(quote_diff(&quotes))
    } else {
        None
    };
    for (k, v) in f.values.iter().enumerate() {
        if k == MAX_SHOWN && f.values.len() > MAX_SHOWN {
            // The rest folded: a finding across 200 sources would lay out
            // 200 boxes when its evidence opens.
            let _ = write!(
                out,
                "</div><details class=\"more\"><summary>{} more sources</summary><div class=\"ev\">",
                f.values.len() - MAX_SHOWN
            );
        }
        let st = cx.statement(&v.statement);
        let _ = write!(
            out,
            "<section class=\"src\"><h4>{}</h4><p class=\"meta\">statement <span class=\"mono\">{}</span>{} · value at bytes {}–{}</p><div>{}</div>",
            escape(&cx.doc_label(&v.doc)),
            escape(&v.statement),
            st.map(|s| format!(" · line {}", s.line)).unwrap_or_default(),
            v.start,
            v.end,
            value_brief(&f.kind, v, 300)
        );
        match st {
            Some(st) => {
                let _ = write!(out, "<blockquote>{}</blockquote>", highlighted(st, v));
            }
            None => out.push_str("<p class=\"meta\">(statement not in the report)</p>"),
        }
        if let Some(d) = diffs.as_ref().and_then(|d| d.get(k)) {
            let _ = write!(
                out,
                "<p class=\"quote\"><em>quote, words no other source has marked</em>{d}</p>"
            );
        }
        out.push_str("</section>");
    }
    out.push_str("</div>");
    if f.values.len() > MAX_SHOWN {
        out.push_str("</details>");
    }
}

/// Most values a finding shows in its row and open in its evidence; the
/// others are one click away (a story of 1,000 articles has findings with
/// hundreds of values).
const MAX_SHOWN: usize = 12;

fn findings(out: &mut String, cx: &Ctx) {
    let r = cx.r;
    out.push_str("<section id=\"findings-section\"><h2>Findings</h2>");
    if r.findings.is_empty() {
        out.push_str("<p>No findings: no claim is carried by two sources with comparable details.</p></section>\n");
        return;
    }
    out.push_str("<p class=\"note\">Click a column header to sort; “evidence” opens each source’s statement with the compared value <mark>highlighted</mark>.</p>");
    out.push_str("<div class=\"filters\" role=\"search\">");
    select(
        out,
        "f-kind",
        "kind",
        &present(&KINDS, r.findings.iter().map(|f| f.kind.clone())),
    );
    select(
        out,
        "f-verdict",
        "verdict",
        &present(&VERDICTS, r.findings.iter().map(|f| f.verdict.clone())),
    );
    select(
        out,
        "f-severity",
        "severity",
        &present(&SEVERITIES, r.findings.iter().map(|f| f.severity.clone())),
    );
    let sources: Vec<(String, String)> = r
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| (i.to_string(), label(r, &d.id)))
        .collect();
    select(out, "f-source", "source", &sources);
    select(
        out,
        "f-status",
        "review",
        &present(&STATUSES, r.findings.iter().map(|f| f.status.clone())),
    );
    out.push_str("<label for=\"f-search\">search<input id=\"f-search\" type=\"search\" placeholder=\"words in the finding\"></label><button type=\"button\" id=\"f-reset\">Clear filters</button><button type=\"button\" id=\"f-expand\" aria-pressed=\"false\">Expand all evidence</button>");
    let _ = write!(
        out,
        "<span class=\"count\" id=\"f-count\" aria-live=\"polite\">{n} of {n} findings shown</span></div>",
        n = r.findings.len()
    );
    out.push_str("<table id=\"findings\"><thead><tr>");
    let heads: [(&str, &str); 8] = [
        ("finding", "text"),
        ("severity", "num"),
        ("verdict", "num"),
        ("kind", "text"),
        ("measure", "text"),
        ("values", "text"),
        ("explanation", "text"),
        ("review", "text"),
    ];
    for (i, (name, ty)) in heads.iter().enumerate() {
        let _ = write!(
            out,
            "<th scope=\"col\" data-col=\"{i}\" data-type=\"{ty}\"><button type=\"button\">{name}</button></th>"
        );
    }
    out.push_str("</tr></thead>\n");
    for (i, f) in r.findings.iter().enumerate() {
        let mut docs: Vec<usize> = f
            .values
            .iter()
            .filter_map(|v| cx.doc_index.get(v.doc.as_str()).copied())
            .collect();
        docs.sort_unstable();
        docs.dedup();
        let docs: Vec<String> = docs.iter().map(|d| d.to_string()).collect();
        let _ = write!(
            out,
            "<tbody class=\"finding\" id=\"{id}\" data-i=\"{i}\" data-kind=\"{kind}\" data-verdict=\"{verdict}\" data-severity=\"{severity}\" data-status=\"{status}\" data-docs=\"{docs}\"><tr class=\"row\">",
            id = escape(&f.id),
            kind = escape(&f.kind),
            verdict = escape(&f.verdict),
            severity = escape(&f.severity),
            status = escape(&f.status),
            docs = docs.join(" ")
        );
        let _ = write!(
            out,
            "<td data-v=\"{id}\" class=\"fid\"><span class=\"mono\">{id}</span><br><button type=\"button\" class=\"toggle\" aria-expanded=\"false\" aria-controls=\"{id}-ev\">evidence</button></td>",
            id = escape(&f.id)
        );
        let _ = write!(
            out,
            "<td data-v=\"{}\"><span class=\"pill sev-{}\">{}</span></td>",
            rank(&SEVERITIES, &f.severity),
            class_of(&SEVERITIES, &f.severity),
            escape(&f.severity)
        );
        let _ = write!(
            out,
            "<td data-v=\"{}\"><span class=\"pill ver-{}\">{}</span></td>",
            rank(&VERDICTS, &f.verdict),
            class_of(&VERDICTS, &f.verdict),
            escape(&f.verdict)
        );
        let _ = write!(out, "<td>{}</td>", escape(&f.kind));
        let _ = write!(
            out,
            "<td class=\"measure\">{}</td><td><ul class=\"vals\">",
            escape(&f.measure)
        );
        for v in f.values.iter().take(MAX_SHOWN) {
            let _ = write!(
                out,
                "<li><b>{}</b>: {}</li>",
                escape(&cx.doc_label(&v.doc)),
                value_brief(&f.kind, v, 80)
            );
        }
        if f.values.len() > MAX_SHOWN {
            let _ = write!(
                out,
                "<li class=\"more\">and {} more sources (in the evidence)</li>",
                f.values.len() - MAX_SHOWN
            );
        }
        let _ = write!(
            out,
            "</ul></td><td class=\"expl\">{}</td>",
            escape(&f.explanation)
        );
        match cx.live {
            None => {
                let _ = write!(
                    out,
                    "<td class=\"status st-{}\">{}</td>",
                    class_of(&STATUSES, &f.status),
                    escape(&super::status_brief(f))
                );
            }
            Some(_) => live_status(out, f),
        }
        let _ = write!(
            out,
            "</tr>\n<tr class=\"evidence\" id=\"{}-ev\"><td colspan=\"{}\">",
            escape(&f.id),
            heads.len()
        );
        evidence(out, cx, f);
        out.push_str("</td></tr></tbody>\n");
    }
    out.push_str("</table></section>\n");
}

fn claims(out: &mut String, cx: &Ctx) {
    let r = cx.r;
    // Claim id → its findings, in report order.
    let mut by_claim: HashMap<&str, Vec<&FindingOut>> = HashMap::new();
    for f in &r.findings {
        if let Some(c) = &f.claim {
            by_claim.entry(c.as_str()).or_default().push(f);
        }
    }
    out.push_str("<section id=\"claims\"><h2>Corroborated claims</h2><p class=\"note\">Claims carried by two or more sources, with each source’s statements.</p>");
    let corroborated: Vec<_> = r.corroborated().collect();
    if corroborated.is_empty() {
        out.push_str("<p>No claim is carried by two sources.</p>");
    } else {
        out.push_str("<table class=\"claims\"><thead><tr><th>claim</th><th>findings</th><th>statements by source</th></tr></thead><tbody>\n");
        for c in corroborated {
            let fs: Vec<String> = by_claim
                .get(c.id.as_str())
                .into_iter()
                .flatten()
                .map(|f| {
                    format!(
                        "<a class=\"mono flink\" href=\"#{id}\">{id}</a> <span class=\"pill ver-{class}\">{verdict}</span>",
                        id = escape(&f.id),
                        class = class_of(&VERDICTS, &f.verdict),
                        verdict = escape(&f.verdict)
                    )
                })
                .collect();
            let _ = write!(
                out,
                "<tr id=\"claim-{}\"><td>{}</td><td>{}</td><td>",
                escape(&c.id),
                escape(&c.id),
                if fs.is_empty() {
                    "—".to_string()
                } else {
                    fs.join("<br>")
                }
            );
            for sid in &c.statements {
                match cx.statement(sid) {
                    Some(s) => {
                        let _ = write!(
                            out,
                            "<div class=\"st\"><b>{}</b>: {}</div>",
                            escape(&cx.doc_label(&s.doc)),
                            escape(&s.text)
                        );
                    }
                    None => {
                        let _ = write!(
                            out,
                            "<div class=\"st\"><span class=\"mono\">{}</span></div>",
                            escape(sid)
                        );
                    }
                }
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("<h3>Claims only one source reports</h3><table><thead><tr><th>source</th><th class=\"num\">unique claims</th></tr></thead><tbody>\n");
    for (doc, n) in &r.summary.unique_by_document {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{n}</td></tr>",
            escape(&cx.doc_label(doc))
        );
    }
    out.push_str("</tbody></table></section>\n");
}

fn problems(out: &mut String, r: &Report) {
    out.push_str("<section id=\"problems\"><h2>Problems with the inputs</h2>");
    if r.problems.is_empty() {
        out.push_str("<p>None: every input was read without warnings.</p>");
    } else {
        out.push_str("<ul class=\"problems\">");
        for p in &r.problems {
            let level = serde_json::to_value(p.level)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = write!(
                out,
                "<li class=\"{}\">{}</li>",
                escape(&level),
                escape(&p.to_string())
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>\n");
}

/// The review applied: counts, and the decisions whose finding is gone.
fn review(out: &mut String, r: &Report) {
    let Some(review) = &r.review else {
        return;
    };
    let _ = write!(
        out,
        "<section id=\"review\"><h2>Review</h2><p>{}</p>",
        escape(&super::review_brief(review))
    );
    if !review.stale.is_empty() {
        out.push_str("<h3>Stale decisions (their finding is gone)</h3><table class=\"claims\"><thead><tr><th>finding</th><th>status</th><th>by</th><th>at</th><th>note</th><th>was</th></tr></thead><tbody>\n");
        for d in &review.stale {
            let _ = writeln!(
                out,
                "<tr><td class=\"mono\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&d.finding),
                d.status.as_str(),
                escape(&d.by),
                escape(&d.at),
                escape(&d.note),
                escape(&d.explanation)
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>\n");
}

/// What the review page of `crosscheck serve` adds to the static report:
/// the decision buttons and the keyboard, and what its script needs to
/// write decisions back.
pub struct Live<'a> {
    /// The per-run secret every write must carry.
    pub token: &'a str,
    /// The per-response nonce that lets the page's own script run under
    /// the Content-Security-Policy.
    pub nonce: &'a str,
    /// Who the decisions are recorded as.
    pub reviewer: &'a str,
    /// The review file, as shown to the reviewer.
    pub review_file: &'a str,
    /// The review file's version when the page was rendered (the page
    /// polls for a change).
    pub version: &'a str,
}

/// The review cell of the live page: status, who and when, the note, and
/// the buttons. Filled in again by the script when decisions change.
fn live_status(out: &mut String, f: &FindingOut) {
    let (who, note) = match &f.decision {
        Some(d) => (format!("by {} · {}", d.by, d.at), d.note.as_str()),
        None => (String::new(), ""),
    };
    let _ = write!(
        out,
        "<td class=\"status st-{class}\" data-v=\"{status}\"><span class=\"st\">{status}</span> <span class=\"who\">{who}</span><span class=\"nt\">{note}</span><div class=\"acts\">\
<button type=\"button\" data-act=\"accept\" title=\"Accept: the finding is real (a)\">Accept</button>\
<button type=\"button\" data-act=\"dismiss\" title=\"Dismiss: a false alarm (d)\">Dismiss</button>\
<button type=\"button\" data-act=\"reopen\" title=\"Reopen: take the decision back (o)\">Reopen</button>\
<button type=\"button\" data-act=\"note\" title=\"Write a note (n)\">Note…</button></div></td>",
        class = class_of(&STATUSES, &f.status),
        status = escape(&f.status),
        who = escape(&who),
        note = escape(note),
    );
}

/// The live page's bar: who decides, where, the keys.
fn live_bar(out: &mut String, live: &Live) {
    let _ = write!(
        out,
        "<div class=\"svbar\" id=\"sv-bar\"><span>Deciding as <b>{}</b> · review file <code>{}</code></span>\
<span id=\"sv-msg\" role=\"status\" aria-live=\"polite\"></span>\
<button type=\"button\" id=\"sv-undo\" title=\"Undo the last decision made in this tab (u)\">Undo</button>\
<button type=\"button\" id=\"sv-keys\" aria-expanded=\"false\" aria-controls=\"sv-help\">Keys (?)</button></div>\
<div id=\"sv-help\" class=\"svhelp\" hidden><b>Keys</b> (not while typing): \
<kbd>j</kbd>/<kbd>↓</kbd> next finding · <kbd>k</kbd>/<kbd>↑</kbd> previous · \
<kbd>a</kbd> accept · <kbd>d</kbd> dismiss · <kbd>o</kbd> reopen · \
<kbd>n</kbd> note (<kbd>Enter</kbd> saves, accepting an open finding; <kbd>Shift</kbd>+<kbd>Enter</kbd> new line; <kbd>Esc</kbd> cancels) · \
<kbd>u</kbd> undo · <kbd>e</kbd> evidence · <kbd>/</kbd> search · <kbd>?</kbd> this help. \
Accept and dismiss move to the next finding. Filters, sort and the current finding are kept in the address, so a reload comes back here.</div>",
        escape(live.reviewer),
        escape(live.review_file),
    );
}

/// The review page served by `crosscheck serve`: the report's findings
/// table and evidence first, with a decision cell per finding, then the
/// rest of the report.
pub fn live_page(r: &Report, live: &Live) -> String {
    page(r, Some(live))
}

fn page(r: &Report, live: Option<&Live>) -> String {
    let cx = Ctx::new(r, live);
    let mut out = String::with_capacity(64 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta name=\"generator\" content=\"{}\">",
        escape(&r.generator)
    );
    if let Some(live) = live {
        let _ = writeln!(
            out,
            "<meta name=\"crosscheck-token\" content=\"{}\">\n<meta name=\"crosscheck-version\" content=\"{}\">",
            escape(live.token),
            escape(live.version)
        );
        out.push_str("<title>crosscheck review</title>\n<style>");
        out.push_str(CSS);
        out.push_str(LIVE_CSS);
        out.push_str(
            "</style>\n</head>\n<body class=\"live\">\n<header><h1>crosscheck review</h1>",
        );
        live_bar(&mut out, live);
        out.push_str("</header>\n<main>\n");
        findings(&mut out, &cx);
        review(&mut out, r);
        summary(&mut out, r);
    } else {
        out.push_str("<title>crosscheck report</title>\n<style>");
        out.push_str(CSS);
        out.push_str(
            "</style>\n</head>\n<body>\n<header><h1>crosscheck report</h1></header>\n<main>\n",
        );
        summary(&mut out, r);
    }
    matrix(&mut out, r);
    if live.is_none() {
        findings(&mut out, &cx);
        review(&mut out, r);
    }
    // The review page leaves out the corroborated claims: a story of 1,000
    // articles has thousands, and laying them out kept the page from
    // opening in a second; the static report has them.
    if live.is_none() {
        claims(&mut out, &cx);
    }
    documents(&mut out, r);
    problems(&mut out, r);
    let _ = write!(
        out,
        "</main>\n<footer>{} · schema {}</footer>\n",
        escape(&r.generator),
        escape(&r.schema)
    );
    match live {
        Some(live) => {
            let _ = write!(out, "<script nonce=\"{}\">", escape(live.nonce));
            out.push_str(JS);
            out.push_str(LIVE_JS);
        }
        None => {
            out.push_str("<script>");
            out.push_str(JS);
        }
    }
    out.push_str("</script>\n</body>\n</html>\n");
    out
}

impl Render for Html {
    fn render(&self, r: &Report, _: &RenderOptions) -> String {
        page(r, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Input;

    fn render(r: &Report) -> String {
        Html.render(r, &RenderOptions::default())
    }

    fn run(articles: &[(&str, &str)]) -> Report {
        let inputs: Vec<Input> = articles
            .iter()
            .map(|(name, text)| Input::Bytes {
                name: name.to_string(),
                bytes: text.as_bytes().to_vec(),
            })
            .collect();
        Report::new(&crate::run(&inputs, &crate::Options::default()).unwrap())
    }

    fn seeds() -> Report {
        Report::new(&crate::run(&crate::seed_inputs(), &crate::Options::default()).unwrap())
    }

    const SCRIPT: &str = "<script>alert(1)</script>";
    const IMG: &str = "\"><img src=x onerror=alert(1)>";

    fn hostile() -> Report {
        let a = format!(
            "source Daily <b>Bold</b> & Co\ntitle Budget {IMG}\n\nThe council approved the budget on Monday by 31 votes to 4, said the mayor {SCRIPT}.\n\n\"We will build new homes for every family,\" the mayor said on Monday.\n"
        );
        let b = format!(
            "The council approved the budget on Monday by 29 votes to 6, said the mayor {IMG}.\n\n\"We will build new homes for all families {SCRIPT},\" the mayor said on Monday.\n"
        );
        run(&[("a.txt", &a), ("b.txt", &b)])
    }

    #[test]
    fn escape_handles_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("plain é text"), "plain é text");
    }

    #[test]
    fn hostile_text_is_shown_as_text() {
        let r = hostile();
        // The hostile strings reached the report, in a compared claim.
        assert!(r.statements.iter().any(|s| s.text.contains(SCRIPT)));
        assert!(r.statements.iter().any(|s| s.text.contains(IMG)));
        // In findings whose evidence shows them, a quote's word diff too.
        assert!(r.findings.iter().any(|f| f.kind == "quantity"));
        assert!(r
            .findings
            .iter()
            .any(|f| f.kind == "quote" && f.values.iter().any(|v| v.text.contains(SCRIPT))));
        assert!(r.documents.iter().any(|d| d.source.contains("<b>")));
        let html = render(&r);
        assert!(!html.contains("<script>alert"), "raw script in the page");
        assert!(!html.contains("<img"), "raw img in the page");
        assert!(!html.contains("<b>Bold"), "raw markup from the header");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        // The page's own script is the only one.
        assert_eq!(html.matches("<script").count(), 1);
        assert_eq!(html.matches("</script>").count(), 1);
    }

    /// Every `src=` or `href=` in the page, with its value.
    fn links(html: &str) -> Vec<String> {
        let lower = html.to_ascii_lowercase();
        let mut out = Vec::new();
        for attr in ["src=", "href="] {
            let mut from = 0;
            while let Some(i) = lower[from..].find(attr) {
                let at = from + i + attr.len();
                out.push(lower[at..].chars().take(40).collect());
                from = at;
            }
        }
        out
    }

    #[test]
    fn loads_nothing_from_the_network() {
        for r in [seeds(), hostile()] {
            let html = render(&r);
            for l in links(&html) {
                // The hostile article's `src=x` shows as text; any real
                // attribute would start with a quote.
                let v = l.trim_start_matches(['"', '\'']);
                assert!(
                    !v.starts_with("http:") && !v.starts_with("https:") && !v.starts_with("//"),
                    "network load: {l}"
                );
            }
            for needle in ["@import", "url(", "<link", "<iframe", "<object", "<embed"] {
                assert!(!html.contains(needle), "{needle}");
            }
        }
    }

    #[test]
    fn contains_every_finding_and_is_stable() {
        let r = seeds();
        let html = render(&r);
        assert!(!r.findings.is_empty());
        for f in &r.findings {
            assert!(html.contains(&format!("id=\"{}\"", f.id)), "{}", f.id);
        }
        assert_eq!(
            html.matches("<tbody class=\"finding\"").count(),
            r.findings.len()
        );
        for c in r.corroborated() {
            assert!(html.contains(&format!("id=\"claim-{}\"", c.id)));
        }
        assert_eq!(html, render(&r));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.ends_with("</html>\n"));
    }

    #[test]
    fn values_are_highlighted_at_their_offsets() {
        let r = seeds();
        let html = render(&r);
        for f in &r.findings {
            for v in &f.values {
                let st = r.statement(&v.statement).unwrap();
                let (s, e) = value_span(st, v).unwrap();
                assert_eq!(&st.text[s..e], v.text);
                assert!(html.contains(&format!("<mark>{}</mark>", escape(&v.text))));
            }
        }
    }

    fn st(text: &str, start: usize) -> StatementOut {
        StatementOut {
            id: "a:1".into(),
            doc: "a".into(),
            text: text.into(),
            start,
            end: start + text.len(),
            line: 1,
            title: false,
        }
    }

    fn val(text: &str, start: usize, end: usize) -> ValueOut {
        ValueOut {
            doc: "a".into(),
            source: "a".into(),
            statement: "a:1".into(),
            text: text.into(),
            start,
            end,
            normalized: serde_json::Value::Null,
        }
    }

    #[test]
    fn highlight_is_safe_at_any_offsets() {
        // "Zoë <b> 5€" at document offset 100; € is three bytes.
        let s = st("Zoë <b> 5€ now", 100);
        let at = |t: &str| 100 + s.text.find(t).unwrap();
        let v = val("5€", at("5€"), at("5€") + "5€".len());
        assert_eq!(highlighted(&s, &v), "Zoë &lt;b&gt; <mark>5€</mark> now");
        // Offsets inside a multi-byte char widen to its boundaries.
        let v = val("€", at("€") + 1, at("€") + 2);
        assert_eq!(highlighted(&s, &v), "Zoë &lt;b&gt; 5<mark>€</mark> now");
        // Offsets outside the statement: found by text, else no mark.
        let v = val("<b>", 3, 6);
        assert_eq!(highlighted(&s, &v), "Zoë <mark>&lt;b&gt;</mark> 5€ now");
        let v = val("absent", 5000, 5006);
        assert_eq!(highlighted(&s, &v), "Zoë &lt;b&gt; 5€ now");
        let v = val("", 90, 5000);
        assert_eq!(highlighted(&s, &v), "Zoë &lt;b&gt; 5€ now");
    }

    #[test]
    fn quote_diff_marks_words_only_one_quote_has() {
        let d = quote_diff(&[
            "Ukraine must be provided with all it needs, <now>",
            "Ukraine needs to be provided with all it needs",
        ]);
        assert_eq!(
            d[0],
            "Ukraine <span class=\"only\">must</span> be provided with all it needs, <span class=\"only\">&lt;now&gt;</span>"
        );
        assert_eq!(
            d[1],
            "Ukraine <span class=\"only\">needs</span> <span class=\"only\">to</span> be provided with all it needs"
        );
        let d = quote_diff(&["a b c", "a b", "a c"]);
        assert_eq!(
            d[0],
            "a <span class=\"some\">b</span> <span class=\"some\">c</span>"
        );
        assert_eq!(quote_diff(&["same words", "Same words!"])[1], "Same words!");
    }

    #[test]
    fn quote_findings_show_the_word_diff() {
        let r = seeds();
        let html = render(&r);
        assert!(r.findings.iter().any(|f| f.kind == "quote"));
        assert!(html.contains("<span class=\"only\">"));
    }
}
