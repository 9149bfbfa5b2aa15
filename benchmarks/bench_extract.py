"""Time find_quantities and extract_claims on a typical ~800-word article (one core).

    python benchmarks/bench_extract.py

The article is the longest one in the sample corpus, cut to about 800 words.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from crosscheck.extract.claims import extract_claims
from crosscheck.extract.numbers import find_quantities
from crosscheck.ingest import load
from crosscheck.text import segment

CORPUS = Path(__file__).parent.parent / "corpus" / "afghan-returns-2025"


def _best_of(fn, repeat: int = 7, number: int = 20) -> float:
    """The median over ``repeat`` runs of the mean time of ``number`` calls, in ms."""
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _ in range(number):
            fn()
        runs.append((time.perf_counter() - t0) / number * 1000)
    return statistics.median(runs)


def _forget_sentences() -> None:
    """Empty the per-sentence caches, so each timed call reads its sentences afresh (the
    dateparser cache stays warm: across a corpus the same phrases recur)."""
    from crosscheck.extract import clauses, frames
    from crosscheck.extract import time as time_scopes

    for fn in (clauses.clause_of, frames._tokens, frames._capital_runs, frames._locatives,
               time_scopes._candidates):
        fn.cache_clear()


def _claims_afresh(article, sentences) -> None:
    _forget_sentences()
    extract_claims(article, sentences)


def main() -> None:
    articles = load([CORPUS]).articles
    article = max(articles, key=lambda a: len(a.text))
    words = article.text.split()
    text = " ".join(words[:800])
    sentences = segment(article)
    extract_claims(article, sentences)  # warm caches (dateparser loads its data once)
    q_ms = _best_of(lambda: find_quantities(text))
    c_ms = _best_of(lambda: _claims_afresh(article, sentences))
    print(f"article: {article.file} ({len(words)} words; find_quantities on the first 800)")
    print(f"find_quantities: {q_ms:.2f} ms per 800-word article ({len(find_quantities(text))} quantities)")
    print(f"extract_claims:  {c_ms:.2f} ms per article ({len(extract_claims(article, sentences))} claims,"
          " frames and time scopes; per-sentence caches emptied each call, dateparser cached)")


if __name__ == "__main__":
    main()
