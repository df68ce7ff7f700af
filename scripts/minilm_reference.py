"""Independent numpy reference of all-MiniLM-L6-v2 sentence embeddings.

BERT forward pass written out in numpy from model.safetensors, mean pooling,
L2 normalization: what sentence-transformers computes for this model, without
torch. Writes tests/fixtures/minilm_reference.json for tests/semantic.rs.

  python3 -m venv /tmp/v && /tmp/v/bin/pip install numpy tokenizers safetensors
  /tmp/v/bin/python scripts/minilm_reference.py "$(scripts/fetch_model.sh)" SENTENCES.txt \
      > tests/fixtures/minilm_reference.json
"""
import sys, json, math
import numpy as np
from safetensors.numpy import load_file
from tokenizers import Tokenizer

d = sys.argv[1]
w = load_file(f"{d}/model.safetensors")
tok = Tokenizer.from_file(f"{d}/tokenizer.json")
tok.no_padding(); tok.no_truncation()
H, NH = 384, 12
def ln(x, p):
    m = x.mean(-1, keepdims=True); v = ((x - m) ** 2).mean(-1, keepdims=True)
    return (x - m) / np.sqrt(v + 1e-12) * w[p + ".weight"] + w[p + ".bias"]
def lin(x, p): return x @ w[p + ".weight"].T + w[p + ".bias"]
erf = np.vectorize(math.erf)
def embed(text):
    ids = np.array(tok.encode(text).ids[:256])
    n = len(ids)
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n] + w["embeddings.token_type_embeddings.weight"][0]
    x = ln(x, "embeddings.LayerNorm")
    for l in range(6):
        p = f"encoder.layer.{l}."
        q, k, v = (lin(x, p + "attention.self." + t).reshape(n, NH, 32).transpose(1, 0, 2) for t in ("query", "key", "value"))
        s = q @ k.transpose(0, 2, 1) / math.sqrt(32)
        s = np.exp(s - s.max(-1, keepdims=True)); s /= s.sum(-1, keepdims=True)
        c = (s @ v).transpose(1, 0, 2).reshape(n, H)
        x = ln(lin(c, p + "attention.output.dense") + x, p + "attention.output.LayerNorm")
        h = lin(x, p + "intermediate.dense"); h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
        x = ln(lin(h, p + "output.dense") + x, p + "output.LayerNorm")
    e = x.mean(0)
    return e / np.linalg.norm(e)
sents = [l.rstrip("\n") for l in open(sys.argv[2])]
E = [embed(s) for s in sents]
print(json.dumps({"sentences": sents, "embeddings": [[round(float(v), 6) for v in e] for e in E]}))
for i in range(len(E)):
    print(" ".join(f"{float(E[i] @ E[j]):.4f}" for j in range(len(E))), file=sys.stderr)
