"""Work spread over processes: per file or article in a pool, or one job beside the main process.

Reading a file and extracting an article are pure per item, so they spread over processes
without changing a thing (:func:`map_in_order`): the results come back in the order of the
input, whatever the number of workers, and are equal to an in-process run. Items travel to the
workers in chunks, because one round trip per article costs more in pickling and scheduling
than extracting a short article does. Small corpora stay in-process: starting workers takes
longer than extracting a few dozen articles.

A job that needs what the main process holds (the statements to judge, the finished report to
write) runs in a forked child instead (:func:`in_background`, Linux only), which reads that
memory as it is and sends back only its result.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import IO, Any

from crosscheck.model import Article, Claim, Sentence, Statement

Extraction = tuple[list[Sentence], list[Claim], list[Statement]]
#: Any module-level function of one article; the pipeline's default gives an :data:`Extraction`.
Extractor = Callable[[Article], Any]
Progress = Callable[[str, int, int], None]

#: Below this many articles per worker, a pool costs more than it saves (measured: starting a
#: worker and importing the extractor takes about as long as extracting ~20 articles).
MIN_ARTICLES_PER_WORKER = 25
#: Chunks small enough that progress moves and the last worker is not left alone with a big
#: chunk, large enough that pickling overhead stays a small share.
MAX_CHUNK = 64
CHUNKS_PER_WORKER = 4


def _quiet(stage: str, done: int, total: int) -> None:
    return None


def available_cores() -> int:
    """The cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no sched_getaffinity
        return max(1, os.cpu_count() or 1)


def worker_count(jobs: int, articles: int, min_per_worker: int | None = None) -> int:
    """How many processes to use: ``jobs`` (0 = every core), fewer for a small corpus."""
    wanted = available_cores() if jobs <= 0 else jobs
    useful = articles // (min_per_worker or MIN_ARTICLES_PER_WORKER)
    return max(1, min(wanted, useful))


