#!/usr/bin/env python3
"""Writes src/align/english_words.txt: how common English words are.

crosscheck weights a word by how rare it is. Rarity measured over the run
alone fails a small run: in three reports of one recall, "recall",
"batteries" and the company's name are in every report, so they weigh no more
than "said", and two statements of the same fact in different words no
longer look alike. The scorer therefore adds a background: how common each
word is in English at large.

The frequencies are wordfreq's `small_en` list (Robyn Speer et al., wordfreq
3.1.1, https://github.com/rspeer/wordfreq), every word of frequency at least
one in a million. Its data are under CC BY-SA 4.0, so the file written here is
too (see the header it carries).

Output: one line per frequency step of wordfreq's list, "CB word word ...",
where the words' frequency is 10^(-CB/100).

    python3 scripts/english_words.py   # needs pip; fetches wordfreq and msgpack
"""
import gzip
import pathlib
import subprocess
import sys
import tempfile
import zipfile

VERSION = "3.1.1"
OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "align" / "english_words.txt"

HEADER = f"""\
# English word frequencies for crosscheck's background rarity (src/align/background.rs).
# Derived from wordfreq {VERSION} small_en (https://github.com/rspeer/wordfreq),
# (c) Robyn Speer and contributors, data licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/); this file is under the same licence.
# Made by scripts/english_words.py. Each line: CB word...; a word's frequency is 10^(-CB/100).
"""


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
             f"wordfreq=={VERSION}", "msgpack", "-d", tmp],
            check=True,
        )
        for wheel in pathlib.Path(tmp).glob("msgpack-*"):
            # Only pure-python use is needed: add the wheel to the path.
            sys.path.insert(0, str(wheel))
        import msgpack  # noqa: E402

        wheel = next(pathlib.Path(tmp).glob("wordfreq-*.whl"))
        with zipfile.ZipFile(wheel) as z:
            packed = gzip.decompress(z.read("wordfreq/data/small_en.msgpack.gz"))
    data = msgpack.unpackb(packed, raw=False)
    assert data[0].get("format") == "cB", data[0]
    lines = [HEADER.rstrip("\n")]
    for cb, words in enumerate(data[1:]):
        if words:
            lines.append(f"{cb} " + " ".join(words))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {sum(len(w) for w in data[1:])} words")


if __name__ == "__main__":
    main()
