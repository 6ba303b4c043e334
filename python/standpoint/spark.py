"""Standpoint on Spark: annotate a DataFrame of articles, or a corpus on disk.

:func:`annotate` turns a DataFrame with a text column (and optionally an id column) into one
with the ``standpoint/1`` document as nested columns (:data:`DOCUMENT_SCHEMA`) and as a JSON
string (``json``, the CLI's exact document), plus ``error`` for the rows the core refused. It
runs the core through ``mapInArrow``: a batch of rows at a time on each executor, one native
call per batch, no Python per row; the JSON becomes columns in the JVM (``from_json``).

From the command line::

    python -m standpoint.spark IN OUT [--master local[*]] [--format jsonl|parquet]

reads JSON Lines (a file or a directory; each line as the CLI reads it), or a Parquet or JSON
directory with ``--input-format``, and writes ``OUT/part-*.jsonl`` (one document per line,
the bytes ``standpoint annotate --jsonl`` writes) or Parquet.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:  # pyspark is needed only when this module is used.
    import pyarrow
    from pyspark.sql import DataFrame, SparkSession

SPAN = "array<bigint>"
SPANS = f"array<{SPAN}>"
TARGET = f"struct<id:string,label:string,kind:string,mentions:{SPANS}>"
EVIDENCE = f"struct<cue:{SPANS},sentence:{SPAN},quote:string,rule:string>"

#: The Spark schema (DDL) of a ``standpoint/1`` document, less its ``id``, which keeps the
#: input column's own type.
DOCUMENT_SCHEMA = ", ".join(
    [
        "schema string",
        "text string",
        "meta struct<title:string,date:string,byline:string>",
        f"paragraphs {SPANS}",
        f"sentences {SPANS}",
        "actors array<struct<id:string,name:string,kind:string,"
        f"mentions:{SPANS},affiliation:string,kind_rule:string>>",
        f"quotes array<struct<id:string,kind:string,content:{SPANS},cue:{SPANS},source:{SPANS},"
        "speaker:string,rule:string,speaker_rule:string>>",
        f"targets array<{TARGET}>",
        f"stances array<struct<id:string,holder:string,target:{TARGET},polarity:string,cue:{SPANS},"
        f"sentence:{SPAN},quote:string,confidence:double,evidence:array<{EVIDENCE}>,rule:string>>",
        f"target_stances array<struct<span:{SPAN},polarity:string,cue:{SPANS}>>",
        f"events array<struct<date:string,mention:{SPAN},sentence:{SPAN},until:string>>",
        "summary struct<quoted_words:bigint,anonymous_share:double,"
        "voices:array<struct<actor:string,name:string,voice:string,quotes:array<string>,words:bigint,share:double>>,"
        "issues:array<struct<target:string,label:string,"
        "positions:array<struct<actor:string,name:string,polarity:string,stances:array<string>>>>>>",
    ]
)


def _annotate_batches(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
    """The ``mapInArrow`` function: each batch's ``line`` column annotated on one thread (Spark
    runs one task per core), the ``id`` column passed through."""
    import pyarrow as pa

    from . import _annotate_lines

    for batch in batches:
        lines = batch.column("line").to_pylist()
        # As the CLI: a blank line is skipped, a byte-order mark before the first is dropped.
        keep = [i for i, line in enumerate(lines) if line is None or line.strip()]
        present = [i for i in keep if lines[i] is not None]
        results = _annotate_lines([lines[i].removeprefix("\ufeff") for i in present], 1, False, False)
        docs: dict[int, Optional[str]] = {}
        errors: dict[int, Optional[str]] = {}
        for i, (doc, error) in zip(present, results):
            docs[i], errors[i] = doc, error
        yield pa.RecordBatch.from_arrays(
            [
                batch.column("id").take(pa.array(keep, pa.int64())),
                pa.array([docs.get(i) for i in keep], pa.string()),
                pa.array([errors.get(i, "no text") for i in keep], pa.string()),
            ],
            names=["id", "json", "error"],
        )


def annotate_lines(lines: "DataFrame", id_type: Optional[str] = None) -> "DataFrame":
    """Annotates a DataFrame of JSON Lines lines (column ``line``, and ``id`` to carry along):
    the columns ``id``, ``json`` and ``error``. Rows the core refuses have ``json`` null and
    the reason in ``error``."""
    from pyspark.sql import functions as F

    if "id" not in lines.columns:
        lines = lines.withColumn("id", F.lit(None).cast("string"))
    id_type = id_type or lines.schema["id"].dataType.simpleString()
    return lines.select("id", "line").mapInArrow(_annotate_batches, f"id {id_type}, json string, error string")


def annotate(df: "DataFrame", text_col: str = "text", id_col: Optional[str] = "id") -> "DataFrame":
    """Annotates the articles in ``df[text_col]``; returns ``id`` (from ``df[id_col]`` when that
    column exists), the document's fields as columns (:data:`DOCUMENT_SCHEMA`), ``json`` (the
    document exactly as the CLI writes it for ``{"id", "text"}``) and ``error``."""
    from pyspark.sql import functions as F

    if text_col not in df.columns:
        raise ValueError(f"no column {text_col!r} in {df.columns}")
    has_id = id_col is not None and id_col in df.columns
    fields = [F.col(text_col).alias("text")]
    if has_id:
        fields.insert(0, F.col(id_col).alias("id"))
    lines = df.select(
        (F.col(id_col) if has_id else F.lit(None).cast("string")).alias("id"),
        # A null text stays a null line, reported in `error`.
        F.when(F.col(text_col).isNotNull(), F.to_json(F.struct(*fields))).alias("line"),
    )
    return _with_columns(annotate_lines(lines))


def _with_columns(annotated: "DataFrame") -> "DataFrame":
    """Adds the document's fields as columns beside ``id``, ``json`` and ``error``."""
    from pyspark.sql import functions as F

    parsed = annotated.withColumn("doc", F.from_json("json", DOCUMENT_SCHEMA))
    return parsed.select("id", "doc.*", "json", "error")


