"""Standpoint: who said what in an English news article, and where each actor stands.

:func:`annotate` returns the ``standpoint/1`` document for one article, exactly what
``standpoint annotate --jsonl`` writes for the same input line; :func:`annotate_many` does the
same for many articles in parallel, with the GIL released. :mod:`standpoint.spark` runs it on
Spark. The document's fields are described in the repository's ``FORMAT.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Optional, Union

from ._standpoint import SCHEMA, StandpointError, __version__
from ._standpoint import annotate_fields as _annotate_fields
from ._standpoint import annotate_line as _annotate_line
from ._standpoint import annotate_lines as _annotate_lines
from ._standpoint import annotate_parts as _annotate_parts
from ._standpoint import compare as _compare
from ._standpoint import corpus_report as _corpus_report

__all__ = [
    "annotate",
    "annotate_many",
    "corpus_actors",
    "corpus_voices",
    "compare",
    "StandpointError",
    "SCHEMA",
    "__version__",
]

#: The fields an article given as a mapping may carry (as in a JSON Lines input line).
FIELDS = ("id", "text", "targets", "title", "date", "byline")

Article = Union[str, Mapping[str, Any]]


def _fields(
    text: Any,
    id: Any = None,
    targets: Optional[Iterable[Sequence[int]]] = None,
    title: Optional[str] = None,
    date: Optional[str] = None,
    byline: Optional[str] = None,
) -> tuple[str, str]:
    """The JSON Lines line the CLI would read for these arguments, in two parts: its fields
    other than ``text`` as a JSON object, and the text itself (which the core takes unescaped)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    obj: dict[str, Any] = {}
    if id is not None:
        obj["id"] = id
    if targets is not None:
        obj["targets"] = [list(t) for t in targets]
    for name, value in (("title", title), ("date", date), ("byline", byline)):
        if value is not None:
            obj[name] = value
    return json.dumps(obj, ensure_ascii=False, allow_nan=False), text


def _item_parts(item: Article) -> tuple[str, str]:
    """The parts for one item of :func:`annotate_many`: a text, or a mapping of :data:`FIELDS`."""
    if isinstance(item, str):
        return "{}", item
    if isinstance(item, Mapping):
        unknown = sorted(set(item) - set(FIELDS))
        if unknown:
            raise TypeError(f"unknown field(s) {', '.join(map(repr, unknown))}; expected some of {', '.join(FIELDS)}")
        if "text" not in item:
            raise TypeError("an article given as a mapping needs a 'text'")
        return _fields(**item)
    raise TypeError(f"an article must be a str or a mapping, not {type(item).__name__}")


def annotate(
    text: str,
    *,
    id: Any = None,
    targets: Optional[Iterable[Sequence[int]]] = None,
    title: Optional[str] = None,
    date: Optional[str] = None,
    byline: Optional[str] = None,
    with_text: bool = False,
    explain: bool = False,
) -> dict[str, Any]:
    """Annotates one article and returns its ``standpoint/1`` document as a dict.

    ``id`` is any JSON value and comes back unchanged (integers keep every digit).
    ``targets`` are ``(start, end)`` spans in code points whose stance is wanted (NewsMTSC-style
    target stance). ``title``, ``date`` (``YYYY-MM-DD``, or a date-time) and ``byline`` are what
    is known of the article from elsewhere; the date resolves "on Tuesday". With
    ``with_text`` the document carries the text; with ``explain``, the rule behind each quote,
    actor and stance.

    Raises :class:`StandpointError` (a ``ValueError``) for input the core refuses, such as a bad
    date, and ``TypeError`` for arguments of the wrong type.
    """
    fields, text = _fields(text, id, targets, title, date, byline)
    return json.loads(_annotate_fields(fields, text, with_text, explain))


def annotate_many(
    texts: Iterable[Article],
    *,
    threads: Optional[int] = None,
    with_text: bool = False,
    explain: bool = False,
    as_json: bool = False,
) -> Union[list[dict[str, Any]], list[str]]:
    """Annotates many articles in parallel and returns their documents in input order.

    Each article is a ``str`` or a mapping with the fields of a JSON Lines line (``text`` and
    optionally ``id``, ``targets``, ``title``, ``date``, ``byline``). The work runs on
    ``threads`` threads (every core when ``None``) with the GIL released; the documents are the
    same for any number of threads.

    With ``as_json`` each document comes back as its JSON string, the bytes the CLI writes, to
    store or send on. That is several times faster: turning a document into Python dicts and
    lists (``json.loads``) costs CPython more than annotating the article, and it holds the GIL.

    Raises :class:`StandpointError` naming the first article the core refuses (by its index);
    nothing is returned then.
    """
    if threads is not None and (not isinstance(threads, int) or isinstance(threads, bool) or threads < 1):
        raise ValueError(f"threads must be a positive int or None, not {threads!r}")
    parts = []
    for i, item in enumerate(texts):
        try:
            parts.append(_item_parts(item))
        except (TypeError, ValueError) as e:
            raise type(e)(f"article {i}: {e}") from None
    results = _annotate_parts(parts, threads, with_text, explain)
    for i, (_, error) in enumerate(results):
        if error is not None:
            raise StandpointError(f"article {i}: {error}")
    if as_json:
        return [doc for doc, _ in results]
    return [json.loads(doc) for doc, _ in results]


Document = Union[str, Mapping[str, Any]]


def _doc_json(doc: Document) -> str:
    """A document as JSON: a dict from :func:`annotate`, or the JSON string itself."""
    return doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)


def corpus_actors(docs: Iterable[Document]) -> list[dict[str, Any]]:
    """Every actor of a corpus of documents (dicts or JSON strings), the same actor in several
    articles joined, as ``standpoint corpus actors`` reports them: ``name``, ``kind``,
    ``articles`` (their ids, or their places in the corpus), ``quotes``, ``quoted_words`` and
    ``stances`` by article date. A person joins by full name, an organization or a place by its
    proper name; a single name ("Li"), a group or an anonymous source never joins."""
    return json.loads(_corpus_report("actors", [_doc_json(d) for d in docs]))


def corpus_voices(docs: Iterable[Document]) -> dict[str, Any]:
    """Quoted words by kind of source (named, anonymous, group, organization, unattributed)
    for each document and in total, as ``standpoint corpus voices`` reports them."""
    return json.loads(_corpus_report("voices", [_doc_json(d) for d in docs]))


def compare(a: Document, b: Document) -> dict[str, Any]:
    """Two documents side by side: the speakers both quote (``both``, with their quote ids in
    each) and each alone (``only_a``, ``only_b``), and where the same actor's position on the
    same issue differs (``differences``)."""
    return json.loads(_compare(_doc_json(a), _doc_json(b)))
