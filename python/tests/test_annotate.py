"""The Python package: the CLI's documents, in parallel, with clear errors."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

import standpoint
from standpoint import StandpointError, _annotate_fields, _annotate_line
from conftest import cli_jsonl, line

BIG = 2**64 + 1  # beyond 2^53: a float would lose its last digits


def test_documents_are_the_clis_bytes(samples):
    ids = [BIG, "art-1", {"feed": "x", "n": [1, 2]}, 3.5]
    lines = [line(id=ids[i % len(ids)], text=t) for i, t in enumerate(samples)]
    expected = cli_jsonl(lines)
    assert len(expected) == len(samples)
    for ln, cli in zip(lines, expected):
        assert _annotate_line(ln) == cli
    for i, (text, cli) in enumerate(zip(samples, expected)):
        doc = standpoint.annotate(text, id=ids[i % len(ids)])
        assert doc == json.loads(cli)
        assert doc["schema"] == standpoint.SCHEMA
    assert standpoint.annotate(samples[0], id=BIG)["id"] == BIG


def test_the_fields_of_a_line(samples):
    text = "“We will sign on Tuesday,” said Ana Ruiz, the port director."
    doc = standpoint.annotate(text, id=1, targets=[(34, 42)], title="Port deal", date="2026-03-06", byline="Bo Li", with_text=True)
    cli = cli_jsonl([line(id=1, text=text, targets=[[34, 42]], title="Port deal", date="2026-03-06", byline="Bo Li")])
    expected = json.loads(cli[0])
    expected["text"] = text
    assert doc == expected
    assert doc["meta"] == {"title": "Port deal", "date": "2026-03-06", "byline": "Bo Li"}
    assert doc["events"] and doc["events"][0]["date"] == "2026-03-10"
    assert doc["text"] == text
    explained = standpoint.annotate(text, explain=True)
    assert all("rule" in q for q in explained["quotes"])


def test_annotate_many_is_annotate_in_order_for_any_thread_count(samples):
    one_by_one = [standpoint.annotate(t) for t in samples]
    for threads in (1, 2, None):
        assert standpoint.annotate_many(samples, threads=threads) == one_by_one
    assert standpoint.annotate_many(samples, as_json=True) == cli_jsonl([line(text=t) for t in samples])
    items = [{"id": i, "text": t} for i, t in enumerate(samples)]
    assert [d["id"] for d in standpoint.annotate_many(items)] == list(range(len(samples)))
    assert standpoint.annotate_many(iter([])) == []


def test_threads_calling_at_once_get_their_own_documents(samples):
    expected = [standpoint.annotate(t, id=i) for i, t in enumerate(samples)]
    got = [None] * len(samples)

    def work(i):
        got[i] = standpoint.annotate(samples[i], id=i)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(samples))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == expected


ERRORS = [
    ("bad date", lambda: standpoint.annotate("Hi.", date="Tuesday"), StandpointError, "date"),
    ("target not a pair", lambda: standpoint.annotate("Hi.", targets=[(1,)]), StandpointError, "target"),
    ("text not a str", lambda: standpoint.annotate(b"Hi."), TypeError, "text must be a str"),
    ("id not JSON", lambda: standpoint.annotate("Hi.", id=object()), TypeError, "not JSON serializable"),
    ("id NaN", lambda: standpoint.annotate("Hi.", id=float("nan")), ValueError, "Out of range float"),
    ("lone surrogate", lambda: standpoint.annotate("a\ud800b"), UnicodeEncodeError, "surrogate"),
    ("item not text", lambda: standpoint.annotate_many(["ok", 5]), TypeError, "article 1: an article must be a str"),
    ("unknown field", lambda: standpoint.annotate_many([{"text": "a", "txt": "b"}]), TypeError, "article 0: unknown field(s) 'txt'"),
    ("mapping without text", lambda: standpoint.annotate_many([{"id": 1}]), TypeError, "needs a 'text'"),
    ("bad item refused", lambda: standpoint.annotate_many(["a", {"text": "b", "date": "soon"}]), StandpointError, "article 1: "),
    ("no threads", lambda: standpoint.annotate_many(["a"], threads=0), ValueError, "threads must be a positive int"),
    ("threads not a number", lambda: standpoint.annotate_many(["a"], threads="2"), ValueError, "threads must be"),
    ("raw line not JSON", lambda: _annotate_line("{not json"), StandpointError, ""),
    ("raw line without text", lambda: _annotate_line('{"id": 1}'), StandpointError, "text"),
    ("fields holding a text too", lambda: _annotate_fields('{"text": "a"}', "b"), StandpointError, "given twice"),
    ("fields not an object", lambda: _annotate_fields("[1]", "b"), StandpointError, "object"),
]


@pytest.mark.parametrize("name,call,kind,words", ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_are_python_exceptions(name, call, kind, words):
    with pytest.raises(kind) as info:
        call()
    assert words in str(info.value)


def test_standpoint_error_is_a_value_error():
    assert issubclass(StandpointError, ValueError)


def test_the_stubs_name_what_the_module_has():
    stub = (Path(standpoint.__file__).parent / "_standpoint.pyi").read_text(encoding="utf-8")
    from standpoint import _standpoint

    for name in ("annotate_line", "annotate_fields", "annotate_lines", "annotate_parts", "StandpointError", "SCHEMA", "__version__"):
        assert name in stub and hasattr(_standpoint, name), name
    assert (Path(standpoint.__file__).parent / "py.typed").exists()
    assert standpoint.annotate.__doc__ and standpoint.annotate_many.__doc__


def test_corpus_functions_are_the_clis(samples, tmp_path):
    import subprocess

    from conftest import cli_path

    docs = cli_jsonl([line(id=f"s{i}", text=t) for i, t in enumerate(samples)])
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join(docs) + "\n", encoding="utf-8")
    for report, fn in (("actors", standpoint.corpus_actors), ("voices", standpoint.corpus_voices)):
        cli = subprocess.run([str(cli_path()), "corpus", report, str(path)], capture_output=True, text=True, check=True)
        assert fn(docs) == json.loads(cli.stdout) == fn([json.loads(d) for d in docs])
    actors = standpoint.corpus_actors(docs)
    assert all(set(a) >= {"name", "kind", "articles", "quotes", "stances"} for a in actors)
    c = standpoint.compare(docs[0], docs[0])
    assert c["differences"] == [] and c["both"]
    with pytest.raises(StandpointError, match="document 1: not a standpoint document"):
        standpoint.corpus_actors([docs[0], '{"schema": 1}'])
    with pytest.raises(TypeError):
        standpoint.corpus_voices([object()])
