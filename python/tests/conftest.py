"""Shared fixtures: our own sample articles, the CLI to compare with, one SparkSession."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def articles() -> list[str]:
    """Our sample articles and test fixtures (text we wrote), in a fixed order."""
    paths = sorted((ROOT / "www" / "samples").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "fixtures").glob("*.md"))
    return [p.read_text(encoding="utf-8") for p in paths]


def cli_path() -> Path:
    """The `standpoint` binary: $STANDPOINT_CLI, else the workspace's debug build."""
    path = Path(os.environ.get("STANDPOINT_CLI", ROOT / "target" / "debug" / "standpoint"))
    if not path.is_file():
        raise RuntimeError(f"{path} is missing: build it with `cargo build -p standpoint-cli` or set STANDPOINT_CLI")
    return path


def cli_jsonl(lines: list[str]) -> list[str]:
    """What `standpoint annotate --jsonl -` writes for these lines, one document per line."""
    run = subprocess.run(
        [str(cli_path()), "annotate", "--jsonl", "-", "--quiet"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.splitlines()


@pytest.fixture(scope="session")
def samples() -> list[str]:
    return articles()


@pytest.fixture(scope="session")
def spark():
    """One local SparkSession for the whole run (each start costs seconds)."""
    pyspark_sql = pytest.importorskip("pyspark.sql")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("standpoint-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "3")
        .getOrCreate()
    )
    yield session
    session.stop()


def line(**fields) -> str:
    """A JSON Lines line as the package writes it."""
    return json.dumps(fields, ensure_ascii=False)
