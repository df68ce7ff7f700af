//! Stories: documents of a mixed folder grouped by the event they report,
//! so that statements align only within a story and two earthquakes (or two
//! rehab check-ins) never meet.
//!
//! Document similarity combines the TF-IDF cosine of the documents' stemmed
//! words (IDF over the documents; headline words count twice) with the
//! rarity-weighted overlap of their entities, and the publication dates: a
//! story is days, not years. Documents are grouped by average-link merging
//! above a threshold, so one bridging document cannot chain two events.

use super::score::cosine;
use super::words::content_stems;
use crate::extract::{DetailKind, Extracted, Normalized};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Story grouping settings.
#[derive(Debug, Clone)]
pub struct StoryOptions {
    /// Minimum average similarity for two groups to merge. Default 0.12.
    pub threshold: f64,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions { threshold: 0.12 }
    }
}

/// The similarity of two documents and its parts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct DocScore {
    pub total: f64,
    pub words: f64,
    pub entities: f64,
    /// Multiplier from the publication dates (1 when unknown).
    pub dates: f64,
}

struct DocProfile {
    words: Vec<(u32, f64)>,
    entities: Vec<(u32, f64)>,
    date: Option<jiff::civil::Date>,
}

fn tfidf(counts: &HashMap<u32, f64>, df: &[u32], n: f64) -> Vec<(u32, f64)> {
    let mut v: Vec<(u32, f64)> = counts
        .iter()
        .map(|(&id, &f)| (id, (1.0 + f.ln()) * (1.0 + n / df[id as usize] as f64).ln()))
        .collect();
    v.sort_by_key(|(id, _)| *id);
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt().max(1e-12);
    v.iter_mut().for_each(|(_, w)| *w /= norm);
    v.sort_by_key(|(id, _)| *id);
    v
}

#[derive(Default)]
struct Vocab {
    ids: HashMap<String, u32>,
}

impl Vocab {
    fn id(&mut self, w: &str) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(w.to_string()).or_insert(next)
    }
}

fn profiles(extracted: &Extracted) -> Vec<DocProfile> {
    let seg = &extracted.segmented;
    let n_docs = seg.corpus.documents.len();
    let mut words: Vec<HashMap<u32, f64>> = vec![HashMap::new(); n_docs];
    let mut ents: Vec<HashMap<u32, f64>> = vec![HashMap::new(); n_docs];
    let (mut wv, mut ev) = (Vocab::default(), Vocab::default());
    for (i, s) in seg.statements.iter().enumerate() {
        let weight = if s.title { 2.0 } else { 1.0 };
        for w in content_stems(&s.text) {
            *words[s.doc].entry(wv.id(&w)).or_insert(0.0) += weight;
        }
        for d in &extracted.details[i] {
            if let (DetailKind::Entity, Normalized::Entity(e)) = (d.kind, &d.normalized) {
                *ents[s.doc]
                    .entry(ev.id(&e.canonical.to_lowercase()))
                    .or_insert(0.0) += weight;
            }
        }
    }
    let df = |maps: &[HashMap<u32, f64>], size: usize| {
        let mut df = vec![0u32; size];
        for m in maps {
            for id in m.keys() {
                df[*id as usize] += 1;
            }
        }
        df
    };
    let (wdf, edf) = (df(&words, wv.ids.len()), df(&ents, ev.ids.len()));
    let n = n_docs as f64;
    (0..n_docs)
        .map(|d| DocProfile {
            words: tfidf(&words[d], &wdf, n),
            entities: tfidf(&ents[d], &edf, n),
            date: seg.corpus.documents[d].meta.date,
        })
        .collect()
}

fn score(a: &DocProfile, b: &DocProfile) -> DocScore {
    let words = cosine(&a.words, &b.words);
    let entities = cosine(&a.entities, &b.entities);
    // Reports of one event are published within days of each other; the
    // same kind of event years apart is another story.
    let dates = match (a.date, b.date) {
        (Some(x), Some(y)) => {
            let days = (x.duration_since(y).as_secs() / 86_400).unsigned_abs() as f64;
            if days <= 14.0 {
                1.0
            } else if days <= 90.0 {
                0.8
            } else {
                0.4
            }
        }
        _ => 1.0,
    };
    DocScore {
        total: (0.6 * words + 0.4 * entities) * dates,
        words,
        entities,
        dates,
    }
}

/// Groups the documents into stories; each story lists document indices in
/// order, stories ordered by their first document.
pub fn group(extracted: &Extracted, options: &StoryOptions) -> Vec<Vec<usize>> {
    let p = profiles(extracted);
    let n = p.len();
    let mut sims: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            let s = score(&p[a], &p[b]).total;
            if s > 0.0 {
                sims.insert((a, b), s);
                pairs.push((s, a, b));
            }
        }
    }
    pairs.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut cluster: Vec<usize> = (0..n).collect();
    let mut members: BTreeMap<usize, Vec<usize>> = (0..n).map(|i| (i, vec![i])).collect();
    // Repeated passes: an average link can rise after other merges.
    loop {
        let mut merged = false;
        for &(s, a, b) in &pairs {
            if s < options.threshold {
                break;
            }
            let (ca, cb) = (cluster[a], cluster[b]);
            if ca == cb {
                continue;
            }
            let (ma, mb) = (&members[&ca], &members[&cb]);
            let mut sum = 0.0;
            for &x in ma {
                for &y in mb {
                    sum += sims.get(&(x.min(y), x.max(y))).copied().unwrap_or(0.0);
                }
            }
            if sum / (ma.len() * mb.len()) as f64 >= options.threshold {
                let (keep, gone) = (ca.min(cb), ca.max(cb));
                let moved = members.remove(&gone).unwrap_or_default();
                for &m in &moved {
                    cluster[m] = keep;
                }
                members.entry(keep).or_default().extend(moved);
                merged = true;
            }
        }
        if !merged {
            break;
        }
    }
    let mut stories: Vec<Vec<usize>> = members.into_values().collect();
    for s in &mut stories {
        s.sort_unstable();
    }
    stories.sort_by_key(|s| s[0]);
    stories
}

/// The similarity of two documents (by index), for `crosscheck stories`.
pub fn document_scores(extracted: &Extracted) -> Vec<(usize, usize, DocScore)> {
    let p = profiles(extracted);
    let mut out = Vec::new();
    for a in 0..p.len() {
        for b in a + 1..p.len() {
            out.push((a, b, score(&p[a], &p[b])));
        }
    }
    out
}