def chunk_size(articles: int, workers: int) -> int:
    return max(1, min(MAX_CHUNK, -(-articles // (workers * CHUNKS_PER_WORKER))))


def _default_extractor() -> Extractor:
    # Imported late: the pipeline imports this module, and workers import it afresh.
    from crosscheck.pipeline import extract_article

    return extract_article


def _work_chunk(chunk: Sequence[Any], work: Callable[[Any], Any]) -> list[Any]:
    return [work(item) for item in chunk]


def map_in_order(
    work: Callable[[Any], Any],
    items: Sequence[Any],
    jobs: int = 0,
    min_per_worker: int | None = None,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[Any]:
    """``work(item)`` for every item, in input order, over ``jobs`` processes (1: in this one).

    ``work`` must be a module-level function (it is sent to the workers by name). Results are
    yielded as the workers hand them back, chunk by chunk but always in the order of ``items``,
    so what a caller builds from them never depends on which worker finished first;
    ``on_done(count)`` is called after each chunk with the number of results so far.
    """
    total = len(items)
    workers = worker_count(jobs, total, min_per_worker)
    if workers == 1:
        for done, item in enumerate(items, 1):
            yield work(item)
            if on_done:
                on_done(done)
        return

    size = chunk_size(total, workers)
    chunks = [items[i : i + size] for i in range(0, total, size)]
    done = 0
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # map() yields in submission order: the output never depends on which worker finished first.
        for chunk_results in pool.map(_work_chunk, chunks, [work] * len(chunks)):
            done += len(chunk_results)
            yield from chunk_results
            del chunk_results
            if on_done:
                on_done(done)


def extract_all(
    articles: Sequence[Article],
    jobs: int = 0,
    on_progress: Progress = _quiet,
    extract: Extractor | None = None,
    min_per_worker: int | None = None,
) -> list[Extraction]:
    """``extract(article)`` for every article, in input order, over ``jobs`` processes.

    ``jobs`` 0 means one process per available core; 1 means in this process. ``extract``
    defaults to :func:`crosscheck.pipeline.extract_article`; another must be a module-level
    function so that it can be sent to the workers. ``min_per_worker`` overrides
    :data:`MIN_ARTICLES_PER_WORKER`, the corpus size under which a pool is not worth starting.
    """
    return list(extract_each(articles, jobs, on_progress, extract, min_per_worker))


def extract_each(
    articles: Sequence[Article],
    jobs: int = 0,
    on_progress: Progress = _quiet,
    extract: Extractor | None = None,
    min_per_worker: int | None = None,
) -> Iterator[Any]:
    """:func:`extract_all` one article at a time, in input order, as the workers hand them back:
    a caller that keeps only part of each extraction (not the sentences) never holds the rest
    for the whole corpus."""
    total = len(articles)
    work = extract or _default_extractor()

    def on_done(done: int) -> None:
        on_progress("extract", done, total)

    yield from map_in_order(work, articles, jobs, min_per_worker, on_done)


# --------------------------------------------------------------------------- one job beside the main process


def can_fork() -> bool:
    """Whether a job can run in a forked child: on Linux, where ``fork`` is how Python starts
    processes anyway (macOS and Windows spawn them, which would have to pickle what the job
    reads, the whole report)."""
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def runs_beside(jobs: int) -> bool:
    """Whether :func:`in_background` will run a job in a child for this ``jobs`` setting."""
    return jobs != 1 and available_cores() > 1 and can_fork()


class Background:
    """A job started beside this process (:func:`in_background`): ``result()`` waits for it."""

    def __init__(self, work: Callable[[], Any], pid: int | None = None, pipe: int | None = None) -> None:
        self._work, self._pid, self._pipe = work, pid, pipe

    def result(self) -> Any:
        """The job's return value; an exception it raised is raised here, with its type and message."""
        if self._pid is None:
            return self._work()
        pid, self._pid = self._pid, None
        outcome: tuple[bool, Any] | None = None
        try:
            # Unpickled as it arrives: the result's bytes (tens of megabytes for a large
            # corpus's statement clusters) are never held whole beside the objects made of them.
            with os.fdopen(self._pipe, "rb", buffering=1 << 16) as pipe:  # type: ignore[arg-type]
                try:
                    outcome = _unpickled_pieces(pipe)
                except EOFError:
                    outcome = None
        finally:
            _, status = os.waitpid(pid, 0)
        if outcome is None:
            raise ChildProcessError(f"a background job ended without a result (wait status {status})")
        ok, value = outcome
        del outcome
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        """Stop the job if it runs in a child (when the caller failed and will not ask for it)."""
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        os.close(self._pipe)  # type: ignore[arg-type]
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        os.waitpid(pid, 0)


#: Items of a list result pickled at once (see :func:`_pickled_pieces`).
PICKLED_AT_ONCE = 1 << 12


def _pickled_pieces(outcome: tuple[bool, Any]) -> list[bytes]:
    """``outcome`` pickled, a list result ``PICKLED_AT_ONCE`` items a piece after a header
    ``(True, None, pieces)``: unpickling keeps every object it made alive until its pickle ends
    (the record's field tuples, the strings that interning replaced), which for a large corpus's
    statement clusters in one pickle was the process's peak."""
    ok, value = outcome
    if not ok or not isinstance(value, list) or len(value) <= PICKLED_AT_ONCE:
        return [pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)]
    pieces = [value[start : start + PICKLED_AT_ONCE] for start in range(0, len(value), PICKLED_AT_ONCE)]
    return [
        pickle.dumps((True, None, len(pieces)), protocol=pickle.HIGHEST_PROTOCOL),
        *(pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL) for piece in pieces),
    ]


def _unpickled_pieces(pipe: IO[bytes]) -> tuple[bool, Any]:
    """The outcome that :func:`_pickled_pieces` wrote to ``pipe``."""
    outcome = pickle.load(pipe)
    if len(outcome) == 2:
        return outcome  # type: ignore[no-any-return]
    value: list[Any] = []
    for _ in range(outcome[2]):
        value.extend(pickle.load(pipe))
    return True, value


def _stop(signum: int, frame: object) -> None:
    raise SystemExit(f"cancelled (signal {signum})")


def in_background(work: Callable[[], Any], jobs: int = 0) -> Background:
    """Start ``work()`` beside this process; ``result()`` of what this returns waits for it.

    With ``jobs`` other than 1, more than one core and :func:`can_fork`, the job runs in a
    forked child, which sees this process's memory as it is now (nothing is pickled on the way
    in) and sends its result back pickled. Otherwise ``work()`` runs here when its result is
    asked for, so ``jobs=1`` keeps everything in one process. Ask for the result, or
    ``cancel()`` when the caller fails in between, or the child is left unreaped.
    """
    if not runs_beside(jobs):
        return Background(work)
    read_end, write_end = os.pipe()
    # Frozen, the objects alive now are never traversed by the child's garbage collector, which
    # would otherwise touch (and so copy) every page of them; unfrozen at once in the parent.
    gc.freeze()
    pid = os.fork()
    if pid == 0:  # the child: run, send the outcome, leave without running the parent's exit code
        os.close(read_end)
        status = 0
        try:
            # Cancelled, the job unwinds (so a file it was writing is removed) instead of dying.
            signal.signal(signal.SIGTERM, _stop)
            try:
                outcome: tuple[bool, Any] = (True, work())
            except BaseException as error:  # sent to the parent, which raises it
                outcome, status = (False, error), 1
            try:
                pieces = _pickled_pieces(outcome)
            except Exception as error:  # a result or exception that cannot be pickled
                pieces, status = [pickle.dumps((False, RuntimeError(f"background job: {error}")))], 1
            with os.fdopen(write_end, "wb") as pipe:
                pipe.writelines(pieces)
        finally:
            os._exit(status)
    gc.unfreeze()
    os.close(write_end)
    return Background(work, pid, read_end)
