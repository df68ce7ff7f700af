#!/usr/bin/env python3
"""Builds src/facts/concepts.txt, the word-sense table the fact layer uses to
tell whether two words name the same act or thing ("killed" / "died",
"wounded" / "injured", "death" / "die"), from WordNet 3.0 as Debian's
wordnet-base package installs it (/usr/share/wordnet).

For each verb lemma, and each noun or adjective lemma a sense of which is
tagged at least once in SemCor (`cntlist.rev`), two sets of synset ids:

* keys: the synset of its first (most frequent) sense, the synsets its
  derivational pointers reach from that sense ("death" -> "die"), and the
  synsets it causes ("kill" -> "die");
* senses: the synsets of its first three senses;
* count: how often SemCor tags the lemma in this part of speech (so that a
  reader can tell "summer", mostly a noun, from "sign", mostly a verb);
* event: for a noun, whether its first sense derives from a verb (an act or
  event: "contract", "injury"; not "day").

Two words are related when one's keys meet the other's senses, so a shared
rare sense of both (the "vote down" sense of "kill" and of "defeat") does not
relate them. Also written: WordNet's inflection exceptions ("fell" -> "fall")
for the lemmas kept, so the reader can find a lemma by WordNet's own morphy
rules.

usage: scripts/wordnet_concepts.py [WORDNET_DIR] > src/facts/concepts.txt
"""
import collections
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
POS = {"n": "noun", "v": "verb", "a": "adj"}
WORD = re.compile(r"^[a-z][a-z-]*[a-z]$")


def load_data(pos):
    syn = {}
    for line in open(f"{WN}/data.{POS[pos]}", encoding="latin-1"):
        if line.startswith("  "):
            continue
        head = line.partition("|")[0].split()
        off, count = head[0], int(head[3], 16)
        i = 4 + 2 * count
        ptrs = []
        for _ in range(int(head[i])):
            sym, target, tpos, _src = head[i + 1:i + 5]
            ptrs.append((sym, (tpos if tpos != "s" else "a", target)))
            i += 4
        syn[(pos, off)] = ptrs
    return syn


