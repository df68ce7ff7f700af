#!/usr/bin/env python3
"""Merges a judge's verdicts into tests/fixtures/realnews/judgements.jsonl.

`eval_realnews --todo TODO.jsonl` lists the flagged pairs nobody has judged
yet, one a line. A judge writes VERDICTS.jsonl with one line per judged
todo line: {"n": <1-based line of TODO.jsonl>, "verdict": "TRUE"|"UPDATE"|
"FALSE", "cause": "...", "why": "..."}. This script turns each into a
judgement keyed by the half, the kind and the two value spans, and appends
the ones not already present.

usage: scripts/judge_merge.py TODO.jsonl VERDICTS.jsonl [JUDGEMENTS.jsonl]
"""
import json
import os
import sys

VERDICTS = {"TRUE", "UPDATE", "FALSE"}
CAUSES = {"different-measures", "extraction", "quote-trivia", "polarity-misread",
          "same-value", "different-things", "other", ""}


def main():
    todo_path, verdicts_path = sys.argv[1], sys.argv[2]
    out_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
        os.path.dirname(__file__), "..", "tests/fixtures/realnews/judgements.jsonl")
    todo = [json.loads(l) for l in open(todo_path, encoding="utf-8") if l.strip()]
    existing = []
    if os.path.exists(out_path):
        existing = [json.loads(l) for l in open(out_path, encoding="utf-8") if l.strip()]
    keys = {(j["half"], j["kind"], j["a"]["doc"], j["a"]["start"], j["b"]["doc"], j["b"]["start"]) for j in existing}
    added = 0
    with open(out_path, "a", encoding="utf-8") as out:
        for line in open(verdicts_path, encoding="utf-8"):
            if not line.strip():
                continue
            v = json.loads(line)
            if v["verdict"] not in VERDICTS:
                sys.exit(f"bad verdict {v}")
            if v.get("cause", "") not in CAUSES:
                sys.exit(f"bad cause {v}")
            # 1-based: a 0 would silently take the last line.
            if not isinstance(v["n"], int) or not 1 <= v["n"] <= len(todo):
                sys.exit(f"bad line number (1-based, 1..{len(todo)}) {v}")
            p = todo[v["n"] - 1]
            key = (p["half"], p["kind"], p["a"]["doc"], p["a"]["start"], p["b"]["doc"], p["b"]["start"])
            if key in keys:
                continue
            keys.add(key)
            j = {"half": p["half"], "kind": p["kind"], "a": p["a"], "b": p["b"],
                 "verdict": v["verdict"], "cause": v.get("cause", ""), "why": v.get("why", "")}
            out.write(json.dumps(j, ensure_ascii=False) + "\n")
            added += 1
    print(f"{added} judgements added to {out_path}")


if __name__ == "__main__":
    main()
