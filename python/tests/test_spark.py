"""Spark: the DataFrame function and the command give the CLI's documents."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import cli_jsonl, line

pytest.importorskip("pyspark")
from standpoint import spark as sp  # noqa: E402


def test_annotate_gives_the_clis_documents_as_json_and_columns(spark, samples):
    rows = [(i * 10, t) for i, t in enumerate(samples)] + [(999, None)]
    df = spark.createDataFrame(rows, "id bigint, text string").repartition(2)
    out = {r["id"]: r for r in sp.annotate(df).collect()}
    expected = cli_jsonl([line(id=i * 10, text=t) for i, t in enumerate(samples)])
    assert len(out) == len(samples) + 1
    for i, cli in enumerate(expected):
        row = out[i * 10]
        assert row["json"] == cli, f"article {i}"
        assert row["error"] is None
        doc = json.loads(cli)
        assert [q["speaker"] for q in doc["quotes"]] == [q["speaker"] for q in row["quotes"]]
        assert [(a["name"], a["kind"]) for a in doc["actors"]] == [(a["name"], a["kind"]) for a in row["actors"]]
        assert [list(map(list, q["content"])) for q in doc["quotes"]] == [[list(s) for s in q["content"]] for q in row["quotes"]]
        assert row["summary"]["quoted_words"] == doc["summary"]["quoted_words"]
        assert [s["polarity"] for s in doc["stances"]] == [s["polarity"] for s in row["stances"]]
    # A row without text is kept, with the reason.
    assert out[999]["json"] is None and out[999]["error"]


def test_annotate_without_an_id_column(spark, samples):
    df = spark.createDataFrame([(samples[0],)], "body string")
    (row,) = sp.annotate(df, text_col="body", id_col=None).collect()
    assert row["id"] is None and row["json"] == cli_jsonl([line(text=samples[0])])[0]
    with pytest.raises(ValueError, match="no column 'text'"):
        sp.annotate(df)


def test_the_command_writes_the_clis_lines(spark, samples, tmp_path: Path):
    big = 2**64 + 1
    lines = ["\ufeff" + line(id=big, text=samples[0])] + [line(id=f"a{i}", text=t) for i, t in enumerate(samples[1:])]
    lines += ["", "{not json", line(id="last", text="“Fine,” said Bo Li.", date="2026-01-05")]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    expected = cli_jsonl([ln for ln in lines if ln.strip() and not ln.startswith("{not")])
    out = tmp_path / "out"
    written, refused = sp.run(spark, str(inp), str(out))
    assert (written, refused) == (len(expected), 1)
    parts = sorted(out.glob("part-*.jsonl"))
    assert parts and not list(out.glob("part-*.txt"))
    got = [ln for p in parts for ln in p.read_text(encoding="utf-8").splitlines()]
    assert sorted(got) == sorted(expected)
    assert json.loads(next(g for g in got if f'"id":{big}' in g))["id"] == big
    # Parquet: the document as columns, the JSON beside them.
    pq = tmp_path / "pq"
    sp.run(spark, str(inp), str(pq), out_format="parquet")
    table = spark.read.parquet(str(pq))
    assert {"id", "quotes", "actors", "stances", "summary", "json"} <= set(table.columns)
    assert sorted(r["json"] for r in table.collect()) == sorted(expected)
    # A Parquet corpus as input.
    again = tmp_path / "again"
    sp.run(spark, str(pq), str(again), input_format="parquet") if False else None


def test_a_parquet_corpus_as_input(spark, samples, tmp_path: Path):
    src = tmp_path / "src"
    spark.createDataFrame([(i, t) for i, t in enumerate(samples[:3])], "id bigint, text string").write.parquet(str(src))
    out = tmp_path / "out"
    written, refused = sp.run(spark, str(src), str(out), input_format="parquet")
    assert (written, refused) == (3, 0)
    got = sorted(ln for p in out.glob("part-*.jsonl") for ln in p.read_text(encoding="utf-8").splitlines())
    assert got == sorted(cli_jsonl([line(id=i, text=t) for i, t in enumerate(samples[:3])]))


def test_main_reports_refusals_and_usage(spark, tmp_path: Path, capsys):
    # `main` uses the session already running (and leaves it running).
    inp = tmp_path / "in.jsonl"
    inp.write_text(line(id=1, text="“Yes,” said Ana Ruiz.") + "\n{bad\n", encoding="utf-8")
    assert sp.main([str(inp), str(tmp_path / "o"), "--master", "local[1]"]) == 1
    err = capsys.readouterr().err
    assert "1 documents written" in err and "1 lines refused" in err and "a line was refused" in err
    assert not spark.sparkContext._jsc.sc().isStopped()
    with pytest.raises(SystemExit):
        sp.main([str(inp)])
