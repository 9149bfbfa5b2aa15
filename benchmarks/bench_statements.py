"""CPU time of statement extraction per article: speech acts, speakers, statements and parts.

    python benchmarks/bench_statements.py [CORPUS ...]

Default: the sample corpus. Give a generated corpus (``python -m benchmarks.generate 100 DIR``)
for statement-dense copy. Each call starts from an empty per-article cache, so every article is
read afresh; the figure is the least CPU time (``time.process_time``) over several runs, the
least disturbed by other work on a shared machine.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from crosscheck.extract import speech
from crosscheck.ingest import load
from crosscheck.settings import DEFAULT
from crosscheck.text import segment

CORPUS = Path(__file__).parent.parent / "corpus" / "afghan-returns-2025"


def main(paths: list[str]) -> None:
    articles = load(paths or [CORPUS], DEFAULT).articles
    pairs = [(a, segment(a)) for a in articles]

    def once() -> int:
        found = 0
        for article, sentences in pairs:
            speech._CACHE.clear()
            found += len(speech.find_statements(article, sentences))
        return found

    found = once()  # warm the per-phrase caches, as a corpus run does after its first articles
    best = float("inf")
    for _ in range(15):
        began = time.process_time()
        once()
        best = min(best, time.process_time() - began)
    print(f"{len(pairs)} articles, {found} statements and sourcing lines: "
          f"{best / len(pairs) * 1000:.2f} ms CPU per article (least of 15 runs)")


if __name__ == "__main__":
    main(sys.argv[1:])
