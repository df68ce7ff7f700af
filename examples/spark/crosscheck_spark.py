"""Runs `crosscheck batch` on a Spark cluster.

Reads a corpus of articles (JSON Lines or Parquet) with a story key, groups
the articles by story, pipes each partition's stories through the
`crosscheck` binary on the executors (one process per partition, which uses
the executor's cores across its stories) and writes one report per story, as
JSON Lines (the lines `crosscheck batch` writes) or Parquet (columns
`story`, `report`).

    spark-submit --master yarn --files target/release/crosscheck \\
        examples/spark/crosscheck_spark.py \\
        --input hdfs:///news/articles/ --output hdfs:///news/reports/

Article columns: `story` (see --story-column) and `id`, `text`, `source`,
`date`, `title`, `url`, `author` (all but `text` optional). Documents are
sorted by id inside a story, so a report does not depend on how Spark
shuffled them.
"""

import argparse
import json
import os
import stat
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession

FIELDS = ("id", "text", "source", "date", "title", "url", "author")


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--input", required=True, help="articles: a .jsonl/.json or Parquet path or folder")
    p.add_argument("--input-format", choices=["json", "parquet"], help="default: from the path (.parquet, else JSON Lines)")
    p.add_argument("--output", required=True, help="folder for the reports")
    p.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl")
    p.add_argument("--story-column", default="story")
    p.add_argument(
        "--binary",
        default="crosscheck",
        help="the crosscheck binary: a file shipped with --files (its name), or a local path to ship",
    )
    p.add_argument("--partitions", type=int, help="story partitions (default: Spark's)")
    p.add_argument("--threads", type=int, help="crosscheck threads per partition (default: all cores)")
    p.add_argument("--strict", action="store_true", help="fail the job when a story gives no report")
    return p.parse_args(argv)


def story_line(story, rows):
    """One `crosscheck batch` input line."""
    docs = []
    for row in rows:
        doc = {}
        for f in FIELDS:
            v = row.get(f)
            if v is None:
                continue
            # Parquet dates and timestamps come as Python objects.
            doc[f] = v.isoformat()[:10] if hasattr(v, "isoformat") else v
        docs.append(doc)
    docs.sort(key=lambda d: str(d.get("id", "")))
    return json.dumps({"story": str(story), "documents": docs}, ensure_ascii=False)


def run_partition(binary_name, threads, strict):
    def run(stories):
        binary = SparkFiles.get(binary_name) if not os.path.isabs(binary_name) else binary_name
        mode = os.stat(binary).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(binary, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        cmd = [binary, "batch"] + (["--threads", str(threads)] if threads else [])
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        errors = []

        # Feed stdin and drain stderr from threads while stdout is read
        # here: crosscheck streams, so none of the three pipes may block.
        def feed():
            try:
                for story, rows in stories:
                    proc.stdin.write(story_line(story, rows).encode("utf-8") + b"\n")
            finally:
                proc.stdin.close()

        def drain():
            for line in proc.stderr:
                errors.append(line.decode("utf-8", "replace").rstrip())

        threads_ = [threading.Thread(target=feed), threading.Thread(target=drain)]
        for t in threads_:
            t.start()
        for line in proc.stdout:
            yield line.decode("utf-8").rstrip("\n")
        for t in threads_:
            t.join()
        code = proc.wait()
        for e in errors:
            print(e, file=sys.stderr)
        if code not in (0, 1) or (code == 1 and strict):
            raise RuntimeError(f"crosscheck batch exited with {code}: " + "; ".join(errors[-5:]))

    return run


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spark = SparkSession.builder.appName("crosscheck").getOrCreate()
    sc = spark.sparkContext
    binary = args.binary
    if os.path.sep in binary and os.path.exists(binary):
        # A local path: ship it to the executors.
        sc.addFile(os.path.abspath(binary))
        binary = os.path.basename(binary)

    fmt = args.input_format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "json")
    articles = spark.read.parquet(args.input) if fmt == "parquet" else spark.read.json(args.input)
    if args.story_column not in articles.columns or "text" not in articles.columns:
        raise SystemExit(f"{args.input}: needs columns {args.story_column!r} and 'text'; has {articles.columns}")
    columns = [c for c in FIELDS if c in articles.columns]
    stories = (
        articles.select(args.story_column, *columns)
        .rdd.map(lambda r: (r[0], {c: r[c] for c in columns}))
        .groupByKey(numPartitions=args.partitions)
    )
    reports = stories.mapPartitions(run_partition(binary, args.threads, args.strict))
    if args.format == "jsonl":
        reports.saveAsTextFile(args.output)
    else:
        spark.createDataFrame(
            reports.map(lambda line: (json.loads(line)["story"], line)), "story string, report string"
        ).write.parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
