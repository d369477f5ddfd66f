"""Empathy engine speed: analyses per message and reviews per draft, over the corpus's dev side.

    .venv/bin/python bench/empathy_bench.py [--repeat 20]

Prints median, p95 and worst time per analysis (target: p95 under 10 ms). Pure Python, no
database: the glossary is the shipped one, compiled once as in a running process, and the
learned model is read once from empathy/engine/data/model.json.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.setup import percentile  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from empathy.corpus import splits
    from empathy.engine import DraftContext, Glossary, Intake, analyse_message, review_draft
    from empathy.engine.learned import message_model
    from empathy.glossary import shipped_rows

    started = time.perf_counter()
    message_model()
    elapsed = (time.perf_counter() - started) * 1000
    print(f"Learned model read in {elapsed:.0f} ms")

    started = time.perf_counter()
    glossary = Glossary.from_dicts(shipped_rows())
    elapsed = (time.perf_counter() - started) * 1000
    print(f"Glossary: {len(glossary.entries)} terms, compiled in {elapsed:.0f} ms")
    dev = splits()["dev"]
    messages, drafts = dev.messages, dev.drafts
    analyse_message("warm up")
    started = time.perf_counter()
    review_draft("Warm up the syllable dictionary.", glossary=glossary, context=DraftContext())
    elapsed = (time.perf_counter() - started) * 1000
    print(f"First review (loads textstat's syllable dictionary): {elapsed:.0f} ms")
    for label, items, run in [
        (
            "message analysis",
            messages,
            lambda item: analyse_message(
                item["text"], intake=Intake(**item["intake"]) if item.get("intake") else None
            ),
        ),
        (
            "draft review",
            drafts,
            lambda item: review_draft(
                item["text"],
                glossary=glossary,
                context=DraftContext(
                    comfort=item["comfort"], worries=tuple(item["client_worries"])
                ),
            ),
        ),
    ]:
        timings = []
        for _ in range(args.repeat):
            for item in items:
                start = time.perf_counter()
                run(item)
                timings.append(time.perf_counter() - start)
        ms = sorted(t * 1000 for t in timings)
        print(
            f"{label:<18} {len(timings):6} runs   median {percentile(ms, 0.5):5.2f} ms   "
            f"p95 {percentile(ms, 0.95):5.2f} ms   worst {ms[-1]:5.2f} ms"
        )


if __name__ == "__main__":
    main()
