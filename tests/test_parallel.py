"""Parallel extraction gives what one process gives, in the same order."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from benchmarks.generate import write_corpus
from crosscheck import parallel
from crosscheck.model import Article, Claim, Sentence, Statement
from crosscheck.settings import Settings


def _article(i: int) -> Article:
    return Article(id=f"a{i:03d}", file=f"a{i:03d}.txt", text=f"Article {i}. " * (i % 7 + 1))


def tagged_extract(article: Article) -> tuple[list[Sentence], list[Claim], list[Statement]]:
    """A stand-in extractor whose output shows which article it came from (module level: picklable)."""
    sentence = Sentence(article=article.id, index=0, paragraph=0, start=0, end=len(article.text), text=article.text)
    return [sentence], [], []


@pytest.mark.parametrize(
    ("jobs", "articles", "expected"),
    [(1, 10_000, 1), (2, 10, 1), (2, 60, 2), (8, 60, 2), (2, 10_000, 2)],
    ids=["jobs=1", "tiny corpus stays in process", "two workers", "no more workers than chunks of work", "big corpus"],
)
def test_worker_count(jobs: int, articles: int, expected: int) -> None:
    assert parallel.worker_count(jobs, articles) == expected


def test_jobs_zero_means_every_core() -> None:
    assert parallel.worker_count(0, 1_000_000) == parallel.available_cores()


def test_chunks_cover_the_corpus_in_order() -> None:
    articles = [_article(i) for i in range(203)]
    results = parallel.extract_all(articles, jobs=2, extract=tagged_extract, min_per_worker=1)
    assert [r[0][0].article for r in results] == [a.id for a in articles]
    assert results == [tagged_extract(a) for a in articles]


def test_progress_reaches_the_total() -> None:
    seen: list[tuple[str, int, int]] = []
    parallel.extract_all([_article(i) for i in range(50)], jobs=2, extract=tagged_extract,
                         on_progress=lambda *p: seen.append(p), min_per_worker=1)
    assert seen[-1] == ("extract", 50, 50)
    assert [done for _, done, _ in seen] == sorted(done for _, done, _ in seen)


def test_empty_corpus() -> None:
    assert parallel.extract_all([], jobs=2) == []


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    # Short articles: statement clustering compares every pair, and the suite must stay fast.
    write_corpus(folder, 40, seed=7, words=150)
    return folder


def test_pipeline_output_is_the_same_with_two_jobs(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import crosscheck.ingest as ingest
    from crosscheck.pipeline import run
    from crosscheck.report.json import to_json

    single = run([corpus], Settings(jobs=1))
    # 40 articles would stay in process: lower the bars so the pools really run (reading files,
    # extraction; statements are judged in a child whenever jobs is not 1).
    monkeypatch.setattr(parallel, "MIN_ARTICLES_PER_WORKER", 1)
    monkeypatch.setattr(ingest, "MIN_FILES_PER_WORKER", 1)
    # ... and the statement clusters come back from their child in pieces, as a large corpus's do
    monkeypatch.setattr(parallel, "PICKLED_AT_ONCE", 3)
    assert parallel.worker_count(2, 40) == 2
    double = run([corpus], Settings(jobs=2))
    assert len(single.articles) == 40
    assert to_json(double) == to_json(single)


@pytest.mark.parametrize("jobs", [1, 2], ids=["in process", "statements judged in a child"])
def test_a_failure_judging_statements_fails_the_run_the_same_way(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    from crosscheck import pipeline

    def broken(statements: object, settings: object) -> None:
        raise RuntimeError("statement judge broke")

    monkeypatch.setattr(pipeline, "judge_statements", broken)
    with pytest.raises(RuntimeError, match="statement judge broke"):
        pipeline.run([corpus], Settings(jobs=jobs))


@pytest.mark.slow
def test_report_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # Workers share the parent's hash seed, so the test above cannot see set-order effects;
    # two fresh processes with different seeds can. Full-length articles: the short ones give
    # too few claims per alignment block for the order of blocks to show.
    import os
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 60, seed=0)
    reports = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        subprocess.run(
            [sys.executable, "-m", "crosscheck", "run", str(corpus), "-o", str(out), "-q", "-f", "json"],
            check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed},
        )
        reports.append((out / "report.json").read_bytes())
    assert reports[0] == reports[1]


def test_an_extraction_comes_back_from_a_worker_unchanged_and_still_frozen() -> None:
    """Records pickle as (class, field values) for speed: the copy must be equal, of the same
    classes all the way down, and as frozen as the original."""
    import dataclasses
    import pickle

    from benchmarks.generate import generate_article
    from crosscheck.model import Cluster, Link
    from crosscheck.pipeline import extract_article

    g = generate_article(3)
    article = Article(id=g.file, file=g.file, text=g.text, outlet=g.outlet, published=g.published,
                      provenance={"published": "meta.jsonl"})
    extraction = extract_article(article)
    cluster = Cluster(id="c1", kind="claim", members=("a", "b"), spread={"low": 1.0, "high": None},
                      links=(Link(a="c1", b="c2", score=0.5, features={"value": 1.0}),))
    for original in (article, extraction, cluster):
        copy = pickle.loads(pickle.dumps(original, protocol=pickle.HIGHEST_PROTOCOL))
        assert copy == original and repr(copy) == repr(original)
    sentences, claims, statements = pickle.loads(pickle.dumps(extraction))
    assert claims and statements and type(claims[0].quantity) is type(extraction[1][0].quantity)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claims[0].start = 0  # type: ignore[misc]


# --------------------------------------------------------------------------- one job beside the main process


def _fail_with(error: Exception) -> None:
    raise error


@pytest.mark.parametrize("jobs", [1, 2], ids=["in this process", "in a child"])
def test_background_job_gives_its_result_or_its_exception(jobs: int) -> None:
    if jobs == 2 and not parallel.runs_beside(2):
        pytest.skip("no fork or a single core here: the job runs in this process")
    big = list(range(100_000))  # read by the job, not sent to it
    job = parallel.in_background(lambda: (os.getpid(), sum(big)), jobs)
    pid, total = job.result()
    assert total == sum(big)
    assert (pid == os.getpid()) == (jobs == 1)
    failing = parallel.in_background(lambda: _fail_with(ValueError("report.json: no room left")), jobs)
    with pytest.raises(ValueError, match="report.json: no room left"):
        failing.result()


@pytest.mark.parametrize("items", [0, 4, 8, 11])
def test_a_long_list_comes_back_from_a_child_whole_and_in_order(items: int, monkeypatch: pytest.MonkeyPatch) -> None:
    if not parallel.runs_beside(2):
        pytest.skip("no fork or a single core here")
    monkeypatch.setattr(parallel, "PICKLED_AT_ONCE", 4)  # sent in pieces past four items
    made = [("record", n, {"score": n / 10}) for n in range(items)]
    assert parallel.in_background(lambda: list(made), 2).result() == made


def test_a_cancelled_background_job_is_stopped_and_reaped() -> None:
    if not parallel.runs_beside(2):
        pytest.skip("no fork or a single core here")
    import time

    job = parallel.in_background(lambda: time.sleep(30), 2)
    started = time.monotonic()
    job.cancel()
    assert time.monotonic() - started < 10