def _read_lines(spark: "SparkSession", path: str, input_format: str) -> "DataFrame":
    """The input as a DataFrame of lines (``line``, ``id``)."""
    from pyspark.sql import functions as F

    if input_format == "jsonl":
        raw = spark.read.text(path, wholetext=False).withColumnRenamed("value", "line")
        # The id as written, for the Parquet output; the JSON document keeps it exactly.
        return raw.withColumn("id", F.get_json_object("line", "$.id"))
    df = spark.read.parquet(path) if input_format == "parquet" else spark.read.json(path)
    if "text" not in df.columns:
        raise SystemExit(f"standpoint.spark: {path}: no 'text' column (columns: {', '.join(df.columns)})")
    keep = [c for c in ("id", "text", "targets", "title", "date", "byline") if c in df.columns]
    lines = df.select(
        (F.col("id") if "id" in df.columns else F.lit(None).cast("string")).alias("id"),
        F.to_json(F.struct(*[F.col(c) for c in keep])).alias("line"),
    )
    return lines


def _rename_parts(spark: "SparkSession", out: str) -> None:
    """Names the text writer's ``part-*.txt`` files ``part-*.jsonl`` (on any Hadoop file system)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(out)
    fs = path.getFileSystem(conf)
    for status in fs.listStatus(path):
        p = status.getPath()
        name = p.getName()
        if name.startswith("part-") and name.endswith(".txt"):
            fs.rename(p, jvm.org.apache.hadoop.fs.Path(p.getParent(), name[: -len(".txt")] + ".jsonl"))


def session(master: str = "local[*]", app_name: str = "standpoint") -> "SparkSession":
    """A SparkSession for the command: the given master, no UI, Arrow batches of 1,024 rows."""
    from pyspark.sql import SparkSession

    return (
        SparkSession.builder.master(master)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "1024")
        .getOrCreate()
    )


def run(spark: "SparkSession", inp: str, out: str, out_format: str = "jsonl", input_format: str = "jsonl") -> tuple[int, int]:
    """Annotates the corpus at ``inp`` into ``out``; returns (documents written, lines refused)
    and prints the first refusals to standard error."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    annotated = annotate_lines(_read_lines(spark, inp, input_format)).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        good = annotated.where(F.col("json").isNotNull())
        if out_format == "jsonl":
            good.select("json").write.mode("errorifexists").text(out)
            _rename_parts(spark, out)
        else:
            _with_columns(good).drop("error").write.mode("errorifexists").parquet(out)
        bad = annotated.where(F.col("json").isNull())
        refused = bad.count()
        for row in bad.select("error").limit(10).collect():
            print(f"standpoint.spark: a line was refused: {row.error}", file=sys.stderr)
        return good.count(), refused
    finally:
        annotated.unpersist()


def main(argv: Optional[list[str]] = None) -> int:
    """The command ``python -m standpoint.spark``; returns the exit status (1 when a line was
    refused, 2 for bad usage)."""
    parser = argparse.ArgumentParser(
        prog="python -m standpoint.spark",
        description="Annotate a corpus with Standpoint on Spark: JSON Lines in, JSON Lines or Parquet out.",
    )
    parser.add_argument("input", help="JSON Lines file or directory (or Parquet / JSON with --input-format)")
    parser.add_argument("output", help="output directory (must not exist)")
    parser.add_argument("--master", default=os.environ.get("SPARK_MASTER", "local[*]"), help="Spark master (default local[*])")
    parser.add_argument("--format", choices=["jsonl", "parquet"], default="jsonl", help="output format (default jsonl)")
    parser.add_argument("--input-format", choices=["jsonl", "parquet", "json"], default="jsonl",
                        help="jsonl: each line as the CLI reads it (default); parquet, json: a text column and optionally id, targets, title, date, byline")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    # Called from a notebook or a test, the running session is used and left running.
    running = SparkSession.getActiveSession()
    spark = running or session(args.master)
    try:
        written, refused = run(spark, args.input, args.output, args.format, args.input_format)
    finally:
        if running is None:
            spark.stop()
    print(f"standpoint.spark: {written} documents written to {args.output}, {refused} lines refused", file=sys.stderr)
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
