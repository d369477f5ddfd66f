"""Deadline reading speed: find_deadlines on 300-word messages.

    .venv/bin/python bench/times_bench.py [--repeat 50]

Messages are the labelled set's client messages run together 300 words at a time (realistic:
a few time words in plenty of prose), and one dense message with a time in every sentence.
Prints mean, median, p95 and worst per message (target: mean well under 2 ms), in wall time and
in this process's CPU time, which other work on the machine disturbs less. Pure Python, no
database.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import percentile  # noqa: E402

WORDS = 300
DENSE = (
    "The closing is tomorrow at 9am, so I need the signed copies by 5pm Friday. Could you ring "
    "me this afternoon or first thing Monday? It stopped working since Tuesday and last week "
    "it froze every morning. "
)


def messages() -> list[str]:
    from empathy.evaluation import load_set

    items, _ = load_set()
    words = [word for item in items for word in str(item["text"]).split()]
    return [" ".join(words[i : i + WORDS]) for i in range(0, len(words) - WORDS + 1, WORDS)]


def run(label: str, texts: list[str], repeat: int, now: datetime) -> None:
    from empathy.engine.times import find_deadlines

    walls, cpus, found = [], [], 0
    for text in texts:  # warm up: compiled patterns, caches
        found += len(find_deadlines(text, now=now))
    for _ in range(repeat):
        for text in texts:
            wall, cpu = time.perf_counter(), time.process_time()
            find_deadlines(text, now=now)
            cpus.append((time.process_time() - cpu) * 1000)
            walls.append((time.perf_counter() - wall) * 1000)
    each = found / len(texts)
    print(f"{label}: {len(texts)} messages of {WORDS} words, {each:.1f} mentions each")
    for kind, ms in (("wall", walls), ("cpu", cpus)):
        print(
            f"  {kind:<4} mean {statistics.fmean(ms):5.2f} ms   median {percentile(ms, 0.5):5.2f}"
            f" ms   p95 {percentile(ms, 0.95):5.2f} ms   worst {max(ms):5.2f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    now = datetime(2026, 12, 2, 8, tzinfo=ZoneInfo("Europe/London"))
    run("labelled set", messages(), args.repeat, now)
    dense = " ".join((DENSE.split() * (WORDS // len(DENSE.split()) + 1))[:WORDS])
    run("dense", [dense], args.repeat * 20, now)


if __name__ == "__main__":
    main()
