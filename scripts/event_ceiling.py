"""How far can sentence-pair signals take the event tier on ECB+?

Trains a pairwise classifier ("do these two gold sentences share an action
instance?") on every signal crosscheck has, or could cheaply have, and
reads its precision and recall on topics it was not trained on: fit on the
odd dev topics, score the even ones, then the other way round. Pairs are
all cross-document pairs of gold sentences within a topic, both events
mixed, as eval_align counts them. If a classifier that sees all of these
signals at once, with a threshold chosen after the fact, cannot reach the
issue's precision 0.90 at recall 0.65 (F1 0.75), a grouping built from
the same signals is not expected to either: its pairs are such decisions
with transitivity forced on them.

Signals (per pair): TF-IDF cosine of stemmed words; shared and Jaccard of
non-name words, and their summed and largest share of the predicted
story's documents; shared and Jaccard of capitalized (name) words; shared
numbers and numbers on both sides with none shared; a weekday shared or
contradicted; each sentence's position in its document; quotation marks;
lengths; whether crosscheck put the two in one claim, one event, one
story; optionally the all-MiniLM-L6-v2 cosine.

  cargo run --release --example eval_align -- --show dump > /tmp/dump.jsonl
  python3 -m venv /tmp/v && /tmp/v/bin/pip install numpy scikit-learn
  /tmp/v/bin/python scripts/event_ceiling.py /tmp/dump.jsonl
  # with sentence embeddings (also needs tokenizers and safetensors):
  python3 -c 'import json,sys; [print(json.loads(l)["text"]) for l in sys.stdin]' \
      < /tmp/dump.jsonl > /tmp/sentences.txt
  /tmp/v/bin/python scripts/minilm_reference.py "$(scripts/fetch_model.sh)" \
      /tmp/sentences.txt > /tmp/emb.json 2>/dev/null
  /tmp/v/bin/python scripts/event_ceiling.py /tmp/dump.jsonl /tmp/emb.json
"""
import collections
import itertools
import json
import math
import re
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

STOP = set("""a an the of to in on at by for with from and or but is are was were
be been being has have had do does did not no this that these those it its his
her their they he she we you i as after before over under into out up down about
than then there here who whom which what when where while said says say told
tells according also more most some any all one two three four five six seven
eight nine ten first second new year years day days week weeks today yesterday
will would could should may might can just only other another""".split())
DAYS = set("monday tuesday wednesday thursday friday saturday sunday".split())


def stem(w):
    w = w.lower()
    for suffix in ("ings", "ing", "edly", "ed", "es", "s", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)][:6]
    return w[:6]


def read(dump, embeddings):
    rows = [json.loads(l) for l in open(dump) if l.startswith("{")]
    vectors = {}
    if embeddings:
        e = json.load(open(embeddings))
        vectors = {s: np.array(v) for s, v in zip(e["sentences"], e["embeddings"])}
    for r in rows:
        tokens = re.findall(r"[A-Za-z][A-Za-z'-]+", r["text"])
        content = [(k, t) for k, t in enumerate(tokens) if t.lower() not in STOP and len(t) >= 3]
        r["all"] = {stem(t) for _, t in content}
        # A capital after the first word stands for a name.
        r["names"] = {stem(t) for k, t in content if k > 0 and t[0].isupper()}
        r["words"] = r["all"] - r["names"]
        r["numbers"] = set(re.findall(r"\d+(?:[.,]\d+)?", r["text"]))
        r["days"] = {t.lower() for t in tokens if t.lower() in DAYS}
        r["quote"] = any(q in r["text"] for q in '"\u201c\u201d')
        r["length"] = len(tokens)
        r["embedding"] = vectors.get(r["text"])
    topics = collections.defaultdict(list)
    for r in rows:
        topics[r["topic"]].append(r)
    for rs in topics.values():
        df = collections.Counter(w for r in rs for w in r["all"])
        for r in rs:
            v = {w: math.log(len(rs) / df[w]) + 1 for w in r["all"]}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            r["tfidf"] = {w: x / norm for w, x in v.items()}
        story_docs = collections.defaultdict(set)
        word_docs = collections.defaultdict(set)
        for r in rs:
            story_docs[r["predicted_story"]].add(r["doc"])
            for w in r["words"]:
                word_docs[(r["predicted_story"], w)].add(r["doc"])
        for r in rs:
            n = len(story_docs[r["predicted_story"]])
            r["share"] = {w: len(word_docs[(r["predicted_story"], w)]) / n for w in r["words"]}
    return topics


def features(x, y, embeddings):
    words, names = x["words"] & y["words"], x["names"] & y["names"]
    f = [
        sum(v * y["tfidf"].get(w, 0.0) for w, v in x["tfidf"].items()),
        len(words),
        len(words) / (len(x["words"] | y["words"]) or 1),
        sum(x["share"][w] for w in words),
        max([x["share"][w] for w in words] or [0.0]),
        len(names),
        len(names) / (len(x["names"] | y["names"]) or 1),
        len(x["numbers"] & y["numbers"]),
        int(bool(x["numbers"]) and bool(y["numbers"]) and not x["numbers"] & y["numbers"]),
        int(bool(x["days"] & y["days"])),
        int(bool(x["days"]) and bool(y["days"]) and not x["days"] & y["days"]),
        min(x["position"], y["position"]),
        max(x["position"], y["position"]),
        int(x["quote"] or y["quote"]),
        min(x["length"], y["length"]),
        max(x["length"], y["length"]),
        int(x["claim"] == y["claim"]),
        int(x["event"] == y["event"]),
        int(x["predicted_story"] == y["predicted_story"]),
    ]
    if embeddings:
        f.append(float(x["embedding"] @ y["embedding"]))
    return f


def main():
    dump = sys.argv[1]
    embeddings = sys.argv[2] if len(sys.argv) > 2 else None
    topics = read(dump, embeddings)
    pairs = []
    for t, rs in topics.items():
        for x, y in itertools.combinations(rs, 2):
            if x["doc"] != y["doc"]:
                gold = bool(set(x["actions"]) & set(y["actions"]))
                pairs.append((t % 2, features(x, y, embeddings), gold))
    gold_total = sum(g for _, _, g in pairs)
    models = {
        "logistic regression": lambda: LogisticRegression(max_iter=5000),
        "gradient boosting": lambda: HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, random_state=0
        ),
    }
    # The tier crosscheck reports, for reference.
    tp = sum(g for _, f, g in pairs if f[17])
    fp = sum(not g for _, f, g in pairs if f[17])
    p, r = tp / (tp + fp), tp / gold_total
    print(f"crosscheck events:   P {p:.3f}  R {r:.3f}  F1 {2 * p * r / (p + r):.3f}")
    for name, make in models.items():
        scored = []
        for fold in (0, 1):
            train = [(f, g) for k, f, g in pairs if k != fold]
            test = [(f, g) for k, f, g in pairs if k == fold]
            model = make().fit(np.array([f for f, _ in train]), np.array([g for _, g in train]))
            probability = model.predict_proba(np.array([f for f, _ in test]))[:, 1]
            scored.extend(zip(probability, (g for _, g in test)))
        for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            tp = sum(g for s, g in scored if s >= threshold)
            fp = sum(not g for s, g in scored if s >= threshold)
            p, r = tp / max(tp + fp, 1), tp / gold_total
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{name:20} {threshold:.1f}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
