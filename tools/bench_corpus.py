"""Articles per second per core on one corpus, side by side: the CLI at one thread and at
every core, the Python package's annotate_many, and Spark in local mode (its start-up
reported apart). Run by `./x bench` in the tools venv; prints a table.

The corpus is our own sample articles, two to an article (about 4.7 KB, news-sized), repeated
to N articles with ids.

    python tools/bench_corpus.py CLI [N]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "www" / "samples").glob("*.txt"))]
    pairs = [f"{a}\n\n{b}" for a in samples for b in samples if a != b]
    return [json.dumps({"id": i, "text": pairs[i % len(pairs)]}, ensure_ascii=False) for i in range(n)]


def timed(f):
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


def main() -> None:
    cli = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    cores = os.cpu_count() or 1
    lines = corpus(n)
    size = sum(len(json.loads(line)["text"].encode()) for line in lines) / n
    rows = []
    with tempfile.TemporaryDirectory() as d:
        inp = Path(d) / "corpus.jsonl"
        inp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        for threads in sorted({1, cores}):
            secs, _ = timed(lambda: subprocess.run([cli, "annotate", "-q", "--threads", str(threads), "--jsonl", str(inp), "-o", os.devnull], check=True))
            rows.append((f"CLI --threads {threads}", threads, secs))

        import standpoint

        texts = [json.loads(line) for line in lines]
        standpoint.annotate("Warm-up.")
        for threads in sorted({1, cores}):
            secs, _ = timed(lambda: standpoint.annotate_many(texts, threads=threads, as_json=True))
            rows.append((f"annotate_many(threads={threads}, as_json=True)", threads, secs))
            secs, _ = timed(lambda: standpoint.annotate_many(texts, threads=threads))
            rows.append((f"annotate_many(threads={threads}) (dicts)", threads, secs))

        from standpoint import spark as sp

        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        start, session = timed(lambda: sp.session(f"local[{cores}]", "standpoint-bench"))
        warm, _ = timed(lambda: sp.run(session, str(inp), str(Path(d) / "warm"), "jsonl"))
        secs, _ = timed(lambda: sp.run(session, str(inp), str(Path(d) / "out"), "jsonl"))
        session.stop()
        rows.append((f"Spark local[{cores}] (python -m standpoint.spark)", cores, secs))

    print(f"# corpus: {n} articles of {size / 1000:.1f} KB on average; {cores} cores")
    print(f"# {'what':<48} {'seconds':>8} {'articles/s':>11} {'per core':>9}")
    for what, threads, secs in rows:
        print(f"# {what:<48} {secs:8.2f} {n / secs:11.0f} {n / secs / threads:9.0f}")
    print(f"# Spark start-up {start:.1f} s; its first pass over the corpus {warm:.1f} s (JVM and Python workers warming)")


if __name__ == "__main__":
    main()
