"""Type stubs of the native module (see ``standpoint/__init__.py`` for the documented API)."""

from typing import Optional

SCHEMA: str
__version__: str

class StandpointError(ValueError):
    """An input the core cannot annotate (not a JSON object, no text, a bad field)."""

def annotate_line(line: str, with_text: bool = False, explain: bool = False) -> str:
    """Annotates one JSON Lines line as the CLI does; the document as a JSON string."""

def annotate_fields(fields: str, text: str, with_text: bool = False, explain: bool = False) -> str:
    """As :func:`annotate_line` for a line given as its other fields (a JSON object) and its text."""

def annotate_lines(
    lines: list[str],
    threads: Optional[int] = None,
    with_text: bool = False,
    explain: bool = False,
) -> list[tuple[Optional[str], Optional[str]]]:
    """Annotates lines in parallel; ``(document, None)`` or ``(None, reason)`` per line, in order."""

def annotate_parts(
    parts: list[tuple[str, str]],
    threads: Optional[int] = None,
    with_text: bool = False,
    explain: bool = False,
) -> list[tuple[Optional[str], Optional[str]]]:
    """As :func:`annotate_lines` for lines given as ``(fields, text)``: the other fields as a JSON
    object, and the text apart, unescaped."""

def corpus_report(report: str, docs: list[str]) -> str:
    """``actors`` or ``voices`` over documents given as JSON strings; the report as JSON."""

def compare(a: str, b: str) -> str:
    """Two documents (JSON strings) compared; the comparison as JSON."""