def load_index(pos):
    idx = {}
    for line in open(f"{WN}/index.{POS[pos]}", encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        lemma, senses, ptr_count = f[0], int(f[2]), int(f[3])
        offsets = f[4 + ptr_count + 2:4 + ptr_count + 2 + senses]
        idx[lemma] = offsets
    return idx


def tag_counts():
    """SemCor tag counts by (lemma, part of speech)."""
    out = collections.Counter()
    kinds = {"1": "n", "2": "v", "3": "a", "5": "a"}
    for line in open(f"{WN}/cntlist.rev", encoding="latin-1"):
        key, _sense, count = line.split()
        lemma, rest = key.split("%")
        pos = kinds.get(rest.split(":")[0])
        if pos and int(count) > 0:
            out[(lemma, pos)] += int(count)
    return out


def main():
    counts = tag_counts()
    tagged = {lemma for lemma, _ in counts}
    tagged_nouns = {lemma for lemma, pos in counts if pos == "n"}
    data = {}
    for p in POS:
        data.update(load_data(p))
    ids = {}

    def sid(s):
        if s not in ids:
            ids[s] = len(ids)
        return ids[s]

    rows = []
    for p in POS:
        index = load_index(p)
        for lemma, offsets in sorted(index.items()):
            # Every verb: acts news reports that SemCor never tags
            # ("collide", "derail", "extradite", "impeach") name facts too,
            # unless one of its forms is a noun SemCor tags, a noun in news
            # ("headquarters", "uprising"). Other nouns and adjectives only
            # when tagged: WordNet lists names of persons and places as
            # nouns ("lincoln"), and the reader takes a word WordNet knows
            # for no name.
            if not WORD.match(lemma):
                continue
            first = (p, offsets[0])
            # A noun of an act or event: its first sense derives from a verb
            # ("contract", "injury", "arrest"; not "day", "summer").
            eventive = p == "n" and any(sym == "+" and t[0] == "v" for sym, t in data[first])
            if lemma not in tagged:
                if p == "v" and any(f in tagged_nouns for f in noun_forms(lemma)):
                    continue
                # Nouns of acts SemCor never tags ("derailment",
                # "extradition") name facts too; such a noun is no name.
                if p == "n" and not eventive or p == "a":
                    continue
            keys = {first}
            for sym, target in data[first]:
                if sym in ("+", ">"):
                    keys.add(target)
            senses = {(p, o) for o in offsets[:3]}
            # Ids in order of first use, keys and senses sorted first, so the
            # table is the same on every run.
            key_ids = [sid(k) for k in sorted(keys)]
            sense_ids = [sid(s) for s in sorted(senses)]
            rows.append((lemma, p, sorted(key_ids), sorted(sense_ids), counts[(lemma, p)], int(eventive)))
    kept = {r[0] for r in rows}
    print("# Word senses for crosscheck's fact layer (src/facts/lexicon.rs).")
    print("# Derived from WordNet 3.0 (Princeton University), as installed by Debian's")
    print("# wordnet-base package. WordNet 3.0 Copyright 2006 by Princeton University.")
    print("# All rights reserved. Permission to use, copy, modify and distribute this")
    print("# software and database and its documentation for any purpose and without fee")
    print("# or royalty is hereby granted, provided that you agree to comply with the")
    print("# copyright notice and statements, including the disclaimer, of the WordNet")
    print("# 3.0 license (https://wordnet.princeton.edu/license-and-commercial-use).")
    print("# WORDNET IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS")
    print("# OR WARRANTIES, EXPRESS OR IMPLIED.")
    print("# Made by scripts/wordnet_concepts.py. Lines: `lemma pos keys senses count event`")
    print("# (ids in base 36, comma-separated; count: how often the lemma is tagged in this")
    print("# part of speech in SemCor; event: 1 for a noun whose first sense derives from a")
    print("# verb); `= form pos lemma` for an inflection exception; `! lemma pos antonym`")
    print("# for a direct antonym of the lemma's first sense.")
    for lemma, p, keys, senses, count, eventive in rows:
        b36 = lambda xs: ",".join(to36(x) for x in xs)
        print(f"{lemma} {p} {b36(keys)} {b36(senses)} {count} {eventive}")
    for a, p, b in antonyms(kept):
        print(f"! {a} {p} {b}")
    for p in POS:
        seen = set()
        for line in open(f"{WN}/{POS[p]}.exc", encoding="latin-1"):
            form, *lemmas = line.split()
            for lemma in lemmas:
                if lemma in kept and WORD.match(form) and (form, lemma) not in seen:
                    seen.add((form, lemma))
                    print(f"= {form} {p} {lemma}")


# Prefixes that negate a verb ("approve" / "disapprove", "qualify" /
# "disqualify"): such antonyms contradict each other when one actor does
# them to one thing. Other verb antonyms often tell one event from two
# sides ("bought" / "sold", "lent" / "borrowed") or two moments ("rose" /
# "fell", "started" / "ended"), and are left out.
NEGATING_PREFIXES = ("dis", "un", "de", "mis", "non", "in", "im", "il", "ir")


def negates(a, b):
    return any(a == p + b or b == p + a for p in NEGATING_PREFIXES)


def antonyms(kept):
    """Direct antonyms of a lemma's first sense (adjectives: "open" /
    "shut", "guilty" / "innocent"; verbs negated by a prefix), both ways,
    between lemmas the table keeps."""
    pairs = set()
    for p in ("a", "v"):
        words, ants = {}, {}
        for line in open(f"{WN}/data.{POS[p]}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            head = line.partition("|")[0].split()
            off, count = head[0], int(head[3], 16)
            words[off] = [re.sub(r"\(.*\)$", "", head[4 + 2 * k]).lower() for k in range(count)]
            i = 4 + 2 * count
            ants[off] = []
            for _ in range(int(head[i])):
                sym, target, tpos, src = head[i + 1:i + 5]
                if sym == "!" and tpos == p:
                    ants[off].append((int(src[:2], 16), target, int(src[2:], 16)))
                i += 4
        for lemma, offsets in load_index(p).items():
            first = offsets[0]
            if lemma not in kept:
                continue
            for source, target, word in ants[first]:
                if words[first][source - 1] != lemma:
                    continue
                other = words.get(target, [])[word - 1:word]
                if (
                    other
                    and other[0] in kept
                    and WORD.match(other[0])
                    and (p == "a" or negates(lemma, other[0]))
                ):
                    pairs.add((lemma, p, other[0]))
                    pairs.add((other[0], p, lemma))
    return sorted(pairs)


def noun_forms(verb):
    """The forms of a verb that can be nouns: "uprise" -> "uprisings"."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return [verb, verb + "s", verb + "es", stem + "ing"]


def to36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while True:
        n, r = divmod(n, 36)
        s = digits[r] + s
        if n == 0:
            return s


if __name__ == "__main__":
    main()
