//! Copies: statements of one story that the scorer cannot tell apart.
//!
//! Wire copy is republished verbatim by many outlets, so a story of a
//! thousand articles may hold one sentence a hundred times. Every copy
//! scores the same against every other statement, so alignment scores one
//! representative per class of copies and expands afterwards: the pairs
//! scored grow with the distinct sentences, not with the square of the
//! copies.
//!
//! A class is split into units with at most one statement per document
//! (a document that repeats a sentence puts its second copy in a second
//! unit), since a claim holds one statement per document.

use super::score::LexicalScorer;
use crate::extract::Extracted;
use std::collections::{BTreeSet, HashMap};

/// Classes of copies and their units.
pub struct Copies {
    /// Class of each statement.
    pub class_of: Vec<usize>,
    /// Statements of each class, ascending; classes ordered by their first.
    pub classes: Vec<Vec<usize>>,
    /// Unit of each statement.
    pub unit_of: Vec<usize>,
    /// Statements of each unit, ascending (one per document); units ordered
    /// by their first statement.
    pub units: Vec<Vec<usize>>,
    /// Class of each unit.
    pub unit_class: Vec<usize>,
    /// Documents of each unit as a bitset over the documents of its story
    /// (units of one statement: empty, test their one document instead).
    doc_bits: Vec<Vec<u64>>,
    /// Position of each document in its story.
    doc_slot: Vec<usize>,
}

/// What the scorer sees of a statement: equal keys, equal scores.
type Key<'a> = (
    usize,
    &'a str,
    &'a BTreeSet<String>,
    &'a BTreeSet<i64>,
    &'a BTreeSet<String>,
    bool,
    &'a Vec<Vec<String>>,
);

impl Copies {
    /// Groups the statements of each story into classes of copies, one unit
    /// per occurrence rank in a document (see [`Copies::split`]).
    pub fn new(
        extracted: &Extracted,
        lexical: &LexicalScorer,
        stories: &[Vec<usize>],
        story_of: &[usize],
    ) -> Copies {
        let statements = &extracted.segmented.statements;
        let mut ids: HashMap<Key, usize> = HashMap::new();
        let mut class_of = Vec::with_capacity(statements.len());
        let mut classes: Vec<Vec<usize>> = Vec::new();
        for (i, s) in statements.iter().enumerate() {
            let p = &lexical.profiles[i];
            let key = (
                story_of[s.doc],
                s.text.as_str(),
                &p.entities,
                &p.numbers,
                &p.dates,
                p.tally,
                &p.quotes,
            );
            let next = classes.len();
            let c = *ids.entry(key).or_insert(next);
            if c == next {
                classes.push(Vec::new());
            }
            classes[c].push(i);
            class_of.push(c);
        }
        let mut doc_slot = vec![0; story_of.len()];
        for docs in stories {
            for (k, &d) in docs.iter().enumerate() {
                doc_slot[d] = k;
            }
        }
        let mut copies = Copies {
            class_of,
            classes,
            unit_of: vec![0; statements.len()],
            units: Vec::new(),
            unit_class: Vec::new(),
            doc_bits: Vec::new(),
            doc_slot,
        };
        copies.split(extracted, stories, story_of, &[]);
        copies
    }

    /// (Re)builds the units: classes in `single` are cut into one unit a
    /// statement, the others into one unit per occurrence rank in a
    /// document (first copies, second copies, …).
    pub fn split(
        &mut self,
        extracted: &Extracted,
        stories: &[Vec<usize>],
        story_of: &[usize],
        single: &[bool],
    ) {
        let statements = &extracted.segmented.statements;
        let mut units: Vec<Vec<usize>> = Vec::new();
        let mut unit_class = Vec::new();
        for (c, members) in self.classes.iter().enumerate() {
            if single.get(c).copied().unwrap_or(false) {
                for &i in members {
                    units.push(vec![i]);
                    unit_class.push(c);
                }
                continue;
            }
            let mut layers: Vec<Vec<usize>> = Vec::new();
            let mut seen: HashMap<usize, usize> = HashMap::new();
            for &i in members {
                let rank = seen.entry(statements[i].doc).or_insert(0);
                if *rank == layers.len() {
                    layers.push(Vec::new());
                }
                layers[*rank].push(i);
                *rank += 1;
            }
            for l in layers {
                units.push(l);
                unit_class.push(c);
            }
        }
        let mut order: Vec<usize> = (0..units.len()).collect();
        order.sort_by_key(|&u| units[u][0]);
        self.units = order
            .iter()
            .map(|&u| std::mem::take(&mut units[u]))
            .collect();
        self.unit_class = order.iter().map(|&u| unit_class[u]).collect();
        for (u, members) in self.units.iter().enumerate() {
            for &i in members {
                self.unit_of[i] = u;
            }
        }
        self.doc_bits = self
            .units
            .iter()
            .map(|members| {
                if members.len() < 2 {
                    return Vec::new();
                }
                let story = story_of[statements[members[0]].doc];
                let mut bits = vec![0u64; stories[story].len().div_ceil(64)];
                for &i in members {
                    let slot = self.doc_slot[statements[i].doc];
                    bits[slot / 64] |= 1 << (slot % 64);
                }
                bits
            })
            .collect();
    }

    /// Whether unit `u` holds a statement of document `doc`.
    fn has_doc(&self, extracted: &Extracted, u: usize, doc: usize) -> bool {
        let members = &self.units[u];
        if members.len() < 2 {
            return extracted.segmented.statements[members[0]].doc == doc;
        }
        let slot = self.doc_slot[doc];
        self.doc_bits[u][slot / 64] >> (slot % 64) & 1 == 1
    }

    /// Documents units `u` and `v` (of one story) share.
    pub fn shared_docs(&self, extracted: &Extracted, u: usize, v: usize) -> usize {
        let (bu, bv) = (&self.doc_bits[u], &self.doc_bits[v]);
        match (bu.is_empty(), bv.is_empty()) {
            (false, false) => bu
                .iter()
                .zip(bv)
                .map(|(x, y)| (x & y).count_ones() as usize)
                .sum(),
            (true, _) => {
                let doc = extracted.segmented.statements[self.units[u][0]].doc;
                self.has_doc(extracted, v, doc) as usize
            }
            (false, true) => {
                let doc = extracted.segmented.statements[self.units[v][0]].doc;
                self.has_doc(extracted, u, doc) as usize
            }
        }
    }

    /// Statement pairs of different documents between units `u` and `v`
    /// (`u != v`).
    pub fn cross_pairs(&self, extracted: &Extracted, u: usize, v: usize) -> usize {
        self.units[u].len() * self.units[v].len() - self.shared_docs(extracted, u, v)
    }

    /// The first pair `(x, y)` of statements of units `u` and `v` in
    /// different documents, as `(min, max)`; `None` when there is none.
    /// Looking at two statements of each side is enough: within a unit the
    /// documents differ.
    pub fn witness(extracted: &Extracted, xs: &[usize], ys: &[usize]) -> Option<(usize, usize)> {
        let st = &extracted.segmented.statements;
        let mut best: Option<(usize, usize)> = None;
        for &x in xs.iter().take(2) {
            for &y in ys.iter().take(2) {
                if x != y && st[x].doc != st[y].doc {
                    let p = (x.min(y), x.max(y));
                    if best.is_none_or(|b| p < b) {
                        best = Some(p);
                    }
                }
            }
        }
        best
    }
}
