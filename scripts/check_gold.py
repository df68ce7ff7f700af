#!/usr/bin/env python3
"""Checks real-news gold files (tests/fixtures/realnews/gold/*.jsonl).

Each line is one item: a disagreement between outlets, an update of a
running figure, or a look-alike that must not be flagged. Every side's
`quote` must be an exact substring of its article, so that the evaluation
can find the byte span it covers.

usage: scripts/check_gold.py [GOLD_FILE...]   (default: every gold file)
"""
import glob
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(__file__), "..")
STORIES = os.path.join(ROOT, "tests/fixtures/ecbplus/stories")
TYPES = {"disagreement", "update", "lookalike"}
KINDS = {"quantity", "date", "person", "title", "quote", "attribution", "polarity", "other"}


def check(path):
    half = os.path.basename(path)[: -len(".jsonl")]
    errors, warnings, ids = [], [], set()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: not JSON: {e}")
                continue
            where = f"line {n} ({item.get('id')})"
            for key in ("id", "type", "kind", "measure", "sides", "why"):
                if key not in item:
                    errors.append(f"{where}: missing '{key}'")
            if item.get("id") in ids:
                errors.append(f"{where}: duplicate id")
            ids.add(item.get("id"))
            if item.get("type") not in TYPES:
                errors.append(f"{where}: type must be one of {sorted(TYPES)}")
            if item.get("kind") not in KINDS:
                errors.append(f"{where}: kind must be one of {sorted(KINDS)}")
            sides = item.get("sides") or []
            if len({s.get("doc") for s in sides}) < 2:
                errors.append(f"{where}: needs sides from at least two documents")
            if item.get("type") in ("disagreement", "update") and len({s.get("value") for s in sides}) < 2:
                errors.append(f"{where}: a disagreement needs at least two different values")
            for s in sides:
                doc = s.get("doc", "")
                file = os.path.join(STORIES, half, doc + ".txt")
                if not os.path.exists(file):
                    errors.append(f"{where}: no article {file}")
                    continue
                text = open(file, encoding="utf-8").read()
                quote = s.get("quote", "")
                count = text.count(quote) if quote else 0
                if count == 0:
                    errors.append(f"{where}: quote not found verbatim in {doc}: {quote!r}")
                elif count > 1 and "occurrence" not in s:
                    warnings.append(f"{where}: quote occurs {count} times in {doc}; add a longer quote or \"occurrence\": k (1-based)")
                if "value" not in s:
                    errors.append(f"{where}: side in {doc} has no 'value'")
    return errors, warnings


def main():
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "tests/fixtures/realnews/gold/*.jsonl")))
    bad = 0
    for p in paths:
        errors, warnings = check(p)
        for e in errors:
            print(f"{p}: error: {e}")
        for w in warnings:
            print(f"{p}: warning: {w}")
        bad += len(errors)
        print(f"{p}: {'ok' if not errors else str(len(errors)) + ' errors'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
