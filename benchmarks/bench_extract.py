"""Time segmenting and claim extraction, per stage, in CPU time (one core).

    python benchmarks/bench_extract.py                      # one sample article, as before
    python benchmarks/bench_extract.py --generated 300      # 300 generated ~800-word articles
    python benchmarks/bench_extract.py --generated 300 --profile   # and the top of cProfile
    python benchmarks/bench_extract.py --generated 100 --repeat 5  # best of 5, on a busy machine
    python benchmarks/bench_extract.py --generated 20 --once       # extract once, untimed (valgrind)
    python benchmarks/bench_extract.py --folder DIR --passes 10    # a folder 10 times, untimed (valgrind)

The default mode times ``find_quantities`` and ``extract_claims`` on the longest sample article
cut to about 800 words. ``--generated N`` runs the pipeline's per-article extraction over the
first N articles of :mod:`benchmarks.generate` (seed 0) once each, as a run would, and prints
CPU milliseconds per article for every stage. The stages are timed by wrapping the functions
``extract_claims`` calls, each charged only its own time (time spent in a nested stage counts
for that stage), so the rows add up to the untimed total printed beside them. CPU time, not
wall-clock time: the benchmark machine is shared.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from crosscheck.extract.claims import extract_claims
from crosscheck.extract.numbers import find_quantities
from crosscheck.ingest import load
from crosscheck.model import Article
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
    from crosscheck.extract import clauses, frames, hedges, tokens
    from crosscheck.extract import time as time_scopes

    for module in (clauses, frames, hedges, time_scopes, tokens):
        for name in dir(module):
            fn = getattr(module, name)
            if callable(fn) and hasattr(fn, "cache_clear") and name != "_parse_date":
                fn.cache_clear()
    from crosscheck.extract import speech

    getattr(speech, "_CACHE", {}).clear()  # an article's statements, kept for attribute()


def _claims_afresh(article, sentences) -> None:
    _forget_sentences()
    extract_claims(article, sentences)


def sample_article() -> None:
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


# --------------------------------------------------------------------------- generated corpus

#: (module, function, stage): the functions extract_claims reaches, by the stage they belong
#: to. A name a module no longer has is skipped, so the table outlives refactoring.
STAGES: tuple[tuple[str, str, str], ...] = (
    ("crosscheck.extract.claims", "find_quantities", "quantities"),
    ("crosscheck.extract.claims", "find_figures", "quantities"),
    ("crosscheck.extract.claims", "frame", "frames"),
    ("crosscheck.extract.claims", "read_frame", "frames"),
    ("crosscheck.extract.claims", "clause_of", "clauses"),
    ("crosscheck.extract.frames", "clause_of", "clauses"),
    ("crosscheck.extract.time", "clause_of", "clauses"),
    ("crosscheck.extract.claims", "time_scope", "time scopes"),
    ("crosscheck.extract.claims", "reported_on", "time scopes"),
    ("crosscheck.extract.claims", "time_phrases", "time scopes"),
)
ROWS = ("segment", "quantities", "clauses", "frames", "time scopes", "attribution", "claims")


class StageClock:
    """Self time per stage: a wrapped call charges its own stage, minus nested wrapped calls."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._stack: list[float] = []  # time spent in nested stages, one slot per open call

    def wrap(self, stage: str, fn: Callable) -> Callable:
        clock = time.process_time
        stack, spent = self._stack, self.spent

        def timed(*args, **kwargs):
            stack.append(0.0)
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                total = clock() - t0
                nested = stack.pop()
                spent[stage] += total - nested
                if stack:
                    stack[-1] += total

        timed.__wrapped__ = fn  # type: ignore[attr-defined]
        return timed


def _generated_articles(n: int) -> list[Article]:
    from benchmarks.generate import generate

    return [
        Article(id=g.file, file=g.file, text=g.text, outlet=g.outlet, published=g.published)
        for g in generate(n)
    ]


def _extract(articles: list[Article], attribute) -> tuple[float, float, float, int]:
    """CPU seconds of segment, find_statements and extract_claims over the articles, as the
    pipeline's ``extract_article`` calls them, and the number of claims."""
    from crosscheck.extract.speech import find_statements

    seg = st = cl = 0.0
    claims = 0
    clock = time.process_time
    for article in articles:
        t0 = clock()
        sentences = segment(article)
        t1 = clock()
        find_statements(article, sentences)
        t2 = clock()
        claims += len(extract_claims(article, sentences, attribute))
        t3 = clock()
        seg, st, cl = seg + t1 - t0, st + t2 - t1, cl + t3 - t2
    return seg, st, cl, claims


def _wrapped_run(articles: list[Article], attribute) -> dict[str, float]:
    """CPU seconds per stage over the articles, every stage's functions wrapped."""
    from crosscheck.extract import claims as claims_module
    from crosscheck.extract.speech import find_statements

    clock = StageClock()
    patched: list[tuple[object, str, Callable]] = []
    for module_name, name, stage in STAGES:
        module = importlib.import_module(module_name)
        fn = getattr(module, name, None)
        if fn is not None:
            patched.append((module, name, fn))
            setattr(module, name, clock.wrap(stage, fn))
    try:
        timed_segment = clock.wrap("segment", segment)
        timed_extract = clock.wrap("claims", claims_module.extract_claims)
        timed_attribute = clock.wrap("attribution", attribute)
        for article in articles:
            sentences = timed_segment(article)
            find_statements(article, sentences)
            timed_extract(article, sentences, timed_attribute)
    finally:
        for module, name, fn in patched:
            setattr(module, name, fn)
    return dict(clock.spent)


def generated(n: int, profile: bool, repeat: int = 1, once: bool = False) -> None:
    from crosscheck.extract.speech import attribute

    articles = _generated_articles(max(n, 40) + 5)
    warm, articles = articles[max(n, 40) :], articles[:n]
    _extract(warm, attribute)  # imports, dateparser's data, regex compilation
    if once:
        # Seconds on a shared machine vary by 2x; instructions do not. Count them with
        #   valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        #       python benchmarks/bench_extract.py --generated N --once
        # for N = 0 and N = 20, and divide the difference in "I refs" by 20.
        _forget_sentences()
        _extract(articles, attribute)
        return
    per = 1000 / n
    words = sum(len(a.text.split()) for a in articles) / n

    # The best of ``repeat`` runs, stage by stage: on a shared machine noise only adds time.
    # Each run reads the articles afresh (per-sentence caches emptied; dateparser's stays warm).
    seg = st = cl = float("inf")
    stages: dict[str, float] = {}
    for _ in range(repeat):
        # 1. untimed by stage: the real cost
        _forget_sentences()
        seg_i, st_i, cl_i, claims = _extract(articles, attribute)
        seg, st, cl = min(seg, seg_i), min(st, st_i), min(cl, cl_i)
        # 2. with every stage's functions wrapped
        _forget_sentences()
        for stage, spent in _wrapped_run(articles, attribute).items():
            stages[stage] = min(stages.get(stage, float("inf")), spent)

    print(f"{n} generated articles, {words:.0f} words and {claims / n:.1f} claims per article (seed 0)"
          + (f", best of {repeat} runs" if repeat > 1 else ""))
    print(f"CPU ms per article, by stage (wrapped run, {sum(stages.values()) * per:.2f} ms in all):")
    for row in ROWS:
        print(f"  {row:<12} {stages.get(row, 0.0) * per:6.2f}")
    print("CPU ms per article, unwrapped:")
    print(f"  segment + extract_claims  {(seg + cl) * per:6.2f}   (segment {seg * per:.2f}, "
          f"extract_claims {cl * per:.2f})")
    print(f"  find_statements           {st * per:6.2f}   (not part of the above)")

    if profile:
        _forget_sentences()
        profiler = cProfile.Profile()
        profiler.enable()
        _extract(articles, attribute)
        profiler.disable()
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(30)


def folder_once(folder: Path, passes: int) -> None:
    """Extract a folder's articles ``passes`` times, untimed, after one pass that warms the
    imports and regex compilation; per-sentence caches are emptied before each counted pass.
    For instruction counts of real text: run with ``--passes N`` and ``--passes 0`` under
    cachegrind and divide the difference by N times the number of articles."""
    from crosscheck.extract.speech import attribute

    articles = load([folder]).articles
    _extract(articles, attribute)
    for _ in range(passes):
        _forget_sentences()
        _extract(articles, attribute)
    print(f"{len(articles)} articles, {passes} passes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, metavar="N",
                        help="time every stage over N generated articles instead of one sample article")
    parser.add_argument("--profile", action="store_true", help="also print cProfile's top functions")
    parser.add_argument("--repeat", type=int, default=1, metavar="R",
                        help="with --generated: the best of R runs, stage by stage")
    parser.add_argument("--once", action="store_true",
                        help="with --generated: extract the articles once, untimed (to count instructions)")
    parser.add_argument("--folder", type=Path, metavar="DIR",
                        help="extract the articles of DIR --passes times, untimed (to count instructions)")
    parser.add_argument("--passes", type=int, default=1, metavar="N", help="with --folder: how many passes")
    args = parser.parse_args()
    if args.folder is not None:
        folder_once(args.folder, args.passes)
        return
    if args.generated is not None and (args.generated or args.once):
        generated(args.generated, args.profile, args.repeat, args.once)
    else:
        sample_article()


if __name__ == "__main__":
    main()
